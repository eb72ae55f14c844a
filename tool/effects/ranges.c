/* ranges.c — which elements of a pointer parameter a function's body touches,
 * as a range [first, end) over its parameters:
 *
 *     static void update_block(const double *cur, double *next, int lo, int hi)
 *     {
 *         for (i = lo; i < hi; i++)
 *             next[i] = cur[i - 1] + cur[i] + cur[i + 1];
 *
 * touches next[lo .. hi) and cur[lo - 1 .. hi + 1).  Every use of the
 * parameter must be p[e], *p or p->m (element 0), p itself never assigned,
 * passed on or offset; e is an expression of constants and parameters the
 * body never assigns (then [e, e + 1)), or v + c, v - c with c a constant and v
 * the variable of a `for (v = A; v < B; v++)` around the use (also `<=`,
 * `++v`, `v += 1`), A and B such expressions, v assigned nowhere in the loop's
 * body (then [A + c, B + c)).  The ranges of the uses are joined when their
 * bounds differ by constants (lo - 1 and lo: lo - 1); else nothing is shown.
 * A condition around a use only makes it rarer: the range still holds; with
 * `sure`, such uses are left out (what every run certainly touches: lint's
 * error and emit's widening; a guarded p[i + 1] under `if (i + 1 < hi)` is
 * only a warning).
 * suggest writes the result as DELAYED_*_RANGE(first, end) (or _N(end) when
 * first is 0); lint checks an annotation against it. */
#include "effects/effects.h"

#include <stdlib.h>
#include <string.h>

typedef struct Bound { char *base; long long k; } Bound;   /* base + k; base "" for a constant */

typedef struct Walk {
  Unit *u;
  Node *body;
  CXCursor fn, p;        /* canonical */
  Bound lo, hi;          /* the join so far (hi exclusive) */
  int n;                 /* uses joined */
  int fail;
  int sure;              /* only the uses every run of their loop makes (no if, ?:, && or || around) */
} Walk;

static CXCursor ref_of(Node *n) {
  CXCursor r = clang_getCursorReferenced(n->cur);
  return clang_Cursor_isNull(r) ? r : clang_getCanonicalCursor(r);
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

/* Constants, and parameters of the function the body never assigns. */
static int invariant(Walk *w, Node *n) {
  switch (n->kind) {
  case CXCursor_IntegerLiteral: case CXCursor_CharacterLiteral: case CXCursor_ParenExpr:
  case CXCursor_UnexposedExpr: case CXCursor_CStyleCastExpr: case CXCursor_UnaryExpr:
    break;
  case CXCursor_DeclRefExpr: {
    CXCursor d = ref_of(n);
    if (clang_getCursorKind(d) == CXCursor_EnumConstantDecl) return 1;
    if (clang_getCursorKind(d) != CXCursor_ParmDecl) return 0;
    return !assigned_in(w->u, w->body, d);
  }
  case CXCursor_BinaryOperator:
    if (fe_is_assign(w->u, n) || fe_binop_is(w->u, n, ",")) return 0;
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_incdec(w->u, n) || fe_is_deref(w->u, n) || fe_is_addrof(w->u, n)) return 0;
    break;
  default:
    return 0;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!invariant(w, n->kid[i])) return 0;
  return 1;
}

static long long eval(Node *n, int *ok) {
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  long long v = 0;
  *ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
  if (*ok) v = clang_EvalResult_getAsLongLong(r);
  if (r) clang_EvalResult_dispose(r);
  return v;
}

static char *squeeze(Unit *u, Node *n) {
  char *t = fe_text(u, n->beg, n->end);
  char *o = t;
  for (char *p = t; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n') *o++ = *p;
  *o = 0;
  return t;
}

/* An invariant expression as base + k (X + 3, X - 1, 7). */
static Bound bound_of(Walk *w, Node *n) {
  int ok;
  long long v = eval(n, &ok);
  if (ok) return (Bound){xstrdup(""), v};
  Node *s = fe_strip(n);
  if (s->kind == CXCursor_BinaryOperator && s->nkid == 2 && (fe_binop_is(w->u, s, "+") || fe_binop_is(w->u, s, "-"))) {
    long long c = eval(s->kid[1], &ok);
    if (ok) {
      Bound b = bound_of(w, s->kid[0]);
      b.k += fe_binop_is(w->u, s, "+") ? c : -c;
      return b;
    }
  }
  return (Bound){squeeze(w->u, s), 0};
}

/* The for loop around n whose variable is v, with its bounds: 1, or 0. */
static int loop_of(Walk *w, Node *n, CXCursor v, Bound *lo, Bound *hi) {
  for (Node *l = n->parent; l; l = l->parent) {
    if (l->kind != CXCursor_ForStmt || l->nkid != 4) continue;
    Node *init = l->kid[0], *a = NULL;
    CXCursor lv = clang_getNullCursor();
    if (init->kind == CXCursor_DeclStmt && init->nkid == 1) {
      lv = clang_getCanonicalCursor(init->kid[0]->cur);
      a = fe_var_init(w->u, init->kid[0]);
    } else {
      Node *b = fe_strip(init);
      if (b && b->kind == CXCursor_BinaryOperator && b->nkid == 2 && fe_binop_is(w->u, b, "=")) {
        Node *t = fe_strip(b->kid[0]);
        if (t->kind == CXCursor_DeclRefExpr) lv = ref_of(t);
        a = b->kid[1];
      }
    }
    if (clang_Cursor_isNull(lv) || !clang_equalCursors(lv, v)) continue;
    Node *c = fe_strip(l->kid[1]);
    if (!a || !c || c->kind != CXCursor_BinaryOperator || c->nkid != 2) return 0;
    int le = fe_binop_is(w->u, c, "<=");
    if (!le && !fe_binop_is(w->u, c, "<")) return 0;
    Node *cv = fe_strip(c->kid[0]);
    if (cv->kind != CXCursor_DeclRefExpr || !clang_equalCursors(ref_of(cv), v)) return 0;
    char *st = squeeze(w->u, l->kid[2]), *vn = fe_spelling(v);
    size_t vl = strlen(vn);
    int step = (!strncmp(st, vn, vl) && (!strcmp(st + vl, "++") || !strcmp(st + vl, "+=1"))) ||
               (!strncmp(st, "++", 2) && !strcmp(st + 2, vn));
    free(st);
    free(vn);
    if (!step || assigned_in(w->u, l->kid[3], v) || !invariant(w, a) || !invariant(w, c->kid[1])) return 0;
    *lo = bound_of(w, a);
    *hi = bound_of(w, c->kid[1]);
    hi->k += le;
    return 1;
  }
  return 0;
}

/* The range of index e at this use: 1, or 0. */
static int index_range(Walk *w, Node *e, Bound *lo, Bound *hi) {
  if (invariant(w, e)) {
    *lo = bound_of(w, e);
    *hi = (Bound){xstrdup(lo->base), lo->k + 1};
    return 1;
  }
  Node *s = fe_strip(e);
  long long c = 0;
  int ok = 1;
  if (s->kind == CXCursor_BinaryOperator && s->nkid == 2 && (fe_binop_is(w->u, s, "+") || fe_binop_is(w->u, s, "-"))) {
    int plus = fe_binop_is(w->u, s, "+");
    c = eval(s->kid[1], &ok);
    if (ok) { if (!plus) c = -c; s = fe_strip(s->kid[0]); }
    else if (plus) { c = eval(s->kid[0], &ok); s = fe_strip(s->kid[1]); }
    if (!ok) return 0;
  }
  if (s->kind != CXCursor_DeclRefExpr) return 0;
  if (!loop_of(w, s, ref_of(s), lo, hi)) return 0;
  lo->k += c;
  hi->k += c;
  return 1;
}

static void join(Walk *w, Bound lo, Bound hi) {
  if (!w->n++) { w->lo = lo; w->hi = hi; return; }
  if (strcmp(w->lo.base, lo.base) || strcmp(w->hi.base, hi.base)) w->fail = 1;
  else {
    if (lo.k < w->lo.k) w->lo.k = lo.k;
    if (hi.k > w->hi.k) w->hi.k = hi.k;
  }
  free(lo.base);
  free(hi.base);
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

static void uses(Walk *w, Node *n) {
  if (w->fail) return;
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(ref_of(n), w->p)) {
    Node *t = n, *p = n->parent;
    while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) { t = p; p = p->parent; }
    Bound lo, hi;
    if (p && p->kind == CXCursor_ArraySubscriptExpr && p->nkid == 2 && p->kid[0] == t) {
      if (!index_range(w, p->kid[1], &lo, &hi)) { w->fail = 1; return; }
      if (w->sure && guarded(w->u, p, w->body)) { free(lo.base); free(hi.base); return; }
      join(w, lo, hi);
    } else if (p && ((p->kind == CXCursor_UnaryOperator && fe_is_deref(w->u, p)) ||
                     (p->kind == CXCursor_MemberRefExpr && p->kid[0] == t))) {
      if (!w->sure || !guarded(w->u, p, w->body)) join(w, (Bound){xstrdup(""), 0}, (Bound){xstrdup(""), 1});
    } else {
      w->fail = 1;            /* passed on, offset, assigned, compared: not followed */
    }
    return;
  }
  for (int i = 0; i < n->nkid; i++) uses(w, n->kid[i]);
}

static char *spell(Bound b) {
  if (!*b.base) return fmt("%lld", b.k);
  if (!b.k) return xstrdup(b.base);
  return b.k > 0 ? fmt("%s + %lld", b.base, b.k) : fmt("%s - %lld", b.base, -b.k);
}

int fx_param_range(Unit *u, Node *body, CXCursor fn, int k, int sure, char **first, char **end) {
  *first = *end = NULL;
  CXCursor def = clang_getCursorDefinition(fn);      /* the parameters the body names */
  if (clang_Cursor_isNull(def)) def = fn;
  if (!body || k < 0 || k >= clang_Cursor_getNumArguments(def)) return 0;
  Walk w = {u, body, clang_getCanonicalCursor(def), clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)k)),
            {NULL, 0}, {NULL, 0}, 0, 0, sure};
  uses(&w, body);
  int ok = !w.fail && w.n > 0;
  if (ok) {
    *first = spell(w.lo);
    *end = spell(w.hi);
  }
  if (w.n) { free(w.lo.base); free(w.hi.base); }
  return ok;
}

int fx_param_range_of(Unit *u, CXCursor fn, int k, int sure, char **first, char **end) {
  *first = *end = NULL;
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return 0;
  Node *t = fe_tree(u, def), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  int ok = body && fx_param_range(u, body, def, k, sure, first, end);
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

/* a <= b, as far as the text shows: 1 yes, 0 no, -1 cannot tell */
static int at_most(const char *a, const char *b) {
  long long ka, kb;
  char *ba = fx_bound_split(a, &ka), *bb = fx_bound_split(b, &kb);
  int r = strcmp(ba, bb) ? -1 : ka <= kb;
  free(ba);
  free(bb);
  return r;
}

int fx_range_within(const char *first, const char *end, const char *lo, const char *hi) {
  int below = at_most(lo, first), above = at_most(end, hi);
  return !below || !above ? 0 : below < 0 || above < 0 ? -1 : 1;
}

long long fx_param_array_size(CXCursor fn, int k) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) def = fn;
  if (k < 0 || k >= clang_Cursor_getNumArguments(def)) return -1;
  CXType t = clang_getCursorType(clang_Cursor_getArgument(def, (unsigned)k));
  if (t.kind == CXType_ConstantArray) return clang_getArraySize(t);
  return t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray ? -2 : -1;
}
