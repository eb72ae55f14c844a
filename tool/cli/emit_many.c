/* emit_many.c — the jobs of the many-file forms of `delayc emit`:
 *
 *   delayc emit --out-dir DIR [--root R] FILE... [-- flags]
 *   delayc emit --out-dir DIR [--root R] -p BUILD_DIR [FILE...] [-- flags]
 *   delayc emit -p BUILD_DIR FILE -o OUT [-- flags]
 *
 * Each FILE is written to DIR/<its path relative to R> (R: the working
 * directory), so DIR mirrors the source tree.  With -p the parse flags of each
 * file (-I, -D, -std=, ... see ccflags.c) come from BUILD_DIR's
 * compile_commands.json, read with libclang's CXCompilationDatabase, relative
 * paths resolved against the entry's directory; with -p and no FILE, every C
 * file of the database is emitted.  main.c runs the jobs. */
#define _GNU_SOURCE
#include "delayc.h"
#include "cli/buildsys.h"

#include <clang-c/CXCompilationDatabase.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* path made absolute against dir (NULL: the working directory), lexically */
static char *abs_in(const char *dir, const char *path) {
  if (path[0] == '/') return xstrdup(path);
  char cwd[PATH_MAX];
  if (!dir) dir = getcwd(cwd, sizeof cwd) ? cwd : ".";
  while (path[0] == '.' && path[1] == '/') path += 2;
  return fmt("%s/%s", dir, path);
}

/* the canonical path of an existing file, else its absolute spelling */
static char *canon(const char *path) {
  char *r = realpath(path, NULL);
  return r ? r : abs_in(NULL, path);
}

/* path relative to the directory dir (both canonical), or NULL if outside */
static const char *under(const char *path, const char *dir) {
  size_t n = strlen(dir);
  if (n == 1 && dir[0] == '/') return path + 1;
  if (strncmp(path, dir, n) || path[n] != '/') return NULL;
  return path + n + 1;
}

int mkdir_parents(const char *path) {
  char *p = xstrdup(path);
  for (char *s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
    *s = 0;
    if (mkdir(p, 0777) != 0 && errno != EEXIST) {
      error("cannot create directory '%s': %s", p, strerror(errno));
      free(p);
      return -1;
    }
    *s = '/';
  }
  free(p);
  return 0;
}

static void push(char ***v, int *n, char *s) {
  *v = xrealloc(*v, (size_t)(*n + 1) * sizeof **v);
  (*v)[(*n)++] = s;
}

/* The parse flags of one compile command (its arguments after the compiler),
 * paths made absolute against its directory. */
static void command_flags(CXCompileCommand cmd, EmitJob *job) {
  CXString ds = clang_CompileCommand_getDirectory(cmd);
  char *dir = xstrdup(clang_getCString(ds));
  clang_disposeString(ds);
  unsigned n = clang_CompileCommand_getNumArgs(cmd);
  char **argv = xcalloc(n + 1, sizeof *argv);
  for (unsigned i = 0; i < n; i++) {
    CXString s = clang_CompileCommand_getArg(cmd, i);
    argv[i] = xstrdup(clang_getCString(s));
    clang_disposeString(s);
  }
  for (int i = 1; i < (int)n;) {
    CcArg a = cc_arg((int)n, argv, i);
    if (a.kind == CC_PARSE) {
      if (a.path && a.value && a.value[0] != '/') {
        char *v = abs_in(dir, a.value);
        if (a.n == 2) { push(&job->flags, &job->nflags, xstrdup(argv[i])); push(&job->flags, &job->nflags, v); }
        else if (!strncmp(argv[i], "--sysroot=", 10)) { push(&job->flags, &job->nflags, fmt("--sysroot=%s", v)); free(v); }
        else { push(&job->flags, &job->nflags, fmt("%s%s", a.name, v)); free(v); }
      } else {
        for (int k = 0; k < a.n; k++) push(&job->flags, &job->nflags, xstrdup(argv[i + k]));
      }
    }
    i += a.n;
  }
  for (unsigned i = 0; i < n; i++) free(argv[i]);
  free(argv);
  free(dir);
}

/* The source file a command compiles, made absolute against its directory. */
static char *command_file(CXCompileCommand cmd) {
  CXString ds = clang_CompileCommand_getDirectory(cmd);
  CXString fs = clang_CompileCommand_getFilename(cmd);
  char *r = abs_in(clang_getCString(ds), clang_getCString(fs));
  clang_disposeString(ds);
  clang_disposeString(fs);
  return r;
}

/* How a job names its input: relative to the working directory when it is
 * below it (that is what #line and diagnostics then show), else absolute. */
static char *display_path(const char *abs) {
  char cwd[PATH_MAX];
  if (getcwd(cwd, sizeof cwd)) {
    char *c = canon(cwd);
    const char *rel = under(abs, c);
    char *r = rel ? xstrdup(rel) : NULL;
    free(c);
    if (r) return r;
  }
  return xstrdup(abs);
}

typedef struct Ctx {
  const char *out_dir, *out;
  char *root;              /* canonical */
  EmitJob *jobs;
  int n, bad;
} Ctx;

/* Adds the job for one input (in: as to be shown; abs: absolute). */
static void add_job(Ctx *c, char *in, const char *abs, EmitJob proto) {
  EmitJob j = proto;
  j.in = in;
  if (c->out_dir) {
    char *real = canon(abs);
    const char *rel = under(real, c->root);
    if (!rel) {
      error("'%s' is outside '%s', the tree --out-dir mirrors (choose another with --root DIR)", in, c->root);
      c->bad++;
      free(real);
      return;
    }
    size_t nd = strlen(c->out_dir);
    while (nd > 1 && c->out_dir[nd - 1] == '/') nd--;
    j.out = fmt("%.*s/%s", (int)nd, c->out_dir, rel);
    free(real);
  } else {
    j.out = c->out ? xstrdup(c->out) : NULL;   /* NULL: `delayc lint -p` writes no file */
  }
  for (int i = 0; i < c->n; i++)
    if (j.out ? !strcmp(c->jobs[i].out, j.out) : !strcmp(c->jobs[i].in, j.in)) {  /* the same file twice: once is enough */
      free(j.out);
      return;
    }
  c->jobs = xrealloc(c->jobs, (size_t)(c->n + 1) * sizeof *c->jobs);
  c->jobs[c->n++] = j;
}

int emit_jobs(const char *out_dir, const char *root, const char *build_dir,
              const char *const *files, int nfiles, const char *out,
              EmitJob **jobs, int *nbad) {
  Ctx c = {out_dir, out, canon(root ? root : "."), NULL, 0, 0};
  struct stat st;
  if (out_dir && (stat(c.root, &st) != 0 || !S_ISDIR(st.st_mode))) {
    error("--root '%s' is not a directory", root ? root : ".");
    free(c.root);
    return -1;
  }
  CXCompilationDatabase db = NULL;
  if (build_dir) {
    CXCompilationDatabase_Error err = CXCompilationDatabase_CanNotLoadDatabase;
    char *json = fmt("%s/compile_commands.json", build_dir);
    if (stat(json, &st) == 0)               /* else libclang prints its own complaint */
      db = clang_CompilationDatabase_fromDirectory(build_dir, &err);
    free(json);
    if (err != CXCompilationDatabase_NoError || !db) {
      error("cannot read '%s/compile_commands.json' (configure the project with "
            "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or use bear/compiledb for make)", build_dir);
      free(c.root);
      return -1;
    }
  }
  if (db && nfiles == 0) {                  /* every C file of the database */
    CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned n = clang_CompileCommands_getSize(all);
    for (unsigned i = 0; i < n; i++) {
      CXCompileCommand cmd = clang_CompileCommands_getCommand(all, i);
      char *abs = command_file(cmd);
      if (strcmp(cc_ext(abs), "c")) { free(abs); continue; }
      EmitJob j = {0};
      command_flags(cmd, &j);
      add_job(&c, display_path(abs), abs, j);
      free(abs);
    }
    clang_CompileCommands_dispose(all);
    if (c.n == 0 && c.bad == 0) error("'%s/compile_commands.json' compiles no C file", build_dir);
  }
  for (int f = 0; f < nfiles; f++) {
    char *abs = canon(files[f]);
    EmitJob j = {0};
    if (db) {
      CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, abs);
      if (!cmds || clang_CompileCommands_getSize(cmds) == 0) {
        error("'%s' is not in '%s/compile_commands.json'", files[f], build_dir);
        c.bad++;
        if (cmds) clang_CompileCommands_dispose(cmds);
        free(abs);
        continue;
      }
      command_flags(clang_CompileCommands_getCommand(cmds, 0), &j);
      clang_CompileCommands_dispose(cmds);
    }
    add_job(&c, xstrdup(files[f]), abs, j);
    free(abs);
  }
  if (db) clang_CompilationDatabase_dispose(db);
  free(c.root);
  *jobs = c.jobs;
  *nbad = c.bad;
  return c.n;
}

/* ---- the jobs as one program (lint and suggest of several files) ---- */

const char **job_parse_args(const EmitJob *job, const char *const *cflags, int ncflags, int *nargs) {
  const char **args = NULL;
  *nargs = 0;
  delayc_own_includes(&args, nargs);
  for (int i = 0; i < job->nflags + ncflags; i++) {
    args = xrealloc(args, (size_t)(*nargs + 1) * sizeof *args);
    args[(*nargs)++] = i < job->nflags ? job->flags[i] : cflags[i - job->nflags];
  }
  return args;
}

void jobs_as_program(const EmitJob *jobs, int njobs, const char *const *cflags, int ncflags) {
  if (njobs < 2) return;
  for (int j = 0; j < njobs; j++) {
    int nargs;
    const char **args = job_parse_args(&jobs[j], cflags, ncflags, &nargs);
    fx_program_add(jobs[j].in, nargs, args);
    free(args);
  }
  fx_program_summarize();
}
