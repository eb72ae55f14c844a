/* usage.c — what the command line says about itself: the subcommands of
 * delayc with a one-line description and their usage lines (`delayc --help`,
 * and the lines printed after a usage error), and the error for an option a
 * subcommand does not know, in clang's manner:
 *
 *   delayc emit: error: unknown option '--explian'; did you mean '--explain'?
 *   delayc emit: error: unknown option '-I/tmp' (compiler flags go after '--': delayc emit in.c -o x.c -- -I/tmp)
 *
 * followed by that subcommand's usage line(s) only.  Each subcommand parses
 * its own arguments (main.c, lint.c, suggest.c, report.c); this table is what
 * they share, so the options listed here must be the ones they accept. */
#include "delayc.h"
#include "cli/buildsys.h"

#include <stdlib.h>
#include <string.h>

typedef struct CliOpt { const char *name; int value; } CliOpt;  /* value: takes an argument */

typedef struct Subcommand {
  const char *name;
  const char *what;       /* one line for `delayc --help` */
  const char *usage;      /* its usage lines: "usage: delayc NAME ...\n" then "       delayc NAME ...\n" */
  const CliOpt *opt;      /* its options, ended by {NULL} */
} Subcommand;

static const CliOpt emit_opts[] = {
  {"-o", 1}, {"--explain", 0}, {"--no-batch", 0}, {"--target", 1}, {"--depfile", 1}, {"-MF", 1}, {"-p", 1},
  {"--out-dir", 1}, {"--root", 1}, {"--with", 1}, {"--help", 0}, {NULL, 0}};
static const CliOpt graph_opts[] = {
  {"-o", 1}, {"--function", 1}, {"--format", 1}, {"--with", 1}, {"--help", 0}, {NULL, 0}};
static const CliOpt plan_opts[] = {
  {"-o", 1}, {"--function", 1}, {"--format", 1}, {"--with", 1}, {"--help", 0}, {NULL, 0}};
static const CliOpt lint_opts[] = {
  {"-p", 1}, {"-o", 1}, {"--checks", 1}, {"--warnings-as-errors", 1}, {"--format", 1}, {"--fix", 0},
  {"--export-fixes", 1}, {"--list-checks", 0}, {"--config-file", 1}, {"--check-option", 1},
  {"--color", 1}, {"--help", 0}, {NULL, 0}};
static const CliOpt suggest_opts[] = {
  {"-p", 1}, {"--min-work", 1}, {"--format", 1}, {"--fix", 0}, {"--export-fixes", 1}, {"--max", 1},
  {"--explain", 0}, {"--help", 0}, {NULL, 0}};
static const CliOpt summarize_opts[] = {
  {"-o", 1}, {"--depfile", 1}, {"--help", 0}, {NULL, 0}};
static const CliOpt report_opts[] = {
  {"-o", 1}, {"--format", 1}, {"--help", 0}, {NULL, 0}};

static const Subcommand subcommands[] = {
  {"emit", "write the parallel version of a C source: DELAYED calls become tasks (OpenMP; --target: pthreads, StarPU, StarPU-MPI)",
   "usage: delayc emit IN.c -o OUT.c [--explain] [--no-batch] [--target T] [--with FILE] [--depfile F] [-p BUILD_DIR] [-- compiler flags]\n"
   "       delayc emit --out-dir DIR [--root DIR] [-p BUILD_DIR] [FILE...] [-- compiler flags]\n",
   emit_opts},
  {"graph", "print the compile-time task graph of each function (Graphviz DOT or JSON)",
   "usage: delayc graph IN.c [--function NAME] [--format dot|json] [--with FILE] [-o OUT] [-- compiler flags]\n",
   graph_opts},
  {"plan", "print the task plan of each function: data, tasks, waits, edges, explanations",
   "usage: delayc plan IN.c [--function NAME] [--format text|json] [--with FILE] [-o OUT] [-- compiler flags]\n",
   plan_opts},
  {"lint", "check sources against the Delayed Best Practices, clang-tidy style",
   "usage: delayc lint [FILE...] [-p BUILD_DIR] [--checks=GLOBS] [--warnings-as-errors=GLOBS]\n"
   "                   [--format=text|json|sarif] [--fix] [--export-fixes=F.yaml] [--list-checks]\n"
   "                   [--config-file=F] [--check-option=NAME=VALUE] [--color=auto|always|never]\n"
   "                   [-o FILE] [-- compiler flags]\n",
   lint_opts},
  {"suggest", "find the functions of existing code whose calls could run as tasks, and annotate them (--fix)",
   "usage: delayc suggest [FILE...] [-p BUILD_DIR] [--min-work=NS] [--max=N] [--explain]\n"
   "                      [--format=text|json|sarif] [--fix] [--export-fixes=F.yaml] [-- compiler flags]\n",
   suggest_opts},
  {"summarize", "write what the functions of one file touch, for emit --with on the program's other files",
   "usage: delayc summarize IN.c -o OUT.fx [--depfile F] [-- compiler flags]\n",
   summarize_opts},
  {"report", "draw a run's trace (DELAYC_TRACE=trace.json) as an HTML page or an SVG picture",
   "usage: delayc report TRACE.json -o OUT.html|OUT.svg [--format html|svg]\n",
   report_opts},
};
#define NSUB ((int)(sizeof subcommands / sizeof *subcommands))

static const Subcommand *find(const char *cmd) {
  for (int i = 0; i < NSUB; i++)
    if (!strcmp(subcommands[i].name, cmd)) return &subcommands[i];
  return NULL;
}

/* `delayc --help`: every subcommand in a line, then their usage. */
void cli_print_overview(FILE *out) {
  fputs("usage: delayc SUBCOMMAND [OPTIONS] [FILE...] [-- COMPILER FLAGS]\n\n", out);
  for (int i = 0; i < NSUB; i++) fprintf(out, "  %-9s %s\n", subcommands[i].name, subcommands[i].what);
  fputs("\n  delayc SUBCOMMAND --help   the options of one subcommand\n"
        "  delayc --version           delayc's version and its libclang's\n\n", out);
  for (int i = 0; i < NSUB; i++) fputs(subcommands[i].usage, out);
  fputs("\nCompiler flags (-I, -D, -std=, ...) go after '--'.  See man delayc and docs/cli.md.\n", out);
}

/* One line: how delayc is called, which subcommands there are. */
static void print_short(FILE *out) {
  fputs("usage: delayc ", out);
  for (int i = 0; i < NSUB; i++) fprintf(out, "%s%s", i ? "|" : "", subcommands[i].name);
  fputs(" [OPTIONS] [FILE...] [-- COMPILER FLAGS]  (delayc --help)\n", out);
}

/* Prints cmd's usage lines (or, for no known cmd, the short usage of delayc)
 * on standard error; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd) {
  const Subcommand *s = cmd ? find(cmd) : NULL;
  if (s) fputs(s->usage, stderr);
  else print_short(stderr);
  return EXIT_USAGE;
}

/* A flag meant for the compiler: one libclang parses with (-I, -D, -std=,
 * -pthread ...) or one of the common code generation and warning options. */
int cli_is_compiler_flag(const char *a) {
  if (a[0] != '-' || !a[1]) return 0;
  char *v[2] = {(char *)a, NULL};
  if (cc_arg(1, v, 0).kind == CC_PARSE) return 1;
  if (a[1] == '-') return 0;
  static const char *const words[] = {"-pedantic", "-pedantic-errors", "-pipe", "-pg", "-c", "-S", "-E",
                                      "-g", "-w", "-include", "-imacros", "-isystem", "-iquote", "-idirafter", NULL};
  for (int k = 0; words[k]; k++)
    if (!strcmp(a, words[k])) return 1;
  return strchr("WfgmOID", a[1]) != NULL;
}

/* A word for a shell: quoted when it has characters the shell would read. */
static void shell_word(Buf *b, const char *w) {
  if (*w && strspn(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./=:,+@%-") == strlen(w)) {
    buf_puts(b, w);
    return;
  }
  buf_puts(b, "'");
  for (const char *p = w; *p; p++) {
    if (*p == '\'') buf_puts(b, "'\\''");
    else buf_add(b, p, 1);
  }
  buf_puts(b, "'");
}

/* How many words an argument known to s spans (1 or 2), or 0 if it is not one of s's options. */
static int known_span(const Subcommand *s, int argc, char **argv, int j) {
  const char *a = argv[j];
  for (const CliOpt *o = s->opt; o->name; o++) {
    size_t n = strlen(o->name);
    if (!strcmp(a, o->name)) return o->value && j + 1 < argc ? 2 : 1;
    if (o->value && !strncmp(a, o->name, n) && (a[n] == '=' || (o->name[1] != '-' && a[n] && !cli_is_compiler_flag(a))))
      return 1;
  }
  return 0;
}

/* The command line again, with every compiler flag before '--' moved after it. */
static char *corrected(const Subcommand *s, int argc, char **argv) {
  Buf keep = {0}, moved = {0};
  buf_puts(&keep, "delayc");
  buf_add(&moved, "", 0);
  int j = 1, dashdash = 0;
  buf_printf(&keep, " %s", s->name);
  while (j < argc) {
    if (!strcmp(argv[j], "--")) { dashdash = j; break; }
    int k = known_span(s, argc, argv, j);
    if (!k && cli_is_compiler_flag(argv[j])) {
      int n = cc_arg(argc, argv, j).n;
      for (int m = 0; m < n; m++) { buf_puts(&moved, " "); shell_word(&moved, argv[j + m]); }
      j += n;
      continue;
    }
    for (int m = 0; m < (k ? k : 1); m++) { buf_puts(&keep, " "); shell_word(&keep, argv[j + m]); }
    j += k ? k : 1;
  }
  buf_puts(&keep, " --");
  buf_puts(&keep, moved.s);
  for (j = dashdash ? dashdash + 1 : argc; j < argc; j++) { buf_puts(&keep, " "); shell_word(&keep, argv[j]); }
  free(moved.s);
  return keep.s;
}

/* argv[i] (argv[0] is the subcommand's name) is no option of cmd: one error
 * line saying what to do instead, then cmd's usage.  Returns EXIT_USAGE. */
int cli_unknown_option(const char *cmd, int argc, char **argv, int i) {
  const Subcommand *s = find(cmd);
  const char *a = argv[i];
  fprintf(stderr, "%s %s: error: unknown option '%s'", prog_name, cmd, a);
  if (s && cli_is_compiler_flag(a)) {
    char *fixed = corrected(s, argc, argv);
    fprintf(stderr, " (compiler flags go after '--': %s)\n", fixed);
    free(fixed);
    return cli_usage_error(cmd);
  }
  const char *eq = strchr(a, '=');
  char *name = eq ? xstrndup(a, (size_t)(eq - a)) : xstrdup(a);
  const char *names[64];
  int n = 0;
  for (const CliOpt *o = s ? s->opt : NULL; o && o->name && n < 64; o++)
    if (!eq || o->value) names[n++] = o->name;
  const char *near = nearest_name(name, names, n);
  /* long spellings other tools use for an option delayc spells short */
  static const char *const alias[][2] = {{"--output", "-o"}, {"--out", "-o"}, {"--project", "-p"},
                                          {"--build-dir", "-p"}, {NULL, NULL}};
  for (int k = 0; !near && alias[k][0]; k++)
    for (int j = 0; j < n; j++)
      if (!strcmp(name, alias[k][0]) && !strcmp(names[j], alias[k][1])) near = alias[k][1];
  if (near) fprintf(stderr, "; did you mean '%s%s'?\n", near, eq && near[1] == '-' ? eq : "");
  else fputc('\n', stderr);
  free(name);
  return cli_usage_error(cmd);
}

/* `delayc NAME` for a NAME that is no subcommand.  Returns EXIT_USAGE. */
int cli_unknown_subcommand(const char *name) {
  const char *names[NSUB];
  for (int i = 0; i < NSUB; i++) names[i] = subcommands[i].name;
  const char *near = nearest_name(name, names, NSUB);
  fprintf(stderr, "%s: error: unknown subcommand '%s'", prog_name, name);
  if (near) fprintf(stderr, "; did you mean '%s'?", near);
  fputc('\n', stderr);
  return cli_usage_error(NULL);
}
