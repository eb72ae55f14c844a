/* memory.c — memory that only pointers reach, ordered by regions at run time.
 *
 * A pointer argument that names no object delayc tracks — a block from an
 * allocator held in a local pointer or in a local array of pointers, the
 * memory a parameter, a global or a string points to, a pointer loaded from
 * memory, an offset into any of these — still names a region
 * a task can declare: from where it points, the parameter's count of elements
 * (DELAYED_IN_N(n) ...), one element (DELAYED_IN ...), or all of memory (no
 * annotation).  Such a task depends on the function's object <memory>
 * (EXT_MEMORY, with run-time regions): the runtime compares its region with
 * the running tasks' at each spawn (runtime/task_regions.c), so tasks on
 * disjoint blocks run in parallel and overlapping ones keep their order.
 *
 * What else may touch that memory waits or orders with it:
 *   - ordinary code that reads or writes through any pointer, or passes one to
 *     a call that is not a task (shared_state.c's ordinary accesses), waits
 *     for the tasks on <memory> it may conflict with;
 *   - a task whose callee reaches memory through pointers of unknown origin,
 *     or touches everything, depends on all of <memory> (shared_state.c:
 *     <memory> is global-ish);
 *   - a parameter (a global's value, a loaded pointer) may point into a
 *     global: when a region comes from one, tasks and ordinary code on
 *     globals order with all of <memory> too.
 * A value that may point into a local of the function (a local's address, a
 * local pointer delayc cannot follow, a call given such a value) or into
 * memory delayc tracks keeps the call serial, as before. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>


/* ---- where a pointer value comes from ---- */

typedef struct Origin {
  Ctx *c;
  CXCursor seen[16]; int nseen;   /* variables being followed (a cycle adds nothing) */
  int foreign;                    /* some value may point outside this function's
                                     locals and fresh blocks: into a global */
  int local;                      /* some value may point into a local of the function */
  int depth;                      /* aggregates being checked (a member of one read from another) */
  CXCursor agg[2];                /* ... which: a member of one of them read back into it is its own */
  int through;                    /* the aggregate is a block of records a local pointer holds (docs[d]) */
} Origin;

static int fresh(Origin *o, Node *n);
static int aggregate_fresh(Origin *o, Node *n, CXCursor d);
static Node *aggregate_root(Node *n);

/* malloc and friends, and the file's wrappers of them (effects/allocators.c) */
static int allocator_call(Unit *u, Node *n) {
  Node *f = n->nkid ? fe_strip(n->kid[0]) : NULL;
  if (!f || f->kind != CXCursor_DeclRefExpr) return 0;
  return fx_allocator(u, clang_getCursorReferenced(f->cur));
}

static int refers_to(Node *n, CXCursor d) {
  n = fe_strip(n);
  return n && n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d);
}

/* The variable at the root of X[i][j]..., or NULL. */
static Node *subscript_root(Node *n) {
  n = fe_strip(n);
  while (n && n->kind == CXCursor_ArraySubscriptExpr) n = fe_strip(n->kid[0]);
  return n && n->kind == CXCursor_DeclRefExpr ? n : NULL;
}

static int is_array(CXType t) { return clang_getCanonicalType(t).kind == CXType_ConstantArray; }

/* Is n an element d[i]...[k] of the array d itself (every subscript on an
 * array, not through a pointer an element holds)? */
static int element_of(Node *n, CXCursor d) {
  n = fe_strip(n);
  if (!n || n->kind != CXCursor_ArraySubscriptExpr || is_array(clang_getCursorType(n->cur))) return 0;
  for (;;) {
    Node *b = fe_strip(n->kid[0]);
    if (!b || !is_array(clang_getCursorType(b->cur))) return 0;
    if (b->kind == CXCursor_DeclRefExpr) return refers_to(b, d);
    if (b->kind != CXCursor_ArraySubscriptExpr) return 0;
    n = b;
  }
}

/* Every value the body gives the variable d (its initializer, its assignments)
 * is fresh, and its address is never taken.  With elem, d is an array of
 * pointers (of any rank) and its elements' values are meant: stores
 * `d[i][j] = v`, and d used only subscripted down to an element. */
static int values_fresh(Origin *o, Node *n, CXCursor d, int elem) {
  Unit *u = o->c->u;
  if (n->kind == CXCursor_UnaryExpr) return 1;               /* sizeof */
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(n->cur, d)) {
    Node *init = access_var_init(u, n);
    if (init && !elem && !fe_null_pointer(init) && !fresh(o, init)) return 0;
    if (init && elem && init->kind == CXCursor_InitListExpr)
      for (int i = 0; i < init->nkid; i++)
        if (!fe_null_pointer(init->kid[i]) && !fresh(o, init->kid[i])) return 0;
  }
  if (n->kind == CXCursor_UnaryOperator && fe_is_addrof(u, n)) {
    Node *r = elem ? subscript_root(n->kid[0]) : fe_strip(n->kid[0]);
    if (r && refers_to(r, d)) return 0;
  }
  if (n->kind == CXCursor_BinaryOperator && fe_binop_is(u, n, "=")) {
    Node *l = fe_strip(n->kid[0]);
    int mine = elem ? element_of(l, d) : refers_to(l, d);
    if (mine && !fe_null_pointer(n->kid[1]) && !fresh(o, n->kid[1])) return 0;
  }
  if (elem && n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d)) {
    Node *top = n;                /* climb X[i][j]...: it must reach an element */
    for (Node *p = n->parent; p; p = p->parent) {
      if ((p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) continue;
      if (p->kind == CXCursor_ArraySubscriptExpr && fe_strip(p->kid[0]) == fe_strip(top)) { top = p; continue; }
      break;
    }
    if (top == n || is_array(clang_getCursorType(top->cur))) return 0;   /* decays elsewhere */
  }
  for (int i = 0; i < n->nkid; i++)
    if (!values_fresh(o, n->kid[i], d, elem)) return 0;
  return 1;
}

static int follow(Origin *o, CXCursor d, int elem) {
  for (int i = 0; i < o->nseen; i++)
    if (clang_equalCursors(o->seen[i], d)) return 1;
  if (o->nseen == (int)(sizeof o->seen / sizeof o->seen[0])) return 0;
  o->seen[o->nseen++] = d;
  return values_fresh(o, o->c->f->root, d, elem);
}

/* Is the memory the pointer variable d points to tracked by the analysis (an
 * owned buffer, a view into a tracked object), with dependencies of its own?
 * (A buffer delayc does not own has an object but none, as has one whose
 * address is stored (its tasks run serially); a pointer variable that is a
 * scalar object tracks the pointer, not what it points to.) */
int memory_tracked(Ctx *c, CXCursor d) {
  Obj *o = an_object_of(c->f, d);
  if (!o || o->escaped) return 0;
  if (o->kind == OBJ_VIEW) return o->base && !o->base->escaped;   /* a view of a buffer whose tasks run serially is not */
  return o->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, o);
}

static int is_local(CXCursor d) {
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  return clang_getCursorKind(d) == CXCursor_VarDecl && sc != CX_SC_Static && sc != CX_SC_Extern &&
         clang_getCursorKind(clang_getCursorSemanticParent(d)) != CXCursor_TranslationUnit;
}

/* A local array or variable declared in the function's outermost block (it
 * lives until the final wait) whose storage a task may reach through a
 * pointer: its ordinary uses, and the tasks that name it, order with
 * <memory> (memory_settle, shared_state.c). */
static int expose(Origin *o, CXCursor d) {
  Func *f = o->c->f;
  o->local = 1;
  Node *v = find_var(f, d);
  if (!v || !v->parent || v->parent->kind != CXCursor_DeclStmt || v->parent->parent != f->body) return 0;
  if (clang_Cursor_getStorageClass(d) == CX_SC_Register) return 0;
  for (int i = 0; i < f->nexposed; i++)
    if (clang_equalCursors(f->exposed[i], d)) return 1;
  f->exposed = xrealloc(f->exposed, (size_t)(f->nexposed + 1) * sizeof *f->exposed);
  f->exposed[f->nexposed++] = d;
  return 1;
}

static int is_global(CXCursor d) {
  return clang_getCursorKind(d) == CXCursor_VarDecl && !is_local(d);
}

/* A static local: a global's lifetime, but tracked as an object of the
 * function like a local (its tasks name it, not <memory>). */
static int is_static_local(CXCursor d) {
  return clang_getCursorKind(d) == CXCursor_VarDecl && clang_Cursor_getStorageClass(d) == CX_SC_Static &&
         clang_getCursorKind(clang_getCursorSemanticParent(d)) != CXCursor_TranslationUnit;
}

/* Can the pointer value n point into a local of this function, or into
 * memory whose tasks have dependencies of their own?  fresh() says no: it is
 * an allocator's result, a string, a parameter, a global's address or value,
 * a pointer loaded from memory (a local's address stored there would be
 * published, and its uses wait), offsets and copies of those through locals
 * delayc can follow.  Values that may point outside the function set
 * o->foreign. */
static int fresh(Origin *o, Node *n) {
  n = fe_strip(n);
  if (!n) return 0;
  switch (n->kind) {
  case CXCursor_StringLiteral:
    return 1;
  case CXCursor_CStyleCastExpr:
    return fresh(o, n->kid[n->nkid - 1]);
  case CXCursor_ConditionalOperator:
    return n->nkid == 3 && (fe_null_pointer(n->kid[1]) || fresh(o, n->kid[1])) && (fe_null_pointer(n->kid[2]) || fresh(o, n->kid[2]));
  case CXCursor_BinaryOperator: {
    if (n->nkid != 2 || !(fe_binop_is(o->c->u, n, "+") || fe_binop_is(o->c->u, n, "-"))) return 0;
    CXType l = clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur));
    return fresh(o, l.kind == CXType_Pointer || l.kind == CXType_ConstantArray || l.kind == CXType_IncompleteArray ||
                        l.kind == CXType_VariableArray
                        ? n->kid[0] : n->kid[1]);   /* (`double m[][N]`: libclang shows the array as written) */
  }
  case CXCursor_CallExpr: {
    if (allocator_call(o->c->u, n)) return 1;
    /* another function's result: it may point into what it was given — into
     * a local given to it only where that local's type holds what the result
     * points to (a `Node *` does not point into a `ParseState`) */
    CXType rt = clang_getCanonicalType(clang_getCursorType(n->cur));
    CXType want = rt.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(rt)) : rt;
    for (int i = 1; i < n->nkid; i++) {
      CXType t = clang_getCanonicalType(clang_getCursorType(n->kid[i]->cur));
      if (!(t.kind == CXType_Pointer || t.kind == CXType_ConstantArray) || fe_null_pointer(n->kid[i])) continue;
      if (!access_may_point_into(rt, t)) continue;   /* a `Node *` built from a `Pt *` array: not into it */
      int local = o->local;
      if (!fresh(o, n->kid[i])) return 0;
      CXType given = t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getArrayElementType(t);
      if (!local && o->local && !access_type_holds(clang_getCanonicalType(given), want, 0)) o->local = 0;
    }
    o->foreign = 1;
    return 1;
  }
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(n->cur);
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (t.kind == CXType_ConstantArray && is_static_local(d)) return expose(o, d);   /* its storage, as a local's */
    if (is_global(d)) {           /* a global's value, or its address (an array) */
      o->foreign = 1;
      return t.kind == CXType_Pointer || t.kind == CXType_ConstantArray;
    }
    if (t.kind == CXType_ConstantArray && is_local(d)) return expose(o, d);   /* a local array's storage */
    if ((t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray) && clang_getCursorKind(d) == CXCursor_ParmDecl)
      t.kind = CXType_Pointer;    /* `double m[][N]`, `double a[n][m]`: libclang shows the array as written; it is a pointer */
    if (t.kind != CXType_Pointer || memory_tracked(o->c, d)) return 0;   /* tracked memory */
    if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
      o->foreign = 1;
      return follow(o, d, 0);
    }
    return is_local(d) && follow(o, d, 0);
  }
  case CXCursor_UnaryOperator: {
    if (fe_is_deref(o->c->u, n) && n->nkid == 1 && is_array(clang_getCursorType(n->cur)))
      return fresh(o, n->kid[0]);     /* *(m + i) of `double (*m)[N]`: the row at m + i, as m[i] */
    if (!fe_is_addrof(o->c->u, n)) break;
    Node *x = fe_strip(n->kid[0]);        /* &p[i] with p a pointer: p + i */
    CXType xt = x && x->kind == CXCursor_ArraySubscriptExpr ? clang_getCanonicalType(clang_getCursorType(x->kid[0]->cur))
                                                             : (CXType){0};
    if (xt.kind == CXType_Pointer || xt.kind == CXType_IncompleteArray) return fresh(o, x->kid[0]);
    Node *r = subscript_root(n->kid[0]);   /* &g, &g[i]: a global's storage; &x, &a[i]: a local's */
    if (!r) return 0;
    CXCursor d = clang_getCursorReferenced(r->cur);
    if (is_local(d) || is_static_local(d)) return !memory_tracked(o->c, d) && expose(o, d);
    if (!is_global(d)) return 0;
    o->foreign = 1;
    return 1;
  }
  case CXCursor_MemberRefExpr: {
    /* an array member of a variable, s.arr (s.in.arr, v[k].arr): its storage */
    if (!is_array(clang_getCursorType(n->cur)) || tree_member_arrow(o->c->u, n)) break;
    Node *r = fe_strip(n->kid[0]);
    /* (an array indexed is seen through its decay: pairs[p].a) */
    while (r && ((r->kind == CXCursor_MemberRefExpr && !tree_member_arrow(o->c->u, r)) ||
                 (r->kind == CXCursor_ArraySubscriptExpr && fe_strip(r->kid[0]) &&
                  is_array(clang_getCursorType(fe_strip(r->kid[0])->cur)))))
      r = fe_strip(r->kid[0]);
    if (!r || r->kind != CXCursor_DeclRefExpr) break;
    CXCursor d = clang_getCursorReferenced(r->cur);
    if (is_local(d) || is_static_local(d)) return !memory_tracked(o->c, d) && expose(o, d);
    if (!is_global(d)) break;
    o->foreign = 1;
    return 1;
  }
  case CXCursor_ArraySubscriptExpr: {
    Node *b = fe_strip(n->kid[0]);
    CXType bt = b ? clang_getCanonicalType(clang_getCursorType(b->cur)) : (CXType){0};
    CXType nt = clang_getCanonicalType(clang_getCursorType(n->cur));
    int param = b && b->kind == CXCursor_DeclRefExpr &&
                clang_getCursorKind(clang_getCursorReferenced(b->cur)) == CXCursor_ParmDecl;
    if (b && (is_array(nt) || nt.kind == CXType_VariableArray) &&
        (bt.kind == CXType_Pointer || (bt.kind == CXType_IncompleteArray && b->kind == CXCursor_DeclRefExpr) ||
         (bt.kind == CXType_VariableArray && param)))
      return fresh(o, b);         /* m[i] of `double (*m)[N]`, `double m[][N]`, `double a[n][m]`: a row, m + i */
    Node *r = subscript_root(n);
    if (!r) break;                /* loaded through a pointer: below */
    CXCursor d = clang_getCursorReferenced(r->cur);
    if (!is_array(clang_getCursorType(d))) break;
    if (is_static_local(d)) return follow(o, d, 1);
    if (is_global(d)) {
      o->foreign = 1;
      return 1;
    }
    return is_local(d) && follow(o, d, 1);
  }
  default:
    break;
  }
  /* a pointer member of a local aggregate, b[s].v, st.buf, every pointer the
   * function stores in it fresh and none handed where it could change
   * (aggregate_fresh): a block of memory delayc does not track (blind round
   * 53b: vec_init(&b[s], DIM) then num_jacobi(&m[s], b[s].v, ...)) */
  if (n->kind == CXCursor_MemberRefExpr && n->nkid && clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Pointer) {
    Node *r = aggregate_root(n);
    CXCursor d = r ? clang_getCursorReferenced(r->cur) : clang_getNullCursor();
    for (int k = 0; r && k < o->depth; k++)   /* `p.a = p.b`, `t = p.a`: one of its own blocks (a swap) */
      if (clang_equalCursors(o->agg[k], d)) {
        o->foreign = 1;
        return 1;
      }
    if (r && is_local(d) && !memory_tracked(o->c, d) && o->depth < 2) {
      int local = o->local;
      o->local = 0;
      o->agg[o->depth++] = d;
      int ok = aggregate_fresh(o, o->c->f->root, d) && !o->local;   /* (not `a.v = store`, a local's) */
      o->depth--;
      o->local = local;
      if (ok) {
        o->foreign = 1;
        return 1;
      }
    }
  }
  /* a pointer loaded through a pointer (p->next, *pp, p[i]) */
  if ((n->kind == CXCursor_MemberRefExpr || n->kind == CXCursor_ArraySubscriptExpr ||
       (n->kind == CXCursor_UnaryOperator && fe_is_deref(o->c->u, n))) && n->nkid) {
    Node *b = fe_strip(n->kid[0]);
    /* p[i].m is (p + i)->m: loaded through p */
    if (b && n->kind == CXCursor_MemberRefExpr && b->kind == CXCursor_ArraySubscriptExpr && b->nkid == 2)
      b = fe_strip(b->kid[0]);
    CXType bt = b ? clang_getCanonicalType(clang_getCursorType(b->cur)) : (CXType){0};
    if (bt.kind == CXType_Pointer && fresh(o, b)) {
      o->foreign = 1;
      return 1;
    }
  }
  return 0;
}

/* ---- aggregates holding pointers: every pointer stored in them is fresh ---- */

/* The variable a part of an aggregate belongs to: V, V[i], V.m, V[i].m ...
 * (never through a pointer), or NULL. */
static Node *aggregate_root(Node *n) {
  for (n = fe_strip(n); n; n = fe_strip(n->kid[0])) {
    if (n->kind == CXCursor_DeclRefExpr) return n;
    if (!n->nkid) return NULL;
    CXType bt = clang_getCanonicalType(clang_getCursorType(fe_strip(n->kid[0])->cur));
    if (n->kind == CXCursor_ArraySubscriptExpr && bt.kind == CXType_ConstantArray) continue;
    if (n->kind == CXCursor_MemberRefExpr && bt.kind == CXType_Record) continue;
    return NULL;
  }
  return NULL;
}

/* The pointers a call's arguments give it are fresh (its result may point
 * into them). */
static int call_args_fresh(Origin *o, Node *call) {
  for (int i = 1; i < call->nkid; i++) {
    Node *a = call->kid[i];
    CXType t = clang_getCanonicalType(clang_getCursorType(a->cur));
    if (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray) {
      if (!fe_null_pointer(a) && !fresh(o, a)) return 0;
    } else if (fe_holds_pointer(t)) {
      return 0;
    }
  }
  o->foreign = 1;
  return 1;
}

static int init_fresh(Origin *o, Node *init) {
  if (!init) return 1;
  CXType t = clang_getCanonicalType(clang_getCursorType(init->cur));   /* as converted: a decayed array is a pointer */
  init = fe_strip(init);
  if (init->kind == CXCursor_CompoundLiteralExpr) {   /* (T){ ... }: its initializer list */
    for (int i = 0; i < init->nkid; i++)
      if (fe_strip(init->kid[i]) && fe_strip(init->kid[i])->kind == CXCursor_InitListExpr)
        return init_fresh(o, init->kid[i]);
    return 0;
  }
  if (init->kind == CXCursor_InitListExpr) {
    for (int i = 0; i < init->nkid; i++)
      if (!init_fresh(o, init->kid[i])) return 0;
    return 1;
  }
  if (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray) return fe_null_pointer(init) || fresh(o, init);
  if (!fe_holds_pointer(t)) return 1;
  return init->kind == CXCursor_CallExpr && call_args_fresh(o, init);
}

static Site *task_writing(Func *f, Node *target) {
  for (int i = 0; i < f->nsite; i++)
    if (!f->site[i]->serial && f->site[i]->target == target && f->site[i]->call) return f->site[i];
  return NULL;
}

/* Is the address n an argument of a call for a parameter that points to
 * const, which the callee neither writes through nor keeps (`peek(&arr[k])`
 * for `double peek(const Buffer *b)`)?  No pointer is stored through it. */
/* The direct call n (up to conversions) is an argument of, and its place
 * there in *k; else NULL. */
static Node *call_of_arg(Node *n, int *k) {
  Node *a = n, *call = n->parent;
  while (call && (call->kind == CXCursor_UnexposedExpr || call->kind == CXCursor_ParenExpr) && call->nkid == 1) {
    a = call;
    call = call->parent;
  }
  if (!call || call->kind != CXCursor_CallExpr || !fe_direct_callee(call)) return NULL;
  for (int i = 1; i < call->nkid; i++)
    if (call->kid[i] == a) { *k = i - 1; return call; }
  return NULL;
}

static int read_only_arg(Unit *u, Node *n) {
  int i;
  Node *call = call_of_arg(n, &i);
  if (!call) return 0;
  CXType ft = clang_getCanonicalType(clang_getCursorType(call->kid[0]->cur));
  if (ft.kind == CXType_Pointer) ft = clang_getCanonicalType(clang_getPointeeType(ft));
  if (ft.kind != CXType_FunctionProto || i >= clang_getNumArgTypes(ft)) return 0;
  CXType pt = clang_getCanonicalType(clang_getArgType(ft, (unsigned)i));
  if (pt.kind != CXType_Pointer || !clang_isConstQualifiedType(clang_getPointeeType(pt))) return 0;
  return !(fx_arg_mode(u, call, i) & (FX_WRITE | FX_KEEP));
}

int memory_read_only_arg(Unit *u, Node *n) { return read_only_arg(u, n); }

static int counted_unmoved(Unit *u, CXCursor fn, int k);

/* Is n, `&X[k]` (or `&x`) of a local aggregate, an argument of a call of a
 * function delayc sees that does not keep it, and that stores no pointer in
 * it, or whose other pointer arguments point to no local of the function
 * (fresh blocks, or memory it cannot place, as a global's)?  Whatever the
 * callee stores in the struct's members then points outside the function's
 * locals (process(&bufs[i])). */
static int given_alone(Origin *o, Node *n) {
  int k;
  Node *call = call_of_arg(n, &k);
  if (!call || (fx_arg_mode(o->c->u, call, k) & FX_KEEP)) return 0;
  Node *f = fe_direct_callee(call);
  const Effects *fx = callee_effects(o->c->u, fe_callee(o->c->u, clang_getCursorReferenced(f->cur)));
  if (!fx || fx->all) return 0;
  /* it stores no pointer there (or, its body seen, never re-points a
   * counted member): what the struct points to after the call, it pointed to
   * before (img_blur3(&in[i], &tmp[i]) of another file, --with) */
  if (!(fx_arg_mode(o->c->u, call, k) & FX_PSTORE) || counted_unmoved(o->c->u, clang_getCursorReferenced(f->cur), k)) {
    o->foreign = 1;
    return 1;
  }
  for (int i = 1; i < call->nkid; i++) {
    if (i - 1 == k) continue;
    CXType t = clang_getCanonicalType(clang_getCursorType(call->kid[i]->cur));
    if (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_Record)
      if (memory_may_be_local(o->c, call->kid[i])) return 0;
  }
  o->foreign = 1;                  /* (what the callee stores may be a global's) */
  return 1;
}

/* Every pointer the body stores into the local aggregate d (its initializer,
 * assignments to it or its parts, results of tasks written into it) is
 * fresh, and no pointer to it or its parts is taken but for a function that
 * only reads it, or is given it alone (given_alone). */
/* aggregate_root, and with through also P[i], P->m of the pointer P: the
 * records of a block it holds */
static Node *record_root(Node *n, int through) {
  for (n = fe_strip(n); n; n = fe_strip(n->kid[0])) {
    if (n->kind == CXCursor_DeclRefExpr) return n;
    if (!n->nkid) return NULL;
    Node *b = fe_strip(n->kid[0]);
    CXType bt = clang_getCanonicalType(clang_getCursorType(b->cur));
    if (n->kind == CXCursor_ArraySubscriptExpr && bt.kind == CXType_ConstantArray) continue;
    if (n->kind == CXCursor_MemberRefExpr && bt.kind == CXType_Record) continue;
    if (through && bt.kind == CXType_Pointer && b->kind == CXCursor_DeclRefExpr &&
        (n->kind == CXCursor_ArraySubscriptExpr || n->kind == CXCursor_MemberRefExpr))
      continue;
    return NULL;
  }
  return NULL;
}

static int aggregate_fresh(Origin *o, Node *n, CXCursor d) {
  Unit *u = o->c->u;
  if (n->kind == CXCursor_UnaryExpr) return 1;               /* sizeof */
  if (o->through && n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d)) {
    /* the pointer itself: indexed (its records, checked where they are
     * written or handed on), set, freed; or given to a function as
     * (&P[i], P + i) is: any other use may store anything in its records */
    Node *x = n, *p = n->parent;
    while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) { x = p; p = p->parent; }
    int ok = p && ((p->kind == CXCursor_ArraySubscriptExpr && p->kid[0] == x) || p->kind == CXCursor_MemberRefExpr ||
                   (fe_is_assign(u, p) && p->kid[0] == x));
    if (!ok && p && p->kind == CXCursor_CallExpr) {
      Node *f = fe_direct_callee(p);
      char *nm = f ? fe_spelling(clang_getCursorReferenced(f->cur)) : NULL;
      ok = (nm && !strcmp(nm, "free")) || read_only_arg(u, x) || given_alone(o, x);
      free(nm);
    }
    if (!ok && p && p->kind == CXCursor_BinaryOperator && fe_binop_is(u, p, "+"))   /* P + i handed on */
      ok = read_only_arg(u, p) || given_alone(o, p);
    if (!ok) return 0;
  }
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(n->cur, d)) {
    Site *t = task_writing(o->c->f, n);
    Node *init = access_var_init(u, n);
    if (t ? !call_args_fresh(o, t->call) : !init_fresh(o, init)) return 0;
  }
  if (fe_is_assign(u, n) && n->nkid == 2) {
    Node *r = record_root(n->kid[0], o->through);
    if (r && refers_to(r, d)) {
      Site *t = task_writing(o->c->f, n->kid[0]);
      if (t ? !call_args_fresh(o, t->call) : !init_fresh(o, n->kid[1])) return 0;
    }
  }
  if (n->kind == CXCursor_UnaryOperator && fe_is_addrof(u, n)) {
    Node *r = record_root(n->kid[0], o->through);
    if (r && refers_to(r, d) && !read_only_arg(u, n) && !given_alone(o, n)) return 0;
  }
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d)) {
    Node *p = n->parent;           /* an array decays only under a subscript */
    while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) p = p->parent;
    if (is_array(clang_getCursorType(d)) && (!p || p->kind != CXCursor_ArraySubscriptExpr)) return 0;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!aggregate_fresh(o, n->kid[i], d)) return 0;
  return 1;
}

/* ---- structs whose pointer members say their counts: DELAYED_N(field) ---- */

typedef struct Fields { char **name, **count; int n, ok; char *why; int *ro; CXType rec; } Fields;
/* why: a DELAYED_N naming no member; ro[k]: member k points to const (the task only reads it) */

typedef struct FieldCtx {
  Fields *fs; CXType rec;
  Node *body; CXCursor param;   /* a callee's body and its parameter of the struct, or NULL */
} FieldCtx;

/* Does the body name member fc anywhere, or use parameter p other than as
 * the base of a member (`p.n`, `p->data`: handed on whole, its address
 * taken)?  Else the task never reaches what fc points to. */
static int member_used(Node *n, CXCursor p, CXCursor fc) {
  if (n->kind == CXCursor_MemberRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), fc))
    return 1;
  if (n->kind == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), p)) {
    Node *up = n->parent;
    while (up && (up->kind == CXCursor_UnexposedExpr || up->kind == CXCursor_ParenExpr) && up->nkid == 1) up = up->parent;
    if (!up || up->kind != CXCursor_MemberRefExpr) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (member_used(n->kid[i], p, fc)) return 1;
  return 0;
}

static enum CXVisitorResult field_visit(CXCursor fc, CXClientData d) {
  FieldCtx *x = d;
  CXType t = clang_getCanonicalType(clang_getCursorType(fc));
  if (t.kind != CXType_Pointer) {
    if (fe_holds_pointer(t)) { x->fs->ok = 0; return CXVisit_Break; }   /* pointers deeper down */
    return CXVisit_Continue;
  }
  char *count = NULL;
  if (!fe_has_annotation(fc, "delayc.count", &count) || !count) {
    free(count);
    if (x->body && !member_used(x->body, x->param, clang_getCanonicalCursor(fc)))
      return CXVisit_Continue;   /* a member the task never uses (const char *name): no region to name */
    x->fs->ok = 0;
    return CXVisit_Break;
  }
  if (fe_holds_pointer(clang_getPointeeType(t))) {
    /* what it points to holds pointers in turn (Row *rows DELAYED_N(nrows),
     * each Row's int *v; char **words): a region of its elements does not
     * cover what those reach */
    char *nm = fe_spelling(fc);
    x->fs->why = fmt("member '%s' says DELAYED_N(%s), but its elements hold pointers, whose data no count covers",
                     nm, count);
    free(nm);
    free(count);
    x->fs->ok = 0;
    return CXVisit_Break;
  }
  char *nm = fe_spelling(fc), *text = fe_member_count(x->rec, count, "");
  free(text);
  if (!text) {
    x->fs->why = fmt("member '%s' says DELAYED_N(%s), which is not a number or an expression of the members of "
                     "its struct", nm, count);
    free(nm);
    free(count);
    x->fs->ok = 0;
    return CXVisit_Break;
  }
  x->fs->name = xrealloc(x->fs->name, (size_t)(x->fs->n + 1) * sizeof *x->fs->name);
  x->fs->count = xrealloc(x->fs->count, (size_t)(x->fs->n + 1) * sizeof *x->fs->count);
  x->fs->ro = xrealloc(x->fs->ro, (size_t)(x->fs->n + 1) * sizeof *x->fs->ro);
  x->fs->ro[x->fs->n] = clang_isConstQualifiedType(clang_getPointeeType(t));
  x->fs->name[x->fs->n] = nm;
  x->fs->count[x->fs->n++] = count;
  return CXVisit_Continue;
}

static void fields_free(Fields *fs) {
  for (int k = 0; k < fs->n; k++) { free(fs->name[k]); free(fs->count[k]); }
  free(fs->name);
  free(fs->count);
  free(fs->ro);
  free(fs->why);
}

/* Every pointer of a struct of type t is a member annotated DELAYED_N(m), m
 * an expression of its members (or a number), pointing to elements that hold
 * no pointers, and nothing else in it holds a pointer. */
static int counted_fields(CXType t, Fields *fs) {
  t = clang_getCanonicalType(t);
  *fs = (Fields){NULL, NULL, 0, 1, NULL, NULL, t};
  if (t.kind != CXType_Record) return 0;
  FieldCtx x = {fs, t, NULL, clang_getNullCursor()};
  clang_Type_visitFields(t, field_visit, &x);
  return fs->ok && fs->n;
}

/* counted_fields for argument i of s (a struct or a pointer to one, of
 * type t): pointer members the callee's body never uses need no count. */
static int site_counted_fields(Ctx *c, Site *s, int i, CXType t, Fields *fs) {
  t = clang_getCanonicalType(t);
  *fs = (Fields){NULL, NULL, 0, 1, NULL, NULL, t};
  if (t.kind != CXType_Record) return 0;
  CXCursor def = s->callee ? clang_getCursorDefinition(s->callee->cur) : clang_getNullCursor();
  Node *root = NULL, *body = NULL;
  if (!clang_Cursor_isNull(def) && i < clang_Cursor_getNumArguments(def)) {
    root = fe_tree(c->u, def);
    for (int k = 0; k < root->nkid; k++)
      if (root->kid[k]->kind == CXCursor_CompoundStmt) body = root->kid[k];
  }
  FieldCtx x = {fs, t, body, body ? clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)i))
                                  : clang_getNullCursor()};
  clang_Type_visitFields(t, field_visit, &x);
  if (root) fe_free_tree(root);
  return fs->ok && fs->n;
}

/* ---- a body that moves what the counts name ----
 *
 * The regions a task names from a struct's counted members are read at its
 * spawn.  A body that changes one of them (`v->n += 2`, `v.d += 1`,
 * `v->d[v->n++]`, the parameter itself) reaches past those regions: its
 * tasks are taken as reaching all memory instead (lint says so). */

typedef struct Moves {
  Unit *u; CXCursor p; const Fields *fs; Node *at; Node *body;
  int depth;                      /* in a helper given the struct, how deep (struct_handed) */
} Moves;

static int named_member(const Fields *fs, const char *m) {
  for (int k = 0; k < fs->n; k++)
    if (!strcmp(fs->name[k], m) || names_word(fs->count[k], m)) return 1;
  return 0;
}

/* Is lvalue x the parameter, or a counted member of it (or a member a count names)? */
static int moved_lvalue(Moves *mv, Node *x) {
  x = fe_strip(x);
  if (!x) return 0;
  if (x->kind == CXCursor_DeclRefExpr)
    return clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(x->cur)), mv->p);
  if (x->kind != CXCursor_MemberRefExpr || !x->nkid) return 0;
  Node *b = fe_strip(x->kid[0]);
  if (!b || b->kind != CXCursor_DeclRefExpr ||
      !clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(b->cur)), mv->p))
    return 0;
  char *m = fe_spelling(clang_getCursorReferenced(x->cur));
  int hit = named_member(mv->fs, m);
  free(m);
  return hit;
}

/* The counted member k of the parameter that x names (`p->u`), or -1. */
static int counted_member_of(Moves *mv, Node *x) {
  x = fe_strip(x);
  if (!x || x->kind != CXCursor_MemberRefExpr || !x->nkid) return -1;
  Node *b = fe_strip(x->kid[0]);
  if (!b || b->kind != CXCursor_DeclRefExpr ||
      !clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(b->cur)), mv->p))
    return -1;
  char *m = fe_spelling(clang_getCursorReferenced(x->cur));
  int at = -1;
  for (int k = 0; k < mv->fs->n && at < 0; k++)
    if (!strcmp(mv->fs->name[k], m)) at = k;
  free(m);
  return at;
}

/* Every value stored under n into local t is a counted member of the
 * parameter with count `count` (`tmp = d->u_prev`)? */
static int holds_member(Moves *mv, Node *n, CXCursor t, const char *count) {
  if ((n->kind == CXCursor_BinaryOperator && fe_is_assign(mv->u, n) && n->nkid == 2) ||
      (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), t))) {
    Node *l = n->kind == CXCursor_VarDecl ? NULL : fe_strip(n->kid[0]);
    Node *v = n->kind == CXCursor_VarDecl ? access_var_init(mv->u, n) : n->kid[1];
    if (n->kind == CXCursor_VarDecl ||
        (l && l->kind == CXCursor_DeclRefExpr &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), t))) {
      if (!v && n->kind == CXCursor_VarDecl) return 1;     /* declared, not set */
      int k = v ? counted_member_of(mv, v) : -1;
      if (k < 0 || strcmp(mv->fs->count[k], count)) return 0;
    }
  }
  if (n->kind == CXCursor_CompoundAssignOperator && n->nkid == 2) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), t))
      return 0;
  }
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && (fe_is_incdec(mv->u, n) || fe_is_addrof(mv->u, n))) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), t))
      return 0;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!holds_member(mv, n->kid[i], t, count)) return 0;
  return 1;
}

/* `p->u = p->v` or `p->u = tmp` (tmp only ever one of them) between counted
 * members of one count: the members swap the blocks they name (a leapfrog's
 * u_prev, u, u_next), which stay the ones the task's regions named. */
static int member_swap(Moves *mv, Node *assign) {
  if (assign->kind != CXCursor_BinaryOperator || !fe_is_assign(mv->u, assign) || assign->nkid != 2 || !mv->body) return 0;
  int k = counted_member_of(mv, assign->kid[0]);
  if (k < 0) return 0;
  Node *v = fe_strip(assign->kid[1]);
  int j = counted_member_of(mv, v);
  if (j >= 0) return !strcmp(mv->fs->count[j], mv->fs->count[k]);
  if (!v || v->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor t = clang_getCanonicalCursor(clang_getCursorReferenced(v->cur));
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(t);
  if (clang_getCursorKind(t) != CXCursor_VarDecl || sc == CX_SC_Static || sc == CX_SC_Extern) return 0;
  return holds_member(mv, mv->body, t, mv->fs->count[k]);
}

/* Is argument a the parameter itself, p, &*p or &p[0]? */
static int param_itself(Moves *mv, Node *a) {
  a = fe_strip(a);
  if (a && a->kind == CXCursor_UnaryOperator && fe_is_addrof(mv->u, a) && a->nkid) {
    Node *x = fe_strip(a->kid[0]);
    if (x && x->kind == CXCursor_UnaryOperator && fe_is_deref(mv->u, x) && x->nkid) a = fe_strip(x->kid[0]);
    else if (x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2 && fe_null_pointer(x->kid[1])) a = fe_strip(x->kid[0]);
    else return 0;
  }
  return a && a->kind == CXCursor_DeclRefExpr &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(a->cur)), mv->p);
}

static void find_moves(Moves *mv, Node *n);

/* Does the file's function called at `call` change what the counted members
 * of its parameter k name (3 calls deep; its body unseen: yes)?  A helper
 * that only swaps them (plate_step's double buffer, blind 64a) does not. */
static int callee_moves(Moves *mv, Node *call, int k) {
  static int depth;
  Node *f = fe_direct_callee(call);
  CXCursor def = f ? clang_getCursorDefinition(clang_getCursorReferenced(f->cur)) : clang_getNullCursor();
  if (clang_Cursor_isNull(def) || k >= clang_Cursor_getNumArguments(def) || depth >= 3) return 1;
  Node *body, *root = fe_def_tree(mv->u, def, &body);
  Moves in = {mv->u, clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)k)), mv->fs, NULL, body, 0};
  depth++;
  if (body) find_moves(&in, body);
  depth--;
  int moved = !body || in.at != NULL;
  fe_free_tree(root);
  return moved;
}

static void find_moves(Moves *mv, Node *n) {
  if (mv->at) return;
  Unit *u = mv->u;
  /* the parameter handed to a function that stores pointers into it (a
   * constructor, `gen_branch(&*b, seed)` in a loop's body made a function):
   * what its members name is set there */
  if (n->kind == CXCursor_CallExpr)
    for (int i = 1; i < n->nkid && !mv->at; i++)
      if (param_itself(mv, n->kid[i]) && (fx_arg_mode(u, n, i - 1) & (FX_PSTORE | FX_KEEP)) && callee_moves(mv, n, i - 1))
        mv->at = n;
  if (((n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n)) || n->kind == CXCursor_CompoundAssignOperator) &&
      n->nkid == 2 && moved_lvalue(mv, n->kid[0]) && !member_swap(mv, n))
    mv->at = n;
  else if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && (fe_is_incdec(u, n) || fe_is_addrof(u, n)) &&
           moved_lvalue(mv, n->kid[0]) && fe_strip(n->kid[0])->kind == CXCursor_MemberRefExpr)
    mv->at = n;                    /* v->n++, &v->n (the parameter's own address is no move) */
  else if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && fe_is_incdec(u, n) && moved_lvalue(mv, n->kid[0]))
    mv->at = n;                    /* v++ */
  for (int i = 0; i < n->nkid && !mv->at; i++) find_moves(mv, n->kid[i]);
}

/* The statement text where the callee of s changes what the counted members
 * of its parameter i (fs) name, or NULL. */
static char *members_moved(Ctx *c, Site *s, int i, const Fields *fs) {
  CXCursor def = s->callee ? clang_getCursorDefinition(s->callee->cur) : clang_getNullCursor();
  if (clang_Cursor_isNull(def) || i >= clang_Cursor_getNumArguments(def)) return NULL;
  Node *body, *root = fe_def_tree(c->u, def, &body);
  Moves mv = {c->u, clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)i)), fs, NULL, body, 0};
  if (body) find_moves(&mv, body);
  char *t = mv.at ? fe_text(c->u, mv.at->beg, mv.at->end) : NULL;
  fe_free_tree(root);
  return t;
}

/* The node in body where it changes what the counted members of struct
 * parameter p (a struct or a pointer to one) name, or NULL: lint's finding,
 * and member_checks.c leaves such a function's accesses unchecked (its tasks
 * reach all memory). */
/* The node scan finds in body for struct parameter p's counted members, or NULL. */
static Node *members_scan(Unit *u, Node *body, CXCursor p, void (*scan)(Moves *, Node *)) {
  CXType t = clang_getCanonicalType(clang_getCursorType(p));
  Fields fs;
  if (!counted_fields(t.kind == CXType_Pointer ? clang_getPointeeType(t) : t, &fs)) {
    fields_free(&fs);
    return NULL;
  }
  Moves mv = {u, clang_getCanonicalCursor(p), &fs, NULL, body, 0};
  scan(&mv, body);
  fields_free(&fs);
  return mv.at;
}

Node *memory_members_moved(Unit *u, Node *body, CXCursor p) { return members_scan(u, body, p, find_moves); }

/* ---- uses of a counted member that no check reaches ----
 * member_checks.c checks `P->m[e]` (and, by the bytes they copy or set,
 * memcpy/memmove/memset/memcmp given `P->m`); a counted member handed to a
 * helper (`touch(b->px, m)`), aliased (`int *q = b->px`), offset or taken
 * the address of an element of, could go past its count unseen, the task's
 * regions then a lie delayc trusted (blind 68b: a count of 16 for 24
 * elements, lost updates).  Such a function's tasks reach all memory. */

static int mem_family(const char *nm, int arg) {
  if (!strcmp(nm, "memset")) return arg == 0;
  return (!strcmp(nm, "memcpy") || !strcmp(nm, "memmove") || !strcmp(nm, "memcmp")) && (arg == 0 || arg == 1);
}

static char *squeezed(const char *t) {
  char *s = xstrdup(t), *o = s;
  for (const char *p = t; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n') *o++ = *p;
  *o = 0;
  while (o - s > 2 && s[0] == '(' && o[-1] == ')' && !strchr(s + 1, '(')) {   /* "(b->n)": b->n */
    memmove(s, s + 1, (size_t)(o - s - 2));
    o -= 2;
    *o = 0;
  }
  return s;
}

/* A helper of the file given the member and its count (`isort(b->keys,
 * b->n)`, count the member's DELAYED_N over the same struct): does its body
 * keep within [0, count) of that parameter?  Shown within (ranges.c), or not
 * shown either way: the helper is given the declared count as its own
 * bound, and a use it goes past it by is shown beyond; a use no analysis
 * follows (stored, handed where delayc cannot see) is not accepted. */
/* The argument of call other than a that spells the member's count over
 * its struct (`b->n` for b->keys DELAYED_N(n)), or -1. */
static int count_arg(Unit *u, Node *call, int a, Node *member, const char *count) {
  Node *mr = fe_strip(member), *b = mr && mr->nkid ? fe_strip(mr->kid[0]) : NULL;
  if (!b) return -1;
  char *base = fe_text(u, b->beg, b->end);
  CXType bt = clang_getCanonicalType(clang_getCursorType(b->cur));
  CXType rec = bt.kind == CXType_Pointer ? clang_getPointeeType(bt) : bt;
  char *at = fmt("%s%s", base, bt.kind == CXType_Pointer ? "->" : "."), *ct = fe_member_count(rec, count, at);
  char *want = ct ? squeezed(ct) : NULL;
  int j = -1;
  for (int i = 1; want && i < call->nkid && j < 0; i++) {
    char *t = fe_text(u, call->kid[i]->beg, call->kid[i]->end), *q = squeezed(t);
    if (!strcmp(q, want) && i - 1 != a) j = i - 1;
    free(t);
    free(q);
  }
  free(base);
  free(at);
  free(ct);
  free(want);
  return j;
}


static int helper_within(Unit *u, Node *call, int a, Node *member, const char *count) {
  Node *f = fe_direct_callee(call);
  CXCursor def = f ? clang_getCursorDefinition(clang_getCursorReferenced(f->cur)) : clang_getNullCursor();
  if (clang_Cursor_isNull(def) || a >= clang_Cursor_getNumArguments(def)) return 0;
  int j = count_arg(u, call, a, member, count);
  if (j < 0 || j >= clang_Cursor_getNumArguments(def)) return 0;
  char *hi = fe_spelling(clang_Cursor_getArgument(def, (unsigned)j));
  Node *body, *root = fe_def_tree(u, def, &body);
  int ok = 0;
  if (body && *hi) {
    ExtentUse *x = NULL;
    int nx = fx_extent_uses(u, body, def, a, "0", hi, 0, &x);
    ok = 1;
    for (int i = 0; i < nx; i++) ok &= x[i].fit == FIT_WITHIN || x[i].fit == FIT_UNKNOWN;
    fx_extent_uses_free(x, nx);
  }
  fe_free_tree(root);
  free(hi);
  return ok;
}

/* Is x a counted member of the parameter with count `count`? */
static int same_count_member(Moves *mv, Node *x, const char *count) {
  int k = counted_member_of(mv, x);
  return k >= 0 && !strcmp(mv->fs->count[k], count);
}

typedef struct TempUses { Moves *mv; CXCursor t; const char *count; int bad; } TempUses;

/* every use of local t: set, or stored into a counted member of the same count */
static void temp_uses(TempUses *x, Node *n) {
  if (x->bad) return;
  if (n->kind == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), x->t)) {
    Node *k = n, *p = n->parent;
    while (p && (p->kind == CXCursor_ParenExpr || (p->kind == CXCursor_UnexposedExpr && p->nkid == 1))) {
      k = p;
      p = p->parent;
    }
    int set = p && p->kind == CXCursor_BinaryOperator && fe_is_assign(x->mv->u, p) && fe_strip(p->kid[0]) == n;
    int into = p && p->kind == CXCursor_BinaryOperator && fe_is_assign(x->mv->u, p) && p->kid[1] == k &&
               same_count_member(x->mv, p->kid[0], x->count);
    if (!set && !into) x->bad = 1;
    return;
  }
  for (int i = 0; i < n->nkid && !x->bad; i++) temp_uses(x, n->kid[i]);
}

/* `t = d->prev; d->prev = d->cur; d->cur = t;`: t a temporary of the swap */
static int swap_temp(Moves *mv, CXCursor t, const char *count) {
  if (!mv->body || !access_is_local_var(t) || !holds_member(mv, mv->body, t, count)) return 0;
  TempUses x = {mv, clang_getCanonicalCursor(t), count, 0};
  temp_uses(&x, mv->body);
  return !x.bad;
}

/* Is n inside a sizeof (no access: `sizeof *b->data`)? */
static int under_sizeof(Node *n) {
  for (Node *p = n->parent; p && clang_isExpression(p->kind); p = p->parent)
    if (p->kind == CXCursor_UnaryExpr) return 1;
  return 0;
}

/* Is the use n (`P->m`) of a counted member one a check reaches, or no access at all? */
static int member_use_checked(Moves *mv, Node *n, const char *count) {
  Unit *u = mv->u;
  if (under_sizeof(n)) return 1;
  Node *k = n, *p = n->parent;
  int moved = 0;                  /* offset from the member (P->m + e, &P->m[e]): only handed to a checked call */
  for (;;) {
    while (p && (p->kind == CXCursor_ParenExpr || p->kind == CXCursor_CStyleCastExpr ||
                 (p->kind == CXCursor_UnexposedExpr && p->nkid == 1))) {
      k = p;
      p = p->parent;
    }
    if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[0] == k &&
        (fe_binop_is(u, p, "+") || fe_binop_is(u, p, "-")) &&
        clang_getCanonicalType(clang_getCursorType(p->cur)).kind == CXType_Pointer) {
      k = p;
      p = p->parent;
      moved = 1;
      continue;
    }
    if (p && p->kind == CXCursor_ArraySubscriptExpr && p->nkid == 2 && p->kid[0] == k) {
      Node *up = p->parent;
      while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
      if (up && up->kind == CXCursor_UnaryOperator && fe_is_addrof(u, up)) {
        k = up;
        p = up->parent;
        moved = 1;
        continue;
      }
    }
    break;
  }
  if (!p) return 0;
  if (moved && p->kind != CXCursor_CallExpr) return 0;
  switch (p->kind) {
  case CXCursor_ArraySubscriptExpr: {
    if (p->nkid != 2 || p->kid[0] != k || access_no_text(u, p) || access_no_text(u, p->kid[1])) return 0;
    Node *up = p->parent;
    while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
    return !(up && up->kind == CXCursor_UnaryOperator && fe_is_addrof(u, up));   /* &P->m[e]: a pointer, unchecked */
  }
  case CXCursor_BinaryOperator:
    if (fe_binop_is(u, p, "==") || fe_binop_is(u, p, "!=") || fe_binop_is(u, p, "&&") || fe_binop_is(u, p, "||"))
      return 1;
    if (fe_is_assign(u, p) && p->kid[0] == k) return 1;   /* P->m = ...: a move (find_moves) */
    if (fe_is_assign(u, p) && p->kid[1] == k) {           /* P->prev = P->cur; t = P->prev: a swap */
      Node *l = fe_strip(p->kid[0]);
      if (same_count_member(mv, l, count)) return 1;
      return l && l->kind == CXCursor_DeclRefExpr && swap_temp(mv, clang_getCursorReferenced(l->cur), count);
    }
    return 0;
  case CXCursor_VarDecl:                                  /* double *t = P->prev; */
    return swap_temp(mv, p->cur, count);
  case CXCursor_UnaryOperator:
    return !fe_is_addrof(u, p) && !fe_is_deref(u, p) && !fe_is_incdec(u, p);   /* !P->m */
  case CXCursor_UnaryExpr:
    return 1;                                               /* sizeof */
  case CXCursor_IfStmt: case CXCursor_WhileStmt: case CXCursor_ConditionalOperator:
    return p->nkid && p->kid[0] == k;
  case CXCursor_CallExpr: {
    Node *f = fe_direct_callee(p);
    if (!f || access_no_text(u, p)) return 0;
    char buf[64], *nm = fe_spelling(clang_getCursorReferenced(f->cur));
    const char *ln = fx_library_name(nm, buf, sizeof buf);
    int arg = -1;
    for (int i = 1; i < p->nkid; i++)
      if (p->kid[i] == k) arg = i - 1;
    /* (a helper checked by a copy of itself: member_checks.c) */
    int ok = mem_family(ln, arg) ||
             (arg >= 0 && !fx_library(ln) &&
              (helper_within(u, p, arg, n, count) || memory_summary_within(u, p, arg) >= 0 ||
               (!mv->depth && fx_helper_clonable(u, p, arg))));
    free(nm);
    return ok;
  }
  default:
    return 0;
  }
}

/* A use of the parameter itself that copies the whole struct, its counted
 * pointers with it (`Buf c = *b;`, `arr[0] = *b`, the struct by value handed
 * on): what the copy reaches no check follows (blind 70b: a count too small,
 * written past through the copy). */
static int whole_copy(Moves *mv, Node *ref) {
  Unit *u = mv->u;
  Node *k = ref, *p = ref->parent;
  while (p && (p->kind == CXCursor_ParenExpr || (p->kind == CXCursor_UnexposedExpr && p->nkid == 1))) {
    k = p;
    p = p->parent;
  }
  if (!p) return 0;
  CXType t = clang_getCanonicalType(clang_getCursorType(ref->cur));
  if (t.kind == CXType_Record)                      /* a struct by value: anything but P.m copies it */
    return p->kind != CXCursor_MemberRefExpr && p->kind != CXCursor_UnaryExpr &&
           !(p->kind == CXCursor_UnaryOperator && fe_is_addrof(u, p));
  /* a pointer: *P or P[k] used as a struct value (not P->m, (*P).m, &P[k]) */
  Node *e = NULL;
  if (p->kind == CXCursor_UnaryOperator && fe_is_deref(u, p)) e = p;
  else if (p->kind == CXCursor_ArraySubscriptExpr && p->nkid == 2 && p->kid[0] == k) e = p;
  if (!e) return 0;
  Node *q = e->parent;
  while (q && q->kind == CXCursor_ParenExpr) q = q->parent;
  if (!q || q->kind == CXCursor_MemberRefExpr || q->kind == CXCursor_UnaryExpr ||
      (q->kind == CXCursor_UnaryOperator && fe_is_addrof(u, q)))
    return 0;
  return 1;
}

static int param_use_checked(Moves *mv, Node *ref);

static void find_unchecked(Moves *mv, Node *n) {
  if (mv->at) return;
  int k = counted_member_of(mv, n);
  if (k >= 0) {
    if (!member_use_checked(mv, n, mv->fs->count[k])) mv->at = n;
    return;
  }
  if (n->kind == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), mv->p) &&
      (whole_copy(mv, n) || !param_use_checked(mv, n))) {
    mv->at = n;
    return;
  }
  for (int i = 0; i < n->nkid && !mv->at; i++) find_unchecked(mv, n->kid[i]);
}

/* A function of another file given a counted member as argument a, whose
 * summary says every use of it stays within [0, its argument j) (program.c:
 * crc32_buf(b->out, b->outlen) in crc.c): j, checked at the call against the
 * member's count (lower/member_checks.c), or -1. */
int memory_summary_within(Unit *u, Node *call, int a) {
  Node *f = fe_direct_callee(call);
  if (!f || call->macro || !clang_Cursor_isNull(clang_getCursorDefinition(clang_getCursorReferenced(f->cur))))
    return -1;
  char *name = fe_spelling(clang_getCursorReferenced(f->cur));
  const Effects *e = fx_program_lookup(name);
  free(name);
  int j = e && a < e->nparam ? fx_param_within(e->param[a]) : -1;
  if (j < 0 || j + 1 >= call->nkid || call->kid[1 + j]->macro || call->kid[1 + a]->macro || !fx_side_free(u, call->kid[1 + j]))
    return -1;                      /* (the count is evaluated again by the check) */
  return j;
}

/* ---- the struct itself handed on ----
 * `setm(b, i, v)` with `b->data[i] = v` in setm: the helper reaches the
 * members as the task does, and past a count too small just as silently
 * (blind 70b).  A helper of the file is called through a copy of itself
 * that checks its uses against the bounds the task read
 * (lower/member_checks.c); so the helper must use the members only where
 * such a check reaches, change no count, and hand the struct only to
 * helpers of the same kind (itself included).  A DELAYED callee checks its
 * own body.  Anything else — a function in another file, a `void *`
 * parameter, an alias `Buf *c = b` — is a use no check reaches. */

typedef struct Stack { CXCursor def[4]; int n; } Stack;
static Stack handing;             /* the helpers being weighed, outermost first */

static int struct_handed(Unit *u, Node *call, int a, CXType rec, int depth) {
  Node *f = fe_direct_callee(call);
  if (!f || a < 0 || a + 1 >= call->nkid || call->macro || call->kid[1 + a]->macro || u->src[call->end - 1] != ')')
    return 0;
  CXCursor fc = clang_getCursorReferenced(f->cur), def = clang_getCursorDefinition(fc);
  if (clang_Cursor_isNull(def) || !fe_in_main(u, def) || clang_Cursor_isVariadic(def) ||
      a >= clang_Cursor_getNumArguments(def))
    return 0;
  CXCursor q = clang_Cursor_getArgument(def, (unsigned)a);
  CXType qt = clang_getCanonicalType(clang_getCursorType(q));
  if (qt.kind != CXType_Pointer ||
      !clang_equalCursors(clang_getTypeDeclaration(clang_getCanonicalType(clang_getPointeeType(qt))),
                          clang_getTypeDeclaration(rec)))
    return 0;                       /* (a void *: anything may be made of it) */
  CXCursor cd = clang_getCanonicalCursor(def);
  for (int i = 0; i < handing.n; i++)
    if (clang_equalCursors(handing.def[i], cd)) return 1;   /* itself, from its own copy: the same checks */
  Callee *ce = fe_callee(u, fc);
  int delayed = ce && ce->delayed;
  Node *body, *root = fe_def_tree(u, def, &body);
  unsigned name_at, def_at;
  int ok = body && depth < 3 && handing.n < 4 &&
           (delayed || !fe_copy_refusal(u, def, root, body, &name_at, &def_at));
  if (ok) {
    Fields fs;
    counted_fields(rec, &fs);
    Moves mv = {u, clang_getCanonicalCursor(q), &fs, NULL, body, delayed ? 0 : depth + 1};
    handing.def[handing.n++] = cd;
    find_moves(&mv, body);
    if (!mv.at) find_unchecked(&mv, body);
    handing.n--;
    ok = !mv.at;
    fields_free(&fs);
  }
  fe_free_tree(root);
  return ok;
}

/* Does n name a parameter that is a pointer or a struct of counted members? */
static int names_pointer_param(Node *n) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor v = clang_getCursorReferenced(n->cur);
    if (clang_getCursorKind(v) == CXCursor_ParmDecl) {
      CXType t = clang_getCanonicalType(clang_getCursorType(v));
      Fields fs;
      int counted = t.kind == CXType_Pointer || counted_fields(t, &fs);
      if (t.kind != CXType_Pointer) fields_free(&fs);
      if (counted) return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (names_pointer_param(n->kid[i])) return 1;
  return 0;
}

/* Does an argument of call other than a name a parameter's pointer (h(b, c),
 * h(b, out + k))?  Its checks would be another copy of the same helper
 * (lower/extent_checks.c): one copy checks one struct, nothing else. */
static int other_struct_arg(Node *call, int a) {
  for (int i = 1; i < call->nkid; i++) {
    CXType t = clang_getCanonicalType(clang_getCursorType(call->kid[i]->cur));
    if (i - 1 != a && (t.kind == CXType_Pointer || t.kind == CXType_Record) && names_pointer_param(call->kid[i]))
      return 1;                     /* (b->n, a count: no copy) */
  }
  return 0;
}

/* Is ref, the struct parameter itself (p, or &p for one by value), used
 * where nothing past its counts is reached unchecked: tested, sizeof,
 * a member named, handed to a library function that does not copy it, or
 * to a helper struct_handed accepts? */
static int param_use_checked(Moves *mv, Node *ref) {
  Unit *u = mv->u;
  Node *k = ref, *p = ref->parent;
  while (p && (p->kind == CXCursor_ParenExpr || p->kind == CXCursor_CStyleCastExpr ||
               (p->kind == CXCursor_UnexposedExpr && p->nkid == 1))) {
    k = p;
    p = p->parent;
  }
  if (!p) return 1;
  CXType t = clang_getCanonicalType(clang_getCursorType(ref->cur));
  if (t.kind == CXType_Record) {    /* by value: only &p is handed on (the rest: whole_copy) */
    if (p->kind != CXCursor_UnaryOperator || !fe_is_addrof(u, p)) return 1;
    k = p;
    p = p->parent;
    while (p && (p->kind == CXCursor_ParenExpr || p->kind == CXCursor_CStyleCastExpr ||
                 (p->kind == CXCursor_UnexposedExpr && p->nkid == 1))) {
      k = p;
      p = p->parent;
    }
    if (!p) return 1;
  } else if (t.kind != CXType_Pointer) {
    return 1;
  }
  switch (p->kind) {
  case CXCursor_MemberRefExpr: case CXCursor_UnaryExpr:
    return 1;                                        /* p->m (counted_member_of weighs it), sizeof */
  case CXCursor_UnaryOperator:
    return fe_is_deref(u, p) || (!fe_is_addrof(u, p) && !fe_is_incdec(u, p));   /* *p: whole_copy; !p */
  case CXCursor_ArraySubscriptExpr:
    /* p[0]: whole_copy weighs it; p[i], an array of them, the task's own
     * extent checks; in a helper's copy, which checks no extent, past it */
    return p->kid[0] == k && (!mv->depth || fe_null_pointer(p->kid[1]));
  case CXCursor_BinaryOperator:
    return fe_binop_is(u, p, "==") || fe_binop_is(u, p, "!=") || fe_binop_is(u, p, "&&") || fe_binop_is(u, p, "||");
  case CXCursor_IfStmt: case CXCursor_WhileStmt: case CXCursor_ConditionalOperator: case CXCursor_DoStmt:
    return p->nkid && p->kid[0] == k;
  case CXCursor_CallExpr: {
    int arg = -1;
    for (int i = 1; i < p->nkid; i++)
      if (p->kid[i] == k) arg = i - 1;
    Node *f = fe_direct_callee(p);
    if (arg < 0 || !f) return 0;
    char buf[64], *nm = fe_spelling(clang_getCursorReferenced(f->cur));
    const char *ln = fx_library_name(nm, buf, sizeof buf);
    int ok = fx_library(ln) ? !((!strcmp(ln, "memcpy") || !strcmp(ln, "memmove")) && arg == 1)
                            : !other_struct_arg(p, arg) && struct_handed(u, p, arg, mv->fs->rec, mv->depth);
    free(nm);
    return ok;
  }
  default:
    return 0;                                        /* stored, returned, aliased, offset */
  }
}

/* Called by lower/member_checks.c for a call in a DELAYED body or in a
 * helper's checked copy: argument a is the struct of counted members
 * itself; 1 when the callee is a helper to call through a checked copy, 2
 * a DELAYED function (its own checks), 0 neither. */
int memory_struct_handed(Unit *u, Node *call, int a, CXType rec) {
  if (!struct_handed(u, call, a, clang_getCanonicalType(rec), 0)) return 0;
  Node *f = fe_direct_callee(call);
  Callee *ce = fe_callee(u, clang_getCursorReferenced(f->cur));
  return ce && ce->delayed ? 2 : 1;
}

/* The first use in body of a counted member of struct parameter p that no
 * check reaches, or NULL. */
Node *memory_members_unchecked(Unit *u, Node *body, CXCursor p) {
  return members_scan(u, body, p, find_unchecked);
}

/* ... the statement text of it, for argument i of s, or NULL */
static char *members_unchecked(Ctx *c, Site *s, int i) {
  CXCursor def = s->callee ? clang_getCursorDefinition(s->callee->cur) : clang_getNullCursor();
  if (clang_Cursor_isNull(def) || i >= clang_Cursor_getNumArguments(def)) return NULL;
  Node *body, *root = fe_def_tree(c->u, def, &body);
  Node *at = body ? memory_members_unchecked(c->u, body, clang_Cursor_getArgument(def, (unsigned)i)) : NULL;
  Node *st = at;
  while (st && st->parent && st->parent != body) st = st->parent;
  char *t = st ? fe_text(c->u, st->beg, fe_stmt_end(c->u, st)) : NULL;
  fe_free_tree(root);
  return t;
}

static void explain_unchecked(Ctx *c, Site *s, int i, const char *at) {
  char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
  char *line = xstrdup(at);
  char *nl = strchr(line, '\n');
  if (nl) strcpy(nl, " ...");
  an_explain(c->a, s->call, "call of '%s': argument '%s' holds pointers whose members say their counts, but '%s' uses "
             "one where no check of that count reaches ('%s': the member or the struct handed to a function whose "
             "body is in another file or that takes a void *, aliased or offset): the task is taken as reaching all memory through pointers; index the member itself "
             "where it is used", s->callee->label, t, s->callee->label, line);
  free(line);
  free(t);
}

/* Parameter k of fn points to a struct whose pointer members all say their
 * counts, and fn's body (visible here) never changes what they name: nothing
 * it stores in that struct is a pointer (process(&src[i], &bufs[i]), blind
 * round 53a: a second local array of such structs was "memory delayc cannot
 * track"). */
static int counted_unmoved(Unit *u, CXCursor fn, int k) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || k >= clang_Cursor_getNumArguments(def)) return 0;
  CXCursor p = clang_Cursor_getArgument(def, (unsigned)k);
  CXType t = clang_getCanonicalType(clang_getCursorType(p));
  Fields fs;
  int counted = t.kind == CXType_Pointer && counted_fields(clang_getPointeeType(t), &fs);
  if (t.kind == CXType_Pointer) fields_free(&fs);
  if (!counted) return 0;
  Node *body, *root = fe_def_tree(u, def, &body);
  int ok = body && !memory_members_moved(u, body, p);
  fe_free_tree(root);
  return ok;
}

static void explain_moved(Ctx *c, Site *s, int i, const char *at) {
  char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
  an_explain(c->a, s->call, "call of '%s': argument '%s' holds pointers whose members say their counts, but '%s' "
             "changes what they name ('%s'): the regions read at the spawn would not be what it reaches, so the task "
             "is taken as reaching all memory through pointers", s->callee->label, t, s->callee->label, at);
  free(t);
}

/* One region of <memory> m per counted member of argument i of s, the struct
 * reached as `(arg)` + sep (sep "." by value, "->" through a pointer):
 * `((arg)->data)` for its count, read only for a member pointing to const. */
static void member_deps(Site *s, Obj *m, int i, Fields *fs, Acc acc, const char *sep) {
  char *hole = plan_hole_arg(s->id, i);
  for (int k = 0; k < fs->n; k++) {
    char *at = fmt("(%s)%s", hole, sep), *cnt = fe_member_count(fs->rec, fs->count[k], at);
    add_dep(s, m, fs->ro[k] ? ACC_IN : acc, NULL, fmt("(%s%s)", at, fs->name[k]), cnt);
    free(at);
  }
  free(hole);
}

/* Is t a struct whose pointer members all say their counts (DELAYED_N), or
 * a pointer to one?  (Its tasks may then name what it reaches:
 * memory_deep_through, memory_deep_element.) */
/* ---- the edit that makes a struct's pointers followable ---- */

typedef struct Uncounted { Buf list; int n; } Uncounted;

static enum CXVisitorResult uncounted_field(CXCursor fc, CXClientData d) {
  Uncounted *x = d;
  CXType t = clang_getCanonicalType(clang_getCursorType(fc));
  char *count = NULL;
  if (t.kind == CXType_Pointer && clang_getCanonicalType(clang_getPointeeType(t)).kind != CXType_FunctionProto &&
      !fe_holds_pointer(clang_getPointeeType(t)) &&     /* (char **keys: a count would not cover its strings) */
      !(fe_has_annotation(fc, "delayc.count", &count) && count)) {
    char *nm = fe_spelling(fc), *ts = fe_type(clang_getCursorType(fc));
    if (ts && x->n < 3)
      buf_printf(&x->list, "%s%s%s%s DELAYED_N(count)", x->n ? ", " : "", ts, ts[strlen(ts) - 1] == '*' ? "" : " ", nm);
    x->n++;
    free(nm);
    free(ts);
  }
  free(count);
  return CXVisit_Continue;
}

char *memory_count_edit(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind == CXType_Pointer) t = clang_getCanonicalType(clang_getPointeeType(t));
  if (t.kind != CXType_Record) return NULL;
  Uncounted x = {{0}, 0};
  buf_add(&x.list, "", 0);
  clang_Type_visitFields(t, uncounted_field, &x);
  char *r = NULL;
  if (x.n) {
    char *rec = fe_type(t);
    const char *shown = rec ? rec : "the struct";
    while (!strncmp(shown, "const ", 6) || !strncmp(shown, "volatile ", 9)) shown = strchr(shown, ' ') + 1;
    r = fmt("say in '%s' how many elements each pointer member points to, where it declares them (%s%s, count "
            "a member or a number)", shown, x.list.s, x.n > 3 ? ", ..." : "");
    free(rec);
  } else {
    Fields fs;
    counted_fields(t, &fs);
    if (fs.why) r = xstrdup(fs.why);
    fields_free(&fs);
  }
  free(x.list.s);
  return r;
}

/* Argument i of s holds pointers delayc cannot follow: an ordinary call,
 * the edit named when there is one. */
void serialize_untracked(Ctx *c, Site *s, int i) {
  char *loose = members_unchecked(c, s, i);
  if (loose) {                      /* the counts are said, but a use of a member goes where no check follows */
    char *nl = strchr(loose, '\n');
    if (nl) strcpy(nl, " ...");
    char *why = fmt("argument %d holds pointers whose members say their counts, but '%s' uses one where no check of "
                    "that count reaches ('%s': the member or the struct handed to a function whose body is in "
                    "another file or that takes a void *, aliased or offset); index the member itself where it is used, or give the helper's body to this file",
                    i + 1, s->callee->label, loose);
    serialize(c->a, s, why);
    free(why);
    free(loose);
    return;
  }
  Param *pm = i < s->callee->nparam ? &s->callee->param[i] : NULL;
  CXType at = clang_getCanonicalType(clang_getCursorType(s->arg[i]->cur));
  Fields fs;
  int several = pm && ((pm->count && strcmp(pm->count, "1")) || pm->first || pm->rows) && at.kind == CXType_Pointer &&
                counted_fields(clang_getPointeeType(at), &fs);
  if (at.kind == CXType_Pointer && pm && ((pm->count && strcmp(pm->count, "1")) || pm->first || pm->rows))
    fields_free(&fs);
  if (several) {                    /* (memory_deep_element) */
    char *why = fmt("argument %d points to several structs whose pointer members say their counts, and a task names "
                    "the regions of one struct's members only: give each call one struct (&a[j], DELAYED_INOUT on "
                    "'%s')", i + 1, pm->name);
    serialize(c->a, s, why);
    free(why);
    return;
  }
  char *edit = memory_count_edit(clang_getCursorType(s->arg[i]->cur));
  char *why = edit ? fmt("argument %d holds pointers to memory delayc cannot track: %s", i + 1, edit)
                   : fmt("argument %d holds pointers to memory delayc cannot track", i + 1);
  serialize(c->a, s, why);
  free(why);
  free(edit);
}

/* Does argument a point into a local aggregate (&recs[k], &st) every
 * pointer of which the function sets to a fresh block (make_batch filling
 * keys[i] with malloc)?  What the task reads through it, all the way down,
 * is then memory delayc does not track, never another local. */
int memory_local_fresh(Ctx *c, Node *a) {
  a = fe_strip(a);
  if (a && a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a) && a->nkid) a = a->kid[0];
  Node *r = aggregate_root(a);
  int through = 0;
  if (!r) {                        /* &docs[d], docs + d: records of a block a local pointer holds */
    r = record_root(a, 1);
    Node *s = fe_strip(a);
    if (!r && s && s->kind == CXCursor_BinaryOperator && s->nkid == 2 && fe_binop_is(c->u, s, "+")) r = fe_strip(s->kid[0]);
    if (!r || r->kind != CXCursor_DeclRefExpr ||
        clang_getCanonicalType(clang_getCursorType(r->cur)).kind != CXType_Pointer)
      return 0;
    through = 1;
  }
  CXCursor d = clang_getCursorReferenced(r->cur);
  if (!is_local(d) || (!through && memory_tracked(c, d))) return 0;
  Origin o = {.c = c, .through = through};
  if (!aggregate_fresh(&o, c->f->root, d) || o.local) return 0;
  memory_get(c->f)->foreign |= o.foreign;
  return 1;
}

int memory_counted_struct(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind != CXType_Pointer && t.kind != CXType_Record) return 0;
  Fields fs;
  int ok = counted_fields(t.kind == CXType_Pointer ? clang_getPointeeType(t) : t, &fs);
  fields_free(&fs);
  return ok;
}

int memory_counted_struct_at(Ctx *c, Site *s, int i) {
  CXType t = clang_getCanonicalType(clang_getCursorType(s->arg[i]->cur));
  if (t.kind != CXType_Pointer && t.kind != CXType_Record) return 0;
  Fields fs;
  int ok = site_counted_fields(c, s, i, t.kind == CXType_Pointer ? clang_getPointeeType(t) : t, &fs);
  fields_free(&fs);
  return ok;
}

/* Is a, a struct by value, an element P[k] of a block a pointer variable
 * of the function points to (not a global's)? */
int memory_block_element(Node *a) {
  a = fe_strip(a);
  if (!a || a->kind != CXCursor_ArraySubscriptExpr || a->nkid != 2) return 0;
  if (clang_getCanonicalType(clang_getCursorType(a->cur)).kind != CXType_Record) return 0;
  Node *b = fe_strip(a->kid[0]);
  if (!b || b->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor d = clang_getCursorReferenced(b->cur);
  return (clang_getCursorKind(d) == CXCursor_ParmDecl || (clang_getCursorKind(d) == CXCursor_VarDecl && is_local(d))) &&
         clang_getCanonicalType(clang_getCursorType(d)).kind == CXType_Pointer;
}

/* Argument i of s, a struct passed by value that holds pointers: when every
 * pointer ever stored in the local it comes from is fresh, the task depends
 * on all of <memory> — reading it when the callee only reads what those
 * pointers reach (tasks that only read run together), else writing it.  When
 * each pointer member says its count (DELAYED_N), on the regions they reach:
 * `arg.data` for `arg.n` elements. */
int memory_deep(Ctx *c, Site *s, int i) {
  Origin o = {.c = c};
  Node *a = fe_strip(s->arg[i]);
  int element = 0;
  if (a && a->kind == CXCursor_CallExpr && !site_of_call(c->f, a)) {
    if (!call_args_fresh(&o, a)) return 0;   /* a struct a helper returns: its pointers come from its arguments */
  } else if (memory_block_element(a)) {
    /* recs[k] of a block a pointer variable points to (blind 72b): taken at
     * the spawn, once the tasks writing it are done (members_at_spawn), its
     * counted members name the task's regions, as &recs[k]'s do */
    if (!s->argspawn[i] || !s->members_at_spawn || !s->members_at_spawn[i]) return 0;
    element = 1;
    o.foreign = 1;
  } else {
    Node *r = aggregate_root(s->arg[i]);
    if (!r) return 0;
    CXCursor d = clang_getCursorReferenced(r->cur);
    if (!is_local(d) || memory_tracked(c, d)) return 0;
    if (!aggregate_fresh(&o, c->f->root, d)) return 0;
  }
  Obj *m = memory_get(c->f);
  m->foreign |= o.foreign;
  Acc acc = fx_arg_mode(c->u, s->call, i) & FX_WRITE ? ACC_INOUT : ACC_IN;
  char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
  Fields fs;
  int counted = site_counted_fields(c, s, i, clang_getCursorType(s->arg[i]->cur), &fs);
  if (fs.why)
    an_explain(c->a, s->call, "call of '%s': argument '%s': %s; the task depends on all memory reached through pointers",
               s->callee->label, t, fs.why);
  char *moved = counted ? members_moved(c, s, i, &fs) : NULL;
  if (moved) {
    explain_moved(c, s, i, moved);
    counted = 0;
    free(moved);
  }
  char *loose = counted ? members_unchecked(c, s, i) : NULL;
  if (loose) {
    explain_unchecked(c, s, i, loose);
    counted = 0;
    free(loose);
  }
  if (s->argspawn[i] && counted) {
    member_deps(s, m, i, &fs, acc, ".");
    an_explain(c->a, s->call, "call of '%s': argument '%s' holds pointers whose members say their counts "
               "(DELAYED_N): the task declares their regions, and runs once no running task overlaps them%s",
               s->callee->label, t, acc == ACC_IN ? " with a write" : "");
    fields_free(&fs);
    free(t);
    return 1;
  }
  fields_free(&fs);
  if (element) {                  /* (where its members point, nothing says) */
    free(t);
    return 0;
  }
  add_dep(s, m, acc, NULL, NULL, NULL);
  an_explain(c->a, s->call, "call of '%s': argument '%s' holds pointers to memory delayc does not track; the task is "
             "ordered with every task that %s memory through pointers", s->callee->label, t,
             acc == ACC_IN ? "writes" : "reads or writes");
  free(t);
  return 1;
}

/* The counted members' regions of argument i of s, a pointer to the struct
 * (fs): read at the spawn, after the tasks writing that struct (the site's
 * members_at_spawn: shared_state_argwaits), and --explain's line.  A struct
 * the task sets (DELAYED_OUT, a constructor: build(&bufs[k], n)) names none:
 * its members at the spawn are not yet what it will reach, and what it sets
 * them to (fresh memory) no other task knows before it is done. */
static void pointed_members(Ctx *c, Site *s, int i, Fields *fs) {
  if (s->callee->param[i].dir == DIR_OUT) return;
  Acc acc = fx_arg_mode(c->u, s->call, i) & FX_WRITE ? ACC_INOUT : ACC_IN;
  member_deps(s, memory_get(c->f), i, fs, acc, "->");
  if (!s->members_at_spawn) s->members_at_spawn = xcalloc((size_t)s->narg + 1, 1);
  s->members_at_spawn[i] = 1;
  char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
  an_explain(c->a, s->call, "call of '%s': argument '%s' points to a struct whose pointer members say their counts "
             "(DELAYED_N): the task declares their regions, read when it is spawned, and runs once no running task "
             "overlaps them%s", s->callee->label, t, acc == ACC_IN ? " with a write" : "");
  free(t);
}

/* Argument i of s, `&X[k]` (or `&x`) of a local aggregate whose pointers are
 * fresh (aggregate_fresh), for a parameter pointing to a struct whose pointer
 * members all say their counts (DELAYED_N): the regions those members reach,
 * `(&X[k])->data` for `(&X[k])->n` elements (pointed_members; the struct
 * itself is the caller's dependency, pointer_region).  0: not such an
 * argument. */
int memory_deep_through(Ctx *c, Site *s, int i) {
  Node *a = fe_strip(s->arg[i]);
  if (!a || !s->argspawn[i] || a->kind != CXCursor_UnaryOperator || !fe_is_addrof(c->u, a)) return 0;
  Node *r = aggregate_root(a->kid[0]);
  if (!r) return 0;
  CXCursor d = clang_getCursorReferenced(r->cur);
  if (!is_local(d) || memory_tracked(c, d)) return 0;
  for (int k = 0; k < c->f->nsite; k++) {     /* a task's result stored in it: read at the spawn too early */
    Site *t = c->f->site[k];
    Node *tr = t->target ? aggregate_root(t->target) : NULL;
    if (tr && refers_to(tr, d)) return 0;
  }
  Origin o = {.c = c};
  if (!aggregate_fresh(&o, c->f->root, d)) return 0;
  Fields fs;
  CXType pt = clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(a->cur)));
  char *moved = NULL;
  char *loose = NULL;
  if (!site_counted_fields(c, s, i, pt, &fs) || (moved = members_moved(c, s, i, &fs)) ||
      (loose = members_unchecked(c, s, i))) {
    if (moved) explain_moved(c, s, i, moved);
    if (loose) explain_unchecked(c, s, i, loose);
    free(moved);
    free(loose);
    fields_free(&fs);
    return 0;
  }
  memory_get(c->f)->foreign |= o.foreign;
  pointed_members(c, s, i, &fs);
  fields_free(&fs);
  return 1;
}

/* The pointer variable an argument points into a struct through: A, &P[k],
 * P + k (P a pointer variable, or an array of static storage: a global's
 * element, a static local's, as untracked memory); else NULL. */
static Node *struct_pointer_base(Ctx *c, Node *a) {
  a = fe_strip(a);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  Node *b = NULL;
  if (a && a->kind == CXCursor_DeclRefExpr) b = a;
  else if (a && a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a) && a->nkid) {
    Node *x = fe_strip(a->kid[0]);
    if (x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) b = fe_strip(x->kid[0]);
  } else if (a && a->kind == CXCursor_ArraySubscriptExpr && a->nkid == 2) {
    /* imgs[i] of `Image *imgs[N]` or `Image **imgs`, each made by a
     * constructor: the array of pointers (memory_region follows its values) */
    Node *x = fe_strip(a->kid[0]);
    CXCursor d = x && x->kind == CXCursor_DeclRefExpr ? clang_getCursorReferenced(x->cur) : clang_getNullCursor();
    enum CXCursorKind k = clang_getCursorKind(d);
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    CXType e = t.kind == CXType_ConstantArray ? clang_getArrayElementType(t)
             : t.kind == CXType_Pointer ? clang_getPointeeType(t) : (CXType){0};
    if ((k == CXCursor_VarDecl || k == CXCursor_ParmDecl) && clang_getCanonicalType(e).kind == CXType_Pointer)
      return x;
    return NULL;
  } else if (a && a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(c->u, a, "+")) {
    b = fe_strip(a->kid[0]);
  }
  if (!b || b->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = clang_getCursorReferenced(b->cur);
  enum CXCursorKind k = clang_getCursorKind(d);
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  int static_array = k == CXCursor_VarDecl && t.kind == CXType_ConstantArray && a != b &&
                     clang_Cursor_hasVarDeclGlobalStorage(d) == 1;
  if ((k != CXCursor_VarDecl && k != CXCursor_ParmDecl) || (t.kind != CXType_Pointer && !static_array)) return NULL;
  return b;
}

/* ---- does a function write a struct parameter's own bytes? ----
 * `image_blur(Image *im)` writes im->px[i], never im->w, im->h or im->px
 * themselves: its task reads the struct and writes only the regions of its
 * members, so the next spawn, which reads those members, need not wait for
 * it (blind 67a: blur, then mean, of each constructed image ran one after
 * the other).  Read from the body's text: a use of the parameter that is
 * not a load of a member or an element, a test of the pointer, or a call
 * of a function of the file that passes the same test, counts as a write. */

/* Argument i of s points to a struct reached through a pointer variable
 * (spmv's `const csr *A` handed on, a record `&recs[i]` of a malloc'd array)
 * whose pointer members all say their counts (DELAYED_N): the regions those
 * members reach, `(&recs[i])->data` for `(&recs[i])->len` elements.  Their
 * places and counts are read at the spawn, so the spawn first waits for the
 * tasks writing that struct (s->members_at_spawn: shared_state_argwaits).
 * local: pointer_region found the struct in an object of the function (an
 * owned buffer), which names it; else it is a region of <memory>.  0: not
 * such an argument. */
int memory_deep_element(Ctx *c, Site *s, int i, int local) {
  Param *pm = i < s->callee->nparam ? &s->callee->param[i] : NULL;
  if (!pm || pm->dir == DIR_VALUE || !s->argspawn[i] || !struct_pointer_base(c, s->arg[i])) return 0;
  /* an array of such structs (DELAYED_INOUT_N(k) Buf *bs): the members of
   * bs[1] ... are not named by bs[0]'s (blind 72b: a second handle on
   * bs[1].v ran beside the task writing it) */
  if ((pm->count && strcmp(pm->count, "1")) || pm->first || pm->rows) {
    char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
    an_explain(c->a, s->call, "call of '%s': argument '%s' points to several structs whose pointer members say their "
               "counts, and a task names the regions of one struct's members only: give each call one struct "
               "(&a[j], DELAYED_INOUT on the parameter)", s->callee->label, t);
    free(t);
    return 0;
  }
  Fields fs;
  CXType pt = clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(fe_strip(s->arg[i])->cur)));
  char *moved = NULL;
  int before = s->ndep;
  char *loose = NULL;
  if (!site_counted_fields(c, s, i, pt, &fs) || (moved = members_moved(c, s, i, &fs)) ||
      (loose = members_unchecked(c, s, i)) || (!local && !memory_region(c, s, i, pm))) {   /* (the struct's own bytes) */
    if (moved) explain_moved(c, s, i, moved);
    if (loose) explain_unchecked(c, s, i, loose);
    free(moved);
    free(loose);
    fields_free(&fs);
    return 0;
  }
  /* a task writing only what the members point to reads the struct itself */
  if (s->ndep > before && s->dep[before].acc != ACC_IN && !fx_own_bytes_written(c->u, s->callee->cur, i, 0))
    s->dep[before].acc = ACC_IN;
  memory_get(c->f)->foreign = 1;               /* the members may point into globals */
  pointed_members(c, s, i, &fs);
  fields_free(&fs);
  return 1;
}

/* ---- the object and the tasks' regions ---- */

Obj *memory_obj(Func *f) {
  for (int i = 0; i < f->nobj; i++)
    if (f->obj[i]->ext == EXT_MEMORY) return f->obj[i];
  return NULL;
}

/* <memory>, made on first use: its tasks name run-time regions. */
Obj *memory_get(Func *f) {
  Obj *m = memory_obj(f);
  if (!m) {
    m = shared_object(f, EXT_MEMORY, "<memory>", "");
    m->regions = 1;
  }
  return m;
}

/* May the pointer value n point into a local of the function (whose own
 * pointers may lead to other locals no dependency names)?  1 also when its
 * origin cannot be followed. */
int memory_may_be_local(Ctx *c, Node *n) {
  Origin o = {.c = c};
  return !fresh(&o, n) || o.local;
}

/* Would argument i of s be a region of <memory> (a pointer delayc follows to
 * fresh memory) were its parameter annotated?  (Nothing is added.) */
int memory_region_if_counted(Ctx *c, Site *s, int i) {
  if (!s->argspawn[i] || arg_reads_pending(c, s->arg[i])) return 0;
  CXType pt = clang_getCanonicalType(clang_getCursorType(s->arg[i]->cur));
  if (pt.kind != CXType_Pointer) return 0;
  Origin o = {.c = c};
  return fresh(&o, s->arg[i]) && !o.local;
}

/* Argument i of s, for parameter pm, as a region of <memory>; 0 when its
 * origin cannot be followed (the caller keeps the call serial). */
int memory_region(Ctx *c, Site *s, int i, Param *pm) {
  if ((pm->vm && !pm->vm_row) || !s->argspawn[i] || arg_reads_pending(c, s->arg[i])) return 0;
  CXType pt = clang_getCanonicalType(clang_getCursorType(s->arg[i]->cur));
  /* an array argument decays (libclang may show the array, not the cast,
   * for a parameter of pointer to const rows: `const double t[][M]`; a row
   * of a variable-length row type, `double a[n][m]`, is one too) */
  int array = pt.kind == CXType_ConstantArray || pt.kind == CXType_IncompleteArray || pt.kind == CXType_VariableArray;
  if (pt.kind != CXType_Pointer && !array) return 0;
  Origin o = {.c = c};
  if (!fresh(&o, s->arg[i])) return 0;
  Obj *m = memory_get(c->f);
  m->foreign |= o.foreign;
  int isvoid = !array && clang_getCanonicalType(clang_getPointeeType(pt)).kind == CXType_Void;
  char *hole = plan_hole_arg(s->id, i);
  char *start = isvoid || pm->vm_row ? fmt("((const char *)%s)", hole) : xstrdup(hole);
  free(hole);
  char *count = pm->count ? subst_params(s, pm->count) : pm->annotated && !pm->unchecked ? xstrdup("1") : NULL;
  if (pm->count && !count) {
    free(start);
    return 0;
  }
  const char *pfirst = pm->first;
  char *row = pm->vm_row ? subst_params(s, pm->vm_row) : NULL;   /* rows of a run-time length: in bytes */
  if (pm->vm_row && (!row || pm->rows)) {
    free(start);
    free(count);
    free(row);
    return 0;
  }
  if (row && count) {
    char *t = fmt("(long long)(%s) * (%s)", count, row);
    free(count);
    count = t;
  }
  if (row && pfirst) {
    char *f = subst_params(s, pfirst), *t = f ? fmt("%s + (long long)(%s) * (%s)", start, f, row) : NULL;
    free(f);
    free(start);
    free(row);
    if (!t) { free(count); return 0; }
    start = t;
    row = NULL;
    pfirst = NULL;                /* (taken) */
  }
  free(row);
  if (pfirst) {                   /* DELAYED_*_RANGE(lo, hi): from element lo of where it points */
    char *f = subst_params(s, pfirst), *t = f ? fmt("%s + (%s)", start, f) : NULL;
    free(f);
    free(start);
    if (!t) { free(count); return 0; }
    start = t;
  }
  if (!count) {                   /* no count: all of memory, a pointer may index either way */
    free(start);
    start = NULL;
  }
  Dep *d = add_dep(s, m, dir_acc(pm->dir), NULL, start, count);
  if (pm->rows && count) {        /* DELAYED_*_2D: rows blocks, ld elements apart */
    d->rows = subst_params(s, pm->rows);
    d->ld = subst_params(s, pm->ld);
    if (!d->rows || !d->ld) { d->start = NULL; d->count = NULL; d->rows = d->ld = NULL; }   /* all of memory */
  }
  char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
  if (count)
    an_explain(c->a, s->call, "call of '%s': pointer argument '%s' points to memory delayc does not track; the task "
               "declares its region (%s from where it points), and runs once no running task overlaps it%s",
               s->callee->label, t, pm->rows ? "its block of rows of the count's elements" : pm->first ? "its range of elements"
               : pm->count ? "the count's elements" : "one element",
               pm->dir == DIR_IN ? " with a write" : "");
  else if (!pm->reaches) {      /* data holding pointers is read all the way down: deps.c says so */
    /* the annotation to suggest: what the body does with it (an unannotated
     * pointer to non-const only read is IN) */
    int reads_only = pm->dir == DIR_IN || (!pm->annotated && !(fx_arg_mode(c->u, s->call, i) & FX_WRITE));
    if (pm->unchecked)
      an_explain(c->a, s->call, "call of '%s': pointer argument '%s' points to memory delayc does not track, and the "
                 "count on parameter '%s' cannot be checked (delayc lint says which use): the task is ordered with every "
                 "task that %s memory through pointers", s->callee->label, t, pm->name,
                 pm->dir == DIR_IN ? "writes" : "reads or writes");
    else
      an_explain(c->a, s->call, "call of '%s': pointer argument '%s' points to memory delayc does not track and "
                 "parameter '%s' has no count: the task is ordered with every task that %s memory through "
                 "pointers (DELAYED_%s_N(n) on '%s' would name only its n elements)", s->callee->label, t, pm->name,
                 pm->dir == DIR_IN ? "writes" : "reads or writes", reads_only ? "IN" : pm->dir == DIR_OUT ? "OUT" : "INOUT",
                 pm->name);
  } else if (!pm->annotated) {  /* a struct of counted members, &bufs[k] of a global array (blind 63b: no edit said) */
    int reads_only = !(fx_arg_mode(c->u, s->call, i) & FX_WRITE);
    an_explain(c->a, s->call, "call of '%s': pointer argument '%s' points to memory delayc does not track and "
               "parameter '%s' says no direction, so not how much of it the task touches (one struct, or an array of "
               "them): the task is ordered with every task that %s memory through pointers (DELAYED_%s on '%s' says "
               "one)", s->callee->label, t, pm->name, reads_only ? "writes" : "reads or writes",
               reads_only ? "IN" : "INOUT", pm->name);
  }
  free(t);
  return 1;
}

/* Argument i of s is a pointer a task has not returned yet (`x = make(n);
 * use(x, n);`): when every value the variable holds is fresh (a call given no
 * local's address returns it), the argument is read inside the task, after its
 * producer, and the task depends on all of <memory> (its region's address is
 * not known at the spawn). */
int memory_pending(Ctx *c, Site *s, int i, Param *pm) {
  Node *a = fe_strip(s->arg[i]);
  if (pm->vm || !a) return 0;
  Node *r = a->kind == CXCursor_ArraySubscriptExpr ? fe_strip(a->kid[0]) : a;
  if (!r || r->kind != CXCursor_DeclRefExpr) return 0;
  Obj *o = an_object_of(c->f, clang_getCursorReferenced(r->cur));
  if (!o || o->escaped || (a != r && o->kind != OBJ_ARRAY) || (a == r && o->kind != OBJ_SCALAR)) return 0;
  char *idx = a != r ? index_text(c, a->kid[1]) : NULL;
  if (a != r && !idx) return 0;
  Origin org = {.c = c};
  if (!fresh(&org, s->arg[i])) { free(idx); return 0; }
  Obj *m = memory_get(c->f);
  m->foreign |= org.foreign;
  s->argtask[i] = 1;
  add_dep(s, o, ACC_IN, idx, NULL, NULL);
  add_dep(s, m, dir_acc(pm->dir), NULL, NULL, NULL);
  char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
  an_explain(c->a, s->call, "call of '%s': pointer argument '%s' is a pending result, a block no other name reaches: "
             "the task reads it after its producer and is ordered with every task that %s memory through pointers",
             s->callee->label, t, pm->dir == DIR_IN ? "writes" : "reads or writes");
  free(t);
  return 1;
}

/* Can the spawn name the global o's bytes as a region of <memory> (`&g`,
 * `sizeof g`)?  Its type complete, its name not hidden by a local. */
int global_bytes_nameable(Func *f, Obj *o) {
  if (clang_Cursor_isNull(o->decl) || !o->name) return 0;
  long long size = clang_Type_getSizeOf(clang_getCursorType(o->decl));
  if (size <= 0) return 0;
  for (int k = 0; k < f->nobj; k++)
    if (!f->obj[k]->ext && f->obj[k]->name && !strcmp(f->obj[k]->name, o->name)) return 0;
  return 1;
}

/* A region may lie in a global: tasks on globals order with the regions of
 * <memory> that overlap its bytes, or all of <memory> when the spawn cannot
 * name them (ordinary code on globals: shared_state.c). */
void memory_globals(Ctx *c) {
  Func *f = c->f;
  Obj *m = memory_obj(f);
  if (!m) return;
  /* a task naming an exposed local by its own dependencies: with all of <memory> too */
  for (int i = 0; i < f->nsite && f->nexposed; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    int acc = -1, n = s->ndep;
    for (int k = 0; k < n; k++) {
      Obj *o = s->dep[k].obj;
      int hit = 0;
      for (int e = 0; e < f->nexposed && !hit && !o->ext && !clang_Cursor_isNull(o->decl); e++)
        hit = clang_equalCursors(f->exposed[e], o->decl);
      if (hit) acc = acc < 0 ? (int)s->dep[k].acc : acc == (int)s->dep[k].acc ? acc : ACC_INOUT;
    }
    if (acc >= 0) add_dep(s, m, (Acc)acc, NULL, NULL, NULL);
  }
  if (!m->foreign) return;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    int acc = -1, n = s->ndep;
    for (int k = 0; k < n; k++) {
      Obj *o = s->dep[k].obj;
      if (o->ext == EXT_GLOBAL && o->unaddressed) continue;   /* no region of <memory> lies in it */
      if (o->ext == EXT_GLOBAL && global_bytes_nameable(f, o)) {
        /* the global's own bytes: only the regions that overlap them */
        add_dep(s, m, s->dep[k].acc, NULL, fmt("(&(%s))", o->name), xstrdup("1"));
        continue;
      }
      if (o->ext == EXT_GLOBAL || (o->ext == EXT_RESOURCE && o->res == RES_GLOBALS))
        acc = acc < 0 ? (int)s->dep[k].acc : acc == (int)s->dep[k].acc ? acc : ACC_INOUT;
    }
    if (acc >= 0) add_dep(s, m, (Acc)acc, NULL, NULL, NULL);
  }
}

/* ---- results stored through pointers ---- */

/* n is a global array, or a row of one (g, g[i]: arrays all the way down):
 * the global's declaration, else a null cursor. */
static CXCursor global_array_part(Node *n) {
  for (n = fe_strip(n); n && n->kind == CXCursor_ArraySubscriptExpr; n = fe_strip(n->kid[0]))
    if (!is_array(clang_getCursorType(n->cur))) return clang_getNullCursor();
  if (!n || n->kind != CXCursor_DeclRefExpr || !is_array(clang_getCursorType(n->cur))) return clang_getNullCursor();
  CXCursor d = clang_getCursorReferenced(n->cur);
  return is_global(d) ? clang_getCanonicalCursor(d) : clang_getNullCursor();
}

/* Is the global g one no region of <memory> lies in: a static whose address
 * the file never takes (fx_unaddressed), no task of this function storing its
 * result into it either? */
int memory_unaddressed(Ctx *c, CXCursor g) {
  if (!fx_unaddressed(c->u, g)) return 0;
  g = clang_getCanonicalCursor(g);
  for (int i = 0; i < c->f->ngstored; i++)
    if (clang_equalCursors(c->f->gstored[i], g)) return 0;
  return 1;
}

/* A task stores its result into the global g (g[i] = f(x)): its uses order
 * with the tasks' regions of <memory>, as an addressed global's do. */
static void stored_global(Ctx *c, CXCursor g) {
  Func *f = c->f;
  if (!memory_unaddressed(c, g)) return;
  f->gstored = xrealloc(f->gstored, (size_t)(f->ngstored + 1) * sizeof *f->gstored);
  f->gstored[f->ngstored++] = g;
  for (int k = 0; k < f->nobj; k++)
    if (f->obj[k]->ext == EXT_GLOBAL && clang_equalCursors(f->obj[k]->decl, g)) f->obj[k]->unaddressed = 0;
}

/* `out[i] = f(x)`, `*p = f(x)`, `p->m = f(x)` (t with its `.m` members taken
 * off), p a pointer delayc can follow to memory no tracked object holds: the
 * task writes that element, a region of <memory>.  0: it cannot. */
/* x is p[i], *p or p->m with p a pointer variable delayc can follow to memory
 * no tracked object holds: that element's address as a region's start,
 * "(&(x))", and <memory> marked as possibly global when p may be; NULL when
 * it cannot follow p. */
static char *followed_element(Ctx *c, Node *x, Node *p) {
  Node *pv = fe_strip(p);
  /* p a pointer variable, or an array member (s.arr, b->vals, as in s.arr[i]) */
  CXType pt = pv ? clang_getCanonicalType(clang_getCursorType(pv->cur)) : (CXType){0};
  int member_array = pv && pv->kind == CXCursor_MemberRefExpr && pt.kind == CXType_ConstantArray;
  /* a global array, g[i], g[i][j] (a local one is an object of its own: set_target) */
  CXCursor g = pv && pt.kind == CXType_ConstantArray ? global_array_part(pv) : clang_getNullCursor();
  int global_array = !clang_Cursor_isNull(g);
  if (!pv || (!member_array && !global_array && (pv->kind != CXCursor_DeclRefExpr || pt.kind != CXType_Pointer)))
    return NULL;
  if (!pure_expr(c->u, x) || has_macro(x)) return NULL;
  Origin o = {.c = c};
  if (!fresh(&o, pv)) return NULL;
  memory_get(c->f)->foreign |= o.foreign;
  if (global_array) stored_global(c, g);
  char *txt = fe_text(c->u, x->beg, x->end);
  char *r = fmt("(&(%s))", txt);
  free(txt);
  return r;
}

int memory_target(Ctx *c, Site *s, Node *t) {
  Node *x = fe_strip(t), *p = NULL;
  if (!x) return 0;
  if (x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) p = x->kid[0];
  else if (x->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, x) && x->nkid == 1) p = x->kid[0];
  else if (tree_member_arrow(c->u, x)) p = x->kid[0];              /* p->m: the struct */
  if (!p) return 0;
  /* a member's bytes, not the struct's: another rank's copy of its other
   * members (a list's `next`) must not travel with it */
  char *at = followed_element(c, x, p);
  if (!at) return 0;
  if (x->kind == CXCursor_MemberRefExpr) s->tmember = 1;      /* a member of *p: the task keeps the rest */
  s->tmem = at;
  return 1;
}

/* An argument read inside the task (it reads a pending result) names p[i],
 * p a pointer: the task reads that element, a region of <memory>, after the
 * task that writes it.  0: delayc cannot follow p. */
int memory_read_dep(Ctx *c, Site *s, Node *elem) {
  Node *x = fe_strip(elem);
  if (!x || x->kind != CXCursor_ArraySubscriptExpr || x->nkid != 2) return 0;
  char *at = followed_element(c, x, x->kid[0]);
  if (!at) return 0;
  add_dep(s, memory_get(c->f), ACC_IN, NULL, at, xstrdup("1"));
  return 1;
}

/* The task's dependency on the element its result goes to (deps.c). */
void memory_target_dep(Ctx *c, Site *s) {
  add_dep(s, memory_get(c->f), s->tmember ? ACC_INOUT : ACC_OUT, NULL, xstrdup(s->tmem), xstrdup("1"));
}
