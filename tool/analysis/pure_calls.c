/* pure_calls.c — identical calls of a DELAYED_PURE function, computed once.
 *
 * Dask gives `delayed(f, pure=True)(7)` one key however often it is written,
 * so the graph computes it once.  Here: in one block,
 *
 *     int a = sq(7);  ...  int b = sq(7);
 *
 * the second call becomes a copy of the first one's result (copies.c's small
 * task, `b = a` after a's producer), when nothing between them can make the
 * two calls differ:
 *   - the callee has no side effects and reads nothing but its arguments: its
 *     body says so (no globals, no resources, no memory through pointers), or
 *     DELAYED_PURE says so of a body delayc cannot see;
 *   - every argument is a value (no pointer: the memory behind it may change),
 *     spelled the same, made of constants and of local variables whose address
 *     is never taken and which no statement between the two calls assigns;
 *   - the first result is a local variable nothing between the calls assigns,
 *     of the second one's type (a copy converts no further);
 *   - no label or case lies between them (a jump could skip the first call),
 *     and the function has no asm statement (its operands are unseen writes).
 * Calls where the arguments are equal only at run time — a call in a loop, a
 * function called from several places — go through the runtime's memo
 * (runtime/task_memo.c) when the callee is worth it (plan_memos). */
#include "analysis/analysis.h"
#include "analysis/passes.h"
#include "cost/cost.h"

#include <stdlib.h>
#include <string.h>

/* Why the callee's identical calls may not be merged (NULL: they may). */
static const char *impure(Unit *u, Callee *ce, char **detail) {
  *detail = NULL;
  if (!ce->pure) return "not DELAYED_PURE";
  if (ce->longjmps) return "may leave by longjmp";
  const Effects *fx = callee_effects(u, ce);
  if (!fx) return "its effects are unknown";
  if (fx->all) return NULL;                   /* a body delayc cannot see: DELAYED_PURE is the user's word */
  for (int i = 0; i < fx->nparam; i++)
    if (fx->param[i] & FX_WRITE) return "writes through a parameter";
  if (fx_touches_anything(fx) || fx->ng || fx->mem || fx->tls) {
    *detail = fx_describe(fx);
    return "touches more than its arguments";
  }
  return NULL;
}

/* A value the merge may compare: arithmetic, an enum (no pointer, no struct
 * whose padding or members would need more care). */
static int plain_value(CXType t) {
  t = clang_getCanonicalType(t);
  if (clang_isVolatileQualifiedType(t)) return 0;
  return (t.kind >= CXType_Bool && t.kind <= CXType_LongDouble) || t.kind == CXType_Enum;
}

/* Can n's value change between statements `from` (inclusive) and `to`
 * (exclusive) of block blk?  Every variable it names must be a local of
 * plain type whose address the function never takes, assigned by none of
 * them, or an enum constant, or a const global. */
typedef struct Between { Ctx *c; Node *blk; int from, to; } Between;

static int unchanged_between(void *ctx, CXCursor d) {
  Between *w = ctx;
  CXType t = clang_getCursorType(d);
  if (!plain_value(t)) return 0;
  if (clang_Cursor_hasVarDeclGlobalStorage(d) == 1)
    return clang_isConstQualifiedType(t);   /* a const global, or a static: only when const */
  if (tree_takes_address(w->c->u, w->c->f->body, d)) return 0;
  for (int i = w->from; i < w->to; i++)
    if (tree_changes_var(w->c->u, w->blk->kid[i], d)) return 0;
  return 1;
}

static int stable(Ctx *c, Node *n, Node *blk, int from, int to) {
  Between w = {c, blk, from, to};
  return plain_operands(c->u, n, unchanged_between, NULL, &w);
}

/* Does n name a variable?  (clang_Cursor_Evaluate takes a variable's
 * initializer for its value.) */
static int names_var(Node *n) {
  if (n->kind == CXCursor_DeclRefExpr) {
    enum CXCursorKind k = clang_getCursorKind(ref_decl(n));
    if (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (names_var(n->kid[i])) return 1;
  return 0;
}

/* The same expression: the same constant, or the same tree, the same
 * variables, the same text (no macro). */
static int same_expr(Unit *u, Node *x, Node *y) {
  int okx = 0, oky = 0;
  if (!names_var(x) && !names_var(y)) {
    long long vx = eval_int(fe_strip(x), &okx), vy = eval_int(fe_strip(y), &oky);
    if (okx && oky) return vx == vy;
  }
  if (x->macro || y->macro) return 0;
  char *tx = fe_text(u, x->beg, x->end), *ty = fe_text(u, y->beg, y->end);
  char *nx = norm(tx), *ny = norm(ty);
  int same = !strcmp(nx, ny);
  free(tx), free(ty), free(nx), free(ny);
  if (!same || x->kind != y->kind || x->nkid != y->nkid) return 0;
  if (x->kind == CXCursor_DeclRefExpr && !clang_equalCursors(ref_decl(x), ref_decl(y))) return 0;
  for (int i = 0; i < x->nkid; i++)
    if (!same_expr(u, x->kid[i], y->kid[i])) return 0;
  return 1;
}

static int has_label(Node *n) {
  if (n->kind == CXCursor_LabelStmt || n->kind == CXCursor_CaseStmt || n->kind == CXCursor_DefaultStmt) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_label(n->kid[i])) return 1;
  return 0;
}

/* A call whose result goes whole to a local variable: `T x = f(..);` alone in
 * its declaration, or `x = f(..);`. */
static int whole_result(Site *s) {
  if (s->serial || s->fused || s->after || s->nbind || s->tindex || s->tmember || s->tmem || !s->tobj) return 0;
  if (s->tobj->kind != OBJ_SCALAR || s->tobj->ext || s->tobj->temp) return 0;
  if (s->form == SITE_DECL) return s->stmt->nkid == 1;
  return s->form == SITE_ASSIGN && fe_strip(s->target)->kind == CXCursor_DeclRefExpr;
}

static int index_in(Node *blk, Node *stmt) {
  for (int i = 0; i < blk->nkid; i++)
    if (blk->kid[i] == stmt) return i;
  return -1;
}

/* Does a task between the two statements (or A's own statement) write o? */
static int site_writes_between(Func *f, Site *a, Site *b, Obj *o) {
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s == a || s == b || s->serial) continue;
    if (s->stmt->parent != a->stmt->parent) {
      /* nested inside a statement between them */
      Node *p = s->stmt;
      while (p && p->parent != a->stmt->parent) p = p->parent;
      if (!p || p->beg < a->stmt->beg || p->beg >= b->stmt->beg) continue;
    } else if (s->stmt->beg < a->stmt->beg || s->stmt->beg >= b->stmt->beg) {
      continue;
    }
    if (s->tobj == o) return 1;
  }
  return 0;
}

/* Is b's call the same as a's: the same callee, the same values? */
static int same_call(Ctx *c, Site *a, Site *b, Node *blk, int ia, int ib) {
  if (a->callee != b->callee || a->narg != b->narg || a->narg > a->callee->nparam) return 0;
  for (int k = 0; k < a->narg; k++) {
    Node *x = a->arg[k], *y = b->arg[k];
    if (!plain_value(clang_getCursorType(x->cur)) || !plain_value(clang_getCursorType(y->cur))) return 0;
    if (!same_expr(c->u, x, y)) return 0;
    if (!stable(c, x, blk, ia, ib)) return 0;
  }
  return 1;
}

static void make_copy(Ctx *c, Site *a, Site *b) {
  an_explain(c->a, b->call, "call of '%s' is the same as line %u's (DELAYED_PURE, the same arguments): computed "
             "once, '%s' is a copy of '%s'", b->callee->label, a->line, b->tobj->name, a->tobj->name);
  b->form = SITE_COPY;
  b->call = NULL;
  b->callee = NULL;
  b->narg = 0;
  b->nbind = 0;
  b->src = a->tobj;
  b->in_loop = loop_depth_info(c, b->stmt, &b->trip);
  b->ndep = 0;
  add_dep(b, a->tobj, ACC_IN, NULL, NULL, NULL);
  add_dep(b, b->tobj, ACC_OUT, NULL, NULL, NULL);
}

void merge_pure_calls(Ctx *c) {
  Func *f = c->f;
  if (has_kind(f->body, CXCursor_AsmStmt)) return;   /* an asm operand may change anything */
  for (int j = 0; j < f->nsite; j++) {
    Site *b = f->site[j];
    if (!b->callee || !b->callee->pure || !whole_result(b)) continue;
    if (!plain_value(clang_getResultType(clang_getCursorType(b->callee->cur)))) continue;
    Node *blk = b->stmt->parent;
    if (!blk || blk->kind != CXCursor_CompoundStmt) continue;
    int ib = index_in(blk, b->stmt);
    for (int i = j - 1; i >= 0; i--) {
      Site *a = f->site[i];
      if (a->form == SITE_COPY || !whole_result(a) || a->stmt->parent != blk || a->stmt == b->stmt) continue;
      int ia = index_in(blk, a->stmt);
      if (ia < 0 || ia >= ib || !same_call(c, a, b, blk, ia, ib)) continue;
      char *detail = NULL;
      const char *why = impure(c->u, b->callee, &detail);
      if (why) {
        an_explain(c->a, b->call, "call of '%s' is the same as line %u's but is computed again: '%s' is DELAYED_PURE "
                   "but %s%s%s", b->callee->label, a->line, b->callee->label, why, detail ? ": " : "",
                   detail ? detail : "");
        free(detail);
        break;
      }
      /* b = a gives what b = f(..) gives only when both hold the same type
       * (`char c = sq(20); int d = sq(20);`: d is 400, c is -112) */
      if (!clang_equalTypes(clang_getCanonicalType(clang_getCursorType(a->tobj->decl)),
                            clang_getCanonicalType(clang_getCursorType(b->tobj->decl))))
        continue;
      int clash = site_writes_between(f, a, b, a->tobj);
      for (int k = ia + 1; k < ib && !clash; k++) clash = has_label(blk->kid[k]) || tree_changes_var(c->u, blk->kid[k], a->tobj->decl);
      clash |= has_label(b->stmt) || tree_takes_address(c->u, f->body, a->tobj->decl);
      if (clash) continue;
      make_copy(c, a, b);
      break;
    }
  }
}

/* ---- the run-time memo ---- */

/* Calls estimated under this many ns are not looked up: a lookup costs about
 * 35 ns (bench/memo.py), and the estimate is often 4-10x the time a call
 * takes, so this keeps a memo that never hits within a few percent. */
#define MEMO_MIN_NS 10000

/* Bytes of the memo's key, the callee's parameters one after another, or -1
 * when one is not a plain value. */
static long long key_bytes(Callee *ce) {
  long long n = 0;
  for (int i = 0; i < ce->nparam; i++) {
    CXType t = clang_getCursorType(clang_Cursor_getArgument(ce->cur, (unsigned)i));
    long long sz = clang_Type_getSizeOf(t);
    if (!plain_value(t) || sz <= 0) return -1;
    n += sz;
  }
  return n;
}

/* Which tasks call their DELAYED_PURE callee through the memo: a call that
 * may repeat (in a loop, or one of several calls of the callee here) of a
 * callee with no side effects, plain values in and out, small enough a key,
 * and work enough to pay for a lookup. */
void plan_memos(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    Callee *ce = s->callee;
    if (s->serial || s->form == SITE_COPY || !ce || !ce->pure || ce->variadic || s->after || s->nbind) continue;
    if (s->narg != ce->nparam || !s->call) continue;
    int repeats = s->in_loop;
    for (int k = 0; k < f->nsite && !repeats; k++)
      repeats = k != i && f->site[k]->callee == ce;
    if (!repeats) continue;
    CXType rt = clang_getResultType(clang_getCursorType(ce->cur));
    if (!plain_value(rt) || clang_Type_getSizeOf(rt) > 16) continue;
    long long kb = key_bytes(ce);
    if (kb < 0 || kb > 32) continue;
    char *detail = NULL;
    const char *why = impure(c->u, ce, &detail);
    free(detail);
    if (why) continue;
    long long ns = cost_function(ce->cur);
    if (ns >= 0 && ns < MEMO_MIN_NS) continue;
    s->memo = 1;
    an_explain(c->a, s->call, "call of '%s' looks its arguments up first (DELAYED_PURE): a call with the same "
               "values computed before copies that result", ce->label);
  }
}
