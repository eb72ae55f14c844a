/* main.c — the delayc command line: subcommands, options, input checks.
 *
 *   delayc emit  IN.c -o OUT.c [--explain] [--no-batch] [--depfile F] [-p BUILD_DIR] [-- compiler flags]
 *   delayc emit  --out-dir DIR [--root DIR] [-p BUILD_DIR] [FILE...] [-- flags]
 *   delayc graph IN.c [--function NAME] [--format dot|json] [-o OUT] [-- flags]
 *   delayc plan  IN.c [--function NAME] [--format text|json] [-o OUT] [-- flags]
 *
 * Exit codes: 0 success, 1 the input could not be processed (missing, not a C
 * source, does not compile, output not writable), 2 usage errors. */
#define _GNU_SOURCE
#include "delayc.h"
#include "cli/buildsys.h"

#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char emit_help[] =
    "usage: delayc emit IN.c -o OUT.c [--explain] [--no-batch] [--depfile F] [-p BUILD_DIR] [-- compiler flags]\n"
    "       delayc emit --out-dir DIR [--root DIR] [-p BUILD_DIR] [FILE...] [-- compiler flags]\n"
    "\n"
    "Writes OUT.c: IN.c with every call of a DELAYED function (and every\n"
    "delayed(f)(...)) made an OpenMP task with exact dependencies.  Compile it with\n"
    "-fopenmp, the include directory of delayed.h and libdelayc.a.\n"
    "\n"
    "  -o FILE      output file ('-' for standard output); written atomically\n"
    "  --explain    one line on standard error per call left serial, per order\n"
    "               kept on shared state, per wider wait, per loop run in batches\n"
    "  --no-batch   every call its own task: no loop of small tasks runs in\n"
    "               batches (docs/runtime.md, \"Batches\")\n"
    "  --with FILE  another file of the program (repeatable): what its functions\n"
    "               touch is used instead of assuming they touch everything\n"
    "  --target T   openmp (default): OpenMP tasks; serial: the annotations\n"
    "               stripped, plain serial C (the reference build); pthreads:\n"
    "               libdelayc's own scheduler, no OpenMP (link -lpthread);\n"
    "               starpu-mpi: the program on every rank of an MPI job, tasks\n"
    "               on StarPU-MPI (pkg-config delayc-starpu-mpi; mpirun -np N);\n"
    "               starpu: the same on StarPU in one process (docs/starpu.md)\n"
    "  -- FLAGS     compiler flags used to parse IN.c (-I, -D, -std ...)\n"
    "  --depfile F  also write F, a make-style dependency file: OUT.c depends on\n"
    "               IN.c and every header it includes (-MF F is the same)\n"
    "  -p DIR       take the flags of each file from DIR/compile_commands.json\n"
    "  --out-dir D  several files: write each FILE to D/<FILE relative to the\n"
    "               --root directory (default: the working directory)>; with -p\n"
    "               and no FILE, every C file of compile_commands.json\n"
    "\n"
    "See man delayc and docs/integration/ for CMake, make and pkg-config.\n";

static const char graph_help[] =
    "usage: delayc graph IN.c [--function NAME] [--format dot|json] [-o OUT] [-- flags]\n"
    "\n"
    "Prints the compile-time task graph of each function that makes delayed calls:\n"
    "a node per task site, an edge per dependency, sync points marked.\n"
    "\n"
    "  --function NAME   only this function\n"
    "  --format F        dot (default) or json (see docs/cli.md)\n"
    "  -o FILE           output file (default: standard output)\n";

static const char plan_help[] =
    "usage: delayc plan IN.c [--function NAME] [--format text|json] [-o OUT] [-- flags]\n"
    "\n"
    "Prints the task plan the analysis decided for each function that makes delayed\n"
    "calls, before any target lowers it: its data, its tasks (arguments, result,\n"
    "captures, accesses, cutoff), its waits, its edges and the explanations.\n"
    "\n"
    "  --function NAME   only this function\n"
    "  --format F        text (default) or json (see docs/cli.md)\n"
    "  --with FILE       another file of the program (as emit's)\n"
    "  -o FILE           output file (default: standard output)\n";

/* A usage error: the message, then the subcommand's usage lines (usage.c). */
static int usage(const char *cmd, const char *msg) {
  if (msg) fprintf(stderr, "%s: error: %s\n", prog_name, msg);
  return cli_usage_error(cmd);
}

static int same_file(const char *a, const char *b) {
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

typedef struct Opts {
  const char *cmd, *in, *out, *function, *format;
  const char *out_dir, *root, *build_dir, *depfile;  /* emit's build-system options */
  const char **ins;                                  /* every input (in: the first) */
  int nins;
  int explain, format_given;
  int no_batch;                                      /* emit --no-batch: every call its own task */
  const char *target;                                /* emit --target=NAME (lower/targets.c), NULL: openmp */
  const char **cflags;
  int ncflags;
  const char **with;                                 /* --with FILE: other files of the program */
  int nwith;
} Opts;

/* emit's build-system options with their value as the next argument: a is one
 * of them (returns 1); with v, records it. */
static int build_opt(Opts *o, const char *a, const char *v) {
  const char **f = !strcmp(a, "--out-dir") ? &o->out_dir
                 : !strcmp(a, "--root") ? &o->root
                 : !strcmp(a, "-p") ? &o->build_dir
                 : !strcmp(a, "--depfile") || !strcmp(a, "-MF") ? &o->depfile : NULL;
  if (f && v) *f = v;
  return f != NULL;
}

/* ... and with the value attached: --out-dir=D, --root=D, --depfile=F, -pD, -MFF */
static int build_opt_attached(Opts *o, const char *a) {
  static const struct { const char *pre; size_t off; } forms[] = {
    {"--out-dir=", offsetof(Opts, out_dir)}, {"--root=", offsetof(Opts, root)},
    {"--depfile=", offsetof(Opts, depfile)}, {"-MF", offsetof(Opts, depfile)},
    {"-p", offsetof(Opts, build_dir)}};
  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
    size_t n = strlen(forms[k].pre);
    if (!strncmp(a, forms[k].pre, n) && a[n]) {
      *(const char **)((char *)o + forms[k].off) = a + n;
      return 1;
    }
  }
  return 0;
}

/* 0, or -1 after an error message (the caller prints the usage), or -2 after
 * an error message and the usage. */
static int parse_args(int argc, char **argv, Opts *o) {
  memset(o, 0, sizeof *o);
  o->format = "dot";
  o->cmd = argv[1];
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) {
      for (i++; i < argc; i++) {
        o->cflags = xrealloc(o->cflags, (size_t)(o->ncflags + 1) * sizeof *o->cflags);
        o->cflags[o->ncflags++] = argv[i];
      }
      break;
    }
    if (!strcmp(a, "-o") || !strcmp(a, "--function") || !strcmp(a, "--format") || build_opt(o, a, NULL)) {
      if (i + 1 >= argc) { fprintf(stderr, "%s: error: option '%s' needs a value\n", prog_name, a); return -1; }
      const char *v = argv[++i];
      if (build_opt(o, a, v)) continue;
      if (!strcmp(a, "-o")) o->out = v;
      else if (!strcmp(a, "--function")) o->function = v;
      else { o->format = v; o->format_given = 1; }
    } else if (!strncmp(a, "-o", 2) && a[2]) {
      o->out = a + 2;
    } else if (!strncmp(a, "--format=", 9)) {
      o->format = a + 9;
      o->format_given = 1;
    } else if (!strncmp(a, "--function=", 11)) {
      o->function = a + 11;
    } else if (!strcmp(a, "--explain")) {
      o->explain = 1;
    } else if (!strcmp(a, "--no-batch")) {
      o->no_batch = 1;
    } else if (!strcmp(a, "--with") || !strncmp(a, "--with=", 7)) {
      const char *v = a[6] == '=' ? a + 7 : i + 1 < argc ? argv[++i] : NULL;
      if (!v || !*v) { fprintf(stderr, "%s: error: option '--with' needs a value\n", prog_name); return -1; }
      o->with = xrealloc(o->with, (size_t)(o->nwith + 1) * sizeof *o->with);
      o->with[o->nwith++] = v;
    } else if (!strcmp(a, "--target") || !strncmp(a, "--target=", 9)) {
      if (a[8] == '=') o->target = a + 9;
      else if (i + 1 < argc) o->target = argv[++i];
      else { fprintf(stderr, "%s: error: option '%s' needs a value\n", prog_name, a); return -1; }
    } else if (!cli_is_compiler_flag(a) && build_opt_attached(o, a)) {   /* -pthread is no -p */
      continue;
    } else if (a[0] == '-' && a[1]) {
      cli_unknown_option(o->cmd, argc - 1, argv + 1, i - 1);
      return -2;
    } else {
      o->ins = xrealloc(o->ins, (size_t)(o->nins + 1) * sizeof *o->ins);
      o->ins[o->nins++] = a;
      if (!o->in) o->in = a;
    }
  }
  if (o->nins > 1 && !o->out_dir) {
    fprintf(stderr, "%s: error: more than one input file ('%s' and '%s'); several files need --out-dir DIR\n",
            prog_name, o->ins[0], o->ins[1]);
    return -1;
  }
  return 0;
}

/* The default remark of emit when a delayed call stays serial or chained:
 * one line in clang's form, at the first such call, so that nothing serial is
 * silent (--explain says why, call by call). */
static void print_remark(Analysis *a) {
  PlanCounts pc;
  plan_counts(a, &pc);
  if (!pc.serial && !pc.chained && !pc.inline_in_loop && !pc.inline_exit && !pc.inline_read) return;
  fprintf(stderr, "%s:%u:%u: remark: %d delayed call%s: %d task%s", pc.path, pc.line, pc.col, pc.calls,
          pc.calls == 1 ? "" : "s", pc.tasks, pc.tasks == 1 ? "" : "s");
  if (pc.inline_calls)
    fprintf(stderr, ", %d inline%s", pc.inline_calls, pc.inline_in_loop ? " (in a loop)"
                                                     : pc.inline_exit ? " (right before a return)"
                                                     : pc.inline_read ? " (result read at once)" : "");
  if (pc.serial) fprintf(stderr, ", %d serial", pc.serial);
  if (pc.chained) fprintf(stderr, ", %d chained", pc.chained);
  /* through the compiler wrapper, --explain is an environment variable; in
   * CMake, delayc_parallelize's EXPLAIN */
  const char *cc = getenv("DELAYC_CC"), *via = getenv("DELAYC_VIA");
  fputs(cc && *cc ? " (DELAYC_CC_EXPLAIN=1 says why and what would fix it)\n"
        : via && !strcmp(via, "cmake") ? " (delayc_parallelize(... EXPLAIN) in CMake says why and what would fix it)\n"
        : " (run with --explain for why and what would fix it)\n", stderr);
}

static void print_explain(Analysis *a) {
  for (int i = a->nex_shown; i < a->nex; i++)
    fprintf(stderr, "%s:%u:%u: explain: %s\n", a->u->path, a->ex[i].line, a->ex[i].col, a->ex[i].msg);
  a->nex_shown = a->nex;
  for (int i = 0; i < a->nsub; i++) print_explain(a->sub[i]);   /* included .c files (unity.c) */
}

/* The combinations of emit's build-system options that make sense. */
static int check_build_opts(Opts *o) {
  const char *given = o->out_dir ? "--out-dir" : o->build_dir ? "-p" : o->depfile ? "--depfile" : o->root ? "--root" : NULL;
  if (!given) return 0;
  if (strcmp(o->cmd, "emit")) {
    fprintf(stderr, "%s: error: %s belongs to 'delayc emit'\n", prog_name, given);
    return -1;
  }
  const char *msg = NULL;
  if (o->out_dir && o->out) msg = "-o and --out-dir do not go together: --out-dir names each output";
  else if (o->out_dir && o->depfile) msg = "--depfile needs one input and -o, not --out-dir";
  else if (o->root && !o->out_dir) msg = "--root goes with --out-dir";
  else if (o->out_dir && !o->build_dir && o->nins == 0) msg = "no input file";
  else if (!o->out_dir && o->nins == 0) msg = "no input file";
  else if (!o->out_dir && !o->out) msg = "emit needs an output file: -o OUT.c (or --out-dir DIR)";
  if (msg) fprintf(stderr, "%s: error: %s\n", prog_name, msg);
  return msg ? -1 : 0;
}

static int run(Opts *o);

/* The parse arguments of a file: delayc's own -I, then flags, then extra. */
static const char **parse_args_of(char **flags, int nflags, const char **extra, int nextra, int *nargs) {
  const char **args = NULL;
  *nargs = 0;
  delayc_own_includes(&args, nargs);
  args = xrealloc(args, (size_t)(*nargs + nflags + nextra + 1) * sizeof *args);
  for (int i = 0; i < nflags; i++) args[(*nargs)++] = flags[i];
  for (int i = 0; i < nextra; i++) args[(*nargs)++] = extra[i];
  return args;
}

/* The other files of the program (program.c): --with FILE (parsed with the
 * command line's flags), and every job of a many-file emit; with -p, every C
 * file of the compile database. */
static int load_program(Opts *o, EmitJob *jobs, int njobs) {
  int nargs, bad = 0;
  for (int i = 0; i < o->nwith; i++) {
    const char **args = parse_args_of(NULL, 0, o->cflags, o->ncflags, &nargs);
    bad |= fx_program_add(o->with[i], nargs, args) != 0;   /* a summary that cannot be read: an error */
    free(args);
  }
  if (bad) return -1;
  EmitJob *all = NULL;
  int nall = 0, nbad = 0;
  if (o->build_dir) nall = emit_jobs(NULL, NULL, o->build_dir, NULL, 0, NULL, &all, &nbad);
  for (int pass = 0; pass < 2; pass++) {
    EmitJob *js = pass ? all : jobs;
    int n = pass ? nall : njobs;
    for (int i = 0; i < n; i++) {
      const char **args = parse_args_of(js[i].flags, js[i].nflags, o->cflags, o->ncflags, &nargs);
      fx_program_add(js[i].in, nargs, args);
      free(args);
    }
  }
  return o->nwith || njobs > 1 || nall ? fx_program_summarize() : 0;
}

/* emit --out-dir / -p: the one-file emit for each file in turn, in this
 * process (every cache a stage keeps is the unit's, disposed with it); the
 * files' effects are summarized first, for all of them (load_program). */
static int run_many(Opts *o) {
  EmitJob *jobs = NULL;
  int nbad = 0;
  int n = emit_jobs(o->out_dir, o->root, o->build_dir, o->ins, o->nins, o->out, &jobs, &nbad);
  if (n < 0) return EXIT_FAIL;
  int rc = nbad || (n == 0 && o->build_dir) ? EXIT_FAIL : EXIT_OK;
  if (load_program(o, jobs, n) != 0) rc = EXIT_FAIL;
  o->nwith = 0;                 /* the children know the program already */
  for (int i = 0; i < n; i++) {
    EmitJob *j = &jobs[i];
    if (o->out_dir && mkdir_parents(j->out) != 0) { rc = EXIT_FAIL; continue; }
    Opts c = *o;
    c.in = j->in;
    c.out = j->out;
    c.ins = (const char **)&j->in;
    c.nins = 1;
    c.out_dir = c.root = c.build_dir = NULL;
    c.ncflags = j->nflags + o->ncflags;
    c.cflags = xcalloc((size_t)c.ncflags + 1, sizeof *c.cflags);
    for (int k = 0; k < j->nflags; k++) c.cflags[k] = j->flags[k];
    for (int k = 0; k < o->ncflags; k++) c.cflags[j->nflags + k] = o->cflags[k];
    if (run(&c) != EXIT_OK) rc = EXIT_FAIL;
    free(c.cflags);
  }
  return rc;
}

static int run(Opts *o) {
  int is_emit = !strcmp(o->cmd, "emit"), is_plan = !strcmp(o->cmd, "plan");
  if (!o->in) return usage(o->cmd, "no input file");
  if (is_emit && !o->out) return usage(o->cmd, "emit needs an output file: -o OUT.c (or -o - for standard output)");
  if (is_plan && !o->format_given) o->format = "text";
  if (is_plan && strcmp(o->format, "text") && strcmp(o->format, "json"))
    return usage(o->cmd, "--format must be text or json");
  if (!is_emit && !is_plan && strcmp(o->format, "dot") && strcmp(o->format, "json"))
    return usage(o->cmd, "--format must be dot or json");
  if (is_emit && o->function) return usage(o->cmd, "--function belongs to 'delayc graph' and 'delayc plan'");
  if (is_emit && o->format_given) return usage(o->cmd, "--format belongs to 'delayc graph' and 'delayc plan'");
  if (!is_emit && o->explain) return usage(o->cmd, "--explain belongs to 'delayc emit'");
  if (!is_emit && o->target) return usage(o->cmd, "--target belongs to 'delayc emit'");
  const Target *target = target_find(o->target ? o->target : "openmp");
  if (!target) {
    const char *names[16];
    int nn = 0;
    for (int i = 0; target_at(i) && nn < 16; i++) names[nn++] = target_at(i)->name;
    const char *near = nearest_name(o->target, names, nn);
    fprintf(stderr, "%s: error: unknown target '%s'", prog_name, o->target);
    if (near) fprintf(stderr, "; did you mean '%s'?", near);
    fputs(" (known: ", stderr);
    for (int i = 0; i < nn; i++) fprintf(stderr, "%s%s", i ? ", " : "", names[i]);
    fputs(")\n", stderr);
    return EXIT_USAGE;
  }
  char *data;
  size_t len;
  if (read_c_source(o->in, &data, &len) != 0) return EXIT_FAIL;
  if (o->out && strcmp(o->out, "-") && same_file(o->in, o->out)) {
    error("output '%s' is the input file; delayc never overwrites its input", o->out);
    return EXIT_FAIL;
  }
  int nargs;
  const char **args = parse_args_of(NULL, 0, o->cflags, o->ncflags, &nargs);
  if (o->nwith && load_program(o, NULL, 0) != 0) return EXIT_FAIL;
  Unit u;
  if (fe_parse(&u, o->in, nargs, args, NULL, 0) != 0) return EXIT_FAIL;
  if (fe_check_annotations(&u) != 0) return EXIT_FAIL;
  Analysis a;
  an_run(&a, &u);
  int rc = EXIT_OK;
  if (is_emit) {
    size_t n;
    char *text;
    lint_for_emit(&u);                     /* a written DELAYED_IN, delayed(f(x)): warnings */
    a.no_batch = o->no_batch;
    if (target->adapt) target->adapt(&a);   /* what this target cannot make a task, and its batches */
    if (o->explain) print_explain(&a);   /* the plan's: finished before any lowering */
    else print_remark(&a);               /* by default, a summary line */
    PlanCounts pc;
    if (o->explain && (plan_counts(&a, &pc), !pc.calls))   /* (asked why: nothing here is delayed) */
      fprintf(stderr, "%s: explain: no delayed call in this file: the output is the program as it is (delayc "
              "suggest lists what could be DELAYED)\n", u.path);
    /* nothing to transform: the input as it is; but a DELAYED function
     * defined here is checked as it runs, whoever spawns it (blind 72b: a
     * count too small, written past in paint.c, unchecked) */
    if (!an_has_tasks(&a) && target->tasks_only && !an_defines_delayed(&a)) {
      text = xstrndup(u.src, u.len);
      n = u.len;
    } else {
      text = target->lower(&a, &n);   /* lower/targets.c */
      if (o->explain) print_explain(&a);   /* what the lowering found (a task run in place) */
    }
    if (!text || write_atomic(o->out, text, n) != 0) rc = EXIT_FAIL;
    else if (o->depfile && depfile_write(&u, o->depfile, o->out) != 0) rc = EXIT_FAIL;
    free(text);
  } else {
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (!f) { error("out of memory"); return EXIT_FAIL; }
    if ((is_plan ? plan_write : graph_write)(&a, f, o->format, o->function) != 0) rc = EXIT_FAIL;
    fclose(f);
    if (rc == EXIT_OK && write_atomic(o->out ? o->out : "-", text, n) != 0) rc = EXIT_FAIL;
    free(text);
  }
  an_dispose(&a);
  fe_dispose(&u);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 2) return usage(NULL, "no subcommand");
  const char *c = argv[1];
  if (!strcmp(c, "--version") || !strcmp(c, "version")) {
    printf("delayc %s (libclang %s)\n", DELAYC_VERSION, clang_getCString(clang_getClangVersion()));
    return EXIT_OK;
  }
  if (!strcmp(c, "--help") || !strcmp(c, "-h") || !strcmp(c, "help")) {
    cli_print_overview(stdout);   /* usage.c */
    return EXIT_OK;
  }
  if (!strcmp(c, "lint")) return lint_main(argc - 1, argv + 1);
  if (!strcmp(c, "suggest")) return suggest_main(argc - 1, argv + 1);
  if (!strcmp(c, "report")) return report_main(argc - 1, argv + 1);   /* report.c */
  if (!strcmp(c, "summarize")) return summarize_main(argc - 1, argv + 1);   /* summarize.c */
  if (strcmp(c, "emit") && strcmp(c, "graph") && strcmp(c, "plan")) return cli_unknown_subcommand(c);
  for (int i = 2; i < argc && strcmp(argv[i], "--"); i++)
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      fputs(!strcmp(c, "emit") ? emit_help : !strcmp(c, "plan") ? plan_help : graph_help, stdout);
      return EXIT_OK;
    }
  Opts o;
  int bad = parse_args(argc, argv, &o);
  if (bad == -2) return EXIT_USAGE;
  if (bad != 0 || check_build_opts(&o) != 0) return cli_usage_error(c);
  return o.out_dir || o.build_dir ? run_many(&o) : run(&o);
}
