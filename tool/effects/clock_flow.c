/* clock_flow.c — does a clock reading leave the function that takes it?
 *
 * Reading a clock (time, clock, clock_gettime, gettimeofday, timespec_get)
 * changes nothing, but two readings compare: the serial program reads the
 * later one later.  Tasks that hand a reading out — return it, store it in a
 * global or through a pointer, pass it to a function that may keep it — stay
 * in their serial order among the tasks that read the clocks (effects.c makes
 * them write the clocks).  A task that uses its readings only inside itself
 * (busy-waiting until some time has passed, timing its own loop) orders
 * nothing: what it returns does not depend on when it ran.  Nor does a
 * duration, the difference of two readings (`now() - t0`, `t1.tv_sec -
 * t0.tv_sec`): it says how long, not when, and another task's reading does
 * not compare with it.
 *
 * How: the locals that hold a reading (assigned one, or given to a clock as
 * its out argument) are found to a fixed point, each holding a moment
 * (ABS) or only durations (REL); an expression that names one, or calls a
 * function whose result is a reading, holds a reading — a moment minus a
 * moment is a duration.  Control flow is not followed: `if (now() > t) ok =
 * 1` does not make `ok` a reading.  A value that depends on a reading only
 * through a branch is not compared with another task's reading by the
 * programs we have seen; the values that are (start and end times) flow
 * directly. */
#include "effects/effects.h"

#include <stdlib.h>
#include <string.h>

enum { NONE, REL, ABS };        /* what a value holds: nothing, a duration, a moment */

typedef struct Flow {
  Unit *u;
  const ClockQuery *q;
  CXCursor *var; int *kind; int nvar;   /* the locals that hold a reading, and which */
  int out;                     /* CLOCK_KEPT | CLOCK_RETURNED */
  int grew;
} Flow;

static int holds(Flow *f, CXCursor d) {
  for (int i = 0; i < f->nvar; i++)
    if (clang_equalCursors(f->var[i], d)) return f->kind[i];
  return NONE;
}

static void mark(Flow *f, CXCursor d, int kind) {
  for (int i = 0; i < f->nvar; i++)
    if (clang_equalCursors(f->var[i], d)) {
      if (kind > f->kind[i]) { f->kind[i] = kind; f->grew = 1; }
      return;
    }
  f->var = xrealloc(f->var, (size_t)(f->nvar + 1) * sizeof *f->var);
  f->kind = xrealloc(f->kind, (size_t)(f->nvar + 1) * sizeof *f->kind);
  f->var[f->nvar] = d;
  f->kind[f->nvar++] = kind;
  f->grew = 1;
}

/* What expression n holds: NONE, REL or ABS. */
static int reading(Flow *f, Node *n) {
  if (!n || n->kind == CXCursor_UnaryExpr) return NONE;   /* sizeof t: not evaluated */
  if (n->kind == CXCursor_DeclRefExpr) return holds(f, clang_getCursorReferenced(n->cur));
  if (n->kind == CXCursor_CallExpr && (f->q->call(f->q->ctx, n, NULL) & CLOCK_CALL_READING)) return ABS;
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_binop_is(f->u, n, "-")) {
    int a = reading(f, n->kid[0]), b = reading(f, n->kid[1]);
    if (a == ABS && b == ABS) return REL;      /* a moment minus a moment: how long */
    return a > b ? a : b;
  }
  int k = NONE;
  for (int i = 0; i < n->nkid && k < ABS; i++) {
    int x = reading(f, n->kid[i]);
    if (x > k) k = x;
  }
  return k;
}

/* A reading stored into place p: a local's own memory (t, ts.tv_sec,
 * stamps[i] of a local array) holds it; anything else keeps it. */
static void store(Flow *f, Node *p, int kind) {
  for (;;) {
    p = fe_strip(p);
    if (!p) return;
    if (p->kind == CXCursor_ArraySubscriptExpr && p->nkid == 2) {
      Node *b = fe_strip(p->kid[0]);
      CXType bt = b ? clang_getCanonicalType(clang_getCursorType(b->cur)) : (CXType){0};
      if (!b || bt.kind == CXType_Pointer) break;     /* p[i]: memory it points to */
      p = b;
      continue;
    }
    if (p->kind == CXCursor_MemberRefExpr && p->nkid) {
      Node *b = fe_strip(p->kid[0]);
      if (!b || clang_getCanonicalType(clang_getCursorType(b->cur)).kind == CXType_Pointer) break;   /* b->m */
      p = b;
      continue;
    }
    if (p->kind == CXCursor_DeclRefExpr && access_is_local_var(clang_getCursorReferenced(p->cur))) {
      mark(f, clang_getCursorReferenced(p->cur), kind);
      return;
    }
    break;
  }
  if (kind == ABS) f->out |= CLOCK_KEPT;      /* (a duration kept orders nothing) */
}

/* A clock's out argument a: &t, a local array, or a pointer to elsewhere. */
static void store_through(Flow *f, Node *a) {
  Node *s = fe_strip(a);
  if (!s || fe_null_pointer(s)) return;
  if (s->kind == CXCursor_UnaryOperator && fe_is_addrof(f->u, s) && s->nkid) {
    store(f, s->kid[0], ABS);
    return;
  }
  if (s->kind == CXCursor_DeclRefExpr && access_is_local_var(clang_getCursorReferenced(s->cur)) &&
      clang_getCanonicalType(clang_getCursorType(s->cur)).kind != CXType_Pointer) {
    store(f, s, ABS);           /* struct timespec ts[1]; clock_gettime(c, ts) */
    return;
  }
  f->out |= CLOCK_KEPT;
}

static void visit(Flow *f, Node *n) {
  switch (n->kind) {
  case CXCursor_UnaryExpr:
    return;
  case CXCursor_VarDecl: {
    Node *init = access_var_init(f->u, n);
    int k = init ? reading(f, init) : NONE;
    if (k && access_is_local_var(n->cur)) mark(f, n->cur, k);
    else if (k == ABS) f->out |= CLOCK_KEPT;   /* a static */
    break;
  }
  case CXCursor_BinaryOperator: case CXCursor_CompoundAssignOperator: {
    if (n->nkid != 2 || !access_is_assign(f->u, n)) break;
    int k = reading(f, n->kid[1]);
    /* t -= t0 makes a duration of a moment: t = t - t0 */
    if (n->kind == CXCursor_CompoundAssignOperator && fe_binop_is(f->u, n, "-=") && k == ABS &&
        reading(f, n->kid[0]) == ABS)
      k = REL;
    if (k) store(f, n->kid[0], k);
    break;
  }
  case CXCursor_ReturnStmt:
    if (n->nkid && reading(f, n->kid[0]) == ABS) f->out |= CLOCK_RETURNED;
    break;
  case CXCursor_CallExpr: {
    unsigned written = 0;
    int k = f->q->call(f->q->ctx, n, &written);
    for (int i = 1; i < n->nkid; i++) {
      if ((k & CLOCK_CALL_CLOCK) && i - 1 < 32 && (written >> (i - 1) & 1)) store_through(f, n->kid[i]);
      else if ((k & CLOCK_CALL_KEEPS) && reading(f, n->kid[i]) == ABS) f->out |= CLOCK_KEPT;
    }
    break;
  }
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++) visit(f, n->kid[i]);
}

int fx_clock_flow(Unit *u, Node *body, const ClockQuery *q) {
  Flow f = {u, q, NULL, NULL, 0, 0, 1};
  for (int round = 0; f.grew && round < 64; round++) {
    f.grew = 0;
    visit(&f, body);
  }
  free(f.var);
  free(f.kind);
  return f.out;
}
