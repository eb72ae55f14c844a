/* check_compute_in_loop.c — delayed-compute-in-loop: a sync point inside a loop
 * that also spawns tasks.
 *
 * Dask: "call compute once, on many results" — computing inside the loop makes
 * every iteration wait for its own tasks, so nothing overlaps.  A sync point is
 * an explicit delayed_compute, or ordinary code that reads a pending result: the
 * value of a delayed call made in the loop (also read at once by the enclosing
 * expression), a variable or array element it was stored in, or an OUT/INOUT
 * argument.  Passing a pending result to another delayed call is no sync.  One
 * finding per sync point (statement); the note points at the producing call. */
#include "lint.h"
#include "analyze.h"

#include <stdlib.h>

/* The outermost loop of f around n. */
static Node *outer_loop(LFunc *f, Node *n) {
  Node *best = NULL;
  for (Node *l = model_loop_of(f, n); l; l = model_loop_of(f, l)) best = l;
  return best;
}

static LCall *first_call_in(LFunc *f, Node *loop) {
  for (int k = 0; k < f->ncall; k++)
    if (model_inside(f->call[k].call, loop)) return &f->call[k];
  return NULL;
}

typedef struct { Node **stmt; int n; } Seen;

static int seen(Seen *s, Node *stmt) {
  for (int i = 0; i < s->n; i++)
    if (s->stmt[i] == stmt) return 1;
  s->stmt = xrealloc(s->stmt, (size_t)(s->n + 1) * sizeof *s->stmt);
  s->stmt[s->n++] = stmt;
  return 0;
}

static void report(Lint *L, Seen *s, Node *at, LCall *producer, const char *what) {
  if (seen(s, model_stmt_of(at))) return;
  const char *name = producer->ce ? producer->ce->label : "a function pointer";
  Finding *x = lint_report(L, at, "%s inside a loop that spawns tasks: every iteration waits for its tasks, and "
                           "nothing overlaps; collect the results and compute once after the loop", what);
  lint_note(x, producer->call->beg, "the pending result comes from this delayed call of '%s'", name);
}

/* Explicit delayed_compute in a loop that spawns. */
static void computes(Lint *L, LFunc *f, Seen *s, Node *n) {
  if (model_is_marker(n, "compute")) {
    Node *loop = outer_loop(f, n);
    for (Node *l = model_loop_of(f, n); l; l = model_loop_of(f, l)) {
      LCall *c = first_call_in(f, l);
      if (c) { report(L, s, n, c, "delayed_compute"); break; }
    }
    (void)loop;
  }
  for (int i = 0; i < n->nkid; i++) computes(L, f, s, n->kid[i]);
}

/* The sync points of var inside the loop, in source order: ordinary reads, and
 * delayed_compute calls that name it.  A plain copy of a pending result
 * (`out[i] = c;`) is no sync: it makes its target pending in turn, and the
 * target's first sync counts too. */
typedef struct { Node *at; int compute; CXCursor var; } SyncPt;
typedef struct { SyncPt *s; int n; } SyncPts;

static void syncs_of(Lint *L, LFunc *f, Node *loop, Node *n, CXCursor var, SyncPts *out, int depth) {
  if (model_is_marker(n, "compute") && model_reads_var(n, var, NULL)) {
    out->s = xrealloc(out->s, (size_t)(out->n + 1) * sizeof *out->s);
    out->s[out->n++] = (SyncPt){n, 1, var};
    return;
  }
  if (model_is_ordinary_read(f, n, var)) {
    CXCursor to = model_copy_target(L->u, n);
    if (!clang_Cursor_isNull(to) && !clang_equalCursors(to, var)) {
      if (depth < 4) syncs_of(L, f, loop, loop, to, out, depth + 1);
      return;
    }
    out->s = xrealloc(out->s, (size_t)(out->n + 1) * sizeof *out->s);
    out->s[out->n++] = (SyncPt){n, 0, var};
    return;
  }
  for (int i = 0; i < n->nkid; i++) syncs_of(L, f, loop, n->kid[i], var, out, depth);
}

/* The wait for a pending result is its first sync point after the call in the
 * loop body (or, when none follows, the first one before it: the next
 * iteration's); later reads find it done.  An explicit delayed_compute is
 * reported on its own. */
static void reads(Lint *L, LFunc *f, Seen *s, Node *loop, CXCursor var, LCall *producer) {
  SyncPts y = {0};
  syncs_of(L, f, loop, loop, var, &y, 0);
  SyncPt *first = NULL;
  for (int i = 0; i < y.n; i++) {
    if (y.s[i].at->beg <= producer->call->beg) continue;
    if (!first || y.s[i].at->beg < first->at->beg) first = &y.s[i];
  }
  for (int i = 0; i < y.n && !first; i++)
    if (!first || y.s[i].at->beg < first->at->beg) first = &y.s[i];
  if (first && !first->compute) {
    char *v = fe_spelling(first->var);
    char *what = fmt("reading the pending result '%s'", v);
    report(L, s, first->at, producer, what);
    free(what);
    free(v);
  }
  free(y.s);
}

void check_compute_in_loop(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    Seen s = {0};
    if (!f->body) continue;
    computes(L, f, &s, f->body);
    for (int k = 0; k < f->ncall; k++) {
      LCall *c = &f->call[k];
      Node *loop = outer_loop(f, c->call);
      if (!loop || model_in_delayed_arg(f, c->call)) continue;
      if (c->use == RES_USED) {
        /* read at once: unless the reader is inside delayed_compute */
        int in_compute = 0;
        for (Node *p = c->call->parent; p; p = p->parent) in_compute |= model_is_marker(p, "compute");
        if (!in_compute) {
          char *what = fmt("using the result of '%s' at once", c->ce ? c->ce->label : "a delayed call");
          report(L, &s, c->call, c, what);
          free(what);
        }
        continue;
      }
      if (c->use == RES_VAR || c->use == RES_ELEM) reads(L, f, &s, loop, c->target, c);
      for (int j = 0; j < c->nouts; j++) reads(L, f, &s, loop, c->outs[j], c);
    }
    free(s.stmt);
  }
}
