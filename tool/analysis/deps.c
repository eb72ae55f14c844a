/* deps.c — the dependencies of one task.
 *
 * Arguments that read no pending result are evaluated at the call; the others
 * in the task, after their producers (depend in).  Pointer arguments name the
 * memory behind them by the parameter's direction and count: an element, a range
 * (iterator), an aligned block of a constant size (its first element), a row, a
 * whole array.  Where the memory cannot be bounded, the call stays serial. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- 3. dependencies of a task ---- */

/* A call of a C library function that only reads its arguments and touches
 * no shared state (strlen, strcmp, atoi ...: library.c's table). */
static int reading_library_call(Node *n) {
  Node *f = fe_direct_callee(n);
  if (!f) return 0;
  CXCursor fc = clang_getCursorReferenced(f->cur);
  if (!clang_Cursor_isNull(clang_getCursorDefinition(fc))) return 0;   /* one of the program's own */
  char *nm = fe_spelling(fc), buf[64];
  const LibFn *lf = fx_library(fx_library_name(nm, buf, sizeof buf));
  free(nm);
  if (!lf || *lf->res || lf->va || lf->kind != LIB_PLAIN) return 0;
  for (const char *p = lf->param; *p; p++)
    if (*p != 'r' && *p != '.') return 0;
  return 1;
}

/* Side-effect free, counting a hoisted delayed call as the read of its
 * result, and a C library call that only reads. */
int pure_but_hoisted(Ctx *c, Node *n) {
  if (n->kind == CXCursor_CallExpr && hoisted(c->f, n)) return 1;
  switch (n->kind) {
  case CXCursor_CallExpr:
    if (!reading_library_call(n)) return 0;     /* strlen(x): evaluated in the task, after x's writers */
    break;
  case CXCursor_CompoundAssignOperator: case CXCursor_StmtExpr:
    return 0;
  case CXCursor_BinaryOperator:
    if (fe_is_assign(c->u, n)) return 0;
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_incdec(c->u, n)) return 0;
    break;
  case CXCursor_UnaryExpr:
    return 1;
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!pure_but_hoisted(c, n->kid[i])) return 0;
  return 1;
}

static int task_written(Ctx *c, Obj *o, Node *at, int content);

/* The text of an index expression, evaluated again in a depend clause and
 * (strict) in the task's body, or (here) only where it stands — at the spawn
 * (a region's start: the body uses the argument's value) or in a wait before
 * the statement.  Side-effect free, no macro; strict: reading no tracked
 * object (the body may run later, and tracked objects are shared with it);
 * here: only tracked objects that keep their name and no task writes
 * (`a + off[i]`). */
static int index_ok(Ctx *c, Node *idx, int here);

static char *index_text_if(Ctx *c, Node *idx, int here) {
  if (has_macro(idx) || !index_ok(c, idx, here)) return NULL;
  return fe_text(c->u, idx->beg, idx->end);
}

/* ... its value, whatever its text: 1 when it can be evaluated again so */
static int index_ok(Ctx *c, Node *idx, int here) {
  if (!pure_expr(c->u, idx)) return 0;
  Refs r = {0};
  collect_refs(c, idx, &r, 0);
  int n = 0;
  for (int k = 0; k < r.n; k++) {
    Obj *o = r.r[k].obj;
    n += !here || r.r[k].addr || o->slot || o->temp || o->escaped || o->ext || o->kind == OBJ_VIEW ||
         task_written(c, o, idx, r.r[k].elem != NULL);
  }
  free(r.r);
  return !n;
}

char *index_text(Ctx *c, Node *idx) { return index_text_if(c, idx, 0); }
char *index_text_here(Ctx *c, Node *idx) { return index_text_if(c, idx, 1); }

/* x, or x[k] of an array x: a variable's own value */
static int own_value(Node *a) {
  a = fe_strip(a);
  if (a && a->kind == CXCursor_ArraySubscriptExpr && a->nkid == 2) {
    a = fe_strip(a->kid[0]);         /* (its type, decayed there, is the array's own) */
    return a && a->kind == CXCursor_DeclRefExpr &&
           clang_getCanonicalType(clang_getCursorType(clang_getCursorReferenced(a->cur))).kind == CXType_ConstantArray;
  }
  return a && a->kind == CXCursor_DeclRefExpr;
}

static int by_value(Site *s, int i) {
  return clang_getCanonicalType(clang_getCursorType(s->arg[i]->cur)).kind == CXType_Record;
}

Acc dir_acc(Dir d) { return d == DIR_IN ? ACC_IN : d == DIR_OUT ? ACC_OUT : ACC_INOUT; }

static int pointerish(Node *n) {
  enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(n->cur)).kind;
  return k == CXType_Pointer || k == CXType_ConstantArray;
}

/* A pointer argument of arithmetic on a variable, X + i, X - i, X + i - j,
 * &X[i] + j, 1 + X + k (an integer on either side of +): the variable (the
 * base), or NULL.  With start, the elements from X's start, as text
 * evaluated at the spawn, or NULL when an offset cannot be. */
static Node *chain_base(Ctx *c, Node *a, char **start) {
  a = fe_strip(a);
  if (start) *start = NULL;
  if (!a) return NULL;
  if (a->kind == CXCursor_DeclRefExpr) {
    if (start) *start = xstrdup("0");
    return a;
  }
  if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {        /* &X[i] */
    Node *x = fe_strip(a->kid[0]);
    Node *b = x && x->kind == CXCursor_ArraySubscriptExpr ? fe_strip(x->kid[0]) : NULL;
    if (!b || b->kind != CXCursor_DeclRefExpr) return NULL;
    if (start) *start = index_text_here(c, x->kid[1]);
    return b;
  }
  if (a->kind != CXCursor_BinaryOperator || a->nkid != 2 || has_macro(a)) return NULL;
  int minus = fe_binop_is(c->u, a, "-");
  if (!minus && !fe_binop_is(c->u, a, "+")) return NULL;
  Node *p = NULL, *i = NULL;
  if (pointerish(a->kid[0]) && !pointerish(a->kid[1])) p = a->kid[0], i = a->kid[1];
  else if (!minus && pointerish(a->kid[1]) && !pointerish(a->kid[0])) p = a->kid[1], i = a->kid[0];
  if (!p) return NULL;
  char *l = NULL;
  Node *base = chain_base(c, p, start ? &l : NULL);
  if (!base || !start) return base;
  char *r = l ? index_text_here(c, i) : NULL;
  if (r && !strcmp(l, "0")) *start = minus ? fmt("-(%s)", r) : xstrdup(r);   /* X + i: i */
  else if (r) *start = fmt("(%s) %s (%s)", l, minus ? "-" : "+", r);
  free(l);
  free(r);
  return base;
}

/* Is a an argument of arithmetic on more than one step, or on &X[i]
 * (X + i - j, &X[i] - j): chain_base's, not the one-step forms below. */
static int long_chain(Ctx *c, Node *a) {
  if (a->kind != CXCursor_BinaryOperator || a->nkid != 2 || has_macro(a)) return 0;
  if (!fe_binop_is(c->u, a, "-") && !fe_binop_is(c->u, a, "+")) return 0;
  Node *p = pointerish(a->kid[0]) ? fe_strip(a->kid[0]) : fe_strip(a->kid[1]);
  return p && ((p->kind == CXCursor_BinaryOperator && (fe_binop_is(c->u, p, "-") || fe_binop_is(c->u, p, "+"))) ||
               (p->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, p)));
}

/* A pointer into row i of a 2-D array at column j: X[i] + j, j + X[i],
 * &X[i][j].  The row X[i] (of a constant array type) with *col set to j, or
 * NULL. */
static Node *row_column(Ctx *c, Node *a, Node **col) {
  Node *row = NULL;
  *col = NULL;
  if (a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(c->u, a, "+") && !has_macro(a)) {
    int p0 = pointerish(a->kid[0]), p1 = pointerish(a->kid[1]);
    if (p0 == p1) return NULL;
    row = fe_strip(a->kid[p0 ? 0 : 1]);
    *col = a->kid[p0 ? 1 : 0];
  } else if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
    Node *x = fe_strip(a->kid[0]);
    if (!x || x->kind != CXCursor_ArraySubscriptExpr || x->nkid != 2) return NULL;
    row = fe_strip(x->kid[0]);
    *col = x->kid[1];
  }
  if (!row || row->kind != CXCursor_ArraySubscriptExpr || row->nkid != 2 ||
      clang_getCanonicalType(clang_getCursorType(row->cur)).kind != CXType_ConstantArray) {
    *col = NULL;
    return NULL;
  }
  return row;
}

/* An array member (not through a pointer) of constant index k: the bytes
 * from the member's start, for `X.m[k]` (member_element, the subscript) and
 * `X.m + k` (member_plus, the sum); -1 otherwise. */
static int array_member(Ctx *c, Node *m) {
  return m && m->kind == CXCursor_MemberRefExpr && !tree_member_arrow(c->u, m) &&
         clang_getCanonicalType(clang_getCursorType(m->cur)).kind == CXType_ConstantArray;
}

static long long const_bytes(Node *m, Node *k) {
  CXEvalResult r = clang_Cursor_Evaluate(k->cur);
  long long v = -1;
  if (r && clang_EvalResult_getKind(r) == CXEval_Int) v = clang_EvalResult_getAsLongLong(r);
  if (r) clang_EvalResult_dispose(r);
  CXType et = clang_getArrayElementType(clang_getCanonicalType(clang_getCursorType(m->cur)));
  long long es = clang_Type_getSizeOf(et);
  return v >= 0 && es > 0 ? v * es : -1;
}

static long long member_element(Ctx *c, Node *x) {
  if (!x || x->kind != CXCursor_ArraySubscriptExpr || x->nkid != 2) return -1;
  Node *m = fe_strip(x->kid[0]);
  return array_member(c, m) ? const_bytes(m, x->kid[1]) : -1;
}

static long long member_plus(Ctx *c, Node *a) {
  Node *l = fe_strip(a->kid[0]), *r = fe_strip(a->kid[1]);
  if (array_member(c, l)) return const_bytes(l, a->kid[1]);
  if (array_member(c, r)) return const_bytes(r, a->kid[0]);
  return -1;
}

/* The variable a pointer argument points into: X, &X, &X[i], X + i, (T *)X,
 * X[i] + j of a 2-D array, X[i].m of an array member. */
Obj *pointer_base(Ctx *c, Node *arg) {
  Node *a = fe_strip(arg), *col;
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return NULL;
  Node *row = row_column(c, a, &col);
  int member = 0;
  if (a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(c->u, a, "+") && member_plus(c, a) >= 0)
    a = array_member(c, fe_strip(a->kid[0])) ? fe_strip(a->kid[0]) : fe_strip(a->kid[1]);   /* recs[i].vals + 4 */
  else if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a) && member_element(c, fe_strip(a->kid[0])) >= 0)
    a = fe_strip(fe_strip(a->kid[0])->kid[0]);                                          /* &recs[i].vals[4] */
  if (row) {
    a = fe_strip(row->kid[0]);
  } else if (a->kind == CXCursor_MemberRefExpr && !tree_member_arrow(c->u, a) &&
             clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) {
    member = 1;
    while (a && a->kind == CXCursor_MemberRefExpr && a->nkid && !tree_member_arrow(c->u, a))
      a = fe_strip(a->kid[0]);                  /* rs[i].v, one.v: an array member's address */
    if (a && a->kind == CXCursor_ArraySubscriptExpr && a->nkid == 2) a = fe_strip(a->kid[0]);
  } else if (long_chain(c, a)) {
    a = chain_base(c, a, NULL);   /* X + i - j, &X[i] - j */
  } else if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
    a = fe_strip(a->kid[0]);
    if (a->kind == CXCursor_ArraySubscriptExpr) a = fe_strip(a->kid[0]);
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "+")) {
    Node *l = fe_strip(a->kid[0]);
    while (l && l->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, l, "+") && pointerish(l))
      l = fe_strip(l->kid[0]);   /* X + i + j */
    a = l && l->kind == CXCursor_DeclRefExpr ? l : fe_strip(a->kid[1]);
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "-") && pointerish(a->kid[0]) &&
             !pointerish(a->kid[1])) {
    a = fe_strip(a->kid[0]);      /* X - i */
  } else if (a->kind == CXCursor_ArraySubscriptExpr &&
             clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) {
    a = fe_strip(a->kid[0]);      /* a row of a 2-D array (of a 3-D one: X[i][j]) */
    if (a && a->kind == CXCursor_ArraySubscriptExpr && a->nkid == 2 &&
        clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray)
      a = fe_strip(a->kid[0]);
  }
  if (!a || a->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = ref_decl(a);
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (a != fe_strip(arg) && !(t.kind == CXType_ConstantArray || t.kind == CXType_Pointer) &&
      fe_strip(arg)->kind != CXCursor_UnaryOperator && !member)
    return NULL;
  int had = an_object_of(c->f, d) != NULL;
  Obj *o = get_obj(c->f, d);
  if (o && o->kind == OBJ_VIEW) return o->base;
  if (o && !had && ((o->kind == OBJ_BUFFER && !owned_buffer(c->u, c->f, o)) ||
                    (o->kind == OBJ_SCALAR && t.kind == CXType_Pointer &&
                     !(fe_strip(arg)->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, fe_strip(arg)))))) {
    c->f->nobj--;                /* a pointer of unknown provenance, or a pointer's value: not tracked */
    free(o);
    return NULL;
  }
  return o;
}

/* A pointer argument spelled as one use of a user's macro, T(m, i, j) for
 * ((m) + (i) * BS * N + (j) * BS): neither its offsets' text nor its
 * operators can be taken apart (the front end sees the use, not the
 * expansion), but the tree can: the pointer operand of each + or - down to
 * a variable (the base), every other operand one that can be evaluated
 * again at the spawn (index_ok).  The base, or NULL. */
static Node *macro_pointer_base(Ctx *c, Node *a) {
  for (int depth = 0; a && depth < 16; depth++) {
    a = fe_strip(a);
    while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
    if (!a) return NULL;
    if (a->kind == CXCursor_DeclRefExpr) return a;
    if (a->kind != CXCursor_BinaryOperator || a->nkid != 2) return NULL;
    int p0 = pointerish(a->kid[0]), p1 = pointerish(a->kid[1]);
    if (p0 == p1 || !index_ok(c, a->kid[p0 ? 1 : 0], 1)) return NULL;
    a = a->kid[p0 ? 0 : 1];
  }
  return NULL;
}

/* ... its place in base, the use evaluated as a whole: `(T(m, i, j)) - (m)`,
 * when it points to base's own element type.  NULL otherwise. */
static char *whole_macro_start(Ctx *c, Node *a, Node *base) {
  CXType at = clang_getCanonicalType(clang_getCursorType(a->cur));
  CXType bt = clang_getCanonicalType(clang_getCursorType(base->cur));
  if (at.kind != CXType_Pointer || (bt.kind != CXType_Pointer && bt.kind != CXType_ConstantArray)) return NULL;
  CXType ae = clang_getCanonicalType(clang_getPointeeType(at));
  CXType be = clang_getCanonicalType(bt.kind == CXType_Pointer ? clang_getPointeeType(bt) : clang_getArrayElementType(bt));
  if (!clang_equalTypes(ae, be) || ae.kind == CXType_Void) return NULL;
  char *t = fe_text(c->u, a->beg, a->end), *name = fe_spelling(ref_decl(base));
  char *r = *name ? fmt("(%s) - (%s)", t, name) : NULL;
  free(t);
  free(name);
  return r;
}

/* A pointer declared `const T *restrict`. */
static int const_restrict(CXCursor d) {
  CXType t = clang_getCursorType(d);
  return clang_isRestrictQualifiedType(t) && clang_isConstQualifiedType(clang_getPointeeType(t));
}

/* `&X[k].m` (`&pts[i].x`, `&x.m`): a member of element k of an array or
 * owned buffer of the function (or of a struct variable), for a parameter
 * that reaches within that element (no count: the member itself; a constant
 * count of elements that end inside it): the task depends on the element, as
 * a write of part of it (inout) when it writes.  1 with the dependency, or 0. */
static int member_region(Ctx *c, Site *s, Node *x, Param *pm, long long off) {
  while (x && x->kind == CXCursor_MemberRefExpr && x->nkid && !tree_member_arrow(c->u, x)) {
    long long bits = clang_Cursor_getOffsetOfField(clang_getCursorReferenced(x->cur));
    if (bits < 0) return 0;
    off += bits / 8;
    x = fe_strip(x->kid[0]);
  }
  Node *base = x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2 ? fe_strip(x->kid[0]) : x;
  if (!base || base->kind != CXCursor_DeclRefExpr) return 0;
  Obj *o = get_obj(c->f, ref_decl(base));
  if (!o || (x != base && o->kind != OBJ_ARRAY && !(o->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, o)))) return 0;
  long long n = pm->count ? const_count(c->u, s, pm->count) : 1;
  long long size = x != base ? o->esize : clang_Type_getSizeOf(clang_getCursorType(base->cur));
  if (pm->first || pm->rows || n <= 0 || pm->psize <= 0 || size <= 0 || off + n * pm->psize > size) return 0;
  Acc acc = dir_acc(pm->dir);
  if (acc == ACC_OUT) acc = ACC_INOUT;          /* part of the element: the rest is kept */
  if (x == base) {
    add_dep(s, o, acc, NULL, NULL, NULL);       /* a struct variable: all of it */
    return 1;
  }
  char *start = index_text_here(c, x->kid[1]);
  if (!start) return 0;
  Dep *d = add_dep(s, o, acc, NULL, start, xstrdup("1"));
  d->nconst = 1;
  return 1;
}

/* A pointer argument into object o from its element start (NULL: 0, "":
 * unknown), for a parameter whose elements are rows of a run-time length
 * (`double a[n][m]`, Param.vm_row): the elements of o its rows cover, through
 * bytes (the parameter's rows need not be o's).  All of an array where its
 * extent is not declared; 0 (serial) for a buffer then. */
static int run_time_rows(Site *s, Obj *o, Acc acc, char *start, Param *pm) {
  char *row = subst_params(s, pm->vm_row);
  char *first = pm->first ? subst_params(s, pm->first) : NULL;
  char *count = pm->count ? subst_params(s, pm->count) : xstrdup("1");
  int known = row && count && (!pm->first || first) && !(start && !*start) && o->esize > 0 && pm->annotated &&
              !pm->unchecked && !pm->rows;
  if (known) {
    long long e = o->esize;
    char *lo = fmt("((long long)(%s) * %lldLL + (long long)(%s) * (%s))", start ? start : "0", e, first ? first : "0", row);
    add_dep(s, o, acc, NULL, fmt("%s / %lldLL", lo, e),
            fmt("(%s + (long long)(%s) * (%s) + %lldLL - 1) / %lldLL - %s / %lldLL", lo, count, row, e, e, lo, e));
    free(lo);
  } else if (o->kind == OBJ_ARRAY) {
    add_dep(s, o, acc, NULL, NULL, NULL);
  }
  free(row);
  free(first);
  free(count);
  free(start);
  return known || o->kind == OBJ_ARRAY;
}

/* A pointer argument naming tracked memory: X, &X, &X[i], X + i, &x. */
int pointer_region(Ctx *c, Site *s, int i, Param *pm) {
  Node *a = fe_strip(s->arg[i]);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return 0;
  Acc acc = dir_acc(pm->dir);
  if (a->kind == CXCursor_StringLiteral) return pm->dir == DIR_IN;   /* read-only literal */
  Obj *o = NULL;
  Node *row = NULL, *col = NULL;
  char *start = NULL;      /* NULL: element 0; "": unknown */
  int one = 0;             /* &X[i], &x, X + i: the address of one element */
  if (a->kind == CXCursor_DeclRefExpr) {
    o = get_obj(c->f, ref_decl(a));
    if (o && o->kind == OBJ_SCALAR) o = NULL;    /* a pointer value held in a scalar */
  } else if (a->kind == CXCursor_MemberRefExpr && !tree_member_arrow(c->u, a) &&
             clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) {
    return member_region(c, s, a, pm, 0);        /* rs[i].v, an array member: it decays to its address */
  } else if (a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(c->u, a, "+") &&
             member_plus(c, a) >= 0) {
    Node *m = fe_strip(a->kid[0]);
    if (!(m && m->kind == CXCursor_MemberRefExpr)) m = fe_strip(a->kid[1]);
    return member_region(c, s, m, pm, member_plus(c, a));   /* recs[i].vals + 4 */
  } else if ((row = row_column(c, a, &col)) ||
             ((a->kind == CXCursor_ArraySubscriptExpr ||
               (a->kind == CXCursor_UnaryOperator && a->nkid == 1 && fe_is_deref(c->u, a))) &&
              clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray)) {
    /* X[i] (or *(X + i)) of a 2-D array decays to row i; X[i] + j and
     * &X[i][j] point to column j of it */
    Node *base = NULL;
    if (!row) row = a;
    if (row->kind == CXCursor_ArraySubscriptExpr) {
      base = fe_strip(row->kid[0]);
      start = base && base->kind == CXCursor_DeclRefExpr ? index_text_here(c, row->kid[1]) : NULL;
    } else {
      base = chain_base(c, row->kid[0], &start);
    }
    Node *b3 = base && base->kind == CXCursor_ArraySubscriptExpr && base->nkid == 2 ? fe_strip(base->kid[0]) : NULL;
    if (!col && b3 && b3->kind == CXCursor_DeclRefExpr) {
      /* X[i][j] of a 3-D array (lut[ty][tx]): in X[i], the array's element i,
       * when the parameter's extent ends within the row X[i][j] */
      Obj *o3 = get_obj(c->f, ref_decl(b3));
      char *si = index_text_here(c, base->kid[1]);
      long long k = pm->count ? const_count(c->u, s, pm->count) : 1;
      long long rowsz = clang_Type_getSizeOf(clang_getCursorType(row->cur));
      free(start);
      if (o3 && o3->kind == OBJ_ARRAY && si && pm->annotated && !pm->unchecked && !pm->first && !pm->rows && k > 0 &&
          pm->psize > 0 && rowsz > 0 && k * pm->psize <= rowsz) {
        Dep *d = add_dep(s, o3, acc, NULL, si, xstrdup("1"));
        d->nconst = 1;
        return 1;
      }
      free(si);
      if (o3 && o3->kind == OBJ_ARRAY) {         /* another extent: all of it */
        add_dep(s, o3, acc, NULL, NULL, NULL);
        return 1;
      }
      return 0;
    }
    if (base && base->kind == CXCursor_DeclRefExpr) {
      o = get_obj(c->f, ref_decl(base));
      /* a 2-D array, or a buffer of rows (`int (*rows)[LEN] = malloc(..)`) */
      if (o && o->kind != OBJ_ARRAY && !(o->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, o))) o = NULL;
      if (!o || !start) { free(start); return 0; }
      /* the rows the parameter's extent covers from there: one for a count
       * within the row (or one element), ceil(count / N) for a count of the
       * row's elements (DELAYED_OUT_N(2 * N) spans two rows); all of it for
       * any other declaration (a range, a block of rows, none) */
      CXType rt = clang_getCanonicalType(clang_getCursorType(row->cur));
      long long n = clang_getArraySize(rt), es = clang_Type_getSizeOf(clang_getArrayElementType(rt));
      long long k;
      char *cnt = pm->count ? subst_params(s, pm->count) : NULL;
      char *ct = col ? index_text_here(c, col) : NULL;     /* column j, evaluated at the spawn */
      if (col && ct && pm->psize == es && pm->annotated && !pm->unchecked && !pm->first && !pm->rows &&
          (!pm->count || cnt) && n > 0) {
        /* element j of row i is element F = i * N + j of the array (F >= 0
         * for a pointer into it): rows F / N to (F + count - 1) / N */
        char *f = fmt("((long long)(%s) * %lldLL + (long long)(%s))", start, n, ct);
        add_dep(s, o, acc, NULL, fmt("%s / %lldLL", f, n),
                fmt("(%s %% %lldLL + (long long)(%s) + %lldLL - 1) / %lldLL", f, n, cnt ? cnt : "1", n, n));
        free(f);
        free(start);
      } else if (col) {              /* another extent, or a column not known at the spawn: all of it */
        free(start);
        add_dep(s, o, acc, NULL, NULL, NULL);
      } else if (pm->annotated && !pm->unchecked && !pm->first && !pm->rows && (!pm->count || (cnt && pm->psize == es)) && n > 0) {
        Dep *d;
        if (!pm->count || ((k = const_count(c->u, s, pm->count)) > 0 && k <= n)) {
          d = add_dep(s, o, acc, NULL, start, xstrdup("1"));
          d->nconst = 1;
        } else {
          d = add_dep(s, o, acc, NULL, start, fmt("(((long long)(%s)) + %lld - 1) / %lld", cnt, n, n));
        }
      } else {
        free(start);
        add_dep(s, o, acc, NULL, NULL, NULL);
      }
      free(cnt);
      free(ct);
      return 1;
    }
  } else if (long_chain(c, a)) {                 /* X + i - j, &X[i] - j */
    Node *base = chain_base(c, a, &start);
    one = 1;
    if (base) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind == OBJ_SCALAR) o = NULL;
      if (o && !start) start = xstrdup("");
    }
  } else if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
    Node *x = fe_strip(a->kid[0]);
    one = 1;
    if (x && x->kind == CXCursor_MemberRefExpr && !tree_member_arrow(c->u, x)) return member_region(c, s, x, pm, 0);
    long long off;
    if ((off = member_element(c, x)) >= 0)         /* &recs[i].vals[4] */
      return member_region(c, s, fe_strip(x->kid[0]), pm, off);
    if (x->kind == CXCursor_DeclRefExpr) o = get_obj(c->f, ref_decl(x));
    else if (x->kind == CXCursor_ArraySubscriptExpr) {
      Node *base = fe_strip(x->kid[0]);
      if (base->kind == CXCursor_DeclRefExpr) {
        o = get_obj(c->f, ref_decl(base));
        if (o && o->kind == OBJ_SCALAR) o = NULL;
        start = index_text_here(c, x->kid[1]);
        /* &AT(m, i, j), one use of a user's macro: the address evaluated whole, less the base */
        if (o && !start && has_macro(x) && fe_one_macro_use(c->u, x->beg, x->end)) start = whole_macro_start(c, a, base);
        if (o && !start) start = xstrdup("");
      }
    }
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "+")) {
    Node *base = fe_strip(a->kid[0]), *off = a->kid[1];
    char *more = NULL;            /* X + i + j: the offsets to the left of the last */
    int ok = 1;
    one = 1;
    while (base && base->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, base, "+") && pointerish(base)) {
      char *t = index_text_here(c, base->kid[1]);
      if (!t) ok = 0;
      char *m = more ? fmt("(%s) + %s", t ? t : "", more) : fmt("(%s)", t ? t : "");
      free(t);
      free(more);
      more = m;
      base = fe_strip(base->kid[0]);
    }
    if (base && base->kind != CXCursor_DeclRefExpr && !more) { base = fe_strip(a->kid[1]); off = a->kid[0]; }
    if (base && base->kind == CXCursor_DeclRefExpr) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind == OBJ_SCALAR) o = NULL;
      start = index_text_here(c, off);
      if (start && more) {
        char *t = ok ? fmt("%s + (%s)", more, start) : NULL;
        free(start);
        start = t;
      }
      if (o && !start) start = xstrdup("");
    }
    free(more);
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "-") && pointerish(a->kid[0]) &&
             !pointerish(a->kid[1])) {
    Node *base = fe_strip(a->kid[0]);   /* X - i */
    one = 1;
    if (base && base->kind == CXCursor_DeclRefExpr) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind == OBJ_SCALAR) o = NULL;
      char *t = index_text_here(c, a->kid[1]);
      start = t ? fmt("-(%s)", t) : xstrdup("");
      free(t);
    }
  } else if (a->kind == CXCursor_BinaryOperator && has_macro(a) && !a->macro) {
    /* one use of a user's macro, T(m, i, j): its operators are not in the text */
    Node *base = macro_pointer_base(c, a);
    if (base) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind == OBJ_SCALAR) o = NULL;
      start = o ? whole_macro_start(c, a, base) : NULL;
      if (o && !start) start = xstrdup("");
    }
  }
  int view = o && o->kind == OBJ_VIEW;
  if (view) {
    /* where the view points now, as an index into its base */
    char *ba = plan_hole_data(o->base);
    char *off = fmt("(%s - %s)", o->name, ba);
    start = !start ? off : *start ? fmt("%s + (%s)", off, start) : start;
    o = o->base;
  }
  if (!o) return 0;
  if (o->kind == OBJ_BUFFER && !owned_buffer(c->u, c->f, o)) return 0;
  if (o->kind == OBJ_SCALAR) { add_dep(s, o, acc, NULL, NULL, NULL); return 1; }
  if (pm->vm_row) return run_time_rows(s, o, acc, start, pm);
  if (pm->first) {                /* DELAYED_*_RANGE(lo, hi): from element lo of where it points */
    char *f = subst_params(s, pm->first);
    if (!f) return 0;
    if (!start) start = f;
    else if (*start) { char *t = fmt("(%s) + (%s)", start, f); free(start); free(f); start = t; }
    else free(f);
    one = 0;
  }
  char *count = pm->count ? subst_params(s, pm->count) : NULL;
  if (pm->count && !count) {
    /* a count not known at the spawn (an argument read from a result still
     * pending: n = getlen(1); fill(d, n, 7)) is no element's: all of an
     * array, else the call stays serial (blind 73b: taken as one element) */
    free(start);
    if (o->kind != OBJ_ARRAY) return 0;
    add_dep(s, o, acc, NULL, NULL, NULL);
    return 1;
  }
  char *csrc = count;             /* the count is pm->count at this call */
  /* counts are in the parameter's units, starts in the object's: they must
   * agree; a count of another unit (the bytes of a `void *` parameter, given
   * `a + 8` of an int buffer) becomes the object's elements it spans, from
   * the start the object's units name (rounded up: a superset) */
  if (count && !pm->first && !pm->rows && pm->psize > 0 && o->esize > 0 && pm->psize != o->esize &&
      o->kind == OBJ_BUFFER && !view) {   /* (a view of another type: its offset is in neither unit) */
    char *t = fmt("(((%s) * %lld + %lld) / %lld)", count, (long long)pm->psize, (long long)o->esize - 1,
                  (long long)o->esize);
    count = t;                    /* (csrc keeps the parameter's own: it is no longer the count) */
  } else if (pm->psize <= 0 || o->esize <= 0 || pm->psize != o->esize) {
    if (o->kind != OBJ_ARRAY) return 0;
    start = NULL;                 /* an array: depend on all of it */
    count = NULL;
  }
  /* DELAYED_IN/OUT/INOUT with no count on the address of one element: that element */
  if (!count && one && pm->annotated && !pm->unchecked && start && *start) count = xstrdup("1");
  if (!count && one && (!pm->annotated || pm->unchecked) && start && *start && o->kind == OBJ_ARRAY) {
    /* &X[i] to a parameter with no annotation: it may reach any element of X */
    char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
    if (pm->dir != DIR_IN) o->chained = 1;
    if (pm->unchecked)              /* annotated, but its body goes where no check follows (lint says where) */
      an_explain(c->a, s->call, "call of '%s': '%s' points into '%s', but the annotation on parameter '%s' cannot be "
                 "checked (delayc lint says which use): the task depends on all of '%s'%s", s->callee->label, t,
                 o->name, pm->name, o->name, pm->dir != DIR_IN ? ", and the tasks that write it run one after another" : "");
    else
      an_explain(c->a, s->call, "call of '%s': '%s' points to one element of '%s', but parameter '%s' has no "
                 "annotation: the task depends on all of '%s'%s (DELAYED_%s on '%s' says it touches that element only; "
                 "DELAYED_%s_N(n), n elements)", s->callee->label, t, o->name, pm->name, o->name,
                 pm->dir != DIR_IN ? ", and the tasks that write it run one after another" : "",
                 pm->dir == DIR_IN ? "IN" : "INOUT", pm->name, pm->dir == DIR_IN ? "IN" : "INOUT");
    free(t);
  }
  if (start && !*start) { start = NULL; count = NULL; }   /* unknown start: whole */
  if (!count && o->kind == OBJ_BUFFER && pm->dir == DIR_IN && const_restrict(o->decl)) {
    /* `const double *restrict val` read all of, in no known extent: nothing
     * changes what it points to while the function runs (C11 6.7.3.1p4), so
     * the read orders with nothing */
    free(start);
    free(count);
    return 1;
  }
  if (!count && !start && o->kind == OBJ_BUFFER && pm->annotated && !pm->unchecked && !pm->first && !pm->rows &&
      pm->psize == o->esize)
    count = xstrdup("1");           /* a bare DELAYED_OUT on the buffer's pointer: its first element */
  if (!count && start && o->kind == OBJ_BUFFER) return 0; /* unknown extent */
  if (!count) start = NULL;                                /* from start to the end: whole */
  if (!count && o->kind == OBJ_BUFFER) return 0;           /* an owned buffer of unknown size */
  Dep *d = add_dep(s, o, acc, NULL, start ? start : xstrdup("0"), count);
  if (pm->rows && count) {        /* a 2-D block: a run-time region of the object */
    d->rows = subst_params(s, pm->rows);
    d->ld = subst_params(s, pm->ld);
    if (!d->rows || !d->ld) { s->ndep--; return 0; }
    o->regions = 1;
    return 1;
  }
  if (count && count == csrc) d->csrc = pm->count;
  if (count) d->nconst = d->csrc ? const_count(c->u, s, d->csrc) : const_count(c->u, NULL, count);
  long long bs = pm->first ? 0 : aligned_block(c->u, s, pm, d->start);
  if (bs && pm->count) {
    /* the start must read E*C (or C*E, or 0) with C the count argument's text */
    int k = -1;
    for (int j = 0; j < s->callee->nparam; j++)
      if (!strcmp(s->callee->param[j].name, pm->count)) k = j;
    char *ct = k >= 0 ? norm(fe_text(c->u, s->arg[k]->beg, s->arg[k]->end)) : xstrdup("?");
    char *st = norm(d->start);
    size_t lc = strlen(ct), ls = strlen(st);
    int ok = !strcmp(st, "0") ||
             (ls > lc + 1 && !strcmp(st + ls - lc, ct) && st[ls - lc - 1] == '*') ||
             (ls > lc + 1 && !strncmp(st, ct, lc) && st[lc] == '*');
    if (ok || multiple_of(c->u, d->start, bs)) d->block = bs;
    free(ct);
    free(st);
  }
  return 1;
}

int refs_global_or_deref(Ctx *c, Node *n) {
  if (n->kind == CXCursor_UnaryExpr) return 0;
  if (n->kind == CXCursor_CallExpr && hoisted(c->f, n)) return 0;   /* its own task reads its arguments */
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = ref_decl(n);
    if (clang_getCursorKind(d) == CXCursor_VarDecl && !trackable(c->f, d)) {
      CXType t = clang_getCursorType(d);
      if (!clang_isConstQualifiedType(t)) return 1;
    }
  }
  if (n->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, n)) return 1;
  if (tree_member_arrow(c->u, n)) return 1;            /* p->m reads through a pointer */
  if (n->kind == CXCursor_ArraySubscriptExpr) {
    Node *b = fe_strip(n->kid[0]);
    if (b->kind == CXCursor_DeclRefExpr) {
      Obj *o = an_object_of(c->f, ref_decl(b));
      if (!o && clang_getCanonicalType(clang_getCursorType(ref_decl(b))).kind == CXType_Pointer) return 1;
    } else return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (refs_global_or_deref(c, n->kid[i])) return 1;
  return 0;
}

/* Might site t, not weighed yet, write o: its result stored there, o's
 * address (or a view of it) given to a parameter it may write, or o a
 * global its callee writes?  content: o's elements (bound[b]: a pointer
 * into it counts), else the variable itself (n, or a pointer's value: only
 * `&o` does).  Read from the call's text: in a loop, a later
 * call's task of one iteration runs before the next iteration's spawns. */
static int may_write(Ctx *c, Site *t, Obj *o, int content) {
  if (t->tobj == o || (t->target && t->target->kind == CXCursor_VarDecl &&
                       clang_equalCursors(clang_getCanonicalCursor(t->target->cur), clang_getCanonicalCursor(o->decl))))
    return 1;
  for (int a = 0; a <= t->narg; a++) {
    Node *n = a < t->narg ? t->arg[a] : t->target;
    Param *pm = a < t->narg && t->callee && a < t->callee->nparam ? &t->callee->param[a] : NULL;
    if (!n || (pm && pm->dir == DIR_IN) || n->kind == CXCursor_VarDecl) continue;   /* (a declaration: above) */
    Refs r = {0};
    collect_refs(c, n, &r, 0);
    int hit = 0;
    for (int k = 0; k < r.n && !hit; k++) {
      Obj *x = r.r[k].obj;
      /* the variable itself only by `&x` (t->l, b + s read the pointer, and
       * reach what it points to: its content, an array's elements) */
      Node *up = r.r[k].node ? r.r[k].node->parent : NULL;
      while (up && (up->kind == CXCursor_ParenExpr || up->kind == CXCursor_UnexposedExpr)) up = up->parent;
      int addr = r.r[k].addr && (content || (up && up->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, up)));
      hit = (x == o || (x && x->kind == OBJ_VIEW && x->base == o)) && (a == t->narg || addr);
    }
    free(r.r);
    if (hit) return 1;
  }
  if (o->ext && t->callee) {
    const Effects *e = callee_effects(c->u, t->callee);
    if (e && e->all) return 1;
    for (int g = 0; e && g < e->ng; g++)
      if ((e->g[g].mode & FX_WRITE) && !clang_Cursor_isNull(e->g[g].decl) &&
          clang_equalCursors(clang_getCanonicalCursor(e->g[g].decl), clang_getCanonicalCursor(o->decl)))
        return 1;
  }
  return 0;
}

/* Is there a loop around both a and b? */
static int share_loop(Node *a, Node *b) {
  for (Node *l = a ? a->parent : NULL; l; l = l->parent) {
    if (l->kind != CXCursor_ForStmt && l->kind != CXCursor_WhileStmt && l->kind != CXCursor_DoStmt) continue;
    for (Node *m = b; m; m = m->parent)
      if (m == l) return 1;
  }
  return 0;
}

/* Does a task write the object o itself (its result, or through `&o`)
 * before code at node `at` runs: a task spawned earlier, or one spawned
 * later in a loop around both (its previous iteration's)? */
static int task_written(Ctx *c, Obj *o, Node *at, int content) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *t = f->site[i];
    if (t->serial) continue;        /* an ordinary call, decided before */
    if (!t->argspawn) {             /* not weighed yet: from its text */
      Node *ts = t->call ? t->call : t->stmt;
      if ((!at || !ts || ts->beg < at->beg || share_loop(at, ts)) && may_write(c, t, o, content)) return 1;
      continue;
    }
    if (t->tobj == o) return 1;
    for (int k = 0; k < t->ndep; k++)
      if (t->dep[k].obj == o && t->dep[k].acc != ACC_IN) return 1;
  }
  return 0;
}

/* Does the argument read a value a task may not have written yet (a pointer
 * that is a pending result, an offset from a table a task rewrites)?  It is
 * evaluated at the spawn. */
static int reads_pending_except(Ctx *c, Node *arg, Obj *base);
int arg_reads_pending(Ctx *c, Node *arg) { return reads_pending_except(c, arg, NULL); }

/* ... other than the object base it points into (whose address it takes) */
static int reads_pending_except(Ctx *c, Node *arg, Obj *base) {
  Refs r = {0};
  collect_refs(c, arg, &r, 0);
  int p = 0;
  Node *a = fe_strip(arg);
  int member = a && ((a->kind == CXCursor_MemberRefExpr && !tree_member_arrow(c->u, a) &&
                      clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) ||
                     (a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(c->u, a, "+") &&
                      member_plus(c, a) >= 0) ||
                     (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a) &&
                      member_element(c, fe_strip(a->kid[0])) >= 0));
  for (int k = 0; k < r.n && !p; k++) {
    Obj *o = r.r[k].obj;
    /* (a pointer variable is a value read: one a task returns is pending, memory_pending) */
    if (base && (base->kind != OBJ_SCALAR || member) && (o == base || (o && o->kind == OBJ_VIEW && o->base == base)) &&
        (!r.r[k].elem || member ||
         clang_getCanonicalType(clang_getCursorType(r.r[k].elem->cur)).kind == CXType_ConstantArray))
      continue;                     /* the base itself, a row of it (grid[r]), an array member (rs[i].v): an address */
    p = !r.r[k].addr && task_written(c, o, arg, r.r[k].elem != NULL);
  }
  free(r.r);
  return p;
}

/* Is lvalue t an element or member reached from a parameter (p[i], p[i].m,
 * p->m[k], with members and subscripts down to the parameter's name), or
 * from a variable's own storage by members and elements of arrays (t.b[k])? */
static int fixed_storage(Ctx *c, Node *t) {
  Node *x = fe_strip(t);
  int through = 0;                /* reached through a pointer (->, a pointer's subscript) */
  while (x && ((x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) || (x->kind == CXCursor_MemberRefExpr && x->nkid == 1))) {
    Node *b = fe_strip(x->kid[0]);
    CXType bt = b ? clang_getCanonicalType(clang_getCursorType(b->cur)) : (CXType){0};
    through |= (x->kind == CXCursor_MemberRefExpr && tree_member_arrow(c->u, x)) ||
               (x->kind == CXCursor_ArraySubscriptExpr && bt.kind == CXType_Pointer);
    x = b;
  }
  if (!x || x->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor d = clang_getCursorReferenced(x->cur);
  if (clang_getCursorKind(d) == CXCursor_ParmDecl) return 1;
  /* ... or a variable's own storage, t.b[k] of a local struct t: its address
   * is fixed, whatever a task writes in it */
  CXType dt = clang_getCanonicalType(clang_getCursorType(d));
  return !through && clang_getCursorKind(d) == CXCursor_VarDecl && dt.kind != CXType_Pointer;
}

static int target_indexes_ok(Ctx *c, Node *t) {
  Node *x = fe_strip(t);
  while (x && ((x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) || (x->kind == CXCursor_MemberRefExpr && x->nkid == 1))) {
    if (x->kind == CXCursor_ArraySubscriptExpr) {
      char *i = index_text_here(c, x->kid[1]);
      if (!i) return 0;
      free(i);
    }
    x = fe_strip(x->kid[0]);
  }
  return 1;
}

/* Does no task of the function reach object o: a local array or scalar of
 * its own that no call may write (may_write: its address given to a
 * parameter it may write, a task's result stored into it), reached through
 * no view or pointer stored somewhere?
 * Then its value when a task is spawned is the one the serial program
 * reads at the call.  (Asked of every site of the function, not only those
 * already weighed: a later call in a loop runs before the next spawn.) */
static int settled(Ctx *c, Obj *o) {
  Func *f = c->f;
  if (!o || o->escaped || o->ext || o->slot || o->temp || (o->kind != OBJ_ARRAY && o->kind != OBJ_SCALAR)) return 0;
  for (int j = 0; j < f->nexposed; j++)
    if (clang_equalCursors(f->exposed[j], o->decl)) return 0;
  for (int j = 0; j < f->nobj; j++)
    if (f->obj[j]->kind == OBJ_VIEW && f->obj[j]->base == o) return 0;
  for (int i = 0; i < f->nsite; i++)
    if (may_write(c, f->site[i], o, 1)) return 0;   /* every call, weighed or not, serial or not */
  return 1;
}

/* Do the refs of a value argument read only settled objects, and no value
 * loaded through a pointer held in one (ptrs[i][j]: memory tasks may write)? */
static int reads_settled(Ctx *c, Refs *r) {
  for (int k = 0; k < r->n; k++) {
    if (!settled(c, r->r[k].obj)) return 0;
    Node *x = r->r[k].elem ? r->r[k].elem : r->r[k].node, *up = x->parent;
    while (up && (up->kind == CXCursor_UnexposedExpr || up->kind == CXCursor_ParenExpr)) { x = up; up = up->parent; }
    if (up && ((up->kind == CXCursor_ArraySubscriptExpr && up->nkid == 2 && up->kid[0] == x) ||
               (up->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, up)) ||
               (up->kind == CXCursor_MemberRefExpr && tree_member_arrow(c->u, up))))
      return 0;
  }
  return 1;
}

/* Is value argument i a count, a first element, rows or a row's length of a
 * pointer parameter's extent (DELAYED_OUT_N(n) with n its parameter)? */
static int extent_arg(Site *s, int i) {
  const char *n = i < s->callee->nparam ? s->callee->param[i].name : NULL;
  if (!n || !*n) return 0;
  for (int j = 0; j < s->callee->nparam; j++) {
    Param *q = &s->callee->param[j];
    if (q->dir == DIR_VALUE) continue;
    if ((q->count && names_word(q->count, n)) || (q->first && names_word(q->first, n)) ||
        (q->rows && names_word(q->rows, n)) || (q->ld && names_word(q->ld, n)) || (q->vm_row && names_word(q->vm_row, n)))
      return 1;
  }
  return 0;
}

/* Are the refs variables or elements of the function's objects, read as they
 * are (not a pointer loaded from one and followed: p[i] of a pointer p)? */
static int direct_refs(Ctx *c, Refs *r) {
  for (int k = 0; k < r->n; k++) {
    Ref *x = &r->r[k];
    if (x->addr || x->obj->ext) return 0;
    Node *up = x->node->parent;
    while (up && (up->kind == CXCursor_UnexposedExpr || up->kind == CXCursor_ParenExpr)) up = up->parent;
    if (!x->elem && up && ((up->kind == CXCursor_ArraySubscriptExpr && up->nkid == 2) ||
                           (up->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, up)) ||
                           (up->kind == CXCursor_MemberRefExpr && tree_member_arrow(c->u, up))))
      return 0;
  }
  return 1;
}

int site_task_deps(Ctx *c, Site *s) {
  Func *f = c->f;
  s->ndep = 0;
  s->argtask = xcalloc((size_t)s->narg + 1, sizeof *s->argtask);
  s->argspawn = xcalloc((size_t)s->narg + 1, sizeof *s->argspawn);
  s->argconst = xcalloc((size_t)s->narg + 1, sizeof *s->argconst);
  /* arguments: evaluated at the call unless they read task results */
  for (int i = 0; i < s->narg; i++) {
    Refs r = {0};
    collect_refs(c, s->arg[i], &r, 0);
    int reads = 0;
    for (int k = 0; k < r.n; k++) reads |= !r.r[k].addr || r.r[k].elem != NULL;
    Param *pm = i < s->callee->nparam ? &s->callee->param[i] : NULL;
    if (pm && pm->dir != DIR_VALUE && r.n && (!reads || !reads_pending_except(c, s->arg[i], pointer_base(c, s->arg[i])))) {
      s->argspawn[i] = 1;                                /* an address: known now */
    } else if (r.n && pm && pm->dir == DIR_VALUE && !arg_reads_pending(c, s->arg[i]) && reads_settled(c, &r)) {
      s->argspawn[i] = 1;   /* reads only what no task reaches (a count from a table): its value now is the call's */
    } else if (r.n && pm && pm->dir == DIR_VALUE && by_value(s, i) && pm->reaches &&
               (own_value(s->arg[i]) || memory_block_element(s->arg[i])) &&
               memory_counted_struct_at(c, s, i)) {
      /* a struct of counted members a task returned (`ch[i] = load(i)`, then
       * clean(ch[i])): taken at the spawn, once that task is done, so that
       * its members' regions are known (memory_deep) */
      s->argspawn[i] = 1;
      if (!s->members_at_spawn) s->members_at_spawn = xcalloc((size_t)s->narg + 1, 1);
      s->members_at_spawn[i] = 1;
    } else if (r.n && pm && pm->dir != DIR_VALUE) {
      free(r.r);
      if (memory_pending(c, s, i, pm)) continue;    /* a fresh block a task returns (memory.c) */
      serialize(c->a, s, fmt("pointer argument %d reads a value a task may still be writing (a pending result, or "
                             "memory a task is given): it could only be taken when that task is done", i + 1));
      return 0;
    } else if (r.n && pm && extent_arg(s, i) && pure_expr(c->u, s->arg[i]) && !refs_global_or_deref(c, s->arg[i]) &&
               direct_refs(c, &r)) {
      /* a count a task computes (n = getlen(1); fill(d, n, 7)): the spawn
       * waits for that result and reads it, so that the regions are known
       * (blind 73b: the call ran serially, after it was taken as one element) */
      s->argspawn[i] = 1;
      for (int k = 0; k < r.n; k++) {
        s->spawn_wait = xrealloc(s->spawn_wait, (size_t)(s->nspawn_wait + 1) * sizeof *s->spawn_wait);
        s->spawn_wait[s->nspawn_wait++] = (Dep){.obj = r.r[k].obj, .acc = ACC_IN,
                                                .index = r.r[k].elem ? index_text(c, r.r[k].elem->kid[1]) : NULL};
      }
    } else if (r.n) {
      if (!pure_but_hoisted(c, s->arg[i])) { free(r.r); serialize(c->a, s, fmt("argument %d reads a pending result and has side effects", i + 1)); return 0; }
      if (refs_global_or_deref(c, s->arg[i])) {
        free(r.r);
        CXString ts = clang_getTypeSpelling(clang_getCursorType(s->arg[i]->cur));
        char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
        serialize(c->a, s, fmt("argument %d mixes a pending result with memory delayc does not track: give it a "
                               "local of its own first (`%s a%d = %s;`, then pass `a%d`): a result held in a "
                               "variable is one the next task can wait for", i + 1, clang_getCString(ts), i + 1, t, i + 1));
        clang_disposeString(ts);
        free(t);
        return 0;
      }
      s->argtask[i] = 1;
      for (int k = 0; k < r.n; k++) {
        Ref *x = &r.r[k];
        Node *up = x->node->parent;        /* p[i], p a pointer variable */
        while (up && (up->kind == CXCursor_UnexposedExpr || up->kind == CXCursor_ParenExpr)) up = up->parent;
        int deref = up && ((up->kind == CXCursor_ArraySubscriptExpr && up->nkid == 2 && x->node->beg >= up->kid[0]->beg &&
                            x->node->end <= up->kid[0]->end) ||
                           (up->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, up)));
        if (!x->elem && x->obj->kind == OBJ_SCALAR && deref) {
          /* the element is memory p reaches, which a task may be writing: the
           * task reads it after that task */
          add_dep(s, x->obj, ACC_IN, NULL, NULL, NULL);
          if (up->kind != CXCursor_ArraySubscriptExpr || !memory_read_dep(c, s, up)) {
            free(r.r);
            serialize(c->a, s, fmt("argument %d reads a pending result through a pointer delayc cannot follow", i + 1));
            return 0;
          }
        } else if (x->elem) {
          char *idx = index_text(c, x->elem->kid[1]);
          add_dep(s, x->obj, ACC_IN, idx, NULL, NULL);
        } else {
          char *n = owned_block_count(c, x->obj);   /* strlen(x) of `char *x = malloc(32)`: its 32 */
          add_dep(s, x->obj, ACC_IN, NULL, n ? xstrdup("0") : NULL, n);
        }
      }
    } else {
      s->argspawn[i] = 1;
      s->argconst[i] = an_constant_arg(s->arg[i]);
    }
    free(r.r);
  }
  /* pointer parameters: the memory behind them */
  for (int i = 0; i < s->narg && i < s->callee->nparam; i++) {
    Param *pm = &s->callee->param[i];
    if (pm->dir == DIR_VALUE || s->argtask[i]) continue;
    if (pm->reaches && !by_value(s, i)) {
      /* a node of a tree or a list, only read all the way down (sites.c
       * deep_read_only): from memory delayc does not track, never from a
       * local (whose pointers might lead to other locals), the task reads all
       * of <memory> */
      int local = pointer_region(c, s, i, pm);
      if (local && memory_deep_through(c, s, i)) continue;   /* &arr[k] of Buffers: the struct and its members' regions */
      if (memory_deep_element(c, s, i, local)) continue;    /* spmv's `const csr *A` handed on, &recs[i] */
      /* a local whose pointers all lead to fresh blocks (an array of records
       * filled by a constructor), only read all the way down: as untracked memory */
      int fresh_local = local && deep_read_only(c->u, s, i) && memory_local_fresh(c, s->arg[i]);
      if (!fresh_local && (local || memory_may_be_local(c, s->arg[i]) || !memory_region(c, s, i, pm))) {
        if (!pm->annotated && *pm->name && memory_counted_struct_at(c, s, i))
          /* &pools[k] to `Pool *p`: one struct, or an array of them? */
          serialize(c->a, s, fmt("argument %d points to a struct whose pointer members say their counts, but "
                                 "parameter '%s' of '%s' says no direction, so its extent is not known (one struct, "
                                 "or an array of them): %s on '%s' says one, and the task names its members' "
                                 "regions", i + 1, pm->name, s->callee->label,
                                 pm->dir == DIR_IN ? "DELAYED_IN" : "DELAYED_INOUT", pm->name));
        else
          serialize_untracked(c, s, i);
        return 0;
      }
      Obj *m = memory_get(c->f);
      m->foreign = 1;             /* what it reaches may be a global */
      /* a struct whose members say their counts, written through (blind round
       * 61a: `blur(in[i], out[i])` writing out[i]->pix), whose members' regions
       * could not be named: the task writes all of <memory> */
      int writes = !deep_read_only(c->u, s, i);
      add_dep(s, m, writes ? ACC_INOUT : ACC_IN, NULL, NULL, NULL);
      char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
      if (writes)
        an_explain(c->a, s->call, "call of '%s': '%s' points to data holding pointers, which '%s' writes through: "
                   "the task reads and writes all memory reached through pointers (it runs after the tasks that "
                   "use it, one after another); the regions of its counted members are named only for a struct "
                   "delayc can follow to where it was made", s->callee->label, t, s->callee->label);
      else
        an_explain(c->a, s->call, "call of '%s': '%s' points to data holding pointers, which '%s' only reads: the "
                   "task reads all memory reached through pointers (it waits for the tasks that write there)",
                   s->callee->label, t, s->callee->label);
      free(t);
      continue;
    }
    if (!pointer_region(c, s, i, pm)) {
      char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
      Node *a = fe_strip(s->arg[i]);
      int null = a && (a->kind == CXCursor_IntegerLiteral || !strcmp(t, "NULL") || !strcmp(t, "0"));
      /* its count (or first element) read from a result a task is still computing */
      int pending = -1;
      for (int j = 0; j < s->narg && j < s->callee->nparam && pending < 0; j++) {
        const char *pj = s->callee->param[j].name;
        if (j != i && *pj && ((pm->count && names_word(pm->count, pj)) || (pm->first && names_word(pm->first, pj))) &&
            (s->argtask[j] || arg_reads_pending(c, s->arg[j])))
          pending = j;
      }
      int region = null || memory_region(c, s, i, pm);
      if (!region && pending >= 0) {
        char *ct = fe_text(c->u, s->arg[pending]->beg, s->arg[pending]->end);
        /* (a local name other than the argument's own: `int n = n;` read as nonsense, blind 73b) */
        const char *ln = strcmp(ct, "n") ? "n" : "count";
        CXString ts = clang_getTypeSpelling(clang_getCursorType(s->arg[pending]->cur));   /* (a struct: its own type, blind 74b) */
        serialize(c->a, s, fmt("the count of pointer argument '%s' comes from '%s', a result a task is still "
                               "computing when this call is spawned: copy it to a local first (`%s %s = %s;`, "
                               "which waits for that task only) and pass the local", t, ct, clang_getCString(ts),
                               ln, ct));
        clang_disposeString(ts);
        free(ct);
        free(t);
        return 0;
      }
      if (!region && pm->unchecked && pm->annotated && !strncmp(pm->unchecked, "its body, in another file", 25)) {
        serialize(c->a, s, fmt("the extent parameter '%s' of '%s' declares is not what its body, in another file, "
                               "touches (emit or lint of that file says where): fix the declaration; until then "
                               "'%s' may reach past it, and no region of its buffer can be named", pm->name,
                               s->callee->label, t));
        free(t);
        return 0;
      }
      if (!region && pm->unchecked && pm->annotated) {
        /* the pointer is fine; the annotation is what delayc cannot hold the body to */
        serialize(c->a, s, fmt("the count on parameter '%s' of '%s' cannot be checked against its body ('%s' hands "
                               "the pointer on, or moves it): '%s' may reach past it, and no region of its buffer "
                               "can be named; index '%s' itself in '%s' (%s[i]) for each element it touches",
                               pm->name, s->callee->label, pm->unchecked, t, pm->name, s->callee->label, pm->name));
        free(t);
        return 0;
      }
      Obj *pb = !region && !pm->annotated ? pointer_base(c, s->arg[i]) : NULL;
      if (!region && !pm->annotated &&
          (memory_region_if_counted(c, s, i) ||
           (pb && (pb->kind == OBJ_ARRAY || (pb->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, pb)))))) {
        /* the pointer is one delayc follows: what is missing is the count
         * (blind 74b: the advice named the malloc'd local it already was) */
        CXType qt = i < clang_Cursor_getNumArguments(s->callee->cur)
                        ? clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(s->callee->cur, (unsigned)i)))
                        : (CXType){0};
        int ro = qt.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(qt));
        serialize(c->a, s, fmt("parameter '%s' of '%s' says nothing of what it touches through '%s': give it a "
                               "direction and a count (%s; on a function called as delayed(%s)(...) too), and each "
                               "call's part is a region of its own", pm->name, s->callee->label, t,
                               ro ? "DELAYED_IN_N(n), for a pointer to const" : "DELAYED_INOUT_N(n), or _IN_N/_OUT_N",
                               s->callee->label));
        free(t);
        return 0;
      }
      if (!region) {
        serialize(c->a, s, fmt("pointer argument '%s' points to memory whose extent or aliasing delayc cannot prove", t));
        an_explain(c->a, s->call ? s->call : s->stmt, "what would make it a task: a pointer delayc can follow, a "
                   "local set once from malloc or an array (not read back from a struct or another pointer, its "
                   "address not passed on), or the array itself and an offset, with a count on the parameter");
        free(t);
        return 0;
      }
      free(t);
    }
  }
  /* structs by value that hold pointers: the memory they reach (memory.c) */
  for (int i = 0; i < s->narg && i < s->callee->nparam; i++)
    if (s->callee->param[i].reaches && by_value(s, i) && !memory_deep(c, s, i)) {
      serialize_untracked(c, s, i);
      return 0;
    }
  /* bind tokens and values */
  for (int i = 0; i < s->nbind; i++) {
    Refs r = {0};
    collect_refs(c, s->bind[i], &r, 0);
    for (int k = 0; k < r.n; k++) {       /* t[k]: that element (its index read at the spawn), else all of it */
      char *idx = r.r[k].elem && !r.r[k].addr ? index_text(c, r.r[k].elem->kid[1]) : NULL;
      add_dep(s, r.r[k].obj, ACC_IN, idx, NULL, NULL);
    }
    free(r.r);
  }
  /* the result: its indexes are read at the spawn (depend clause) and, by
   * value, in the body; objects tracked since set_target named them must
   * still read so (no task writes them) */
  if (s->tobj && s->tindex && s->form == SITE_ASSIGN && !target_indexes_ok(c, s->target)) {
    serialize(c->a, s, "an index of its result's element is a value a task writes");
    return 0;
  }
  if (s->tobj) add_dep(s, s->tobj, s->tmember ? ACC_INOUT : ACC_OUT, s->tindex, NULL, NULL);
  if (s->tobj && s->tmember && !s->tindex && s->tobj->kind != OBJ_ARRAY) {
    /* a member of a local struct, L.a = f(1): the task names the struct whole,
     * so the tasks storing into its members run one after another (said, and
     * counted chained) */
    s->tobj->chained = 1;
    char *w = fe_text(c->u, s->target->beg, s->target->end);
    an_explain(c->a, s->call, "call of '%s': its result goes to '%s', a member of '%s', and the task depends on all "
               "of '%s': tasks storing into its members run one after another; store each result in a variable of "
               "its own (or an element of an array member) and copy it in after", s->callee->label, w,
               s->tobj->name, s->tobj->name);
    free(w);
  }
  if (s->tmem) {                  /* through a pointer: the element's region, its names as at the spawn */
    /* (a parameter's pointer, s[i].in.v of `S *s`, or a variable's own
     * storage, t.b[k]: no task writes the parameter or moves the storage,
     * only its indexes need be the spawn's) */
    char *t = fixed_storage(c, s->target) ? xstrdup("") : index_text_here(c, s->target);
    free(t);
    if (!t || !target_indexes_ok(c, s->target)) {
      serialize(c->a, s, "the element its result goes to is named by a value a task writes");
      return 0;
    }
    memory_target_dep(c, s);
    char *w = fe_text(c->u, s->target->beg, s->target->end);
    an_explain(c->a, s->call, "call of '%s': its result goes to '%s', memory delayc does not track; the task declares "
               "that element's region, and runs once no running task overlaps it", s->callee->label, w);
    free(w);
  }
  if (s->temp) add_dep(s, s->temp, ACC_OUT, NULL, NULL, NULL);
  /* globals and resources its callee touches (shared_state.c) */
  shared_state_deps(c, s);
  (void)f;
  return 1;
}

/* ---- large ranges: no iterator of more than DELAYC_ITER_MAX elements ---- */

/* An atom of a start or count can be compared between two spawns when it is a
 * variable of the function declared once (no shadowing), never assigned, never
 * incremented and whose address is never taken: it holds one value. */
static int stable_atom(Ctx *c, const char *name) {
  return decls_named(c->f, name) == 1 && !assigned_in(c->u, c->f->body, name);
}

/* How many parameters and variables of f are called name. */
int decls_named(Func *f, const char *name) {
  int decls = 0;
  for (int i = 0; i < f->nparam; i++) decls += !strcmp(f->pname[i], name);
  for (int i = 0; i < f->nvars; i++) {
    char *v = fe_spelling(f->vars[i]->cur);
    decls += !strcmp(v, name);
    free(v);
  }
  return decls;
}

typedef struct Range { Site *s; Dep *d; Lin start, count; } Range;

/* Do these ranges pairwise share their first element or not overlap at all?
 * Range j follows range i when start_j - (start_i + count_i) is a constant
 * >= 0; following is taken transitively (counts are element counts: >= 0). */
static int ranges_disjoint(Ctx *c, Range *r, int n) {
  for (int i = 0; i < n; i++) {
    if (!r[i].start.ok || !r[i].count.ok) return 0;
    for (int k = 0; k < r[i].start.n; k++) if (!stable_atom(c, r[i].start.atom[k])) return 0;
    for (int k = 0; k < r[i].count.n; k++) if (!stable_atom(c, r[i].count.atom[k])) return 0;
  }
  char *after = xcalloc((size_t)n * (size_t)n, 1);     /* after[i*n+j]: j follows i */
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      if (i == j) continue;
      Lin gap = lin_axpy(lin_axpy(r[j].start, r[i].start, -1), r[i].count, -1);
      after[i * n + j] = gap.ok && !gap.n && gap.k >= 0;
    }
  for (int m = 0; m < n; m++)
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++)
        if (after[i * n + m] && after[m * n + j]) after[i * n + j] = 1;
  int ok = 1;
  for (int i = 0; i < n && ok; i++)
    for (int j = i + 1; j < n && ok; j++) {
      Lin d = lin_axpy(r[j].start, r[i].start, -1);
      ok = (d.ok && !d.n && d.k == 0) || after[i * n + j] || after[j * n + i];
    }
  free(after);
  return ok;
}

/* An object some task names by a range of run-time length, or of more than
 * DELAYC_ITER_MAX elements, gets no iterator.  When every task dependency on it
 * is a range, no task site runs more than once per call of the function (no
 * loop, no backward goto) and the ranges are shown pairwise disjoint or equal at
 * their start, each range is named by its first element (exact among these
 * tasks: `ranged`); ordinary code touching it then waits for every task.
 * Otherwise its tasks and waits name their regions of it, which the runtime
 * compares at each spawn (`regions`: runtime/task_regions.c).  Either is said
 * in --explain. */
void range_modes(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (o->kind == OBJ_SCALAR || !o->elementwise || o->regions) continue;   /* regions: exact already */
    int big = 0, other = 0, once = !f->backjump, n = 0;
    Node *at = NULL;
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (s->serial || s->fused) continue;
      for (int j = 0; j < s->ndep; j++) {
        Dep *d = &s->dep[j];
        if (d->obj != o) continue;
        if (d->count) {
          n++;
          if (!o->blocked && !(d->nconst > 0 && d->nconst <= DELAYC_ITER_MAX)) { big = 1; if (!at) at = s->call; }
          once &= !s->in_loop;
        } else {
          other = 1;
          if (!d->index && o->kind == OBJ_ARRAY &&
              (o->blocked ? o->nelem / o->blocked : o->nelem) > DELAYC_ITER_MAX) { big = 1; if (!at) at = s->call; }
        }
      }
    }
    if (!big) continue;
    int disjoint = 0;
    if (!other && once && n <= 64) {
      Range *r = xcalloc((size_t)n, sizeof *r);
      int m = 0;
      for (int k = 0; k < f->nsite; k++) {
        Site *s = f->site[k];
        if (s->serial || s->fused) continue;
        for (int j = 0; j < s->ndep; j++) {
          Dep *d = &s->dep[j];
          if (d->obj != o) continue;
          r[m].s = s;
          r[m].d = d;
          r[m].start = lin_text(d->start ? d->start : "0", c->u, NULL, 0);
          r[m].count = d->csrc ? lin_text(d->csrc, c->u, s, 0) : lin_text(d->count, c->u, NULL, 0);
          m++;
        }
      }
      disjoint = ranges_disjoint(c, r, m);
      free(r);
    }
    if (disjoint) {
      o->ranged = 1;
      an_explain(c->a, at, "'%s': tasks name ranges of it whose length is not a constant of at most %d elements; "
                 "the ranges are disjoint, so each task depends on its range's first element (code that "
                 "touches '%s' otherwise waits for every task)", o->name, DELAYC_ITER_MAX, o->name);
    } else {
      o->blocked = 0;
      o->regions = 1;
      an_explain(c->a, at, "'%s': a task names a range of it (or all of it) whose length is not a constant of at most "
                 "%d elements, and delayc cannot show the ranges disjoint at compile time: each task's region of '%s' "
                 "is compared at run time with those of the tasks still running, and it waits only for those it "
                 "overlaps", o->name, DELAYC_ITER_MAX, o->name);
    }
  }
}

/* ---- dependencies nothing needs ---- */

/* A task's dependencies on an object no other task and no targeted wait names
 * (only full waits read it: a plain taskwait, the function's final one
 * included) order nothing, provided
 * the task's own instances touch distinct parts of it: it runs once per call of
 * the function (no loop around it, no backward goto), or it is in one `for`
 * loop and names only the elements [v] of its induction variable.  A depend
 * item costs a dependence-hash insertion per task (and LLVM's libomp 14 does
 * not throttle tasks with dependencies): such items are left out of the clause
 * (d->unneeded; the run-time trace still records them). */
void drop_unneeded_deps(Ctx *c) {
  Func *f = c->f;
  if (f->backjump) return;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->form == SITE_COPY) continue;
    Node *loop = NULL;
    int depth = 0;
    for (Node *p = s->stmt->parent; p && p != f->body; p = p->parent)
      if (is_loop(p)) { depth++; if (!loop) loop = p; }
    if (depth > 1) continue;
    char *v = loop ? induction_var(c->u, loop) : NULL;
    if (loop && !v) continue;
    for (int k = 0; k < s->ndep; k++) {
      Obj *o = s->dep[k].obj;
      int keep = o->escaped;
      for (int j = 0; j < f->nsite && !keep; j++) {
        Site *t = f->site[j];
        if (t == s || t->serial || t->fused) continue;
        for (int q = 0; q < t->ndep; q++) keep |= t->dep[q].obj == o;
      }
      for (int j = 0; j < f->nsync && !keep; j++)   /* a full wait waits for every task: no item needed */
        for (int q = 0; q < f->sync[j]->ndep && !f->sync[j]->full; q++) keep |= f->sync[j]->dep[q].obj == o;
      for (int j = 0; j < f->nsite && !keep; j++) {  /* a call's arguments waiting for it (`f(2, G)` after `setg(9)`) */
        Sync *w = f->site[j]->argwait;
        for (int q = 0; w && !w->full && q < w->ndep; q++) keep |= w->dep[q].obj == o;
      }
      for (int q = 0; q < s->ndep && !keep; q++) {
        Dep *d = &s->dep[q];
        if (d->obj != o) continue;
        if (d->count || d->start) keep = 1;                  /* ranges: not shown distinct */
        else if (loop) {
          char *ix = d->index ? norm(d->index) : NULL;
          keep = !ix || strcmp(ix, v);
          free(ix);
        }
      }
      if (!keep) s->dep[k].unneeded = 1;
    }
    free(v);
  }
}
