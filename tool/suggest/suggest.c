/* suggest.c — `delayc suggest`: the functions of existing code that could be
 * DELAYED, ranked by estimated work, each with the annotation to add and the
 * call sites that would then run in parallel.
 *
 *   delayc suggest [FILE...] [-p BUILD_DIR] [--min-work=NS] [--format=text|json] [-- flags]
 *
 * A candidate is a function defined in the file, not main, not variadic, not
 * already DELAYED, that returns a value or writes through a pointer parameter,
 * and that
 *   - touches no global state: no mutable global or static local, no library
 *     function with hidden state (rand, printf ...), also through the functions
 *     it calls (effects.c);
 *   - writes through a pointer parameter only if it never reads through it
 *     (the parameter can be DELAYED_OUT); a parameter only read becomes
 *     DELAYED_IN (and const);
 *   - does at least --min-work (default 200) ns of estimated work (cost.c).
 * Counts come from `for (i = ..; i < n; ..)` loops over a parameter n that index
 * the pointer.  A call site is listed when it sits in a for loop whose index it
 * uses (an argument or the element its result is stored in). */
#define _GNU_SOURCE
#include "lint/lint.h"
#include "cli/cli.h"       /* the subcommand's usage, unknown options */
#include "analysis/tree.h"
#include "cli/buildsys.h"

#include <stdlib.h>
#include <string.h>

typedef struct PInfo { int reads, writes, other; char *count; } PInfo;

typedef struct Cand {
  char *file, *name, *sig, *why;
  unsigned line, col;
  long long work;
  char **site; int nsite;      /* "file:line:col: what" */
} Cand;

typedef struct { PInfo *p; } AccCtx;

static void on_access(void *arg, Node *at, Access kind, int argi) {
  (void)at;
  (void)argi;
  PInfo *p = arg;
  if (kind == ACCESS_READ) p->reads++;
  else if (kind == ACCESS_WRITE) p->writes++;
  else p->other++;            /* update, ++/--, passed on, const cast away: read and write */
}

/* `for (.. i ..; i < N; ..)` with N a parameter, whose body subscripts pname with i: N. */
static char *count_of(Unit *u, Node *n, const char *pname, char **params, int np) {
  if (n->kind == CXCursor_ForStmt && n->nkid == 4) {
    Node *cond = fe_strip(n->kid[1]);
    if (cond && cond->kind == CXCursor_BinaryOperator && cond->nkid == 2 && fe_binop_is(u, cond, "<")) {
      Node *lim = fe_strip(cond->kid[1]), *iv = fe_strip(cond->kid[0]);
      char *lname = lim && lim->kind == CXCursor_DeclRefExpr ? fe_spelling(lim->cur) : NULL;
      char *iname = iv && iv->kind == CXCursor_DeclRefExpr ? fe_spelling(iv->cur) : NULL;
      int is_param = 0;
      for (int k = 0; lname && k < np; k++) is_param |= !strcmp(params[k], lname);
      char *pat = iname ? fmt("%s[%s]", pname, iname) : NULL;
      char *body = pat ? fe_text(u, n->kid[3]->beg, n->kid[3]->end) : NULL;
      int hit = is_param && body && strstr(body, pat);
      free(pat);
      free(body);
      free(iname);
      if (hit) return lname;
      free(lname);
    }
  }
  for (int i = 0; i < n->nkid; i++) {
    char *r = count_of(u, n->kid[i], pname, params, np);
    if (r) return r;
  }
  return NULL;
}

static int has_static_local(Node *n) {
  if (n->kind == CXCursor_VarDecl && clang_Cursor_getStorageClass(n->cur) == CX_SC_Static) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_static_local(n->kid[i])) return 1;
  return 0;
}

/* "int *" + "p" is "int *p"; "int" + "n" is "int n" */
static const char *sep(const char *type) { size_t n = strlen(type); return n && type[n - 1] == '*' ? "" : " "; }

/* The annotated declaration, or NULL (with *why) when f is no candidate. */
static char *candidate(Unit *u, LFunc *f, const char **why) {
  CXType ft = clang_getCursorType(f->cur);
  if (!strcmp(f->name, "main")) { *why = "main"; return NULL; }
  if (f->delayed) { *why = "already DELAYED"; return NULL; }
  if (ft.kind != CXType_FunctionProto || clang_isFunctionTypeVariadic(ft)) { *why = "variadic or unprototyped"; return NULL; }
  if (!f->body || has_static_local(f->body)) { *why = "has a static local"; return NULL; }
  const Effects *fx = callee_effects(u, f->ce);
  int writes = fx->all || fx->ng;
  for (int r = 0; r < RES_COUNT; r++) writes |= (fx->res[r] & FX_WRITE) != 0;
  if (writes) {                 /* globals, or a resource written: tasks would keep their order */
    char *what = fx_describe(fx);
    *why = fmt("touches shared state: %s", what);   /* leaks one string per refusal: a short-lived command */
    free(what);
    return NULL;
  }
  int np = clang_Cursor_getNumArguments(f->cur);
  char **pn = xcalloc((size_t)np + 1, sizeof *pn);
  for (int k = 0; k < np; k++) pn[k] = fe_spelling(clang_Cursor_getArgument(f->cur, (unsigned)k));
  Buf sig = {0};
  int outputs = !f->ce->void_result, ok = 1;
  char *res = fe_type(clang_getResultType(ft));
  buf_printf(&sig, "DELAYED %s %s(", res, f->name);
  free(res);
  for (int k = 0; k < np && ok; k++) {
    Param *p = k < f->ce->nparam ? &f->ce->param[k] : NULL;
    CXCursor pc = clang_Cursor_getArgument(f->cur, (unsigned)k);
    char *ty = fe_type(clang_getCursorType(pc));
    if (k) buf_puts(&sig, ", ");
    if (!p || p->dir == DIR_VALUE || !*pn[k]) {
      if (p && p->reaches) { ok = 0; *why = "a parameter holds pointers"; }
      buf_printf(&sig, "%s%s%s", ty, sep(ty), pn[k]);
      free(ty);
      continue;
    }
    PInfo a = {0};
    lint_param_access(u, f, k, on_access, &a);
    char *cnt = count_of(u, f->body, pn[k], pn, np);
    char *n = cnt ? fmt("_N(%s)", cnt) : xstrdup("");
    if (a.other || (a.writes && a.reads)) { ok = 0; *why = "it changes memory it is given (an INOUT parameter)"; }
    else if (a.writes) { buf_printf(&sig, "DELAYED_OUT%s %s%s%s", n, ty, sep(ty), pn[k]); outputs = 1; }
    else {
      CXType pt = clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(pc)));
      buf_printf(&sig, "DELAYED_IN%s %s%s%s%s", n, clang_isConstQualifiedType(pt) ? "" : "const ", ty, sep(ty), pn[k]);
    }
    free(n);
    free(cnt);
    free(ty);
  }
  buf_puts(&sig, ")");
  for (int k = 0; k < np; k++) free(pn[k]);
  free(pn);
  if (ok && !outputs) { ok = 0; *why = "it returns nothing and writes nothing"; }
  if (!ok) { free(sig.s); return NULL; }
  return sig.s;
}

/* The loop variable of a for loop: `for (int i = ..` or `for (i = ..`. */
static CXCursor loop_var(Node *loop) {
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return clang_getNullCursor();
  Node *init = loop->kid[0];
  if (init->kind == CXCursor_DeclStmt && init->nkid >= 1) return init->kid[0]->cur;
  Node *b = fe_strip(init);
  if (b && b->kind == CXCursor_BinaryOperator && b->nkid == 2) return model_ref(b->kid[0]);
  return clang_getNullCursor();
}

static int names_var(Node *n, CXCursor v) {
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), v)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (names_var(n->kid[i], v)) return 1;
  return 0;
}

static void call_sites(Unit *u, LFunc *f, Node *n, CXCursor target, Cand *c) {
  if (n->kind == CXCursor_CallExpr) {
    Node *fn = n->nkid ? callee_fn(n->kid[0]) : NULL;
    if (fn && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(fn->cur)),
                                 clang_getCanonicalCursor(target))) {
      Node *loop = model_loop_of(f, n);
      CXCursor iv = loop ? loop_var(loop) : clang_getNullCursor();
      int uses = 0;
      if (!clang_Cursor_isNull(iv)) {
        for (int k = 1; k < n->nkid; k++) uses |= names_var(n->kid[k], iv);
        Node *s = model_stmt_of(n);
        uses |= names_var(s, iv);
      }
      if (uses) {
        unsigned line, col;
        lint_line_col(u, n->beg, &line, &col);
        char *v = fe_spelling(iv);
        Node *p = n->parent;
        while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
        int reduce = p && p->kind == CXCursor_CompoundAssignOperator;
        c->site = xrealloc(c->site, (size_t)(c->nsite + 1) * sizeof *c->site);
        c->site[c->nsite++] = fmt("%s:%u:%u: %s", u->path, line, col,
            reduce ? fmt("call in the loop over '%s', summed as it goes: store each result in an array and combine "
                         "them after the loop, then the calls run in parallel", v)
                   : fmt("call in the loop over '%s': each iteration's call would be a task, in parallel", v));
        free(v);
      }
    }
  }
  for (int i = 0; i < n->nkid; i++) call_sites(u, f, n->kid[i], target, c);
}

static int by_work(const void *a, const void *b) {
  const Cand *x = a, *y = b;
  return x->work > y->work ? -1 : x->work < y->work;
}

int suggest_main(int argc, char **argv) {
  const char **files = NULL, **cflags = NULL, *build_dir = NULL, *format = "text";
  int nfiles = 0, ncflags = 0;
  long long min_work = 200;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) { cflags = (const char **)argv + i + 1; ncflags = argc - i - 1; break; }
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      printf("usage: delayc suggest [FILE...] [-p BUILD_DIR] [--min-work=NS] [--format=text|json] [-- compiler flags]\n\n"
             "Lists the functions that could be DELAYED, most work first, with the annotated\n"
             "declaration and the calls (in loops) that would then run in parallel.\n");
      return EXIT_OK;
    }
    const char *v = NULL;
    if (!strcmp(a, "-p") || !strcmp(a, "--min-work") || !strcmp(a, "--format")) {
      if (i + 1 >= argc) {
        fprintf(stderr, "%s: error: option '%s' needs a value\n", prog_name, a);
        return EXIT_USAGE;
      }
      v = argv[++i];
    }
    if (!strcmp(a, "-p")) build_dir = v;
    else if (!strncmp(a, "-p", 2) && a[2] != '-' && !cli_is_compiler_flag(a)) build_dir = a + 2;
    else if (!strcmp(a, "--min-work") || !strncmp(a, "--min-work=", 11)) {
      const char *s = v ? v : a + 11;
      char *end;
      min_work = strtoll(s, &end, 10);
      if (end == s || *end || min_work < 0) {
        fprintf(stderr, "%s: error: --min-work needs a number of nanoseconds, not '%s'\n", prog_name, s);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--format") || !strncmp(a, "--format=", 9)) {
      format = v ? v : a + 9;
      if (strcmp(format, "text") && strcmp(format, "json")) {
        fprintf(stderr, "%s: error: --format must be text or json, not '%s'\n", prog_name, format);
        return EXIT_USAGE;
      }
    } else if (a[0] == '-' && a[1]) {
      return cli_unknown_option("suggest", argc, argv, i);   /* usage.c */
    } else {
      files = xrealloc(files, (size_t)(nfiles + 1) * sizeof *files);
      files[nfiles++] = a;
    }
  }
  if (!nfiles && !build_dir) {
    fprintf(stderr, "%s: error: no input file (give FILE... or -p BUILD_DIR)\n", prog_name);
    return EXIT_USAGE;
  }
  EmitJob *jobs = NULL;
  int nbad = 0, n;
  if (build_dir) {
    if ((n = emit_jobs(NULL, NULL, build_dir, files, nfiles, NULL, &jobs, &nbad)) < 0) return EXIT_USAGE;
  } else {
    n = nfiles;
    jobs = xcalloc((size_t)n + 1, sizeof *jobs);
    for (int i = 0; i < n; i++) jobs[i].in = (char *)files[i];
  }
  int rc = nbad ? EXIT_USAGE : EXIT_OK;
  Cand *cand = NULL;
  int nc = 0;
  for (int j = 0; j < n; j++) {
    Unit u;
    size_t len;
    char *src = lint_open(&u, jobs[j].in, jobs[j].flags, jobs[j].nflags, cflags, ncflags, &len);
    if (!src) { rc = EXIT_USAGE; continue; }
    free(src);
    Model m;
    model_build(&m, &u, 1);
    for (int i = 0; i < m.nfn; i++) {
      LFunc *f = &m.fn[i];
      const char *why = NULL;
      long long work = cost_function(f->cur);
      if (work < min_work) continue;
      char *sig = candidate(&u, f, &why);
      if (!sig) continue;
      Cand c = {0};
      c.file = xstrdup(u.path);
      c.name = xstrdup(f->name);
      c.sig = sig;
      c.work = work;
      lint_line_col(&u, f->root->beg, &c.line, &c.col);
      for (int k = 0; k < m.nfn; k++)
        if (m.fn[k].body) call_sites(&u, &m.fn[k], m.fn[k].body, f->cur, &c);
      cand = xrealloc(cand, (size_t)(nc + 1) * sizeof *cand);
      cand[nc++] = c;
    }
    model_free(&m);
    lint_close(&u);
  }
  if (nc) qsort(cand, (size_t)nc, sizeof *cand, by_work);   /* qsort(NULL, 0): UB */
  if (!strcmp(format, "json")) printf("{\"version\": 1, \"suggestions\": [");
  for (int i = 0; i < nc; i++) {
    Cand *c = &cand[i];
    if (!strcmp(format, "json")) {
      printf("%s\n  {\"file\": ", i ? "," : "");
      json_str(stdout, c->file);
      printf(", \"line\": %u, \"column\": %u, \"function\": ", c->line, c->col);
      json_str(stdout, c->name);
      printf(", \"work_ns\": %lld, \"declaration\": ", c->work);
      json_str(stdout, c->sig);
      printf(", \"sites\": [");
      for (int k = 0; k < c->nsite; k++) {
        if (k) printf(", ");
        json_str(stdout, c->site[k]);
      }
      printf("]}");
      continue;
    }
    printf("%s:%u:%u: suggestion: '%s' could be DELAYED (about %lld ns of work per call)\n", c->file, c->line, c->col,
           c->name, c->work);
    printf("    %s\n", c->sig);
    for (int k = 0; k < c->nsite; k++) printf("%s\n", c->site[k]);
  }
  if (!strcmp(format, "json")) printf("%s]}\n", nc ? "\n" : "");
  return rc;
}
