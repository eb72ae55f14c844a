/* lint_access.c — what a function does with the memory behind one of its
 * pointer parameters: each write (assignment, compound assignment, ++/--),
 * each read, each time the pointer is passed on as a pointer to non-const
 * (memcpy, memset, strcpy ... included), each cast that drops its const.
 * Aliases are followed: a local pointer initialized or assigned from the
 * parameter (or from p + k, &p[i], p->next ...) counts as the parameter.
 * Used by delayed-mutates-input and `delayc suggest`.
 *
 * Operators are read from the source text, except inside a macro use, where the
 * text is the macro's: there an assignment or ++/-- is told by its types (the
 * left operand is an lvalue, with no implicit conversion around it, of the
 * result's type). */
#include "lint.h"

#include <stdlib.h>
#include <string.h>

typedef struct Ctx {
  Unit *u;
  CXCursor param;
  CXCursor *alias; int nalias;   /* local pointers that point into the parameter's memory */
  AccessFn fn;
  void *arg;
} Ctx;

static int is_alias(Ctx *c, CXCursor v) {
  if (clang_equalCursors(v, c->param)) return 1;
  for (int i = 0; i < c->nalias; i++)
    if (clang_equalCursors(c->alias[i], v)) return 1;
  return 0;
}

static int is_pointerish(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
         t.kind == CXType_VariableArray;
}

static int lvalue_in(Ctx *c, Node *n);

static CXType canon(Node *n) { return clang_getCanonicalType(clang_getCursorType(n->cur)); }

/* A unary * (by types: the operand is a pointer, the result its pointee; the
 * operator's text may sit inside a macro). */
static int is_deref(Node *n) {
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1) return 0;
  CXType ot = canon(n->kid[0]);
  return ot.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(ot)), canon(n));
}

/* A unary & (the result points to the operand's type). */
static int is_addr(Node *n) {
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1) return 0;
  CXType t = canon(n);
  return t.kind == CXType_Pointer &&
         clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(t)), canon(n->kid[0]));
}

/* Is the value of n a pointer into the parameter's memory? */
static int derived(Ctx *c, Node *n) {
  n = fe_strip(n);
  if (!n) return 0;
  switch (n->kind) {
  case CXCursor_DeclRefExpr:
    return is_alias(c, clang_getCursorReferenced(n->cur));
  case CXCursor_CStyleCastExpr:
    return n->nkid && derived(c, n->kid[n->nkid - 1]);
  case CXCursor_BinaryOperator:
    if (n->nkid != 2 || !is_pointerish(clang_getCursorType(n->cur))) return 0;
    return derived(c, n->kid[0]) || derived(c, n->kid[1]);
  case CXCursor_ConditionalOperator:
    return n->nkid == 3 && (derived(c, n->kid[1]) || derived(c, n->kid[2]));
  case CXCursor_UnaryOperator:
    if (is_deref(n)) return is_pointerish(clang_getCursorType(n->cur)) && lvalue_in(c, n);  /* *pp */
    if (is_addr(n)) return lvalue_in(c, n->kid[0]);                                         /* &p[i] */
    return n->nkid == 1 && is_pointerish(clang_getCursorType(n->cur)) && derived(c, n->kid[0]);  /* p++ */
  case CXCursor_ArraySubscriptExpr:
  case CXCursor_MemberRefExpr:
    return is_pointerish(clang_getCursorType(n->cur)) && lvalue_in(c, n);  /* pp[i], s->ptr, s->arr */
  default:
    return 0;
  }
}

/* Is n an lvalue in the parameter's memory: *q, q[i], q->f, (lvalue).f ? */
static int lvalue_in(Ctx *c, Node *n) {
  n = fe_strip(n);
  if (!n) return 0;
  switch (n->kind) {
  case CXCursor_ArraySubscriptExpr:
    return n->nkid == 2 && (derived(c, n->kid[0]) || derived(c, n->kid[1]));
  case CXCursor_UnaryOperator:
    return is_deref(n) && derived(c, n->kid[0]);
  case CXCursor_MemberRefExpr: {
    if (!n->nkid) return 0;
    return canon(n->kid[0]).kind == CXType_Pointer ? derived(c, n->kid[0]) : lvalue_in(c, n->kid[0]);
  }
  default:
    return 0;
  }
}

/* Is n spelled inside a macro use (its operators are in the macro's body)? */
int lint_in_macro_use(Unit *u, Node *n) {
  return n->macro || fe_in_user_macro(u, n->beg, n->end);
}

static int is_incdec(Unit *u, Node *n) {
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1) return 0;
  if (!lint_in_macro_use(u, n)) return fe_is_incdec(u, n);
  /* inside a macro the operator text is elsewhere: ++/-- keep the operand's
   * type and take it as an lvalue (no implicit conversion around it) */
  Node *k = n->kid[0];
  return k->kind != CXCursor_UnexposedExpr &&
         clang_equalTypes(clang_getCanonicalType(clang_getCursorType(n->cur)), clang_getCanonicalType(clang_getCursorType(k->cur)));
}

static int is_assign(Unit *u, Node *n) {
  if (n->kind == CXCursor_CompoundAssignOperator) return 1;
  if (n->kind != CXCursor_BinaryOperator || n->nkid != 2) return 0;
  if (!lint_in_macro_use(u, n)) return fe_is_assign(u, n);
  Node *k = n->kid[0];
  return k->kind != CXCursor_UnexposedExpr && k->kind != CXCursor_CallExpr &&
         clang_equalTypes(clang_getCanonicalType(clang_getCursorType(n->cur)), clang_getCanonicalType(clang_getCursorType(k->cur)));
}

/* Is the parameter type of argument i of call a pointer to non-const (so the
 * callee may write through it)?  Unknown callees and variadic extras: no. */
static int writes_through_param(Node *call, int i) {
  CXCursor fn = clang_getCursorReferenced(call->cur);
  if (clang_Cursor_isNull(fn) || clang_getCursorKind(fn) != CXCursor_FunctionDecl) return 0;
  CXType ft = clang_getCursorType(fn);
  if (ft.kind != CXType_FunctionProto || i >= clang_getNumArgTypes(ft)) return 0;
  CXType pt = clang_getCanonicalType(clang_getArgType(ft, (unsigned)i));
  if (pt.kind != CXType_Pointer) return 0;
  CXType pointee = clang_getPointeeType(pt);
  if (clang_isConstQualifiedType(pointee)) return 0;
  if (clang_getCanonicalType(pointee).kind == CXType_FunctionProto) return 0;
  Callee *ce = fe_callee(fn);
  if (i < ce->nparam && ce->param[i].annotated && ce->param[i].dir == DIR_IN) return 0;
  return 1;
}

static int const_pointer(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(t));
}

static void walk(Ctx *c, Node *n) {
  Unit *u = c->u;
  if (n->kind == CXCursor_UnaryExpr) return;                 /* sizeof */
  if (is_assign(u, n) && lvalue_in(c, n->kid[0]))
    c->fn(c->arg, n, n->kind == CXCursor_CompoundAssignOperator ? ACCESS_UPDATE : ACCESS_WRITE);
  else if (is_incdec(u, n) && lvalue_in(c, n->kid[0]))
    c->fn(c->arg, n, ACCESS_INCDEC);
  else if (n->kind == CXCursor_CallExpr && !model_is_marker(n, "compute")) {
    for (int i = 1; i < n->nkid; i++)
      if (derived(c, n->kid[i]) && writes_through_param(n, i - 1)) {
        c->fn(c->arg, n->kid[i], ACCESS_PASS);
        break;
      }
  } else if (n->kind == CXCursor_CStyleCastExpr && n->nkid) {
    Node *from = n->kid[n->nkid - 1];
    CXType to = clang_getCanonicalType(clang_getCursorType(n->cur));
    if (to.kind == CXType_Pointer && !clang_isConstQualifiedType(clang_getPointeeType(to)) &&
        const_pointer(clang_getCursorType(fe_strip(from)->cur)) && derived(c, from))
      c->fn(c->arg, n, ACCESS_CAST);
  }
  else if (n->kind == CXCursor_UnexposedExpr && n->nkid == 1 && canon(n).kind == canon(n->kid[0]).kind &&
           canon(n).kind != CXType_ConstantArray && lvalue_in(c, n->kid[0]))
    c->fn(c->arg, n->kid[0], ACCESS_READ);   /* lvalue-to-rvalue: a load from the memory */
  for (int i = 0; i < n->nkid; i++) walk(c, n->kid[i]);
}

/* Local pointer variables that point into the parameter's memory. */
static void find_aliases(Ctx *c, Node *n) {
  if (n->kind == CXCursor_VarDecl && is_pointerish(clang_getCursorType(n->cur))) {
    Node *init = fe_var_init(c->u, n);
    if (init && derived(c, init) && !is_alias(c, n->cur)) {
      c->alias = xrealloc(c->alias, (size_t)(c->nalias + 1) * sizeof *c->alias);
      c->alias[c->nalias++] = n->cur;
    }
  }
  if (is_assign(c->u, n) && n->kind == CXCursor_BinaryOperator) {
    Node *l = fe_strip(n->kid[0]);
    if (l->kind == CXCursor_DeclRefExpr && derived(c, n->kid[1])) {
      CXCursor v = clang_getCursorReferenced(l->cur);
      if (!is_alias(c, v) && clang_getCursorKind(v) == CXCursor_VarDecl) {
        c->alias = xrealloc(c->alias, (size_t)(c->nalias + 1) * sizeof *c->alias);
        c->alias[c->nalias++] = v;
      }
    }
  }
  for (int i = 0; i < n->nkid; i++) find_aliases(c, n->kid[i]);
}

void lint_param_access(Unit *u, LFunc *f, int k, AccessFn fn, void *arg) {
  Ctx c = {u, clang_Cursor_getArgument(f->cur, (unsigned)k), NULL, 0, fn, arg};
  if (!f->body || clang_Cursor_isNull(c.param)) return;
  for (int round = 0, before = -1; round < 8 && before != c.nalias; round++) {
    before = c.nalias;
    find_aliases(&c, f->body);
  }
  walk(&c, f->body);
  free(c.alias);
}
