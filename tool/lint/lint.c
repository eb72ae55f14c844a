/* lint.c — `delayc lint`: the Delayed Best Practices as checks.
 *
 *   delayc lint [FILE...] [-p BUILD_DIR] [--checks=GLOBS] [--warnings-as-errors=GLOBS]
 *               [--format=text|json|sarif] [--fix] [--export-fixes=F.yaml]
 *               [--list-checks] [--config-file=F] [--check-option=K=V] [-- flags]
 *
 * Each file is parsed once with the emitter's front end, modelled
 * (model.c), and given to every enabled check; findings under NOLINT
 * comments are dropped, the rest printed in source order.  Exit codes: 0 clean
 * or warnings only, 1 a finding promoted by --warnings-as-errors, 2 usage errors
 * or a source that cannot be read or parsed. */
#define _GNU_SOURCE
#include "lint/lint.h"
#include "cli/cli.h"       /* the subcommand's usage, unknown options */
#include "cli/buildsys.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const Check lint_checks[] = {
  {"delayed-call-before-delay", "delayed(f(x)) calls f before delaying it: the call runs eagerly",
   "Write delayed(f)(x): delay the function, then call it.", check_call_before_delay, 0, 0},
  {"delayed-mutates-input", "A delayed function writes through a pointer parameter not marked DELAYED_OUT or DELAYED_INOUT",
   "Copy the input first, or declare the parameter DELAYED_OUT/DELAYED_INOUT.", check_mutates_input, 0, 0},
  {"delayed-global-state", "A delayed function uses a mutable global or static local",
   "Pass the state in as an argument and return the result; const data is fine.", check_global_state, 0, 0},
  {"delayed-compute-in-loop", "A sync point (delayed_compute, or a read of a pending result) inside a loop that spawns tasks",
   "Collect the results and compute once, after the loop.", check_compute_in_loop, 0, 0},
  {"delayed-result-unused", "A delayed call whose result is discarded or never read, or a delayed_after token never bound",
   "Use or compute the result, or do not spawn the task.", check_result_unused, 0, 0},
  {"delayed-nested", "A delayed call inside a delayed function (recursion without DELAYED_CUTOFF)",
   "Build the graph in the caller; give recursive delayed functions a DELAYED_CUTOFF.", check_nested, 0, 0},
  {"delayed-too-fine", "Tasks in a loop that each do less work than a task costs",
   "Batch several items per task.", check_too_fine, 0, 0},
  {"delayed-single-task", "A function that spawns one task and waits for it: nothing runs in parallel",
   "Call the function directly, or spawn more work before the wait.", check_single_task, 0, 0},
  {"delayed-large-by-value", "A delayed call copies a large struct into the task",
   "Pass a const pointer marked DELAYED_IN.", check_large_by_value, 0, 0},
  {"delayed-stays-serial", "A delayed call that delayc leaves as an ordinary call (delayc emit --explain says the same)",
   "Make the edit the finding names: a count on a pointer parameter, a local result, ...", check_stays_serial, 0, 0},
  {"delayed-not-distributed", "With --target=starpu-mpi, a delayed call that runs in place on every rank, or ordinary code every rank runs that writes a file (off unless named)",
   "Make the edit the finding names: return data, not an address; a count on a pointer; files written in a task.",
   check_not_distributed, 1, 0},
};
const int lint_nchecks = (int)(sizeof lint_checks / sizeof *lint_checks);

static const char lint_help[] =
    "usage: delayc lint [FILE...] [-p BUILD_DIR] [--checks=GLOBS] [--warnings-as-errors=GLOBS]\n"
    "                   [--format=text|json|sarif] [--fix] [--export-fixes=F.yaml] [--list-checks]\n"
    "                   [--config-file=F] [--check-option=NAME=VALUE] [--color=auto|always|never]\n"
    "                   [-- compiler flags]\n"
    "\n"
    "Finds violations of the Delayed Best Practices (docs/checks/).  With -p and no\n"
    "FILE, every C file of BUILD_DIR/compile_commands.json.\n"
    "\n"
    "  --checks=GLOBS        checks to run, e.g. 'delayed-*,-delayed-too-fine'\n"
    "  --warnings-as-errors=GLOBS  findings of these checks are errors (exit 1)\n"
    "  --format=F            text (default), json or sarif (SARIF 2.1.0)\n"
    "  --fix                 apply the fix-its in place\n"
    "  --export-fixes=F      write the fix-its as clang-apply-replacements YAML\n"
    "  --list-checks         print the enabled checks and exit\n"
    "  --config-file=F       use F instead of the nearest .delayc-lint.yaml\n"
    "  --check-option=K=V    set a check option, e.g. delayed-too-fine.TaskOverhead=2000\n"
    "  -o FILE               write the report to FILE instead of standard output\n"
    "\n"
    "Suppress one finding with // NOLINT(check), // NOLINTNEXTLINE(check), or a\n"
    "// NOLINTBEGIN(check) ... // NOLINTEND(check) region.\n"
    "Exit: 0 clean or warnings, 1 errors (--warnings-as-errors), 2 usage or parse errors.\n";

typedef struct LintOpts {
  const char **files; int nfiles;
  const char *build_dir, *checks, *wae, *format, *export_fixes, *config_file, *out, *color;
  int fix, list;
  int diag_color;             /* colour in warnings on standard error */
  LintConfig cli;             /* --check-option values */
  const char **cflags; int ncflags;
} LintOpts;

static int usage_error(const char *f, const char *a) {
  fprintf(stderr, "%s: error: ", prog_name);
  fprintf(stderr, f, a);
  fputs("\n", stderr);
  return cli_usage_error("lint");
}

/* --name=value or --name value */
static const char *value_of(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (strncmp(a, name, n)) return NULL;
  if (a[n] == '=') return a + n + 1;
  if (a[n] == 0 && *i + 1 < argc) return argv[++*i];
  return NULL;
}

static int parse(int argc, char **argv, LintOpts *o) {
  memset(o, 0, sizeof *o);
  o->format = "text";
  o->color = "auto";
  static const char *const valued[] = {"--checks", "--warnings-as-errors", "--format", "--export-fixes",
                                       "--config-file", "--check-option", "--color", NULL};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    if (!strcmp(a, "--")) {
      o->cflags = (const char **)argv + i + 1;
      o->ncflags = argc - i - 1;
      break;
    }
    int matched = 0;
    for (int k = 0; valued[k] && !matched; k++) {
      size_t n = strlen(valued[k]);
      if (strncmp(a, valued[k], n) || (a[n] != 0 && a[n] != '=')) continue;
      matched = 1;
      if (!(v = value_of(argc, argv, &i, valued[k]))) return usage_error("option '%s' needs a value", valued[k]);
      switch (k) {
      case 0: o->checks = v; break;
      case 1: o->wae = v; break;
      case 2: o->format = v; break;
      case 3: o->export_fixes = v; break;
      case 4: o->config_file = v; break;
      case 5: {
        const char *eq = strchr(v, '=');
        if (!eq || eq == v) return usage_error("--check-option takes NAME=VALUE, not '%s'", v);
        char *key = xstrndup(v, (size_t)(eq - v));
        config_set(&o->cli, key, eq + 1);
        free(key);
        break;
      }
      case 6: o->color = v; break;
      }
    }
    if (matched) continue;
    if (!strcmp(a, "-p") || !strcmp(a, "-o")) {
      if (i + 1 >= argc) return usage_error("option '%s' needs a value", a);
      if (a[1] == 'p') o->build_dir = argv[++i]; else o->out = argv[++i];
    } else if (!strncmp(a, "-p", 2) && a[2] && !cli_is_compiler_flag(a)) {   /* -pthread is no -p */
      o->build_dir = a + 2;
    } else if (!strcmp(a, "--fix")) {
      o->fix = 1;
    } else if (!strcmp(a, "--list-checks")) {
      o->list = 1;
    } else if (a[0] == '-' && a[1]) {
      return cli_unknown_option("lint", argc, argv, i);   /* usage.c */
    } else {
      o->files = xrealloc(o->files, (size_t)(o->nfiles + 1) * sizeof *o->files);
      o->files[o->nfiles++] = a;
    }
  }
  if (strcmp(o->format, "text") && strcmp(o->format, "json") && strcmp(o->format, "sarif"))
    return usage_error("--format must be text, json or sarif, not '%s'", o->format);
  if (strcmp(o->color, "auto") && strcmp(o->color, "always") && strcmp(o->color, "never"))
    return usage_error("--color must be auto, always or never, not '%s'", o->color);
  if (!o->list && o->nfiles == 0 && !o->build_dir) return usage_error("%s", "no input file (give FILE... or -p BUILD_DIR)");
  return 0;
}

/* Parses path for lint or suggest: checks it is a readable text file, then
 * parses it with delayc's own include directories, the flags of its compile
 * command and the flags after `--`.  Returns a copy of its text, or NULL after
 * an error message (u is then disposed). */
char *lint_open(Unit *u, const char *path, char **flags, int nflags, const char **cflags, int ncflags, size_t *len) {
  memset(u, 0, sizeof *u);
  char *src;
  if (read_c_source(path, &src, len) != 0) return NULL;
  const char **args = NULL;
  int nargs = 0;
  delayc_own_includes(&args, &nargs);
  for (int i = 0; i < nflags + ncflags; i++) {
    args = xrealloc(args, (size_t)(nargs + 1) * sizeof *args);
    args[nargs++] = i < nflags ? flags[i] : cflags[i - nflags];
  }
  int rc = fe_parse(u, path, nargs, args, NULL, 0);
  free(args);
  if (rc == 0 && fe_check_annotations(u) != 0) rc = -1;
  if (rc != 0) { fe_dispose(u); free(src); return NULL; }
  return src;
}

/* Forgets what the front end and the checks cached of a unit, and disposes it. */
void lint_close(Unit *u) {
  fe_dispose(u);        /* the front end's and the effects' caches go with the unit */
  cost_forget();
}

/* Warns once per configuration file of its globs that match no check. */
static void warn_config_globs(const char *path, const LintConfig *c) {
  static char **seen;
  static int nseen;
  for (int i = 0; i < nseen; i++)
    if (!strcmp(seen[i], path)) return;
  seen = xrealloc(seen, (size_t)(nseen + 1) * sizeof *seen);
  seen[nseen++] = xstrdup(path);
  char *w = fmt("Checks of '%s'", path);
  lint_warn_globs(c->checks, w);
  free(w);
  w = fmt("WarningsAsErrors of '%s'", path);
  lint_warn_globs(c->warnings_as_errors, w);
  free(w);
}

/* The configuration for one file: its .delayc-lint.yaml (or --config-file),
 * then the command line on top. */
static int config_for(LintOpts *o, const char *file, LintConfig *c) {
  memset(c, 0, sizeof *c);
  char *path = o->config_file ? xstrdup(o->config_file) : config_find(file);
  if (path && config_load(c, path) != 0) { free(path); return -1; }
  if (path) warn_config_globs(path, c);
  free(path);
  if (o->checks) c->checks = xstrdup(o->checks);
  if (o->wae) c->warnings_as_errors = xstrdup(o->wae);
  for (int i = 0; i < o->cli.nopt; i++) config_set(c, o->cli.key[i], o->cli.val[i]);
  return 0;
}

/* A check is on unless the globs turn it off; an opt-in one only when they
 * name it in full (`delayed-*` does not: a configuration written before it
 * existed keeps its findings). */
static int enabled(const LintConfig *c, const Check *k) {
  if (!k->opt_in) return globs_match(c->checks, k->name, 1);
  if (!c->checks) return 0;
  size_t n = strlen(k->name);
  for (const char *p = strstr(c->checks, k->name); p; p = strstr(p + 1, k->name)) {
    int start = p == c->checks || p[-1] == ',' || p[-1] == ' ' || p[-1] == '\n';
    int end = !p[n] || p[n] == ',' || p[n] == ' ' || p[n] == '\n';
    if (start && end) return globs_match(c->checks, k->name, 0);
  }
  return 0;
}

Analysis *lint_analysis(Lint *L) {
  if (!L->an) {
    L->an = xcalloc(1, sizeof *L->an);
    an_run(L->an, L->u);
  }
  return L->an;
}

void lint_done(Lint *L) {
  if (!L->an) return;
  an_dispose(L->an);
  free(L->an);
  L->an = NULL;
}

/* Runs the enabled checks over the unit (or a view of it) into lf. */
static void lint_unit(LintOpts *o, LintConfig *cfg, Unit *u, LintFile *lf) {
  Model m;
  model_build(&m, u, 0);
  Lint L = {u, &m, cfg, NULL, NULL, 0, NULL};
  lint_begin_unit(u);
  if (m.annotated)
    for (int k = 0; k < lint_nchecks; k++) {
      if (!enabled(cfg, &lint_checks[k])) continue;
      L.check = &lint_checks[k];
      lint_checks[k].run(&L);
    }
  lint_done(&L);
  lint_warn_nolint_names(lf->path, o->diag_color);   /* NOLINT(name) naming no check */
  lint_filter_nolint(&L);
  lint_sort(&L);
  for (int i = 0; i < L.nf; i++) L.f[i].error |= globs_match(cfg->warnings_as_errors, L.f[i].check->name, 0);
  lf->f = L.f;
  lf->nf = L.nf;
  lint_begin_unit(NULL);
  model_free(&m);
}

int lint_for_emit(Unit *u) {
  Model m;
  model_build(&m, u, 0);
  LintConfig cfg = {0};
  Lint L = {u, &m, &cfg, NULL, NULL, 0, NULL};
  lint_begin_unit(u);
  if (m.annotated)
    for (int k = 0; k < lint_nchecks; k++)
      if (!strcmp(lint_checks[k].name, "delayed-mutates-input") || !strcmp(lint_checks[k].name, "delayed-call-before-delay")) {
        L.check = &lint_checks[k];
        lint_checks[k].run(&L);
      }
  lint_done(&L);
  lint_filter_nolint(&L);
  lint_sort(&L);
  /* emit goes on, taking the worst (a written DELAYED_IN as INOUT): warnings */
  for (int i = 0; i < L.nf; i++) L.f[i].error = 0;
  LintFile lf = {u->path, NULL, 0, L.f, L.nf};
  int color = isatty(2) && !getenv("NO_COLOR") && !(getenv("TERM") && !strcmp(getenv("TERM"), "dumb"));
  fflush(stdout);
  format_text(stderr, &lf, 1, color);
  lint_begin_unit(NULL);
  model_free(&m);
  return L.nf;
}

typedef struct Files { LintFile *f; int n, cap; } Files;

static LintFile *new_file(Files *fs) {
  if (fs->n == fs->cap) {
    fs->cap = fs->cap ? 2 * fs->cap : 8;
    fs->f = xrealloc(fs->f, (size_t)fs->cap * sizeof *fs->f);
  }
  LintFile *lf = &fs->f[fs->n++];
  memset(lf, 0, sizeof *lf);
  return lf;
}

/* The .c files a unity build includes: linted at their own file and line. */
static void lint_included(LintOpts *o, LintConfig *cfg, Unit *u, Files *fs) {
  UnityIncl *inc;
  int n = unity_includes(u, &inc);
  for (int i = 0; i < n; i++) {
    Unit v;
    if (fe_view(u, inc[i].file, &v) != 0) continue;
    LintFile *lf = new_file(fs);
    lf->path = xstrdup(v.path);
    lf->src = xstrndup(v.src, v.len);
    lf->len = v.len;
    lint_unit(o, cfg, &v, lf);
    lint_included(o, cfg, &v, fs);
    fe_dispose(&v);
  }
  free(inc);
}

/* Lints one file (and the .c files it includes) into fs.  0, or EXIT_USAGE
 * after an error message. */
static int lint_file(LintOpts *o, const char *path, char **flags, int nflags, Files *fs) {
  LintConfig cfg;
  if (config_for(o, path, &cfg) != 0) return EXIT_USAGE;
  Unit u;
  LintFile *lf = new_file(fs);
  lf->path = path;
  lf->src = lint_open(&u, path, flags, nflags, o->cflags, o->ncflags, &lf->len);
  if (!lf->src) { fs->n--; return EXIT_USAGE; }
  lint_unit(o, &cfg, &u, lf);
  lint_included(o, &cfg, &u, fs);
  lint_close(&u);
  return 0;
}

static int list_checks(LintOpts *o) {
  LintConfig cfg;
  if (config_for(o, o->nfiles ? o->files[0] : ".", &cfg) != 0) return EXIT_USAGE;
  printf("Enabled checks:\n");
  for (int k = 0; k < lint_nchecks; k++)
    if (enabled(&cfg, &lint_checks[k])) printf("    %-28s %s\n", lint_checks[k].name, lint_checks[k].summary);
  return EXIT_OK;
}

int lint_main(int argc, char **argv) {
  for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { fputs(lint_help, stdout); return EXIT_OK; }
  LintOpts o;
  if (parse(argc, argv, &o) != 0) return EXIT_USAGE;
  if (config_check(&o.cli, "--check-option") != 0) return EXIT_USAGE;
  diag_set_color(!strcmp(o.color, "always") ? 1 : !strcmp(o.color, "never") ? 0 : -1);   /* parse errors too */
  o.diag_color = !strcmp(o.color, "always") ||
                 (!strcmp(o.color, "auto") && isatty(2) && !getenv("NO_COLOR") &&
                  !(getenv("TERM") && !strcmp(getenv("TERM"), "dumb")));
  lint_warn_globs(o.checks, "--checks");
  lint_warn_globs(o.wae, "--warnings-as-errors");
  if (o.list) return list_checks(&o);
  EmitJob *jobs = NULL;
  int nbad = 0, n;
  if (o.build_dir) {
    n = emit_jobs(NULL, NULL, o.build_dir, o.files, o.nfiles, NULL, &jobs, &nbad);
    if (n < 0) return EXIT_USAGE;
  } else {
    n = o.nfiles;
    jobs = xcalloc((size_t)n + 1, sizeof *jobs);
    for (int i = 0; i < n; i++) jobs[i].in = (char *)o.files[i];
  }
  int rc = nbad ? EXIT_USAGE : EXIT_OK;
  jobs_as_program(jobs, n, o.cflags, o.ncflags);   /* several files: one program, as emit --out-dir sees it */
  Files fs = {0};
  for (int i = 0; i < n; i++)
    if (lint_file(&o, jobs[i].in, jobs[i].flags, jobs[i].nflags, &fs) != 0) rc = EXIT_USAGE;
  LintFile *lf = fs.f;
  int nlf = fs.n;
  int errors = 0, warnings = 0;
  for (int i = 0; i < nlf; i++)
    for (int k = 0; k < lf[i].nf; k++) {
      if (lf[i].f[k].error) errors++; else warnings++;
    }
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  if (!out) { error("out of memory"); return EXIT_USAGE; }
  int color = !strcmp(o.color, "always") ||
              (!strcmp(o.color, "auto") && !o.out && isatty(1) && !getenv("NO_COLOR") &&
               !(getenv("TERM") && !strcmp(getenv("TERM"), "dumb")));
  if (!strcmp(o.format, "json")) format_json(out, lf, nlf);
  else if (!strcmp(o.format, "sarif")) format_sarif(out, lf, nlf, lint_checks, lint_nchecks);
  else format_text(out, lf, nlf, color);
  fclose(out);
  if (write_atomic(o.out ? o.out : "-", text, len) != 0) rc = EXIT_USAGE;
  free(text);
  if (!strcmp(o.format, "text") && (errors || warnings))
    fprintf(stderr, "%d warning%s and %d error%s generated.\n", warnings, warnings == 1 ? "" : "s", errors,
            errors == 1 ? "" : "s");
  if (o.export_fixes && export_fixes(o.export_fixes, lf, nlf) != 0) rc = EXIT_USAGE;
  if (o.fix) {
    int applied = 0;
    for (int i = 0; i < nlf; i++) {
      int nf = 0;
      for (int k = 0; k < lf[i].nf; k++) nf += lf[i].f[k].nfix;
      if (!nf) continue;
      if (apply_fixes(&lf[i]) != 0) { rc = EXIT_USAGE; continue; }
      applied += nf;
    }
    if (applied) fprintf(stderr, "%s: applied %d fix-it%s\n", prog_name, applied, applied == 1 ? "" : "s");
  }
  if (rc == EXIT_OK && errors) rc = EXIT_FAIL;
  return rc;
}
