/* access.c — what a function body does with the memory one variable reaches.
 *
 * The root is a pointer parameter (the memory behind it) or a global variable
 * (its own storage, and the memory behind it when it holds a pointer).  Every
 * write (assignment, compound assignment, ++/--), every read (a load), every
 * time a pointer into that memory is passed on to a call, every cast that
 * drops its const, and every store of such a pointer where the walk cannot
 * follow it (into a global, a member, an initializer list: an escape) is
 * reported to a callback.  Aliases are followed: a local pointer initialized
 * or assigned from the root (or from p + k, &p[i], p->next, a call that may
 * return its argument such as strchr) counts as the root.
 *
 * Operators are read from the source text, except inside a macro use or in
 * another file, where there is no text of the node itself: there an assignment
 * or ++/-- is told by its types (the left operand is an lvalue, with no
 * implicit conversion around it, of the result's type), and a declaration's
 * initializer is its last expression child.  So writes inside macro
 * expansions (`#define SETV(o, x) { Val *io = (o); io->v = (x); }`) are
 * writes.
 *
 * Used by effects.c (what a function does to its parameters and to globals),
 * lint's delayed-mutates-input and `delayc suggest`. */
#include "effects/effects.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Ctx {
  Unit *u;
  CXCursor root;
  int self;                      /* the root's own storage counts (a global) */
  CXCursor *alias; int nalias;   /* local pointers that point into the root's memory */
  CXCursor *holder; int nholder; /* local arrays and structs that hold such pointers */
  CXCursor *block; int nblock;   /* local pointers to blocks the function keeps to itself (private_blocks) */
  AccessFn fn;
  void *arg;
} Ctx;

static int is_alias(Ctx *c, CXCursor v) {
  if (clang_equalCursors(clang_getCanonicalCursor(v), c->root)) return 1;   /* any declaration of it */
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
static int copies_pointers(Ctx *c, Node *v);

static CXType canon(Node *n) { return clang_getCanonicalType(clang_getCursorType(n->cur)); }

/* An array type, of a constant or a variable length (a row of `double
 * (*a)[m]` decays as one of `double (*a)[100]` does). */
static int arrayish(CXType t) {
  return t.kind == CXType_ConstantArray || t.kind == CXType_VariableArray || t.kind == CXType_IncompleteArray;
}

/* The local variable whose own storage the lvalue n is part of (v, v[i] of an
 * array v, v.f), or a null cursor. */
static CXCursor local_base(Node *n) {
  for (;;) {
    n = fe_strip(n);
    if (!n) return clang_getNullCursor();
    if (n->kind == CXCursor_ArraySubscriptExpr && n->nkid == 2 &&
        (arrayish(canon(n->kid[0])) || arrayish(canon(fe_strip(n->kid[0]))))) {
      n = n->kid[0];                   /* (its base decays to a pointer first: look past that) */
    } else if (n->kind == CXCursor_MemberRefExpr && n->nkid && canon(n->kid[0]).kind != CXType_Pointer) {
      n = n->kid[0];
    } else {
      break;
    }
  }
  if (n->kind != CXCursor_DeclRefExpr) return clang_getNullCursor();
  CXCursor d = clang_getCursorReferenced(n->cur);
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  if (clang_getCursorKind(d) != CXCursor_VarDecl || sc == CX_SC_Static || sc == CX_SC_Extern ||
      clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit)
    return clang_getNullCursor();
  return d;
}

/* ---- blocks a function keeps to itself ----
 *
 * `const Node **v = malloc(n * sizeof *v); ... v[i++] = ch; qsort(v, ...);
 * ... free(v);`: a local pointer set only from an allocator's result (or
 * NULL), and otherwise only indexed, dereferenced, tested, freed or given to
 * a C library function that keeps no pointer.  The block is the function's
 * own, like a local array: pointers stored in it go nowhere else. */
typedef struct Blk { Unit *u; CXCursor v; int bad; } Blk;

static int is_deref(Node *n);

static Node *up_expr(Node *n) {
  Node *p = n->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) {
    n = p;
    p = p->parent;
  }
  return p;
}

static int allocation(Unit *u, Node *n) {
  n = fe_strip(n);
  while (n && n->kind == CXCursor_CStyleCastExpr && n->nkid) n = fe_strip(n->kid[n->nkid - 1]);
  if (!n) return 0;
  if (fe_null_pointer(n)) return 1;
  Node *f = n->kind == CXCursor_CallExpr ? fe_direct_callee(n) : NULL;
  return f && fx_allocator(u, clang_getCursorReferenced(f->cur));
}

/* One use of the pointer b->v: allowed or not. */
static void block_use(Blk *b, Node *ref) {
  Node *p = up_expr(ref), *k = ref;
  while (k->parent != p) k = k->parent;             /* p's child holding the use */
  if (!p) { b->bad = 1; return; }
  switch (p->kind) {
  case CXCursor_ArraySubscriptExpr: if (p->kid[0] != k) b->bad = 1; return;   /* v[i]; not a[v] */
  case CXCursor_MemberRefExpr: return;                                         /* v->f */
  case CXCursor_UnaryOperator:
    if (!is_deref(p) && !(p->beg < k->beg && b->u->src[p->beg] == '!')) b->bad = 1;   /* *v, !v */
    return;
  case CXCursor_BinaryOperator:
    if (p->nkid == 2 && p->kid[0] == k && fe_is_assign(b->u, p) && fe_binop_is(b->u, p, "=")) {
      if (!allocation(b->u, p->kid[1])) b->bad = 1;                            /* v = malloc(...) */
      return;
    }
    if (fe_binop_is(b->u, p, "==") || fe_binop_is(b->u, p, "!=")) {           /* v == NULL */
      Node *o = fe_strip(p->kid[p->kid[0] == k ? 1 : 0]);
      if (!o || !fe_null_pointer(o)) b->bad = 1;
      return;
    }
    if (fe_binop_is(b->u, p, "&&") || fe_binop_is(b->u, p, "||")) return;      /* if (v && ...) */
    b->bad = 1;
    return;
  case CXCursor_IfStmt: case CXCursor_WhileStmt: case CXCursor_ConditionalOperator:
    if (p->kid[0] != k) b->bad = 1;                                            /* if (v) */
    return;
  case CXCursor_CallExpr: {
    Node *f = fe_direct_callee(p);
    char buf[64], *nm = f ? fe_spelling(clang_getCursorReferenced(f->cur)) : NULL;
    const LibFn *lf = nm ? fx_library(fx_library_name(nm, buf, sizeof buf)) : NULL;
    free(nm);
    int arg = -1;
    for (int i = 1; i < p->nkid; i++)
      if (p->kid[i] == k) arg = i - 1;
    if (!lf || arg < 0 || (int)strlen(lf->param) <= arg || lf->param[arg] == 'p' || lf->param[arg] == 'x') b->bad = 1;
    if (lf && !strcmp(lf->name, "realloc")) b->bad = 1;                         /* a new block, elsewhere */
    return;
  }
  default:
    b->bad = 1;
  }
}

static void block_uses(Blk *b, Node *n) {
  if (b->bad) return;
  if (n->kind == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), b->v))
    block_use(b, n);
  for (int i = 0; i < n->nkid && !b->bad; i++) block_uses(b, n->kid[i]);
}

static void private_blocks(Ctx *c, Node *body, Node *n) {
  if (n->kind == CXCursor_VarDecl && clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Pointer &&
      clang_Cursor_getStorageClass(n->cur) == CX_SC_None && !access_no_text(c->u, n)) {
    Node *init = access_var_init(c->u, n);
    Blk b = {c->u, clang_getCanonicalCursor(n->cur), init && !allocation(c->u, init)};
    block_uses(&b, body);
    if (!b.bad) {
      c->block = xrealloc(c->block, (size_t)(c->nblock + 1) * sizeof *c->block);
      c->block[c->nblock++] = b.v;
    }
  }
  for (int i = 0; i < n->nkid; i++) private_blocks(c, body, n->kid[i]);
}

/* The local whose storage n is part of (local_base), or the private block it is an element of. */
static CXCursor own_base(Ctx *c, Node *n) {
  CXCursor b = local_base(n);
  if (!clang_Cursor_isNull(b) || !c->nblock) return b;
  n = fe_strip(n);
  while (n && n->kind == CXCursor_MemberRefExpr && n->nkid && canon(n->kid[0]).kind != CXType_Pointer)
    n = fe_strip(n->kid[0]);
  if (!n || !n->nkid) return clang_getNullCursor();
  Node *v = NULL;
  if (n->kind == CXCursor_ArraySubscriptExpr && n->nkid == 2) v = fe_strip(n->kid[0]);
  else if (n->kind == CXCursor_MemberRefExpr || is_deref(n)) v = fe_strip(n->kid[0]);
  if (!v || v->kind != CXCursor_DeclRefExpr) return clang_getNullCursor();
  CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(v->cur));
  for (int i = 0; i < c->nblock; i++)
    if (clang_equalCursors(c->block[i], d)) return d;
  return clang_getNullCursor();
}

/* Is n an element or member of a local that holds pointers into the memory? */
static int held(Ctx *c, Node *n) {
  CXCursor b = own_base(c, n);
  if (clang_Cursor_isNull(b) || fe_strip(n)->kind == CXCursor_DeclRefExpr) return 0;
  for (int i = 0; i < c->nholder; i++)
    if (clang_equalCursors(c->holder[i], b)) return 1;
  return 0;
}

/* Is n spelled inside a macro use or outside the main file (no text of its own)? */
int access_no_text(Unit *u, Node *n) {
  return n->macro || fe_in_user_macro(u, n->beg, n->end);
}

/* A unary * (by types: the operand is a pointer, the result its pointee; the
 * operator's text may sit inside a macro). */
static int is_deref(Node *n) {
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1) return 0;
  CXType ot = canon(n->kid[0]);
  if (arrayish(ot))                   /* `*out` of a parameter `double out[1]`: libclang shows the array */
    return clang_equalTypes(clang_getCanonicalType(clang_getArrayElementType(ot)), canon(n));
  return ot.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(ot)), canon(n));
}

/* A unary & (the result points to the operand's type). */
static int is_addr(Node *n) {
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1) return 0;
  CXType t = canon(n);
  return t.kind == CXType_Pointer &&
         clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(t)), canon(n->kid[0]));
}

/* Is the value of n a pointer into the root's memory? */
/* Can an object of type `outer` hold one of type `inner` (itself, a member,
 * an element, at any depth)?  Bytes hold anything (an arena in a local `char
 * buf[4096]` hands out nodes), and anything holds bytes; unknown types too. */
typedef struct Holds { CXType inner; int depth, yes; } Holds;

static enum CXChildVisitResult holds_field(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Holds *h = data;
  if (clang_getCursorKind(c) == CXCursor_FieldDecl && access_type_holds(clang_getCursorType(c), h->inner, h->depth + 1)) {
    h->yes = 1;
    return CXChildVisit_Break;
  }
  return CXChildVisit_Continue;
}

static int bytes_type(CXType t) {
  return t.kind == CXType_Void || t.kind == CXType_Char_S || t.kind == CXType_Char_U || t.kind == CXType_SChar ||
         t.kind == CXType_UChar;
}

int access_type_holds(CXType outer, CXType inner, int depth) {
  outer = clang_getCanonicalType(outer);
  inner = clang_getCanonicalType(inner);
  if (depth > 6 || bytes_type(inner) || bytes_type(outer)) return 1;
  if (outer.kind == CXType_Record && inner.kind == CXType_Record &&
      clang_equalCursors(clang_getTypeDeclaration(outer), clang_getTypeDeclaration(inner)))
    return 1;
  if (outer.kind != CXType_Record && outer.kind == inner.kind) return 1;   /* the same kind (qualifiers aside) */
  if (outer.kind == CXType_ConstantArray || outer.kind == CXType_IncompleteArray)
    return access_type_holds(clang_getArrayElementType(outer), inner, depth + 1);
  if (outer.kind == CXType_Record) {
    CXCursor decl = clang_getTypeDeclaration(outer);
    Holds h = {inner, depth, 0};
    clang_visitChildren(decl, holds_field, &h);
    return h.yes;
  }
  return outer.kind == CXType_Unexposed;
}

/* May a pointer of type r point into what a pointer (or array) of type a
 * points to?  Not when neither pointee type holds the other (a `Node *`
 * returned from a `Pt *`): such a pointer would break C's aliasing rules,
 * which compilers already assume.  A char or void on either side: yes. */
int access_may_point_into(CXType r, CXType a) {
  r = clang_getCanonicalType(r);
  a = clang_getCanonicalType(a);
  if (r.kind != CXType_Pointer) return 0;
  if (a.kind != CXType_Pointer && a.kind != CXType_ConstantArray && a.kind != CXType_IncompleteArray) return 1;
  CXType rp = clang_getPointeeType(r), ap = a.kind == CXType_Pointer ? clang_getPointeeType(a) : clang_getArrayElementType(a);
  return access_type_holds(rp, ap, 0) || access_type_holds(ap, rp, 0);
}

static int derived(Ctx *c, Node *n) {
  n = fe_strip(n);
  if (!n) return 0;
  switch (n->kind) {
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(n->cur);
    return is_alias(c, d) && is_pointerish(clang_getCursorType(d));
  }
  case CXCursor_CStyleCastExpr:
    return n->nkid && derived(c, n->kid[n->nkid - 1]);
  case CXCursor_BinaryOperator:
    if (n->nkid != 2 || !is_pointerish(clang_getCursorType(n->cur))) return 0;
    return derived(c, n->kid[0]) || derived(c, n->kid[1]);
  case CXCursor_ConditionalOperator:
    return n->nkid == 3 && (derived(c, n->kid[1]) || derived(c, n->kid[2]));
  case CXCursor_UnaryOperator:
    if (is_deref(n)) return is_pointerish(clang_getCursorType(n->cur)) && lvalue_in(c, n);  /* *pp */
    if (is_addr(n)) return lvalue_in(c, n->kid[0]) || held(c, n->kid[0]);                   /* &p[i], &c.px */
    return n->nkid == 1 && is_pointerish(clang_getCursorType(n->cur)) && derived(c, n->kid[0]);  /* p++ */
  case CXCursor_ArraySubscriptExpr:
  case CXCursor_MemberRefExpr:   /* pp[i], s->ptr, s->arr; a pointer kept in a local stack[i] */
    return is_pointerish(clang_getCursorType(n->cur)) && (lvalue_in(c, n) || held(c, n));
  case CXCursor_CallExpr: {
    /* a pointer result may point into a pointer argument (strchr, a skip
     * helper), not one of a function returning blocks of its own (a copy) */
    if (!is_pointerish(clang_getCursorType(n->cur))) return 0;
    Node *f = fe_direct_callee(n);
    if (f && access_returns_fresh(c->u, clang_getCursorReferenced(f->cur))) return 0;
    for (int i = 1; i < n->nkid; i++)
      if (derived(c, n->kid[i]) && access_may_point_into(clang_getCursorType(n->cur), clang_getCursorType(n->kid[i]->cur)))
        return 1;
    return 0;
  }
  default:
    return 0;
  }
}

/* Is n an lvalue in the root's memory: *q, q[i], q->f, (lvalue).f, the root itself? */
static int lvalue_in(Ctx *c, Node *n) {
  n = fe_strip(n);
  if (!n) return 0;
  switch (n->kind) {
  case CXCursor_DeclRefExpr:
    return c->self && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), c->root);
  case CXCursor_ArraySubscriptExpr:
    return n->nkid == 2 && (derived(c, n->kid[0]) || derived(c, n->kid[1]) ||
                            (arrayish(canon(n->kid[0])) && lvalue_in(c, n->kid[0])));
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

static int is_incdec(Unit *u, Node *n) {
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1) return 0;
  if (!access_no_text(u, n)) return fe_is_incdec(u, n);
  /* inside a macro the operator text is elsewhere: ++/-- keep the operand's
   * type and take it as an lvalue (no implicit conversion around it) */
  Node *k = n->kid[0];
  return k->kind != CXCursor_UnexposedExpr && !is_deref(n) && !is_addr(n) &&
         clang_equalTypes(clang_getCanonicalType(clang_getCursorType(n->cur)), clang_getCanonicalType(clang_getCursorType(k->cur)));
}

static int is_assign(Unit *u, Node *n) {
  if (n->kind == CXCursor_CompoundAssignOperator) return 1;
  if (n->kind != CXCursor_BinaryOperator || n->nkid != 2) return 0;
  if (!access_no_text(u, n)) return fe_is_assign(u, n);
  /* the left operand of an assignment is an lvalue with no conversion
   * around it: a name, an element, a member, *p (in parentheses or not); an
   * operand that is anything else (a cast, a call, a literal, an operation,
   * a value loaded: `(size_t)(y) * W`) makes another operator */
  Node *k = n->kid[0];
  Node *l = k;
  while (l->kind == CXCursor_ParenExpr && l->nkid == 1) l = l->kid[0];
  int lvalue = l->kind == CXCursor_DeclRefExpr || l->kind == CXCursor_ArraySubscriptExpr ||
               l->kind == CXCursor_MemberRefExpr || is_deref(l);
  return lvalue &&
         clang_equalTypes(clang_getCanonicalType(clang_getCursorType(n->cur)), clang_getCanonicalType(clang_getCursorType(k->cur)));
}

int access_is_assign(Unit *u, Node *n) { return is_assign(u, n); }
int access_is_incdec(Unit *u, Node *n) { return is_incdec(u, n); }

/* The initializer of a VarDecl: by the text where there is one, else its last
 * expression child (no array-size expression for a non-array). */
Node *access_var_init(Unit *u, Node *v) {
  if (v->kind != CXCursor_VarDecl || !v->nkid) return NULL;
  if (!access_no_text(u, v) && v->end > v->beg) return fe_var_init(u, v);
  Node *k = v->kid[v->nkid - 1];
  if (!clang_isExpression(k->kind)) return NULL;
  CXType t = clang_getCanonicalType(clang_getCursorType(v->cur));
  if (arrayish(t))
    return k->kind == CXCursor_InitListExpr || k->kind == CXCursor_StringLiteral ? k : NULL;
  return k;
}

static int const_pointer(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(t));
}

/* Does an assignment target name a local variable of the function (a place the
 * walk follows), as opposed to memory it does not (a global, *q, s.f)? */
static int local_target(Node *n) {
  n = fe_strip(n);
  if (!n || n->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor d = clang_getCursorReferenced(n->cur);
  enum CXCursorKind k = clang_getCursorKind(d);
  if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl) return 0;
  enum CXCursorKind pk = clang_getCursorKind(clang_getCursorSemanticParent(d));
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  return pk != CXCursor_TranslationUnit && sc != CX_SC_Static && sc != CX_SC_Extern;
}

/* Does the integer value n (an address cast to an integer) end up stored,
 * returned or passed on, through casts, parentheses and offsets?  A test of it
 * (`% 16`, `== 0`, `& 7`) keeps nothing. */
static int int_kept(Unit *u, Node *n) {
  for (Node *p = n->parent; p; n = p, p = p->parent) {
    switch (p->kind) {
    case CXCursor_UnexposedExpr: case CXCursor_ParenExpr: case CXCursor_CStyleCastExpr:
      continue;
    case CXCursor_BinaryOperator:
      if (fe_is_assign(u, p)) return p->nkid == 2 && p->kid[1] == n;
      if (fe_binop_is(u, p, "+") || fe_binop_is(u, p, "-")) continue;
      return 0;
    case CXCursor_ReturnStmt: case CXCursor_VarDecl: case CXCursor_CallExpr: case CXCursor_InitListExpr:
    case CXCursor_CompoundAssignOperator:
      return 1;
    default:
      return 0;
    }
  }
  return 0;
}

static void walk(Ctx *c, Node *n) {
  Unit *u = c->u;
  if (n->kind == CXCursor_UnaryExpr) return;                 /* sizeof */
  if (is_assign(u, n) && lvalue_in(c, n->kid[0]))
    c->fn(c->arg, n, n->kind == CXCursor_CompoundAssignOperator ? ACCESS_UPDATE : ACCESS_WRITE, -1);
  else if (is_incdec(u, n) && lvalue_in(c, n->kid[0]))
    c->fn(c->arg, n, ACCESS_INCDEC, -1);
  else if (n->kind == CXCursor_CallExpr) {
    for (int i = 1; i < n->nkid; i++)
      if (derived(c, n->kid[i]) || copies_pointers(c, n->kid[i])) c->fn(c->arg, n, ACCESS_PASS, i - 1);   /* (f(*im)) */
  } else if (n->kind == CXCursor_UnexposedExpr && n->nkid >= 2) {
    /* an expression libclang does not expose with operands of its own — the
     * compilers' atomics (`__atomic_fetch_add(&x, 1, ...)`, <stdatomic.h>'s
     * atomic_store(&x, v)) are such — given a pointer into the memory: it
     * may write there */
    for (int i = 0; i < n->nkid; i++)
      if (derived(c, n->kid[i])) { c->fn(c->arg, n, ACCESS_WRITE, -1); break; }
  } else if (n->kind == CXCursor_CStyleCastExpr && n->nkid) {
    Node *from = n->kid[n->nkid - 1];
    CXType to = clang_getCanonicalType(clang_getCursorType(n->cur));
    if (to.kind == CXType_Pointer && !clang_isConstQualifiedType(clang_getPointeeType(to)) &&
        const_pointer(clang_getCursorType(fe_strip(from)->cur)) && derived(c, from))
      c->fn(c->arg, n, ACCESS_CAST, -1);
    /* the pointer turned into an integer kept somewhere (`return (uintptr_t)p;`,
     * `h = (long)p`): it goes where no walk follows it (not `(uintptr_t)p % 16`) */
    else if (to.kind >= CXType_Bool && to.kind <= CXType_Int128 && is_pointerish(clang_getCursorType(fe_strip(from)->cur)) &&
             derived(c, from) && int_kept(u, n))
      c->fn(c->arg, n, ACCESS_ESCAPE, -1);
  } else if (n->kind == CXCursor_UnexposedExpr && n->nkid == 1 && canon(n).kind == canon(n->kid[0]).kind &&
             !arrayish(canon(n)) && lvalue_in(c, n->kid[0])) {
    c->fn(c->arg, n->kid[0], ACCESS_READ, -1);   /* lvalue-to-rvalue: a load from the memory */
  } else if (n->kind == CXCursor_InitListExpr) {
    for (int i = 0; i < n->nkid; i++)
      if (derived(c, n->kid[i])) { c->fn(c->arg, n->kid[i], ACCESS_ESCAPE, -1); break; }
  }
  /* a pointer into the memory stored where the walk does not follow it (not
   * a local pointer, not an element or member of a local: find_aliases; not
   * the memory itself, `d->u = d->u_next`: reached through it alone still) */
  if (is_assign(u, n) && n->kind == CXCursor_BinaryOperator && !local_target(n->kid[0]) &&
      clang_Cursor_isNull(own_base(c, n->kid[0])) && !lvalue_in(c, n->kid[0]) && derived(c, n->kid[1]))
    c->fn(c->arg, n->kid[1], ACCESS_ESCAPE, -1);
  if (n->kind == CXCursor_VarDecl && clang_Cursor_getStorageClass(n->cur) == CX_SC_Static) {
    Node *init = access_var_init(u, n);
    if (init && derived(c, init)) c->fn(c->arg, init, ACCESS_ESCAPE, -1);
  }
  for (int i = 0; i < n->nkid; i++) walk(c, n->kid[i]);
}

static void add_alias(Ctx *c, CXCursor v) {
  c->alias = xrealloc(c->alias, (size_t)(c->nalias + 1) * sizeof *c->alias);
  c->alias[c->nalias++] = v;
}

static void add_holder(Ctx *c, CXCursor b) {
  for (int i = 0; i < c->nholder; i++)
    if (clang_equalCursors(c->holder[i], b)) return;
  c->holder = xrealloc(c->holder, (size_t)(c->nholder + 1) * sizeof *c->holder);
  c->holder[c->nholder++] = b;
}

/* Is v a copy of data in the root's memory that holds pointers (`*im`,
 * `im[k]`, `im->inner`), or an initializer list with such a copy or a
 * pointer into it?  Its pointers are the root's: `Image c = *im; c.px[0]++`
 * writes what im reaches (blind 68b). */
static int copies_pointers(Ctx *c, Node *v) {
  Node *x = fe_strip(v);
  if (!x) return 0;
  if (x->kind == CXCursor_InitListExpr) {
    for (int i = 0; i < x->nkid; i++)
      if (derived(c, x->kid[i]) || copies_pointers(c, x->kid[i])) return 1;
    return 0;
  }
  CXType t = canon(x);
  return (t.kind == CXType_Record || arrayish(t)) && fe_holds_pointer(t) && (lvalue_in(c, x) || held(c, x));
}

/* Local pointer variables that point into the root's memory. */
static void find_aliases(Ctx *c, Node *n) {
  if (n->kind == CXCursor_VarDecl && is_pointerish(clang_getCursorType(n->cur)) &&
      clang_Cursor_getStorageClass(n->cur) != CX_SC_Static) {
    Node *init = access_var_init(c->u, n);
    if (init && derived(c, init) && !is_alias(c, n->cur)) add_alias(c, n->cur);
  }
  /* a local struct or array given a copy of the root's data holding pointers */
  if (n->kind == CXCursor_VarDecl && access_is_local_var(n->cur) &&
      clang_getCanonicalType(clang_getCursorType(n->cur)).kind != CXType_Pointer &&
      fe_holds_pointer(clang_getCursorType(n->cur))) {
    Node *init = access_var_init(c->u, n);
    if (init && copies_pointers(c, init)) add_holder(c, n->cur);
  }
  if (is_assign(c->u, n) && n->kind == CXCursor_BinaryOperator && n->nkid == 2) {
    CXCursor b = local_base(n->kid[0]);     /* c = *im, arr[k] = *im, c.inner = im->inner */
    if (!clang_Cursor_isNull(b) && copies_pointers(c, n->kid[1])) add_holder(c, b);
  }
  if (is_assign(c->u, n) && n->kind == CXCursor_BinaryOperator) {
    Node *l = fe_strip(n->kid[0]);
    if (l->kind == CXCursor_DeclRefExpr && local_target(l) && derived(c, n->kid[1])) {
      CXCursor v = clang_getCursorReferenced(l->cur);
      if (!is_alias(c, v) && is_pointerish(clang_getCursorType(v))) add_alias(c, v);
    } else if (l->kind != CXCursor_DeclRefExpr && derived(c, n->kid[1])) {
      CXCursor b = own_base(c, l);     /* stack[top++] = p; s.ptr = p; v[i++] = p (a private block) */
      int have = clang_Cursor_isNull(b);
      for (int i = 0; i < c->nholder && !have; i++) have = clang_equalCursors(c->holder[i], b);
      if (!have) {
        c->holder = xrealloc(c->holder, (size_t)(c->nholder + 1) * sizeof *c->holder);
        c->holder[c->nholder++] = b;
      }
    }
  }
  for (int i = 0; i < n->nkid; i++) find_aliases(c, n->kid[i]);
}

void access_walk(Unit *u, Node *body, CXCursor root, int self, AccessFn fn, void *arg) {
  Ctx c = {u, clang_getCanonicalCursor(root), self, NULL, 0, NULL, 0, NULL, 0, fn, arg};
  if (!body || clang_Cursor_isNull(root)) return;
  private_blocks(&c, body, body);
  for (int round = 0, before = -1; round < 8 && before != c.nalias + c.nholder; round++) {
    before = c.nalias + c.nholder;
    find_aliases(&c, body);
  }
  walk(&c, body);
  free(c.alias);
  free(c.holder);
  free(c.block);
}

/* ---- memory delayc cannot place ----
 *
 * A pointer whose origin is unknown — loaded from a global or from memory
 * reached through one, returned by a function that is not an allocator, a
 * parameter of the function being analysed (when the caller's memory counts
 * as unknown) — may point anywhere: into a global, a static buffer of the C
 * library, a local whose address was published.  access_unknown_walk
 * reports every access through such a pointer (the effects of a function:
 * effects.c; ordinary code between tasks: shared_state.c), and every store
 * of a local's address where the walk cannot follow it (ACCESS_ESCAPE, at the
 * stored value: the local is published). */

typedef struct UCtx {
  Unit *u;
  int params_known;              /* parameters' memory is accounted for elsewhere */
  int every;                     /* every pointer value counts (access_pointer_walk) */
  CXCursor *bad; int nbad;       /* local pointers that may hold an unknown pointer */
  CXCursor *hold; int nhold;     /* local aggregates that may hold one */
  CXCursor *walk; int nwalk;     /* local pointers given only the parameters' memory (walk_pointers) */
  CXCursor *fresh; int nfresh;   /* ... of them, those given only the function's own blocks */
  AccessFn fn;
  void *arg;
  int params_fresh;              /* a helper weighed for a caller that gives it only its own blocks
                                    (stores_foreign, returns_contained): its parameters count as such */
  int strict;                    /* a pointer of another origin handed beside an own block to a helper
                                    that may store it anywhere is foreign too (access_returns_fresh) */
  int mixed;                     /* a parameter's pointer stored into an own block names the block's
                                    variable (mixed_root) instead of ending every walk (walk_pointers) */
  CXCursor mixed_root;
  CXCursor *mixed_set; int nmixed;   /* ... those dropped so: they point into own blocks, or what walks */
} UCtx;

static int in_set(CXCursor *s, int n, CXCursor d) {
  for (int i = 0; i < n; i++)
    if (clang_equalCursors(s[i], d)) return 1;
  return 0;
}

static void set_add(CXCursor **s, int *n, CXCursor d) {
  if (in_set(*s, *n, d)) return;
  *s = xrealloc(*s, (size_t)(*n + 1) * sizeof **s);
  (*s)[(*n)++] = d;
}

int access_is_local_var(CXCursor d) {
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  return clang_getCursorKind(d) == CXCursor_VarDecl && sc != CX_SC_Static && sc != CX_SC_Extern &&
         clang_getCursorKind(clang_getCursorSemanticParent(d)) != CXCursor_TranslationUnit;
}

static int pointer_type(CXType t) { return clang_getCanonicalType(t).kind == CXType_Pointer; }

/* Library functions whose pointer result points into a pointer argument. */
static int returns_argument(const char *name) {
  static const char *const fns[] = {"strchr", "strrchr", "strstr", "strpbrk", "memchr", "memrchr", "strchrnul",
                                    "strcasestr", "memmem", "strcpy", "strncpy", "strcat", "strncat", "stpcpy",
                                    "stpncpy", "memcpy", "memmove", "memset", "mempcpy", "fgets", "strtok_r",
                                    "strsep", "getcwd", "realpath", NULL};
  for (int i = 0; fns[i]; i++)
    if (!strcmp(name, fns[i])) return 1;
  return 0;
}

/* Functions whose pointer result only that pointer reaches, besides the
 * allocators (fx_allocator, allocators.c): alloca's block, and the library's
 * objects behind a handle (FILE, DIR ...). */
static int fresh_by_name(const char *name) {
  static const char *const fns[] = {"__builtin_alloca", "alloca",
                                    "fopen", "fopen64", "fdopen", "freopen", "tmpfile", "fmemopen", "open_memstream",
                                    "popen", "opendir", "fdopendir", "readdir", NULL};
  for (int i = 0; fns[i]; i++)
    if (!strcmp(name, fns[i])) return 1;
  return 0;
}

static int unknown_lvalue(UCtx *c, Node *n);
static int fresh_call(UCtx *c, Node *v);

/* glibc's <ctype.h> macros (isspace ...) read its locale tables through these
 * (`(*__ctype_b_loc())[c]`): read-only tables, and the call itself reads the
 * locale (library.c). */
static int ctype_table(const char *nm) {
  return !strcmp(nm, "__ctype_b_loc") || !strcmp(nm, "__ctype_tolower_loc") || !strcmp(nm, "__ctype_toupper_loc");
}

static int is_ctype_call(Node *x) {
  if (!x || x->kind != CXCursor_CallExpr || !x->nkid) return 0;
  Node *f = fe_strip(x->kid[0]);
  if (!f || f->kind != CXCursor_DeclRefExpr) return 0;
  char *nm = fe_spelling(clang_getCursorReferenced(f->cur));
  int r = ctype_table(nm);
  free(nm);
  return r;
}

/* ---- answers kept per function (and argument) for one unit ----
 * The questions below each walk a callee's body; asked at every call and
 * every round of a fixpoint, their answers are kept until the unit goes
 * (fe_generation).  -1: not asked yet. */
typedef struct Answers { CXCursor *fn; int *k, *yes; int n; unsigned gen; } Answers;

static int answer_find(Answers *m, CXCursor fn, int k) {
  if (m->gen != fe_generation) { m->n = 0; m->gen = fe_generation; }
  for (int i = 0; i < m->n; i++)
    if (m->k[i] == k && clang_equalCursors(m->fn[i], fn)) return m->yes[i];
  return -1;
}

static void answer_put(Answers *m, CXCursor fn, int k, int yes) {
  for (int i = 0; i < m->n; i++)
    if (m->k[i] == k && clang_equalCursors(m->fn[i], fn)) { m->yes[i] = yes; return; }
  m->fn = xrealloc(m->fn, (size_t)(m->n + 1) * sizeof *m->fn);
  m->k = xrealloc(m->k, (size_t)(m->n + 1) * sizeof *m->k);
  m->yes = xrealloc(m->yes, (size_t)(m->n + 1) * sizeof *m->yes);
  m->fn[m->n] = fn;
  m->k[m->n] = k;
  m->yes[m->n++] = yes;
}


/* ---- tables of literals ----
 * `static const struct { const char *from, *to; } dict[] = {{"colour",
 * "color"}, ...};`: a global whose elements are const and whose initializer
 * names no variable nor function holds pointers to string literals (or
 * NULL) only, which nothing may write: a pointer loaded from it, or
 * returned by a function that returns only such pointers (lookup(word)), is
 * no memory of unknown place, and reading through it orders nothing (blind
 * 64a: a text normalizer's dictionary kept every task in order). */

typedef struct NamesAny { int found; } NamesAny;

static enum CXChildVisitResult names_any(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CallExpr ||
      (k == CXCursor_DeclRefExpr && clang_getCursorKind(clang_getCursorReferenced(c)) != CXCursor_EnumConstantDecl)) {
    ((NamesAny *)d)->found = 1;
    return CXChildVisit_Break;
  }
  return CXChildVisit_Recurse;
}

static int literal_table_walk(CXCursor d);

/* ---- a file's static table no code writes ----
 * `static const char *vocab[] = {"alpha", ...}`: its slots are not const,
 * but when every use of it in the file is a load of an element (vocab[i],
 * vocab[i][j]) or sizeof, nothing can point them elsewhere (blind 69a: a
 * generator's calls kept their order on it). */
typedef struct Unwritten { CXCursor d, up[3]; int depth, bad; } Unwritten;

static int is_load_of(CXCursor load, CXCursor x) {
  return clang_getCursorKind(load) == CXCursor_UnexposedExpr &&
         clang_equalTypes(clang_getCanonicalType(clang_getCursorType(load)), clang_getCanonicalType(clang_getCursorType(x)));
}

static enum CXChildVisitResult unwritten_visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Unwritten *w = data;
  if (w->bad) return CXChildVisit_Break;
  if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(c)), w->d)) {
    /* up[0]: the decay, up[1]: d[i], up[2]: its load; or sizeof d */
    int sized = 0;                          /* sizeof d, sizeof d[0]: not evaluated */
    for (int i = 0; i < 3 && i < w->depth; i++) sized |= clang_getCursorKind(w->up[i]) == CXCursor_UnaryExpr;
    int loaded = w->depth >= 3 && clang_getCursorKind(w->up[0]) == CXCursor_UnexposedExpr &&
                 clang_getCursorKind(w->up[1]) == CXCursor_ArraySubscriptExpr && is_load_of(w->up[2], w->up[1]);
    if (!sized && !loaded) w->bad = 1;
    return CXChildVisit_Continue;
  }
  CXCursor saved[3];
  memcpy(saved, w->up, sizeof saved);
  w->up[2] = w->up[1];
  w->up[1] = w->up[0];
  w->up[0] = c;
  w->depth++;
  clang_visitChildren(c, unwritten_visit, w);
  w->depth--;
  memcpy(w->up, saved, sizeof saved);
  return w->bad ? CXChildVisit_Break : CXChildVisit_Continue;
}

static int never_written(CXCursor d) {
  if (clang_Cursor_getStorageClass(d) != CX_SC_Static ||
      clang_getCursorKind(clang_getCursorSemanticParent(d)) != CXCursor_TranslationUnit)
    return 0;                               /* (another file may write an extern one) */
  Unwritten w = {clang_getCanonicalCursor(d), {clang_getNullCursor(), clang_getNullCursor(), clang_getNullCursor()}, 0, 0};
  CXCursor tu = clang_getTranslationUnitCursor(clang_Cursor_getTranslationUnit(d));
  clang_visitChildren(tu, unwritten_visit, &w);
  return !w.bad;
}

static int literal_table(CXCursor d) {
  static Answers tables;
  if (clang_getCursorKind(d) != CXCursor_VarDecl || clang_Cursor_hasVarDeclGlobalStorage(d) != 1) return 0;
  d = clang_getCanonicalCursor(d);
  int yes = answer_find(&tables, d, 0);
  if (yes < 0) answer_put(&tables, d, 0, yes = literal_table_walk(d));
  return yes;
}

static int literal_table_walk(CXCursor d) {
  CXType t = clang_getCursorType(d);       /* (as declared: libclang's canonical arrays drop the const) */
  while (clang_getCanonicalType(t).kind == CXType_ConstantArray || clang_getCanonicalType(t).kind == CXType_IncompleteArray)
    t = clang_getArrayElementType(t);
  if (!clang_isConstQualifiedType(t) && !clang_isConstQualifiedType(clang_getCanonicalType(t)) && !never_written(d))
    return 0;                               /* (its elements could be set elsewhere) */
  CXCursor def = clang_getCursorDefinition(d), init = clang_Cursor_isNull(def) ? def : clang_Cursor_getVarDeclInitializer(def);
  if (clang_Cursor_isNull(init)) return 0;
  NamesAny x = {0};
  clang_visitChildren(init, names_any, &x);
  return !x.found && clang_getCursorKind(init) != CXCursor_DeclRefExpr;
}

/* Is n (through loads) read from a table of literals, or a literal or NULL? */
static int literal_value(Node *n) {
  n = fe_strip(n);
  while (n && n->kind == CXCursor_CStyleCastExpr && n->nkid) n = fe_strip(n->kid[n->nkid - 1]);
  if (!n) return 0;
  if (n->kind == CXCursor_StringLiteral || n->kind == CXCursor_IntegerLiteral || n->kind == CXCursor_GNUNullExpr)
    return 1;
  if (n->kind == CXCursor_ConditionalOperator && n->nkid == 3) return literal_value(n->kid[1]) && literal_value(n->kid[2]);
  Node *x = n;
  while (x && (x->kind == CXCursor_ArraySubscriptExpr || x->kind == CXCursor_MemberRefExpr) && x->nkid)
    x = fe_strip(x->kid[0]);
  return x && x != n && x->kind == CXCursor_DeclRefExpr && literal_table(clang_getCursorReferenced(x->cur));
}

static int literal_returns(Node *n) {
  if (n->kind == CXCursor_ReturnStmt && n->nkid && !literal_value(n->kid[0])) return 0;
  for (int i = 0; i < n->nkid; i++)
    if (!literal_returns(n->kid[i])) return 0;
  return 1;
}

/* Does the file's function fn return only literals, NULL, or pointers read from tables of literals? */
static int returns_literals(Unit *u, CXCursor fn) {
  static Answers literal_fns;
  CXCursor def = clang_getCursorDefinition(fn);
  CXType rt = clang_getCanonicalType(clang_getResultType(clang_getCursorType(fn)));
  if (clang_Cursor_isNull(def) || rt.kind != CXType_Pointer) return 0;
  def = clang_getCanonicalCursor(def);
  int yes = answer_find(&literal_fns, def, 0);
  if (yes >= 0) return yes;
  Node *body, *root = fe_def_tree(u, def, &body);
  yes = body && literal_returns(body);
  fe_free_tree(root);
  answer_put(&literal_fns, def, 0, yes);
  return yes;
}

/* A pointer value loaded from memory (p->next, tab[i], *pp). */
static int unknown_load(UCtx *c, Node *n) {
  if (c->every) return 1;
  if (unknown_lvalue(c, n)) return 1;
  CXCursor b = local_base(n);
  if (!clang_Cursor_isNull(b)) return in_set(c->hold, c->nhold, b);   /* kept in a local aggregate */
  Node *x = fe_strip(n);
  /* from memory a parameter reaches: that parameter's own effect covers it */
  while (x && (x->kind == CXCursor_ArraySubscriptExpr || x->kind == CXCursor_MemberRefExpr ||
               (x->kind == CXCursor_UnaryOperator && is_deref(x))) && x->nkid)
    x = fe_strip(x->kid[0]);
  if (x && x->kind == CXCursor_DeclRefExpr &&
      (clang_getCursorKind(clang_getCursorReferenced(x->cur)) == CXCursor_ParmDecl ||
       in_set(c->walk, c->nwalk, clang_getCanonicalCursor(clang_getCursorReferenced(x->cur)))))
    return !c->params_known;
  if (is_ctype_call(x)) return 0;
  if (!c->every && x && x != fe_strip(n) && x->kind == CXCursor_DeclRefExpr && literal_table(clang_getCursorReferenced(x->cur)))
    return 0;                            /* dict[i].from: a literal */
  return 1;                              /* a global's, or reached through a local pointer */
}

/* Is the value of n a pointer of unknown origin? */
static int unknown_ptr(UCtx *c, Node *n) {
  n = fe_strip(n);
  if (!n) return 0;
  switch (n->kind) {
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(n->cur);
    CXType t = clang_getCursorType(d);
    if (fe_library_handle(t)) return 0;   /* stderr, a FILE * given in: the resources order them */
    if (clang_getCursorKind(d) == CXCursor_ParmDecl)
      return (c->every || !c->params_known) && is_pointerish(t) && (c->every || !clang_isRestrictQualifiedType(t));
    if (clang_getCursorKind(d) != CXCursor_VarDecl || !pointer_type(t)) return 0;   /* an array: its own storage */
    return access_is_local_var(d) && !c->every ? in_set(c->bad, c->nbad, d) : 1;          /* a global's value */
  }
  case CXCursor_CStyleCastExpr: {
    if (!n->nkid) return 0;
    Node *x = n->kid[n->nkid - 1];
    /* a pointer made from an integer (`(int *)handle`) may point anywhere;
     * a constant (0, a fixed address) is no memory of the program's */
    enum CXTypeKind xk = canon(x).kind;
    if (pointer_type(clang_getCursorType(n->cur)) && !is_pointerish(clang_getCursorType(x->cur)) &&
        xk != CXType_FunctionProto && xk != CXType_FunctionNoProto) {
      CXEvalResult r = clang_Cursor_Evaluate(x->cur);
      int constant = r && clang_EvalResult_getKind(r) == CXEval_Int;
      if (r) clang_EvalResult_dispose(r);
      return !constant;
    }
    return unknown_ptr(c, x);
  }
  case CXCursor_BinaryOperator:
    return n->nkid == 2 && is_pointerish(clang_getCursorType(n->cur)) &&
           (unknown_ptr(c, n->kid[0]) || unknown_ptr(c, n->kid[1]));
  case CXCursor_ConditionalOperator:
    return n->nkid == 3 && (unknown_ptr(c, n->kid[1]) || unknown_ptr(c, n->kid[2]));
  case CXCursor_UnaryOperator:
    if (is_addr(n)) return unknown_lvalue(c, n->kid[0]);
    if (is_deref(n)) return pointer_type(clang_getCursorType(n->cur)) && unknown_load(c, n);
    return n->nkid == 1 && unknown_ptr(c, n->kid[0]);
  case CXCursor_ArraySubscriptExpr:
  case CXCursor_MemberRefExpr:
    if (arrayish(canon(n))) return unknown_lvalue(c, n);   /* an array member decays */
    return pointer_type(clang_getCursorType(n->cur)) && unknown_load(c, n);
  case CXCursor_CallExpr: {
    if (!pointer_type(clang_getCursorType(n->cur)) || !n->nkid) return 0;
    Node *f = fe_strip(n->kid[0]);
    char *nm = f && f->kind == CXCursor_DeclRefExpr ? fe_spelling(clang_getCursorReferenced(f->cur)) : xstrdup("");
    int r = 1;
    if ((fresh_by_name(nm) || (f && f->kind == CXCursor_DeclRefExpr &&
                               fx_allocator(c->u, clang_getCursorReferenced(f->cur)))) && !c->every)
      r = 0;
    else if (!c->every && c->params_known && c->nfresh && fresh_call(c, n))
      r = 0;                       /* h = push(h, v) on the function's own list */
    else if (!c->every && f && f->kind == CXCursor_DeclRefExpr && returns_literals(c->u, clang_getCursorReferenced(f->cur)))
      r = 0;                       /* lookup(word): a literal of a table */
    else if (ctype_table(nm)) r = 0;
    else if (returns_argument(nm)) {
      r = 0;
      for (int i = 1; i < n->nkid; i++) r |= unknown_ptr(c, n->kid[i]);
    }
    free(nm);
    return r;
  }
  case CXCursor_StringLiteral: case CXCursor_IntegerLiteral: case CXCursor_GNUNullExpr:
  case CXCursor_CompoundLiteralExpr:
    return 0;
  default:
    return is_pointerish(clang_getCursorType(n->cur)) && canon(n).kind == CXType_Pointer;
  }
}

/* A parameter declared as an array (`double a[][5]`, `double a[n][m]`):
 * libclang shows its type as written, but it is a pointer. */
static int array_parameter(Node *n) {
  n = fe_strip(n);
  return n && n->kind == CXCursor_DeclRefExpr &&
         clang_getCursorKind(clang_getCursorReferenced(n->cur)) == CXCursor_ParmDecl;
}

/* Is n an lvalue in memory of unknown place (*p, p[i], p->f with p unknown)? */
static int unknown_lvalue(UCtx *c, Node *n) {
  n = fe_strip(n);
  if (!n) return 0;
  switch (n->kind) {
  case CXCursor_UnaryOperator:
    return is_deref(n) && unknown_ptr(c, n->kid[0]);
  case CXCursor_ArraySubscriptExpr:
    if (n->nkid != 2) return 0;
    if (arrayish(canon(n->kid[0])) && !array_parameter(n->kid[0])) return unknown_lvalue(c, n->kid[0]);
    return unknown_ptr(c, n->kid[0]) || unknown_ptr(c, n->kid[1]);
  case CXCursor_MemberRefExpr:
    if (!n->nkid) return 0;
    return canon(n->kid[0]).kind == CXType_Pointer ? unknown_ptr(c, n->kid[0]) : unknown_lvalue(c, n->kid[0]);
  default:
    return 0;
  }
}

/* Does a type hold a pointer to data (so that a local of it is a holder)? */
static int holds_data_pointer(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind == CXType_Pointer) return 1;
  if (arrayish(t)) return holds_data_pointer(clang_getArrayElementType(t));
  if (t.kind == CXType_Record) return 1;      /* members unknown here: assume so */
  return 0;
}

/* The local variable whose storage a pointer value points into (&x, x for a
 * local array, &x.f, x + k), or a null cursor. */
static CXCursor pointee_of(Node *n, int depth);

/* What a local pointer variable points into, asked at each use of it:
 * kept by (variable) until a unit is disposed (fe_generation). */
typedef struct PointeeMemo { CXCursor *var, *local; int n; unsigned gen; } PointeeMemo;
static PointeeMemo pointees;

/* The values a local pointer variable d is given in the function around
 * node `in` (its initializer, its assignments): the local one points into. */
typedef struct Given { CXCursor d, found; int depth; } Given;

static void given(Given *g, Node *n) {
  if (!clang_Cursor_isNull(g->found)) return;
  Node *v = NULL;
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), g->d) && n->nkid &&
      clang_isExpression(n->kid[n->nkid - 1]->kind))
    v = n->kid[n->nkid - 1];          /* a pointer's initializer: its last child */
  else if (n->kind == CXCursor_BinaryOperator && n->nkid == 2) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), g->d) &&
        canon(n).kind == CXType_Pointer && is_pointerish(clang_getCursorType(n->kid[1]->cur)))
      v = n->kid[1];
  }
  if (v) g->found = pointee_of(v, g->depth + 1);
  for (int i = 0; i < n->nkid && clang_Cursor_isNull(g->found); i++) given(g, n->kid[i]);
}

/* The local a pointer value points into: `a` (an array), `&x`, `&a[i]`,
 * `st.arr`, `m[1]` (a row), `p` set from one of those, a compound literal
 * holding one (`&(int *){ a }`), through casts and offsets. */
static CXCursor pointee_of(Node *n, int depth) {
  for (;;) {
    n = fe_strip(n);
    if (!n || depth > 4) return clang_getNullCursor();
    if (n->kind == CXCursor_CStyleCastExpr && n->nkid) n = n->kid[n->nkid - 1];
    else if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && is_pointerish(clang_getCursorType(n->cur)))
      n = is_pointerish(clang_getCursorType(n->kid[0]->cur)) ? n->kid[0] : n->kid[1];
    else if (n->kind == CXCursor_UnaryOperator && is_addr(n)) {
      Node *x = fe_strip(n->kid[0]);
      if (x && x->kind == CXCursor_CompoundLiteralExpr) {    /* &(int *){ a }: what it holds */
        for (int i = 0; i < x->nkid; i++) {
          Node *init = x->kid[i]->kind == CXCursor_InitListExpr ? x->kid[i] : NULL;
          for (int k = 0; init && k < init->nkid; k++) {
            CXCursor l = pointee_of(init->kid[k], depth + 1);
            if (!clang_Cursor_isNull(l)) return l;
          }
        }
        return clang_getNullCursor();
      }
      return local_base(n->kid[0]);
    } else if (n->kind == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(n->cur);
      if (!access_is_local_var(d)) return clang_getNullCursor();
      if (arrayish(canon(n))) return d;
      if (canon(n).kind != CXType_Pointer) return clang_getNullCursor();
      d = clang_getCanonicalCursor(d);  /* a local pointer: what it is given in its function */
      if (pointees.gen != fe_generation) {
        pointees.n = 0;
        pointees.gen = fe_generation;
      }
      for (int i = 0; i < pointees.n; i++)
        if (clang_equalCursors(pointees.var[i], d)) return pointees.local[i];
      Node *root = n;
      while (root->parent) root = root->parent;
      Given g = {d, clang_getNullCursor(), depth};
      given(&g, root);
      if (depth == 0) {              /* (deeper answers were cut short: not kept) */
        pointees.var = xrealloc(pointees.var, (size_t)(pointees.n + 1) * sizeof *pointees.var);
        pointees.local = xrealloc(pointees.local, (size_t)(pointees.n + 1) * sizeof *pointees.local);
        pointees.var[pointees.n] = d;
        pointees.local[pointees.n++] = g.found;
      }
      return g.found;
    } else if ((n->kind == CXCursor_MemberRefExpr || n->kind == CXCursor_ArraySubscriptExpr) &&
               arrayish(canon(n))) {
      return local_base(n);            /* st.arr, m[1]: an array inside a local */
    } else return clang_getNullCursor();
  }
}

static CXCursor local_pointee(Node *n) { return pointee_of(n, 0); }

/* Which local pointers and aggregates may hold unknown pointers (to a fixed point). */
static void find_bad(UCtx *c, Node *n) {
  if (n->kind == CXCursor_VarDecl && access_is_local_var(n->cur)) {
    Node *init = access_var_init(c->u, n);
    CXType t = clang_getCursorType(n->cur);
    if (init && pointer_type(t) && unknown_ptr(c, init)) set_add(&c->bad, &c->nbad, n->cur);
    if (init && init->kind == CXCursor_InitListExpr && holds_data_pointer(t))
      for (int i = 0; i < init->nkid; i++)
        if (unknown_ptr(c, init->kid[i])) set_add(&c->hold, &c->nhold, n->cur);
  }
  if (is_assign(c->u, n) && n->kind == CXCursor_BinaryOperator && unknown_ptr(c, n->kid[1])) {
    Node *l = fe_strip(n->kid[0]);
    CXCursor b = local_base(l);
    if (l->kind == CXCursor_DeclRefExpr && access_is_local_var(b)) set_add(&c->bad, &c->nbad, b);
    else if (!clang_Cursor_isNull(b)) set_add(&c->hold, &c->nhold, b);
  }
  /* a local array of pointers used whole (decayed: `memcpy(v, t->kids, ...)`,
   * `fill(v)`), not indexed in place, may be filled with any pointer */
  if (n->kind == CXCursor_DeclRefExpr && access_is_local_var(clang_getCursorReferenced(n->cur)) &&
      arrayish(canon(n)) && holds_data_pointer(clang_getCursorType(n->cur))) {
    Node *p = n->parent;
    while (p && (p->kind == CXCursor_ParenExpr || (p->kind == CXCursor_UnexposedExpr && p->nkid == 1 &&
                                                    arrayish(canon(p)))))
      p = p->parent;
    int in_place = p && p->kind == CXCursor_UnexposedExpr && p->parent && p->parent->kind == CXCursor_ArraySubscriptExpr;
    /* (one whose elements are walked, walk_set, is handed only to helpers storing nothing of another origin) */
    if (!in_place && !(p && p->kind == CXCursor_UnaryExpr) &&   /* not v[i], not sizeof v */
        !in_set(c->walk, c->nwalk, clang_getCanonicalCursor(clang_getCursorReferenced(n->cur))))
      set_add(&c->hold, &c->nhold, clang_getCursorReferenced(n->cur));
  }
  /* a local pointer or holder whose address is taken may be set through it */
  if (n->kind == CXCursor_UnaryOperator && is_addr(n)) {
    CXCursor b = local_base(n->kid[0]);
    if (!clang_Cursor_isNull(b) && holds_data_pointer(clang_getCursorType(b))) {
      if (pointer_type(clang_getCursorType(b))) set_add(&c->bad, &c->nbad, b);
      else set_add(&c->hold, &c->nhold, b);
    }
  }
  for (int i = 0; i < n->nkid; i++) find_bad(c, n->kid[i]);
}

/* ---- local pointers that walk the parameters' memory, or blocks of their own ----
 * `for (e = t->bucket[h]; e; e = e->next) e->count++;`: e is given only
 * pointers loaded from what the parameter t reaches (or from what e itself
 * reaches, or NULL): what it points to is the parameter's memory, whose
 * effect the parameter's mode says, not memory of unknown place.  A block
 * the function allocates (`t = calloc(1, sizeof *t)`, a private hash table
 * its helpers fill with blocks of their own) is walked the same way while
 * nothing stores a pointer of another origin into what these pointers
 * reach, nor stores them where others could follow (a global, memory of
 * unknown place), nor hands them to a function that may (stores_foreign):
 * then every pointer met there is the parameters' memory or a fresh block.
 * Any such store, and the walk is off for the whole function. */

static int walks_params(UCtx *c, Node *v);
static int fresh_rooted(UCtx *c, Node *v);

/* May function fn (called with argument k) store, into what its pointer
 * arguments reach, a pointer of another origin, or store those pointers
 * where others could follow them (3 calls deep; a body unseen: yes)? */
static int stores_foreign(Unit *u, Node *call, int k, int depth);
static int stores_param(Unit *u, Node *call, int k, int depth);

/* What v is loaded or offset from, through casts, offsets, loads and `&`
 * (t->bucket[h] and &e->next: t and e), or NULL. */
static Node *walk_root(Node *v) {
  for (;;) {
    v = fe_strip(v);
    if (!v) return NULL;
    if (v->kind == CXCursor_CStyleCastExpr && v->nkid) v = v->kid[v->nkid - 1];
    else if (v->kind == CXCursor_BinaryOperator && v->nkid == 2 && pointer_type(clang_getCursorType(v->cur)))
      v = pointer_type(clang_getCursorType(v->kid[0]->cur)) ? v->kid[0] : v->kid[1];
    else if (v->kind == CXCursor_UnaryOperator && is_addr(v)) v = v->kid[0];
    else if ((v->kind == CXCursor_ArraySubscriptExpr || v->kind == CXCursor_MemberRefExpr ||
              (v->kind == CXCursor_UnaryOperator && is_deref(v))) && v->nkid)
      v = v->kid[0];
    else return v;
  }
}

/* Is v's root (through loads, offsets and casts) a parameter or a walking pointer? */
static int walk_rooted(UCtx *c, Node *v) {
  v = walk_root(v);
  if (!v || v->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(v->cur));
  return clang_getCursorKind(d) == CXCursor_ParmDecl || in_set(c->walk, c->nwalk, d);
}

/* Is v rooted at a variable walk_set dropped for a block of its own that holds the parameters' pointers? */
static int mixed_rooted(UCtx *c, Node *v) {
  v = walk_root(v);
  return v && v->kind == CXCursor_DeclRefExpr &&
         in_set(c->mixed_set, c->nmixed, clang_getCanonicalCursor(clang_getCursorReferenced(v->cur)));
}

/* Does n store a pointer of another origin into walked memory, or a walked
 * pointer where others could follow it (see above)? */
static int foreign_store(UCtx *c, Node *n, int depth) {
  if (is_assign(c->u, n) && n->kind == CXCursor_BinaryOperator && n->nkid == 2) {
    Node *l = fe_strip(n->kid[0]), *r = n->kid[1];
    CXType lt = clang_getCursorType(n->kid[0]->cur);
    if (!l || !fe_holds_pointer(lt)) return 0;
    int into_walk = l->kind != CXCursor_DeclRefExpr && walk_rooted(c, l);
    /* t->bucket[h] = g_list (not a block of the function's own holding the parameters' pointers, below) */
    if (into_walk && !walks_params(c, r) && !mixed_rooted(c, r)) return 1;
    /* a block of the function's own holds only its own blocks: a pointer
     * the parameters reach, stored there and loaded back, would be written
     * through as the function's own (progs16/q1's sneaky: v[0] = t->kids[0]);
     * with `mixed`, the variable it is stored through is named instead, for
     * walk_set to drop it and its kin (a new node linked into a parameter's
     * list: e->next = t->bucket[h]) */
    if (into_walk && fresh_rooted(c, l) && !fresh_rooted(c, r)) {
      Node *v = walk_root(l);
      CXCursor d = v && v->kind == CXCursor_DeclRefExpr ? clang_getCanonicalCursor(clang_getCursorReferenced(v->cur))
                                                       : clang_getNullCursor();
      if (c->mixed && !clang_Cursor_isNull(d) && access_is_local_var(d) && pointer_type(clang_getCursorType(d))) {
        c->mixed_root = d;
        return 2;
      }
      return 1;
    }
    CXCursor ld = l->kind == CXCursor_DeclRefExpr ? clang_getCursorReferenced(l->cur) : clang_getNullCursor();
    int local = !clang_Cursor_isNull(ld) && (access_is_local_var(ld) || clang_getCursorKind(ld) == CXCursor_ParmDecl);
    if (!into_walk && !local && !mixed_rooted(c, l) && (walk_rooted(c, r) || mixed_rooted(c, r)))
      return 1;                                                 /* g = t: others may follow it */
    if (l->kind != CXCursor_DeclRefExpr && mixed_rooted(c, l) && !walks_params(c, r) && !mixed_rooted(c, r))
      return 1;                                                 /* e->g = g_list, into such a block */
    return 0;
  }
  if (n->kind == CXCursor_CallExpr) {
    int walked = 0, other = 0;      /* other: memory of another origin the callee may store into */
    int fresh = 0, unfresh = 0;     /* ... an own block, and pointers of another origin beside it */
    for (int i = 1; i < n->nkid; i++) {
      Node *a = fe_strip(n->kid[i]);          /* (its type before a conversion to void *) */
      CXType t = clang_getCanonicalType(clang_getCursorType(a ? a->cur : n->kid[i]->cur));
      if (t.kind != CXType_Pointer && !arrayish(t)) continue;   /* (a local array decays: memcpy(v, ...)) */
      CXType pointee = arrayish(t) ? clang_getArrayElementType(t) : clang_getPointeeType(t);
      int deep = fe_holds_pointer(pointee);
      if (fresh_rooted(c, n->kid[i])) fresh = 1;
      else if (deep) unfresh = 1;
      if (walk_rooted(c, n->kid[i])) {
        walked = 1;
        if (stores_foreign(c->u, n, i - 1, depth)) return 1;
      } else if (!clang_isConstQualifiedType(pointee) && deep) {
        other = 1;                  /* link(g_head, t): t may go into g_head's list */
      }
    }
    /* link(t, p->kids): the callee may store the other's pointers into the own block */
    if ((walked && other) || (fresh && unfresh)) return 1;
    /* add_word(t, w), w into a parameter's text, kept by the helper as it is (not copied) */
    for (int i = 1; c->strict && fresh && i < n->nkid; i++) {
      CXType t = clang_getCanonicalType(clang_getCursorType(n->kid[i]->cur));
      if (t.kind == CXType_Pointer && !fresh_rooted(c, n->kid[i]) && stores_param(c->u, n, i - 1, depth)) return 1;
    }
    return 0;
  }
  return 0;
}

/* ---- does a helper keep a pointer it is given? ----
 * Called with argument k (a pointer), may fn store that pointer, or one
 * derived from it, where it outlives the call (into memory, a global), or
 * hand it to a function that may?  A copy of what it points to (strdup,
 * memcpy of bytes) keeps nothing.  An unseen body, a call through a pointer,
 * or more than 3 calls deep: yes. */
typedef struct Keeps { Unit *u; int depth, yes; } Keeps;

static int keeps_param(Unit *u, CXCursor fn, int k, int depth);

static void keeps_access(void *arg, Node *at, Access kind, int k) {
  Keeps *x = arg;
  if (x->yes) return;
  if (kind == ACCESS_ESCAPE) { x->yes = 1; return; }
  if (kind != ACCESS_PASS) return;
  Node *f = fe_direct_callee(at);
  if (!f) { x->yes = 1; return; }
  CXCursor fn = clang_getCursorReferenced(f->cur);
  char buf[64], *nm = fe_spelling(fn);
  const char *ln = fx_library_name(nm, buf, sizeof buf);
  const LibFn *lf = fx_library(ln);
  int release = !strcmp(ln, "free");
  free(nm);
  if (release || fx_allocator(x->u, fn)) return;
  if (lf) {
    char ch = k < (int)strlen(lf->param) ? lf->param[k] : lf->va;
    if (ch == 'p' || ch == 'x') x->yes = 1;       /* strtok's state, a pointer kept by the library */
    return;
  }
  if (keeps_param(x->u, fn, k, x->depth + 1)) x->yes = 1;
}

static int keeps_param(Unit *u, CXCursor fn, int k, int depth) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || depth >= 3 || k >= clang_Cursor_getNumArguments(def)) return 1;
  def = clang_getCanonicalCursor(def);
  static Answers kept;
  int yes = answer_find(&kept, def, k);
  if (yes >= 0) return yes;
  answer_put(&kept, def, k, 1);          /* yes, while it is weighed (a recursion) */
  Node *body, *root = fe_def_tree(u, def, &body);
  Keeps x = {u, depth, !body};
  if (body) access_walk(u, body, clang_Cursor_getArgument(def, (unsigned)k), 0, keeps_access, &x);
  fe_free_tree(root);
  answer_put(&kept, def, k, x.yes);
  return x.yes;
}

static int stores_param(Unit *u, Node *call, int k, int depth) {
  Node *f = fe_direct_callee(call);
  if (!f) return 1;
  Keeps x = {u, depth, 0};
  keeps_access(&x, call, ACCESS_PASS, k);
  return x.yes;
}

/* 1 for a foreign store in n; 2 (c->mixed) for one into a block of the
 * function's own only, through c->mixed_root (the first met, when no other). */
static int any_foreign_store(UCtx *c, Node *n, int depth) {
  int r = foreign_store(c, n, depth);
  if (r == 1) return 1;
  for (int i = 0; i < n->nkid; i++) {
    int k = any_foreign_store(c, n->kid[i], depth);
    if (k == 1) return 1;
    if (k) r = 2;
  }
  return r;
}

/* The variables whose values come from d's, or d's from theirs (`b = a`,
 * `y = e->next`), to a fixed point: d's kin, which may point into its block. */
static int kin_of(UCtx *c, Node *n, CXCursor *set, int *ns) {
  int added = 0;
  CXCursor v = clang_getNullCursor();
  Node *value = NULL;
  if (n->kind == CXCursor_VarDecl && access_is_local_var(n->cur)) {
    v = clang_getCanonicalCursor(n->cur);
    value = access_var_init(c->u, n);
  } else if (is_assign(c->u, n) && n->kind == CXCursor_BinaryOperator) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr) v = clang_getCanonicalCursor(clang_getCursorReferenced(l->cur));
    value = n->kid[1];
  }
  Node *w = value ? walk_root(value) : NULL;
  if (!clang_Cursor_isNull(v) && w && w->kind == CXCursor_DeclRefExpr) {
    CXCursor wd = clang_getCanonicalCursor(clang_getCursorReferenced(w->cur));
    int iv = in_set(set, *ns, v), iw = in_set(set, *ns, wd);
    if (iv != iw) {
      set[(*ns)++] = iv ? wd : v;
      added = 1;
    }
  }
  for (int i = 0; i < n->nkid && *ns < 64; i++) added |= kin_of(c, n->kid[i], set, ns);
  return added;
}

static int returns_contained(Unit *u, CXCursor fn, int depth);

/* A call whose result is a block of its own: an allocator's, or a function
 * of the file that returns only its own blocks and what its arguments reach,
 * given only the caller's own blocks (`h = push(h, v)`, blind 64b) */
static int fresh_call(UCtx *c, Node *v) {
  Node *f = fe_direct_callee(v);
  if (!f) return 0;
  CXCursor fn = clang_getCursorReferenced(f->cur);
  if (fx_allocator(c->u, fn) || access_returns_fresh(c->u, fn)) return 1;   /* (a copy of what it was given) */
  if (!returns_contained(c->u, fn, 0)) return 0;
  for (int i = 1; i < v->nkid; i++)
    if (pointer_type(clang_getCursorType(v->kid[i]->cur)) && !fresh_rooted(c, v->kid[i])) return 0;
  return 1;
}

/* Is v NULL, a block of the function's own, or reached from one? */
static int fresh_rooted(UCtx *c, Node *v) {
  v = walk_root(v);
  if (!v) return 0;
  if (v->kind == CXCursor_ConditionalOperator && v->nkid == 3) return fresh_rooted(c, v->kid[1]) && fresh_rooted(c, v->kid[2]);
  if (v->kind == CXCursor_IntegerLiteral || v->kind == CXCursor_GNUNullExpr) return 1;    /* NULL */
  if (v->kind == CXCursor_CallExpr) return fresh_call(c, v);
  if (v->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(v->cur));
  if (c->params_fresh && clang_getCursorKind(d) == CXCursor_ParmDecl) return pointer_type(clang_getCursorType(d));
  if (access_is_local_var(d) && !pointer_type(clang_getCursorType(d)) && !fe_holds_pointer(clang_getCursorType(d)))
    return 1;                          /* &n, pool: a local's own storage, holding no pointers */
  return in_set(c->fresh, c->nfresh, d);
}

static int walks_params(UCtx *c, Node *v) {
  if (fresh_rooted(c, v)) return 1;
  v = walk_root(v);
  if (!v) return 0;
  if (v->kind == CXCursor_ConditionalOperator && v->nkid == 3) return walks_params(c, v->kid[1]) && walks_params(c, v->kid[2]);
  if (v->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(v->cur));
  if (clang_getCursorKind(d) == CXCursor_ParmDecl) return pointer_type(clang_getCursorType(d));
  return in_set(c->walk, c->nwalk, d);
}

/* A local array or struct holding pointers (`hnode *tab[NBUCKETS]`, a
 * private hash table's buckets; `Table t` with its own block): the pointers
 * it holds are walked as local pointers are. */
static int has_union(CXType t) {
  t = clang_getCanonicalType(t);
  while (arrayish(t)) t = clang_getCanonicalType(clang_getArrayElementType(t));
  return t.kind == CXType_Record && clang_getCursorKind(clang_getTypeDeclaration(t)) == CXCursor_UnionDecl;
}

/* (not a union: `a.v = p; a.g->cells[i]` reads p as another type, whose
 * pointers the parameter's own effect does not cover: blind 64b) */
static int pointer_aggregate(CXType t) {
  t = clang_getCanonicalType(t);
  return (arrayish(t) || t.kind == CXType_Record) && fe_holds_pointer(t) && !has_union(t);
}

static void walk_candidates(UCtx *c, Node *n) {
  if (n->kind == CXCursor_VarDecl && access_is_local_var(n->cur) &&
      (pointer_type(clang_getCursorType(n->cur)) || pointer_aggregate(clang_getCursorType(n->cur)))) {
    set_add(&c->walk, &c->nwalk, clang_getCanonicalCursor(n->cur));
    set_add(&c->fresh, &c->nfresh, clang_getCanonicalCursor(n->cur));
  }
  for (int i = 0; i < n->nkid; i++) walk_candidates(c, n->kid[i]);
}

static void drop_from(CXCursor *set, int *n, CXCursor d) {
  for (int i = 0; i < *n; i++)
    if (clang_equalCursors(set[i], d)) set[i] = set[--*n];
}

/* Does every pointer of value v (each one of an initializer list: `node
 * *tab[NB] = {NULL}`) pass ok? */
static int each_pointer(UCtx *c, Node *v, int (*ok)(UCtx *, Node *)) {
  Node *x = fe_strip(v);
  if (x && x->kind == CXCursor_InitListExpr) {
    for (int i = 0; i < x->nkid; i++)
      if (!each_pointer(c, x->kid[i], ok)) return 0;
    return 1;
  }
  return !fe_holds_pointer(canon(v)) || ok(c, v);
}

/* Drop the candidates given anything else (a value of another origin, their
 * address taken): from the fresh set what is not the function's own blocks,
 * from both what the parameters do not reach either; 1 when one went */
static int walk_drop(UCtx *c, Node *n) {
  int dropped = 0;
  CXCursor d = clang_getNullCursor();
  Node *value = NULL;
  int taken = 0;
  if (n->kind == CXCursor_VarDecl && in_set(c->walk, c->nwalk, clang_getCanonicalCursor(n->cur))) {
    d = clang_getCanonicalCursor(n->cur);
    value = access_var_init(c->u, n);
  } else if ((is_assign(c->u, n) && n->kind == CXCursor_BinaryOperator) || (n->kind == CXCursor_UnaryOperator && is_addr(n))) {
    Node *l = fe_strip(n->kid[0]);
    taken = n->kind == CXCursor_UnaryOperator;
    if (l && l->kind == CXCursor_DeclRefExpr && pointer_type(clang_getCursorType(l->cur)))
      d = clang_getCanonicalCursor(clang_getCursorReferenced(l->cur));
    else if (l && !taken && !clang_Cursor_isNull(local_base(l)))   /* tab[h] = v, t.head = v: into a local aggregate */
      d = clang_getCanonicalCursor(local_base(l));
    /* (&tab[h], &t handed on: what goes in through them is weighed as a store, foreign_store) */
    value = taken ? NULL : n->kid[1];
  }
  if (!clang_Cursor_isNull(d) && (value || taken)) {
    if (in_set(c->fresh, c->nfresh, d) && (taken || !each_pointer(c, value, fresh_rooted))) {
      drop_from(c->fresh, &c->nfresh, d);
      dropped = 1;
    }
    if (in_set(c->walk, c->nwalk, d) && (taken || !each_pointer(c, value, walks_params))) {
      drop_from(c->walk, &c->nwalk, d);
      dropped = 1;
    }
  }
  for (int i = 0; i < n->nkid; i++) dropped |= walk_drop(c, n->kid[i]);
  return dropped;
}

static void walk_set(UCtx *c, Node *body, int depth) {
  walk_candidates(c, body);
  for (int again = 0; again < 8; again++) {
    for (int round = 0; round < 16 && c->nwalk && walk_drop(c, body); round++) {}
    int r = c->nwalk ? any_foreign_store(c, body, depth) : 0;
    if (r != 2) {
      if (r) c->nwalk = c->nfresh = 0;
      return;
    }
    /* a pointer of the parameters stored into a block of the function's own
     * (a new node linked into their list): that block, and the variables that
     * may point into it, are walked no more; the other walks stand */
    CXCursor kin[64];
    int nk = 1;
    kin[0] = c->mixed_root;
    for (int round = 0; round < 8 && kin_of(c, body, kin, &nk); round++) {}
    for (int i = 0; i < nk; i++) {
      drop_from(c->walk, &c->nwalk, kin[i]);
      drop_from(c->fresh, &c->nfresh, kin[i]);
      if (!in_set(c->mixed_set, c->nmixed, kin[i])) set_add(&c->mixed_set, &c->nmixed, kin[i]);
    }
  }
  c->nwalk = c->nfresh = 0;
}

/* Does every value n's return statements give pass ok? */
static int all_returns(UCtx *c, Node *n, int (*ok)(UCtx *, Node *)) {
  if (n->kind == CXCursor_ReturnStmt && n->nkid && !ok(c, n->kid[0])) return 0;
  for (int i = 0; i < n->nkid; i++)
    if (!all_returns(c, n->kid[i], ok)) return 0;
  return 1;
}

/* fn's pointer result, weighed once per unit (memo) with the walk c0 sets up:
 * no foreign store in its body and every return passing ok (and, with
 * own_only, some block of its own walked) */
static int returns_weighed(Unit *u, CXCursor fn, Answers *memo, UCtx c0, int depth, int (*ok)(UCtx *, Node *),
                           int own_only) {
  CXCursor def = clang_getCursorDefinition(fn);
  CXType rt = clang_getCanonicalType(clang_getResultType(clang_getCursorType(fn)));
  if (clang_Cursor_isNull(def) || rt.kind != CXType_Pointer) return 0;
  def = clang_getCanonicalCursor(def);
  int yes = answer_find(memo, def, 0);
  if (yes >= 0) return yes;
  answer_put(memo, def, 0, 0);           /* no, while it is weighed (a recursion) */
  Node *body, *root = fe_def_tree(u, def, &body);
  yes = 0;
  if (body) {
    UCtx c = c0;
    walk_set(&c, body, depth);
    yes = (!own_only || c.nfresh) && !any_foreign_store(&c, body, depth) && all_returns(&c, body, ok);
    free(c.walk);
    free(c.fresh);
  }
  fe_free_tree(root);
  answer_put(memo, def, 0, yes);
  return yes;
}

/* Does function fn of the file return only its own blocks, NULL, or what its
 * arguments reach (push(h, v): a new node holding h), storing nothing of
 * another origin into them (2 calls deep)? */
static int returns_contained(Unit *u, CXCursor fn, int depth) {
  static Answers contained;
  if (depth > 2) return 0;
  return returns_weighed(u, fn, &contained, (UCtx){.u = u, .params_known = 1, .params_fresh = 1}, depth + 1,
                         walks_params, 0);
}

/* Does fn return only NULL or blocks of its own (a table it builds, its
 * nodes), none holding a pointer to what it was given, nor kept elsewhere?
 * Its result then aliases nothing a caller has (blind 68a: a document's
 * private word table, returned). */
int access_returns_fresh(Unit *u, CXCursor fn) {
  static Answers fresh_fns;
  return returns_weighed(u, fn, &fresh_fns, (UCtx){.u = u, .params_known = 1, .strict = 1}, 0, fresh_rooted, 1);
}

static void walk_pointers(UCtx *c, Node *body) {
  c->mixed = 1;
  if (c->params_known && !c->every) walk_set(c, body, 0);
  c->mixed = 0;
  free(c->mixed_set);
  c->mixed_set = NULL;
  c->nmixed = 0;
}

static int stores_foreign(Unit *u, Node *call, int k, int depth) {
  Node *f = fe_direct_callee(call);
  if (!f) return 1;                                  /* through a pointer */
  CXCursor fn = clang_getCursorReferenced(f->cur);
  char buf[64], *nm = fe_spelling(fn);
  const char *ln = fx_library_name(nm, buf, sizeof buf);
  const LibFn *lf = fx_library(ln);
  int release = !strcmp(ln, "free");
  free(nm);
  if (release) return 0;
  if (lf) {                                          /* memcpy into a struct of pointers; a pointer kept */
    char ch = k < (int)strlen(lf->param) ? lf->param[k] : lf->va;
    Node *a = fe_strip(call->kid[k + 1]);            /* (its type before a conversion to void *) */
    CXType t = clang_getCanonicalType(clang_getCursorType(a ? a->cur : call->kid[k + 1]->cur));
    CXType pointee = arrayish(t) ? clang_getArrayElementType(t) : clang_getPointeeType(t);
    return ch == 'p' || ch == 'x' || (ch == 'w' && (t.kind == CXType_Pointer || arrayish(t)) && fe_holds_pointer(pointee));
  }
  if (fx_allocator(u, fn)) return 0;                 /* free(e), realloc(e, n) */
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || depth >= 3) return 1;
  def = clang_getCanonicalCursor(def);
  static Answers foreign;
  int yes = answer_find(&foreign, def, k);
  if (yes >= 0) return yes;
  Node *body, *root = fe_def_tree(u, def, &body);
  yes = 1;
  if (body) {
    UCtx c = {.u = u, .params_known = 1, .params_fresh = 1};
    walk_candidates(&c, body);
    for (int round = 0; round < 16 && c.nwalk && walk_drop(&c, body); round++) {}
    yes = any_foreign_store(&c, body, depth + 1);
    free(c.walk);
    free(c.fresh);
  }
  fe_free_tree(root);
  answer_put(&foreign, def, k, yes);
  return yes;
}

static void uwalk(UCtx *c, Node *n) {
  Unit *u = c->u;
  if (n->kind == CXCursor_UnaryExpr) return;                 /* sizeof */
  if (is_assign(u, n) && unknown_lvalue(c, n->kid[0]))
    c->fn(c->arg, n, n->kind == CXCursor_CompoundAssignOperator ? ACCESS_UPDATE : ACCESS_WRITE, -1);
  else if (is_incdec(u, n) && unknown_lvalue(c, n->kid[0]))
    c->fn(c->arg, n, ACCESS_INCDEC, -1);
  else if (n->kind == CXCursor_CallExpr) {
    for (int i = 1; i < n->nkid; i++) {
      if (unknown_ptr(c, n->kid[i])) c->fn(c->arg, n, ACCESS_PASS, i - 1);
      /* &p, p a local pointer to a local (or a compound literal holding one):
       * the call may copy the pointer's bytes where no walk follows them */
      Node *a = fe_strip(n->kid[i]);
      if (a && a->kind == CXCursor_UnaryOperator && is_addr(a) && !clang_Cursor_isNull(local_pointee(a->kid[0])))
        c->fn(c->arg, a->kid[0], ACCESS_ESCAPE, -1);
      else if (a && a->kind == CXCursor_UnaryOperator && is_addr(a) && fe_strip(a->kid[0]) &&
               fe_strip(a->kid[0])->kind == CXCursor_CompoundLiteralExpr && !clang_Cursor_isNull(local_pointee(a)))
        c->fn(c->arg, a, ACCESS_ESCAPE, -1);
    }
  } else if (n->kind == CXCursor_UnexposedExpr && n->nkid == 1 && canon(n).kind == canon(n->kid[0]).kind &&
             !arrayish(canon(n)) && unknown_lvalue(c, n->kid[0])) {
    c->fn(c->arg, n->kid[0], ACCESS_READ, -1);
  }
  /* a local's address stored where no walk follows it: the local is published */
  if (is_assign(u, n) && n->kind == CXCursor_BinaryOperator) {
    Node *l = fe_strip(n->kid[0]);
    int follows = l && l->kind == CXCursor_DeclRefExpr && access_is_local_var(clang_getCursorReferenced(l->cur));
    if (!follows && clang_Cursor_isNull(local_base(l)) && !clang_Cursor_isNull(local_pointee(n->kid[1])))
      c->fn(c->arg, n->kid[1], ACCESS_ESCAPE, -1);
  }
  for (int i = 0; i < n->nkid; i++) uwalk(c, n->kid[i]);
}

void access_unknown_walk(Unit *u, Node *body, int params_known, AccessFn fn, void *arg) {
  UCtx c = {.u = u, .params_known = params_known, .fn = fn, .arg = arg};
  if (!body) return;
  walk_pointers(&c, body);
  for (int round = 0, before = -1; round < 8 && before != c.nbad + c.nhold; round++) {
    before = c.nbad + c.nhold;
    find_bad(&c, body);
  }
  uwalk(&c, body);
  free(c.bad);
  free(c.hold);
  free(c.walk);
  free(c.fresh);
}

/* The local a published pointer value (an ACCESS_ESCAPE of access_unknown_walk) points into. */
CXCursor access_published_local(Node *value) { return local_pointee(value); }

/* Every access through a pointer value, whatever its origin (the memory tasks
 * reach through pointers: analysis/memory.c), as access_unknown_walk reports
 * them (ACCESS_ESCAPE included). */
void access_pointer_walk(Unit *u, Node *body, AccessFn fn, void *arg) {
  UCtx c = {.u = u, .params_known = 1, .every = 1, .fn = fn, .arg = arg};
  if (body) uwalk(&c, body);
}
