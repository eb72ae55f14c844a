/* delayc_cc.c — delayc-cc, the compiler wrapper: put it in front of the real
 * compiler the way ccache is (`make CC="delayc-cc gcc"`) and every C source the
 * command compiles is first run through `delayc emit`.
 *
 *   delayc-cc COMPILER ARGS...      (COMPILER left out: $DELAYC_CC_COMPILER or cc)
 *
 * For each C input (a .c file, or any file under `-x c`) the wrapper writes the
 * parallel version (emit given, as --with, the command's other C inputs and
 * the files beside the input that define functions it calls: siblings.c)
 * to a file of the same name in a fresh temporary directory,
 * then runs the real compiler with the original arguments, each C input replaced
 * by its parallel version, and `-iquote DIR-OF-THE-ORIGINAL` first (so
 * `#include "x.h"` resolves as before), `-fopenmp` and delayc's include
 * directory last.  A command that links also gets `-fopenmp` and libdelayc.a.
 * A file with nothing to transform is compiled as it is.  Commands that only
 * preprocess (-E, -M, -MM) or check syntax are passed through.
 *
 * Like ccache, switching the wrapper on or off changes nothing else: every
 * command it runs — parallel, serial (DELAYC_CC_DISABLE=1), a fallback, a
 * pass-through — gets delayc's include directory last, so annotated code
 * finds delayed.h whatever the mode, and finds the same one.
 *
 * Dependency files (-MD, -MMD, -MF) name the original sources, not the
 * temporary files.  A delayc error prints delayc's diagnostic and fails the
 * command; with DELAYC_CC_FALLBACK=1 the original source is compiled serially
 * instead, with a warning.  See docs/integration/make.md for the environment
 * variables (DELAYC, DELAYC_INCLUDE, DELAYC_RUNTIME, DELAYC_CC_DISABLE,
 * DELAYC_CC_KEEP, DELAYC_CC_EXPLAIN: emit --explain for each file).  delayc
 * runs with DELAYC_CC=1 in its environment, so its remarks name the wrapper's
 * way to --explain. */
#define _GNU_SOURCE
#include "cli/buildsys.h"
#include "cc/siblings.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef DELAYC_VERSION
#define DELAYC_VERSION "0.1.0"
#endif
#ifndef DELAYC_CC_BUILD_INCLUDE_DIRS    /* the source tree's, for a build-tree delayc-cc */
#define DELAYC_CC_BUILD_INCLUDE_DIRS ""
#endif
#ifndef DELAYC_CC_BUILD_RUNTIME          /* the build tree's libdelayc.a */
#define DELAYC_CC_BUILD_RUNTIME ""
#endif
#ifndef DELAYC_CC_LIBDIR                 /* the install's lib directory, relative to its prefix */
#define DELAYC_CC_LIBDIR "lib"
#endif

static const char me[] = "delayc-cc";

static const char help_text[] =
    "usage: delayc-cc [COMPILER] COMPILER-ARGS...\n"
    "\n"
    "Compiles C sources the way COMPILER (default: $DELAYC_CC_COMPILER, else cc)\n"
    "would, after rewriting each one with `delayc emit` into its parallel OpenMP\n"
    "form; links delayc's runtime when the command links.  Use it like ccache:\n"
    "\n"
    "  make CC=\"delayc-cc gcc\"\n"
    "  CC=\"delayc-cc clang\" ./configure\n"
    "\n"
    "Environment:\n"
    "  DELAYC_CC_FALLBACK=1  when delayc fails on a file, compile it serially\n"
    "                        (with a warning) instead of failing\n"
    "  DELAYC_CC_DISABLE=1   run COMPILER unchanged (a serial build)\n"
    "  DELAYC_CC_KEEP=1      keep the generated files and say where they are\n"
    "  DELAYC_CC_SIBLINGS=0  do not give delayc the .c files beside each source\n"
    "  DELAYC, DELAYC_INCLUDE, DELAYC_RUNTIME\n"
    "                        the delayc binary, delayc's include directory and\n"
    "                        libdelayc.a (default: found beside delayc-cc)\n"
    "\n"
    "See man delayc-cc and docs/integration/make.md.\n";

/* ---- small helpers ---- */

static void oom(void) {
  fprintf(stderr, "%s: error: out of memory\n", me);
  exit(1);
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) oom();
  return p;
}

static char *xstrdup(const char *s) {
  char *p = strdup(s);
  if (!p) oom();
  return p;
}

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s;
  if (vasprintf(&s, f, ap) < 0) oom();
  va_end(ap);
  return s;
}

static void say(const char *kind, const char *f, ...) __attribute__((format(printf, 2, 3)));
static void say(const char *kind, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  fprintf(stderr, "%s: %s: ", me, kind);
  vfprintf(stderr, f, ap);
  fputc('\n', stderr);
  va_end(ap);
}

typedef struct Vec { char **v; int n; } Vec;

static void push(Vec *v, const char *s) {
  v->v = xrealloc(v->v, (size_t)(v->n + 2) * sizeof *v->v);
  v->v[v->n++] = (char *)s;
  v->v[v->n] = NULL;
}

static int is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int env_on(const char *name) {
  const char *v = getenv(name);
  return v && *v && strcmp(v, "0");
}

/* Runs argv, waits, returns its exit status (128+N when killed by signal N). */
static int run(char **argv) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) { say("error", "cannot start '%s': %s", argv[0], strerror(errno)); return 1; }
  if (pid == 0) {
    execvp(argv[0], argv);
    say("error", "cannot run '%s': %s", argv[0], strerror(errno));
    _exit(127);
  }
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) return 1;
  if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
  return WEXITSTATUS(st);
}

static void rm_tree(const char *dir, const char *file) {
  if (file) unlink(file);
  rmdir(dir);
}

/* ---- where delayc's pieces are ---- */

static char self_dir[PATH_MAX];

static void find_self(void) {
  ssize_t n = readlink("/proc/self/exe", self_dir, sizeof self_dir - 1);
  if (n <= 0) { self_dir[0] = 0; return; }
  self_dir[n] = 0;
  char *slash = strrchr(self_dir, '/');
  if (slash) *slash = 0;
}

/* the delayc binary: $DELAYC, else beside delayc-cc, else on PATH */
static const char *delayc_exe(void) {
  const char *e = getenv("DELAYC");
  if (e && *e) return e;
  char *p = fmt("%s/delayc", self_dir);
  if (self_dir[0] && access(p, X_OK) == 0) return p;
  free(p);
  return "delayc";
}

/* -I flags for delayed.h and delayc_rt.h */
static void include_flags(Vec *out) {
  const char *e = getenv("DELAYC_INCLUDE");
  char *dirs;
  if (e && *e) dirs = xstrdup(e);
  else {
    char *inst = fmt("%s/../include", self_dir);
    char *hdr = fmt("%s/delayc_rt.h", inst);
    dirs = is_file(hdr) ? inst : xstrdup(DELAYC_CC_BUILD_INCLUDE_DIRS);
    free(hdr);
  }
  for (char *d = strtok(dirs, ":"); d; d = strtok(NULL, ":")) push(out, fmt("-I%s", d));
}

/* libdelayc.a */
static const char *runtime_lib(void) {
  const char *e = getenv("DELAYC_RUNTIME");
  if (e && *e) return e;
  char *inst = fmt("%s/../%s/libdelayc.a", self_dir, DELAYC_CC_LIBDIR);
  if (is_file(inst)) return inst;
  if (*DELAYC_CC_BUILD_RUNTIME) return DELAYC_CC_BUILD_RUNTIME;
  return NULL;
}

/* ---- the command ---- */

typedef struct Src {
  int argi;        /* its index in the compiler's arguments */
  char *orig;      /* as written */
  char *tmpdir;    /* NULL: compiled as it is */
  char *gen;       /* the parallel version */
  char *obj;       /* compiled alone before a link: its temporary object */
  char **sib;      /* the files beside it that define functions it calls (emit --with; siblings.c) */
  int nsib;
} Src;

typedef struct Cmd {
  char **arg; int narg;    /* the compiler's arguments (after its name) */
  int compile_only;        /* -c or -S */
  int no_compile;          /* -E, -M, -MM without -MD, -fsyntax-only */
  int deps;                /* -MD or -MMD */
  const char *mf, *out;    /* -MF and -o values */
  int ninputs;
  Src *src; int nsrc;      /* the C inputs */
} Cmd;

static void scan(Cmd *c) {
  const char *lang = NULL;   /* -x LANG in force, NULL for none */
  int m_only = 0;
  for (int i = 0; i < c->narg;) {
    CcArg a = cc_arg(c->narg, c->arg, i);
    const char *s = c->arg[i];
    if (a.kind == CC_INPUT) {
      c->ninputs++;
      int is_c = lang ? !strcmp(lang, "c") : !strcmp(cc_ext(s), "c");
      if (is_c && strcmp(s, "-")) {
        c->src = xrealloc(c->src, (size_t)(c->nsrc + 1) * sizeof *c->src);
        c->src[c->nsrc++] = (Src){i, c->arg[i], NULL, NULL, NULL, NULL, 0};
      }
    } else if (a.name && !strcmp(a.name, "-x")) {
      lang = a.value && strcmp(a.value, "none") ? a.value : NULL;
    } else if (a.name && !strcmp(a.name, "-o")) {
      c->out = a.value;
    } else if (a.name && !strcmp(a.name, "-MF")) {
      c->mf = a.value;
    } else if (!strcmp(s, "-c") || !strcmp(s, "-S")) {
      c->compile_only = 1;
    } else if (!strcmp(s, "-E") || !strcmp(s, "-fsyntax-only")) {
      c->no_compile = 1;
    } else if (!strcmp(s, "-M") || !strcmp(s, "-MM")) {
      m_only = 1;
    } else if (!strcmp(s, "-MD") || !strcmp(s, "-MMD")) {
      c->deps = 1;
    }
    i += a.n;
  }
  if (m_only) c->no_compile = 1;
}

/* The temporary directory root: $TMPDIR unless its name needs quoting in a
 * Makefile (dependency files are rewritten by plain substitution). */
static const char *tmp_root(void) {
  const char *t = getenv("TMPDIR");
  if (t && *t && !strpbrk(t, " \t#$:\\")) return t;
  return "/tmp";
}

/* Interrupted (make stopped by ^C): remove the temporary files, then die of
 * the same signal.  Only async-signal-safe calls. */
static Cmd *live;

static void on_signal(int sig) {
  if (live)
    for (int k = 0; k < live->nsrc; k++) {
      Src *s = &live->src[k];
      if (s->obj) unlink(s->obj);
      if (s->gen) unlink(s->gen);
      if (s->tmpdir) rmdir(s->tmpdir);
    }
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Runs delayc on one source.  0: s->gen is the parallel version (or s->tmpdir
 * is NULL: compile the original); -1: delayc failed (diagnostics printed). */
static int emit(Cmd *c, Src *s) {
  char *dir = fmt("%s/delayc-cc.XXXXXX", tmp_root());
  if (!mkdtemp(dir)) {
    say("error", "cannot create a temporary directory in %s: %s", tmp_root(), strerror(errno));
    free(dir);
    return -1;
  }
  const char *slash = strrchr(s->orig, '/');
  char *gen = fmt("%s/%s", dir, slash ? slash + 1 : s->orig);
  s->tmpdir = dir;                       /* known to on_signal from here on */
  s->gen = gen;
  Vec v = {0};
  push(&v, delayc_exe());
  push(&v, "emit");
  push(&v, s->orig);
  push(&v, "-o");
  push(&v, gen);
  const char *ex = getenv("DELAYC_CC_EXPLAIN");
  if (ex && *ex && strcmp(ex, "0")) push(&v, "--explain");   /* why each call is what it is */
  for (int k = 0; k < c->nsrc; k++)      /* the program's other files on this command */
    if (&c->src[k] != s) { push(&v, "--with"); push(&v, c->src[k].orig); }
  if (!(getenv("DELAYC_CC_SIBLINGS") && !env_on("DELAYC_CC_SIBLINGS"))) {   /* ... and beside it (siblings.c) */
    const char **given = xrealloc(NULL, (size_t)(c->nsrc + 1) * sizeof *given);
    for (int k = 0; k < c->nsrc; k++) given[k] = c->src[k].orig;
    const char **idirs = xrealloc(NULL, (size_t)(c->narg + 1) * sizeof *idirs);
    int nidirs = 0;
    for (int i = 0; i < c->narg;) {      /* -Idir, -I dir: where the program's headers are */
      CcArg a = cc_arg(c->narg, c->arg, i);
      if (a.name && !strcmp(a.name, "-I"))
        if (a.value) idirs[nidirs++] = a.value;
      i += a.n;
    }
    s->nsib = cc_siblings(s->orig, given, c->nsrc, idirs, nidirs, &s->sib);
    free(idirs);
    free(given);
    for (int k = 0; k < s->nsib; k++) { push(&v, "--with"); push(&v, s->sib[k]); }
  }
  push(&v, "--");
  for (int i = 0; i < c->narg;) {        /* the flags that shape the parse */
    CcArg a = cc_arg(c->narg, c->arg, i);
    if (a.kind == CC_PARSE)
      for (int k = 0; k < a.n; k++) push(&v, c->arg[i + k]);
    i += a.n;
  }
  int rc = run(v.v);
  free(v.v);
  int same = 0;
  if (rc == 0) {
    size_t n1 = 0, n2 = 0;
    char *a = cc_read_file(s->orig, &n1), *b = cc_read_file(gen, &n2);
    same = a && b && n1 == n2 && !memcmp(a, b, n1);
    free(a);
    free(b);
  }
  if (rc != 0 || same) {                 /* failed, or nothing to transform */
    s->gen = NULL;
    s->tmpdir = NULL;
    rm_tree(dir, gen);
    free(gen);
    free(dir);
  }
  return rc == 0 ? 0 : -1;
}

/* A path as a dependency file spells it. */
static char *make_escape(const char *p) {
  char *r = xrealloc(NULL, strlen(p) * 2 + 1), *q = r;
  for (; *p; p++) {
    if (*p == ' ' || *p == '\t' || *p == '#') *q++ = '\\';
    if (*p == '$') *q++ = '$';
    *q++ = *p;
  }
  *q = 0;
  return r;
}

/* In the dependency file path, every temporary source becomes its original,
 * and the files emit was given beside it (siblings.c) are prerequisites too. */
static void fix_depfile(Cmd *c, const char *path) {
  size_t len;
  char *text = cc_read_file(path, &len);
  if (!text) return;
  int changed = 0;
  char *colon = strstr(text, ": ");      /* the first rule's target */
  if (!colon) colon = strchr(text, ':');
  for (int k = 0; k < c->nsrc && colon; k++) {
    Src *s = &c->src[k];
    for (int j = 0; j < s->nsib; j++) {
      char *dep = make_escape(s->sib[j]);
      char *t = fmt("%s\n%.*s: %s\n", text, (int)(colon - text), text, dep);
      free(dep);
      free(text);
      text = t;
      len = strlen(text);
      colon = strstr(text, ": ");
      if (!colon) colon = strchr(text, ':');
      changed = 1;
    }
  }
  for (int k = 0; k < c->nsrc; k++) {
    Src *s = &c->src[k];
    if (!s->gen) continue;
    size_t gl = strlen(s->gen);
    if (!strstr(text, s->gen)) continue;
    char *orig = make_escape(s->orig);
    size_t ol = strlen(orig), cap = len + 1;
    char *out = xrealloc(NULL, cap), *o = out;
    for (char *p = text; *p;) {
      char *hit = strstr(p, s->gen);
      size_t pre = hit ? (size_t)(hit - p) : strlen(p);
      size_t need = (size_t)(o - out) + pre + ol + 1;
      if (need > cap) {
        size_t off = (size_t)(o - out);
        cap = need * 2;
        out = xrealloc(out, cap);
        o = out + off;
      }
      memcpy(o, p, pre);
      o += pre;
      if (!hit) break;
      memcpy(o, orig, ol);
      o += ol;
      p = hit + gl;
    }
    *o = 0;
    free(text);
    free(orig);
    text = out;
    len = (size_t)(o - out);
    changed = 1;
  }
  if (!changed) { free(text); return; }
  char *tmp = fmt("%s.delayc-cc-tmp", path);
  FILE *f = fopen(tmp, "wb");
  if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0 || rename(tmp, path) != 0) {
    say("warning", "cannot rewrite the dependency file '%s': %s", path, strerror(errno));
    unlink(tmp);
  }
  free(tmp);
  free(text);
}

/* gcc and clang name the -MD file after -o, else after each input. */
static void fix_depfiles(Cmd *c) {
  if (c->mf) { fix_depfile(c, c->mf); return; }
  if (!c->deps) return;
  if (c->out) {
    const char *slash = strrchr(c->out, '/');
    const char *dot = strrchr(slash ? slash + 1 : c->out, '.');
    char *d = dot ? fmt("%.*s.d", (int)(dot - c->out), c->out) : fmt("%s.d", c->out);
    fix_depfile(c, d);
    free(d);
  }
  for (int k = 0; k < c->nsrc; k++) {
    const char *slash = strrchr(c->src[k].orig, '/');
    const char *base = slash ? slash + 1 : c->src[k].orig;
    const char *dot = strrchr(base, '.');
    char *d = dot ? fmt("%.*s.d", (int)(dot - base), base) : fmt("%s.d", base);
    fix_depfile(c, d);
    free(d);
  }
}

/* The directory of a source as written ("." for none). */
static char *src_dir(const Src *s) {
  const char *slash = strrchr(s->orig, '/');
  if (!slash) return xstrdup(".");
  return fmt("%.*s", (int)(slash == s->orig ? 1 : slash - s->orig), s->orig);
}

static int is_dep_option(const char *s, CcArg a) {
  return !strcmp(s, "-MD") || !strcmp(s, "-MMD") || !strcmp(s, "-MP") ||
         (a.name && (!strcmp(a.name, "-MF") || !strcmp(a.name, "-MT") || !strcmp(a.name, "-MQ")));
}

/* The parallel source is C99 (a declaration in a for loop, _Pragma, compound
 * literals): a command asking for C89 (-ansi, -std=c89, gnu90 ...) compiles
 * it as gnu99, the last -std given winning.  delayed.h itself is C89. */
static void c99_for_generated(Vec *v, Cmd *c) {
  static const char *const c89[] = {"c89", "c90", "gnu89", "gnu90", "iso9899:1990", "iso9899:199409", NULL};
  int old = 0;
  for (int i = 0; i < c->narg; i++) {
    const char *a = c->arg[i], *std = !strncmp(a, "-std=", 5) ? a + 5 : !strncmp(a, "--std=", 6) ? a + 6 : NULL;
    if (!strcmp(a, "-ansi")) old = 1;
    if (std) {
      old = 0;
      for (int k = 0; c89[k]; k++) old |= !strcmp(std, c89[k]);
    }
  }
  if (old) push(v, "-std=gnu99");
}

/* The whole command, each C input replaced by its parallel version, with
 * -iquote for every such source's directory: right when they share one. */
static int compile_together(Cmd *c, const char *compiler, int links, int transformed) {
  Vec v = {0};
  push(&v, compiler);
  for (int k = 0; k < c->nsrc; k++) {
    if (!c->src[k].gen) continue;
    push(&v, "-iquote");
    push(&v, src_dir(&c->src[k]));
  }
  int next = 0;
  for (int i = 0; i < c->narg; i++) {
    if (next < c->nsrc && c->src[next].argi == i) {
      push(&v, c->src[next].gen ? c->src[next].gen : c->arg[i]);
      next++;
    } else {
      push(&v, c->arg[i]);
    }
  }
  if (transformed || links) push(&v, "-fopenmp");
  if (transformed) c99_for_generated(&v, c);
  include_flags(&v);                     /* in every mode: delayed.h for the originals too */
  if (links) {
    const char *lib = runtime_lib();
    if (lib) push(&v, lib);
    else say("warning", "libdelayc.a not found: set DELAYC_RUNTIME to its path");
  }
  int rc = run(v.v);
  free(v.v);
  return rc;
}

/* Parallel sources from several directories: each is compiled alone, with its
 * own -iquote (to a temporary object when the command links), then the rest
 * of the command runs with those objects in their place. */
static int compile_apart(Cmd *c, const char *compiler, int links) {
  for (int k = 0; k < c->nsrc; k++) {
    Src *s = &c->src[k];
    if (!s->gen) continue;
    Vec v = {0};
    push(&v, compiler);
    push(&v, "-iquote");
    push(&v, src_dir(s));
    for (int i = 0; i < c->narg;) {
      CcArg a = cc_arg(c->narg, c->arg, i);
      int drop = a.kind == CC_INPUT || (links && ((a.name && !strcmp(a.name, "-o")) || is_dep_option(c->arg[i], a)));
      if (!drop)
        for (int j = 0; j < a.n; j++) push(&v, c->arg[i + j]);
      i += a.n;
    }
    if (links) {
      s->obj = fmt("%s.o", s->gen);
      push(&v, "-c");
      push(&v, "-o");
      push(&v, s->obj);
    }
    push(&v, "-x");
    push(&v, "c");
    push(&v, s->gen);
    push(&v, "-fopenmp");
    c99_for_generated(&v, c);
    include_flags(&v);
    int rc = run(v.v);
    free(v.v);
    if (rc != 0) return rc;
  }
  Vec v = {0};
  push(&v, compiler);
  int remaining = 0, next = 0;
  for (int i = 0; i < c->narg;) {
    CcArg a = cc_arg(c->narg, c->arg, i);
    if (next < c->nsrc && c->src[next].argi == i) {
      Src *s = &c->src[next++];
      if (s->obj) push(&v, s->obj);
      else if (!s->gen) { push(&v, c->arg[i]); remaining++; }
    } else {
      for (int j = 0; j < a.n; j++) push(&v, c->arg[i + j]);
      if (a.kind == CC_INPUT) remaining++;
    }
    i += a.n;
  }
  int rc = 0;
  if (remaining) include_flags(&v);      /* the sources left as they are still find delayed.h */
  if (links) {
    push(&v, "-fopenmp");
    const char *lib = runtime_lib();
    if (lib) push(&v, lib);
    else say("warning", "libdelayc.a not found: set DELAYC_RUNTIME to its path");
  }
  if (links || remaining) rc = run(v.v);
  free(v.v);
  return rc;
}

static int looks_like_compiler(const char *a) {
  if (a[0] == '-') return 0;
  const char *e = cc_ext(a);
  return strcmp(e, "c") && strcmp(e, "o") && strcmp(e, "a") && strcmp(e, "s") &&
         strcmp(e, "S") && strcmp(e, "i") && strcmp(e, "so");
}

int main(int argc, char **argv) {
  signal(SIGPIPE, SIG_DFL);
  setenv("DELAYC_CC", "1", 1);            /* delayc's remarks then name DELAYC_CC_EXPLAIN */
  if (argc < 2) { fputs(help_text, stderr); return 2; }
  if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
    fputs(help_text, stdout);
    return 0;
  }
  if (argc == 2 && !strcmp(argv[1], "--version")) {
    printf("delayc-cc %s\n", DELAYC_VERSION);
    return 0;
  }
  find_self();
  const char *compiler;
  int first;
  if (looks_like_compiler(argv[1])) { compiler = argv[1]; first = 2; }
  else {
    compiler = getenv("DELAYC_CC_COMPILER");
    if (!compiler || !*compiler) compiler = "cc";
    first = 1;
  }
  Cmd c = {0};
  c.arg = argv + first;
  c.narg = argc - first;
  Vec out = {0};
  push(&out, compiler);
  scan(&c);
  if (env_on("DELAYC_CC_DISABLE")) {   /* a serial build with the same command */
    for (int i = 0; i < c.narg; i++) push(&out, c.arg[i]);
    if (c.ninputs > 0) include_flags(&out);   /* still finds delayed.h */
    return run(out.v);
  }
  int links = !c.compile_only && !c.no_compile && c.ninputs > 0;
  if (c.no_compile || c.ninputs == 0 || (c.nsrc == 0 && !links)) {
    for (int i = 0; i < c.narg; i++) push(&out, c.arg[i]);
    if (c.ninputs > 0) include_flags(&out);   /* -E, -M, -fsyntax-only of annotated code */
    return run(out.v);
  }

  live = &c;
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  signal(SIGHUP, on_signal);
  int failed = 0, transformed = 0;
  for (int k = 0; k < c.nsrc && !failed; k++) {
    Src *s = &c.src[k];
    if (emit(&c, s) != 0) {
      if (env_on("DELAYC_CC_FALLBACK")) {
        say("warning", "delayc could not parallelize '%s'; compiling it serially (DELAYC_CC_FALLBACK)", s->orig);
      } else {
        say("error", "delayc could not parallelize '%s' (set DELAYC_CC_FALLBACK=1 to compile it serially instead)", s->orig);
        failed = 1;
      }
    }
    if (s->gen) transformed = 1;
  }

  int rc = 1;
  if (!failed) {
    /* quoted includes must resolve in each original's directory: one command
     * can give that to sources that share a directory, not to others */
    char *dir0 = NULL;
    int apart = 0;
    for (int k = 0; k < c.nsrc; k++) {
      if (!c.src[k].gen) continue;
      char *d = src_dir(&c.src[k]);
      if (!dir0) dir0 = d;
      else if (strcmp(d, dir0)) apart = 1;
    }
    if (c.compile_only && c.out) apart = 0;   /* -c -o with several inputs: the compiler's error */
    rc = apart ? compile_apart(&c, compiler, links) : compile_together(&c, compiler, links, transformed);
    if (rc == 0) fix_depfiles(&c);
  }

  int keep = env_on("DELAYC_CC_KEEP");
  for (int k = 0; k < c.nsrc; k++) {
    Src *s = &c.src[k];
    if (!s->gen) continue;
    if (keep) say("note", "'%s' parallelized into '%s'", s->orig, s->gen);
    else {
      if (s->obj) unlink(s->obj);
      rm_tree(s->tmpdir, s->gen);
    }
  }
  return rc;
}
