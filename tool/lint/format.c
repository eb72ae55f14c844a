/* format.c — how `delayc lint` (and `delayc suggest`) print their findings:
 *
 *   text   file:line:col: warning: message [check], the source line, a caret,
 *          the fix-it, then `note:` lines; colour only on a terminal
 *   json   {"version": 1, "diagnostics": [...]}  (docs/checks/README.md)
 *   sarif  SARIF 2.1.0: one run, the rules, results with repository-relative
 *          URIs (uriBaseId SRCROOT), partialFingerprints, fixes
 *   --export-fixes  the YAML clang-apply-replacements reads */
#define _GNU_SOURCE
#include "lint/lint.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The level a finding is printed at: error (promoted), remark (suggest's), warning. */
static const char *level_of(const Finding *x) { return x->error ? "error" : x->check->remark ? "remark" : "warning"; }

/* ---- text ---- */

#define C_BOLD "\033[1m"
#define C_RED "\033[1;31m"
#define C_MAGENTA "\033[1;35m"
#define C_GREEN "\033[1;32m"
#define C_BLACK "\033[1;30m"
#define C_BLUE "\033[1;34m"
#define C_OFF "\033[0m"

/* The source line, a caret under column col, and optionally text under it. */
static void caret(FILE *out, const char *line, unsigned col, const char *below, int color) {
  if (!line) return;
  fprintf(out, "%s\n", line);
  Buf pad = {0};
  buf_add(&pad, "", 0);
  for (unsigned i = 0; i + 1 < col && line[i]; i++) buf_add(&pad, line[i] == '\t' ? "\t" : " ", 1);
  fprintf(out, "%s%s^%s\n", pad.s, color ? C_GREEN : "", color ? C_OFF : "");
  if (below) fprintf(out, "%s%s%s%s\n", pad.s, color ? C_GREEN : "", below, color ? C_OFF : "");
  free(pad.s);
}

void format_text(FILE *out, LintFile *files, int n, int color) {
  for (int i = 0; i < n; i++)
    for (int k = 0; k < files[i].nf; k++) {
      Finding *x = &files[i].f[k];
      const char *lvl = level_of(x);
      fprintf(out, "%s%s:%u:%u: %s%s:%s %s%s [%s]%s\n", color ? C_BOLD : "", files[i].path, x->line, x->col,
              color ? (x->error ? C_RED : x->check->remark ? C_BLUE : C_MAGENTA) : "", lvl, color ? C_OFF C_BOLD : "", x->msg,
              "", x->check->name, color ? C_OFF : "");
      const char *fixtext = NULL;
      for (int j = 0; j < x->nfix; j++)
        if (x->fix[j].beg == x->off && !memchr(x->fix[j].text, '\n', strlen(x->fix[j].text))) fixtext = x->fix[j].text;
      caret(out, x->srcline, x->col, fixtext, color);
      for (int j = 0; j < x->nnote; j++) {
        LNote *no = &x->note[j];
        fprintf(out, "%s%s:%u:%u: %snote:%s %s\n", color ? C_BOLD : "", files[i].path, no->line, no->col,
                color ? C_BLACK : "", color ? C_OFF : "", no->msg);
        caret(out, no->srcline, no->col, NULL, color);
      }
    }
}

/* ---- JSON ---- */

void format_json(FILE *out, LintFile *files, int n) {
  fputs("{\"version\": 1, \"diagnostics\": [", out);
  int first = 1;
  for (int i = 0; i < n; i++)
    for (int k = 0; k < files[i].nf; k++) {
      Finding *x = &files[i].f[k];
      fputs(first ? "\n  {" : ",\n  {", out);
      first = 0;
      fputs("\"check\": ", out); json_str(out, x->check->name);
      fprintf(out, ", \"level\": \"%s\", \"file\": ", level_of(x));
      json_str(out, files[i].path);
      fprintf(out, ", \"line\": %u, \"column\": %u, \"offset\": %u, \"message\": ", x->line, x->col, x->off);
      json_str(out, x->msg);
      fputs(", \"notes\": [", out);
      for (int j = 0; j < x->nnote; j++) {
        fprintf(out, "%s{\"file\": ", j ? ", " : "");
        json_str(out, files[i].path);
        fprintf(out, ", \"line\": %u, \"column\": %u, \"message\": ", x->note[j].line, x->note[j].col);
        json_str(out, x->note[j].msg);
        fputc('}', out);
      }
      fputs("], \"fixes\": [", out);
      for (int j = 0; j < x->nfix; j++) {
        fprintf(out, "%s{\"file\": ", j ? ", " : "");
        json_str(out, files[i].path);
        fprintf(out, ", \"offset\": %u, \"length\": %u, \"replacement\": ", x->fix[j].beg, x->fix[j].end - x->fix[j].beg);
        json_str(out, x->fix[j].text);
        fputc('}', out);
      }
      fputs("]}", out);
    }
  fputs(first ? "]}\n" : "\n]}\n", out);
}

/* ---- SARIF 2.1.0 ---- */

/* The repository root: the nearest directory above the working directory
 * holding .git; else the working directory. */
static char *repo_root(void) {
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return xstrdup("/");
  char *d = xstrdup(cwd);
  for (;;) {
    char *g = fmt("%s/.git", *d ? d : "");
    struct stat st;
    int found = stat(g, &st) == 0;
    free(g);
    if (found) return *d ? d : xstrdup("/");
    char *slash = strrchr(d, '/');
    if (!slash || slash == d) break;
    *slash = 0;
  }
  free(d);
  return xstrdup(cwd);
}

/* URI-escape a path (RFC 3986 path characters kept). */
static char *uri_path(const char *p) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const unsigned char *s = (const unsigned char *)p; *s; s++) {
    if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || strchr("/-._~", *s))
      buf_add(&b, (const char *)s, 1);
    else
      buf_printf(&b, "%%%02X", *s);
  }
  return b.s;
}

/* Column in Unicode code points (SARIF's columnKind), from a byte column. */
static unsigned cp_col(const char *line, unsigned col) {
  unsigned c = 1;
  for (unsigned i = 0; line && i + 1 < col && line[i]; i++)
    if (((unsigned char)line[i] & 0xC0) != 0x80) c++;
  return c;
}

/* Code points in s[from, to): SARIF counts characters, not bytes. */
static unsigned cp_count(const char *s, size_t len, unsigned from, unsigned to) {
  unsigned n = 0;
  for (unsigned i = from; i < to && i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

static uint64_t fnv(const char *s, uint64_t h) {
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\r') { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
  return h;
}

static void sarif_location(FILE *out, const char *uri, int rel, unsigned line, unsigned col) {
  fputs("{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", out);
  json_str(out, uri);
  if (rel) fputs(", \"uriBaseId\": \"SRCROOT\"", out);
  fprintf(out, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u}}}", line, col);
}

void format_sarif(FILE *out, LintFile *files, int n, const Check *rules, int nrules) {
  char *root = repo_root();
  fputs("{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n"
        "  \"version\": \"2.1.0\",\n  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"delayc\", \"version\": \""
        DELAYC_VERSION "\",\n      \"rules\": [", out);
  for (int r = 0; r < nrules; r++) {
    const Check *c = &rules[r];
    fprintf(out, "%s\n        {\"id\": ", r ? "," : "");
    json_str(out, c->name);
    fputs(", \"name\": ", out); json_str(out, c->name);
    fputs(", \"shortDescription\": {\"text\": ", out); json_str(out, c->summary);
    fputs("}, \"fullDescription\": {\"text\": ", out); json_str(out, c->summary);
    /* helpUri: the installed page (docs_path.c), an absolute file: URI as
     * SARIF requires; without installed documentation, none */
    char *page = check_doc_path(c->name);
    char *uri = page ? uri_path(page) : NULL;
    char *link = uri ? fmt("file://%s", uri) : NULL;
    fputs("}, \"help\": {\"text\": ", out); json_str(out, c->help);
    char *md = link ? fmt("%s See [%s](%s).", c->help, c->name, link) : fmt("%s See docs/checks/%s.md.", c->help, c->name);
    fputs(", \"markdown\": ", out); json_str(out, md);
    fputs("}", out);
    if (link) { fputs(", \"helpUri\": ", out); json_str(out, link); }
    fprintf(out, ", \"defaultConfiguration\": {\"level\": \"%s\"}}", c->remark ? "note" : "warning");
    free(md);
    free(link);
    free(uri);
    free(page);
  }
  fputs("]}},\n    \"originalUriBaseIds\": {\"SRCROOT\": {\"uri\": ", out);
  char *rooturi = uri_path(root);
  char *base = fmt("file://%s%s", rooturi, rooturi[strlen(rooturi) - 1] == '/' ? "" : "/");
  json_str(out, base);
  free(base);
  fputs("}},\n    \"columnKind\": \"unicodeCodePoints\",\n    \"results\": [", out);
  int first = 1;
  for (int i = 0; i < n; i++) {
    char *abs = realpath(files[i].path, NULL);
    if (!abs) abs = xstrdup(files[i].path);
    size_t rl = strlen(root);
    int rel = !strncmp(abs, root, rl) && abs[rl] == '/';
    char *esc = uri_path(rel ? abs + rl + 1 : abs);
    char *uri = rel ? xstrdup(esc) : fmt("file://%s", esc);
    for (int k = 0; k < files[i].nf; k++) {
      Finding *x = &files[i].f[k];
      int ri = (int)(x->check - rules);
      fputs(first ? "\n      {" : ",\n      {", out);
      first = 0;
      fputs("\"ruleId\": ", out); json_str(out, x->check->name);
      fprintf(out, ", \"ruleIndex\": %d, \"level\": \"%s\", \"message\": {\"text\": ", ri,
              x->error ? "error" : x->check->remark ? "note" : "warning");
      json_str(out, x->msg);
      fputs("},\n       \"locations\": [", out);
      sarif_location(out, uri, rel, x->line, cp_col(x->srcline, x->col));
      fputs("]", out);
      if (x->nnote) {
        fputs(",\n       \"relatedLocations\": [", out);
        for (int j = 0; j < x->nnote; j++) {
          fprintf(out, "%s{\"id\": %d, ", j ? ", " : "", j + 1);
          fputs("\"message\": {\"text\": ", out); json_str(out, x->note[j].msg);
          fputs("}, ", out);
          /* a location object with the physical location inline */
          fputs("\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", out);
          json_str(out, uri);
          if (rel) fputs(", \"uriBaseId\": \"SRCROOT\"", out);
          fprintf(out, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u}}}", x->note[j].line,
                  cp_col(x->note[j].srcline, x->note[j].col));
        }
        fputs("]", out);
      }
      /* stable across edits elsewhere: the check, the text of the line, and
       * which occurrence of that pair in the file it is */
      uint64_t h = fnv(x->srcline ? x->srcline : "", fnv(x->check->name, 1469598103934665603ULL));
      int occ = 0;
      for (int j = 0; j < k; j++)
        if (files[i].f[j].check == x->check && !strcmp(files[i].f[j].srcline ? files[i].f[j].srcline : "", x->srcline ? x->srcline : ""))
          occ++;
      fprintf(out, ",\n       \"partialFingerprints\": {\"primaryLocationLineHash\": \"%016llx:%d\"}",
              (unsigned long long)h, occ + 1);
      if (x->nfix) {
        fputs(",\n       \"fixes\": [{\"description\": {\"text\": ", out);
        json_str(out, x->check->help);
        fputs("}, \"artifactChanges\": [{\"artifactLocation\": {\"uri\": ", out);
        json_str(out, uri);
        if (rel) fputs(", \"uriBaseId\": \"SRCROOT\"", out);
        fputs("}, \"replacements\": [", out);
        for (int j = 0; j < x->nfix; j++) {
          fprintf(out, "%s{\"deletedRegion\": {\"charOffset\": %u, \"charLength\": %u}, \"insertedContent\": {\"text\": ",
                  j ? ", " : "", cp_count(files[i].src, files[i].len, 0, x->fix[j].beg),
                  cp_count(files[i].src, files[i].len, x->fix[j].beg, x->fix[j].end));
          json_str(out, x->fix[j].text);
          fputs("}}", out);
        }
        fputs("]}]}]", out);
      }
      fputs("}", out);
    }
    free(uri);
    free(esc);
    free(abs);
  }
  fputs(first ? "]\n  }]\n}\n" : "\n    ]\n  }]\n}\n", out);
  free(rooturi);
  free(root);
}

/* ---- clang-apply-replacements YAML ---- */

static void ystr(Buf *b, const char *s) {
  buf_puts(b, "\"");
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') buf_printf(b, "\\%c", *p);
    else if (*p == '\n') buf_puts(b, "\\n");
    else if (*p == '\t') buf_puts(b, "\\t");
    else if (*p == '\r') buf_puts(b, "\\r");
    else if (*p < 0x20) buf_printf(b, "\\x%02x", *p);
    else buf_add(b, (const char *)p, 1);
  }
  buf_puts(b, "\"");
}

int export_fixes(const char *path, LintFile *files, int n) {
  Buf b = {0};
  buf_puts(&b, "---\nMainSourceFile:  ");
  char *main_abs = n == 1 ? realpath(files[0].path, NULL) : NULL;
  ystr(&b, main_abs ? main_abs : "");
  free(main_abs);
  buf_puts(&b, "\nDiagnostics:\n");
  int any = 0;
  for (int i = 0; i < n; i++) {
    char *abs = realpath(files[i].path, NULL);
    if (!abs) abs = xstrdup(files[i].path);
    for (int k = 0; k < files[i].nf; k++) {
      Finding *x = &files[i].f[k];
      any = 1;
      buf_puts(&b, "  - DiagnosticName:  ");
      ystr(&b, x->check->name);
      buf_puts(&b, "\n    DiagnosticMessage:\n      Message:         ");
      ystr(&b, x->msg);
      buf_puts(&b, "\n      FilePath:        ");
      ystr(&b, abs);
      buf_printf(&b, "\n      FileOffset:      %u\n      Replacements:", x->off);
      if (!x->nfix) buf_puts(&b, "    []");
      buf_puts(&b, "\n");
      for (int j = 0; j < x->nfix; j++) {
        buf_puts(&b, "        - FilePath:        ");
        ystr(&b, abs);
        buf_printf(&b, "\n          Offset:          %u\n          Length:          %u\n          ReplacementText: ",
                   x->fix[j].beg, x->fix[j].end - x->fix[j].beg);
        ystr(&b, x->fix[j].text);
        buf_puts(&b, "\n");
      }
      buf_printf(&b, "    Level:           %s\n", x->error ? "Error" : x->check->remark ? "Remark" : "Warning");
    }
    free(abs);
  }
  if (!any) buf_puts(&b, "  []\n");   /* an empty list: not a null */
  buf_puts(&b, "...\n");
  int rc = write_atomic(path, b.s, b.len);
  free(b.s);
  return rc;
}
