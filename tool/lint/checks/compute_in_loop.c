/* compute_in_loop.c — delayed-compute-in-loop: a sync point inside a loop
 * that also spawns tasks.
 *
 * Dask: "call compute once, on many results" — computing inside the loop makes
 * every iteration wait for its own tasks, so nothing overlaps.  A sync point is
 * an explicit delayed_compute, or ordinary code that reads a pending result: the
 * value of a delayed call made in the loop (also read at once by the enclosing
 * expression), a variable or array element it was stored in, or an OUT/INOUT
 * argument.  Passing a pending result to another delayed call is no sync, nor
 * is a plain copy (`out[i] = c;`: its target is pending in turn).  The sync
 * point of a result is its first read in loop order after the call — later
 * reads find it done — or the first read of a copy made before that.  One
 * finding per sync point (statement); the note points at the producing call.
 *
 * As emit lowers them: `total += f(i)` is a task and an update after it, no
 * wait (only a later read of total waits); a call emit leaves serial leaves
 * nothing pending (delayed-stays-serial says why); and `buf[i]` read before
 * the call that writes `buf[i]` (i the loop's variable) is the next
 * iteration's element, not the pending one. */
#include "lint/lint.h"
#include "analysis/tree.h"
#include "plan/plan.h"

#include <stdlib.h>
#include <string.h>

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
  if (model_is_marker(n, "compute"))
    for (Node *l = model_loop_of(f, n); l; l = model_loop_of(f, l)) {
      LCall *c = first_call_in(f, l);
      if (c) { report(L, s, n, c, "delayed_compute"); break; }
    }
  for (int i = 0; i < n->nkid; i++) computes(L, f, s, n->kid[i]);
}

/* The uses of var inside the loop: explicit delayed_compute calls that name
 * it, ordinary reads, and plain copies (`out[i] = c;`, which only pass the
 * pending value on: their target is pending in turn). */
typedef struct { Node *at; int compute; CXCursor to; } Use;
typedef struct { Use *u; int n; } Uses;

/* n (a use of a pointer variable) reaches what it points to: the `p->m`,
 * `*p` or `p[i]` around it, else NULL */
static Node *deref_of(Lint *L, Node *n) {
  Node *c = n, *p = n->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) { c = p; p = p->parent; }
  if (!p || !p->nkid || p->kid[0] != c) return NULL;
  if ((p->kind == CXCursor_MemberRefExpr && tree_member_arrow(L->u, p)) || p->kind == CXCursor_ArraySubscriptExpr ||
      (p->kind == CXCursor_UnaryOperator && fe_is_deref(L->u, p)))
    return p;
  return NULL;
}

static Node *update_target(Node *call);

/* Is n the target of `n += f(x)` (or `n[j] += f(x)`), f's call a delayed one
 * of f that emit makes a task and an update (update_target)?  No wait. */
static int delayed_update_target(LFunc *f, Node *n) {
  Node *c = n, *p = n->parent;
  while (p && (((p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) ||
               (p->kind == CXCursor_ArraySubscriptExpr && p->nkid == 2 && p->kid[0] == c))) {
    c = p;
    p = p->parent;
  }
  if (!p || p->kind != CXCursor_CompoundAssignOperator || p->nkid != 2 || p->kid[0] != c) return 0;
  Node *r = fe_strip(p->kid[1]);
  for (int k = 0; r && k < f->ncall; k++)
    if (f->call[k].call == r) return update_target(r) == n;
  return 0;
}

static void uses_of(Lint *L, LFunc *f, Node *n, CXCursor var, int deref, Uses *out) {
  Use u = {NULL, 0, clang_getNullCursor()};
  if (n->kind == CXCursor_DeclRefExpr && delayed_update_target(f, n)) return;
  if (model_is_marker(n, "compute") && model_reads_var(n, var, NULL)) {
    u.at = n;
    u.compute = 1;
  } else if (deref && n->kind == CXCursor_DeclRefExpr) {   /* the pointer's own value is no result */
    if (model_is_ordinary_read(f, n, var) && deref_of(L, n)) u.at = deref_of(L, n);
  } else if (model_is_ordinary_read(f, n, var)) {
    u.at = n;
    CXCursor to = model_copy_target(L->u, n);
    if (!clang_equalCursors(to, var)) u.to = to;
  }
  if (u.at) {
    out->u = xrealloc(out->u, (size_t)(out->n + 1) * sizeof *out->u);
    out->u[out->n++] = u;
    return;
  }
  for (int i = 0; i < n->nkid; i++) uses_of(L, f, n->kid[i], var, deref, out);
}

/* Where node `at` comes in the loop body counted from position `from`: after
 * it in the text, or (wrapping round) in the next iteration. */
static unsigned long order(Node *at, unsigned from) {
  return at->beg > from ? at->beg - from : 0x80000000UL + at->beg;
}

/* The first wait for the pending var counted from position `from` (the call
 * that produced it, or the copy that passed it on): its first use that is a
 * read or a compute — later uses find it done — or, earlier still, the first
 * wait for a copy of it made before that.  NULL when nothing waits in the loop. */
static int next_element(Lint *L, LFunc *f, Node *at, Node *arg, Node *call);

/* The member of a struct variable a read names first (`G.n` of G): its
 * spelling, or NULL (the variable whole, or through a pointer). */
static char *member_read(Lint *L, Node *at) {
  Node *x = at, *p = at->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) { x = p; p = p->parent; }
  if (!p || p->kind != CXCursor_MemberRefExpr || p->kid[0] != x || tree_member_arrow(L->u, p)) return NULL;
  return fe_spelling(clang_getCursorReferenced(p->cur));
}

/* The member of its struct variable a call's result is stored to first
 * (`G.v[i] = f(i)`: v), or NULL. */
static char *stored_member(Lint *L, Node *call) {
  Node *p = call->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
  if (!p || p->kind != CXCursor_BinaryOperator || p->nkid != 2 || !fe_is_assign(L->u, p)) return NULL;
  Node *t = fe_strip(p->kid[0]), *below = NULL;
  while (t && ((t->kind == CXCursor_ArraySubscriptExpr && t->nkid == 2) || (t->kind == CXCursor_MemberRefExpr && t->nkid == 1))) {
    below = t;
    t = fe_strip(t->kid[0]);
  }
  if (!t || t->kind != CXCursor_DeclRefExpr || !below || below->kind != CXCursor_MemberRefExpr ||
      tree_member_arrow(L->u, below))
    return NULL;
  return fe_spelling(clang_getCursorReferenced(below->cur));
}

static Use first_wait(Lint *L, LFunc *f, Node *loop, CXCursor var, int deref, unsigned from, unsigned origin,
                      int depth, CXCursor *waited, Node *arg, Node *call) {
  Uses us = {0};
  uses_of(L, f, loop, var, deref, &us);
  for (int i = 0; arg && i < us.n; i++)     /* the next iteration's element */
    if (!us.u[i].compute && next_element(L, f, us.u[i].at, arg, call)) us.u[i].at = NULL;
  char *m = call && !arg ? stored_member(L, call) : NULL;
  for (int i = 0; m && i < us.n; i++) {     /* another member of the struct (G.n beside G.v[i]) */
    char *um = us.u[i].compute ? NULL : member_read(L, us.u[i].at);
    if (um && strcmp(um, m)) us.u[i].at = NULL;
    free(um);
  }
  free(m);
  Use best = {NULL, 0, clang_getNullCursor()};
  for (int done = 0; !done;) {          /* the uses in loop order from `from` */
    Use *next = NULL;
    for (int i = 0; i < us.n; i++)
      if (us.u[i].at && (!next || order(us.u[i].at, from) < order(next->at, from))) next = &us.u[i];
    if (!next) break;
    Use u = *next;
    next->at = NULL;
    if (clang_Cursor_isNull(u.to)) {   /* a read or a compute: var is waited for here */
      if (!best.at || order(u.at, origin) < order(best.at, origin)) { best = u; *waited = var; }
      done = 1;
    } else if (depth < 4) {            /* a copy: its target's first wait */
      CXCursor w = clang_getNullCursor();
      Use t = first_wait(L, f, loop, u.to, 0, u.at->beg, origin, depth + 1, &w, NULL, NULL);
      if (t.at && (!best.at || order(t.at, origin) < order(best.at, origin))) { best = t; *waited = w; }
    }
  }
  free(us.u);
  return best;
}

/* The variable a for loop steps by one (`i++`, `++i`, `i += 1`, `i--`), or a
 * null cursor. */
static CXCursor stepped_var(Lint *L, Node *loop) {
  if (!loop || loop->kind != CXCursor_ForStmt || loop->nkid != 4) return clang_getNullCursor();
  Node *inc = fe_strip(loop->kid[2]);
  if (!inc || !inc->nkid) return clang_getNullCursor();
  Node *t = fe_strip(inc->kid[0]);
  if (!t || t->kind != CXCursor_DeclRefExpr) return clang_getNullCursor();
  if ((inc->kind == CXCursor_UnaryOperator && fe_is_incdec(L->u, inc)) ||
      (inc->kind == CXCursor_CompoundAssignOperator && (fe_binop_is(L->u, inc, "+=") || fe_binop_is(L->u, inc, "-="))))
    return clang_getCanonicalCursor(clang_getCursorReferenced(t->cur));
  return clang_getNullCursor();
}

/* The element X[v] an argument names (`buf[i]`, `&buf[i]`, `buf[i] + 1`
 * through a decay), v a variable: its subscript node, else NULL. */
static Node *element_of(Lint *L, Node *a) {
  Node *x = fe_strip(a);
  if (x && x->kind == CXCursor_UnaryOperator && fe_is_addrof(L->u, x) && x->nkid) x = fe_strip(x->kid[0]);
  if (!x || x->kind != CXCursor_ArraySubscriptExpr || x->nkid != 2) return NULL;
  Node *i = fe_strip(x->kid[1]);
  return i && i->kind == CXCursor_DeclRefExpr ? x : NULL;
}

/* Is the use at `at` (a read of var before the producing call, in the same
 * innermost loop: the next iteration's) of X[v] where the call writes X[v], v
 * the variable that loop steps?  Another element, not the pending one. */
static int next_element(Lint *L, LFunc *f, Node *at, Node *arg, Node *call) {
  Node *pe = element_of(L, arg);
  if (!pe || at->beg >= call->beg) return 0;
  Node *x = at, *p = at->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) { x = p; p = p->parent; }
  if (!p || p->kind != CXCursor_ArraySubscriptExpr || p->kid[0] != x || !element_of(L, p)) return 0;
  Node *loop = model_loop_of(f, call);
  if (!loop || model_loop_of(f, at) != loop) return 0;
  CXCursor v = stepped_var(L, loop);
  Node *ui = fe_strip(p->kid[1]), *pi = fe_strip(pe->kid[1]);
  return !clang_Cursor_isNull(v) &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(ui->cur)), v) &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(pi->cur)), v);
}

/* The wait for a pending result inside the loop; an explicit delayed_compute
 * is reported on its own.  arg: the argument the call writes var through
 * (an OUT or INOUT parameter's), or NULL. */
static void reads(Lint *L, LFunc *f, Seen *s, Node *loop, CXCursor var, int deref, LCall *producer, Node *arg) {
  CXCursor w = clang_getNullCursor();
  unsigned at = producer->call->beg;
  Use first = first_wait(L, f, loop, var, deref, at, at, 0, &w, arg, producer->call);
  if (first.at && !first.compute) {
    char *v = deref && clang_equalCursors(w, var) ? fe_text(L->u, first.at->beg, first.at->end) : fe_spelling(w);
    char *what = deref && clang_equalCursors(w, var) ? fmt("reading '%s', which the pending call writes through the "
                                                           "pointer,", v)
                                                     : fmt("reading the pending result '%s'", v);
    report(L, s, first.at, producer, what);
    free(what);
    free(v);
  }
}

/* The local variable of `v += call` (any compound assignment; also of an
 * element, acc[j] += call), which emit makes a task and an update; else NULL
 * (a global's, a static's or a member's update runs the call inline, and
 * the loop waits). */
static Node *update_target(Node *call) {
  Node *c = call, *p = call->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) { c = p; p = p->parent; }
  if (!p || p->kind != CXCursor_CompoundAssignOperator || p->nkid != 2 || p->kid[1] != c) return NULL;
  Node *t = fe_strip(p->kid[0]);
  while (t && t->kind == CXCursor_ArraySubscriptExpr && t->nkid == 2) t = fe_strip(t->kid[0]);
  if (!t || t->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = clang_getCursorReferenced(t->cur);
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  int local = clang_getCursorKind(d) == CXCursor_VarDecl && sc != CX_SC_Static && sc != CX_SC_Extern &&
              clang_getCursorKind(clang_getCursorSemanticParent(d)) != CXCursor_TranslationUnit;
  return local ? t : NULL;
}

/* A call on one side of `?:`, `&&` or `||`: emit leaves it serial
 * (delayed-stays-serial says why), so nothing is pending to compute. */
static int conditional_operand(Lint *L, Node *call) {
  for (Node *x = call, *p = call->parent; p && clang_isExpression(p->kind); x = p, p = p->parent) {
    if (p->kind == CXCursor_ConditionalOperator && p->nkid == 3 && p->kid[0] != x) return 1;
    if (p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[1] == x &&
        (fe_binop_is(L->u, p, "&&") || fe_binop_is(L->u, p, "||")))
      return 1;
  }
  return 0;
}

/* The argument of c behind its j-th pending output (c->outs[j]). */
static Node *out_arg(Lint *L, LCall *c, int j) {
  for (int i = 0, k = 0; c->ce && i < c->call->nkid - 1 && i < c->ce->nparam; i++) {
    Dir d = c->ce->param[i].dir;
    if (d != DIR_OUT && d != DIR_INOUT) continue;
    Node *a = c->call->kid[i + 1];
    Node *e = element_of(L, a);
    Node *b = e ? fe_strip(e->kid[0]) : fe_strip(a);
    if (b && b->kind == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCursorReferenced(b->cur), c->outs[j]) && k++ == 0)
      return a;
  }
  return NULL;
}

/* Does emit leave the call c serial (a macro's, in a loop header, memory it
 * cannot track ...)?  Then nothing is pending after it. */
static int stays_serial(Lint *L, LCall *c) {
  Analysis *a = lint_analysis(L);
  for (int i = 0; i < a->nfn + a->nidle; i++) {     /* (a function none of whose calls is a task: idle) */
    Func *fn = i < a->nfn ? a->fn[i] : a->idle[i - a->nfn];
    for (int k = 0; k < fn->nsite; k++) {
      Site *s = fn->site[k];
      if (s->call && s->call->beg == c->call->beg && s->call->end == c->call->end) return s->serial && s->why;
    }
  }
  return 0;
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
      if (c->use == RES_USED && conditional_operand(L, c->call)) continue;   /* stays serial: said so there */
      if (stays_serial(L, c)) continue;                                     /* ... as emit decides it */
      if (c->use == RES_USED && update_target(c->call)) {                /* total += f(i) */
        Node *t = update_target(c->call);
        reads(L, f, &s, loop, clang_getCursorReferenced(t->cur), 0, c, NULL);
        continue;
      }
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
      /* an element through a pointer (`*p = f(k); p++;`): what p points to is
       * pending, not p */
      int through = c->use == RES_ELEM &&
                    clang_getCanonicalType(clang_getCursorType(c->target)).kind == CXType_Pointer;
      if (c->use == RES_VAR || c->use == RES_ELEM) reads(L, f, &s, loop, c->target, through, c, NULL);
      for (int j = 0; j < c->nouts; j++) reads(L, f, &s, loop, c->outs[j], c->outs_deref[j], c, out_arg(L, c, j));
    }
    free(s.stmt);
  }
}
