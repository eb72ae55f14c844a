/* loop_bodies.c — the loops of existing code whose iterations could be tasks:
 * `delayc suggest` proposes to move the body of such a loop into a DELAYED
 * function of its own, called once per iteration.
 *
 * A `for` loop over a variable v qualifies when one iteration is worth a task
 * (--min-work) and its iterations touch disjoint data:
 *   - everything the body writes is its own (declared inside it), an element
 *     X[v] of an array or pointer X of the function or of the file (the row
 *     the iteration owns, also through a local pointer made from it or a call
 *     given it), or a variable of the function written first in every
 *     iteration and used nowhere else (a temporary: declared in the new
 *     function instead);
 *   - an X written at X[v] is used at no other element;
 *   - the body leaves by no return, break or goto (a continue becomes a
 *     return), has no static local, and calls nothing that writes a global,
 *     a resource (the console, files ...) or memory delayc cannot place.
 * The new function takes v, every variable of the function the body reads (by
 * value; a local array whole, DELAYED_IN_N of its size), and a pointer to each
 * row X[v] it uses (DELAYED_IN, _OUT or _INOUT, _N(n) when the row is an array
 * of n); globals it reads by name.  The body's text moves unchanged but for
 * `X[v]` -> the row's parameter and `continue` -> `return`: macros, comments
 * and layout stay (loop_function.c writes it).  The edits are an insertion
 * (the function, before the one the loop is in) and a replacement (the body,
 * by the call); verify.c then checks that emit makes the calls tasks, as for
 * any suggestion.
 * A loop that does not qualify is remembered with the reason, for --explain
 * (find_big_loops). */
#include "suggest/loop_bodies.h"
#include "analysis/tree.h"
#include "effects/poly.h"

#include <stdlib.h>
#include <string.h>

static void refuse(Ext *e, char *why) {
  if (!e->why) e->why = why;
  else free(why);
}

static int inside(Unit *u, CXCursor d, Node *n) {
  CXSourceLocation loc = clang_getCursorLocation(d);
  CXFile file;
  unsigned off;
  clang_getExpansionLocation(loc, &file, NULL, NULL, &off);
  return file && clang_File_isEqual(file, u->file) && off >= n->beg && off < n->end;
}

static int is_var(CXCursor d) {
  enum CXCursorKind k = clang_getCursorKind(d);
  return k == CXCursor_VarDecl || k == CXCursor_ParmDecl;
}

static int file_scope(CXCursor d) {
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  return sc == CX_SC_Extern || clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit;
}

static Outer *outer_of(Ext *e, CXCursor d) {
  d = clang_getCanonicalCursor(d);
  for (int i = 0; i < e->no; i++)
    if (clang_equalCursors(e->o[i].d, d)) return &e->o[i];
  e->o = xrealloc(e->o, (size_t)(e->no + 1) * sizeof *e->o);
  Outer *o = &e->o[e->no++];
  memset(o, 0, sizeof *o);
  o->d = d;
  o->name = fe_spelling(d);
  o->global = file_scope(d);
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  o->array = t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray;
  return o;
}

static int is_ref_to(Node *n, CXCursor d) {
  return n && n->kind == CXCursor_DeclRefExpr &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), d);
}

static Node *up(Node *n) {
  Node *p = n->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
  return p;
}

/* The name or number multiplying v in index text t ("(y) * W + (x)",
 * "W * y"), or NULL */
static char *text_factor(const char *t, const char *v) {
  size_t vl = strlen(v);
  for (const char *p = t; *p; p++) {
    if (strncmp(p, v, vl) || (p > t && c_ident_char(p[-1])) || c_ident_char(p[vl])) continue;
    const char *a = p + vl, *z = p;
    if (*a == ')' && z > t && z[-1] == '(') { a++; z--; }      /* (y) */
    while (*a == ' ') a++;
    if (*a == '*') {                                          /* v * W, v * (W / TILE) */
      a++;
      while (*a == ' ') a++;
      const char *q = a;
      if (*q == '(') {                                        /* a group of the file's names (blind 66a) */
        int depth = 0;
        for (; *q; q++) {
          if (*q == '(') depth++;
          else if (*q == ')' && --depth == 0) { q++; break; }
        }
        if (depth) q = a;
      } else {
        while (c_ident_char(*q)) q++;
      }
      if (q > a && *a == '(' && (*q == 0 || *q == ' ' || *q == ')')) return xstrndup(a + 1, (size_t)(q - a - 2));
      if (q > a && (*q == 0 || *q == ' ' || *q == ')')) return xstrndup(a, (size_t)(q - a));
    }
    while (z > t && z[-1] == ' ') z--;
    if (z > t && z[-1] == '*') {                              /* W * v, (W / TILE) * v */
      z--;
      while (z > t && z[-1] == ' ') z--;
      const char *q = z;
      if (q > t && q[-1] == ')') {
        int depth = 0;
        for (; q > t; q--) {
          if (q[-1] == ')') depth++;
          else if (q[-1] == '(' && --depth == 0) { q--; break; }
        }
        if (depth) q = z;
      } else {
        while (q > t && c_ident_char(q[-1])) q--;
      }
      if (q < z && *q == '(' && (q == t || q[-1] == ' ' || q[-1] == '(')) return xstrndup(q + 1, (size_t)(z - q - 2));
      if (q < z && (q == t || q[-1] == ' ' || q[-1] == '(')) return xstrndup(q, (size_t)(z - q));
    }
  }
  return NULL;
}

/* Is subscript p, X[i], a row of a flat array, i = v * W + k (W and k free
 * of v, W not 0): the rows W elements apart, the iteration's from X + v * W?
 * 1 with W's text (as written when it is one name multiplying v, `y * w +
 * x`; else spelled, `(y * w + x) * 3 + c` gives 3 * w) and k's (spelled), or 0.
 * An array the body only reads (e->whole) is read whole instead. */
static int flat_row(Ext *e, Node *p, char **w, char **k) {
  Node *x = fe_strip(p->kid[0]), *ix = p->kid[1];
  CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(x->cur));
  for (int i = 0; i < e->nwhole; i++)
    if (clang_equalCursors(e->whole[i], d)) return 0;
  if (clang_Cursor_isNull(e->v) || clang_getCanonicalType(clang_getCursorType(p->cur)).kind == CXType_ConstantArray)
    return 0;
  char *t = NULL, *v;
  Node *sx = fe_strip(ix);
  if (!access_no_text(e->u, ix)) t = fe_text(e->u, ix->beg, ix->end);
  else if (sx && (sx->beg != p->beg || sx->end != p->end) && fe_one_macro_use(e->u, sx->beg, sx->end))
    t = fe_expand_use_text(e->u, sx->beg, sx->end);   /* un[IDX(i, j)]: the index expanded */
  if (!t && access_no_text(e->u, ix) && fe_one_macro_use(e->u, p->beg, p->end)) {   /* PIX(out, x, y): X[...] once expanded */
    char *xn = fe_spelling(d), *base;
    t = fe_macro_subscript(e->u, p->beg, p->end, xn, &base);
    free(base);
    free(xn);
  }
  if (!t) return 0;
  v = fe_spelling(e->v);
  Poly i, a, b;
  long long c;
  int ok = parse_text(e->u, t, 0, &i);
  char *factor = ok ? text_factor(t, v) : NULL;   /* "w" of "y * w + x", "W" of a macro's "(y) * W + (x)" */
  /* W and k spelled with the file's macros by name (an IDX(x, y, z) of NX
   * and NY: NX * NY and NX * y + x, never 9216 and 96 * y + x, which an edit
   * of a #define would leave wrong in the program itself) */
  Poly named, na = {0}, nb = {0};
  int spelled = ok && parse_text_named(e->u, t, e->f->root->beg, &named);
  if (spelled) {
    spelled = p_split(named, v, &na, &nb);
    p_free(&named);
  }
  free(t);
  if (ok) {
    ok = p_split(i, v, &a, &b);
    p_free(&i);
    long long c0;
    /* rows not apart, or backwards; or one element apart with an offset
     * (`out[y * w + x]` over x: element x + y * w, no row of x's), or a
     * constant offset past its row (X[3 * v + 5]) */
    if (ok && ((p_is_const(a, &c) ? c < 1 : !grows(a)) ||
               (p_is_const(a, &c) && c == 1 && !(p_is_const(b, &c0) && c0 == 0)) ||
               (p_is_const(a, &c) && p_is_const(b, &c0) && (c0 < 0 || c0 >= c)))) {
      ok = 0;
      p_free(&a);
      p_free(&b);
    }
  }
  if (ok) {
    *w = NULL;                              /* W as written, when it is one name: `y * w + x` */
    Poly fp, dd;
    if (!*w && factor && parse_text(e->u, factor, 0, &fp)) {
      dd = p_add(fp, a, -1);
      if (p_is_const(dd, &c) && c == 0) *w = xstrdup(factor);
      p_free(&dd);
      p_free(&fp);
    }
    if (!*w) *w = p_spell(spelled ? na : a);
    *k = p_spell(spelled ? nb : b);
    p_free(&a);
    p_free(&b);
  }
  if (spelled) {
    p_free(&na);
    p_free(&nb);
  }
  free(v);
  free(factor);
  return ok;
}

/* The integer type of a flat row's index, X[i] or X + i, when wider than
 * int (`(size_t)y * W + x`: "unsigned long"), as the canonical spelling; else
 * NULL.  The new call computes the row's start in it: `X + y * W` in int
 * overflows past 2^31 elements. */
static char *wide_index(Node *r) {
  Node *ix = NULL;
  if (r->kind == CXCursor_ArraySubscriptExpr && r->nkid == 2) ix = r->kid[1];
  else if (r->nkid == 2)
    for (int k = 0; k < 2 && !ix; k++) {
      CXType t = clang_getCanonicalType(clang_getCursorType(r->kid[k]->cur));
      if (t.kind != CXType_Pointer && t.kind != CXType_ConstantArray) ix = r->kid[k];
    }
  if (!ix) return NULL;
  CXType t = clang_getCanonicalType(clang_getCursorType(ix->cur));
  if (t.kind < CXType_Bool || t.kind > CXType_Int128 || clang_Type_getSizeOf(t) <= 4) return NULL;
  CXString sp = clang_getTypeSpelling(t);
  char *r2 = xstrdup(clang_getCString(sp));
  clang_disposeString(sp);
  return r2;
}

/* A function called in n whose body reads the global g (its effects): its
 * name, or NULL. */
static char *calls_reading(Unit *u, Node *n, CXCursor g) {
  if (n->kind == CXCursor_CallExpr) {
    Node *c = fe_direct_callee(n);
    if (c) {
      CXCursor fn = clang_getCursorReferenced(c->cur);
      const Effects *fx = fx_of(u, fn);
      for (int i = 0; fx && i < fx->ng; i++)
        if ((fx->g[i].mode & FX_READ) && !clang_Cursor_isNull(fx->g[i].decl) &&
            clang_equalCursors(fx->g[i].decl, clang_getCanonicalCursor(g)))
          return fe_spelling(fn);
    }
  }
  for (int i = 0; i < n->nkid; i++) {
    char *r = calls_reading(u, n->kid[i], g);
    if (r) return r;
  }
  return NULL;
}

/* Is n (a DeclRefExpr of an outer X) the X of `X[v]` (or of a flat row,
 * X[v * W + k])?  The subscript node. */
static Node *row_of(Ext *e, Node *n) {
  Node *p = up(n);
  if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && fe_strip(p->kid[0]) == n &&
      clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Pointer && !access_no_text(e->u, p) &&
      fe_binop_is(e->u, p, "+")) {              /* X + v * W (+ k): the row's start, as &X[v * W + k] */
    char *w = NULL, *k = NULL;
    int flat = !is_ref_to(fe_strip(p->kid[1]), e->v) && flat_row(e, p, &w, &k);
    free(w);
    free(k);
    return flat ? p : NULL;
  }
  if (!p || p->kind != CXCursor_ArraySubscriptExpr || p->nkid != 2 || fe_strip(p->kid[0]) != n) return NULL;
  Node *ix = fe_strip(p->kid[1]);
  if (!ix || ix->kind != CXCursor_DeclRefExpr ||
      !clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(ix->cur)), e->v)) {
    char *w = NULL, *k = NULL;
    int flat = flat_row(e, p, &w, &k);
    free(w);
    free(k);
    return flat ? p : NULL;
  }
  if (!access_no_text(e->u, p)) return p;
  /* inside a macro use: rewritten whole (ITER_AT(x, y) expanded), if X is indexed by v alone there */
  char *x = fe_spelling(clang_getCursorReferenced(n->cur)), *v = fe_spelling(clang_getCursorReferenced(ix->cur));
  char *t = macro_row_text(e->u, p, x, v, "@");
  free(x);
  free(v);
  free(t);
  return t ? p : NULL;
}

/* ---- windows: tiles of rows ----
 *
 * `for (ty = 0; ty < H; ty += TS) ... for (y = ty; y < ty + TS; y++) ...
 * dst[y][x] = ...`: each iteration touches rows [ty, ty + TS) of dst, and the
 * next one starts where it ends.  Its function takes dst whole with
 * DELAYED_*_RANGE(ty, ty + TS), indexed as before. */

/* Text without blanks, for comparing two spellings of K. */
static char *squeeze_text(Unit *u, Node *n) {
  char *t = fe_text(u, fe_own_beg(n), fe_own_end(n)), *w = t;
  for (char *r = t; *r; r++)
    if (*r != ' ' && *r != '\t' && *r != '\n') *w++ = *r;
  *w = 0;
  return t;
}

/* The K of `v += K` (the loop's step), or NULL. */
char *loop_stride(Ext *e) {
  Node *loop = e->loop;
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4 || clang_Cursor_isNull(e->v)) return NULL;
  Node *inc = fe_strip(loop->kid[2]);
  if (!inc || inc->kind != CXCursor_CompoundAssignOperator || inc->nkid != 2 || !is_ref_to(fe_strip(inc->kid[0]), e->v))
    return NULL;
  char *t = fe_text(e->u, inc->beg, inc->end);
  int plus = strstr(t, "+=") != NULL;
  free(t);
  return plus ? squeeze_text(e->u, inc->kid[1]) : NULL;
}

/* window_bound for the text of a macro's expansion, `((v + K) < (H) ? (v +
 * K) : (H))`: is it v + K (vk, without blanks), or the least of two such? */
static int text_window_bound(const char *t, const char *vk, int depth) {
  char *s = fe_bare_text(t), *a, *b;
  int ok = !strcmp(s, vk);
  if (!ok && depth < 3 && fe_min_text(s, &a, &b)) {
    ok = text_window_bound(a, vk, depth + 1) || text_window_bound(b, vk, depth + 1);
    free(a);
    free(b);
  }
  free(s);
  return ok;
}

/* Is the upper bound b never above v + K, K the loop's step?  `v + K`;
 * `MIN(v + K, H)` (`a < b ? a : b`, written or from a macro); a variable
 * set to such a bound before b, in its declaration or by a statement of the
 * body (C89), and lowered after only by `if (end > H) end = H;`. */
static int window_bound(Ext *e, Node *b, const char *k, int depth) {
  b = fe_strip(b);
  if (!b || depth > 3) return 0;
  if (b->kind == CXCursor_BinaryOperator && b->nkid == 2 && fe_binop_is(e->u, b, "+") &&
      is_ref_to(fe_strip(b->kid[0]), e->v)) {
    char *t = squeeze_text(e->u, b->kid[1]);
    int same = !strcmp(t, k);
    free(t);
    return same;
  }
  int macro = fe_own_beg(b) == b->beg && fe_one_macro_use(e->u, b->beg, b->end);
  if (macro || b->kind == CXCursor_ConditionalOperator) {        /* MIN(v + K, H), v + K < H ? v + K : H */
    char *t = macro ? fe_expand_use_text(e->u, b->beg, b->end) : fe_text(e->u, fe_own_beg(b), fe_own_end(b));
    char *v = fe_spelling(e->v), *vk = fmt("%s+%s", v, k);
    int ok = t && text_window_bound(t, vk, 0);
    free(t);
    free(v);
    free(vk);
    return ok;
  }
  if (b->kind == CXCursor_DeclRefExpr) {            /* end = MIN(v + K, H); (or int end = ...), before */
    CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(b->cur));
    int assigned, down;
    Node *set = clang_getCursorKind(d) == CXCursor_VarDecl ? fe_value_before(e->u, b, d, e->body, &assigned) : NULL;
    return set && fe_sets_of(e->u, e->body, d, &down) - down == assigned && window_bound(e, set, k, depth + 1);
  }
  return 0;
}

/* The loop in the body written `for (y = v; y < v + K; y++)` (or `int y =
 * v`; the bound any window_bound, or `y < B && y < H`), K the loop's own
 * step, whose body never sets y: or NULL. */
static Node *window_loop_find(Ext *e, CXCursor y);

static Node *window_loop(Ext *e, CXCursor y) {     /* asked at every use: answered once per variable */
  for (int i = 0; i < e->nwseen; i++)
    if (clang_equalCursors(e->wseen[i], y)) return e->wloop[i];
  Node *l = window_loop_find(e, y);
  if (e->nwseen < 8) {
    e->wseen[e->nwseen] = y;
    e->wloop[e->nwseen++] = l;
  }
  return l;
}

static Node *window_loop_find(Ext *e, CXCursor y) {
  Node *stack[64], *found = NULL;
  int n = 0;
  stack[n++] = e->body;
  char *k = loop_stride(e);
  if (!k) return NULL;
  while (n && !found) {
    Node *x = stack[--n];
    if (x->kind == CXCursor_ForStmt && x->nkid == 4) {
      Node *init = x->kid[0], *cond = fe_strip(x->kid[1]), *inc = fe_strip(x->kid[2]), *from = NULL;
      Node *as = fe_strip(init);
      /* `y < v + K && y < H` at the image's edge (either side): the window, narrowed */
      if (cond && cond->kind == CXCursor_BinaryOperator && cond->nkid == 2 && fe_binop_is(e->u, cond, "&&")) {
        Node *l = fe_strip(cond->kid[0]), *r = fe_strip(cond->kid[1]);
        int left = l && l->kind == CXCursor_BinaryOperator && l->nkid == 2 && window_bound(e, l->kid[1], k, 0);
        cond = left ? l : r;
      }
      if (init->kind == CXCursor_DeclStmt && init->nkid == 1 && init->kid[0]->kind == CXCursor_VarDecl &&
          clang_equalCursors(clang_getCanonicalCursor(init->kid[0]->cur), y))
        from = fe_var_init(e->u, init->kid[0]);
      else if (as && as->kind == CXCursor_BinaryOperator && as->nkid == 2 && fe_is_assign(e->u, as) &&
               is_ref_to(fe_strip(as->kid[0]), y))
        from = as->kid[1];
      if (from && is_ref_to(fe_strip(from), e->v) && cond && cond->kind == CXCursor_BinaryOperator &&
          cond->nkid == 2 && fe_binop_is(e->u, cond, "<") && is_ref_to(fe_strip(cond->kid[0]), y) && inc &&
          inc->kind == CXCursor_UnaryOperator && inc->nkid == 1 && fe_is_incdec(e->u, inc) &&
          is_ref_to(fe_strip(inc->kid[0]), y)) {
        if (window_bound(e, cond->kid[1], k, 0)) {
          char *i = fe_text(e->u, inc->beg, inc->end), *yn = fe_spelling(y);
          if (strstr(i, "++") && !assigned_in(e->u, x->kid[3], yn)) found = x;
          free(i);
          free(yn);
        }
      }
    }
    for (int i = 0; i < x->nkid && n < 64; i++) stack[n++] = x->kid[i];
  }
  if (found && !e->win_k) e->win_k = k;
  else free(k);
  return found;
}

static int within(Node *n, Node *outer) { return n->beg >= outer->beg && n->end <= outer->end; }

/* The window variable y under index n (a DeclRefExpr whose window loop
 * holds the subscript p), or a null cursor. */
static CXCursor window_var_in(Ext *e, Node *n, Node *p) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor y = clang_getCanonicalCursor(clang_getCursorReferenced(n->cur));
    if (clang_getCursorKind(y) == CXCursor_VarDecl) {
      Node *wl = window_loop(e, y);
      if (wl && within(p, wl->kid[3])) return y;
    }
  }
  for (int i = 0; i < n->nkid; i++) {
    CXCursor y = window_var_in(e, n->kid[i], p);
    if (!clang_Cursor_isNull(y)) return y;
  }
  return clang_getNullCursor();
}

/* X[y * W + k] of a pointer X, y a window's variable inside its loop, W and
 * k free of y and of the loop's own variable, W growing: W's text (a tile of
 * rows of a flat array, the rows W elements apart), or NULL. */
static char *flat_window(Ext *e, Node *p) {
  Node *ix = p->kid[1];
  if (access_no_text(e->u, ix) || clang_Cursor_isNull(e->v)) return NULL;
  CXCursor y = window_var_in(e, fe_strip(ix), p);
  if (clang_Cursor_isNull(y)) return NULL;
  char *t = fe_text(e->u, ix->beg, ix->end), *yn = fe_spelling(y), *vn = fe_spelling(e->v);
  Poly i, a, b;
  char *w = NULL;
  if (!names_word(t, vn) && parse_text(e->u, t, 0, &i)) {
    if (p_split(i, yn, &a, &b)) {
      char *bs = p_spell(b);
      long long c;
      if ((p_is_const(a, &c) ? c > 1 : grows(a)) && !names_word(bs, yn)) {
        char *f = text_factor(t, yn);         /* "GRID" of "y * GRID + x", as written */
        Poly fp, dd;
        long long c;
        if (f && parse_text(e->u, f, 0, &fp)) {
          dd = p_add(fp, a, -1);
          if (p_is_const(dd, &c) && c == 0) w = xstrdup(f);
          p_free(&dd);
          p_free(&fp);
        }
        free(f);
        if (!w) w = p_spell(a);
      }
      free(bs);
      p_free(&a);
      p_free(&b);
    }
    p_free(&i);
  }
  free(t);
  free(yn);
  free(vn);
  return w;
}

/* X[y] of an array X declared outside the body, y a window's variable, inside
 * that window's loop, or X[y * W + k] of a pointer X: the subscript node, or
 * NULL. */
static Node *window_of(Ext *e, Node *n) {
  Node *p = up(n);
  if (!p || p->kind != CXCursor_ArraySubscriptExpr || p->nkid != 2 || fe_strip(p->kid[0]) != n ||
      access_no_text(e->u, p))
    return NULL;
  CXCursor d = clang_getCursorReferenced(n->cur);
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  Node *ix = fe_strip(p->kid[1]);
  if (t.kind == CXType_Pointer && ix) {
    char *w = flat_window(e, p);
    free(w);
    return w ? p : NULL;
  }
  if (t.kind != CXType_ConstantArray || !ix || ix->kind != CXCursor_DeclRefExpr) return NULL;
  Node *wl = window_loop(e, clang_getCanonicalCursor(clang_getCursorReferenced(ix->cur)));
  return wl && within(p, wl->kid[3]) ? p : NULL;
}

/* What a write reaches, from an lvalue or a pointer value. */
typedef enum { B_OWN, B_ROW, B_OUTER, B_THROUGH, B_UNKNOWN } BaseKind;
typedef struct Base {
  BaseKind k;
  CXCursor d;
  int counted;      /* B_ROW through a counted member of the row's record (X[v].m): its whole block */
} Base;

static Base value_base(Ext *e, Node *n);

static Base lvalue_base(Ext *e, Node *n) {
  n = fe_strip(n);
  Base b = {B_UNKNOWN, clang_getNullCursor(), 0};
  if (!n) return b;
  switch (n->kind) {
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(n->cur);
    if (!is_var(d)) return b;
    b.d = clang_getCanonicalCursor(d);
    b.k = inside(e->u, d, e->body) ? B_OWN : B_OUTER;
    return b;
  }
  case CXCursor_ArraySubscriptExpr: {
    if (n->nkid != 2) return b;
    Node *x = fe_strip(n->kid[0]);
    if (x && x->kind == CXCursor_DeclRefExpr && (row_of(e, x) == n || window_of(e, x) == n)) {
      CXCursor d = clang_getCursorReferenced(x->cur);
      if (is_var(d) && !inside(e->u, d, e->body)) {
        b.k = B_ROW;
        b.d = clang_getCanonicalCursor(d);
        return b;
      }
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur));
    if (t.kind == CXType_ConstantArray) return lvalue_base(e, n->kid[0]);
    return value_base(e, n->kid[0]);
  }
  case CXCursor_MemberRefExpr: {
    if (!n->nkid) return b;
    CXType t = clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur));
    return t.kind == CXType_Pointer ? value_base(e, n->kid[0]) : lvalue_base(e, n->kid[0]);
  }
  case CXCursor_UnaryOperator:
    if (n->nkid == 1 && fe_is_deref(e->u, n)) return value_base(e, n->kid[0]);
    return b;
  default:
    return b;
  }
}

/* Is the member m (of a record, not through a pointer) declared with a
 * count (DELAYED_N) in its struct? */
static int counted_member(Node *m) {
  if (clang_getCanonicalType(clang_getCursorType(m->kid[0]->cur)).kind == CXType_Pointer) return 0;
  char *count = NULL;
  int yes = fe_has_annotation(clang_getCursorReferenced(m->cur), "delayc.count", &count) && count && *count;
  free(count);
  return yes;
}

/* The pointer member a write at `at` goes through (`s.m[k]`, `s.m + k`,
 * `(T *)s.m`), or NULL. */
static Node *member_written(Node *at) {
  Node *n = fe_strip(at);
  while (n && n->nkid && (n->kind == CXCursor_ArraySubscriptExpr || n->kind == CXCursor_BinaryOperator ||
                          n->kind == CXCursor_CStyleCastExpr))
    n = fe_strip(n->kind == CXCursor_CStyleCastExpr ? n->kid[n->nkid - 1] : n->kid[0]);
  return n && n->kind == CXCursor_MemberRefExpr && n->nkid &&
                 clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Pointer
             ? n : NULL;
}

/* The pointer member m of `X[v].m` (X[v].m[k], X[v].m + k) that a write at
 * `at` goes through, X[v] the iteration's record, when m says no count; else
 * a null cursor.  The remark names the count as the edit. */
static CXCursor uncounted_row_member(Ext *e, Node *at) {
  Node *n = member_written(at);
  if (!n || counted_member(n) ||
      clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur)).kind == CXType_Pointer ||
      lvalue_base(e, n->kid[0]).k != B_ROW)
    return clang_getNullCursor();
  return clang_getCursorReferenced(n->cur);
}

/* The member `s.m` or `s->m` (s a variable declared outside the body, m a
 * pointer) that a write at `at` goes through (s.m[y * W + x]), or NULL: the
 * remark's edit copies it into a local pointer the body indexes. */
static Node *member_of_outer(Ext *e, Node *at) {
  Node *n = member_written(at);
  if (!n || n->nkid != 1) return NULL;
  Node *s = fe_strip(n->kid[0]);
  if (!s || s->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = clang_getCursorReferenced(s->cur);
  return is_var(d) && !inside(e->u, d, e->body) ? n : NULL;
}

/* Where a pointer value points: into an lvalue's base, or through a variable. */
static Base value_base(Ext *e, Node *n) {
  n = fe_strip(n);
  Base b = {B_UNKNOWN, clang_getNullCursor(), 0};
  if (!n) return b;
  CXType t = clang_getCanonicalType(clang_getCursorType(n->cur));
  int arr = t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray;
  switch (n->kind) {
  case CXCursor_DeclRefExpr:
  case CXCursor_ArraySubscriptExpr:
  case CXCursor_MemberRefExpr:
    if (arr) return lvalue_base(e, n);              /* an array decays: its own storage */
    if (n->kind == CXCursor_MemberRefExpr && n->nkid && counted_member(n)) {
      /* X[v].m, m counted in its struct (DELAYED_N): the block of the
       * iteration's record, which its task reaches through the record */
      Base r = lvalue_base(e, n->kid[0]);
      r.counted = 1;
      if (r.k == B_ROW) return r;
    }
    if (n->kind == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(n->cur);
      if (is_var(d)) {
        b.k = B_THROUGH;
        b.d = clang_getCanonicalCursor(d);
      }
    }
    return b;                                       /* a pointer loaded from memory: unknown */
  case CXCursor_UnaryOperator:
    if (n->nkid == 1 && fe_is_addrof(e->u, n)) return lvalue_base(e, n->kid[0]);
    return b;
  case CXCursor_BinaryOperator: {
    if (n->nkid != 2) return b;
    Node *x = fe_strip(n->kid[0]);
    if (x && x->kind == CXCursor_DeclRefExpr && row_of(e, x) == n) {   /* X + v * W: a row's start */
      b.k = B_ROW;
      b.d = clang_getCanonicalCursor(clang_getCursorReferenced(x->cur));
      return b;
    }
    if (clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur)).kind == CXType_Pointer ||
        clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur)).kind == CXType_ConstantArray)
      return value_base(e, n->kid[0]);
    return value_base(e, n->kid[1]);
  }
  case CXCursor_CStyleCastExpr:
    return n->nkid ? value_base(e, n->kid[n->nkid - 1]) : b;
  default:
    return b;
  }
}

static int rowish(Ext *e, CXCursor d, int depth);
static int temporary(Ext *e, Outer *o);

static Updated *updated(Ext *e, CXCursor g, Update op) {
  g = clang_getCanonicalCursor(g);
  for (int i = 0; i < e->nupd; i++)
    if (clang_equalCursors(e->upd[i].g, g)) {
      if (op && e->upd[i].op && e->upd[i].op != op) e->upd[i].mixed = 1;
      if (!e->upd[i].op) e->upd[i].op = op;
      return &e->upd[i];
    }
  e->upd = xrealloc(e->upd, (size_t)(e->nupd + 1) * sizeof *e->upd);
  Updated *x = &e->upd[e->nupd++];
  *x = (Updated){g, fe_spelling(g), op, 0, NULL};
  return x;
}

/* Is n (up to conversions) an argument of the call p for a parameter that
 * points to const (by the prototype)?  Passing it there only reads. */
static int to_const_param(Node *p, Node *n) {
  if (!p || p->kind != CXCursor_CallExpr || !p->nkid) return 0;
  CXType ft = clang_getCanonicalType(clang_getCursorType(p->kid[0]->cur));
  if (ft.kind == CXType_Pointer) ft = clang_getCanonicalType(clang_getPointeeType(ft));
  if (ft.kind != CXType_FunctionProto) return 0;
  for (int i = 1; i < p->nkid; i++) {
    Node *a = p->kid[i];
    while (a != n && a->nkid == 1 && (a->kind == CXCursor_UnexposedExpr || a->kind == CXCursor_ParenExpr)) a = a->kid[0];
    if (a != n || i - 1 >= clang_getNumArgTypes(ft)) continue;
    CXType pt = clang_getCanonicalType(clang_getArgType(ft, (unsigned)(i - 1)));
    return pt.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(pt));
  }
  return 0;
}

/* The variable of the index of the element `at` (p of colidx[p], *q) that is
 * declared outside the body and changed in it (p++): the iterations' places
 * carried from one to the next.  Its name, or NULL. */
static char *carried_index(Ext *e, Node *at) {
  Node *x = fe_strip(at), *ix = NULL;
  if (x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) ix = x->kid[1];
  Node *stack[32];
  int n = 0;
  if (ix) stack[n++] = ix;
  while (n) {
    Node *y = stack[--n];
    if (y->kind == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(y->cur));
      char *nm = fe_spelling(d);
      /* (an inner loop's counter, set again each iteration, is none) */
      if (is_var(d) && !inside(e->u, d, e->body) && !clang_equalCursors(d, e->v) && assigned_in(e->u, e->body, nm) &&
          !temporary(e, outer_of(e, d)))
        return nm;
      free(nm);
    }
    for (int i = 0; i < y->nkid && n < 32; i++) stack[n++] = y->kid[i];
  }
  return NULL;
}

/* The call `at` is an argument of, or NULL. */
static Node *passed_to(Node *at) {
  Node *p = up(at);
  return p && p->kind == CXCursor_CallExpr && p->nkid && p->kid[0] != at && fe_strip(p->kid[0]) != at ? p : NULL;
}

/* Does another argument of call name the loop's variable v (a tile's tx)? */
static int call_names(Ext *e, Node *call, const char *v) {
  for (int i = 1; i < call->nkid; i++) {
    char *t = fe_text(e->u, call->kid[i]->beg, call->kid[i]->end);
    int hit = names_word(t, v);
    free(t);
    if (hit) return 1;
  }
  return 0;
}

/* Does the lvalue text at `at` name the variable of a loop inside the body
 * around it (g[i] in `for (i ...)` inside the loop over `it`)? */
static int inner_indexed(Ext *e, Node *at, const char *text) {
  for (Node *l = at->parent; l && l != e->loop; l = l->parent) {   /* (the body may be that inner loop) */
    if (l->kind != CXCursor_ForStmt) continue;
    CXCursor v = suggest_loop_var(l);
    if (clang_Cursor_isNull(v)) continue;
    char *vn = fe_spelling(v);
    int hit = names_word(text, vn);
    free(vn);
    if (hit) return 1;
  }
  return 0;
}


/* Is argument i of call n given to a parameter pointing to const (or, with
 * no prototype to say, is the argument itself such a pointer)? */
static int pointee_const(Node *n, int i) {
  CXCursor fn = clang_getCursorReferenced(n->cur);
  CXType t = clang_Cursor_isNull(fn) || i - 1 >= clang_Cursor_getNumArguments(fn)
                 ? clang_getCursorType(n->kid[i]->cur)
                 : clang_getCursorType(clang_Cursor_getArgument(fn, (unsigned)(i - 1)));
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(t));
}

/* The text of a member read through a pointer (p->width) in index n, or NULL. */
static char *arrow_member_in(Unit *u, Node *n) {
  if (!n) return NULL;
  if (n->kind == CXCursor_MemberRefExpr && tree_member_arrow(u, n)) return fe_text(u, n->beg, n->end);
  for (int i = 0; i < n->nkid; i++) {
    char *t = arrow_member_in(u, n->kid[i]);
    if (t) return t;
  }
  return NULL;
}

/* A write (rw: also a read) of what b reaches, at node `at`. */
static void written(Ext *e, Base b, int rw, Node *at) {
  char *text = fe_text(e->u, at->beg, at->end), *vname = clang_Cursor_isNull(e->v) ? xstrdup("") : fe_spelling(e->v);
  switch (b.k) {
  case B_OWN:
    break;
  case B_ROW: {
    Outer *o = outer_of(e, b.d);
    o->row_w = 1;
    if (rw) o->row_r = 1;
    break;
  }
  case B_OUTER: {
    if (clang_equalCursors(b.d, e->v)) {
      refuse(e, fmt("the body changes the loop variable (%s): the iterations are not known in advance", text));
      break;
    }
    Outer *o = outer_of(e, b.d);
    if (o->global && fx_update_at(e->u, at, o->d))
      updated(e, o->d, fx_update_at(e->u, at, o->d));   /* `total += n`, `hist[b]++`: in any order (checked after the walk) */
    else if (o->global && fx_update_hot(e->u, at, o->d))
      refuse(e, fmt("it updates the global '%s' (%s) in a loop of little work per iteration, where atomic updates "
                    "would cost more than the work: count into a local and add it to '%s' once, after that loop",
                    o->name, text, o->name));
    else if (o->array && access_no_text(e->u, at))
      refuse(e, fmt("it writes '%s', an element of '%s' written by a macro: delayc cannot give each iteration "
                    "its part of '%s' as a parameter; write the element out in the loop (%s[...][...])", text,
                    o->name, o->name, o->name));
    else if (o->array && !clang_Cursor_isNull(e->v) && !strcmp(text, o->name))   /* all of it: step(u, v, ..) */
      refuse(e, fmt("every iteration writes '%s' (%s) whatever its '%s': each works on the same data after the "
                    "one before (a time step); the parallel work is inside it, in its inner loops or the functions "
                    "it calls", o->name, text, vname));
    else if (o->array && !clang_Cursor_isNull(e->v) && !names_word(text, vname) && inner_indexed(e, at, text))
      /* an element whatever this loop's variable (g[i] of an inner loop, partials[c]): a time step */
      refuse(e, fmt("every iteration writes '%s' (%s) whatever its '%s': each works on the same data after the "
                    "one before (a time step); the parallel work is inside it, in its inner loops or the functions "
                    "it calls", o->name, text, vname));
    else if (o->array) {
      char *vn = clang_Cursor_isNull(e->v) ? NULL : fe_spelling(e->v);
      char *v = vn ? fmt("this loop's variable '%s'", vn) : xstrdup("this loop's variable");
      int scratch = clang_getCursorKind(o->d) == CXCursor_VarDecl && clang_Cursor_getStorageClass(o->d) != CX_SC_Static;
      char *own = scratch ? fmt("declare '%s' in the loop's body, each iteration's own (a scratch array declared at "
                                "the top of the function)", o->name)
                          : xstrdup("give each iteration its own array");
      refuse(e, fmt("it writes '%s', an element of '%s' not chosen by %s alone: iterations may write the "
                    "same element; index '%s' first by %s%s%s or %s", text, o->name, v, o->name, vn ? "'" : "",
                    vn ? vn : "that variable", vn ? "'" : "", own));
      free(own);
      free(vn);
      free(v);
    }
    else if (o->global)
      refuse(e, fmt("every iteration writes the global '%s' (%s): keep one value per iteration (an array "
                    "indexed by the loop) and combine them after the loop", o->name, text));
    else
      o->written = 1;
    break;
  }
  case B_THROUGH:
    /* a pointer of the body, or one declared outside it that each iteration
     * sets before it uses it (C89's `row = img + y * W;`, the row declared at
     * the top): what it may point to is checked where it is set (rowish) */
    if (inside(e->u, b.d, e->body) || temporary(e, outer_of(e, b.d))) {
      e->ptrs = xrealloc(e->ptrs, (size_t)(e->nptrs + 1) * sizeof *e->ptrs);
      e->ptrs[e->nptrs++] = b.d;
    } else {
      char *n = fe_spelling(b.d), *v = clang_Cursor_isNull(e->v) ? xstrdup("i") : fe_spelling(e->v);
      char *carried = carried_index(e, at), *stride = NULL;
      Node *call;
      if (carried)                    /* colidx[p++]: a position each iteration moves on */
        refuse(e, fmt("it writes through '%s' (%s) at '%s', which the iterations move on one after the other: "
                      "where each one writes depends on the ones before; compute each iteration's start first "
                      "(a prefix sum), then index by it", n, text, carried));
      else if (!clang_Cursor_isNull(e->v) && !names_word(text, v) && (call = passed_to(at)) && call_names(e, call, v)) {
        /* given whole to a call that is also given the loop's variable: the
         * callee picks each iteration's part (a tile), delayc cannot see which */
        char *fn = fe_spelling(clang_getCursorReferenced(call->cur));
        refuse(e, fmt("it gives '%s' whole to '%s', with '%s': which part of it each call writes is decided "
                      "inside '%s', and delayc cannot show the parts are apart; give each call its part and its "
                      "extent (%s + its first element, DELAYED_OUT_N(count), or DELAYED_OUT_2D(rows, cols, ld) for "
                      "a tile of rows)", n, fn, v, fn, n));
        free(fn);
      } else if (!clang_Cursor_isNull(e->v) && !names_word(text, v) && at->kind == CXCursor_ArraySubscriptExpr &&
                 at->nkid == 2 && !clang_Cursor_isNull(window_var_in(e, fe_strip(at->kid[1]), at))) {
        /* through an inner loop's variable over [v, v + K): a tile, but not rows of it (a transpose) */
        char *y = fe_spelling(window_var_in(e, fe_strip(at->kid[1]), at));
        refuse(e, fmt("it writes through '%s' (%s) where '%s', running from '%s' to '%s' + %s, puts it: not rows "
                      "of a flat array (%s[%s * W + x]), so delayc cannot show the iterations' parts are apart; "
                      "write the tile where its rows go, or make the rows of '%s' the loop's part", n, text, y, v, v,
                      e->win_k ? e->win_k : "K", n, y, n));
        free(y);
      } else if (!clang_Cursor_isNull(e->v) && !names_word(text, v))
        /* the write does not depend on the loop's variable: every iteration
         * works on the same data, a time step after the one before */
        refuse(e, fmt("every iteration writes through '%s' (%s) whatever its '%s': each works on the same data "
                      "after the one before (a time step); the parallel work is inside it, in its inner loops or "
                      "the functions it calls", n, text, v));
      else if ((stride = loop_stride(e)) != NULL)
        /* `off += 16; f(out + off)`: parts of 16 elements, counted by bytes */
        refuse(e, fmt("it writes through '%s' (%s), with '%s' stepping by %s: delayc tells the iterations' "
                      "parts apart by an index that counts them; count the parts instead, `for (b = 0; b < "
                      "count / %s; b++)` giving '%s + b * %s'", n, text, v, stride, stride, n, stride));
      else if ((stride = arrow_member_in(e->u, at->kind == CXCursor_ArraySubscriptExpr && at->nkid == 2 ? at->kid[1]
                                                                                                   : NULL)))
        /* img[y * p->width + x]: a row's length read through a pointer at
         * each access, which delayc does not take as the loop's constant
         * (blind 73a: the fix was one line) */
        refuse(e, fmt("it writes through '%s' (%s), with a row's length read through a pointer ('%s') at each "
                      "access: delayc cannot tell the iterations' parts apart; copy it into a local before the loop "
                      "(int width = %s;) and use that in the index and in the inner loops' bounds", n, text, stride,
                      stride));
      else
        refuse(e, fmt("it writes through '%s' (%s), not at '%s[%s]' for the loop's '%s': delayc cannot tell "
                      "the iterations' parts apart; index the pointer by the loop variable, or hand each iteration "
                      "its row through a function (f(%s + %s * width, width))", n, text, n, v, v, n, v));
      free(n);
      free(v);
      free(carried);
      free(stride);
    }
    break;
  default: {
    CXCursor rm = uncounted_row_member(e, at);
    Node *m;
    if (!clang_Cursor_isNull(rm)) {
      char *mn = fe_spelling(rm);
      CXString ts = clang_getTypeSpelling(clang_getCursorType(rm));
      CXString rs = clang_getTypeSpelling(clang_getCursorType(clang_getCursorSemanticParent(rm)));
      const char *tsp = clang_getCString(ts);
      refuse(e, fmt("it writes through '%s', a pointer member of the iteration's own record whose count delayc "
                    "does not know: say it where '%s' declares its members (%s%s%s DELAYED_N(count)), then each "
                    "iteration reaches that block through its record", text, clang_getCString(rs), tsp,
                    tsp[strlen(tsp) - 1] == '*' ? "" : " ", mn));
      clang_disposeString(ts);
      clang_disposeString(rs);
      free(mn);
    } else if ((m = member_of_outer(e, at)) != NULL) {
      char *mt = fe_text(e->u, m->beg, m->end), *mn = fe_spelling(clang_getCursorReferenced(m->cur));
      CXString ts = clang_getTypeSpelling(clang_getCursorType(m->cur));
      const char *tsp = clang_getCString(ts);
      refuse(e, fmt("it writes '%s' through the member '%s', which delayc does not follow to the iterations' "
                    "parts: copy it into a local pointer before the loop (%s%s%s = %s;) and index that by the "
                    "loop variable", text, mt, tsp, tsp[strlen(tsp) - 1] == '*' ? "" : " ", mn, mt));
      clang_disposeString(ts);
      free(mt);
      free(mn);
    } else {
      refuse(e, fmt("it writes '%s', memory delayc cannot tie to one iteration (reached through a pointer "
                    "loaded from memory or returned by a call); pass that array as a parameter and index it by "
                    "the loop variable", text));
    }
  }
  }
  free(text);
  free(vname);
}

/* ---- the walk of the body ---- */

static Node *enclosing_jump_target(Node *n, Node *stop, int loops_only) {
  for (Node *p = n->parent; p && p != stop; p = p->parent)
    if (p->kind == CXCursor_ForStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt ||
        (!loops_only && p->kind == CXCursor_SwitchStmt))
      return p;
  return NULL;
}

/* The elements a pointer argument gives: n of an array (a row E[n]
 * decaying), 1 for the address of one object; -1 unknown. */
static long long given_elements(Ext *e, Node *arg) {
  Node *a = fe_strip(arg);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return -1;
  CXType t = clang_getCanonicalType(clang_getCursorType(a->cur));
  if (t.kind == CXType_ConstantArray) return clang_getArraySize(t);
  if (a->kind == CXCursor_UnaryOperator && a->nkid == 1) return 1;     /* &X[v], &X[v].m */
  Node *x = a->kind == CXCursor_BinaryOperator && a->nkid == 2 ? fe_strip(a->kid[0]) : NULL;
  if (x && x->kind == CXCursor_DeclRefExpr && row_of(e, x) == a) {    /* X + v * W, W constant: W */
    char *w = NULL, *k = NULL;
    long long n = -1;
    Poly p;
    if (flat_row(e, a, &w, &k) && w && parse_text(e->u, w, 0, &p)) {
      if (!p_is_const(p, &n) || (k && strcmp(k, "0"))) n = -1;
      p_free(&p);
    }
    free(w);
    free(k);
    return n;
  }
  return -1;
}

/* Does the function the call names stay within what argument k gives it:
 * its body visible here, and every use of the parameter an element below the
 * count given, or p[i] in a loop up to a parameter passed a constant no
 * larger? */
/* memset(row, c, bytes), memcpy(row, src, bytes) ...: bytes a constant
 * within the n elements given (`sizeof acc[y]`, `W * sizeof(float)`)? */
static int memory_call_within(Node *call, const char *name, int k, long long n) {
  static const struct { const char *name; int ptrs, bytes; } lib[] = {
    {"memset", 1, 2}, {"memcpy", 2, 2}, {"memmove", 2, 2}, {"memcmp", 2, 2}, {"bzero", 1, 1}};
  for (size_t i = 0; i < sizeof lib / sizeof lib[0]; i++) {
    if (strcmp(name, lib[i].name) || k >= lib[i].ptrs || lib[i].bytes + 1 >= call->nkid) continue;
    CXType t = clang_getCanonicalType(clang_getCursorType(fe_strip(call->kid[k + 1])->cur));
    CXType el = t.kind == CXType_ConstantArray ? clang_getArrayElementType(t)
              : t.kind == CXType_Pointer ? clang_getPointeeType(t) : (CXType){0};
    long long es = el.kind ? clang_Type_getSizeOf(el) : -1;
    CXEvalResult r = clang_Cursor_Evaluate(call->kid[lib[i].bytes + 1]->cur);
    int ok = es > 0 && r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) >= 0 &&
             clang_EvalResult_getAsLongLong(r) <= n * es;
    if (r) clang_EvalResult_dispose(r);
    return ok;
  }
  return 0;
}

static int callee_within(Ext *e, Node *call, int k) {
  long long n = given_elements(e, call->kid[k + 1]);
  Node *c = fe_direct_callee(call);
  if (n < 1 || !c) return 0;
  char *cname = fe_spelling(clang_getCursorReferenced(c->cur));
  int lib = memory_call_within(call, cname, k, n);
  free(cname);
  if (lib) return 1;
  CXCursor fn = clang_getCanonicalCursor(clang_getCursorReferenced(c->cur));
  LFunc *g = NULL;
  for (int i = 0; i < e->m->nfn && !g; i++)
    if (e->m->fn[i].body && clang_equalCursors(clang_getCanonicalCursor(e->m->fn[i].cur), fn)) g = &e->m->fn[i];
  if (!g || k >= clang_Cursor_getNumArguments(g->cur)) return 0;
  CXCursor p = clang_Cursor_getArgument(g->cur, (unsigned)k);
  if (suggest_reaches_below(e->u, g->body, p, n)) return 1;
  /* the elements its body touches (effects/ranges.c), constants within [0, n) */
  char *first, *end;
  if (fx_param_range(e->u, g->body, g->cur, k, 0, &first, &end)) {
    Poly a, b;
    long long lo = -1, hi = n + 1;
    if (parse_text(e->u, first, 0, &a)) {
      if (!p_is_const(a, &lo)) lo = -1;
      p_free(&a);
    }
    if (parse_text(e->u, end, 0, &b)) {
      if (!p_is_const(b, &hi)) hi = n + 1;
      p_free(&b);
    }
    free(first);
    free(end);
    if (lo >= 0 && hi <= n) return 1;
  }
  char *cnt = suggest_count_of(e->u, g, k);
  int ok = 0;
  for (int j = 0; cnt && j < clang_Cursor_getNumArguments(g->cur) && j + 1 < call->nkid; j++) {
    char *pn = fe_spelling(clang_Cursor_getArgument(g->cur, (unsigned)j));
    if (!strcmp(pn, cnt)) {
      CXEvalResult r = clang_Cursor_Evaluate(call->kid[j + 1]->cur);
      ok = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) >= 0 &&
           clang_EvalResult_getAsLongLong(r) <= n;
      if (r) clang_EvalResult_dispose(r);
    }
    free(pn);
  }
  free(cnt);
  return ok;
}

static int is_ptr_type(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray;
}

/* Under sizeof: an array of the function, or an X[v] (a parameter of the new
 * function, so a pointer there: `sizeof coef` would change). */
static void sizeof_arrays(Ext *e, Node *n) {
  if (e->why) return;
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    int array = t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray;
    if (is_var(d) && !inside(e->u, d, e->body) && !file_scope(d) && (array || row_of(e, n))) {
      /* (a global's row, `sizeof acc[y]`, stays as written: the new function sees the global) */
      char *s = fe_spelling(d);
      refuse(e, fmt("it takes the size of '%s' (sizeof), which the body moved into a function would see as a "
                    "pointer: use the size's constant", s));
      free(s);
    }
  }
  for (int i = 0; i < n->nkid; i++) sizeof_arrays(e, n->kid[i]);
}

static void walk(Ext *e, Node *n) {
  if (e->why) return;
  Unit *u = e->u;
  if (n->kind == CXCursor_UnaryExpr) {              /* sizeof, alignof: nothing is evaluated */
    sizeof_arrays(e, n);
    return;
  }
  switch (n->kind) {
  case CXCursor_ReturnStmt:
    refuse(e, xstrdup("it leaves the function from inside the loop (return): an iteration would decide whether "
                      "the later ones run"));
    return;
  case CXCursor_GotoStmt: case CXCursor_IndirectGotoStmt: case CXCursor_LabelStmt:
    refuse(e, xstrdup("it uses goto or a label: the body cannot move into a function as it is"));
    return;
  case CXCursor_GCCAsmStmt: case CXCursor_MSAsmStmt:
    refuse(e, xstrdup("it contains asm: delayc cannot tell what it touches"));
    return;
  case CXCursor_BreakStmt:
    if (!enclosing_jump_target(n, e->body->parent, 0))
      refuse(e, xstrdup("it can leave the loop early (break): whether later iterations run depends on earlier "
                        "ones"));
    return;
  case CXCursor_ContinueStmt:
    if (!enclosing_jump_target(n, e->body->parent, 1)) {
      if (access_no_text(u, n)) refuse(e, xstrdup("it uses continue inside a macro"));
      e->conts = xrealloc(e->conts, (size_t)(e->nconts + 1) * sizeof *e->conts);
      e->conts[e->nconts++] = n;
    }
    return;
  case CXCursor_VarDecl:
    if (suggest_static_state(u, e->f->body, n->cur)) {
      char *s = fe_spelling(n->cur);
      refuse(e, fmt("its static local '%s' carries state from one iteration to the next", s));
      free(s);
      return;
    }
    /* a local pointer made from a row or other memory: what it may point to is
     * checked where it is written through (rowish) */
    break;
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(n->cur);
    if (clang_equalCursors(clang_getCanonicalCursor(d), e->v)) e->vrefs++;
    if (clang_getCursorKind(d) == CXCursor_EnumConstantDecl && !inside(u, d, e->body) &&
        clang_getCursorKind(clang_getCursorSemanticParent(clang_getCursorSemanticParent(d))) ==
            CXCursor_FunctionDecl) {       /* enum { N = 3000 }; in main */
      char *s = fe_spelling(d), *fn = fe_spelling(e->f->cur);
      refuse(e, fmt("it uses '%s', a constant of an enum declared inside '%s': a function of its own cannot name "
                    "it; declare that enum at file scope", s, fn));
      free(s);
      free(fn);
      return;
    }
    if (is_var(d) && !inside(u, d, e->body) &&
        !clang_equalCursors(clang_getCanonicalCursor(d), e->v)) {
      if (clang_getCursorKind(clang_getCursorSemanticParent(d)) != CXCursor_TranslationUnit &&
          clang_Cursor_getStorageClass(d) != CX_SC_Extern && !clang_Cursor_isNull(clang_getCursorSemanticParent(d)) &&
          clang_getTypeDeclaration(clang_getCursorType(d)).kind != CXCursor_NoDeclFound &&
          clang_getCursorKind(clang_getCursorSemanticParent(clang_getTypeDeclaration(clang_getCursorType(d)))) ==
              CXCursor_FunctionDecl) {
        char *s = fe_spelling(d);
        refuse(e, fmt("'%s' has a type declared inside the function: a function of its own cannot name it", s));
        free(s);
        return;
      }
      Outer *o = outer_of(e, d);
      if (!o->first) o->first = n;
      Node *wn = row_of(e, n) ? NULL : window_of(e, n);
      if (wn) {                            /* X[y], y in the iteration's window: X renamed */
        e->wins = xrealloc(e->wins, (size_t)(e->nwins + 1) * sizeof *e->wins);
        e->wins[e->nwins++] = n;
        char *fw = clang_getCanonicalType(clang_getCursorType(d)).kind == CXType_Pointer ? flat_window(e, wn) : NULL;
        if (fw && o->win_flat && strcmp(fw, o->win_flat)) o->flat_mixed = 1;   /* rows of two widths */
        if (fw && !o->win_flat) o->win_flat = fw;
        else free(fw);
        o->win = 1;
        if (!o->row) o->row = wn;
        o->row_r = 1;        /* a read unless every use is known to be a write: refined below */
        return;
      }
      Node *r = row_of(e, n);
      if (r) {
        char *w = NULL, *k = NULL;
        int flat = !is_ref_to(fe_strip(r->kid[1]), e->v) && flat_row(e, r, &w, &k);
        if (flat ? (o->row && !o->flat) || (o->flat && strcmp(o->flat, w)) : o->flat != NULL) o->flat_mixed = 1;
        if (flat && !o->flat) o->flat = w;
        else free(w);
        if (flat && !o->flat_cast) o->flat_cast = wide_index(r);
        e->rows = xrealloc(e->rows, (size_t)(e->nrows + 1) * sizeof *e->rows);
        e->rowk = xrealloc(e->rowk, (size_t)(e->nrows + 1) * sizeof *e->rowk);
        e->rowk[e->nrows] = k;
        e->rows[e->nrows++] = r;
        o->row = r;
        o->row_r = 1;        /* a read unless every use is known to be a write: refined below */
      } else {
        o->other = 1;
        Node *p = up(n);
        int value_used = is_ptr_type(clang_getCursorType(d)) && p &&
                         p->kind != CXCursor_ArraySubscriptExpr && p->kind != CXCursor_MemberRefExpr &&
                         !(p->kind == CXCursor_UnaryOperator && fe_is_deref(u, p)) && !to_const_param(p, n);
        if (value_used) o->passed = 1;
      }
    }
    return;
  }
  default:
    break;
  }
  /* writes */
  if ((n->kind == CXCursor_BinaryOperator && n->nkid == 2 && access_is_assign(u, n)) ||
      (n->kind == CXCursor_CompoundAssignOperator && n->nkid == 2))
    written(e, lvalue_base(e, n->kid[0]), n->kind == CXCursor_CompoundAssignOperator, n->kid[0]);
  else if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && access_is_incdec(u, n))
    written(e, lvalue_base(e, n->kid[0]), 1, n->kid[0]);
  else if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && fe_is_addrof(u, n)) {
    /* an address taken: what it goes to may write (a call's argument is told
     * by the callee below; a pointer to const only reads) */
    Node *p = up(n);
    int to_call = p && p->kind == CXCursor_CallExpr;
    int to_const = 0;
    if (p && p->kind == CXCursor_VarDecl) {
      CXType t = clang_getCanonicalType(clang_getCursorType(p->cur));
      to_const = t.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(t));
    }
    if (!to_call && !to_const) written(e, lvalue_base(e, n->kid[0]), 1, n->kid[0]);
  } else if (n->kind == CXCursor_VarDecl && is_ptr_type(clang_getCursorType(n->cur))) {
    /* `float *p = X[v]` / `T *s = &X[v]`: a pointer into the row (or elsewhere) */
    CXType t = clang_getCanonicalType(clang_getCursorType(n->cur));
    Node *init = fe_var_init(u, n);
    int to_const = t.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(t));
    if (init && !to_const && t.kind == CXType_Pointer) {
      Base b = value_base(e, init);
      if (b.k == B_ROW) written(e, b, 1, init);
    }
  } else if (n->kind == CXCursor_CallExpr) {
    Effects fx;
    char *fname = e->f->name;
    fx_of_call(u, n, e->f->body, fname, &fx);
    Node *c = fe_direct_callee(n);
    char *cn = c ? fe_spelling(clang_getCursorReferenced(c->cur)) : xstrdup("a function through a pointer");
    if (fx.all)
      refuse(e, fx.all_why && !strstr(fx.all_why, "body is not visible")
                    ? fmt("it calls '%s', which may touch anything (%s)", cn, fx.all_why)
                    : fmt("it calls '%s', whose body delayc cannot see: it may touch anything", cn));
    for (int r = 0; r < RES_COUNT && !e->why; r++)
      if (fx.res[r] & FX_WRITE) {
        const char *edit = fx_message_edit(fx.why[r]);
        refuse(e, fmt("it changes %s (%s): the iterations would keep their order; %s", fx_resource_name((Resource)r),
                      fx.why[r] ? fx.why[r] : cn, edit ? edit : "move that out of the loop"));
      }
    for (int g = 0; g < fx.ng && !e->why; g++) {
      if (fx.g[g].update) {                /* `total += n` in the callee: in any order */
        updated(e, fx.g[g].decl, fx.g[g].update);
      } else if ((fx.g[g].mode & FX_WRITE) && fx.g[g].hot) {
        refuse(e, fmt("it calls '%s', which updates the global '%s' in a loop of little work per iteration, where "
                      "atomic updates would cost more than the work: count into a local there and add it to '%s' "
                      "once, after that loop", cn, fx.g[g].name, fx.g[g].name));
      } else if (fx.g[g].mode & FX_WRITE) {
        /* through a global pointer the callee never assigns (image[...] = ..., blind 63a) */
        CXCursor def = c ? clang_getCursorDefinition(clang_getCursorReferenced(c->cur)) : clang_getNullCursor();
        LFunc *cf = NULL;
        for (int i = 0; i < e->m->nfn && !cf && !clang_Cursor_isNull(def); i++)
          if (e->m->fn[i].body && clang_equalCursors(e->m->fn[i].cur, def)) cf = &e->m->fn[i];
        CXType gt = clang_Cursor_isNull(fx.g[g].decl) ? (CXType){CXType_Invalid, {0, 0}}
                                                     : clang_getCanonicalType(clang_getCursorType(fx.g[g].decl));
        if (cf && gt.kind == CXType_Pointer && !suggest_assigns_var(e->u, cf->body, fx.g[g].decl))
          refuse(e, fmt("it calls '%s', which writes through the global pointer '%s' (not '%s' itself): the "
                        "iterations would keep their order; pass '%s' the part each call writes as a parameter, a "
                        "pointer with its count", cn, fx.g[g].name, fx.g[g].name, cn));
        else if (!clang_Cursor_isNull(fx.g[g].decl) &&
                 clang_getCursorKind(clang_getCursorSemanticParent(fx.g[g].decl)) == CXCursor_FunctionDecl)
          /* a static local (blind 71a: a scratch array called "the global 'prev'") */
          refuse(e, fmt("it calls '%s', which writes its static local '%s', kept from call to call: the iterations "
                        "would keep their order; if each call sets it before it reads it (a scratch array), drop "
                        "the 'static'", cn, fx.g[g].name));
        else
          refuse(e, fmt("it calls '%s', which writes the global '%s': the iterations would keep their order; "
                        "return the value or pass the place to write as a parameter", cn, fx.g[g].name));
      } else {
        Updated *x = updated(e, fx.g[g].decl, UPD_NONE);
        if (!x->reader) x->reader = xstrdup(cn);
      }
    }
    if (!e->why && (fx.mem & FX_WRITE))
      refuse(e, fmt("it calls '%s', which writes memory delayc cannot place", cn));
    if (!e->why && fx.tls) refuse(e, fmt("it uses the thread-local '%s'", fx.tls));
    /* the callee reads a global the body writes by rows: not disjoint */
    for (int g = 0; g < fx.ng && !e->why; g++)
      for (int k = 0; k < e->no; k++)
        if (e->o[k].global && !strcmp(e->o[k].name, fx.g[g].name) && e->o[k].row_w)
          refuse(e, fmt("it calls '%s', which reads all of '%s' while iterations write its elements", cn,
                        e->o[k].name));
    for (int i = 1; i < n->nkid && !e->why; i++) {
      if (!is_ptr_type(clang_getCursorType(n->kid[i]->cur))) continue;
      int mode = fx_arg_mode(u, n, i - 1);
      Base b = value_base(e, n->kid[i]);
      /* a row, or a pointer into one, given to a function: it must stay
       * within what it is given, or it reaches the next iteration's row */
      if (b.k == B_ROW || (b.k == B_THROUGH && inside(u, b.d, e->body))) {
        char *t = fe_text(u, n->kid[i]->beg, n->kid[i]->end);
        CXCursor cdef = c ? clang_getCursorDefinition(clang_getCursorReferenced(c->cur)) : clang_getNullCursor();
        int here = 0;                 /* its body is in this file */
        for (int k = 0; k < e->m->nfn && !here && !clang_Cursor_isNull(cdef); k++)
          here = e->m->fn[k].body && clang_equalCursors(e->m->fn[k].cur, cdef);
        int lib = !c || clang_Location_isInSystemHeader(clang_getCursorLocation(clang_getCursorReferenced(c->cur)));
        if ((b.k == B_THROUGH || (!b.counted && !callee_within(e, n, i - 1))) && !here && !lib)
          /* (blind 63a: "index the array by the loop variable", for a call into another file) */
          /* (the direction its parameter allows: IN for a pointer to const, blind 74a) */
          refuse(e, fmt("it gives '%s' to '%s', whose body is in another file, so delayc cannot show it stays within "
                        "an iteration's part here; declare on '%s' what it touches (%s on its pointer, in its "
                        "prototype), and its calls are the tasks", t, cn, cn,
                        pointee_const(n, i) ? "DELAYED_IN_N(n)" : mode & FX_WRITE ? "DELAYED_INOUT_N(n) or _OUT_N(n)"
                                                                : "DELAYED_IN_N(n)"));
        else if (b.k == B_THROUGH || (!b.counted && !callee_within(e, n, i - 1)))
          refuse(e, fmt("it gives '%s' to '%s', which delayc cannot show stays within it (an iteration's part); "
                        "index the array by the loop variable in the loop itself", t, cn));
        free(t);
        if (e->why) break;
      }
      if (mode & FX_KEEP) {
        char *t = fe_text(u, n->kid[i]->beg, n->kid[i]->end);
        refuse(e, fmt("it passes '%s' to '%s', which keeps the pointer", t, cn));
        free(t);
      } else if (mode & FX_WRITE) {
        written(e, b, (mode & FX_READ) != 0, n->kid[i]);
      }
    }
    fx_free(&fx);
    free(cn);
  }
  for (int i = 0; i < n->nkid && !e->why; i++) walk(e, n->kid[i]);
}

/* Does the body-local pointer d only ever point into rows or the body's own
 * storage?  (Then writes through it stay in the iteration's part.) */
typedef struct RW { Ext *e; CXCursor d; int bad, depth; } RW;

static void rowish_walk(RW *w, Node *n) {
  Ext *e = w->e;
  Node *val = NULL;
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), w->d))
    val = fe_var_init(e->u, n);
  else if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(e->u, n)) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), w->d))
      val = n->kid[1];
  }                          /* p += k, p++: still inside what it pointed into */
  if (val) {
    Base b = value_base(e, val);
    if (b.k == B_ROW) {
      Outer *o = outer_of(e, b.d);
      o->row_w = o->row_r = 1;
    } else if (b.k == B_THROUGH && inside(e->u, b.d, e->body) && !clang_equalCursors(b.d, w->d)) {
      if (!rowish(e, b.d, w->depth + 1)) w->bad = 1;
    } else if (b.k != B_OWN) {
      w->bad = 1;
    }
  }
  for (int i = 0; i < n->nkid && !w->bad; i++) rowish_walk(w, n->kid[i]);
}

static int rowish(Ext *e, CXCursor d, int depth) {
  if (depth > 4) return 0;
  RW w = {e, d, 0, depth};
  rowish_walk(&w, e->body);
  return !w.bad;
}

static int integer_type(CXType t) {
  t = clang_getCanonicalType(t);
  return (t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum;
}

/* Is the use of d `d = value` (value not reading d), in a statement that runs
 * whenever block runs: directly in it, or the init of a for loop there? */
static int kills(Unit *u, Node *use, Node *block, CXCursor d) {
  Node *a = use ? up(use) : NULL;
  if (!a || a->kind != CXCursor_BinaryOperator || a->nkid != 2 || !fe_is_assign(u, a) ||
      fe_strip(a->kid[0]) != use || model_reads_var(a->kid[1], d, NULL))
    return 0;
  if (access_no_text(u, a)) return 0;
  Node *s = a;
  /* through `x = y = 0` (the right of an assignment), `(x = 0)` and
   * `x = 0, y = 0`: those run whenever the statement does; not through
   * && || ?: or a call's argument list (which may not) */
  while (s->parent && s->parent != block && s->parent->kind != CXCursor_ForStmt &&
         ((s->parent->kind == CXCursor_BinaryOperator && !access_no_text(u, s->parent) &&
           (fe_binop_is(u, s->parent, ",") || (fe_is_assign(u, s->parent) && s->parent->kid[1] == s))) ||
          s->parent->kind == CXCursor_UnexposedExpr || s->parent->kind == CXCursor_ParenExpr))
    s = s->parent;
  if (s == block || s->parent == block) return 1;
  return s->parent && s->parent->kind == CXCursor_ForStmt && s->parent->kid[0] == s && s->parent->parent == block;
}

typedef struct Uses { CXCursor d; Node *skip; Node **n; int nn; } Uses;

static void uses_of(Uses *w, Node *n) {
  if (n == w->skip) return;
  if (n->kind == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), w->d)) {
    w->n = xrealloc(w->n, (size_t)(w->nn + 1) * sizeof *w->n);
    w->n[w->nn++] = n;
  }
  for (int i = 0; i < n->nkid; i++) uses_of(w, n->kid[i]);
}

/* The first use of the set at or after `from` (by place in the text), or NULL. */
static Node *first_from(Uses *w, unsigned from) {
  Node *best = NULL;
  for (int i = 0; i < w->nn; i++)
    if (w->n[i]->beg >= from && (!best || w->n[i]->beg < best->beg)) best = w->n[i];
  return best;
}

/* Is the use u of d preceded, on every way to it inside stop, by an
 * assignment that overwrites d and lies at or after lo: an earlier statement
 * of a block around u, the init of a for loop around u, or u's own `d = ...`?
 * (Structured code: a goto's label is ruled out by the caller.) */
static int overwritten_before(Ext *e, Node *u, CXCursor d, Node *stop, unsigned lo) {
  for (Node *a = u; a && a != stop; a = a->parent) {
    Node *p = a->parent;
    if (!p) break;
    if (p->kind == CXCursor_CompoundStmt) {
      for (int i = 0; i < p->nkid && p->kid[i] != a; i++) {
        if (p->kid[i]->beg < lo) continue;
        Uses w = {d, NULL, NULL, 0};
        uses_of(&w, p->kid[i]);
        int k = w.nn && kills(e->u, first_from(&w, 0), p, d);
        free(w.n);
        if (k) return 1;
      }
    }
    if (p->kind == CXCursor_ForStmt && p->nkid == 4 && a != p->kid[0] && p->beg >= lo) {
      Uses w = {d, NULL, NULL, 0};
      uses_of(&w, p->kid[0]);
      int k = w.nn && kills(e->u, first_from(&w, 0), p->parent, d);
      free(w.n);
      if (k) return 1;
    }
    if (a == u) {                          /* `d = value` itself: a write, not a read */
      Node *s = up(u);
      if (s && s->kind == CXCursor_BinaryOperator && s->nkid == 2 && fe_is_assign(e->u, s) &&
          fe_strip(s->kid[0]) == u)
        return 1;
    }
  }
  return 0;
}

static int calls_setjmp(Node *n) {
  if (n->kind == CXCursor_CallExpr) {
    Node *c = fe_direct_callee(n);
    char *nm = c ? fe_spelling(clang_getCursorReferenced(c->cur)) : NULL;
    int hit = nm && strstr(nm, "setjmp") != NULL;
    free(nm);
    if (hit) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (calls_setjmp(n->kid[i])) return 1;
  return 0;
}

static int has_label(Node *n) {
  if (n->kind == CXCursor_LabelStmt) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_label(n->kid[i])) return 1;
  return 0;
}

/* The body of a loop statement. */
static Node *loop_body_of(Node *l) {
  if (l->kind == CXCursor_ForStmt && l->nkid == 4) return l->kid[3];
  if (l->kind == CXCursor_WhileStmt && l->nkid == 2) return l->kid[1];
  if (l->kind == CXCursor_DoStmt && l->nkid == 2) return l->kid[0];
  return NULL;
}

/* Is the address of d taken anywhere in n (`&d`: it may be read through it)? */
static int address_taken(Unit *u, Node *n, CXCursor d) {
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && fe_is_addrof(u, n)) {
    Node *k = fe_strip(n->kid[0]);
    while (k && (k->kind == CXCursor_MemberRefExpr || k->kind == CXCursor_ArraySubscriptExpr) && k->nkid)
      k = fe_strip(k->kid[0]);
    if (k && k->kind == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(k->cur)), d))
      return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (address_taken(u, n->kid[i], d)) return 1;
  return 0;
}

/* Is the variable o, written in the body, a temporary of each iteration:
 * every use of it in the body overwritten before, on every way to it; and
 * every use of its value after the loop (or, in a loop around this one,
 * before it in the next round) overwritten again first?  Then it is declared
 * in the new function.  Not a static (its value lasts from call to call), not
 * one whose address is taken (read through a pointer). */
static int overwritten_outside(Ext *e, Outer *o, Node *skip);

static int temporary(Ext *e, Outer *o) {
  if (o->array || o->global || clang_getCursorKind(o->d) == CXCursor_ParmDecl) return 0;
  if (clang_Cursor_getStorageClass(o->d) == CX_SC_Static || address_taken(e->u, e->f->body, o->d)) return 0;
  Uses in = {o->d, NULL, NULL, 0};
  uses_of(&in, e->body);
  int ok = 1;
  for (int i = 0; i < in.nn && ok; i++) ok = overwritten_before(e, in.n[i], o->d, e->body, e->body->beg);
  free(in.n);
  if (!ok) return 0;
  return overwritten_outside(e, o, e->body);
}

/* Is every use of o's value outside `skip` (the loop's body, or the whole
 * loop) after the loop, or in a loop around it before it in the next round,
 * overwritten first?  Its uses outside in o->after, or the one read in
 * o->late. */
static int overwritten_outside(Ext *e, Outer *o, Node *skip) {
  int ok = 1;
  Uses w = {o->d, skip, NULL, 0};
  uses_of(&w, e->f->body);
  /* a label (goto) or setjmp (longjmp) may run code before the loop again
   * after it: then no use outside the body at all */
  if (e->jumps_back < 0) e->jumps_back = has_label(e->f->body) || calls_setjmp(e->f->body);
  for (int i = 0; i < w.nn && ok; i++) {
    Node *u = w.n[i];
    if (e->jumps_back || model_inside(u, e->loop)) {  /* or in the loop's own header: every round */
      ok = 0;
      o->late = u;
      break;
    }
    if (u->beg >= e->loop->end) {
      ok = overwritten_before(e, u, o->d, e->f->body, e->loop->end);
      if (!ok) o->late = u;
      continue;
    }
    /* before the loop: fine, unless a loop around both runs it again after */
    for (Node *l = e->loop->parent; ok && l && l != e->f->body; l = l->parent) {
      Node *lb = loop_body_of(l);
      if (lb && model_inside(u, lb)) ok = overwritten_before(e, u, o->d, lb, lb->beg);
      else if (lb && model_inside(u, l)) ok = 0;          /* in its header: runs every round */
      if (!ok) o->late = u;
    }
  }
  if (ok) {                            /* (asked again: the same answer) */
    free(o->after);
    o->nafter = 0;
    o->after = xcalloc((size_t)w.nn + 1, sizeof *o->after);
    for (int i = 0; i < w.nn; i++) o->after[o->nafter++] = w.n[i]->beg;
  }
  free(w.n);
  return ok;
}

int ext_dead_after(Ext *e, CXCursor d) {
  Outer o;
  memset(&o, 0, sizeof o);
  o.d = clang_getCanonicalCursor(d);
  int ok = !address_taken(e->u, e->f->body, o.d) && overwritten_outside(e, &o, e->loop);
  free(o.after);
  return ok;
}

/* Does n update d (d op= .., d++, d = d + ..), not only set it? */
static int updates_var(Unit *u, Node *n, CXCursor d) {
  CXCursor c = clang_getCanonicalCursor(d);
  if ((n->kind == CXCursor_CompoundAssignOperator || (n->kind == CXCursor_UnaryOperator && fe_is_incdec(u, n))) &&
      n->nkid && is_ref_to(fe_strip(n->kid[0]), c))
    return 1;
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(u, n) && is_ref_to(fe_strip(n->kid[0]), c) &&
      model_reads_var(n->kid[1], c, NULL))
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (updates_var(u, n->kid[i], d)) return 1;
  return 0;
}

/* Is every use of d under n an addition to it whose value is not used
 * (`d += x`, `d -= x`, `d++`, `--d` as statements, x not naming d)? */
static int sum_only(Unit *u, Node *n, CXCursor d) {
  CXCursor c = clang_getCanonicalCursor(d);
  int upd = (n->kind == CXCursor_CompoundAssignOperator && n->nkid == 2 &&
             (fe_binop_is(u, n, "+=") || fe_binop_is(u, n, "-="))) ||
            (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && fe_is_incdec(u, n));
  if (upd && is_ref_to(fe_strip(n->kid[0]), c)) {
    Node *p = n->parent;
    while (p && (p->kind == CXCursor_ParenExpr || p->kind == CXCursor_UnexposedExpr)) p = p->parent;
    if (!p || (p->kind != CXCursor_CompoundStmt && p->kind != CXCursor_IfStmt && p->kind != CXCursor_ForStmt &&
               p->kind != CXCursor_WhileStmt && p->kind != CXCursor_DoStmt && p->kind != CXCursor_SwitchStmt &&
               p->kind != CXCursor_CaseStmt && p->kind != CXCursor_DefaultStmt && p->kind != CXCursor_LabelStmt))
      return 0;                      /* its value used */
    if (p->kind != CXCursor_CompoundStmt && p->nkid && p->kid[0] == n &&
        (p->kind == CXCursor_IfStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_SwitchStmt))
      return 0;                      /* the condition */
    return n->nkid < 2 || !model_reads_var(n->kid[1], c, NULL);
  }
  if (n->kind == CXCursor_DeclRefExpr && is_ref_to(n, c)) return 0;   /* read, or set, otherwise */
  for (int i = 0; i < n->nkid; i++)
    if (!sum_only(u, n->kid[i], d)) return 0;
  return 1;
}

/* Is o a local of integer type the body only adds to: a sum the new function
 * can return, its callers adding the parts in the loop's order (integers:
 * the same total in any grouping, which floating point is not)? */
static int integer_sum(Ext *e, Outer *o) {
  CXType t = clang_getCanonicalType(clang_getCursorType(o->d));
  if (o->global || o->array || t.kind < CXType_Char_U || t.kind > CXType_LongLong ||   /* char .. long long */
      clang_isVolatileQualifiedType(t))
    return 0;
  return sum_only(e->u, e->body, o->d);
}

static void ext_free(Ext *e) {
  free(e->wins);
  free(e->win_k);
  for (int i = 0; i < e->no; i++) {
    free(e->o[i].name); free(e->o[i].pname); free(e->o[i].flat); free(e->o[i].flat_cast); free(e->o[i].after);
    free(e->o[i].win_flat);
  }
  free(e->o);
  free(e->rows);
  for (int i = 0; i < e->nrows; i++) free(e->rowk[i]);
  free(e->rowk);
  free(e->lo);
  free(e->hi);
  free(e->conts);
  free(e->ptrs);
  for (int i = 0; i < e->nupd; i++) { free(e->upd[i].name); free(e->upd[i].reader); }
  free(e->upd);
  free(e->whole);
}

/* The globals the body updates (`total += n`, `if (d < best) best = d`): the
 * iterations run in any order only when that is all the body does with each,
 * in one kind (emit makes the updates atomic: docs/lowering.md). */
typedef struct Alone { Ext *e; CXCursor g; Update op; Node *other; } Alone;

static void alone_access(void *arg, Node *at, Access kind, int argi) {
  (void)argi;
  Alone *a = arg;
  if (!a->other && (kind == ACCESS_PASS || kind == ACCESS_ESCAPE || fx_update_at(a->e->u, at, a->g) != a->op))
    a->other = at;
}

static void updates_alone(Ext *e) {
  for (int i = 0; i < e->nupd && !e->why; i++) {
    Updated *x = &e->upd[i];
    if (!x->op) continue;                 /* only read (by a callee) */
    if (x->mixed) {
      refuse(e, fmt("it updates the global '%s' in two ways (%s and another): the iterations would keep their "
                    "order", x->name, fx_update_name(x->op)));
      continue;
    }
    if (x->reader) {
      refuse(e, fmt("it updates the global '%s' (%s) and calls '%s', which uses it otherwise: the iterations "
                    "would keep their order", x->name, fx_update_name(x->op), x->reader));
      continue;
    }
    Alone a = {e, x->g, x->op, NULL};
    access_walk(e->u, e->body, x->g, 1, alone_access, &a);
    if (a.other) {
      char *t = fe_text(e->u, a.other->beg, a.other->end);
      refuse(e, fmt("it updates the global '%s' (%s) and also uses it otherwise (%s, line %u): the iterations "
                    "would keep their order; keep one value per iteration and combine them after the loop",
                    x->name, fx_update_name(x->op), t, a.other->line));
      free(t);
    }
  }
}

/* A walk along a list: the loop's increment is `p = p->next` (p a pointer
 * variable), with at most one integer counter beside it (`p = p->next, i++`).
 * *walker: p; *counter: i, or a null cursor.  Each iteration has its own p
 * (a list with a cycle would never end serially). */
static int var_of(Node *n, CXCursor *d) {
  n = fe_strip(n);
  if (!n || n->kind != CXCursor_DeclRefExpr) return 0;
  *d = clang_getCanonicalCursor(clang_getCursorReferenced(n->cur));
  return is_var(*d);
}

static int walk_step(Unit *u, Node *n, CXCursor *walker, CXCursor *counter) {
  n = fe_strip(n);
  if (!n) return 0;
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_binop_is(u, n, ","))
    return walk_step(u, n->kid[0], walker, counter) && walk_step(u, n->kid[1], walker, counter);
  CXCursor d;
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && fe_is_incdec(u, n) && var_of(n->kid[0], &d) &&
      integer_type(clang_getCursorType(d)) && clang_Cursor_isNull(*counter)) {
    *counter = d;
    return 1;
  }
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_binop_is(u, n, "=") && var_of(n->kid[0], &d) &&
      clang_Cursor_isNull(*walker) && clang_getCanonicalType(clang_getCursorType(d)).kind == CXType_Pointer) {
    Node *r = fe_strip(n->kid[1]);
    CXCursor b;
    if (r && r->kind == CXCursor_MemberRefExpr && r->nkid == 1 && var_of(r->kid[0], &b) && clang_equalCursors(b, d) &&
        clang_getCanonicalType(clang_getCursorType(fe_strip(r->kid[0])->cur)).kind == CXType_Pointer) {
      *walker = d;
      return 1;
    }
  }
  return 0;
}

static int list_walk(Unit *u, Node *loop, CXCursor *walker, CXCursor *counter) {
  *walker = *counter = clang_getNullCursor();
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return 0;
  return walk_step(u, loop->kid[2], walker, counter) && !clang_Cursor_isNull(*walker);
}

/* Does n declare a variable that text names? */
static int declares_name(Node *n, const char *text) {
  if (n->kind == CXCursor_VarDecl) {
    char *s = fe_spelling(n->cur);
    int hit = names_word(text, s);
    free(s);
    if (hit) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (declares_name(n->kid[i], text)) return 1;
  return 0;
}

/* A local pointer of the function that points into another variable of it
 * for good: set once where it is declared (`double *next = g + 1;`, `&g[1]`,
 * `g`) and never again.  That variable (*off0: from its element 0), or a
 * null cursor. */
static int zero_value(Node *n) {
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  int z = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
  if (r) clang_EvalResult_dispose(r);
  return z;
}

static CXCursor alias_base(Ext *e, CXCursor d, int *off0, unsigned *line) {
  CXCursor none = clang_getNullCursor(), x;
  if (clang_getCursorKind(d) != CXCursor_VarDecl || clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer)
    return none;
  Node *decl = decl_node(e->f->body, clang_getCanonicalCursor(d));
  Node *v = decl ? fe_strip(fe_var_init(e->u, decl)) : NULL;
  if (!v) return none;
  *line = decl->line;
  char *dn = fe_spelling(d);
  int reset = assigned_in(e->u, e->f->body, dn);
  free(dn);
  if (reset) return none;
  *off0 = 1;
  if (v->kind == CXCursor_UnaryOperator && v->nkid == 1 && fe_is_addrof(e->u, v)) {    /* &g[k] */
    Node *s = fe_strip(v->kid[0]);
    if (!s || s->kind != CXCursor_ArraySubscriptExpr || s->nkid != 2) return none;
    *off0 = zero_value(s->kid[1]);
    v = fe_strip(s->kid[0]);
  } else if (v->kind == CXCursor_BinaryOperator && v->nkid == 2 &&
             (fe_binop_is(e->u, v, "+") || fe_binop_is(e->u, v, "-"))) {                /* g + k */
    *off0 = zero_value(v->kid[1]);
    v = fe_strip(v->kid[0]);
  }
  return v && var_of(v, &x) ? x : none;
}

/* The struct member through a pointer (`C->a`) a pointer variable d is set
 * from, where it is declared or assigned in n (`crow = C->a + i * C->c`):
 * its text, or NULL. */
static Node *arrow_member(Unit *u, Node *n) {
  if (n->kind == CXCursor_MemberRefExpr && tree_member_arrow(u, n)) return n;
  for (int i = 0; i < n->nkid; i++) {
    Node *r = arrow_member(u, n->kid[i]);
    if (r) return r;
  }
  return NULL;
}

static char *set_from_member(Unit *u, Node *n, CXCursor d) {
  Node *v = NULL;
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), d)) v = fe_var_init(u, n);
  else if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(u, n)) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), d))
      v = n->kid[1];
  }
  Node *m = v ? arrow_member(u, v) : NULL;
  if (m) return fe_text(u, m->beg, m->end);
  for (int i = 0; i < n->nkid; i++) {
    char *r = set_from_member(u, n->kid[i], d);
    if (r) return r;
  }
  return NULL;
}

/* Try the loop: a suggestion in fd (1), or the reason it does not qualify in *why (0). */
static int extract(Unit *u, Model *m, LFunc *f, Node *loop, long long iter, long long trip, Found *fd,
                   char **why, long long block) {
  Ext e = {0};
  e.u = u; e.m = m; e.f = f; e.loop = loop; e.body = loop->kid[3]; e.v = suggest_loop_var(loop);
  e.jumps_back = -1;
  e.block = block;
  *why = NULL;
  CXCursor walker = clang_getNullCursor();
  if ((clang_Cursor_isNull(e.v) || !integer_type(clang_getCursorType(e.v))) &&
      !list_walk(u, loop, &walker, &e.v)) {
    *why = xstrdup("delayc finds no integer loop variable in its header, nor a walk along a list (p = p->next)");
    return 0;
  }
  /* along a list: rows are indexed by the counter, the node is read by value */
  char *vname = fe_spelling(clang_Cursor_isNull(e.v) ? walker : e.v);
  for (int pass = 0;; pass++) {
    walk(&e, e.body);
    updates_alone(&e);
    for (int i = 0; i < e.nptrs && !e.why; i++)
      if (!rowish(&e, e.ptrs[i], 0)) {
        char *n = fe_spelling(e.ptrs[i]);
        char *m = set_from_member(u, f->body, clang_getCanonicalCursor(e.ptrs[i]));
        if (m)        /* crow = C->a + i * C->c: a struct's array, its sizes members too */
          refuse(&e, fmt("it writes through '%s', set from '%s', an array a struct holds: delayc cannot show that "
                         "the iterations' parts of it are apart (the bounds the body uses are other members); pass "
                         "the arrays to the function as parameters of their own, with their sizes (`double *c, "
                         "int n, int m`: the rows are then `c + i * m`), which delayc can follow", n, m));
        else
          refuse(&e, fmt("it writes through '%s', which may point to memory shared by the iterations", n));
        free(m);
        free(n);
      }
    /* a flat array only read is read whole (it may be read beyond the
     * iteration's row: a stencil's neighbours): once more without its rows */
    int again = 0;
    for (int k = 0; k < e.no && !pass; k++)
      if (e.o[k].flat && !e.o[k].row_w) {
        e.whole = xrealloc(e.whole, (size_t)(e.nwhole + 1) * sizeof *e.whole);
        e.whole[e.nwhole++] = e.o[k].d;
        again = 1;
      }
    if (!again || e.why) break;
    Ext fresh = {0};
    fresh.u = u; fresh.m = m; fresh.f = f; fresh.loop = loop; fresh.body = e.body; fresh.v = e.v;
    fresh.jumps_back = e.jumps_back;
    fresh.block = e.block;
    fresh.whole = e.whole;
    fresh.nwhole = e.nwhole;
    e.whole = NULL;
    ext_free(&e);
    e = fresh;
  }
  for (int k = 0; k < e.no && !e.why; k++) {
    Outer *o = &e.o[k];
    int rows = 0;
    for (int i = 0; i < e.nrows; i++)
      rows += is_ref_to(fe_strip(e.rows[i]->kid[0]), o->d);
    if (o->win && (o->other || rows || o->flat))
      refuse(&e, fmt("it uses '%s' in its window of rows ('%s' from '%s') and otherwise too: delayc cannot give "
                     "each iteration its part", o->name, vname, vname));
    else if (o->win && e.block)
      refuse(&e, fmt("its iterations, each a window of rows of '%s', are too small to be tasks of their own",
                     o->name));
    if (e.why) break;
    if (o->flat_mixed)
      refuse(&e, fmt("it uses '%s' as rows of more than one width (%s[%s * %s + ...] and others): delayc cannot "
                     "give each iteration its part", o->name, o->name, vname, o->flat ? o->flat : "W"));
    for (int j = 0; o->flat && j < e.no && !e.why; j++)   /* the width stays as the loop runs */
      if (e.o[j].written && names_word(o->flat, e.o[j].name))
        refuse(&e, fmt("its rows of '%s' are '%s' elements apart, and the body changes '%s'", o->name, o->flat,
                       e.o[j].name));
    if (o->flat && !e.why && declares_name(e.body, o->flat))
      refuse(&e, fmt("its rows of '%s' are '%s' elements apart, which the body declares", o->name, o->flat));
  }
  /* a pointer written through that points into a variable the body also
   * uses (`next = g + 1`, next[i] written, g[i] read): one iteration reads
   * what another writes, which run-time regions would order one by one */
  for (int k = 0; k < e.no && !e.why; k++) {
    Outer *o = &e.o[k];
    int off0 = 0;
    unsigned line = 0;
    CXCursor b = o->row_w ? alias_base(&e, o->d, &off0, &line) : clang_getNullCursor();
    for (int j = 0; j < e.no && !e.why && !clang_Cursor_isNull(b); j++)
      if (j != k && clang_equalCursors(clang_getCanonicalCursor(e.o[j].d), clang_getCanonicalCursor(b)) &&
          (!off0 || e.o[j].other))
        refuse(&e, fmt("it writes through '%s', which points into '%s' (line %u), and uses '%s' too: an iteration "
                       "may read what another writes, and the tasks would run one at a time", o->name, e.o[j].name,
                       line, e.o[j].name));
  }
  /* rows of a global written, and a call in the body that reads that
   * global beyond the row (smooth_one(&g[i], i) reading g[i - 1]): an
   * iteration reads what another writes, a chain */
  for (int k = 0; k < e.no && !e.why; k++) {
    Outer *o = &e.o[k];
    if (!o->row_w || !o->global) continue;
    char *fn = calls_reading(u, e.body, o->d);
    if (fn)
      refuse(&e, fmt("it writes '%s[...]' and calls '%s', which reads '%s' too: an iteration may read what another "
                     "writes, and the tasks would run one at a time; nothing but a different algorithm (new values "
                     "into another array, read from the old one) makes them parallel", o->name, fn, o->name));
    free(fn);
  }
  /* refine: a row used only as the target of plain writes is not read */
  for (int k = 0; k < e.no && !e.why; k++) {
    Outer *o = &e.o[k];
    if (o->row_w && o->other) {
      unsigned line = o->first ? o->first->line : loop->line;
      char *w = o->flat ? fmt("%s[%s * %s + ...]", o->name, vname, o->flat) : fmt("%s[%s]", o->name, vname);
      refuse(&e, fmt("it writes '%s' and uses '%s' otherwise too (line %u): an iteration may read what another "
                     "writes; where what it reads is a part no iteration changes (row k of Floyd-Warshall), "
                     "read a copy of it made before the loop", w, o->name, line));
      free(w);
    }
    if (o->written && !temporary(&e, o) && !e.red && !o->passed && integer_sum(&e, o)) {
      e.red = k + 1;                 /* a count or integer sum: returned, added at the call */
      continue;
    }
    if (o->written && !temporary(&e, o)) {
      if (o->late)
        refuse(&e, fmt("'%s' is set in the loop and read at line %u before being set again, where the serial "
                       "program sees what the last iteration left: set it there first, or keep the value the "
                       "loop computes in an array indexed by '%s'", o->name, o->late->line, vname));
      else if (!updates_var(u, e.body, o->d))   /* only set (`prev = src + y * w;`), read before in the next */
        refuse(&e, fmt("every iteration sets '%s', declared outside the loop, and the next one reads what it set "
                       "(a value carried to the next iteration): compute it in each iteration from '%s' instead",
                       o->name, vname));
      else
        refuse(&e, fmt("every iteration updates '%s', declared outside the loop (a sum, a count or a value "
                       "carried to the next iteration): keep one per iteration (an array indexed by '%s') and "
                       "combine them after the loop", o->name, vname));
    }
  }
  /* a value the iterations carry, `cs = cs * 131 + x`, says more than any
   * other reason: it is the algorithm's order, not what delayc cannot see */
  for (int k = 0; k < e.no && e.why; k++) {
    Outer *o = &e.o[k];
    CXType t = clang_getCanonicalType(clang_getCursorType(o->d));
    if (k + 1 != e.red && o->written && !o->late && !o->array && !is_ptr_type(t) && t.kind != CXType_Record &&
        !o->global && !temporary(&e, o) && updates_var(u, e.body, o->d)) {
      free(e.why);
      e.why = fmt("every iteration updates '%s', declared outside the loop (a sum, a count or a value carried to "
                  "the next iteration): keep one per iteration (an array indexed by '%s') and combine them after "
                  "the loop", o->name, vname);
    }
  }
  if (e.why) {
    *why = e.why;
    ext_free(&e);
    free(vname);
    return 0;
  }
  /* plain writes only: `X[v] = ...` rows are OUT when nothing reads them */
  for (int k = 0; k < e.no; k++) {
    Outer *o = &e.o[k];
    if (!o->row_w) continue;
    int reads = 0;
    for (int i = 0; i < e.nrows + e.nwins; i++) {        /* X[v], and X[y] in a window */
      Node *r = i < e.nrows ? e.rows[i] : up(e.wins[i - e.nrows]);
      Node *x = fe_strip(r->kid[0]);
      if (!clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(x->cur)), o->d)) continue;
      /* climb to the lvalue's top: plain `=` target is a write only */
      Node *t = r, *p = up(r);
      while (p && ((p->kind == CXCursor_ArraySubscriptExpr && fe_strip(p->kid[0]) == t) ||
                   (p->kind == CXCursor_MemberRefExpr && p->nkid && fe_strip(p->kid[0]) == t &&
                    clang_getCanonicalType(clang_getCursorType(p->kid[0]->cur)).kind != CXType_Pointer))) {
        t = p;
        p = up(p);
      }
      int plain_write = p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && fe_is_assign(u, p) &&
                        fe_strip(p->kid[0]) == t;
      if (!plain_write) reads = 1;
    }
    o->row_r = reads;
  }
  int ok = loop_function(&e, vname, iter, trip, fd, why);
  free(vname);
  ext_free(&e);
  return ok;
}

/* ---- the loops of a function ---- */

#define COARSER_TRIP 8          /* iterations a loop needs to be preferred to the calls in its inner loops */
#define REPEATED_FACTOR 20      /* how much coarser a loop's iterations must be in a function called in a loop */
#define REPEATED_RUN 2000000    /* ... unless a run of the loop takes this long (~ns): 2 ms */

#define BIG_RUN 1000000         /* ~ns a run of a loop worth explaining why it stays serial */
#define BLOCK_NS 1000000        /* ~ns a block of iterations too small for a task each should do by the model (which runs high
                                   on such loops, up to 10x: blocks of a real 0.1 ms or more) */
#define BLOCK_ITER 5            /* ~ns an iteration at least, for blocks of them */
#define BLOCK_MIN 16            /* iterations a block at least */

/* Is offset o inside a loop within n? */
static int inner_loop_at(Node *n, unsigned o) {
  if (o < n->beg || o >= n->end) return 0;
  if (n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (inner_loop_at(n->kid[i], o)) return 1;
  return 0;
}

static void add_loop_miss(Found *fd, LFunc *f, Node *loop, long long work, char *why) {
  for (int k = 0; k < fd->nm; k++)      /* said already (loop_split.c): both reasons, once */
    if (fd->m[k].line && fd->m[k].off == loop->beg) {
      if (strstr(fd->m[k].why, why)) { free(why); return; }
      char *w = fmt("%s; %s", fd->m[k].why, why);
      free(fd->m[k].why);
      free(why);
      fd->m[k].why = w;
      return;
    }
  fd->m = xrealloc(fd->m, (size_t)(fd->nm + 1) * sizeof *fd->m);
  fd->m[fd->nm++] = (Miss){xstrdup(f->name), loop->beg, work, why, loop->line, loop->end};
}

/* Does loop n make a delayed call already (the file annotated, or fixed by
 * suggest before)?  Its calls are tasks: nothing to propose, nor to explain. */
int suggest_spawns(LFunc *f, Node *n) {
  for (int k = 0; k < f->ncall; k++)
    if (f->call[k].call->beg >= n->beg && f->call[k].call->end <= n->end) return 1;
  return 0;
}

/* Does n call, directly or through the file's functions (3 deep), the
 * function whose definition spans [beg, end)? */
static int reaches_fn(Model *m, Node *n, unsigned beg, unsigned end, int depth) {
  if (n->kind == CXCursor_CallExpr) {
    Node *c = fe_direct_callee(n);
    CXCursor d = c ? clang_getCursorDefinition(clang_getCursorReferenced(c->cur)) : clang_getNullCursor();
    for (int i = 0; !clang_Cursor_isNull(d) && i < m->nfn; i++) {
      LFunc *f = &m->fn[i];
      if (!f->body || !clang_equalCursors(clang_getCanonicalCursor(f->cur), clang_getCanonicalCursor(d))) continue;
      if (f->root->beg == beg && f->root->end == end) return 1;
      if (depth < 3 && reaches_fn(m, f->body, beg, end, depth + 1)) return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (reaches_fn(m, n->kid[i], beg, end, depth)) return 1;
  return 0;
}

/* The work of n's calls of the allocator (malloc, calloc, realloc, free)
 * and of the functions of the file that do nothing else (an xmalloc). */
static long long allocator_work(Unit *u, Node *n) {
  if (n->kind == CXCursor_CallExpr) {
    Node *c = fe_direct_callee(n);
    CXCursor fn = c ? clang_getCursorReferenced(c->cur) : clang_getNullCursor();
    char *nm = clang_Cursor_isNull(fn) ? NULL : fe_spelling(fn);
    int alloc = nm && (!strcmp(nm, "malloc") || !strcmp(nm, "calloc") || !strcmp(nm, "realloc") ||
                       !strcmp(nm, "free") || fx_allocator(u, fn));
    free(nm);
    if (alloc) return cost_stmt(n->cur);
  }
  long long w = 0;
  for (int i = 0; i < n->nkid; i++) w += allocator_work(u, n->kid[i]);
  return w;
}

static void loops_in(Unit *u, Model *m, LFunc *f, Node *n, long long plain_work, int repeated, Found *fd) {
  if (n->kind == CXCursor_ForStmt && n->nkid == 4 && !model_unevaluated(u, f, n) && !suggest_spawns(f, n)) {
    Node *b = n->kid[3];
    long long iter = 0;
    if (b->kind == CXCursor_CompoundStmt)
      for (int i = 0; i < b->nkid; i++) iter += cost_stmt(b->kid[i]->cur);
    else
      iter = cost_stmt(b->cur);
    long long total = cost_stmt(n->cur);
    long long trip = cost_trip(n->cur);
    /* in a function run again and again, a loop of a short run would be a
     * phase of tiny tasks each time: its iterations must be much coarser */
    long long min_work = repeated && total < REPEATED_RUN ? plain_work * REPEATED_FACTOR : plain_work;
    if (trip <= 0) trip = iter > 0 ? total / iter : 0;
    else iter = total / trip;          /* the loop's own estimate, shared out (what --explain says of it) */
    /* calls of a function proposed itself: directly in this loop's body, they
     * are its tasks; in a loop inside it, this loop's iterations are the
     * coarser unit when there are enough of them (a row, not a pixel) */
    int direct = 0, nested = 0;
    for (int k = 0; k < fd->ns; k++) {
      Sugg *g = &fd->s[k];
      if (g->kind == SK_LOOP || g->why) continue;
      /* a call directly in the body that is a small part of an iteration,
       * called nowhere else: the iteration is the coarser unit */
      int all_in = g->nsite > 0, minor = g->work > 0 && g->work * 2 <= iter;
      for (int j = 0; j < g->nsite; j++) all_in &= g->site[j].off >= n->beg && g->site[j].off < n->end;
      for (int j = 0; j < g->nsite; j++) {
        unsigned o = g->site[j].off;
        if (o < n->beg || o >= n->end) continue;
        if (inner_loop_at(n->kid[3], o)) nested = 1;
        else if (!(all_in && minor)) direct = 1;
        else nested = 1;
      }
    }
    /* a loop of few iterations around one of many, each worth a task
     * (kernels x signals: 2 x 8): the inner loop's iterations balance better */
    int finer = 0;
    if (trip < COARSER_TRIP) {
      Node *in = b->kind == CXCursor_CompoundStmt && b->nkid == 1 ? b->kid[0] : b;
      if (in->kind == CXCursor_ForStmt && in->nkid == 4) {
        long long it = cost_trip(in->cur), iw = it > 0 ? cost_stmt(in->cur) / it : 0;
        if (it >= COARSER_TRIP && iw >= min_work) {   /* proposed there, or else here */
          int before = fd->ns;
          loops_in(u, m, f, in, plain_work, repeated, fd);
          for (int k = before; k < fd->ns && !finer; k++) finer = fd->s[k].kind == SK_LOOP && fd->s[k].beg == in->beg;
          if (finer) return;
        }
      }
    }
    /* iterations too small for a task each, but many, in a long run: a task
     * per block of them (the body as written over [i_lo, i_hi)) */
    long long block = 0;
    if (iter < min_work && iter >= BLOCK_ITER && !direct && !nested && total >= BIG_RUN &&
        (!repeated || total >= REPEATED_RUN)) {
      block = (BLOCK_NS + iter - 1) / iter;
      if (block < BLOCK_MIN) block = BLOCK_MIN;
      if (trip / block < 4) block = trip / 4;           /* at least four blocks */
      if (block < BLOCK_MIN) block = 0;
    }
    /* iterations that mostly allocate or free memory (the cleanup loop of
     * free(mats[i].a); free(mats[i].piv);): the allocator's locks would
     * order the tasks, and no engineer makes that parallel (blind 61a) */
    if ((iter >= min_work || block) && trip >= 2 && !direct && !finer && (!nested || trip >= COARSER_TRIP) &&
        allocator_work(u, b) * 2 >= iter) {
      add_loop_miss(fd, f, n, total, xstrdup("its iterations mostly allocate or free memory: the allocator's lock "
                                             "would order the tasks; leave it serial"));
      return;
    }
    if ((iter >= min_work || block) && trip >= 2 && !direct && !finer && (!nested || trip >= COARSER_TRIP)) {
      char *why = NULL;
      if (extract(u, m, f, n, block ? iter * block : iter, block ? (trip + block - 1) / block : trip, fd, &why,
                  block)) {
        Sugg *ls = &fd->s[fd->ns - 1];
        for (int k = 0; k < fd->ns - 1; k++) {
          Sugg *g = &fd->s[k];
          int all = g->kind != SK_LOOP && !g->why && g->nsite > 0, inside = 0;
          for (int j = 0; all && j < g->nsite; j++) {
            /* (a recursion's call of itself is its own: its calls from outside count) */
            if (g->kind == SK_RECURSION && g->site[j].off >= g->beg && g->site[j].off < g->end) continue;
            all = g->site[j].off >= n->beg && g->site[j].off < n->end;
            inside += all;
          }
          all = all && inside;
          /* a recursion the loop's body reaches through the functions it
           * calls (res[i] = integrate_interval(..) calling adapt): its tasks
           * would spawn inside the loop's (blind round 54b: 388,600 nested) */
          if (!all && g->kind == SK_RECURSION && !g->why && reaches_fn(m, n, g->beg, g->end, 0)) all = 1;
          if (all) {
            g->why = fmt("its calls are inside the loop at line %u, whose iterations are proposed as tasks "
                         "instead ('%s': %lld of them, each doing more)", n->line, ls->name, trip);
            g->instead = fd->ns;          /* ls, counted from 1 */
          }
        }
        return;
      }
      add_loop_miss(fd, f, n, total, why);
    } else if (!direct && !nested && trip >= 2 && iter < min_work && total >= BIG_RUN) {
      add_loop_miss(fd, f, n, total, fmt("its iterations are too small to be tasks of their own (about %lld ns "
                                         "each, %lld ns or more needed%s)%s", iter, min_work,
                                         min_work > plain_work ? ", since its function runs in a loop" : "",
                                         iter < BLOCK_ITER && !direct && !nested
                                           ? ", and too small for blocks of them: under 5 ns an iteration moves "
                                             "memory more than it computes, and threads would share that bandwidth"
                                           : ""));
      return;
    }
  }
  for (int i = 0; i < n->nkid; i++) loops_in(u, m, f, n->kid[i], plain_work, repeated, fd);
}

/* The functions called inside a loop somewhere in the file (each of their
 * runs would open and close a parallel phase of its own), canonical. */
typedef struct InLoop { CXCursor *fn; int n; } InLoop;

static void called_in_loops(Node *n, int in_loop, InLoop *out) {
  int loop = n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt;
  if (n->kind == CXCursor_CallExpr && in_loop) {
    Node *c = fe_direct_callee(n);
    if (c) {
      out->fn = xrealloc(out->fn, (size_t)(out->n + 1) * sizeof *out->fn);
      out->fn[out->n++] = clang_getCanonicalCursor(clang_getCursorReferenced(c->cur));
    }
  }
  for (int i = 0; i < n->nkid; i++) called_in_loops(n->kid[i], in_loop || loop, out);
}

/* A function verification dropped (not a loop), by name. */
static int dropped_fn(Found *fd, const char *name) {
  for (int k = 0; k < fd->ns; k++)
    if (fd->s[k].kind != SK_LOOP && fd->s[k].why && !strcmp(fd->s[k].name, name)) return 1;
  return 0;
}

/* Does n call a dropped function directly (not inside a loop within n's body)? */
static int calls_dropped(Node *n, Found *fd, int top) {
  if (!top && (n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt)) return 0;
  Node *c = n->kind == CXCursor_CallExpr ? fe_direct_callee(n) : NULL;
  if (c) {
    char *nm = fe_spelling(clang_getCursorReferenced(c->cur));
    int d = dropped_fn(fd, nm);
    free(nm);
    if (d) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (calls_dropped(n->kid[i], fd, 0)) return 1;
  return 0;
}

/* The second pass: the loops around calls of a function verification
 * dropped (the first time they were left to it). */
static void loops_around_dropped(Unit *u, Model *m, LFunc *f, Node *n, long long min_work, int repeated, Found *fd) {
  if (n->kind == CXCursor_ForStmt && n->nkid == 4 && calls_dropped(n->kid[3], fd, 1)) {
    for (int k = 0; k < fd->ns; k++)
      if (fd->s[k].kind == SK_LOOP && fd->s[k].beg == n->beg) return;   /* proposed already */
    loops_in(u, m, f, n, min_work, repeated, fd);
    return;
  }
  for (int i = 0; i < n->nkid; i++) loops_around_dropped(u, m, f, n->kid[i], min_work, repeated, fd);
}

int find_loop_bodies(Unit *u, Model *m, long long min_work, Found *fd, int again) {
  int added = 0;
  InLoop il = {NULL, 0};
  for (int k = 0; k < m->nfn; k++)
    if (m->fn[k].body) called_in_loops(m->fn[k].body, 0, &il);
  for (int i = 0; i < m->nfn; i++) {
    LFunc *f = &m->fn[i];
    if (!f->body || f->delayed) continue;
    /* again: only the functions whose own suggestion verification dropped
     * (their loops were left to them the first time) */
    /* a function run again and again (called in a loop): its loops' tasks
     * would each be a phase of their own, worth it only when much coarser */
    int repeated = 0;
    CXCursor can = clang_getCanonicalCursor(f->cur);
    for (int k = 0; k < il.n && !repeated; k++) repeated = clang_equalCursors(il.fn[k], can);
    if (again && !dropped_fn(fd, f->name)) {
      int before = fd->ns;
      loops_around_dropped(u, m, f, f->body, min_work, repeated, fd);
      added += fd->ns - before;
      continue;
    }
    /* a function proposed itself: its calls are the tasks, not its loops */
    int proposed = 0;
    for (int k = 0; k < fd->ns && !proposed; k++)
      proposed = fd->s[k].kind != SK_LOOP && !fd->s[k].why && !strcmp(fd->s[k].name, f->name);
    int before = fd->ns;
    if (!proposed) loops_in(u, m, f, f->body, min_work, repeated, fd);
    added += fd->ns - before;
  }
  free(il.fn);
  return added;
}
