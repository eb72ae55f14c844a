/* ranges.c — which elements of a pointer parameter a function's body touches,
 * as a range [first, end) over its parameters:
 *
 *     static void update_block(const double *cur, double *next, int lo, int hi)
 *     {
 *         for (i = lo; i < hi; i++)
 *             next[i] = cur[i - 1] + cur[i] + cur[i + 1];
 *
 * touches next[lo .. hi) and cur[lo - 1 .. hi + 1).
 *
 * An index is a polynomial (Poly) over atoms: constants, parameters the body
 * never assigns, locals set once from such values, and the variables of the
 * for loops around the use — `for (v = A; v < B; v++)`, also `<=`, `>`, `>=`,
 * `!=`, `v--`, `v += c`, `v -= c`.  p[r * cols + c] and p[n - 1 - i] are
 * such polynomials.  Its least and greatest values come from eliminating the
 * loop variables, innermost first: a * v + b takes its greatest at v's last
 * value when a >= 0 (a constant, or an atom every loop around the use shows
 * positive: `c < cols` from 0 runs only when cols >= 1).  Division, modulo,
 * values read from memory and variables assigned in the loop leave the index
 * unknown.
 *
 * The uses are p[e], *p, p->m and *(p ± e), also through p's family: a local
 * alias set once (`int *row = p + r * cols;`), a loop's pointer (`for (q =
 * p, *end = p + n; q < end; q++)`, q being p + v for a loop variable v), or a
 * walker whose place is only known as it runs (`*q++`, `q = skip(q, end)`);
 * and p handed to a call: a DELAYED function (over its annotation), a helper
 * of the file (over the range its body touches), a library call with a size
 * (memset, memcpy, qsort ...) or reading a string (strlen, strcmp ...).  A
 * pointer only compared, or handed out (`return p;`, `*first = p;`), is no
 * use; one kept in a variable or given to a function delayc does not see is
 * EXT_HIDDEN.
 *
 * Each use is then weighed against the declared extent [lo, hi) (the same
 * polynomials, parsed from the annotation's text): within; beyond (a use
 * every run makes — no condition, no early exit, steps of one — goes past it:
 * lint's error, and emit widens the declaration); unknown, checked as the
 * program runs (lower/extent_checks.c: each element, a call's whole range when
 * the callee touches both its ends, else a checked copy of the helper); or
 * opaque (no check can reach it): the parameter is taken as reaching all it
 * may.
 *
 * fx_param_range joins the uses' ranges when their bounds differ by
 * constants (lo - 1 and lo: lo - 1); suggest writes the result as
 * DELAYED_*_RANGE(first, end) (or _N(end) when first is 0). */
#include "effects/effects.h"
#include "effects/poly.h"

#include <stdlib.h>
#include <string.h>

/* ---- expressions as polynomials ---- */

typedef struct Walk {
  Unit *u;
  Node *body;
  CXCursor fn, p;        /* canonical */
  Facts types;           /* parameters of unsigned type: >= 0 */
  /* p's family: p, and the local pointers that only ever hold elements of
   * it; a walker's value changes (`q++`, `q = q + k`, p itself moved) */
  CXCursor fam[16];
  int walker[16];        /* 1: a walker; 2: a loop's pointer (ploop); 0: p unmoved, or an alias set
                            once (alias()); -1: p moved otherwise */
  Node *ploop[16];       /* walker 2: the for loop that alone sets and steps it (`for (q = p; q < end; q++)`) */
  int nfam;
  Node *cur_ploop;       /* collect(): the target is that loop's pointer */
  const Poly *fit_hi;    /* extent_uses: the declared end, for a bound `v < MIN(a, b)` whose two ends */
  long long fit_div;     /* ... eliminate cannot order (the one the use fits under is kept); div: X / c */
  int clamping;          /* clamps_of calls under way: a clamp whose span needs the facts of a
                            loop bounded by that same variable (`imax = ib + 64 < n ? ..;
                            for (i = ib; i < imax; ...)`) would ask for itself forever */
} Walk;

static CXCursor ref_of(Node *n) {
  CXCursor r = clang_getCursorReferenced(n->cur);
  return clang_Cursor_isNull(r) ? r : clang_getCanonicalCursor(r);
}

static Node *ref_named(Node *n, const char *name);

/* Is n an argument of one of delayed.h's markers (delayed_compute(a) is
 * delayc__mark_compute(0, a)): a wait, no access */
static int marker_arg(Node *n) {
  Node *p = n->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr || p->kind == CXCursor_CStyleCastExpr))
    p = p->parent;
  if (!p || p->kind != CXCursor_CallExpr || !p->nkid || p->kid[0] == n) return 0;
  CXCursor fn = clang_getCursorReferenced(p->cur);
  if (clang_Cursor_isNull(fn)) return 0;
  char *nm = fe_spelling(fn);
  int r = !strncmp(nm, "delayc__", 8);
  free(nm);
  return r;
}

static int assigned_in(Unit *u, Node *n, CXCursor d) {
  int k = n->kind;
  if ((k == CXCursor_CompoundAssignOperator || (k == CXCursor_BinaryOperator && fe_is_assign(u, n)) ||
       (k == CXCursor_UnaryOperator && (fe_is_incdec(u, n) || fe_is_addrof(u, n)))) && n->nkid) {
    Node *t = fe_strip(n->kid[0]);
    if (t && t->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(t), d)) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (assigned_in(u, n->kid[i], d)) return 1;
  return 0;
}

static long long eval(Node *n, int *ok) {
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  long long v = 0;
  *ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
  if (*ok) v = clang_EvalResult_getAsLongLong(r);
  if (r) clang_EvalResult_dispose(r);
  return v;
}

/* the prefix operator of a unary expression ('-', '+', '!', '~'), or 0 */
static char prefix_op(Unit *u, Node *n) {
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1 || n->beg >= n->kid[0]->beg) return 0;
  char c = u->src[n->beg];
  return n->beg + 1 < u->len && u->src[n->beg + 1] == c ? 0 : c;
}

/* A for loop over one variable, its values [lo, hi] (inclusive) */
typedef struct Loop {
  CXCursor v;
  Poly lo, hi;
  Poly hi2; int has_hi2;   /* `v < MIN(a, b)`: hi from a, hi2 from b (either holds) */
  int exact;             /* steps of one, and no break, continue, return or goto in its body */
} Loop;

static int in_macro(Node *n);
static char *helper_text(Walk *w, Node *call);
static int to_poly(Walk *w, Node *n, Poly *out, int depth);

/* a clamped value's bounds (lo, hi known when has_lo, has_hi) */
typedef struct Clamp { Poly lo, hi; int has_lo, has_hi; } Clamp;
static Node *clamps_of(Walk *w, Node *n, CXCursor d, Clamp *out);
static int nonneg_at(Walk *w, Node *n, Poly p);

static int inside(Node *n, Node *anc) {
  for (; n; n = n->parent)
    if (n == anc) return 1;
  return 0;
}

static int step_of(Walk *w, Node *inc, CXCursor v, long long *step) {
  Node *s = fe_strip(inc);
  if (!s) return 0;
  Node *t = s->nkid ? fe_strip(s->kid[0]) : NULL;
  if (!t || t->kind != CXCursor_DeclRefExpr || !clang_equalCursors(ref_of(t), v)) return 0;
  if (s->kind == CXCursor_UnaryOperator && fe_is_incdec(w->u, s)) {
    unsigned at = s->beg < t->beg ? s->beg : fe_skip_space(w->u, t->end);
    *step = w->u->src[at] == '+' ? 1 : -1;
    return 1;
  }
  int ok;
  if (s->kind == CXCursor_CompoundAssignOperator && s->nkid == 2) {
    long long c = eval(s->kid[1], &ok);
    if (!ok || c <= 0) return 0;
    if (fe_binop_is(w->u, s, "+=")) { *step = c; return 1; }
    if (fe_binop_is(w->u, s, "-=")) { *step = -c; return 1; }
    return 0;
  }
  if (s->kind == CXCursor_BinaryOperator && fe_is_assign(w->u, s) && s->nkid == 2) {   /* v = v + c */
    Node *r = fe_strip(s->kid[1]);
    if (!r || r->kind != CXCursor_BinaryOperator || r->nkid != 2) return 0;
    Node *rv = fe_strip(r->kid[0]);
    if (!rv || rv->kind != CXCursor_DeclRefExpr || !clang_equalCursors(ref_of(rv), v)) return 0;
    long long c = eval(r->kid[1], &ok);
    if (!ok || c <= 0) return 0;
    if (fe_binop_is(w->u, r, "+")) { *step = c; return 1; }
    if (fe_binop_is(w->u, r, "-")) { *step = -c; return 1; }
  }
  return 0;
}

/* The loop l's variable: 1, with it in *v and its first value's node */
static int loop_var(Walk *w, Node *l, CXCursor *v, Node **first) {
  if (l->kind != CXCursor_ForStmt || l->nkid != 4) return 0;
  Node *init = l->kid[0];
  if (init->kind == CXCursor_DeclStmt && init->nkid >= 1) {
    /* `for (T *q = p, *end = p + n; ...; q++)`: the one the step moves */
    Node *inc = fe_strip(l->kid[2]);
    Node *t = inc && inc->nkid ? fe_strip(inc->kid[0]) : NULL;
    CXCursor stepped = t && t->kind == CXCursor_DeclRefExpr ? ref_of(t) : clang_getNullCursor();
    for (int i = 0; i < init->nkid; i++) {
      CXCursor d = clang_getCanonicalCursor(init->kid[i]->cur);
      if (init->nkid > 1 && !clang_equalCursors(d, stepped)) continue;
      *v = d;
      *first = fe_var_init(w->u, init->kid[i]);
      return *first != NULL;
    }
    return 0;
  }
  Node *b = fe_strip(init);
  if (!b || b->kind != CXCursor_BinaryOperator || b->nkid != 2 || !fe_binop_is(w->u, b, "=")) return 0;
  Node *t = fe_strip(b->kid[0]);
  if (!t || t->kind != CXCursor_DeclRefExpr) return 0;
  *v = ref_of(t);
  *first = b->kid[1];
  return 1;
}

static int family(Walk *w, CXCursor d);
static int derived(Walk *w, Node *e);
static Node *find_decl(Node *n, CXCursor d);

/* the bytes of one element a pointer type indexes (void: 1, counts in bytes) */
static long long unit_size(CXType ptr) {
  CXType e = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(ptr)));
  return e.kind == CXType_Void ? 1 : clang_Type_getSizeOf(e);
}

/* The element of p a pointer of its family holds, when it does not move (p,
 * an alias set once, X + e, X - e, &X[e]): 1, or 0. */
static int ptr_offset(Walk *w, Node *e, Poly *out, int depth) {
  if (!e || depth > 4) return 0;
  CXType t = clang_getCanonicalType(clang_getCursorType(e->cur));
  CXType pt = clang_getCanonicalType(clang_getCursorType(w->p));
  if (t.kind != CXType_Pointer ||
      unit_size(t) != unit_size(pt))
    return 0;                                       /* other units: its offsets are not p's elements */
  while (e->kind == CXCursor_ParenExpr || e->kind == CXCursor_UnexposedExpr)
    if (e->nkid == 1) e = e->kid[0]; else return 0;
  if (e->kind == CXCursor_DeclRefExpr) {
    int i = family(w, ref_of(e));
    if (i == 0 && w->walker[0] == 0) { *out = p_const(0); return 1; }
    if (i <= 0 || w->walker[i] != 0) return 0;
    Node *d = find_decl(w->body, w->fam[i]);
    return d && ptr_offset(w, fe_var_init(w->u, d), out, depth + 1);
  }
  Poly a, b;
  if (e->kind == CXCursor_BinaryOperator && e->nkid == 2 && (fe_binop_is(w->u, e, "+") || fe_binop_is(w->u, e, "-"))) {
    int plus = fe_binop_is(w->u, e, "+"), first = derived(w, e->kid[0]);
    if (!first && !plus) return 0;
    if (!ptr_offset(w, e->kid[first ? 0 : 1], &a, depth + 1)) return 0;
    if (!to_poly(w, e->kid[first ? 1 : 0], &b, 0)) { p_free(&a); return 0; }
    *out = p_add(a, b, plus ? 1 : -1);
    p_free(&a);
    p_free(&b);
    return 1;
  }
  if (e->kind == CXCursor_UnaryOperator && fe_is_addrof(w->u, e) && e->nkid) {
    Node *s = fe_strip(e->kid[0]);
    if (!s || s->kind != CXCursor_ArraySubscriptExpr || s->nkid != 2 || !ptr_offset(w, s->kid[0], &a, depth + 1)) return 0;
    if (!to_poly(w, s->kid[1], &b, 0)) { p_free(&a); return 0; }
    *out = p_add(a, b, 1);
    p_free(&a);
    p_free(&b);
    return 1;
  }
  return 0;
}

/* The values of loop l's variable: 1, or 0 when l is not such a loop */
static int opaque(Poly p);
static int loop_upper(Walk *w, Node *l, Node *bn, Poly start, Poly *out, Poly *out2, int *two, int depth);

static int loop_of(Walk *w, Node *l, Loop *out) {
  CXCursor v;
  Node *a;
  out->has_hi2 = 0;
  if (!loop_var(w, l, &v, &a)) return 0;
  Node *c = fe_strip(l->kid[1]);
  long long step;
  if (!c || c->kind != CXCursor_BinaryOperator || c->nkid != 2 || !step_of(w, l->kid[2], v, &step) ||
      assigned_in(w->u, l->kid[3], v))
    return 0;
  /* `y < y0 + T && y < h` (a tile at the image's edge): the first bound, an
   * upper one the loop stays under (not exact: it may stop sooner) */
  int narrowed = 0;
  Node *also = NULL;              /* the second bound: `y < h` of `y < y0 + T && y < h` */
  if (fe_binop_is(w->u, c, "&&")) {
    also = fe_strip(c->kid[1]);
    c = fe_strip(c->kid[0]);
    narrowed = 1;
    if (!c || c->kind != CXCursor_BinaryOperator || c->nkid != 2) return 0;
  }
  Node *cl = fe_strip(c->kid[0]), *cr = fe_strip(c->kid[1]);
  int left = cl && cl->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(cl), v);
  int right = cr && cr->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(cr), v);
  if (left == right) return 0;
  /* the condition as v OP B */
  static const char *ops[][2] = {{"<", ">"}, {"<=", ">="}, {">", "<"}, {">=", "<="}, {"!=", "!="}};
  const char *op = NULL;
  for (int i = 0; i < 5 && !op; i++)
    if (fe_binop_is(w->u, c, ops[i][0])) op = ops[i][left ? 0 : 1];
  if (!op) return 0;
  Poly A, B;
  int ptr = clang_getCanonicalType(clang_getCursorType(v)).kind == CXType_Pointer;   /* q = p; q < end; q++ */
  if (!(ptr ? ptr_offset(w, a, &A, 0) : to_poly(w, a, &A, 0))) return 0;
  Node *bn = left ? c->kid[1] : c->kid[0];
  int have = ptr ? ptr_offset(w, bn, &B, 0) : to_poly(w, bn, &B, 0);
  if (!ptr && left && step > 0 && (!have || opaque(B))) {
    /* `i < imax`, imax = MIN(i0 + BS, n) (or i0 + BS, then `if (imax > n) imax = n;`):
     * under one of the least's values, not exactly */
    Poly U, U2;
    int two = 0;
    if (loop_upper(w, l, bn, A, &U, &U2, &two, 0)) {
      if (have) p_free(&B);
      B = U;
      have = narrowed = 1;
      if (two) {
        Poly one = p_const(1);
        out->hi2 = p_add(U2, one, -1);
        out->has_hi2 = 1;
        p_free(&U2);
        p_free(&one);
      }
    }
  }
  if (!have) { p_free(&A); return 0; }
  /* ... under the second bound too, `v < H` (or <=): the least of both, as for MIN(a, b) */
  if (also && !out->has_hi2 && !ptr && step > 0 && also->kind == CXCursor_BinaryOperator && also->nkid == 2 &&
      (fe_binop_is(w->u, also, "<") || fe_binop_is(w->u, also, "<="))) {
    Node *al = fe_strip(also->kid[0]);
    Poly H;
    if (al && al->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(al), v) && to_poly(w, also->kid[1], &H, 0)) {
      Poly one = p_const(1);
      out->hi2 = fe_binop_is(w->u, also, "<") ? p_add(H, one, -1) : p_add(H, (Poly){0}, 1);
      out->has_hi2 = 1;
      p_free(&H);
      p_free(&one);
    }
  }
  Poly one = p_const(1);
  int ok = 1;
  if (out->has_hi2 && !narrowed) { p_free(&out->hi2); out->has_hi2 = 0; }
  if (step > 0 && (!strcmp(op, "<") || (!strcmp(op, "!=") && step == 1))) {
    out->lo = A; out->hi = p_add(B, one, -1); p_free(&B);
  } else if (step > 0 && !strcmp(op, "<=")) {
    out->lo = A; out->hi = B;
  } else if (step < 0 && (!strcmp(op, ">") || (!strcmp(op, "!=") && step == -1))) {
    out->hi = A; out->lo = p_add(B, one, 1); p_free(&B);
  } else if (step < 0 && !strcmp(op, ">=")) {
    out->hi = A; out->lo = B;
  } else {
    p_free(&A); p_free(&B); ok = 0;
  }
  p_free(&one);
  if (!ok) {
    if (out->has_hi2) p_free(&out->hi2);
    out->has_hi2 = 0;
    return 0;
  }
  /* constant ends and a step of more than one: the last value the step reaches
   * (`for (bx = 0; bx < 512; bx += 8)`: 504, not 511) */
  long long lo_c, hi_c;
  if ((step > 1 || step < -1) && p_is_const(out->lo, &lo_c) && p_is_const(out->hi, &hi_c) && hi_c >= lo_c) {
    Poly t;
    if (step > 1) {
      t = p_const(lo_c + (hi_c - lo_c) / step * step);
      p_free(&out->hi);
      out->hi = t;
    } else {
      t = p_const(hi_c - (hi_c - lo_c) / -step * -step);
      p_free(&out->lo);
      out->lo = t;
    }
  }
  out->v = v;
  out->exact = (step == 1 || step == -1) && !fx_may_jump(l->kid[3], 0) && !narrowed;
  return 1;
}

static void loop_free(Loop *l) {
  p_free(&l->lo);
  p_free(&l->hi);
  if (l->has_hi2) p_free(&l->hi2);
  l->has_hi2 = 0;
}

/* the atom of loop l's variable: "#offset" */
static char *loop_key(Node *l) { return fmt("#%u", l->beg); }

/* Is d a parameter of the function, or a local declared inside its body? */
static int of_function(Walk *w, CXCursor d, int *param) {
  CXCursor sp = clang_getCanonicalCursor(clang_getCursorSemanticParent(d));
  *param = clang_getCursorKind(d) == CXCursor_ParmDecl;
  return clang_equalCursors(sp, w->fn);
}

static Node *find_decl(Node *n, CXCursor d) {
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), d)) return n;
  for (int i = 0; i < n->nkid; i++) {
    Node *r = find_decl(n->kid[i], d);
    if (r) return r;
  }
  return NULL;
}

/* ---- a local bounded by a guard ----
 * `yy = y + dy; if (yy < 0 || yy >= h) continue;` then src[yy * w + xx]:
 * past the guard yy is in [0, h - 1] however it was set.  Such a local is
 * the atom "@offset.name" (offset: the guard's if), eliminated as a loop's
 * variable is, between the bounds the guard's condition gives. */

/* Is s `continue;`, `break;` or a return, alone or in braces? */
static int leaves(Node *s) {
  while (s && s->kind == CXCursor_CompoundStmt && s->nkid == 1) s = s->kid[0];
  return s && (s->kind == CXCursor_ContinueStmt || s->kind == CXCursor_BreakStmt || s->kind == CXCursor_ReturnStmt);
}

/* The comparison binary operator c is: 0 <, 1 <=, 2 >, 3 >=; else -1 */
static int cmp_op(Walk *w, Node *c) {
  static const char *ops[] = {"<", "<=", ">", ">="};
  for (int i = 0; i < 4; i++)
    if (fe_binop_is(w->u, c, ops[i])) return i;
  return -1;
}

/* Is c d itself, or d % K of a positive constant K: true only when d != 0? */
static int nonzero_when_true(Walk *w, Node *c, CXCursor d) {
  c = fe_strip(c);
  if (c && c->kind == CXCursor_BinaryOperator && c->nkid == 2 && fe_binop_is(w->u, c, "%")) {
    Poly k;
    long long kv = 0;
    if (!to_poly(w, c->kid[1], &k, 0)) return 0;
    int pos = p_is_const(k, &kv) && kv > 0;
    p_free(&k);
    if (!pos) return 0;
    c = fe_strip(c->kid[0]);
  }
  return c && c->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(c), d);
}

/* Is n d itself, or d + K, d - K of a constant K (*k: the K added)? */
static int shifted_var(Walk *w, Node *n, CXCursor d, long long *k) {
  *k = 0;
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && (fe_binop_is(w->u, n, "+") || fe_binop_is(w->u, n, "-"))) {
    Node *a = fe_strip(n->kid[0]);
    Poly kp;
    if (!a || a->kind != CXCursor_DeclRefExpr || !clang_equalCursors(ref_of(a), d) || !to_poly(w, n->kid[1], &kp, 0))
      return 0;
    int ok = p_is_const(kp, k);
    p_free(&kp);
    if (ok && fe_binop_is(w->u, n, "-")) *k = -*k;
    return ok;
  }
  return n->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(n), d);
}

/* Is c a literal zero? */
static int zero_literal(Walk *w, Node *c) {
  Poly z;
  long long v = 1;
  if (!c || !to_poly(w, c, &z, 0)) return 0;
  int r = p_is_const(z, &v) && v == 0;
  p_free(&z);
  return r;
}

/* The bounds of d that condition c gives when it is false (truth 0: a
 * disjunction of d < A, d <= A, d > B, d >= B, either side) or true (truth 1:
 * a conjunction of them); *lo, *hi set (have: 1 lo, 2 hi).  With ne (a loop's
 * variable): also d != E (have 4), from `if (i)`, `if (i % K)`, `i != E`
 * true, or `i == E`, `!i`, `i % K == 0` false. */
static void guard_side_ne(Walk *w, Node *c, CXCursor d, int truth, Poly *lo, Poly *hi, Poly *ne, int *have) {
  c = fe_strip(c);
  if (!c) return;
  if (ne && !(*have & 4)) {
    if (c->kind == CXCursor_UnaryOperator && c->nkid == 1 && !truth) {
      char *t = fe_text(w->u, c->beg, c->end);
      int bang = t[0] == '!';
      free(t);
      if (bang && nonzero_when_true(w, c->kid[0], d)) { *ne = p_const(0); *have |= 4; return; }
    }
    if (truth && nonzero_when_true(w, c, d)) { *ne = p_const(0); *have |= 4; return; }
    if (c->kind == CXCursor_BinaryOperator && c->nkid == 2 &&
        (truth ? fe_binop_is(w->u, c, "!=") : fe_binop_is(w->u, c, "=="))) {
      Node *l = fe_strip(c->kid[0]), *r = fe_strip(c->kid[1]);
      int dl = l && l->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(l), d);
      int dr = r && r->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(r), d);
      if (dl != dr) {
        if (to_poly(w, dl ? c->kid[1] : c->kid[0], ne, 0)) *have |= 4;
        return;
      }
      if ((nonzero_when_true(w, l, d) && zero_literal(w, r)) || (nonzero_when_true(w, r, d) && zero_literal(w, l))) {
        *ne = p_const(0);
        *have |= 4;
        return;
      }
    }
  }
  if (c->kind != CXCursor_BinaryOperator || c->nkid != 2) return;
  if (fe_binop_is(w->u, c, truth ? "&&" : "||")) {
    guard_side_ne(w, c->kid[0], d, truth, lo, hi, ne, have);
    guard_side_ne(w, c->kid[1], d, truth, lo, hi, ne, have);
    return;
  }
  int op = cmp_op(w, c);
  if (op < 0) return;
  Node *l = fe_strip(c->kid[0]), *r = fe_strip(c->kid[1]), *e;
  long long kl = 0, kr = 0;         /* d + K op E: d op E - K */
  if (l && shifted_var(w, l, d, &kl)) e = c->kid[1];
  else if (r && shifted_var(w, r, d, &kr)) { e = c->kid[0]; op ^= 2; }
  else return;                      /* E op d read as d op' E */
  if (!truth) op = 3 - op;          /* not d < E: d >= E; not d <= E: d > E ... */
  Poly v, one = p_const(1);
  if (!to_poly(w, e, &v, 0)) { p_free(&one); return; }
  if (kl || kr) {
    Poly k = p_const(kl + kr), t = p_add(v, k, -1);
    p_free(&v);
    p_free(&k);
    v = t;
  }
  /* d < E: d <= E - 1; d <= E: d <= E; d > E: d >= E + 1; d >= E: d >= E */
  Poly b = op == 0 ? p_add(v, one, -1) : op == 2 ? p_add(v, one, 1) : p_add(v, (Poly){0}, 1);
  Poly *slot = op < 2 ? hi : lo;
  int bit = op < 2 ? 2 : 1;
  if (!(*have & bit)) { *slot = b; *have |= bit; }
  else p_free(&b);
  p_free(&v);
  p_free(&one);
}

static void guard_side(Walk *w, Node *c, CXCursor d, int truth, Poly *lo, Poly *hi, int *have) {
  guard_side_ne(w, c, d, truth, lo, hi, NULL, have);
}

static void guard_free(Poly *lo, Poly *hi, Poly *ne, int have) {
  if (have & 1) p_free(lo);
  if (have & 2) p_free(hi);
  if (have & 4) p_free(ne);
}

static int kid_index(Node *b, Node *c) {
  for (int i = 0; i < b->nkid; i++)
    if (b->kid[i] == c) return i;
  return -1;
}

/* What ifs around use n (or leaving before it) say of a loop's variable d:
 * the bounds and d != *ne each gives (*have: 1 lo, 2 hi, 4 ne), the nearest
 * of each kind. */
static void loop_guards(Walk *w, Node *n, CXCursor d, Poly *lo, Poly *hi, Poly *ne, int *have) {
  *have = 0;
  for (Node *c = n, *b = n->parent; b; c = b, b = b == w->body ? NULL : b->parent) {
    if (b->kind == CXCursor_IfStmt && b->nkid >= 2 && c == b->kid[1] && !assigned_in(w->u, b->kid[0], d) &&
        !assigned_in(w->u, b->kid[1], d))
      guard_side_ne(w, b->kid[0], d, 1, lo, hi, ne, have);
    if (b->kind != CXCursor_CompoundStmt) continue;
    for (int i = kid_index(b, c) - 1; i >= 0; i--) {
      Node *s = b->kid[i];
      if (assigned_in(w->u, s, d)) return;
      if (s->kind == CXCursor_IfStmt && s->nkid == 2 && leaves(s->kid[1])) guard_side_ne(w, s->kid[0], d, 0, lo, hi, ne, have);
    }
  }
}

/* The guard of local d before use n inside the body: its if, with [*lo, *hi];
 * NULL.  An if that leaves when d is out of bounds, before the use in a block
 * around it, or an if around the use whose condition keeps d in bounds. */
static Node *guard_of(Walk *w, Node *n, CXCursor d, Poly *lo, Poly *hi) {
  for (Node *c = n, *b = n->parent; b; c = b, b = b == w->body ? NULL : b->parent) {
    if (b->kind == CXCursor_IfStmt && b->nkid >= 2 && c == b->kid[1] && !assigned_in(w->u, b->kid[0], d) &&
        !assigned_in(w->u, b->kid[1], d)) {
      int have = 0;
      guard_side(w, b->kid[0], d, 1, lo, hi, &have);
      if (have == 3) return b;
      guard_free(lo, hi, NULL, have & 3);
    }
    if (b->kind != CXCursor_CompoundStmt) continue;
    int at = kid_index(b, c);
    for (int i = at - 1; i >= 0; i--) {
      Node *s = b->kid[i];
      if (s->kind == CXCursor_IfStmt && s->nkid == 2 && leaves(s->kid[1])) {
        int have = 0;
        guard_side(w, s->kid[0], d, 0, lo, hi, &have);
        if (have == 3) {
          for (int j = i + 1; j <= at; j++)   /* not set again before the use */
            if (assigned_in(w->u, b->kid[j], d)) { p_free(lo); p_free(hi); return NULL; }
          return s;
        }
        if (have & 1) p_free(lo);
        if (have & 2) p_free(hi);
      }
      if (assigned_in(w->u, s, d)) return NULL;   /* set after any guard above */
    }
  }
  return NULL;
}

static int atom_of(Walk *w, Node *n, Poly *out, int depth) {
  CXCursor d = ref_of(n);
  int param;
  if (clang_Cursor_isNull(d) || !of_function(w, d, &param)) return 0;
  /* the variable of a for loop around n, in the body or the body itself (a
   * loop's body weighed alone, by suggest: its own loop's variable is one
   * value there) */
  for (Node *l = n->parent; l; l = l == w->body ? NULL : l->parent) {
    CXCursor v;
    Node *a;
    if (l->kind != CXCursor_ForStmt || !loop_var(w, l, &v, &a) || !clang_equalCursors(v, d)) continue;
    if (l->nkid == 4 && !inside(n, l->kid[0])) {
      char *k = loop_key(l);        /* never spelled: eliminated before any range is shown */
      *out = p_atom(k);
      free(k);
      return 1;
    }
  }
  if (assigned_in(w->u, w->body, d)) {
    Poly lo, hi;
    Node *g = guard_of(w, n, d, &lo, &hi);
    char mark = '@';
    if (!g) {                                     /* if (j < 0) j = 0; if (j >= w) j = w - 1; */
      Clamp s;
      g = clamps_of(w, n, d, &s);
      if (!g) return 0;
      lo = s.lo;
      hi = s.hi;
      mark = '!';
    }
    p_free(&lo);
    p_free(&hi);
    char *name = fe_spelling(d), *key = fmt("%c%u.%s", mark, g->beg, name);
    *out = p_atom(key);
    free(name);
    free(key);
    return 1;
  }
  char *name = fe_spelling(d);
  if (param) {
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (t.kind >= CXType_UChar && t.kind <= CXType_UInt128 && t.kind != CXType_Char_S) fact(&w->types, name, 0);
    *out = p_atom(name);
    free(name);
    return 1;
  }
  Node *decl = find_decl(w->body, d);               /* a local set once, where declared */
  if (decl) {                                       /* ... and guarded before the use: its guard's bounds */
    Poly lo, hi;
    Node *g = guard_of(w, n, d, &lo, &hi);
    if (g) {
      p_free(&lo);
      p_free(&hi);
      char *key = fmt("@%u.%s", g->beg, name);
      *out = p_atom(key);
      free(key);
      free(name);
      return 1;
    }
  }
  if (!decl) {                                      /* outside the body weighed, unchanged in it */
    *out = p_atom(name);
    free(name);
    return 1;
  }
  free(name);
  Node *init = fe_var_init(w->u, decl);
  return init && to_poly(w, init, out, depth + 1);
}

/* Does conversion n of operand k keep its value as an index: to an integer
 * type as wide, signed, or to a 64-bit one (pointer arithmetic wraps as the
 * value would)?  (int8_t)i, (short)i, (unsigned)i of a signed int do not. */
static int type_keeps(CXType to, CXType from) {
  to = clang_getCanonicalType(to);
  from = clang_getCanonicalType(from);
  int ti = to.kind >= CXType_Bool && to.kind <= CXType_Int128, fi = from.kind >= CXType_Bool && from.kind <= CXType_Int128;
  if (!ti || !fi || clang_equalTypes(to, from)) return 1;
  long long ts = clang_Type_getSizeOf(to), fs = clang_Type_getSizeOf(from);
  int tsigned = to.kind >= CXType_Char_S && to.kind <= CXType_Int128, fsigned = from.kind >= CXType_Char_S && from.kind <= CXType_Int128;
  if (ts >= 8) return ts >= fs;
  return ts > fs || (ts == fs && tsigned == fsigned);
}

static int keeps_value(Node *n, Node *k) { return type_keeps(clang_getCursorType(n->cur), clang_getCursorType(k->cur)); }

static int text_poly(Walk *w, Node *at, const char *text, Poly *out, int depth);

/* ---- values never negative ----
 * `int v = im[i]; for (r ..) v = (v * 31 + r) & 255; hist[v % NBINS]++;`:
 * v is signed, but every value it holds is >= 0, so v % NBINS is in
 * [0, NBINS - 1].  A value is: a constant >= 0, of an unsigned type (or
 * converted from one to a wider type), x & M with M >= 0, sums, products,
 * quotients, remainders and right shifts of such values (a signed overflow is
 * undefined: no wrap is assumed), or a local of the function every store to
 * which (its initializer, =, +=, *=, ..., ++) keeps it so; a local being
 * weighed is taken as such while its stores are (they keep it so, from a
 * start that is). */

typedef struct Nonneg { CXCursor seen[8]; int n; } Nonneg;

static int nonneg_value(Walk *w, Node *x, Nonneg *ns, int depth);

static int unsigned_type(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind >= CXType_Bool && t.kind <= CXType_UInt128;
}

/* Does every store to the local d in n keep it >= 0? */
static int stores_nonneg(Walk *w, Node *n, CXCursor d, Nonneg *ns, int depth) {
  int k = n->kind;
  Node *t = n->nkid ? fe_strip(n->kid[0]) : NULL;
  if (t && t->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(t), d)) {
    if (k == CXCursor_UnaryOperator && fe_is_addrof(w->u, n)) return 0;
    if (k == CXCursor_UnaryOperator && fe_is_incdec(w->u, n)) {
      unsigned at = n->beg < t->beg ? n->beg : fe_skip_space(w->u, t->end);
      if (w->u->src[at] != '+') return 0;
    }
    if (k == CXCursor_BinaryOperator && fe_is_assign(w->u, n) && n->nkid == 2 &&
        !nonneg_value(w, n->kid[1], ns, depth + 1))
      return 0;
    if (k == CXCursor_CompoundAssignOperator && n->nkid == 2) {
      static const char *keep[] = {"+=", "*=", "/=", "%=", ">>=", "|=", "^="};
      int ok = 0;
      for (int i = 0; i < (int)(sizeof keep / sizeof *keep) && !ok; i++) ok = fe_binop_is(w->u, n, keep[i]);
      if (fe_binop_is(w->u, n, "&=")) {
        int c;
        long long m = eval(n->kid[1], &c);
        if (c && m >= 0) return 1;          /* v &= 255: whatever v was */
        ok = 1;
      }
      if (!ok || !nonneg_value(w, n->kid[1], ns, depth + 1)) return 0;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (!stores_nonneg(w, n->kid[i], d, ns, depth)) return 0;
  return 1;
}

static int nonneg_value(Walk *w, Node *x, Nonneg *ns, int depth) {
  x = fe_strip(x);
  if (!x || depth > 8) return 0;
  int ok;
  long long v = eval(x, &ok);
  if (ok) return v >= 0;
  if (unsigned_type(clang_getCursorType(x->cur))) return 1;
  switch (x->kind) {
  case CXCursor_CStyleCastExpr: case CXCursor_UnexposedExpr: case CXCursor_ParenExpr: {
    if (!x->nkid) return 0;
    Node *in = x->kid[x->nkid - 1];
    CXType it = clang_getCursorType(in->cur);
    if (unsigned_type(it) && clang_Type_getSizeOf(it) < clang_Type_getSizeOf(clang_getCursorType(x->cur))) return 1;
    return keeps_value(x, in) && nonneg_value(w, in, ns, depth + 1);
  }
  case CXCursor_BinaryOperator: {
    if (x->nkid != 2) return 0;
    if (fe_binop_is(w->u, x, "&")) {
      for (int side = 0; side < 2; side++) {
        long long m = eval(x->kid[side], &ok);
        if (ok && m >= 0) return 1;
      }
    }
    static const char *keep[] = {"+", "*", "/", "%", ">>", "|", "^", "&"};
    for (int i = 0; i < (int)(sizeof keep / sizeof *keep); i++)
      if (fe_binop_is(w->u, x, keep[i]))
        return nonneg_value(w, x->kid[0], ns, depth + 1) && nonneg_value(w, x->kid[1], ns, depth + 1);
    return 0;
  }
  case CXCursor_DeclRefExpr: {
    CXCursor d = ref_of(x);
    int param;
    if (clang_Cursor_isNull(d) || !of_function(w, d, &param) || param) return 0;
    for (int i = 0; i < ns->n; i++)
      if (clang_equalCursors(ns->seen[i], d)) return 1;     /* being weighed */
    Node *decl = find_decl(w->body, d);
    Node *init = decl ? fe_var_init(w->u, decl) : NULL;
    if (!init || ns->n == (int)(sizeof ns->seen / sizeof *ns->seen)) return 0;
    ns->seen[ns->n++] = d;
    int r = nonneg_value(w, init, ns, depth + 1) && stores_nonneg(w, w->body, d, ns, depth);
    ns->n--;
    return r;
  }
  default:
    return 0;
  }
}

/* x & M (M >= 0 a constant): [0, M]; x % N (N > 0 a constant, x unsigned, or
 * never negative): [0, N - 1].  1 with *hi (and *lo), or 0. */
static int mask_of(Walk *w, Node *n, long long *hi, long long *lo) {
  int and = fe_binop_is(w->u, n, "&");
  for (int side = and ? 0 : 1; side < 2; side++) {
    int ok;
    long long v = eval(n->kid[side], &ok);
    if (!ok || v < (and ? 0 : 1)) continue;
    CXType xt = clang_getCanonicalType(clang_getCursorType(n->kid[1 - side]->cur));
    int uns = xt.kind >= CXType_Bool && xt.kind <= CXType_UInt128;
    Nonneg ns = {{{0}}, 0};
    if (!and && !uns && !nonneg_value(w, n->kid[1 - side], &ns, 0))
      return 0;                   /* v % n of a signed v may be negative: checked as it runs */
    *hi = and ? v : v - 1;
    if (lo) *lo = 0;
    return 1;
  }
  return 0;
}

static int to_poly(Walk *w, Node *n, Poly *out, int depth) {
  if (!n || depth > 8) return 0;
  int ok;
  long long v = eval(n, &ok);
  if (ok) { *out = p_const(v); return 1; }
  if (n->abeg == n->aend && fe_one_macro_use(w->u, n->beg, n->end) && n->kind != CXCursor_DeclRefExpr) {
    char *text = fe_expand_use_text(w->u, n->beg, n->end);   /* IDX(i, j): its operators are in its expansion */
    ok = text && text_poly(w, n, text, out, depth);
    free(text);
    if (ok) return 1;
  }
  switch (n->kind) {
  case CXCursor_ParenExpr: case CXCursor_UnexposedExpr: case CXCursor_CStyleCastExpr:
    if (n->nkid && !keeps_value(n, n->kid[n->nkid - 1])) return 0;   /* (int8_t)i wraps: not i */
    return n->nkid && to_poly(w, n->kid[n->nkid - 1], out, depth);
  case CXCursor_DeclRefExpr:
    return atom_of(w, n, out, depth);
  case CXCursor_CallExpr: {               /* clampi(x, 0, w - 1), a helper's clamp: bounded where eliminated */
    char *t = helper_text(w, n);
    if (!t) return 0;
    free(t);
    char *key = fmt("^%u.%u", n->beg, n->end);
    *out = p_atom(key);
    free(key);
    return 1;
  }
  case CXCursor_ConditionalOperator: {     /* a clamp, x < 0 ? 0 : x: bounded where eliminated */
    if (n->nkid != 3) return 0;
    char *key = fmt("?%u.%u", n->beg, n->end);
    *out = p_atom(key);
    free(key);
    return 1;
  }
  case CXCursor_UnaryOperator: {
    char op = prefix_op(w->u, n);
    if (op != '-' && op != '+') return 0;
    Poly a;
    if (!to_poly(w, n->kid[0], &a, depth)) return 0;
    if (op == '+') { *out = a; return 1; }
    *out = p_add((Poly){0}, a, -1);
    p_free(&a);
    return 1;
  }
  case CXCursor_BinaryOperator: {
    if (n->nkid != 2) return 0;
    int plus = fe_binop_is(w->u, n, "+"), minus = fe_binop_is(w->u, n, "-"), times = fe_binop_is(w->u, n, "*");
    if ((fe_binop_is(w->u, n, "&") || fe_binop_is(w->u, n, "%")) && !in_macro(n)) {
      long long m;                          /* x & 255, x % n: bounded where eliminated (mask_bounds) */
      if (!mask_of(w, n, &m, NULL)) return 0;
      char *key = fmt("%%%u.%u", n->beg, n->end);
      *out = p_atom(key);
      free(key);
      return 1;
    }
    if (!plus && !minus && !times) return 0;
    Poly a, b;
    if (!to_poly(w, n->kid[0], &a, depth)) return 0;
    if (!to_poly(w, n->kid[1], &b, depth)) { p_free(&a); return 0; }
    *out = times ? p_mul(a, b) : p_add(a, b, plus ? 1 : -1);
    p_free(&a);
    p_free(&b);
    return 1;
  }
  default:
    return 0;
  }
}

/* ---- the uses of a parameter ---- */

/* What holds at use n: the loops around it run (their bounds are in order),
 * their variables start from constants; *exact: every loop around it takes
 * each of its values (a for loop of steps of one, without early exits). */
/* A loop from c runs: its last value hi >= c, so an atom of hi = x + d is
 * at least c - d (`y < h`: h >= 1). */
static void loop_runs(Facts *fs, const Loop *lp, long long c) {
  if (lp->hi.n < 1 || lp->hi.n > 2) return;
  long long d = 0;
  const char *x = NULL;
  for (int i = 0; i < lp->hi.n; i++)
    if (!*lp->hi.t[i].key) d = lp->hi.t[i].c;
    else if (lp->hi.t[i].c == 1 && !strchr(lp->hi.t[i].key, '*') && lp->hi.t[i].key[0] != '#') x = lp->hi.t[i].key;
    else return;
  if (x) fact(fs, x, c - d);
}

static void facts_at(Walk *w, Node *n, Facts *fs, int *exact) {
  *exact = 1;
  for (int i = 0; i < w->types.n; i++) fact(fs, w->types.f[i].atom, w->types.f[i].lb);
  for (Node *l = n->parent; l; l = l == w->body ? NULL : l->parent) {
    if (l->kind != CXCursor_ForStmt && l->kind != CXCursor_WhileStmt && l->kind != CXCursor_DoStmt) continue;
    Loop lp;
    if (l->kind != CXCursor_ForStmt || inside(n, l->kid[0]) || !loop_of(w, l, &lp)) { *exact = 0; continue; }
    long long c;
    if (p_is_const(lp.lo, &c)) {
      char *k = loop_key(l);
      fact(fs, k, c);
      free(k);
      loop_runs(fs, &lp, c);
    }
    if (!lp.exact) *exact = 0;
    loop_free(&lp);
  }
  /* a loop's body weighed alone (suggest): it runs only when its loop does,
   * with the loop's variable (an atom of its name there) at its first value
   * or above, and the loop's bound past it (`for (y = 0; y < h; y++)`: y >= 0,
   * h >= 1) */
  Node *own = w->body ? w->body->parent : NULL;
  Loop lp;
  long long c;
  if (own && own->kind == CXCursor_ForStmt && own->nkid == 4 && own->kid[3] == w->body && loop_of(w, own, &lp)) {
    if (p_is_const(lp.lo, &c)) {
      char *name = fe_spelling(lp.v);
      fact(fs, name, c);
      free(name);
      loop_runs(fs, &lp, c);
    }
    loop_free(&lp);
  }
}

/* the innermost loop atom of p ("#offset"), or -1 */
static long long inner_loop(Poly p) {
  long long best = -1;
  for (int i = 0; i < p.n; i++)
    for (const char *s = strchr(p.t[i].key, '#'); s; s = strchr(s + 1, '#')) {
      long long v = strtoll(s + 1, NULL, 10);
      if (v > best) best = v;
    }
  return best;
}


/* Loops eliminated from [*min, *max], innermost first, at use n: 1, or 0
 * (both freed) */
/* a guard atom of p ("@offset.name"), a clamped value's ("?beg.end",
 * "!offset.name"), or NULL */
static char *guard_atom(Poly p) {
  for (int i = 0; i < p.n; i++) {
    const char *s = strpbrk(p.t[i].key, "@?!%^");
    if (!s) continue;
    size_t k = strcspn(s, "*");
    return xstrndup(s, k);
  }
  return NULL;
}

/* The guard atom g at use n: its bounds, from the if at its offset */
static int guard_bounds(Walk *w, Node *n, const char *g, Poly *lo, Poly *hi) {
  const char *dot = strchr(g, '.');
  if (!dot) return 0;
  unsigned off = (unsigned)strtoul(g + 1, NULL, 10);
  for (Node *b = n->parent; b; b = b == w->body ? NULL : b->parent) {
    if (b->kind == CXCursor_IfStmt && b->beg == off) {           /* an if around the use */
      Node *r = ref_named(b->kid[0], dot + 1);
      Node *found = r ? guard_of(w, n, ref_of(r), lo, hi) : NULL;
      if (found && found != b) { p_free(lo); p_free(hi); found = NULL; }
      return found != NULL;
    }
    for (int i = 0; b->kind == CXCursor_CompoundStmt && i < b->nkid; i++)
      if (b->kid[i]->kind == CXCursor_IfStmt && b->kid[i]->beg == off) {
        Node *r = ref_named(b->kid[i]->kid[0], dot + 1);
        Node *found = r ? guard_of(w, n, ref_of(r), lo, hi) : NULL;
        if (found && found != b->kid[i]) { p_free(lo); p_free(hi); found = NULL; }
        return found != NULL;
      }
  }
  return 0;
}

/* ---- a value clamped into bounds ----
 * `j = x + k < 0 ? 0 : x + k >= w ? w - 1 : x + k`, or `j = x + k; if (j < 0)
 * j = 0; if (j >= w) j = w - 1;`: j is in [0, w - 1] (w >= 1 where it is
 * used) whatever x + k is.  Such a value is an atom, "?beg.end" for the
 * conditional expression, "!offset.name" for the local past its clamps (the
 * first clamp's if), eliminated as a guard's local is, between the bounds
 * its branches give.  A branch that is the compared expression itself is
 * bounded by the conditions that lead to it; any other branch by its own
 * value.  Conditions and branches have no side effects (to_poly), so the
 * expression compared is the branch's value. */

typedef struct Bound { Poly subject, b; int upper; } Bound;      /* subject >= b, or <= b */
typedef struct Bounds { Bound x[16]; int n; CXCursor self; } Bounds;   /* self: a local read as "=" */

static void clamp_free(Clamp *s) {
  if (s->has_lo) p_free(&s->lo);
  if (s->has_hi) p_free(&s->hi);
  s->has_lo = s->has_hi = 0;
}

static Poly p_copy(Poly p) { return p_add(p, (Poly){0}, 1); }

static int p_same(Poly a, Poly b) {
  Poly d = p_add(a, b, -1);
  long long c;
  int r = p_is_const(d, &c) && c == 0;
  p_free(&d);
  return r;
}

/* the least (lower) or greatest of a and b at use n, into *out: 1, or 0 */
static int pick(Walk *w, Node *n, Poly a, Poly b, int lower, Poly *out) {
  Poly d = p_add(b, a, -1), nd = p_add((Poly){0}, d, -1);    /* b - a */
  long long c;
  int b_big = p_is_const(d, &c) ? c >= 0 : nonneg_at(w, n, d);
  int a_big = !b_big && (p_is_const(d, &c) ? c <= 0 : nonneg_at(w, n, nd));
  p_free(&d);
  p_free(&nd);
  if (!b_big && !a_big) return 0;
  *out = p_copy((lower == b_big) ? a : b);
  return 1;
}

/* a's span joined with b's, into a (b freed): a side is known when both are
 * and one is beyond the other (else that side is unknown); 1 */
static int clamp_join(Walk *w, Node *n, Clamp *a, Clamp *b) {
  Clamp r = {.has_lo = 0};
  if (a->has_lo && b->has_lo) r.has_lo = pick(w, n, a->lo, b->lo, 1, &r.lo);
  if (a->has_hi && b->has_hi) r.has_hi = pick(w, n, a->hi, b->hi, 0, &r.hi);
  clamp_free(a);
  clamp_free(b);
  *a = r;
  return 1;
}

static void bound_add(Bounds *bs, Poly subject, Poly b, int upper) {
  long long c;
  if (bs->n >= 16 || p_is_const(subject, &c)) { p_free(&subject); p_free(&b); return; }   /* a constant is itself */
  bs->x[bs->n++] = (Bound){subject, b, upper};
}

static void bounds_free(Bounds *bs, int from) {
  for (int i = from; i < bs->n; i++) { p_free(&bs->x[i].subject); p_free(&bs->x[i].b); }
  bs->n = from;
}

static int mentions_var(Node *n, CXCursor d) {
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(n), d)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (mentions_var(n->kid[i], d)) return 1;
  return 0;
}

/* a compared expression: the clamped local itself ("="), or one not naming it */
static int side_poly(Walk *w, Bounds *bs, Node *e, Poly *out) {
  Node *x = fe_strip(e);
  if (clang_Cursor_isNull(bs->self)) return to_poly(w, e, out, 0);
  if (x && x->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(x), bs->self)) { *out = p_atom("="); return 1; }
  return !mentions_var(e, bs->self) && to_poly(w, e, out, 0);
}

/* What `a op b` (op as cmp_op's) says of one side, given the other: of a
 * (of_a) a <= b - 1, a <= b, a >= b + 1, a >= b; of b, b >= a + 1, b >= a,
 * b <= a - 1, b <= a.  The bound; *upper: it is one from above. */
static Poly cmp_bound(Poly other, int op, int of_a, int *upper) {
  Poly kk = p_const(op == 0 ? -1 : op == 2 ? 1 : 0), r = p_add(other, kk, of_a ? 1 : -1);
  p_free(&kk);
  *upper = (op < 2) == of_a;
  return r;
}

static void cmp_bounds(Bounds *bs, Poly a, Poly b, int op) {
  int up;
  Poly x = cmp_bound(b, op, 1, &up);
  bound_add(bs, p_copy(a), x, up);
  x = cmp_bound(a, op, 0, &up);
  bound_add(bs, p_copy(b), x, up);
}

/* What condition c, true (or false), says of its compared expressions: A < B
 * gives A <= B - 1 and B >= A + 1; && true and || false, both sides. */
static void cond_bounds(Walk *w, Node *c, int truth, Bounds *bs) {
  c = fe_strip(c);
  if (!c || c->kind != CXCursor_BinaryOperator || c->nkid != 2) return;
  if ((truth && fe_binop_is(w->u, c, "&&")) || (!truth && fe_binop_is(w->u, c, "||"))) {
    cond_bounds(w, c->kid[0], truth, bs);
    cond_bounds(w, c->kid[1], truth, bs);
    return;
  }
  int op = cmp_op(w, c);
  if (op < 0) return;
  if (!truth) op = 3 - op;          /* not <: >=, not <=: > */
  Poly a, b;
  if (!side_poly(w, bs, c->kid[0], &a)) return;
  if (!side_poly(w, bs, c->kid[1], &b)) { p_free(&a); return; }
  cmp_bounds(bs, a, b, op);
  p_free(&a);
  p_free(&b);
}

/* The span of value v (a poly) where the bounds hold: its own value, or,
 * when a bound names it, that bound */
/* how many terms other than the constant */
static int p_terms(Poly p) {
  int n = 0;
  for (int i = 0; i < p.n; i++) n += p.t[i].key[0] != 0;
  return n;
}

static Clamp value_clamp(Poly v, const Bounds *bs, int bounded_only) {
  Clamp s = {.has_lo = 0};
  for (int i = 0; i < bs->n; i++) {
    if (!p_same(bs->x[i].subject, v)) continue;
    /* an arm's own value, `w - 1` under `x > w - 1`, is no wider for being
     * below x: a bound of more names than the value says less than it */
    if (!bounded_only && p_terms(bs->x[i].b) > p_terms(v)) continue;
    Poly *slot = bs->x[i].upper ? &s.hi : &s.lo;
    int *has = bs->x[i].upper ? &s.has_hi : &s.has_lo;
    if (*has) p_free(slot);
    *slot = p_copy(bs->x[i].b);
    *has = 1;
  }
  if (!bounded_only) {
    if (!s.has_lo) { s.lo = p_copy(v); s.has_lo = 1; }
    if (!s.has_hi) { s.hi = p_copy(v); s.has_hi = 1; }
  }
  return s;
}

/* The span of expression e under the bounds, at use n: 1, or 0 */
static int macro_clamp(Walk *w, Node *n, Node *use, Clamp *out);

static int expr_clamp(Walk *w, Node *n, Node *e, Bounds *bs, Clamp *out, int depth) {
  e = fe_strip(e);
  if (!e || depth > 8) return 0;
  if (e->kind == CXCursor_ConditionalOperator && e->abeg == e->aend && !bs->n && fe_one_macro_use(w->u, e->beg, e->end))
    return macro_clamp(w, n, e, out);                 /* CLAMP(v, lo, hi): from its text */
  if (e->kind == CXCursor_ConditionalOperator && e->nkid == 3) {
    int at = bs->n;
    cond_bounds(w, e->kid[0], 1, bs);
    Clamp a, b;
    int ok = expr_clamp(w, n, e->kid[1], bs, &a, depth + 1);
    bounds_free(bs, at);
    if (!ok) return 0;
    cond_bounds(w, e->kid[0], 0, bs);
    ok = expr_clamp(w, n, e->kid[2], bs, &b, depth + 1);
    bounds_free(bs, at);
    if (!ok) { clamp_free(&a); return 0; }
    ok = clamp_join(w, n, &a, &b);
    *out = a;
    return ok;
  }
  Poly v;
  if (!to_poly(w, e, &v, depth + 1)) return 0;
  *out = value_clamp(v, bs, 0);
  p_free(&v);
  return 1;
}

static Node *node_at(Node *n, unsigned beg, unsigned end, int kind) {
  if ((int)n->kind == kind && n->beg == beg && n->end == end) return n;
  for (int i = 0; i < n->nkid; i++) {
    Node *r = node_at(n->kid[i], beg, end, kind);
    if (r) return r;
  }
  return NULL;
}

/* ---- a clamp spelled by macros ----
 * CLAMP(x + i, 0, w - 1) for MIN(MAX((v), (lo)), (hi)): libclang 14 shows the
 * conditional expressions, not their operators, so the use's text is expanded
 * (every function-like macro in it, a few levels) and read by a small parser:
 * sums, products, comparisons and `?:` over names and numbers.  The names are
 * weighed where the use is (ref_named, to_poly). */

typedef struct TNode { char op; struct TNode *a, *b, *c; long long v; char *name; } TNode;
/* what a condition says of a compared expression that is no polynomial (a
 * conditional one: MIN's MAX(v, lo)): subject <= b, or >= b */
typedef struct TBound { struct TNode *subject; Poly b; int upper; } TBound;
typedef struct TParse { Walk *w; Node *at; const char *s; int bad; TBound tb[16]; int ntb; } TParse;

static int tn_equal(const struct TNode *x, const struct TNode *y) {
  if (!x || !y) return x == y;
  if (x->op != y->op || x->v != y->v || (x->name && (!y->name || strcmp(x->name, y->name))) || (!x->name && y->name))
    return 0;
  return tn_equal(x->a, y->a) && tn_equal(x->b, y->b) && tn_equal(x->c, y->c);
}

static void tn_free(TNode *t) {
  if (!t) return;
  tn_free(t->a); tn_free(t->b); tn_free(t->c);
  free(t->name);
  free(t);
}

static TNode *tn_new(char op, TNode *a, TNode *b) {
  TNode *t = xcalloc(1, sizeof *t);
  t->op = op; t->a = a; t->b = b;
  return t;
}

static void tp_blank(TParse *p) { while (*p->s == ' ' || *p->s == '\t' || *p->s == '\n') p->s++; }

static TNode *tp_expr(TParse *p, int depth);

static TNode *tp_primary(TParse *p, int depth) {
  tp_blank(p);
  const char *s = p->s;
  if (*s == '(') {
    p->s++;
    TNode *e = tp_expr(p, depth + 1);
    tp_blank(p);
    if (*p->s != ')') { p->bad = 1; return e; }
    p->s++;
    return e;
  }
  if (*s == '-' || *s == '+') {
    p->s++;
    TNode *e = tp_primary(p, depth + 1);
    return *s == '-' ? tn_new('u', e, NULL) : e;
  }
  if (*s >= '0' && *s <= '9') {
    char *end;
    long long v = strtoll(s, &end, 0);
    while (c_ident_char(*end)) end++;          /* 1u, 2L */
    p->s = end;
    TNode *t = tn_new('n', NULL, NULL);
    t->v = v;
    return t;
  }
  if (c_ident_char(*s)) {
    const char *e = s;
    while (c_ident_char(*e)) e++;
    p->s = e;
    TNode *t = tn_new('v', NULL, NULL);
    t->name = xstrndup(s, (size_t)(e - s));
    return t;
  }
  p->bad = 1;
  return NULL;
}

static TNode *tp_prod(TParse *p, int depth) {
  TNode *a = tp_primary(p, depth);
  for (tp_blank(p); !p->bad && *p->s == '*'; tp_blank(p)) {
    p->s++;
    a = tn_new('*', a, tp_primary(p, depth));
  }
  return a;
}

static TNode *tp_sum(TParse *p, int depth) {
  TNode *a = tp_prod(p, depth);
  for (tp_blank(p); !p->bad && (*p->s == '+' || *p->s == '-') && p->s[1] != *p->s; tp_blank(p)) {
    char op = *p->s++;
    a = tn_new(op, a, tp_prod(p, depth));
  }
  return a;
}

static TNode *tp_cmp(TParse *p, int depth) {
  TNode *a = tp_sum(p, depth);
  tp_blank(p);
  const char *s = p->s;
  char op = 0;
  if (s[0] == '<' && s[1] == '=') op = 'L';
  else if (s[0] == '>' && s[1] == '=') op = 'G';
  else if ((s[0] == '<' || s[0] == '>') && s[1] != s[0]) op = s[0];
  if (!op || p->bad) return a;
  p->s += op == 'L' || op == 'G' ? 2 : 1;
  return tn_new(op, a, tp_sum(p, depth));
}

static TNode *tp_expr(TParse *p, int depth) {
  if (depth > 40) { p->bad = 1; return NULL; }
  TNode *c = tp_cmp(p, depth);
  tp_blank(p);
  if (p->bad || *p->s != '?') return c;
  p->s++;
  TNode *t = tn_new('?', c, tp_expr(p, depth + 1));
  tp_blank(p);
  if (*p->s != ':') { p->bad = 1; return t; }
  p->s++;
  t->c = tp_expr(p, depth + 1);
  return t;
}

/* a sum or product of the tree as a polynomial at the use */
static int tn_poly(TParse *p, TNode *t, Poly *out) {
  if (!t) return 0;
  switch (t->op) {
  case 'n': *out = p_const(t->v); return 1;
  case 'v': {
    Node *r = ref_named(p->at, t->name);
    if (r) return to_poly(p->w, r, out, 1);
    char *m = fe_macro_text(p->w->u, t->name);       /* an object-like macro: KR */
    int ok = m && parse_text(p->w->u, m, 0, out);
    free(m);
    return ok;
  }
  case 'u': {
    Poly a;
    if (!tn_poly(p, t->a, &a)) return 0;
    *out = p_add((Poly){0}, a, -1);
    p_free(&a);
    return 1;
  }
  case '+': case '-': case '*': {
    Poly a, b;
    if (!tn_poly(p, t->a, &a)) return 0;
    if (!tn_poly(p, t->b, &b)) { p_free(&a); return 0; }
    *out = t->op == '*' ? p_mul(a, b) : p_add(a, b, t->op == '+' ? 1 : -1);
    p_free(&a);
    p_free(&b);
    return 1;
  }
  default: return 0;
  }
}

static void tb_add(TParse *p, TNode *subject, Poly b, int upper) {
  if (p->ntb >= 16) { p_free(&b); return; }
  p->tb[p->ntb++] = (TBound){subject, b, upper};
}

static void tb_free(TParse *p, int from) {
  for (int i = from; i < p->ntb; i++) p_free(&p->tb[i].b);
  p->ntb = from;
}

/* cond_bounds of a parsed comparison; a side that is no polynomial gets a
 * tree bound (p->tb) */
static void tn_cond_bounds(TParse *p, TNode *c, int truth, Bounds *bs) {
  if (!c || !strchr("<>LG", c->op)) return;
  int op = c->op == '<' ? 0 : c->op == 'L' ? 1 : c->op == '>' ? 2 : 3;
  if (!truth) op = 3 - op;
  Poly a, b;
  int ha = tn_poly(p, c->a, &a), hb = tn_poly(p, c->b, &b);
  int up;
  if (ha && hb) {
    cmp_bounds(bs, a, b, op);
  } else if (hb) {                       /* a tree bound on the side that is no polynomial */
    Poly x = cmp_bound(b, op, 1, &up);
    tb_add(p, c->a, x, up);
  } else if (ha) {
    Poly x = cmp_bound(a, op, 0, &up);
    tb_add(p, c->b, x, up);
  }
  if (ha) p_free(&a);
  if (hb) p_free(&b);
}

static int tn_clamp(TParse *p, Node *n, TNode *t, Bounds *bs, Clamp *out, int depth) {
  if (!t || depth > 16) return 0;
  if (t->op == '?') {
    int at = bs->n, tat = p->ntb;
    tn_cond_bounds(p, t->a, 1, bs);
    Clamp a, b;
    int ok = tn_clamp(p, n, t->b, bs, &a, depth + 1);
    bounds_free(bs, at);
    tb_free(p, tat);
    if (!ok) return 0;
    tn_cond_bounds(p, t->a, 0, bs);
    ok = tn_clamp(p, n, t->c, bs, &b, depth + 1);
    bounds_free(bs, at);
    tb_free(p, tat);
    if (!ok) { clamp_free(&a); return 0; }
    clamp_join(p->w, n, &a, &b);
    *out = a;
  } else {
    Poly v;
    if (!tn_poly(p, t, &v)) return 0;
    *out = value_clamp(v, bs, 0);
    p_free(&v);
  }
  /* what conditions around it say of this very expression fills a side its
   * own branches leave unknown (MAX(v, 0) < w - 1 ? MAX(v, 0) : ..: <= w - 2) */
  for (int i = 0; i < p->ntb; i++) {
    if (!tn_equal(p->tb[i].subject, t)) continue;
    Poly *slot = p->tb[i].upper ? &out->hi : &out->lo;
    int *has = p->tb[i].upper ? &out->has_hi : &out->has_lo;
    if (*has) continue;
    *slot = p_copy(p->tb[i].b);
    *has = 1;
  }
  return 1;
}

/* text with its function-like macro uses expanded, a few levels */
static char *expand_all(Unit *u, const char *text, int depth) {
  Buf b = {0};
  buf_add(&b, "", 0);
  int any = 0;
  for (const char *s = text; *s;) {
    if (!c_ident_char(*s) || (*s >= '0' && *s <= '9')) {
      if (*s >= '0' && *s <= '9') while (c_ident_char(*s)) buf_add(&b, s++, 1);
      else buf_add(&b, s++, 1);
      continue;
    }
    const char *e = s;
    while (c_ident_char(*e)) e++;
    const char *q = e;
    while (*q == ' ') q++;
    char *name = xstrndup(s, (size_t)(e - s));
    size_t used = 0;
    char *x = *q == '(' && depth < 8 ? fe_expand_text(u, name, q, &used) : NULL;
    if (x) {
      buf_puts(&b, "(");
      buf_puts(&b, x);
      buf_puts(&b, ")");
      free(x);
      s = q + used;
      any = 1;
    } else {
      buf_add(&b, s, (size_t)(e - s));
      s = e;
    }
    free(name);
  }
  if (!any) return b.s;
  char *r = expand_all(u, b.s, depth + 1);
  free(b.s);
  return r;
}

/* The span of a clamp given as text (takes text), its names read at node
 * at, at use n: 1, or 0 */
static int text_clamp(Walk *w, Node *n, Node *at, char *text, Clamp *out) {
  TParse p = {w, at, text, 0, {{0}}, 0};
  TNode *t = tp_expr(&p, 0);
  tp_blank(&p);
  int ok = t && !p.bad && !*p.s;
  Bounds bs = {.n = 0, .self = clang_getNullCursor()};
  Clamp c;
  ok = ok && tn_clamp(&p, n, t, &bs, &c, 0);
  bounds_free(&bs, 0);
  tb_free(&p, 0);
  tn_free(t);
  free(text);
  if (!ok) return 0;
  if (!c.has_lo || !c.has_hi) { clamp_free(&c); return 0; }
  *out = c;
  return 1;
}

/* The span of the macro use u_node (a conditional expression spelled by
 * macros) at use n: 1, or 0 */
static int macro_clamp(Walk *w, Node *n, Node *use, Clamp *out) {
  char *one = fe_expand_use_text(w->u, use->beg, use->end);
  if (!one) return 0;
  char *text = expand_all(w->u, one, 0);
  free(one);
  return text_clamp(w, n, use, text, out);
}

/* A call of a helper of the file that only returns a clamp of its
 * parameters (`static int clampi(int v, int lo, int hi) { return v < lo ? lo
 * : v > hi ? hi : v; }`): the returned expression's text with each parameter
 * replaced by the call's argument, in parentheses; or NULL. */
static char *helper_text(Walk *w, Node *call) {
  Node *c = fe_direct_callee(call);
  CXCursor fn = c ? clang_getCursorDefinition(clang_getCursorReferenced(c->cur)) : clang_getNullCursor();
  if (clang_Cursor_isNull(fn) || clang_Cursor_getNumArguments(fn) != call->nkid - 1) return NULL;
  Node *t = fe_tree(w->u, fn), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  Node *ret = body && body->nkid == 1 && body->kid[0]->kind == CXCursor_ReturnStmt && body->kid[0]->nkid == 1
                  ? body->kid[0]->kid[0] : NULL;
  char *text = ret && ret->end > ret->beg && !access_no_text(w->u, ret) ? fe_text(w->u, ret->beg, ret->end) : NULL;
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = text; p && *p;) {
    if (!c_ident_char(*p) || (*p >= '0' && *p <= '9')) {
      const char *q = p;
      if (*p >= '0' && *p <= '9') while (c_ident_char(*q)) q++;
      else q++;
      buf_add(&b, p, (size_t)(q - p));
      p = q;
      continue;
    }
    const char *q = p;
    while (c_ident_char(*q)) q++;
    int k = -1;
    for (int i = 0; i < clang_Cursor_getNumArguments(fn) && k < 0; i++) {
      char *pn = fe_spelling(clang_Cursor_getArgument(fn, (unsigned)i));
      if (strlen(pn) == (size_t)(q - p) && !strncmp(pn, p, (size_t)(q - p))) k = i;
      free(pn);
    }
    if (k < 0) {                          /* a name other than a parameter: not a pure clamp */
      free(b.s);
      b.s = NULL;
      break;
    }
    Node *a = call->kid[k + 1];
    char *at = access_no_text(w->u, a) ? NULL : fe_text(w->u, a->beg, a->end);
    if (!at) { free(b.s); b.s = NULL; break; }
    buf_printf(&b, "(%s)", at);
    free(at);
    p = q;
  }
  free(text);
  fe_free_tree(t);
  return text ? b.s : (free(b.s), NULL);
}

/* The bounds of a helper clamp's call (helper_text) at use n, as a clamp
 * spelled by macros is read; 1, or 0. */
static int helper_clamp(Walk *w, Node *n, Node *call, Clamp *out) {
  char *text = helper_text(w, call);
  return text && text_clamp(w, n, call, text, out);
}

/* The call atom g ("^beg.end", a helper clamp's call) at use n: its bounds */
static int call_bounds(Walk *w, Node *n, const char *g, Poly *lo, Poly *hi) {
  char *dot;
  unsigned beg = (unsigned)strtoul(g + 1, &dot, 10), end = *dot == '.' ? (unsigned)strtoul(dot + 1, NULL, 10) : 0;
  Node *e = node_at(w->body, beg, end, CXCursor_CallExpr);
  Clamp c;
  if (!e || !helper_clamp(w, n, e, &c)) return 0;
  *lo = c.lo;
  *hi = c.hi;
  return 1;
}

/* The mask atom g (x & M, x % N at its offsets): its bounds */
static int mask_bounds(Walk *w, const char *g, Poly *lo, Poly *hi) {
  char *dot;
  unsigned beg = (unsigned)strtoul(g + 1, &dot, 10), end = *dot == '.' ? (unsigned)strtoul(dot + 1, NULL, 10) : 0;
  Node *e = node_at(w->body, beg, end, CXCursor_BinaryOperator);
  long long l, h;
  if (!e || e->nkid != 2 || !mask_of(w, e, &h, &l)) return 0;
  *lo = p_const(l);
  *hi = p_const(h);
  return 1;
}

static int choice_bounds(Walk *w, Node *n, const char *g, Poly *lo, Poly *hi) {
  char *dot;
  unsigned beg = (unsigned)strtoul(g + 1, &dot, 10), end = *dot == '.' ? (unsigned)strtoul(dot + 1, NULL, 10) : 0;
  Node *e = node_at(w->body, beg, end, CXCursor_ConditionalOperator);
  Bounds bs = {.n = 0, .self = clang_getNullCursor()};
  Clamp s;
  if (e && e->abeg == e->aend && fe_one_macro_use(w->u, e->beg, e->end)) {   /* CLAMP(v, lo, hi): from its text */
    if (!macro_clamp(w, n, e, &s)) return 0;
  } else if (!e || !expr_clamp(w, n, e, &bs, &s, 0)) {
    return 0;
  }
  if (!s.has_lo || !s.has_hi) { clamp_free(&s); return 0; }
  *lo = s.lo;
  *hi = s.hi;
  return 1;
}

/* `if (d OP X) d = A;` (braces allowed, no else): A's node, else NULL */
static Node *clamp_value(Walk *w, Node *s, CXCursor d) {
  if (s->kind != CXCursor_IfStmt || s->nkid != 2) return NULL;
  Node *t = s->kid[1];
  while (t && t->kind == CXCursor_CompoundStmt && t->nkid == 1) t = t->kid[0];
  t = t ? fe_strip(t) : NULL;
  if (!t || t->kind != CXCursor_BinaryOperator || t->nkid != 2 || !fe_is_assign(w->u, t)) return NULL;
  Node *l = fe_strip(t->kid[0]);
  if (!l || l->kind != CXCursor_DeclRefExpr || !clang_equalCursors(ref_of(l), d)) return NULL;
  if (mentions_var(t->kid[1], d) || assigned_in(w->u, s->kid[0], d)) return NULL;
  return t->kid[1];
}

/* The clamps of local d before use n: the statements right before it in its
 * block (or blocks around) that are `if (..) d = ..;`, down to the last other
 * statement that sets d.  The first clamp's if, or NULL; its span in *out. */
static Node *clamps_of_at(Walk *w, Node *n, CXCursor d, Clamp *out);

static Node *clamps_of(Walk *w, Node *n, CXCursor d, Clamp *out) {
  if (w->clamping >= 4) return NULL;
  w->clamping++;
  Node *r = clamps_of_at(w, n, d, out);
  w->clamping--;
  return r;
}

static Node *clamps_of_at(Walk *w, Node *n, CXCursor d, Clamp *out) {
  for (Node *c = n, *b = n->parent; b; c = b, b = b == w->body ? NULL : b->parent) {
    if (b->kind != CXCursor_CompoundStmt) continue;
    int at = -1;
    for (int i = 0; i < b->nkid; i++)
      if (b->kid[i] == c) at = i;
    if (at >= 0 && inside(n, b->kid[at]) && b->kid[at] != n && assigned_in(w->u, b->kid[at], d) &&
        !clamp_value(w, b->kid[at], d))
      return NULL;                              /* set in the statement of the use, before it maybe */
    int first = -1;
    for (int i = at - 1; i >= 0; i--) {
      if (clamp_value(w, b->kid[i], d)) { first = i; continue; }
      if (assigned_in(w->u, b->kid[i], d) || b->kid[i]->kind == CXCursor_DeclStmt) break;
    }
    if (first < 0) {
      for (int i = at - 1; i >= 0; i--) {
        if (!assigned_in(w->u, b->kid[i], d)) continue;
        /* set here last by `d = E;` (E a clamp, CLAMP(y + j, 0, h - 1), or any value): E's span */
        Node *t = fe_strip(b->kid[i]), *l = t && t->nkid == 2 ? fe_strip(t->kid[0]) : NULL;
        if (!t || t->kind != CXCursor_BinaryOperator || !fe_is_assign(w->u, t) || !l || l->kind != CXCursor_DeclRefExpr ||
            !clang_equalCursors(ref_of(l), d) || mentions_var(t->kid[1], d))
          return NULL;
        Bounds none = {.n = 0, .self = clang_getNullCursor()};
        Clamp v;
        if (!expr_clamp(w, n, t->kid[1], &none, &v, 0)) return NULL;
        if (!v.has_lo || !v.has_hi) { clamp_free(&v); return NULL; }
        *out = v;
        return b->kid[i];
      }
      continue;
    }
    /* from an unknown value, each clamp in order */
    Clamp s = {.has_lo = 0};
    for (int i = first; i < at; i++) {
      Node *v = clamp_value(w, b->kid[i], d);
      if (!v) continue;
      Bounds bs = {.n = 0, .self = d};
      cond_bounds(w, b->kid[i]->kid[0], 0, &bs);           /* not taken: d as it was, within the condition */
      Poly dv = p_atom("=");
      Clamp kept = value_clamp(dv, &bs, 1);
      p_free(&dv);
      bounds_free(&bs, 0);
      /* a side the condition does not bound keeps what d had */
      if (!kept.has_lo && s.has_lo) { kept.lo = p_copy(s.lo); kept.has_lo = 1; }
      if (!kept.has_hi && s.has_hi) { kept.hi = p_copy(s.hi); kept.has_hi = 1; }
      Clamp set;
      Bounds none = {.n = 0, .self = clang_getNullCursor()};
      int ok = expr_clamp(w, n, v, &none, &set, 0) && clamp_join(w, n, &kept, &set);
      clamp_free(&s);
      s = kept;
      if (!ok) { clamp_free(&s); return NULL; }
    }
    if (!s.has_lo || !s.has_hi) { clamp_free(&s); return NULL; }
    *out = s;
    return b->kid[first];
  }
  return NULL;
}

/* The bounds of the atom "!offset.name" at use n */
static int clamped_bounds(Walk *w, Node *n, const char *g, Poly *lo, Poly *hi) {
  const char *dot = strchr(g, '.');
  if (!dot) return 0;
  unsigned off = (unsigned)strtoul(g + 1, NULL, 10);
  Node *r = NULL;
  for (Node *q = n; q && !r; q = q == w->body ? NULL : q->parent)
    if (q->kind == CXCursor_CompoundStmt)
      for (int i = 0; i < q->nkid && !r; i++)
        if (q->kid[i]->beg == off && q->kid[i]->nkid) r = ref_named(q->kid[i]->kid[0], dot + 1);   /* its if, or d = E */
  Clamp s;
  Node *first = r ? clamps_of(w, n, ref_of(r), &s) : NULL;
  if (!first) return 0;
  if (first->beg != off) { clamp_free(&s); return 0; }
  *lo = s.lo;
  *hi = s.hi;
  return 1;
}

/* Atom k, between lo and hi, taken out of [*min, *max]: the least at lo when
 * its coefficient is >= 0, at hi when <= 0; the greatest the other way.  1,
 * or 0 (its coefficient's sign unknown, or k squared). */
static int at_extremes(Poly *min, Poly *max, const char *k, Poly lo, Poly hi, const Facts *fs) {
  int ok = 1;
  for (int side = 0; side < 2 && ok; side++) {
    Poly *p = side ? max : min, a, b;
    if (!p_split(*p, k, &a, &b)) return 0;
    Poly na = p_add((Poly){0}, a, -1);
    int up = nonneg(a, fs), down = !up && nonneg(na, fs);
    if (!up && !down) ok = 0;
    else {
      Poly r = at_value(a, b, (up ^ side) ? lo : hi);
      p_free(p);
      *p = r;
    }
    p_free(&a);
    p_free(&b);
    p_free(&na);
  }
  return ok;
}

/* Is max + 1 within the declared end, X - c * (max + 1) >= 0? */
static int fits_end(Walk *w, const Facts *fs, Poly max) {
  Poly unit = p_const(1), e = p_add(max, unit, 1), in = p_add(*w->fit_hi, e, -w->fit_div);
  int ok = nonneg(in, fs);
  p_free(&unit);
  p_free(&e);
  p_free(&in);
  return ok;
}

static int eliminate(Walk *w, Node *n, const Facts *fs, Poly *min, Poly *max) {
  for (int rounds = 0; rounds < 64; rounds++) {
    for (char *g; (g = guard_atom(*min)) || (g = guard_atom(*max));) {   /* guarded and clamped locals first */
      Poly glo, ghi;
      int got = *g == '@' ? guard_bounds(w, n, g, &glo, &ghi)
              : *g == '?' ? choice_bounds(w, n, g, &glo, &ghi)
              : *g == '%' ? mask_bounds(w, g, &glo, &ghi)
              : *g == '^' ? call_bounds(w, n, g, &glo, &ghi) : clamped_bounds(w, n, g, &glo, &ghi);
      int ok = got && at_extremes(min, max, g, glo, ghi, fs);
      if (got) { p_free(&glo); p_free(&ghi); }
      free(g);
      if (!ok) { p_free(min); p_free(max); return 0; }
    }
    long long at = inner_loop(*min), at2 = inner_loop(*max);
    if (at2 > at) at = at2;
    if (at < 0) return 1;
    Node *l = n->parent;
    while (l && !(l->kind == CXCursor_ForStmt && l->beg == (unsigned)at)) l = l->parent;
    Loop lp;
    if (!l || !loop_of(w, l, &lp)) break;
    /* guards of the loop's variable before the use (`if (yy < 0 || yy >= h)
     * continue;`, `if (i > 0)`, `if (i % W)`): their bounds where tighter, or
     * where not comparable (either holds); `i != lo` moves lo past it */
    Poly glo, ghi, gne;
    int have;
    loop_guards(w, n, lp.v, &glo, &ghi, &gne, &have);
    Poly t;
    if (have & 1) {
      if (pick(w, n, lp.lo, glo, 0, &t)) { p_free(&lp.lo); lp.lo = t; }
      else { p_free(&lp.lo); lp.lo = p_copy(glo); }
    }
    if (have & 2) {
      if (pick(w, n, lp.hi, ghi, 1, &t)) { p_free(&lp.hi); lp.hi = t; }
      else { p_free(&lp.hi); lp.hi = p_copy(ghi); }
    }
    if ((have & 4) && p_same(lp.lo, gne)) {
      Poly one = p_const(1);
      t = p_add(lp.lo, one, 1);
      p_free(&lp.lo);
      lp.lo = t;
      p_free(&one);
    } else if ((have & 4) && p_same(lp.hi, gne) && !lp.has_hi2) {
      Poly one = p_const(1);
      t = p_add(lp.hi, one, -1);
      p_free(&lp.hi);
      lp.hi = t;
      p_free(&one);
    }
    guard_free(&glo, &ghi, &gne, have);
    char *k = loop_key(l);
    if (lp.has_hi2) {
      /* `v < MIN(a, b)`: the rest eliminated under either end, and the least
       * greatest value kept (a block's end for its rows, the matrix's for a
       * column) */
      Poly min2 = p_copy(*min), max2 = p_copy(*max);
      int ok1 = at_extremes(min, max, k, lp.lo, lp.hi, fs), ok2 = at_extremes(&min2, &max2, k, lp.lo, lp.hi2, fs);
      if (ok1) ok1 = eliminate(w, n, fs, min, max);       /* (freed when it fails) */
      else { p_free(min); p_free(max); }
      if (ok2) ok2 = eliminate(w, n, fs, &min2, &max2);
      else { p_free(&min2); p_free(&max2); }
      free(k);
      loop_free(&lp);
      Poly t;
      if (ok1 && ok2 && pick(w, n, *max, max2, 1, &t)) {
        p_free(max);
        *max = t;
      } else if (ok1 && ok2 && w->fit_hi && !fits_end(w, fs, *max) && fits_end(w, fs, max2)) {
        Poly sw = *max;                       /* not ordered: the one within the declaration */
        *max = max2;
        max2 = sw;
      }
      if (ok1 && ok2) { p_free(&min2); p_free(&max2); }
      if (!ok1 && ok2) { *min = min2; *max = max2; }
      return ok1 || ok2;
    }
    int ok = at_extremes(min, max, k, lp.lo, lp.hi, fs);
    free(k);
    loop_free(&lp);
    if (!ok) break;
  }
  p_free(min);
  p_free(max);
  return 0;
}

/* e + off, as a polynomial at its use: 1, or 0 */
static int offset_poly(Walk *w, Node *e, Node *off, Poly *out) {
  Poly o;
  if (!e) *out = p_const(0);
  else if (!to_poly(w, e, out, 0)) return 0;
  if (!off) return 1;
  if (!to_poly(w, off, &o, 0)) { p_free(out); return 0; }
  Poly t = p_add(*out, o, 1);
  p_free(out);
  p_free(&o);
  *out = t;
  return 1;
}

/* The index at a use (index NULL: element 0) through an alias from element
 * off, over the loops around it: 1, or 0. */
/* The offset of the pointer expression n (p + a - b ..., p at its root) from p. */
static int chain_poly(Walk *w, Node *n, Poly *out) {
  while (n && (n->kind == CXCursor_ParenExpr || n->kind == CXCursor_UnexposedExpr) && n->nkid == 1) n = n->kid[0];
  if (!n) return 0;
  if (n->kind == CXCursor_DeclRefExpr) { *out = p_const(0); return 1; }
  if (n->kind != CXCursor_BinaryOperator || n->nkid != 2 ||
      clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur)).kind != CXType_Pointer)
    return 0;
  int minus = fe_binop_is(w->u, n, "-");
  if (!minus && !fe_binop_is(w->u, n, "+")) return 0;
  Poly a, b;
  if (!chain_poly(w, n->kid[0], &a)) return 0;
  if (!to_poly(w, n->kid[1], &b, 0)) { p_free(&a); return 0; }
  *out = p_add(a, b, minus ? -1 : 1);
  p_free(&a);
  p_free(&b);
  return 1;
}

static int use_poly(Walk *w, Node *index, int neg, Node *off, Node *ploop, Poly *out) {
  Poly e;
  if (index && clang_getCanonicalType(clang_getCursorType(index->cur)).kind == CXType_Pointer) {
    Poly o;                                         /* *(p + a - b): a chain from p */
    if (!chain_poly(w, index, &e)) return 0;
    if (!offset_poly(w, NULL, off, &o)) { p_free(&e); return 0; }
    Poly t = p_add(e, o, 1);
    p_free(&e);
    p_free(&o);
    e = t;
  } else if (neg) {                                        /* *(p - e): element -e */
    Poly i, o;
    if (!to_poly(w, index, &i, 0)) return 0;
    if (!offset_poly(w, NULL, off, &o)) { p_free(&i); return 0; }
    e = p_add(o, i, -1);
    p_free(&i);
    p_free(&o);
  } else if (!offset_poly(w, index, off, &e)) {
    return 0;
  }
  if (ploop) {                                      /* through the loop's pointer: p + v */
    char *k = loop_key(ploop);
    Poly v = p_atom(k), t = p_add(e, v, 1);
    p_free(&e);
    p_free(&v);
    free(k);
    e = t;
  }
  *out = e;
  return 1;
}

/* ---- a block of rows, DELAYED_*_2D(rows, cols, ld) ----
 * Its elements are r * ld + c for r in [0, rows), c in [0, cols): an index
 * is shown inside when it splits so, its row and its column each in range
 * over the loops around it.  The hull [0, (rows - 1) * ld + cols) is weighed
 * as a 1-D extent first; this only tells whether a use inside the hull
 * misses the gaps between rows. */
typedef struct Shape { int on, parsed; Poly rows, cols, ld; } Shape;

/* e = r * ld + c: 1, or 0 (ld neither a constant nor a name) */
static int split_rows(Poly e, Poly ld, Poly *r, Poly *c) {
  long long L;
  if (p_is_const(ld, &L)) {
    if (L <= 0) return 0;
    *r = (Poly){0};
    *c = (Poly){0};
    for (int i = 0; i < e.n; i++) {
      Term *t = &e.t[i];
      if (!*t->key) {
        long long q = t->c / L, m = t->c % L;
        if (m < 0) { m += L; q--; }
        p_term(r, q, "", "");
        p_term(c, m, "", "");
      } else if (t->c % L == 0) {
        p_term(r, t->c / L, t->key, t->text);
      } else {
        p_term(c, t->c, t->key, t->text);
      }
    }
    return 1;
  }
  if (ld.n != 1 || ld.t[0].c != 1 || !*ld.t[0].key || strchr(ld.t[0].key, '*')) return 0;
  return p_split(e, ld.t[0].key, r, c);
}

/* Do the elements min .. max (one row's run, over the loops at n) lie in the
 * block's rows?  min and max are kept. */
static int in_rows(Walk *w, Node *n, const Facts *fs, const Shape *sh, Poly min, Poly max) {
  if (!sh->parsed) return 0;
  int ok;
  Poly rm, cm, rM, cM;
  if (!split_rows(min, sh->ld, &rm, &cm)) return 0;
  if (!split_rows(max, sh->ld, &rM, &cM)) { p_free(&rm); p_free(&cm); return 0; }
  Poly d = p_add(rM, rm, -1);
  long long dc, c0;
  ok = p_is_const(d, &dc) && dc == 0;              /* the run stays in one row */
  if (!ok && p_is_const(d, &dc) && dc == 1 && p_is_const(cM, &c0) && c0 == -1) {
    /* a whole row, r * ld to (r + 1) * ld - 1: in rows with no gap, its end is column ld - 1 */
    Poly gap = p_add(sh->cols, sh->ld, -1);
    ok = nonneg(gap, fs);
    p_free(&gap);
    if (ok) {
      Poly one = p_const(1), c = p_add(sh->cols, one, -1);
      p_free(&rM); p_free(&cM);
      rM = p_add(rm, (Poly){0}, 1);
      cM = c;
      p_free(&one);
    }
  }
  p_free(&d);
  if (ok && eliminate(w, n, fs, &rm, &rM) && eliminate(w, n, fs, &cm, &cM)) {
    Poly one = p_const(1), r1 = p_add(sh->rows, one, -1), c1 = p_add(sh->cols, one, -1);
    Poly rhi = p_add(r1, rM, -1), chi = p_add(c1, cM, -1);   /* rows - 1 - r >= 0, cols - 1 - c >= 0 */
    ok = nonneg(rm, fs) && nonneg(cm, fs) && nonneg(rhi, fs) && nonneg(chi, fs);
    p_free(&one); p_free(&r1); p_free(&c1); p_free(&rhi); p_free(&chi);
    p_free(&rm); p_free(&rM); p_free(&cm); p_free(&cM);
    return ok;
  }
  p_free(&rm); p_free(&rM); p_free(&cm); p_free(&cM);
  return 0;
}

/* Do the block's rows leave no gap (cols >= ld): its hull is all of it? */
static int no_gap(const Shape *sh, const Facts *fs) {
  if (!sh->parsed) return 0;
  Poly gap = p_add(sh->cols, sh->ld, -1);
  int ok = nonneg(gap, fs);
  p_free(&gap);
  return ok;
}

/* The least and greatest index at use n (index NULL: element 0) through an
 * alias from element off: 1, or 0.  pre: the index before its loops are
 * eliminated, for in_rows (or NULL), and *have_pre set when it is made. */
static int use_range(Walk *w, Node *n, Node *index, int neg, Node *off, Node *ploop, const Facts *fs, Poly *min,
                     Poly *max, Poly *pre, int *have_pre) {
  Poly e;
  if (!use_poly(w, index, neg, off, ploop, &e)) return 0;
  if (pre) { *pre = p_add(e, (Poly){0}, 1); *have_pre = 1; }   /* kept when the loops cannot be eliminated */
  *min = e;
  *max = p_add(e, (Poly){0}, 1);
  return eliminate(w, n, fs, min, max);
}

/* Is n spelled inside a macro's expansion, where no check can go?  A node
 * spelled whole in a macro's argument, SWAP(a[i], a[j]), is not: the check
 * goes in the argument, and so into each of its expansions.  The front
 * end keeps a node that is exactly one macro use (`IDX(i)`) as rewritable
 * text; a part of an expansion that collapsed to the same use (the index of
 * `AT(p, i)` for `#define AT(p, i) (p)[(i) + off]`) has an ancestor of the
 * same extent, and is not. */
static int in_macro(Node *n) {
  if (!n || n->abeg < n->aend) return 0;   /* spelled whole in a macro's argument: checked there */
  if (n->macro) return 1;
  for (Node *p = n->parent; p && p->beg == n->beg && p->end == n->end; p = p->parent)
    if (p->kind != CXCursor_UnexposedExpr && p->kind != CXCursor_ParenExpr) return 1;
  return 0;
}

/* The elements a memset/memcpy/qsort ... of x touches from p, when its byte
 * count is a polynomial whole in p's elements (`sizeof *st`, `n * sizeof
 * *p`): 1 with [*min, *max] over the loops, or 0 (checked as it runs). */
static int bytes_range(Walk *w, ExtentUse *x, Poly *min, Poly *max, int *constant) {
  long long es = unit_size(clang_getCanonicalType(clang_getCursorType(w->p)));
  if (x->walk || x->ploop || x->chain || es <= 0 || x->size_arg < 0) return 0;
  Poly b, b2, off;
  if (!to_poly(w, x->call->kid[1 + x->size_arg], &b, 0)) return 0;
  if (x->size_arg2 >= 0) {
    if (!to_poly(w, x->call->kid[1 + x->size_arg2], &b2, 0)) { p_free(&b); return 0; }
    Poly t = p_mul(b, b2);
    p_free(&b);
    p_free(&b2);
    b = t;
  }
  int ok = b.n > 0;
  for (int i = 0; i < b.n && ok; i++) {
    if (b.t[i].c % es) ok = 0;       /* a part of an element: not whole */
    else b.t[i].c /= es;
  }
  long long c;
  *constant = ok && p_is_const(b, &c) && c > 0;
  if (ok) ok = offset_poly(w, x->argoff, x->offset, &off);
  if (ok) {
    Poly one = p_const(1), e = p_add(off, b, 1);
    *min = off;
    *max = p_add(e, one, -1);
    p_free(&e);
    p_free(&one);
  }
  p_free(&b);
  return ok;
}

/* ---- a use that is one use of an index macro ----
 * AT(t, i, j), #define AT(m, i, j) (m)[(i) * (ld) + (j)]: the element is
 * spelled in the macro's text, where no check can go.  Expanded one level
 * the use reads BASE[INDEX], BASE the pointer's name: its index is weighed
 * from INDEX's text, each name in it the variable a name of the use's tree
 * refers to, and a check replaces the whole use by its expansion (lower/
 * extent_checks.c). */

/* A DeclRefExpr under n naming a variable spelled name, or NULL */
static Node *ref_named(Node *n, const char *name) {
  if (n->kind == CXCursor_DeclRefExpr) {
    char *s = fe_spelling(ref_of(n));
    int hit = !strcmp(s, name);
    free(s);
    if (hit) return n;
  }
  for (int i = 0; i < n->nkid; i++) {
    Node *r = ref_named(n->kid[i], name);
    if (r) return r;
  }
  return NULL;
}

/* Expression text of a macro's expansion at node at, as a polynomial: its
 * names the variables the use's own tree names so (each weighed at its
 * reference): 1, or 0 */
static int text_poly(Walk *w, Node *at, const char *text, Poly *out, int depth) {
  Poly e;
  if (depth > 4 || !parse_text(w->u, text, 0, &e)) return 0;
  char *names[16];
  int nn = 0, ok = 1;
  for (int i = 0; ok && i < e.n; i++) {
    char *key = xstrdup(e.t[i].key);
    for (char *a = strtok(key, "*"); ok && a; a = strtok(NULL, "*")) {
      int seen = 0;
      for (int j = 0; j < nn; j++) seen |= !strcmp(names[j], a);
      if (seen) continue;
      if (nn == 16) ok = 0;
      else names[nn++] = xstrdup(a);
    }
    free(key);
  }
  for (int j = 0; ok && j < nn; j++) {
    Node *r = ref_named(at, names[j]);
    Poly v;
    if (!r || !to_poly(w, r, &v, depth + 1)) { ok = 0; break; }
    if (!(v.n == 1 && !strcmp(v.t[0].key, names[j]) && v.t[0].c == 1)) ok = p_subst(&e, names[j], v);   /* not itself */
    p_free(&v);
  }
  for (int j = 0; j < nn; j++) free(names[j]);
  if (ok) *out = e;
  else p_free(&e);
  return ok;
}

/* ---- a loop's bound that is the least of two values ----
 * `for (i = i0; i < imax; i++)`, imax = MIN(i0 + BS, n) (a macro's or
 * written), set before the loop in its declaration or by a statement, and
 * lowered after only by `if (imax > n) imax = n;`: i stays under i0 + BS.
 * Of the two values, the one a constant away from the loop's start (a
 * block's end), else the first that is a polynomial. */

static int opaque(Poly p) {                  /* a conditional's atom, ?beg.end */
  for (int i = 0; i < p.n; i++)
    if (strchr(p.t[i].key, '?') || strchr(p.t[i].key, '^')) return 1;
  return 0;
}

static int loop_upper(Walk *w, Node *l, Node *bn, Poly start, Poly *out, Poly *out2, int *two, int depth) {
  Node *b = fe_strip(bn);
  *two = 0;
  if (!b || depth > 3) return 0;
  if (b->kind == CXCursor_DeclRefExpr) {
    CXCursor d = ref_of(b);
    int param, assigned, down;
    if (clang_getCursorKind(d) != CXCursor_VarDecl || !of_function(w, d, &param)) return 0;
    Node *set = fe_value_before(w->u, l, d, w->body, &assigned);
    return set && fe_sets_of(w->u, w->body, d, &down) - down == assigned &&
           loop_upper(w, l, set, start, out, out2, two, depth + 1);
  }
  int macro = fe_own_beg(b) == b->beg && fe_one_macro_use(w->u, b->beg, b->end);
  char *t = NULL, *x, *y;
  if (macro) {
    char *one = fe_expand_use_text(w->u, b->beg, b->end);
    t = one ? expand_all(w->u, one, 0) : NULL;
    free(one);
  } else if (b->kind == CXCursor_ConditionalOperator)
    t = fe_text(w->u, fe_own_beg(b), fe_own_end(b));
  if (!t) {                                     /* a polynomial, else no bound */
    if (!to_poly(w, b, out, 0)) return 0;
    if (!opaque(*out)) return 1;
    p_free(out);
    return 0;
  }
  int ok = fe_min_text(t, &x, &y);
  free(t);
  if (!ok) return 0;
  Poly px, py;
  int hx = text_poly(w, l, x, &px, 0) && !opaque(px), hy = text_poly(w, l, y, &py, 0) && !opaque(py);
  free(x);
  free(y);
  if (!hx && !hy) return 0;
  /* the block's end first (a constant from the start), the other beside it */
  long long c;
  Poly dy = hy ? p_add(py, start, -1) : (Poly){0};
  int swap = hy && p_is_const(dy, &c);
  p_free(&dy);
  if (!hx || swap) {
    Poly t2 = px;
    px = py;
    py = t2;
    int h = hx;
    hx = hy;
    hy = h;
  }
  *out = px;
  if (hy) {
    *out2 = py;
    *two = 1;
  }
  return 1;
}

/* x's place in the macro's expansion: 0 (not such a use), 1 (x->mbase and
 * x->mindex set), 2 (and its index as a polynomial in *out) */
static int macro_index(Walk *w, ExtentUse *x, Poly *out) {
  Node *at = x->at;
  if (x->kind != EXT_ELEMENT || x->walk || x->ploop || x->neg || x->chained || !x->index || !x->name ||
      at->kind != CXCursor_ArraySubscriptExpr || !fe_one_macro_use(w->u, at->beg, at->end) ||
      (x->offset && in_macro(x->offset)))
    return 0;
  char *name = fe_spelling(ref_of(x->name)), *base = NULL;
  char *index = fe_macro_subscript(w->u, at->beg, at->end, name, &base);
  Poly e;
  int ok = index && text_poly(w, at, index, &e, 0);
  if (ok && x->offset) {            /* through an alias from element off */
    Poly o, s;
    if (!to_poly(w, x->offset, &o, 0)) { p_free(&e); ok = 0; }
    else { s = p_add(e, o, 1); p_free(&e); p_free(&o); e = s; }
  }
  if (ok) *out = e;
  int r = ok ? 2 : index != NULL;
  x->mbase = base;
  x->mindex = index;
  free(name);
  return r;
}

/* Is n under a condition inside the body: an if's branch, a ?: arm, the right
 * of && or ||, a case of a switch? */
static int guarded(Unit *u, Node *n, Node *body) {
  for (Node *c = n, *p = n->parent; p && c != body; c = p, p = p->parent) {
    if ((p->kind == CXCursor_IfStmt || p->kind == CXCursor_ConditionalOperator || p->kind == CXCursor_SwitchStmt) &&
        p->nkid && p->kid[0] != c)
      return 1;
    if (p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[1] == c &&
        (fe_binop_is(u, p, "&&") || fe_binop_is(u, p, "||")))
      return 1;
  }
  return 0;
}

/* Library calls that take a pointer and a size: the bytes they touch from it
 * are the size argument, or the product of two (a size that only bounds the
 * write, as snprintf's, is taken whole: _FORTIFY_SOURCE's rule too). */
static const struct Span { const char *name; int ptr[2], size, size2; } spans[] = {
  {"memset", {0, -1}, 2, -1},  {"memcpy", {0, 1}, 2, -1},   {"memmove", {0, 1}, 2, -1}, {"memcmp", {0, 1}, 2, -1},
  {"strncpy", {0, -1}, 2, -1}, {"qsort", {0, -1}, 1, 2},    {"fwrite", {0, -1}, 1, 2},  {"fread", {0, -1}, 1, 2},
  {"bsearch", {1, -1}, 2, 3},
  {"snprintf", {0, -1}, 1, -1}, {"vsnprintf", {0, -1}, 1, -1}, {"fgets", {0, -1}, 1, -1},
};

/* strcpy(dst, src), strcat(dst, src): dst's bytes are the string's length
 * and its NUL, after what dst holds already for strcat (checked as they run:
 * blind 71b, a DELAYED_OUT_N(64) buffer filled by strcpy and strcat was taken
 * as reaching all memory) */
static const struct StrWrite { const char *name; int src, cat; } str_writes[] = {
  {"strcpy", 1, 0}, {"strcat", 1, 1},
};

/* Library calls that read through argument arg as far as their content says
 * (delayc_rt.h's DELAYC_RT_READ_*: to the NUL, to a character, to the first
 * difference ...); other: the argument compared with or the set; c: a
 * character or a base (-1: none; c_const when a constant); n: a count.
 * strstr and strcoll may read their strings whole: to the NUL.  strtod and
 * atof read by rules no check follows: they are not here (EXT_HIDDEN). */
static const struct StrRead { const char *name; int arg, kind, other, c, c_const, n; } str_reads[] = {
  {"strlen", 0, READ_NUL, -1, -1, 0, -1},   {"strrchr", 0, READ_NUL, -1, -1, 0, -1},
  {"strdup", 0, READ_NUL, -1, -1, 0, -1},   {"fputs", 0, READ_NUL, -1, -1, 0, -1},
  {"puts", 0, READ_NUL, -1, -1, 0, -1},     {"strstr", 1, READ_NUL, -1, -1, 0, -1},
  {"strstr", 0, READ_NUL, -1, -1, 0, -1},   {"strcoll", 0, READ_NUL, -1, -1, 0, -1},
  {"strcoll", 1, READ_NUL, -1, -1, 0, -1},
  {"strspn", 1, READ_NUL, -1, -1, 0, -1},   {"strcspn", 1, READ_NUL, -1, -1, 0, -1},
  {"strpbrk", 1, READ_NUL, -1, -1, 0, -1},  {"strchr", 0, READ_CHR, -1, 1, 0, -1},
  {"memchr", 0, READ_MEMCHR, -1, 1, 0, 2},  {"strcmp", 0, READ_CMP, 1, -1, 0, -1},
  {"strcmp", 1, READ_CMP, 0, -1, 0, -1},    {"strncmp", 0, READ_NCMP, 1, -1, 0, 2},
  {"strncmp", 1, READ_NCMP, 0, -1, 0, 2},   {"strspn", 0, READ_SPN, 1, -1, 0, -1},
  {"strcspn", 0, READ_CSPN, 1, -1, 0, -1},  {"strpbrk", 0, READ_CSPN, 1, -1, 0, -1},
  {"strnlen", 0, READ_NLEN, -1, -1, 0, 1},  {"strncpy", 1, READ_NLEN, -1, -1, 0, 2},
  {"strtol", 0, READ_INT, -1, 2, 0, -1},    {"strtoul", 0, READ_INT, -1, 2, 0, -1},
  {"strtoll", 0, READ_INT, -1, 2, 0, -1},   {"strtoull", 0, READ_INT, -1, 2, 0, -1},
  {"atoi", 0, READ_INT, -1, -1, 10, -1},    {"atol", 0, READ_INT, -1, -1, 10, -1},
  {"atoll", 0, READ_INT, -1, -1, 10, -1},
};

/* no call, assignment or ++/-- in n: it can be evaluated twice */
int fx_side_free(Unit *u, Node *n) {
  if (n->kind == CXCursor_CallExpr || n->kind == CXCursor_CompoundAssignOperator ||
      (n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n)) || (n->kind == CXCursor_UnaryOperator && fe_is_incdec(u, n)))
    return 0;
  for (int i = 0; i < n->nkid; i++)
    if (!fx_side_free(u, n->kid[i])) return 0;
  return 1;
}


/* The function a call names: directly, or through delayed(f)'s
 * `(mark, f)`; null when it calls through a pointer. */
static CXCursor called(Node *call) {
  CXCursor fc = clang_getCursorReferenced(call->cur);
  if (clang_getCursorKind(fc) == CXCursor_FunctionDecl) return fc;
  Node *c = call->nkid ? fe_strip(call->kid[0]) : NULL;
  while (c && c->kind == CXCursor_BinaryOperator && c->nkid == 2) c = fe_strip(c->kid[1]);
  if (c && c->kind == CXCursor_DeclRefExpr) {
    fc = clang_getCursorReferenced(c->cur);
    if (clang_getCursorKind(fc) == CXCursor_FunctionDecl) return fc;
  }
  return clang_getNullCursor();
}

/* t (p, p + e, &p[e]; argoff: e) is an argument of a call: what the callee
 * does with it, as x's kind (EXT_HIDDEN: delayc cannot tell) */
static char *subst_args(Unit *u, const char *text, CXCursor fc, Node *call);

/* A DELAYED callee's block of rows, DELAYED_*_2D(rows, cols, ld) on its
 * parameter q: checked row by row when the call runs (delayc_rt_block), its
 * texts over the caller's expressions; none when an argument has side
 * effects (it would be evaluated twice). */
static void block_call(Walk *w, ExtentUse *x, const Param *q, int clean) {
  x->block = 1;
  if (!q->count || !q->ld || !clean || (x->argoff && x->argoff->macro) || (x->offset && x->offset->macro)) return;
  for (int j = 1; j < x->call->nkid; j++)
    if (!fx_side_free(w->u, x->call->kid[j]) || x->call->kid[j]->macro) return;
  Buf o = {0};
  buf_add(&o, "", 0);
  if (x->offset && !x->chain) { char *t = fe_text(w->u, x->offset->beg, x->offset->end); buf_printf(&o, "(%s) + ", t); free(t); }
  if (x->argoff) { char *t = fe_text(w->u, x->argoff->beg, x->argoff->end); buf_printf(&o, "(%s) + ", t); free(t); }
  buf_printf(&o, "0");
  x->chk_first = o.s;
  x->chk_end = NULL;
  x->chk_rows = subst_args(w->u, q->rows, x->callee, x->call);
  x->chk_cols = subst_args(w->u, q->count, x->callee, x->call);
  x->chk_ld = subst_args(w->u, q->ld, x->callee, x->call);
}

static void call_use(Walk *w, Node *t, Node *argoff, ExtentUse *x) {
  x->kind = EXT_HIDDEN;
  x->fit = FIT_OPAQUE;
  Node *call = t->parent;
  for (;;) {
    if (call && (call->kind == CXCursor_UnexposedExpr || call->kind == CXCursor_ParenExpr ||
                 call->kind == CXCursor_CStyleCastExpr)) { t = call; call = call->parent; continue; }
    /* p + n - k, p + at + 1: more arithmetic on the pointer, its place known as it runs */
    if (call && call->kind == CXCursor_BinaryOperator && call->nkid == 2 &&
        clang_getCanonicalType(clang_getCursorType(call->cur)).kind == CXType_Pointer &&
        ((fe_binop_is(w->u, call, "+") && (call->kid[0] == t || call->kid[1] == t)) ||
         (fe_binop_is(w->u, call, "-") && call->kid[0] == t))) {
      x->chain = 1;
      t = call;
      call = call->parent;
      continue;
    }
    break;
  }
  if (!call || call->kind != CXCursor_CallExpr) return;
  int a = -1;
  for (int i = 1; i < call->nkid; i++)
    if (call->kid[i] == t) a = i - 1;
  CXCursor fc = called(call);
  if (a < 0 || clang_Cursor_isNull(fc)) return;
  x->call = call;
  x->ptr_arg = a;
  x->argoff = x->chain ? NULL : argoff;   /* a chain's place is taken from the pointer itself */
  x->callee = fc;
  int narg = call->nkid - 1, clean = fx_side_free(w->u, t) && !t->macro;
  char *name = fe_spelling(fc);
  const struct Span *s = NULL;
  for (size_t i = 0; i < sizeof spans / sizeof *spans && !s; i++)
    if (!strcmp(spans[i].name, name) && (spans[i].ptr[0] == a || spans[i].ptr[1] == a)) s = &spans[i];
  const struct StrRead *str = NULL;
  for (size_t i = 0; i < sizeof str_reads / sizeof *str_reads && !str; i++)
    if (!strcmp(str_reads[i].name, name) && str_reads[i].arg == a) str = &str_reads[i];
  const struct StrWrite *sw = NULL;
  for (size_t i = 0; i < sizeof str_writes / sizeof *str_writes && !sw; i++)
    if (!strcmp(str_writes[i].name, name) && a == 0) sw = &str_writes[i];
  int spr = !strcmp(name, "sprintf") && a == 0 && narg >= 2;
  free(name);
  Callee *ce = fe_callee(w->u, fc);
  if (ce && ce->delayed && a < ce->nparam && ce->param[a].annotated) {
    x->kind = EXT_CALL;                     /* a task of its own, over what it declares */
    if (ce->param[a].rows) block_call(w, x, &ce->param[a], clean);
  } else if (s) {
    /* the size is evaluated again by the check */
    if (s->size < narg && s->size2 < narg && clean && !call->kid[1 + s->size]->macro &&
        fx_side_free(w->u, call->kid[1 + s->size]) &&
        (s->size2 < 0 || (fx_side_free(w->u, call->kid[1 + s->size2]) && !call->kid[1 + s->size2]->macro))) {
      x->kind = EXT_BYTES;
      x->size_arg = s->size;
      x->size_arg2 = s->size2;
    }
  } else if (sw) {
    /* the string's length is read again by the check */
    if (sw->src < narg && clean && !call->kid[1 + sw->src]->macro && fx_side_free(w->u, call->kid[1 + sw->src])) {
      x->kind = EXT_BYTES;
      x->size_arg = x->size_arg2 = -1;
      x->size_str = 1 + sw->src;
      x->size_cat = sw->cat;
    }
  } else if (spr) {
    /* sprintf(p, fmt, ...): the bytes snprintf(NULL, 0, fmt, ...) counts and
     * the NUL, the format and the values evaluated again by the check (a
     * counted buffer filled by sprintf reached all memory, with a warning) */
    int ok = clean;
    for (int j = 1; j < narg && ok; j++) ok = fx_side_free(w->u, call->kid[1 + j]) && !call->kid[1 + j]->macro;
    if (ok) {
      x->kind = EXT_BYTES;
      x->size_arg = x->size_arg2 = -1;
      x->size_fmt = 2;
    }
  } else if (str) {
    /* the arguments the check reads again: evaluated twice */
    int ok = clean;
    for (int k = 0; k < 3 && ok; k++) {
      int j = k == 0 ? str->other : k == 1 ? str->c : str->n;
      ok = j < 0 || (j < narg && fx_side_free(w->u, call->kid[1 + j]) && !call->kid[1 + j]->macro);
    }
    if (ok) {
      x->kind = EXT_STRING;
      x->read = str->kind;
      x->other_arg = str->other;
      x->c_arg = str->c;
      x->c_const = str->c_const;
      x->size_arg = str->n;
    }
  } else if (!clang_Cursor_isNull(clang_getCursorDefinition(fc)) && !clang_Cursor_isVariadic(fc)) {
    x->kind = EXT_CALL;                     /* its body, followed */
  }
  if (x->kind != EXT_HIDDEN) x->fit = FIT_UNKNOWN;
}

/* Is t's value only tested (`!p`, `p == NULL`, `if (p)`, `p && ...`)? */
static int only_tested(Unit *u, Node *t) {
  Node *p = t->parent;
  if (!p) return 0;
  if (p->kind == CXCursor_UnaryOperator && prefix_op(u, p) == '!') return 1;
  if (p->kind == CXCursor_BinaryOperator && p->nkid == 2) {
    static const char *ops[] = {"==", "!=", "&&", "||", "<", ">", "<=", ">=", NULL};
    for (int i = 0; ops[i]; i++)
      if (fe_binop_is(u, p, ops[i])) return 1;
  }
  if ((p->kind == CXCursor_IfStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_ConditionalOperator) &&
      p->nkid && p->kid[0] == t)
    return 1;
  return 0;
}

/* Is t's value only handed out (`return p;`, `*first = p;`, `s->buf = p;`):
 * no access by this body — whoever dereferences it declares its own. */
/* Is the place l (m.f, a[i], *q) memory of the caller or a global's, not
 * the function's own (a local array of row pointers, a local struct)?  A
 * pointer stored there leaves the function; one stored in its own memory is
 * kept and used later, where no check follows it. */
static int outside(Walk *w, Node *l) {
  for (;;) {
    l = fe_strip(l);
    if (!l) return 0;
    if (l->kind == CXCursor_DeclRefExpr) break;
    if ((l->kind == CXCursor_MemberRefExpr || l->kind == CXCursor_ArraySubscriptExpr ||
         (l->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, l))) && l->nkid >= 1) {
      l = l->kid[0];
      continue;
    }
    return 0;
  }
  CXCursor d = clang_getCursorReferenced(l->cur);
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (d.kind == CXCursor_ParmDecl) return t.kind == CXType_Pointer;   /* through a pointer parameter: the caller's */
  if (d.kind != CXCursor_VarDecl) return 0;
  if (clang_getCursorSemanticParent(d).kind == CXCursor_FunctionDecl)
    return 0;                       /* a local (a static one too), or a local pointer to anywhere: kept */
  return 1;                         /* a global */
}

static int escapes(Walk *w, Node *t) {
  Node *p = t->parent;
  while (p && (p->kind == CXCursor_CStyleCastExpr || p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr ||
               (p->kind == CXCursor_ConditionalOperator && p->nkid == 3 && p->kid[0] != t))) {
    t = p;
    p = p->parent;
  }
  if (!p) return 0;
  if (p->kind == CXCursor_ReturnStmt) return 1;
  if (p->kind == CXCursor_BinaryOperator && fe_is_assign(w->u, p) && p->nkid == 2 && p->kid[1] == t) {
    Node *l = fe_strip(p->kid[0]);
    return l && (l->kind == CXCursor_MemberRefExpr || l->kind == CXCursor_ArraySubscriptExpr ||
                 (l->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, l))) && outside(w, l);
  }
  return 0;
}

static int in_sizeof(Node *n) {
  for (Node *p = n->parent; p; p = p->parent)
    if (p->kind == CXCursor_UnaryExpr) return 1;    /* sizeof, _Alignof: not evaluated */
  return 0;
}

typedef struct Uses { ExtentUse *u; int n; } Uses;

/* Is n `(void)x`, a value thrown away? */
static int void_cast(Node *n) {
  return n && n->kind == CXCursor_CStyleCastExpr &&
         clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Void;
}

static void collect(Walk *w, Node *n, CXCursor target, Node *off, Uses *us, int depth, int walk);

static int family(Walk *w, CXCursor d) {
  for (int i = 0; i < w->nfam; i++)
    if (clang_equalCursors(w->fam[i], d)) return i;
  return -1;
}

static int derived(Walk *w, Node *e);
static void candidates(Walk *w, Node *n);
static void settle(Walk *w, int nseed, int *mv);

static int returns_derived(Walk *w, Node *n) {
  if (n->kind == CXCursor_ReturnStmt) return n->nkid == 1 && derived(w, n->kid[0]);
  for (int i = 0; i < n->nkid; i++)
    if (!returns_derived(w, n->kid[i])) return 0;
  return 1;
}

static int follow_depth;     /* calls followed into their bodies, now */

/* A call of a function of the file whose every return is a pointer from the
 * parameters given p's family (skip_string(p, end) returning p + 1, end):
 * its result is in the family too. */
static int derived_call(Walk *w, Node *call) {
  Node *f = fe_direct_callee(call);
  CXCursor fc = f ? clang_getCursorReferenced(f->cur) : clang_getNullCursor(), def = clang_getCursorDefinition(fc);
  /* the C library's searches return a pointer into their first argument */
  static const char *searches[] = {"strchr", "strrchr", "memchr", "memrchr", "rawmemchr", "strstr", "strpbrk", NULL};
  if (f && call->nkid >= 2 && clang_Cursor_isNull(def)) {
    char *name = fe_spelling(fc);
    int search = 0;
    for (int i = 0; searches[i] && !search; i++) search = !strcmp(name, searches[i]);
    free(name);
    if (search) return derived(w, call->kid[1]);
  }
  if (clang_Cursor_isNull(def) || follow_depth >= 3) return 0;
  Node *t = fe_tree(w->u, def), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  Walk cw;
  memset(&cw, 0, sizeof cw);
  cw.u = w->u;
  cw.body = body;
  cw.fn = clang_getCanonicalCursor(def);
  cw.p = w->p;
  int np = clang_Cursor_getNumArguments(def);
  for (int i = 0; body && i < np && i + 1 < call->nkid && cw.nfam < 16; i++)
    if (derived(w, call->kid[1 + i])) {
      cw.fam[cw.nfam] = clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)i));
      cw.walker[cw.nfam++] = 1;
    }
  int ok = 0, mv[16];
  if (cw.nfam) {
    follow_depth++;
    int nseed = cw.nfam;
    candidates(&cw, body);
    settle(&cw, nseed, mv);
    ok = returns_derived(&cw, body);
    follow_depth--;
  }
  fe_free_tree(t);
  return ok;
}

/* Is e a pointer into p's family: a member, X + k, X - k, k + X, &X[k], a
 * helper's result from them? */
static int derived(Walk *w, Node *e) {
  e = fe_strip(e);
  while (e && e->kind == CXCursor_CStyleCastExpr && e->nkid) e = fe_strip(e->kid[e->nkid - 1]);
  if (!e) return 0;
  if (e->kind == CXCursor_CallExpr) return derived_call(w, e);
  if (e->kind == CXCursor_ConditionalOperator && e->nkid == 3) return derived(w, e->kid[1]) && derived(w, e->kid[2]);
  if (e->kind == CXCursor_DeclRefExpr) return family(w, ref_of(e)) >= 0;
  if (e->kind == CXCursor_BinaryOperator && e->nkid == 2) {
    if (fe_binop_is(w->u, e, "+")) return derived(w, e->kid[0]) || derived(w, e->kid[1]);
    if (fe_binop_is(w->u, e, "-")) return derived(w, e->kid[0]) && !derived(w, e->kid[1]);
    return 0;
  }
  if (e->kind == CXCursor_UnaryOperator && fe_is_addrof(w->u, e) && e->nkid) {
    Node *s = fe_strip(e->kid[0]);
    return s && s->kind == CXCursor_ArraySubscriptExpr && s->nkid == 2 && derived(w, s->kid[0]);
  }
  return 0;
}

/* Every change of d in n is a step within the family (d = X, d += k, d -= k,
 * d++, d--), and its address is never taken: 1; *moved: it changes at all. */
static int steps_only(Walk *w, Node *n, CXCursor d, int *moved) {
  int k = n->kind;
  Node *t = n->nkid ? fe_strip(n->kid[0]) : NULL;
  int on_d = t && t->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(t), d);
  if (on_d && k == CXCursor_UnaryOperator && fe_is_addrof(w->u, n)) return 0;
  if (on_d && k == CXCursor_UnaryOperator && fe_is_incdec(w->u, n)) *moved = 1;
  if (on_d && k == CXCursor_CompoundAssignOperator) {
    if (!fe_binop_is(w->u, n, "+=") && !fe_binop_is(w->u, n, "-=")) return 0;
    *moved = 1;
  }
  if (on_d && k == CXCursor_BinaryOperator && fe_is_assign(w->u, n)) {
    if (n->nkid != 2 || !derived(w, n->kid[1])) return 0;
    *moved = 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!steps_only(w, n->kid[i], d, moved)) return 0;
  return 1;
}

/* The local pointers with p's unit: candidates to its family, in it until
 * shown otherwise (a greatest fixed point: `p = comma + 1` and `comma =
 * strchr(p, ',')` hold each other's elements) */
static void candidates(Walk *w, Node *n) {
  if (n->kind == CXCursor_VarDecl && w->nfam < 16) {
    CXCursor q = clang_getCanonicalCursor(n->cur);
    CXType t = clang_getCanonicalType(clang_getCursorType(q));
    if (family(w, q) < 0 && t.kind == CXType_Pointer &&
        unit_size(clang_getCanonicalType(clang_getCursorType(w->p))) == unit_size(t)) {
      w->fam[w->nfam] = q;
      w->walker[w->nfam++] = 1;
    }
  }
  for (int i = 0; i < n->nkid; i++) candidates(w, n->kid[i]);
}

/* how many times n changes d (=, op=, ++, --) */
static int changes(Walk *w, Node *n, CXCursor d) {
  int c = 0, k = n->kind;
  Node *t = n->nkid ? fe_strip(n->kid[0]) : NULL;
  if (t && t->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(t), d) &&
      (k == CXCursor_CompoundAssignOperator || (k == CXCursor_BinaryOperator && fe_is_assign(w->u, n)) ||
       (k == CXCursor_UnaryOperator && fe_is_incdec(w->u, n))))
    c++;
  for (int i = 0; i < n->nkid; i++) c += changes(w, n->kid[i], d);
  return c;
}

static int count_refs(Node *n, CXCursor d) {
  int c = n->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(n), d);
  for (int i = 0; i < n->nkid; i++) c += count_refs(n->kid[i], d);
  return c;
}

/* Can control reach into n other than from its top (a label, a case)? */
static int has_label(Node *n) {
  if (n->kind == CXCursor_LabelStmt || n->kind == CXCursor_CaseStmt || n->kind == CXCursor_DefaultStmt) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_label(n->kid[i])) return 1;
  return 0;
}

/* Does any variable a names change in n (=, op=, ++, --, & taken)? */
static int changes_any(Walk *w, Node *n, Node *a) {
  if (a->kind == CXCursor_DeclRefExpr && assigned_in(w->u, n, ref_of(a))) return 1;
  for (int i = 0; i < a->nkid; i++)
    if (changes_any(w, n, a->kid[i])) return 1;
  return 0;
}

/* C89's alias: `const T *row;` at the top, `row = p + yy * w;` a statement
 * of a block in the body that alone sets row there, row used in the body only
 * after it in that block (no label there to jump to), and nothing its value
 * names changed there: an alias set once, as `const T *row = p + yy * w;`
 * would be.  That assignment (its block in *blk, its place there in *at),
 * or NULL. */
static Node *set_once(Walk *w, CXCursor q, Node **blk, int *at) {
  if (changes(w, w->body, q) != 1) return NULL;
  Node *stack[256], *as = NULL;
  int n = 0;
  stack[n++] = w->body;
  while (n && !as) {
    Node *x = stack[--n];
    Node *l = x->nkid == 2 ? fe_strip(x->kid[0]) : NULL;
    if (x->kind == CXCursor_BinaryOperator && fe_is_assign(w->u, x) && l && l->kind == CXCursor_DeclRefExpr &&
        clang_equalCursors(ref_of(l), q))
      as = x;
    for (int i = 0; i < x->nkid && n < 256; i++) stack[n++] = x->kid[i];
  }
  Node *b = as ? as->parent : NULL;
  if (!b || b->kind != CXCursor_CompoundStmt || !inside(b, w->body) || !fx_side_free(w->u, as->kid[1]) ||
      assigned_in(w->u, as->kid[1], q))
    return NULL;
  Node *d = find_decl(w->body, q);
  if (d && fe_var_init(w->u, d)) return NULL;
  int k = 0, refs = 1;
  while (k < b->nkid && b->kid[k] != as) k++;
  for (int i = k + 1; i < b->nkid; i++) {
    if (changes_any(w, b->kid[i], as->kid[1]) || assigned_in(w->u, b->kid[i], q) || has_label(b->kid[i]))
      return NULL;                                  /* (a jump to a label past it would skip it) */
    refs += count_refs(b->kid[i], q);
  }
  if (refs != count_refs(w->body, q)) return NULL;
  *blk = b;
  *at = k;
  return as;
}

/* The for loop that alone sets and steps walker q (`for (q = p; q < end;
 * q++)`), its bounds shown: q is then p + v for a loop variable v. */
static Node *loop_pointer(Walk *w, Node *n, CXCursor q) {
  CXCursor v;
  Node *a;
  if (n->kind == CXCursor_ForStmt && loop_var(w, n, &v, &a) && clang_equalCursors(v, q) &&
      changes(w, w->body, q) == changes(w, n->kid[0], q) + changes(w, n->kid[2], q)) {
    Loop lp;
    if (loop_of(w, n, &lp)) { loop_free(&lp); return n; }
  }
  for (int i = 0; i < n->nkid; i++) {
    Node *l = loop_pointer(w, n->kid[i], q);
    if (l) return l;
  }
  return NULL;
}

/* An alias's initializer alias() follows: X, X + e, e + X, &X[e] */
static int simple_init(Node *s) {
  if (s->kind == CXCursor_DeclRefExpr) return 1;
  if (s->kind == CXCursor_BinaryOperator && s->nkid == 2) {   /* the pointer itself a name */
    for (int i = 0; i < 2; i++) {
      Node *x = fe_strip(s->kid[i]);
      if (x && x->kind == CXCursor_DeclRefExpr &&
          clang_getCanonicalType(clang_getCursorType(x->cur)).kind == CXType_Pointer)
        return 1;
    }
    return 0;
  }
  if (s->kind == CXCursor_UnaryOperator && s->nkid) {
    Node *x = fe_strip(s->kid[0]);
    return x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2 && fe_strip(x->kid[0]) &&
           fe_strip(x->kid[0])->kind == CXCursor_DeclRefExpr;
  }
  return 0;
}

/* Out of the family the candidates (past the first nseed, which are in for
 * sure) set from anything else, until none is; mv[i]: member i moves. */
static void settle(Walk *w, int nseed, int *mv) {
  for (int changed = 1; changed;) {
    changed = 0;
    for (int i = nseed; i < w->nfam; i++) {
      Node *d = find_decl(w->body, w->fam[i]), *init = d ? fe_var_init(w->u, d) : NULL;
      int m = 0;
      if (d && (!init || derived(w, init)) && steps_only(w, w->body, w->fam[i], &m) && (init || m)) {
        mv[i] = m;
        continue;
      }
      memmove(w->fam + i, w->fam + i + 1, sizeof *w->fam * (size_t)(w->nfam - i - 1));
      w->nfam--;
      i--;
      changed = 1;
    }
  }
}

static void families(Walk *w) {
  int moved = 0, mv[16] = {0};
  w->fam[0] = w->p;
  w->nfam = 1;
  w->walker[0] = steps_only(w, w->body, w->p, &moved) ? moved : -1;
  candidates(w, w->body);
  settle(w, 1, mv);
  /* a walker when it moves, starts from a search's result or from a walker */
  for (int round = 0; round < 2; round++)
    for (int i = 1; i < w->nfam; i++) {
      Node *d = find_decl(w->body, w->fam[i]), *init = d ? fe_var_init(w->u, d) : NULL, *blk;
      int from = 0, at;
      Node *once = init ? NULL : set_once(w, w->fam[i], &blk, &at);   /* C89's `row = p + k;` */
      if (once) init = once->kid[1];
      Node *s = init ? fe_strip(init) : NULL;
      while (s && s->kind == CXCursor_CStyleCastExpr && s->nkid) s = fe_strip(s->kid[s->nkid - 1]);
      if (s && s->kind == CXCursor_CallExpr) from = 1;     /* q = strchr(p, c): where is known as it runs */
      if (s && !simple_init(s)) from = 1;                  /* q = p + n - k: likewise */
      while (s && s->kind != CXCursor_DeclRefExpr && s->nkid) s = fe_strip(s->kid[0]);
      int j = s && s->kind == CXCursor_DeclRefExpr ? family(w, ref_of(s)) : -1;
      if (j > 0 && w->walker[j] == 1) from = 1;
      w->walker[i] = round == 0 ? (mv[i] && !once) || from || !init : w->walker[i] || from;
    }
  for (int i = 1; i < w->nfam; i++)
    if (w->walker[i] == 1 && (w->ploop[i] = loop_pointer(w, w->body, w->fam[i]))) w->walker[i] = 2;
}

/* Does the value at n (a use of a family member) only go to set a walker (q
 * = p + k; T *q = p; q += 2 on q itself), so that it is no access? */
static int sets_walker(Walk *w, Node *n) {
  Node *c = n, *p = n->parent;
  for (; p; c = p, p = p->parent) {
    if (p->kind == CXCursor_ParenExpr || p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_CStyleCastExpr) continue;
    if (p->kind == CXCursor_BinaryOperator && p->nkid == 2 && (fe_binop_is(w->u, p, "+") || fe_binop_is(w->u, p, "-")))
      continue;
    if (p->kind == CXCursor_ArraySubscriptExpr && p->kid[0] == c && p->parent) {   /* &X[k] */
      Node *up = p->parent;
      while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
      if (up && up->kind == CXCursor_UnaryOperator && fe_is_addrof(w->u, up)) { p = up; continue; }
      return 0;
    }
    break;
  }
  if (!p) return 0;
  if (p->kind == CXCursor_VarDecl) {
    int i = family(w, clang_getCanonicalCursor(p->cur));
    return i >= 0 && w->walker[i] >= 1;
  }
  if ((p->kind == CXCursor_BinaryOperator && fe_is_assign(w->u, p)) || p->kind == CXCursor_CompoundAssignOperator) {
    Node *t = fe_strip(p->kid[0]);
    int i = t && t->kind == CXCursor_DeclRefExpr ? family(w, ref_of(t)) : -1;
    return i >= 0 && w->walker[i] >= 1;
  }
  return 0;
}

/* v (p, p + e, &p[e]; off: e) initialises a local pointer the body never
 * assigns again (`int *row = p + r * cols;`): its uses are p's, from e on.
 * 1: collected; 0: not such an alias. */
static int alias(Walk *w, Node *v, Node *off, Node *prev, Uses *us, int depth) {
  Node *c = v, *d = v->parent;
  while (d && (d->kind == CXCursor_UnexposedExpr || d->kind == CXCursor_ParenExpr || d->kind == CXCursor_CStyleCastExpr)) {
    c = d;
    d = d->parent;
  }
  if (!d || depth > 3 || (off && prev) || (off && !fx_side_free(w->u, off))) return 0;
  Node *blk = NULL, *l = d->nkid == 2 ? fe_strip(d->kid[0]) : NULL;
  int at = 0;
  CXCursor q;
  if (d->kind == CXCursor_VarDecl) {
    q = clang_getCanonicalCursor(d->cur);
    if (assigned_in(w->u, w->body, q)) return 0;
  } else if (d->kind == CXCursor_BinaryOperator && fe_is_assign(w->u, d) && d->kid[1] == c && l &&
             l->kind == CXCursor_DeclRefExpr) {
    q = ref_of(l);                                  /* `row = p + yy * w;`, set once (C89) */
    if (set_once(w, q, &blk, &at) != d) return 0;
  } else {
    return 0;
  }
  CXType t = clang_getCanonicalType(clang_getCursorType(q));
  int param;
  if (t.kind != CXType_Pointer || !of_function(w, q, &param) || param) return 0;
  CXType pt = clang_getCanonicalType(clang_getCursorType(w->p));
  if (unit_size(pt) != unit_size(t))
    return 0;                                       /* a view of other units: its indexes are not p's */
  int i = family(w, q);
  if (i >= 0 && w->walker[i] >= 1) return 0;
  if (!blk) collect(w, w->body, q, off ? off : prev, us, depth + 1, 0);
  for (int k = blk ? at + 1 : 0; blk && k < blk->nkid; k++) collect(w, blk->kid[k], q, off ? off : prev, us, depth + 1, 0);
  return 1;
}

/* Is the element n (`*p`) only having its address taken, `&*p`? */
static int addr_taken(Walk *w, Node *n) {
  Node *up = n->parent;
  while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
  return up && up->kind == CXCursor_UnaryOperator && fe_is_addrof(w->u, up);
}

/* Every use of target (the parameter, or a local alias of it from element
 * off on) in n, classified (not yet weighed). */
static void collect(Walk *w, Node *n, CXCursor target, Node *off, Uses *us, int depth, int walk) {
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(n), target)) {
    if (in_sizeof(n) || sets_walker(w, n)) return;
    Node *t = n, *p = n->parent;
    while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) { t = p; p = p->parent; }
    ExtentUse x = {0};
    x.at = n;
    x.name = n;
    x.offset = off;
    x.walk = walk;
    x.kind = EXT_ELEMENT;
    x.fit = FIT_UNKNOWN;
    x.size_arg = x.size_arg2 = -1;
    if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && fe_binop_is(w->u, p, "-") &&
        ((derived(w, p->kid[0]) && derived(w, p->kid[1])) ||
         (p->kid[1] == t && clang_getCanonicalType(clang_getCursorType(p->kid[0]->cur)).kind == CXType_Pointer)))
      return;                       /* q - p: a distance, no access */
    Node *pl = w->cur_ploop;
    if (pl && clang_equalCursors(target, w->fam[family(w, target)]) && inside(n, pl) && !inside(n, pl->kid[0]))
      x.ploop = pl;                 /* in its loop: p + v */
    else if (pl)
      x.walk = walk = 1;            /* after it: where it stopped */
    if ((walk || pl) && p && ((p->kind == CXCursor_BinaryOperator && fe_is_assign(w->u, p) && p->kid[0] == t) ||
                              (p->kind == CXCursor_CompoundAssignOperator && p->kid[0] == t)))
      return;                       /* the walker steps: no access */
    if (pl && p && p->kind == CXCursor_UnaryOperator && fe_is_incdec(w->u, p) && inside(n, pl->kid[2]))
      return;                       /* the loop's step */
    if (walk && p && p->kind == CXCursor_UnaryOperator && fe_is_incdec(w->u, p)) {
      Node *up = p->parent;
      while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
      if (up && up->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, up)) {
        x.at = up;                  /* *q++ */
        x.ptr = p;
      } else if (up && ((up->kind >= CXCursor_FirstStmt && up->kind <= CXCursor_LastStmt && up->kind != CXCursor_ReturnStmt) ||
                        (up->kind == CXCursor_BinaryOperator && fe_binop_is(w->u, up, ",")))) {
        return;                     /* q++; a step (its value unused, or only tested) */
      } else {
        x.kind = EXT_HIDDEN;
        x.fit = FIT_OPAQUE;
      }
    } else if (p && p->kind == CXCursor_ArraySubscriptExpr && p->nkid == 2 && p->kid[0] == t) {
      Node *up = p->parent;
      while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
      if (up && up->kind == CXCursor_UnaryOperator && fe_is_addrof(w->u, up)) {   /* &p[e]: an address */
        if (alias(w, up, p->kid[1], off, us, depth)) return;
        call_use(w, up, p->kid[1], &x);
      } else {
        x.at = p;
        x.index = p->kid[1];
      }
    } else if (p && p->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, p) && addr_taken(w, p)) {
      Node *up = p->parent;         /* &*p: p itself, as an address */
      while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
      if (only_tested(w->u, up) || escapes(w, up) || alias(w, up, NULL, off, us, depth)) return;
      call_use(w, up, NULL, &x);
    } else if (p && ((p->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, p)) ||
                     (p->kind == CXCursor_MemberRefExpr && p->kid[0] == t))) {
      x.at = p;                     /* element 0 */
      x.ptr = t;
    } else if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[0] == t &&
               (fe_binop_is(w->u, p, "+") || fe_binop_is(w->u, p, "-"))) {
      Node *up = p->parent;
      while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
      int plus = fe_binop_is(w->u, p, "+");
      Node *top = p;                /* p + a - b ...: the chain's top */
      while (up && up->kind == CXCursor_BinaryOperator && up->nkid == 2 && inside(top, up->kid[0]) &&
             clang_getCanonicalType(clang_getCursorType(up->kid[0]->cur)).kind == CXType_Pointer &&
             (fe_binop_is(w->u, up, "+") || fe_binop_is(w->u, up, "-"))) {
        top = up;
        up = up->parent;
        while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
      }
      int chained = top != p && up && up->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, up);
      if (!chained)                 /* p + a - b handed on: from p + a */
        for (up = p->parent; up && up->kind == CXCursor_ParenExpr; up = up->parent) {}
      if (chained) {
        x.at = up;                  /* *(p + n - 1) */
        x.index = top;
        x.ptr = top;
        x.chained = 1;
      } else if (up && up->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, up)) {
        x.at = up;                  /* *(p + e), *(p - e) */
        x.index = p->kid[1];
        x.ptr = p;
        x.neg = !plus;
      } else if (only_tested(w->u, p) || escapes(w, p)) {
        return;                     /* p + 1 < end, return p + k: no access */
      } else if (plus && alias(w, p, p->kid[1], off, us, depth)) {
        return;
      } else if (plus) {
        call_use(w, p, p->kid[1], &x);
      } else {
        x.kind = EXT_HIDDEN;
        x.fit = FIT_OPAQUE;
      }
    } else if (only_tested(w->u, t) || escapes(w, t) || marker_arg(t) || void_cast(p)) {
      return;                       /* (void)p: silences -Wunused-parameter, touches nothing */
    } else if (alias(w, t, NULL, off, us, depth)) {
      return;
    } else {
      call_use(w, t, NULL, &x);
    }
    us->u = xrealloc(us->u, sizeof *us->u * (size_t)(us->n + 1));
    us->u[us->n++] = x;
    return;
  }
  for (int i = 0; i < n->nkid; i++) collect(w, n->kid[i], target, off, us, depth, walk);
}

static int walk_init(Walk *w, Unit *u, Node *body, CXCursor fn, int k) {
  CXCursor def = clang_getCursorDefinition(fn);      /* the parameters the body names */
  if (clang_Cursor_isNull(def)) def = fn;
  if (!body || k < 0 || k >= clang_Cursor_getNumArguments(def)) return 0;
  memset(w, 0, sizeof *w);
  w->u = u;
  w->body = body;
  w->fn = clang_getCanonicalCursor(def);
  w->p = clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)k));
  for (int i = 0; i < clang_Cursor_getNumArguments(def); i++) {
    CXCursor a = clang_Cursor_getArgument(def, (unsigned)i);
    CXType t = clang_getCanonicalType(clang_getCursorType(a));
    if (t.kind >= CXType_UChar && t.kind <= CXType_UInt128 && t.kind != CXType_Char_S) {
      char *name = fe_spelling(a);
      fact(&w->types, name, 0);
      free(name);
    }
  }
  return 1;
}

/* ---- a call's range, in the caller's terms ---- */


/* text with each identifier that names a parameter of fc replaced by the
 * call's argument text, in parentheses */
static char *subst_args(Unit *u, const char *text, CXCursor fc, Node *call) {
  CXCursor def = clang_getCursorDefinition(fc);
  if (clang_Cursor_isNull(def)) def = fc;
  int np = clang_Cursor_getNumArguments(def);
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *s = text; *s;) {
    if (*s >= '0' && *s <= '9') {           /* a number, with its suffix */
      while (c_ident_char(*s)) buf_add(&b, s++, 1);
      continue;
    }
    if (!c_ident_char(*s)) { buf_add(&b, s++, 1); continue; }
    const char *e = s;
    while (c_ident_char(*e)) e++;
    int hit = -1;
    for (int j = 0; j < np && j + 1 < call->nkid && hit < 0; j++) {
      char *pn = fe_spelling(clang_Cursor_getArgument(def, (unsigned)j));
      if (strlen(pn) == (size_t)(e - s) && !strncmp(pn, s, (size_t)(e - s))) hit = j;
      free(pn);
    }
    if (hit >= 0) {
      char *a = fe_text(u, call->kid[1 + hit]->beg, call->kid[1 + hit]->end);
      buf_printf(&b, "(%s)", a);
      free(a);
    } else {
      buf_add(&b, s, (size_t)(e - s));
    }
    s = e;
  }
  return b.s;
}

/* The elements [first, end) the callee of a call use touches from the
 * pointer it is given, over the callee's parameters: 1, or 0. */
static int param_range_of(Unit *u, CXCursor fn, int k, int sure, char **first, char **end, int *tight);

static int callee_range(Walk *w, ExtentUse *x, char **first, char **end) {
  *first = *end = NULL;
  x->tight = 1;
  Callee *ce = fe_callee(w->u, x->callee);
  int a = x->ptr_arg;
  if (ce && ce->delayed && a < ce->nparam && ce->param[a].annotated && !ce->param[a].rows) {
    int one;
    return fx_declared_extent(x->callee, a, &ce->param[a], first, end, &one);
  }
  if (follow_depth >= 3) return 0;
  follow_depth++;
  int ok = param_range_of(w->u, x->callee, a, 0, first, end, &x->tight);
  follow_depth--;
  return ok;
}

/* polynomials over callee def's parameters, in the caller's terms: each
 * parameter renamed apart, then replaced by the call's argument: 1, or 0 */
static int to_caller(Walk *w, ExtentUse *x, CXCursor def, Poly *ps, int n) {
  int np = clang_Cursor_getNumArguments(def), ok = 1;
  for (int j = 0; j < np && ok; j++) {
    char *pn = fe_spelling(clang_Cursor_getArgument(def, (unsigned)j)), *tmp = fmt("$%d", j);
    Poly t = p_atom(tmp);
    ok = *pn;
    for (int i = 0; i < n && ok; i++) ok = p_subst(&ps[i], pn, t);
    p_free(&t);
    free(pn);
    free(tmp);
  }
  for (int j = 0; j < np && ok; j++) {
    char *tmp = fmt("$%d", j);
    int used = 0;
    for (int i = 0; i < n; i++)
      for (int m = 0; m < ps[i].n; m++) used |= factors(ps[i].t[m].key, tmp) > 0;
    Poly v;
    if (used) {
      int got = j + 1 < x->call->nkid && to_poly(w, x->call->kid[1 + j], &v, 0);
      ok = got;
      for (int i = 0; i < n && ok; i++) ok = p_subst(&ps[i], tmp, v);
      if (got) p_free(&v);
    }
    free(tmp);
  }
  return ok;
}

/* The call use x, in the caller's terms: its range as polynomials
 * (weighable: 1) and as text to check when the program runs (chk_first,
 * chk_end; NULL when an argument it needs could not be evaluated twice). */
static int call_range(Walk *w, ExtentUse *x, Poly *min, Poly *max) {
  char *cf, *cend;
  if (!callee_range(w, x, &cf, &cend)) return -1;
  CXCursor def = clang_getCursorDefinition(x->callee);
  if (clang_Cursor_isNull(def)) def = x->callee;
  int np = clang_Cursor_getNumArguments(def), ok = 1;
  /* an argument the parameter's type does not keep (i into an int8_t k): the
   * callee's range over k is not one over i */
  for (int j = 0; j < np && j + 1 < x->call->nkid; j++) {
    Node *a = fe_strip(x->call->kid[1 + j]);
    char *pn = fe_spelling(clang_Cursor_getArgument(def, (unsigned)j));
    int named = *pn && (names_word(cf, pn) || names_word(cend, pn));
    free(pn);
    if (named && a && !type_keeps(clang_getCursorType(clang_Cursor_getArgument(def, (unsigned)j)), clang_getCursorType(a->cur))) {
      free(cf);
      free(cend);
      return -1;
    }
  }
  /* the check's text: the arguments for the callee's parameters, from the pointer's offset */
  int clean = 1;
  for (int j = 0; j < np && j + 1 < x->call->nkid; j++)
    clean &= fx_side_free(w->u, x->call->kid[1 + j]) && !x->call->kid[1 + j]->macro;
  if (x->argoff) clean &= !x->argoff->macro;
  if (x->offset) clean &= !x->offset->macro;
  if (clean) {
    char *f = subst_args(w->u, cf, x->callee, x->call), *e = subst_args(w->u, cend, x->callee, x->call);
    Buf o = {0};
    buf_add(&o, "", 0);
    if (x->offset && !x->chain) { char *t = fe_text(w->u, x->offset->beg, x->offset->end); buf_printf(&o, "(%s) + ", t); free(t); }
    if (x->argoff) { char *t = fe_text(w->u, x->argoff->beg, x->argoff->end); buf_printf(&o, "(%s) + ", t); free(t); }
    x->chk_first = fmt("%s(%s)", o.s, f);
    x->chk_end = fmt("%s(%s)", o.s, e);
    free(o.s);
    free(f);
    free(e);
  }
  /* the polynomials: the callee's parameters renamed apart, then replaced by the arguments */
  Poly pf, pe;
  if (!parse_text(w->u, cf, 0, &pf)) ok = 0;
  else if (!parse_text(w->u, cend, 0, &pe)) { p_free(&pf); ok = 0; }
  free(cf);
  free(cend);
  if (!ok) return 0;
  Poly ps[2] = {pf, pe};
  ok = to_caller(w, x, def, ps, 2);
  pf = ps[0];
  pe = ps[1];
  Poly off;
  if (ok && offset_poly(w, x->argoff, x->offset, &off)) {
    Poly one = p_const(1), f2 = p_add(pf, off, 1), e1 = p_add(pe, one, -1), e2 = p_add(e1, off, 1);
    *min = f2;
    *max = e2;
    p_free(&one);
    p_free(&e1);
    p_free(&off);
  } else {
    ok = 0;
  }
  p_free(&pf);
  p_free(&pe);
  return ok;
}

/* ---- checked copies of helpers ---- */

/* Does n call a DELAYED function, or one through a pointer? */
static int clone_blocker(Unit *u, Node *n, CXCursor fc) {
  if (n->kind == CXCursor_CallExpr) {
    CXCursor c = called(n);
    if (clang_Cursor_isNull(c)) return 1;                       /* through a pointer: it may be anything */
    Callee *ce = fe_callee(u, c);
    if (ce && ce->delayed) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (clone_blocker(u, n->kid[i], fc)) return 1;
  return 0;
}

int fx_self_call(const ExtentUse *y, CXCursor def, int k) {
  if (!y->call || y->ptr_arg != k || y->chain || y->argoff || clang_Cursor_isNull(y->callee) ||
      !clang_equalCursors(clang_getCanonicalCursor(y->callee), clang_getCanonicalCursor(def)))
    return 0;
  Node *a = fe_strip(y->call->kid[1 + k]);
  return a && a->kind == CXCursor_DeclRefExpr &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(a->cur)),
                            clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)k)));
}

/* Can a copy of the helper x calls check, as it runs, each use of the
 * parameter it is given (lower/extent_checks.c): defined in this file,
 * spawning nothing, keeping no state of its own, every use checkable (a
 * call of itself handing the parameter on as it is: the copy's own)? */
static int clonable(Walk *w, ExtentUse *x) {
  CXCursor def = clang_getCursorDefinition(x->callee);
  Callee *ce = fe_callee(w->u, x->callee);
  Node *arg = x->call->kid[1 + x->ptr_arg];
  if (clang_Cursor_isNull(def) || !fe_in_main(w->u, def) || clang_Cursor_isVariadic(def) || (ce && ce->delayed) ||
      !fx_side_free(w->u, arg) || arg->macro || x->call->macro || follow_depth >= 3)
    return 0;
  Node *t = fe_tree(w->u, def), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  unsigned name_at, def_at;
  int ok = body && !fe_copy_refusal(w->u, def, t, body, &name_at, &def_at) && !clone_blocker(w->u, body, def);
  if (ok) {
    ExtentUse *y;
    follow_depth++;
    int n = fx_extent_uses(w->u, body, def, x->ptr_arg, NULL, NULL, 0, &y);
    follow_depth--;
    /* (a call of itself handing the pointer on unchanged: the copy calls itself with the same bounds) */
    for (int i = 0; i < n && ok; i++)
      ok = (y[i].fit != FIT_OPAQUE && y[i].kind != EXT_HIDDEN && !y[i].clone) || fx_self_call(&y[i], def, x->ptr_arg);
    fx_extent_uses_free(y, n);
  }
  fe_free_tree(t);
  return ok;
}

/* A call handing argument k (not one of a parameter: a struct's counted
 * member, b->keys) to a helper of this file: can a copy of the helper check
 * each use of it as it runs, as clonable() asks for a parameter's part? */
int fx_helper_clonable(Unit *u, Node *call, int k) {
  Node *f = fe_direct_callee(call);
  if (!f || k < 0 || k + 1 >= call->nkid) return 0;
  CXCursor fc = clang_getCursorReferenced(f->cur);
  CXCursor def = clang_getCursorDefinition(fc);
  Callee *ce = fe_callee(u, fc);
  Node *arg = call->kid[1 + k];
  if (clang_Cursor_isNull(def) || !fe_in_main(u, def) || clang_Cursor_isVariadic(def) || (ce && ce->delayed) ||
      k >= clang_Cursor_getNumArguments(def) || !fx_side_free(u, arg) || arg->macro || call->macro ||
      u->src[call->end - 1] != ')' || follow_depth >= 3)
    return 0;
  Node *t = fe_tree(u, def), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  unsigned name_at, def_at;
  int ok = body && !fe_copy_refusal(u, def, t, body, &name_at, &def_at) && !clone_blocker(u, body, def);
  if (ok) {
    ExtentUse *y;
    follow_depth++;
    int n = fx_extent_uses(u, body, def, k, NULL, NULL, 0, &y);
    follow_depth--;
    for (int i = 0; i < n && ok; i++)
      ok = (y[i].fit != FIT_OPAQUE && y[i].kind != EXT_HIDDEN && !y[i].clone) || fx_self_call(&y[i], def, k);
    fx_extent_uses_free(y, n);
  }
  fe_free_tree(t);
  return ok;
}

/* ---- weighing ---- */

/* the uses of p's family in the body */
static void gather(Walk *w, Uses *us) {
  families(w);
  collect(w, w->body, w->p, NULL, us, 0, w->walker[0] == 1);
  for (int i = 1; i < w->nfam; i++) {
    if (w->walker[i] == 1) collect(w, w->body, w->fam[i], NULL, us, 0, 1);
    if (w->walker[i] == 2) {
      w->cur_ploop = w->ploop[i];
      collect(w, w->body, w->fam[i], NULL, us, 0, 0);
      w->cur_ploop = NULL;
    }
  }
}

/* ---- a helper given part of a block of rows ----
 * dot(row, t + j, n, ld) reads t[j + k * ld] for k < n: a column.  Its own
 * uses are split into rows and columns of the block, ld_c elements apart in
 * its terms, over its loops; the ranges are carried to the caller's terms by
 * the call's arguments and weighed against the block there, where the
 * argument's own offset adds its row and column. */

/* min and max of a and b when they differ by a constant: 1 (into *a), or 0 */
static int join_const(Poly *a, Poly b, int want_min) {
  Poly d = p_add(b, *a, -1);
  long long c;
  int ok = p_is_const(d, &c);
  p_free(&d);
  if (ok && (want_min ? c < 0 : c > 0)) { p_free(a); *a = p_add(b, (Poly){0}, 1); }
  return ok;
}

/* The rows rc[0] .. rc[1] and columns rc[2] .. rc[3] parameter k of fn
 * reaches from where it points, over fn's parameters: 1, or 0 (a use passed
 * on, walked, inside a macro, or not so split). */
static int callee_rows(Unit *u, CXCursor fn, int k, Poly ld_c, Poly rc[4]) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return 0;
  Node *t = fe_tree(u, def), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  Walk w;
  int ok = body && walk_init(&w, u, body, def, k), n = 0;
  Uses us = {0};
  if (ok) gather(&w, &us);
  ok = ok && us.n > 0;
  for (int i = 0; i < us.n && ok; i++) {
    ExtentUse *x = &us.u[i];
    Poly e, r, c;
    if (x->kind != EXT_ELEMENT || x->walk || in_macro(x->at) || in_macro(x->index) || in_macro(x->offset) ||
        in_macro(x->ptr) ||
        !use_poly(&w, x->index, x->neg, x->offset, x->ploop, &e)) { ok = 0; break; }
    ok = split_rows(e, ld_c, &r, &c);
    p_free(&e);
    if (!ok) break;
    Facts fs = {{{0}}, 0};
    int exact;
    facts_at(&w, x->at, &fs, &exact);
    Poly q[4] = {r, p_add(r, (Poly){0}, 1), c, p_add(c, (Poly){0}, 1)};
    ok = eliminate(&w, x->at, &fs, &q[0], &q[1]);
    if (!eliminate(&w, x->at, &fs, &q[2], &q[3])) ok = 0;
    facts_free(&fs);
    for (int j = 0; j < 4 && ok; j++)
      if (!n) rc[j] = p_add(q[j], (Poly){0}, 1);
      else ok = join_const(&rc[j], q[j], !(j & 1));
    for (int j = 0; j < 4; j++) p_free(&q[j]);
    if (ok) n++;
  }
  if (!ok && n) for (int j = 0; j < 4; j++) p_free(&rc[j]);
  fx_extent_uses_free(us.u, us.n);
  if (body) facts_free(&w.types);
  fe_free_tree(t);
  return ok;
}



/* Does the helper of call use x keep to the block's rows, at compile time? */
static int call_in_rows(Walk *w, ExtentUse *x, const Facts *fs, const Shape *sh) {
  if (!sh->parsed || x->walk || x->chain || x->ploop || x->block || follow_depth >= 3) return 0;
  CXCursor def = clang_getCursorDefinition(x->callee);
  if (clang_Cursor_isNull(def) || clang_Cursor_isVariadic(def)) return 0;
  /* the block's ld in the helper's terms: the constant, or a parameter given it */
  Poly rc[4], off, r0, c0;
  long long L;
  int ok = 0;
  follow_depth++;
  if (p_is_const(sh->ld, &L)) {
    Poly ld_c = p_const(L);
    ok = callee_rows(w->u, x->callee, x->ptr_arg, ld_c, rc);
    p_free(&ld_c);
  }
  for (int j = 0; !ok && j < clang_Cursor_getNumArguments(def) && j + 1 < x->call->nkid; j++) {
    Poly v, d;
    if (!to_poly(w, x->call->kid[1 + j], &v, 0)) continue;
    d = p_add(v, sh->ld, -1);
    long long c;
    if (p_is_const(d, &c) && c == 0) {
      char *pn = fe_spelling(clang_Cursor_getArgument(def, (unsigned)j));
      Poly ld_c = p_atom(pn);
      if (*pn) ok = callee_rows(w->u, x->callee, x->ptr_arg, ld_c, rc);
      p_free(&ld_c);
      free(pn);
    }
    p_free(&v);
    p_free(&d);
  }
  follow_depth--;
  if (!ok) return 0;
  ok = to_caller(w, x, def, rc, 4) && offset_poly(w, x->argoff, x->offset, &off);
  if (ok) {
    ok = split_rows(off, sh->ld, &r0, &c0);
    p_free(&off);
  }
  if (ok) {
    Poly q[4] = {p_add(rc[0], r0, 1), p_add(rc[1], r0, 1), p_add(rc[2], c0, 1), p_add(rc[3], c0, 1)};
    p_free(&r0);
    p_free(&c0);
    ok = eliminate(w, x->at, fs, &q[0], &q[1]);
    if (!eliminate(w, x->at, fs, &q[2], &q[3])) ok = 0;
    if (ok) {
      Poly one = p_const(1), r1 = p_add(sh->rows, one, -1), c1 = p_add(sh->cols, one, -1);
      Poly rhi = p_add(r1, q[1], -1), chi = p_add(c1, q[3], -1);
      ok = nonneg(q[0], fs) && nonneg(q[2], fs) && nonneg(rhi, fs) && nonneg(chi, fs);
      p_free(&one); p_free(&r1); p_free(&c1); p_free(&rhi); p_free(&chi);
    }
    for (int j = 0; j < 4; j++) p_free(&q[j]);
  }
  for (int j = 0; j < 4; j++) p_free(&rc[j]);
  return ok;
}

static int extent_uses(Unit *u, Node *body, CXCursor fn, int k, const char *lo, const char *hi, int one, Shape *sh,
                       ExtentUse **out) {
  *out = NULL;
  Walk w;
  if (!walk_init(&w, u, body, fn, k)) return 0;
  Uses us = {0};
  gather(&w, &us);
  Poly plo, phi;
  int declared = parse_text(u, lo, 0, &plo);
  long long div = 1;              /* a declared end X / c: phi is X */
  if (declared && !parse_text(u, hi, 0, &phi) && !parse_quotient(u, hi, &phi, &div)) { p_free(&plo); declared = 0; }
  w.fit_hi = declared ? &phi : NULL;
  w.fit_div = div;
  for (int i = 0; i < us.n; i++) {
    ExtentUse *x = &us.u[i];
    /* one element declared, and read along (a string to its NUL, a walk):
     * what was meant is more than one, and how much is known to no one */
    if (one && (x->kind == EXT_STRING || (x->kind == EXT_ELEMENT && x->walk))) {
      x->fit = FIT_OPAQUE;
      x->along = 1;
      continue;
    }
    if (x->kind != EXT_ELEMENT && x->kind != EXT_CALL && x->kind != EXT_BYTES) continue;
    Facts fs = {{{0}}, 0};
    int exact;
    facts_at(&w, x->at, &fs, &exact);
    x->sure = exact && !guarded(u, x->at, body);
    if (x->sure && x->kind == EXT_ELEMENT && !x->walk) {   /* t[x & 255]: somewhere in [0, 255], not all of it */
      Poly e;
      if (use_poly(&w, x->index, x->neg, x->offset, x->ploop, &e)) {
        for (int t = 0; t < e.n; t++)
          if (strchr(e.t[t].key, '%')) x->sure = 0;
        p_free(&e);
      }
    }
    Poly min, max, pmin = {0}, pmax = {0};    /* pmin, pmax: before the loops are eliminated (sh->on) */
    int got, pre = 0, macro = 0;
    Poly mi;
    int mx = x->kind == EXT_ELEMENT && (in_macro(x->at) || in_macro(x->index)) ? macro_index(&w, x, &mi) : 0;
    if (mx) {                       /* AT(t, i, j): weighed from its expansion, or checked there */
      got = 0;
      if (mx == 2) {
        if (sh->on) { pmin = p_add(mi, (Poly){0}, 1); pmax = p_add(mi, (Poly){0}, 1); pre = 1; }
        min = mi;
        max = p_add(mi, (Poly){0}, 1);
        got = eliminate(&w, x->at, &fs, &min, &max);
      }
    } else if (x->kind == EXT_ELEMENT) {
      got = !x->walk && use_range(&w, x->at, x->index, x->neg, x->offset, x->ploop, &fs, &min, &max,
                                  sh->on ? &pmin : NULL, &pre);   /* a walker's index is its own */
      if (pre) pmax = p_add(pmin, (Poly){0}, 1);
      macro = in_macro(x->at) || in_macro(x->index) || in_macro(x->offset) || in_macro(x->ptr);
      if (macro) x->fit = FIT_OPAQUE;   /* no run-time check can go inside a macro's text: shown inside, or opaque */
    } else if (x->kind == EXT_BYTES) {   /* memset(st, 0, sizeof *st): its bytes, in elements */
      int constant = 0;
      got = bytes_range(&w, x, &min, &max, &constant);
      if (got && sh->on) { pmin = p_add(min, (Poly){0}, 1); pmax = p_add(max, (Poly){0}, 1); pre = 1; }
      if (got) got = eliminate(&w, x->at, &fs, &min, &max);
      x->sure = x->sure && constant;   /* a count that may be 0 touches nothing */
    } else if (x->block) {          /* a callee's block of rows: checked row by row */
      got = 0;
      x->fit = x->chk_first ? FIT_UNKNOWN : FIT_OPAQUE;
      x->sure = 0;
    } else {
      got = call_range(&w, x, &min, &max);
      if (got < 0) { x->tight = 0; x->fit = FIT_OPAQUE; got = 0; }
      else if (!x->chk_first) x->fit = FIT_OPAQUE;
      if (got > 0 && (x->walk || x->chain)) { p_free(&min); p_free(&max); got = 0; }
      if (got > 0 && x->ploop) {   /* handed the loop's pointer: from p + v */
        char *k = loop_key(x->ploop);
        Poly v = p_atom(k), a = p_add(min, v, 1), b = p_add(max, v, 1);
        p_free(&min);
        p_free(&max);
        p_free(&v);
        free(k);
        min = a;
        max = b;
      }
      if (got && sh->on) { pmin = p_add(min, (Poly){0}, 1); pmax = p_add(max, (Poly){0}, 1); pre = 1; }
      if (got) got = eliminate(&w, x->at, &fs, &min, &max);
      x->sure = 0;                  /* a callee may touch less than its range */
    }
    if (!got && pre && x->fit == FIT_UNKNOWN && in_rows(&w, x->at, &fs, sh, pmin, pmax))
      x->fit = FIT_WITHIN;          /* no range over the loops (ld's sign unknown), but a row and a column */
    if (got) {
      Poly unit = p_const(1), e = p_add(max, unit, 1);
      x->ranged = 1;
      x->first = p_spell(min);
      x->end = p_spell(e);
      Poly width = p_add(e, min, -1);
      long long wc;
      int single = p_is_const(width, &wc) && wc == 1;
      p_free(&width);
      if (sh->on && in_rows(&w, x->at, &fs, sh, pmin, pmax)) {
        x->fit = FIT_WITHIN;       /* a row and a column in range: inside, whatever the signs */
      } else if (declared) {
        Poly in_lo = p_add(min, plo, -1);                 /* min - lo >= 0 */
        Poly in_hi = p_add(phi, e, -div);                 /* hi - (max + 1) >= 0; X - c * (max + 1) for X / c */
        Poly lo1 = p_add(plo, unit, -1), out_lo = p_add(lo1, min, -1);   /* lo - 1 - min >= 0 */
        /* max - hi >= 0; for X / c, max + 1 - X >= 0 with max >= 0 (then
         * max + 1 >= X > X / c, or X <= 0 and X / c <= 0 <= max) */
        Poly out_hi = p_add(div > 1 ? e : max, phi, -1);
        if (div > 1 && !nonneg(max, &fs)) { p_free(&out_hi); out_hi = p_const(-1); }
        if (nonneg(in_lo, &fs) && nonneg(in_hi, &fs)) {
          x->fit = FIT_WITHIN;
          /* in a block's hull, not shown in its rows: checked (a callee by a copy of it) */
          if (sh->on && !no_gap(sh, &fs)) { x->fit = FIT_UNKNOWN; x->tight = 0; }
        } else {
          x->beyond_lo = nonneg(out_lo, &fs);
          x->beyond_hi = nonneg(out_hi, &fs) || (one && x->sure && !single);   /* one declared, a loop's worth */
          if ((x->beyond_lo || x->beyond_hi) && x->fit != FIT_OPAQUE) x->fit = FIT_BEYOND;
          /* beyond for large enough values of the declaration's own names (p[2 * i], i < n, against n) */
          x->likely = x->sure && ((grows(out_lo) && within_names(out_lo, plo, phi)) ||
                                  (grows(out_hi) && within_names(out_hi, plo, phi)));
        }
        p_free(&in_lo);
        p_free(&in_hi);
        p_free(&lo1);
        p_free(&out_lo);
        p_free(&out_hi);
      }
      p_free(&unit);
      p_free(&e);
      p_free(&min);
      p_free(&max);
    }
    p_free(&pmin);
    p_free(&pmax);
    /* a callee's range its uses may not reach (a guarded p[i + 1]), or none
     * known: checking the whole range could stop a right program, so a copy
     * of the helper checks each use it makes, else nothing can */
    if (macro && x->fit != FIT_WITHIN) x->fit = FIT_OPAQUE;   /* (a block's row test, a beyond verdict: no check) */
    if (sh->on && x->kind == EXT_CALL && (x->fit == FIT_UNKNOWN || x->fit == FIT_OPAQUE) && call_in_rows(&w, x, &fs, sh))
      x->fit = FIT_WITHIN;          /* the helper's own uses, row by row: dot(row, t + j, n, ld) */
    if (sh->on && x->fit != FIT_WITHIN) x->tight = 0;   /* a range across rows: its gaps are not touched */
    if (x->kind == EXT_CALL && !x->block && (!x->tight || x->fit == FIT_OPAQUE) && x->fit != FIT_WITHIN) {
      x->clone = clonable(&w, x);
      x->fit = x->clone ? FIT_UNKNOWN : FIT_OPAQUE;
      if (!x->clone && !x->ranged) x->kind = EXT_HIDDEN;
    }
    facts_free(&fs);
  }
  if (declared) { p_free(&plo); p_free(&phi); }
  facts_free(&w.types);
  *out = us.u;
  return us.n;
}

int fx_extent_uses(Unit *u, Node *body, CXCursor fn, int k, const char *lo, const char *hi, int one, ExtentUse **out) {
  Shape sh = {0};
  return extent_uses(u, body, fn, k, lo, hi, one, &sh, out);
}

int fx_extent_uses_2d(Unit *u, Node *body, CXCursor fn, int k, const char *rows, const char *cols, const char *ld,
                      ExtentUse **out) {
  Shape sh = {1, 1, {0}, {0}, {0}};
  char *hi = fx_block_end(rows, cols, ld);
  if (!parse_text(u, rows, 0, &sh.rows) || !parse_text(u, cols, 0, &sh.cols) || !parse_text(u, ld, 0, &sh.ld))
    sh.parsed = 0;                  /* not polynomials: every use in the hull is checked */
  int n = extent_uses(u, body, fn, k, "0", hi, 0, &sh, out);
  p_free(&sh.rows);
  p_free(&sh.cols);
  p_free(&sh.ld);
  free(hi);
  return n;
}

int fx_param_uses(Unit *u, Node *body, CXCursor fn, int k, const Param *p, const char *lo, const char *hi, int one,
                  ExtentUse **uses) {
  return p->rows ? fx_extent_uses_2d(u, body, fn, k, p->rows, p->count, p->ld, uses)
                 : fx_extent_uses(u, body, fn, k, lo, hi, one, uses);
}

char *fx_block_end(const char *rows, const char *cols, const char *ld) {
  return fmt("(%s - 1) * %s + %s", rows, ld, cols);
}

void fx_extent_uses_free(ExtentUse *x, int n) {
  for (int i = 0; i < n; i++) {
    free(x[i].first); free(x[i].end); free(x[i].chk_first); free(x[i].chk_end);
    free(x[i].chk_rows); free(x[i].chk_cols); free(x[i].chk_ld);
    free(x[i].mbase); free(x[i].mindex);
  }
  free(x);
}

/* the use's statement text, on one line, at most 48 characters */
char *fx_use_text(Unit *u, Node *n) {
  Node *s = n;
  while (s->parent && s->parent->kind != CXCursor_CompoundStmt && s->parent->kind != CXCursor_ForStmt &&
         s->parent->kind != CXCursor_IfStmt && s->parent->kind != CXCursor_WhileStmt)
    s = s->parent;
  char *t = fe_text(u, s->beg, s->end), *o = t;
  for (char *p = t; *p; p++) {
    char c = *p == '\n' || *p == '\t' ? ' ' : *p;
    if (c != ' ' || (o > t && o[-1] != ' ')) *o++ = c;      /* blanks squeezed to one */
  }
  *o = 0;
  if (strlen(t) > 48) strcpy(t + 45, "...");
  return t;
}

/* ---- the range of all uses ---- */

/* *cur becomes the least (want_min) or greatest of *cur and t when they differ
 * by a constant: 1; else *cur stays: 0 */
static int join_bound(Unit *u, char **cur, const char *t, int want_min) {
  if (!*cur) { *cur = xstrdup(t); return 1; }
  Poly a, b;
  if (!parse_text(u, *cur, 0, &a)) return 0;
  if (!parse_text(u, t, 0, &b)) { p_free(&a); return 0; }
  Poly d = p_add(b, a, -1);
  long long c;
  int ok = p_is_const(d, &c);
  if (ok && (want_min ? c < 0 : c > 0)) { free(*cur); *cur = xstrdup(t); }
  p_free(&a);
  p_free(&b);
  p_free(&d);
  return ok;
}

int fx_extent_beyond(Unit *u, const ExtentUse *x, int n, int sure, const char *lo, const char *hi, char **span_first,
                     char **span_end, char **first, char **end) {
  *span_first = *span_end = NULL;
  *first = xstrdup(lo);
  *end = xstrdup(hi);
  int c = 0;
  for (int i = 0; i < n; i++) {
    if (x[i].fit != FIT_BEYOND || x[i].sure != sure || !x[i].ranged) continue;
    c++;
    join_bound(u, span_first, x[i].first, 1);
    join_bound(u, span_end, x[i].end, 0);
    /* the declaration's side the use goes past takes the use's bound, also
     * where the two cannot be compared (one element declared, n touched) */
    if (!join_bound(u, first, x[i].first, 1) && x[i].beyond_lo) { free(*first); *first = xstrdup(x[i].first); }
    if (!join_bound(u, end, x[i].end, 0) && x[i].beyond_hi) { free(*end); *end = xstrdup(x[i].end); }
  }
  if (!c) {
    free(*first);
    free(*end);
    *first = *end = NULL;
  }
  return c;
}

/* ... and *tight: every use touches whenever its loops run, so that the
 * first and the last element are touched (a run-time check of the whole
 * range is exact) */
/* Is p >= 0 where use n runs (its loops' facts)? */
static int nonneg_at(Walk *w, Node *n, Poly p) {
  Facts fs = {{{0}}, 0};
  int exact, r;
  facts_at(w, n, &fs, &exact);
  r = nonneg(p, &fs);
  facts_free(&fs);
  return r;
}

/* min (lower) or max of the bound *cur (of use *at) and b (of use bn), into
 * *cur: 1, or 0 when neither is known to be the one.  A bound kept must
 * cover the other use wherever that runs, one taken must be beyond the kept
 * one's wherever that one runs (a stencil's rows: y * w - w and y * w, w >= 3
 * in its loops). */
/* Names taken as sizes, each at least lb: 1, or more where an access every
 * run makes says so (p[n - 2] always read: n >= 2, else it would be before
 * the block). */
typedef struct Sizes { char **key; long long *lb; int n; } Sizes;

static long long size_lb(const Sizes *z, const char *key) {
  for (int i = 0; i < z->n; i++)
    if (!strcmp(z->key[i], key)) return z->lb[i];
  return 1;
}

static void size_fact(Sizes *z, Poly p) {
  long long c = 0;
  const char *key = NULL;
  for (int i = 0; i < p.n; i++) {
    if (!p.t[i].key[0]) c = p.t[i].c;
    else if (key || p.t[i].c != 1 || strchr(p.t[i].key, '*')) return;
    else key = p.t[i].key;
  }
  if (!key || -c <= size_lb(z, key)) return;
  for (int i = 0; i < z->n; i++)
    if (!strcmp(z->key[i], key)) { z->lb[i] = -c; return; }
  z->key = xrealloc(z->key, (size_t)(z->n + 1) * sizeof *z->key);
  z->lb = xrealloc(z->lb, (size_t)(z->n + 1) * sizeof *z->lb);
  z->key[z->n] = xstrdup(key);
  z->lb[z->n++] = -c;
}

/* Is p non-negative with every name in it a size (at least its lb): each
 * product of names added at its least, no name with a negative coefficient
 * (w - 1, w * h - 1, n - 2 where n >= 2; not y - w)? */
static int plausibly_nonneg(Poly p, const Sizes *z) {
  long long least = 0;
  for (int i = 0; i < p.n; i++) {
    if (!p.t[i].key[0]) { least += p.t[i].c; continue; }
    if (p.t[i].c < 0) return 0;
    long long m = 1;
    char *k = xstrdup(p.t[i].key);
    for (char *a = strtok(k, "*"); a; a = strtok(NULL, "*")) m *= size_lb(z, a);
    free(k);
    least += p.t[i].c * m;
  }
  return least >= 0;
}

static int join_range(Walk *w, Poly *cur, Node **at, Poly *b, Node *bn, int lower, const Sizes *likely, int hull) {
  Poly d = lower ? p_add(*b, *cur, -1) : p_add(*cur, *b, -1);   /* >= 0: cur holds */
  Poly nd = p_add((Poly){0}, d, -1);
  int ok = 1;
  long long c;
  if (p_is_const(d, &c) ? c >= 0 : nonneg_at(w, bn, d) || (likely && plausibly_nonneg(d, likely))) {
    /* cur covers b */
  } else if (p_is_const(d, &c) ? c < 0 : nonneg_at(w, *at, nd) || (likely && plausibly_nonneg(nd, likely))) {
    p_free(cur);
    *cur = *b;
    *b = (Poly){0};
    *at = bn;
  } else if (!hull) {
    ok = 2;                               /* neither: left for later, when the others are joined */
  } else {
    /* neither: each term's least (lower) or greatest coefficient of the two
     * (y * w + w + 1 and y * w + 2 * w - 1: y * w + 2 * w + 1), when it is
     * beyond both where their uses run (w >= 1 there) */
    Poly m = {0};
    for (int pass = 0; pass < 2; pass++) {
      Poly *p = pass ? b : cur, *o = pass ? cur : b;
      for (int i = 0; i < p->n; i++) {
        long long oc = 0;
        int seen = 0;
        for (int j = 0; j < o->n; j++)
          if (!strcmp(o->t[j].key, p->t[i].key)) oc = o->t[j].c;
        for (int j = 0; j < m.n; j++) seen |= !strcmp(m.t[j].key, p->t[i].key);
        if (seen) continue;
        long long pc = p->t[i].c, mc = lower ? (pc < oc ? pc : oc) : (pc > oc ? pc : oc);
        p_term(&m, mc, p->t[i].key, p->t[i].text);
      }
    }
    Poly e1 = lower ? p_add(*cur, m, -1) : p_add(m, *cur, -1), e2 = lower ? p_add(*b, m, -1) : p_add(m, *b, -1);
    ok = (nonneg_at(w, *at, e1) || (likely && plausibly_nonneg(e1, likely))) &&
         (nonneg_at(w, bn, e2) || (likely && plausibly_nonneg(e2, likely)));
    p_free(&e1);
    p_free(&e2);
    if (ok) { p_free(cur); *cur = m; }
    else p_free(&m);
  }
  p_free(&d);
  p_free(&nd);
  return ok;
}

/* An index parameter the callers keep in [0, count): taken out of each use's
 * bounds at its extremes before they are joined (NULL: none). */
typedef struct Bounded { const char *index, *count; } Bounded;

static int param_range_in(Unit *u, Node *body, CXCursor fn, int k, int sure, const Bounded *bd, char **first,
                          char **end, int *tight) {
  *first = *end = NULL;
  Sizes sizes = {NULL, NULL, 0}, *likely = sure == FX_RANGE_LIKELY ? &sizes : NULL;
  if (likely) sure = 0;
  ExtentUse *x;
  int n = fx_extent_uses(u, body, fn, k, NULL, NULL, 0, &x);
  for (int i = 0; likely && i < n; i++) {
    Poly a;
    if (x[i].sure && x[i].ranged && x[i].first && parse_text(u, x[i].first, 0, &a)) {
      size_fact(&sizes, a);
      p_free(&a);
    }
  }
  Poly lo = {0}, hi = {0};
  Node *lo_at = NULL, *hi_at = NULL;
  typedef struct Late { Poly a, b; Node *at; } Late;
  Late *late = NULL;
  int nlate = 0;
  Walk w;
  int inited = n > 0 && walk_init(&w, u, body, fn, k), joined = 0, ok = inited;
  *tight = 1;
  for (int i = 0; i < n && ok; i++) {
    if (x[i].fit != FIT_UNKNOWN || !x[i].ranged) { ok = 0; break; }   /* passed on, offset, unknown index */
    if (!x[i].sure || x[i].kind != EXT_ELEMENT) *tight = 0;
    if (sure && !x[i].sure) continue;
    Poly a, b;
    if (!parse_text(u, x[i].first, 0, &a)) { ok = 0; break; }
    if (!parse_text(u, x[i].end, 0, &b)) { p_free(&a); ok = 0; break; }
    if (bd) {
      Poly zero = p_const(0), cnt, one = p_const(1), last;
      if (!parse_text(u, bd->count, 0, &cnt)) { p_free(&a); p_free(&b); p_free(&zero); p_free(&one); ok = 0; break; }
      last = p_add(cnt, one, -1);
      ok = at_extremes(&a, &b, bd->index, zero, last, &w.types);
      p_free(&zero); p_free(&one); p_free(&cnt); p_free(&last);
      if (!ok) { p_free(&a); p_free(&b); break; }
    }
    if (!joined++) { lo = a; hi = b; lo_at = hi_at = x[i].at; continue; }
    if (likely) {                 /* ends not comparable yet (out[0] beside the loop's out[1 .. n - 2]): after the
                                     others (out[n - 1]), which may make them so */
      Poly lo2 = p_add(lo, (Poly){0}, 1), hi2 = p_add(hi, (Poly){0}, 1), a2 = p_add(a, (Poly){0}, 1),
           b2 = p_add(b, (Poly){0}, 1);
      Node *la = lo_at, *ha = hi_at;
      int r1 = join_range(&w, &lo2, &la, &a2, x[i].at, 1, likely, 0), r2 = r1 ? join_range(&w, &hi2, &ha, &b2, x[i].at, 0, likely, 0) : 0;
      p_free(&lo2); p_free(&hi2); p_free(&a2); p_free(&b2);
      if (r1 == 2 || r2 == 2) {
        late = xrealloc(late, (size_t)(nlate + 1) * sizeof *late);
        late[nlate++] = (Late){a, b, x[i].at};
        continue;
      }
    }
    ok = join_range(&w, &lo, &lo_at, &a, x[i].at, 1, likely, 1) && join_range(&w, &hi, &hi_at, &b, x[i].at, 0, likely, 1);
    p_free(&a);
    p_free(&b);
  }
  for (int i = 0; i < nlate; i++) {   /* still not comparable with the sizes: no range (not a hull past them) */
    if (ok) ok = join_range(&w, &lo, &lo_at, &late[i].a, late[i].at, 1, likely, 0) == 1 &&
                 join_range(&w, &hi, &hi_at, &late[i].b, late[i].at, 0, likely, 0) == 1;
    p_free(&late[i].a);
    p_free(&late[i].b);
  }
  free(late);
  for (int i = 0; i < sizes.n; i++) free(sizes.key[i]);
  free(sizes.key);
  free(sizes.lb);
  if (inited) facts_free(&w.types);
  ok = ok && joined;
  if (ok) {
    *first = p_spell(lo);
    *end = p_spell(hi);
  }
  p_free(&lo);
  p_free(&hi);
  fx_extent_uses_free(x, n);
  return ok;
}

static int param_range(Unit *u, Node *body, CXCursor fn, int k, int sure, char **first, char **end, int *tight) {
  return param_range_in(u, body, fn, k, sure, NULL, first, end, tight);
}

int fx_param_range(Unit *u, Node *body, CXCursor fn, int k, int sure, char **first, char **end) {
  int tight;
  return param_range(u, body, fn, k, sure, first, end, &tight);
}

int fx_param_range_indexed(Unit *u, Node *body, CXCursor fn, int k, const char *index, const char *count,
                           char **first, char **end) {
  int tight;
  Bounded bd = {index, count};
  return param_range_in(u, body, fn, k, 0, &bd, first, end, &tight);
}

static int param_range_of(Unit *u, CXCursor fn, int k, int sure, char **first, char **end, int *tight) {
  *first = *end = NULL;
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return 0;
  Node *t = fe_tree(u, def), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  int ok = body && param_range(u, body, def, k, sure, first, end, tight);
  fe_free_tree(t);
  return ok;
}


/* text as base + k ("hi + 1" -> "hi", 1; "64" -> "", 64), spaces squeezed */
char *fx_bound_split(const char *t, long long *k) {
  char *s = xstrdup(t), *o = s;
  for (const char *p = t; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n') *o++ = *p;
  *o = 0;
  *k = 0;
  char *end;
  long long v = strtoll(s, &end, 10);
  if (*s && !*end) { *k = v; s[0] = 0; return s; }
  char *op = strrchr(s, '+'), *om = strrchr(s, '-');
  char *at = op > om ? op : om;
  if (at && at > s) {
    v = strtoll(at + 1, &end, 10);
    if (at[1] && !*end) { *k = *at == '+' ? v : -v; *at = 0; }
  }
  return s;
}

char *fx_bound_add(Unit *u, const char *t, long long k) {
  Poly p;
  if (!parse_text(u, t, 0, &p)) return k ? fmt("%s %s %lld", t, k < 0 ? "-" : "+", k < 0 ? -k : k) : xstrdup(t);
  Poly c = p_const(k), r = p_add(p, c, 1);
  char *s = p_spell(r);
  p_free(&p);
  p_free(&c);
  p_free(&r);
  return s;
}

/* a <= b: 1 yes, 0 no, -1 cannot tell (they do not differ by a constant) */
static int at_most(Unit *u, const char *a, const char *b) {
  Poly pa, pb;
  if (!parse_text(u, a, 0, &pa)) return -1;
  if (!parse_text(u, b, 0, &pb)) { p_free(&pa); return -1; }
  Poly d = p_add(pb, pa, -1);
  long long c;
  int r = p_is_const(d, &c) ? c >= 0 : -1;
  p_free(&pa);
  p_free(&pb);
  p_free(&d);
  return r;
}

int fx_range_within(Unit *u, const char *first, const char *end, const char *lo, const char *hi) {
  int below = at_most(u, lo, first), above = at_most(u, end, hi);
  return !below || !above ? 0 : below < 0 || above < 0 ? -1 : 1;
}

int fx_declared_extent(CXCursor fn, int k, const Param *p, char **lo, char **hi, int *one) {
  *lo = *hi = NULL;
  if (p->rows) {                    /* a block of rows: its hull (fx_param_uses weighs the rows) */
    *one = 0;
    if (!p->count || !p->ld) return 0;
    *lo = xstrdup("0");
    *hi = fx_block_end(p->rows, p->count, p->ld);
    return 1;
  }
  long long asize = p->first || p->count ? -1 : fx_param_array_size(fn, k);
  *one = !p->first && !p->count && asize < 0;
  if (asize == -2) return 0;
  *lo = xstrdup(p->first ? p->first : "0");
  *hi = p->first ? xstrdup(p->end) : p->count ? xstrdup(p->count) : asize > 0 ? fmt("%lld", asize) : xstrdup("1");
  return 1;
}

long long fx_param_array_size(CXCursor fn, int k) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) def = fn;
  if (k < 0 || k >= clang_Cursor_getNumArguments(def)) return -1;
  CXType t = clang_getCursorType(clang_Cursor_getArgument(def, (unsigned)k));
  if (t.kind == CXType_ConstantArray) return clang_getArraySize(t);
  return t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray ? -2 : -1;
}


/* Two bounds spelled alike, blanks aside. */
static int same_bound(const char *a, const char *b) {
  for (;;) {
    while (*a == ' ') a++;
    while (*b == ' ') b++;
    if (*a != *b) return 0;
    if (!*a) return 1;
    a++, b++;
  }
}

int fx_extent_reversed(const ExtentUse *x, int n, const char *lo, const char *hi) {
  for (int j = 0; j < n; j++)
    if (x[j].ranged && same_bound(x[j].first, hi) && same_bound(x[j].end, lo) && !same_bound(lo, hi)) return j;
  return -1;
}
