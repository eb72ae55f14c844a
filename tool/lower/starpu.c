/* starpu.c — the StarPU targets: --target=starpu (one process) and
 * --target=starpu-mpi (the same program on every rank of an MPI job), one
 * lowering for both; the runtime is runtime/starpu/ (delayc_starpu.h, whose
 * model this follows), and which library is linked picks one or the other.
 *
 *   - a task is outlined as for pthreads (outline.c) and spawned with
 *     `dcs_spawn(label, line, <p>task<K>, &cap, sizeof cap, n, deps)`; its
 *     dependence list names the bytes it touches (DELAYC_RT_DEP_R, _2D): on a
 *     cluster they are what moves, so each must have a known extent;
 *   - a wait names the bytes ordinary code is about to touch
 *     (dcs_wait_regions), or everything (dcs_wait) when they are not known;
 *   - adapt() marks, before anything is printed, the tasks this target cannot
 *     run as tasks, with the reason and the edit that fixes it: a region of
 *     unknown extent (a pointer with no _N count), global state (every rank
 *     holds its own copy), a pointer made by the task, code delayc cannot see.
 *     They run in place after a full wait, on every rank, as ordinary code
 *     does.  A task on a resource (the console, files) runs on rank 0, whose
 *     output is the program's (DELAYC_RT_DEP_RANK0);
 *   - for starpu-mpi, ordinary code that writes files or reads standard input
 *     gets a warning: every rank runs it.
 */
#define _GNU_SOURCE
#include "lower/lower.h"
#include "effects/effects.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *mode_name(Acc a) {
  return a == ACC_IN ? "DELAYC_RT_IN" : a == ACC_OUT ? "DELAYC_RT_OUT" : "DELAYC_RT_INOUT";
}

/* The dependence item naming the bytes d touches, or NULL when their extent is
 * not known. */
static char *extent_item(Func *f, Dep *d) {
  Obj *o = d->obj;
  const char *m = mode_name(d->acc);
  if (o->ext == EXT_RESOURCE)     /* the console, files ...: a token of rank 0's */
    return fmt("DELAYC_RT_DEP_RANK0(%s, %s)", m, o->access);
  if (o->ext == EXT_GLOBAL || d->string) return NULL;   /* (a string's length: a full wait) */
  if (o->ext != EXT_MEMORY && (o->kind == OBJ_SCALAR || (o->kind == OBJ_ARRAY && !d->index && !d->start && !d->count))) {
    char *acc = lower_access(o);   /* all of it: sizeof counts its bytes, whatever its rank */
    char *r = fmt("DELAYC_RT_DEP_R(%s, %s, 1)", m, acc);
    free(acc);
    return r;
  }
  char *first, *count, *r = NULL;
  lower_region(f, d, &first, &count);
  if (first && strcmp(count, "-1")) {
    if (d->rows) {
      char *rows = lower_expr(f, d->rows), *ld = lower_expr(f, d->ld);
      r = fmt("DELAYC_RT_DEP_2D(%s, %s, %s, %s, %s)", m, first, count, rows, ld);
      free(rows);
      free(ld);
    } else {
      r = fmt("DELAYC_RT_DEP_R(%s, %s, %s)", m, first, count);
    }
  }
  free(first);
  free(count);
  return r;
}

/* `, item, ...` for every dependence (all of them: on a cluster even one that
 * orders nothing says what must be where); their number. */
static int extent_items(Buf *b, Func *f, Dep *dep, int ndep) {
  int n = 0;
  for (int i = 0; i < ndep; i++) {
    char *it = extent_item(f, &dep[i]);
    if (!it) continue;            /* adapt() ran such a task in place; a wait is full */
    buf_printf(b, ", %s", it);
    free(it);
    n++;
  }
  return n;
}

/* ---- what cannot be a task here ---- */


/* Does a value of type t hold an address — a data pointer or a function's
 * (itself, a member, an element)?  Either means nothing on another rank. */
static int holds_address(CXType t) {
  for (int guard = 0; guard < 32; guard++) {
    CXType c = clang_getCanonicalType(t);
    if (c.kind == CXType_Pointer || c.kind == CXType_BlockPointer) return 1;
    if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray || c.kind == CXType_VariableArray) {
      t = clang_getArrayElementType(c);
      continue;
    }
    return fe_holds_pointer(c);   /* records: a member that holds a data pointer */
  }
  return 1;
}

static int decl_holds_pointer(CXCursor d) {
  return !clang_Cursor_isNull(d) && holds_address(clang_getCursorType(d));
}

/* Does the task write an address into a variable of the function's (`p +=
 * f(i)` on a pointer p; an element of an array of pointers)?  A buffer's or a
 * view's dependence is on what it points to. */
static int dep_writes_address(Dep *d) {
  Obj *o = d->obj;
  if (d->acc == ACC_IN || o->ext || clang_Cursor_isNull(o->decl)) return 0;
  CXType t = clang_getCanonicalType(clang_getCursorType(o->decl));
  if (o->kind == OBJ_BUFFER || o->kind == OBJ_VIEW)
    t = t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getArrayElementType(t);
  return holds_address(t);
}

/* Why site s cannot be a task of this target (malloc'd), or NULL.  A pointer a
 * task makes is an address of the rank that ran it, meaningless on the others:
 * such a task runs where every rank makes its own. */
static char *in_place_reason(Func *f, Site *s) {
  Callee *c = s->callee;
  if (s->form == SITE_COPY) {
    if (s->src && decl_holds_pointer(s->src->decl))
      return fmt("the value copied holds pointers, which are addresses of one rank");
  } else if (c && !c->void_result && holds_address(clang_getResultType(clang_getCursorType(c->cur)))) {
    return fmt("it returns a pointer (or a value holding one): an address of the rank that ran it, meaningless "
               "on the others; return the data, or fill a DELAYED_OUT_N buffer the caller allocates");
  }
  for (int i = 0; c && i < c->nparam; i++)
    if ((c->param[i].dir == DIR_OUT || c->param[i].dir == DIR_INOUT) && c->param[i].reaches)
      return fmt("it writes pointers through '%s': addresses of the rank that ran it, meaningless on the others",
                 c->param[i].name);
  for (int i = 0; i < s->ndep; i++)
    if (dep_writes_address(&s->dep[i]))
      return fmt("it writes an address into '%s': an address of the rank that ran it, meaningless on the others",
                 s->dep[i].obj->name);
  if (s->touches_all) return xstrdup("its callee may touch any memory (code delayc cannot see); give it a body or annotate it");
  if (s->mem) return xstrdup("its callee reaches memory through pointers whose extent delayc cannot name; "
                             "annotate the pointer parameters with DELAYED_IN_N/DELAYED_OUT_N(count)");
  for (int i = 0; i < s->ndep; i++) {
    Dep *d = &s->dep[i];
    char *it = extent_item(f, d);
    if (it) { free(it); continue; }
    Obj *o = d->obj;
    if (o->ext == EXT_GLOBAL)
      return fmt("it touches '%s', global state, of which every rank has its own copy: pass the data as "
                 "parameters", o->name);
    for (int k = 0; c && k < c->nparam; k++)   /* the parameter that says no count */
      if (c->param[k].dir != DIR_VALUE && !c->param[k].count)
        return fmt("parameter '%s' of '%s' has no count, so the memory it reaches cannot be sent between "
                   "ranks; annotate it DELAYED_%s_N(count)", c->param[k].name, c->label,
                   c->param[k].dir == DIR_IN ? "IN" : c->param[k].dir == DIR_OUT ? "OUT" : "INOUT");
    if (o->ext == EXT_MEMORY)
      return xstrdup("it reaches memory through a pointer whose extent delayc cannot name here (a pointer a call "
                     "returned, or one it cannot follow): the bytes cannot be sent between ranks");
    return fmt("the extent of '%s' is not known, so it cannot be sent between ranks; "
               "give the pointer parameter a count, DELAYED_IN_N(n) or DELAYED_OUT_N(n)", o->name);
  }
  return NULL;
}

/* A task on the console or files runs on rank 0 (DELAYC_RT_DEP_RANK0):
 * say so, with the call that brings the resource in (an exit() on an error
 * path pins the task there too). */
static void explain_rank0(Analysis *a, Site *s, const char *target) {
  if (strcmp(target, "starpu-mpi")) return;
  for (int i = 0; i < s->ndep; i++) {
    Obj *o = s->dep[i].obj;
    if (o->ext != EXT_RESOURCE) continue;
    const Effects *fx = s->callee ? callee_effects(a->u, s->callee) : NULL;
    const char *why = fx && o->res >= 0 && o->res < RES_COUNT ? fx->why[o->res] : NULL;
    an_explain(a, s->call ? s->call : s->stmt, "--target=starpu-mpi: call of '%s' runs on rank 0, where the "
               "program's output is: it uses %s%s%s%s; move that out of '%s' to let its calls run on every rank",
               s->callee_text, o->name, why ? " (" : "", why ? why : "", why ? ")" : "", s->callee_text);
    return;
  }
}

static void adapt_analysis(Analysis *a, const char *target) {
  for (int i = 0; i < a->nfn; i++) {
    Func *f = a->fn[i];
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (s->serial || s->fused || s->inline_call) continue;
      char *why = in_place_reason(f, s);
      if (!why) {
        explain_rank0(a, s, target);
        continue;
      }
      s->in_place = why;
      an_explain(a, s->call ? s->call : s->stmt, "--target=%s: %s '%s' runs in place on every rank, after a full wait: %s",
                 target, s->form == SITE_COPY ? "the copy of" : "call of", s->form == SITE_COPY ? "a result" : s->callee_text, why);
    }
  }
  for (int i = 0; i < a->nsub; i++) adapt_analysis(a->sub[i], target);
}

/* ---- ordinary code that every rank runs ---- */

typedef struct RankScan {
  Analysis *a;
  unsigned *task; int ntask;   /* where the calls that are tasks start (they run once) */
  StarpuSay say;               /* what to do with each such call */
  void *ctx;
} RankScan;

static int is_task_call(RankScan *r, Node *call) {
  for (int i = 0; i < r->ntask; i++)
    if (r->task[i] == call->beg) return 1;
  return 0;
}

/* Is it a call that creates, opens for writing or changes a named file (when
 * its effects say it writes the file system)?  Descriptors and pipes are each
 * rank's own. */
static int names_files(const char *name) {
  static const char *const aFs[] = { "fopen", "fopen64", "freopen", "open", "open64", "openat", "creat",
                                     "remove", "unlink", "unlinkat", "rename", "renameat", "mkdir",
                                     "rmdir", "truncate", "link", "symlink" };
  char buf[64];
  const char *base = fx_library_name(name, buf, sizeof buf);
  for (size_t i = 0; base && i < sizeof aFs / sizeof *aFs; i++)
    if (!strcmp(base, aFs[i])) return 1;
  return 0;
}

/* Does the call read standard input: scanf, getchar, gets, or a stream
 * function given `stdin`, or read() of descriptor 0? */
static int reads_stdin(Unit *u, Node *call, const char *name) {
  static const char *const aIn[] = { "scanf", "vscanf", "getchar", "getchar_unlocked", "gets" };
  char buf[64];
  const char *base = fx_library_name(name, buf, sizeof buf);
  for (size_t i = 0; i < sizeof aIn / sizeof *aIn; i++)
    if (base && !strcmp(base, aIn[i])) return 1;
  for (int i = 0; i < call->nkid; i++) {
    Node *k = fe_strip(call->kid[i]);
    if (!k || k == call->kid[0]) continue;
    char *t = fe_text(u, k->beg, k->end);
    int hit = !strcmp(t, "stdin") || (base && !strcmp(base, "read") && i == 1 && !strcmp(t, "0"));
    free(t);
    if (hit) return 1;
  }
  return 0;
}

/* A call of ordinary code that writes files or reads standard input: every
 * rank would do it (the output of the ranks but 0 goes nowhere; files and
 * input do not work that way). */
static void scan_calls(RankScan *r, Node *n, Node *body, const char *fname) {
  if (n->kind == CXCursor_CallExpr && !is_task_call(r, n)) {
    Effects fx;
    memset(&fx, 0, sizeof fx);
    fx_of_call(r->a->u, n, body, fname, &fx);
    Node *callee = fe_direct_callee(n);
    char *name = callee ? fe_spelling(callee->cur) : xstrdup("this call");
    const char *what = fx.res[RES_FILES] & FX_WRITE && names_files(name) ? "writes a file"
                     : reads_stdin(r->a->u, n, name) ? "reads standard input (only rank 0 has it)" : NULL;
    if (what) {
      char *msg = fmt("'%s' %s in ordinary code, which every rank runs; do it in a DELAYED function (its task "
                      "runs once, on rank 0) or only where delayc_rank() == 0", name, what);
      r->say(r->ctx, r->a, n, msg);
      free(msg);
    }
    free(name);
    fx_free(&fx);
  }
  for (int i = 0; i < n->nkid; i++) scan_calls(r, n->kid[i], body, fname);
}

static enum CXChildVisitResult scan_function(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  RankScan *r = d;
  Unit *u = r->a->u;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c)) return CXChildVisit_Continue;
  CXFile file;
  clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
  if (!file || !clang_File_isEqual(file, u->file)) return CXChildVisit_Continue;
  Callee *callee = fe_callee(u, c);
  if (callee && callee->delayed) return CXChildVisit_Continue;   /* its body runs in its tasks */
  Node *fn = fe_tree(u, c);
  Node *body = NULL;
  for (int i = 0; i < fn->nkid; i++)
    if (fn->kid[i]->kind == CXCursor_CompoundStmt) body = fn->kid[i];
  if (body) {
    char *name = fe_spelling(c);
    scan_calls(r, body, body, name);
    free(name);
  }
  return CXChildVisit_Continue;
}

static void collect_tasks(RankScan *r, Analysis *a) {
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nsite; k++) {
      Site *s = a->fn[i]->site[k];
      if (s->serial || s->in_place || s->inline_call || !s->call) continue;
      r->task = xrealloc(r->task, (size_t)(r->ntask + 1) * sizeof *r->task);
      r->task[r->ntask++] = s->call->beg;
    }
}

void adapt_starpu(Analysis *a) { adapt_analysis(a, "starpu"); }

void starpu_mpi_review(Analysis *a, StarpuSay say, void *ctx) {
  adapt_analysis(a, "starpu-mpi");
  RankScan r = { a, NULL, 0, say, ctx };
  collect_tasks(&r, a);
  clang_visitChildren(clang_getTranslationUnitCursor(a->u->tu), scan_function, &r);
  free(r.task);
}

/* emit: a warning in clang's form per call, the first eight */
static void warn_ordinary(void *ctx, Analysis *a, Node *at, const char *msg) {
  int *n = ctx;
  if ((*n)++ < 8) fprintf(stderr, "%s:%u:%u: warning: --target=starpu-mpi: %s\n", a->u->path, at->line, at->col, msg);
}

void adapt_starpu_mpi(Analysis *a) {
  int n = 0;
  starpu_mpi_review(a, warn_ordinary, &n);
  if (n > 8) fprintf(stderr, "%s: note: %d more such calls\n", a->u->path, n - 8);
}

/* ---- the callbacks ---- */

static char *sp_task(Lower *l, Site *s, const char *label, const char *run) {
  char *r = s->in_place ? NULL : outline_site(l, l->target, s, label);
  if (!r) return fmt("{ dcs_in_place(); %s} ", run);  /* in place, after every earlier task */
  if (s->rank) {                                      /* DELAYED_RANK: where it runs */
    char *e = lower_expr(l->f, s->rank);
    char *t = fmt("dcs_place((long)(%s)); %s", e, r);
    free(e);
    free(r);
    r = t;
  }
  return r;
}

static void sp_fused_loop(Lower *l, Site *s) { outline_fused_loop(l, l->target, s, !s->in_place, "dcs_in_place(); "); }

static char *sp_wait(Lower *l, Dep *dep, int ndep, int full) {
  if (full) return xstrdup("dcs_wait(); ");
  if (!ndep) return xstrdup("");
  Buf b = {0};
  buf_add(&b, "", 0);
  for (int i = 0; i < ndep; i++) {
    char *it = extent_item(l->f, &dep[i]);
    if (!it) {
      free(b.s);
      return xstrdup("dcs_wait(); ");
    }
    buf_printf(&b, "%s %s", i ? "," : "", it);
    free(it);
  }
  char *r = fmt("{ delayc_rt_dep \001w[] = {%s }; dcs_wait_regions(%d, \001w); } ", b.s, ndep);
  free(b.s);
  return r;
}

static const TargetOps sp_ops = {
  .includes = "#include \"delayc_starpu.h\"\n\n",
  .exit_wait = "if (\001sp) { dcs_wait(); } ",
  .wait = sp_wait,
  .task = sp_task,
  .fused_loop = sp_fused_loop,
};

char *lower_starpu(Analysis *a, size_t *outlen) {
  Outliner o = { .spawn = "dcs_spawn", .deps = extent_items };
  char *r = lower_file(a, &sp_ops, &o, outlen);
  free(o.declared);
  return r;
}
