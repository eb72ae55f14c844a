/* config.c — the configuration of `delayc lint`: a YAML file named
 * .delayc-lint.yaml, found by walking up from each source file's directory (or
 * given with --config-file), read with libyaml.  The format (docs/checks/README.md):
 *
 *   Checks: 'delayed-*,-delayed-too-fine'        # globs, like clang-tidy
 *   WarningsAsErrors: 'delayed-mutates-input'
 *   CheckOptions:
 *     delayed-too-fine.TaskOverhead: 2000        # a map ...
 *     - key: delayed-large-by-value.MaxBytes     # ... or clang-tidy's list
 *       value: 4096
 *
 * Options on the command line win over the file. */
#define _GNU_SOURCE
#include "lint/lint.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#define CONFIG_NAME ".delayc-lint.yaml"

void config_set(LintConfig *c, const char *key, const char *val) {
  for (int i = 0; i < c->nopt; i++)
    if (!strcmp(c->key[i], key)) { free(c->val[i]); c->val[i] = xstrdup(val); return; }
  c->key = xrealloc(c->key, (size_t)(c->nopt + 1) * sizeof *c->key);
  c->val = xrealloc(c->val, (size_t)(c->nopt + 1) * sizeof *c->val);
  c->key[c->nopt] = xstrdup(key);
  c->val[c->nopt++] = xstrdup(val);
}

/* The options the checks read, and their defaults (docs/checks/). */
static const char *const known_options[] = {
  "delayed-too-fine.TaskOverhead", "delayed-too-fine.MinTasks", "delayed-large-by-value.MaxBytes", NULL};

/* Every option named must be a known one with a non-negative integer value.
 * 0, or -1 after a message naming where it came from. */
int config_check(const LintConfig *c, const char *where) {
  for (int i = 0; i < c->nopt; i++) {
    int known = 0;
    for (int k = 0; known_options[k]; k++) known |= !strcmp(c->key[i], known_options[k]);
    if (!known) {
      error("%s: unknown check option '%s' (known: delayed-too-fine.TaskOverhead, delayed-too-fine.MinTasks, "
            "delayed-large-by-value.MaxBytes)", where, c->key[i]);
      return -1;
    }
    char *end;
    long long v = strtoll(c->val[i], &end, 10);
    if (end == c->val[i] || *end || v < 0) {
      error("%s: check option '%s' needs a non-negative integer, not '%s'", where, c->key[i], c->val[i]);
      return -1;
    }
  }
  return 0;
}

long long config_int(const LintConfig *c, const char *key, long long dflt) {
  for (int i = c->nopt - 1; i >= 0; i--)
    if (!strcmp(c->key[i], key)) {
      char *end;
      long long v = strtoll(c->val[i], &end, 10);
      return *end || end == c->val[i] ? dflt : v;
    }
  return dflt;
}

static const char *scalar(yaml_document_t *d, yaml_node_t *n) {
  (void)d;
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static int bad(const char *path, yaml_node_t *n, const char *what) {
  error("%s:%lu:%lu: %s", path, n ? (unsigned long)n->start_mark.line + 1 : 1UL,
        n ? (unsigned long)n->start_mark.column + 1 : 1UL, what);
  return -1;
}

static int read_options(LintConfig *c, const char *path, yaml_document_t *d, yaml_node_t *v) {
  if (v->type == YAML_MAPPING_NODE) {
    for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
      const char *k = scalar(d, yaml_document_get_node(d, p->key));
      const char *x = scalar(d, yaml_document_get_node(d, p->value));
      if (!k || !x) return bad(path, yaml_document_get_node(d, p->key), "CheckOptions: each option is 'check.Name: value'");
      config_set(c, k, x);
    }
    return 0;
  }
  if (v->type == YAML_SEQUENCE_NODE) {
    for (yaml_node_item_t *i = v->data.sequence.items.start; i < v->data.sequence.items.top; i++) {
      yaml_node_t *e = yaml_document_get_node(d, *i);
      const char *k = NULL, *x = NULL;
      if (e->type == YAML_MAPPING_NODE)
        for (yaml_node_pair_t *p = e->data.mapping.pairs.start; p < e->data.mapping.pairs.top; p++) {
          const char *pk = scalar(d, yaml_document_get_node(d, p->key));
          const char *pv = scalar(d, yaml_document_get_node(d, p->value));
          if (pk && !strcmp(pk, "key")) k = pv;
          if (pk && !strcmp(pk, "value")) x = pv;
        }
      if (!k || !x) return bad(path, e, "CheckOptions: each list item needs 'key' and 'value'");
      config_set(c, k, x);
    }
    return 0;
  }
  return bad(path, v, "CheckOptions must be a map or a list");
}

int config_load(LintConfig *c, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { error("cannot open config file '%s': %s", path, strerror(errno)); return -1; }
  yaml_parser_t ps;
  yaml_document_t d;
  yaml_parser_initialize(&ps);
  yaml_parser_set_input_file(&ps, f);
  int rc = 0;
  if (!yaml_parser_load(&ps, &d)) {
    error("%s:%lu:%lu: %s", path, (unsigned long)ps.problem_mark.line + 1,
          (unsigned long)ps.problem_mark.column + 1, ps.problem ? ps.problem : "not valid YAML");
    yaml_parser_delete(&ps);
    fclose(f);
    return -1;
  }
  yaml_node_t *root = yaml_document_get_root_node(&d);
  if (root && root->type != YAML_MAPPING_NODE) rc = bad(path, root, "the configuration must be a map (Checks:, WarningsAsErrors:, CheckOptions:)");
  for (yaml_node_pair_t *p = root && !rc ? root->data.mapping.pairs.start : NULL;
       p && p < root->data.mapping.pairs.top && !rc; p++) {
    yaml_node_t *kn = yaml_document_get_node(&d, p->key), *vn = yaml_document_get_node(&d, p->value);
    const char *k = scalar(&d, kn);
    if (!k) { rc = bad(path, kn, "keys must be names"); break; }
    if (!strcmp(k, "Checks") || !strcmp(k, "WarningsAsErrors")) {
      const char *v = scalar(&d, vn);
      if (!v) { rc = bad(path, vn, "Checks and WarningsAsErrors take a string of globs"); break; }
      char **slot = !strcmp(k, "Checks") ? &c->checks : &c->warnings_as_errors;
      free(*slot);
      *slot = xstrdup(v);
    } else if (!strcmp(k, "CheckOptions")) {
      rc = read_options(c, path, &d, vn);
    } else {
      rc = bad(path, kn, fmt("unknown key '%s' (known: Checks, WarningsAsErrors, CheckOptions)", k));
    }
  }
  yaml_document_delete(&d);
  yaml_parser_delete(&ps);
  fclose(f);
  if (rc == 0) rc = config_check(c, path);
  return rc;
}

/* The nearest .delayc-lint.yaml in the source's directory or above it (source
 * may also be a directory: the search starts there). */
char *config_find(const char *source) {
  char *dir = realpath(source, NULL);
  if (!dir) return NULL;
  struct stat st0;
  if (stat(dir, &st0) == 0 && S_ISDIR(st0.st_mode)) {
    char *d = fmt("%s/.", dir);          /* the loop drops the last part first */
    free(dir);
    dir = d;
  }
  for (;;) {
    char *slash = strrchr(dir, '/');
    if (!slash) break;
    *slash = 0;
    char *cand = fmt("%s/%s", *dir ? dir : "", CONFIG_NAME);
    struct stat st;
    if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) { free(dir); return cand; }
    free(cand);
    if (!*dir) break;
  }
  free(dir);
  return NULL;
}
