/* objects.c — the tracked objects, and every reference to them.
 *
 * An object is a local variable whose storage tasks touch: scalars and structs
 * (results, tokens, &x arguments), arrays, owned buffers (malloc'd or restrict
 * pointers that nothing else can alias) and views (pointers that only point into
 * one of those).  collect_refs finds the references in an expression, and says
 * how each is used (read, written, address taken); find_escapes marks objects
 * whose address ordinary code stores, which tasks then leave alone. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <assert.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- objects ---- */

Node *find_var(Func *f, CXCursor d) {
  for (int i = 0; i < f->nvars; i++)
    if (clang_equalCursors(f->vars[i]->cur, d)) return f->vars[i];
  return NULL;
}

/* A local variable of f that may be tracked: automatic storage, not volatile. */
int trackable(Func *f, CXCursor d) {
  enum CXCursorKind k = clang_getCursorKind(d);
  if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl) return 0;
  if (!clang_equalCursors(clang_getCursorSemanticParent(d), f->cur)) return 0;
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  if (sc == CX_SC_Extern || sc == CX_SC_Register) return 0;
  /* a static local is shared by every invocation of its function: only main,
   * which runs once, may let tasks touch it */
  if (sc == CX_SC_Static && strcmp(f->name, "main") != 0) return 0;
  CXType t = clang_getCursorType(d);
  if (clang_isVolatileQualifiedType(t)) return 0;
  if (t.kind == CXType_VariableArray || t.kind == CXType_IncompleteArray) return 0;
  if (k == CXCursor_VarDecl && !find_var(f, d)) return 0;
  return 1;
}

Obj *new_obj(Func *f, CXCursor d) {
  Obj *o = xcalloc(1, sizeof *o);
  o->decl = d;
  o->name = fe_spelling(d);
  CXType t = clang_getCursorType(d);
  o->type = fe_type(t);
  CXType can = clang_getCanonicalType(t);
  if (strstr(o->type, "typeof")) {
    /* `__typeof__(x) y`: the spelling names variables delayc may rename (a slot
     * x); the type itself is what delayc declares y with */
    char *cs = fe_type(can);
    if (!strstr(cs, "(unnamed") && !strstr(cs, "(anonymous")) { free(o->type); o->type = cs; }
    else free(cs);
  }
  o->kind = can.kind == CXType_ConstantArray ? OBJ_ARRAY : can.kind == CXType_Pointer ? OBJ_BUFFER : OBJ_SCALAR;
  if (o->kind == OBJ_ARRAY) {
    o->nelem = clang_getArraySize(can);
    o->esize = clang_Type_getSizeOf(clang_getArrayElementType(can));
  } else if (o->kind == OBJ_BUFFER) {
    CXType pt = clang_getCanonicalType(clang_getPointeeType(can));
    o->voidp = pt.kind == CXType_Void;
    o->esize = o->voidp ? 1 : clang_Type_getSizeOf(pt);
  }
  o->declnode = clang_getCursorKind(d) == CXCursor_VarDecl ? find_var(f, d) : NULL;
  /* a pointer that does not own its memory is just a value (a result, a function pointer) */
  if (o->kind == OBJ_BUFFER && !owned_buffer(f->u, f, o)) {
    o->kind = OBJ_SCALAR;
    o->voidp = 0;
    o->esize = -1;
  }
  if (o->declnode && clang_Cursor_getStorageClass(d) != CX_SC_Static) {
    Node *ds = o->declnode->parent;
    o->nested = !(ds && ds->kind == CXCursor_DeclStmt && ds->parent == f->body);
  }
  o->id = f->nobj;
  f->obj = xrealloc(f->obj, (size_t)(f->nobj + 1) * sizeof *f->obj);
  f->obj[f->nobj++] = o;
  return o;
}

Obj *get_obj(Func *f, CXCursor d) {
  Obj *o = an_object_of(f, d);
  return o ? o : trackable(f, d) ? new_obj(f, d) : NULL;
}

/* The local object a DeclRefExpr names, tracked or not. */
/* The value of the only assignment to the variable named `name` in n (a
 * plain `=`; none other, no ++, no &name), or NULL. */
typedef struct OneSet { const char *name; Node *value; int count, other; } OneSet;

static void one_set(Unit *u, Node *n, OneSet *w) {
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(u, n)) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr) {
      char *nm = fe_spelling(clang_getCursorReferenced(l->cur));
      if (!strcmp(nm, w->name)) { w->count++; w->value = n->kid[1]; }
      free(nm);
    }
  } else if (n->kind == CXCursor_CompoundAssignOperator ||
             (n->kind == CXCursor_UnaryOperator && (fe_is_incdec(u, n) || fe_is_addrof(u, n)))) {
    if (n->nkid && assigned_in(u, n, w->name)) w->other = 1;
  }
  for (int i = 0; i < n->nkid; i++) one_set(u, n->kid[i], w);
}

/* The earliest offset in n at which the variable d is named. */
static unsigned first_use(Node *n, CXCursor d, unsigned best) {
  if (n->kind == CXCursor_DeclRefExpr && n->beg < best &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), clang_getCanonicalCursor(d)))
    best = n->beg;
  for (int i = 0; i < n->nkid; i++) best = first_use(n->kid[i], d, best);
  return best;
}

/* The value of the only assignment to o, a pointer declared without a value,
 * when that assignment is a statement of the function's outermost block (it
 * runs once) and nothing names o before it: the same as an initializer.
 * NULL otherwise. */
static Node *set_at_top(Unit *u, Func *f, Obj *o) {
  OneSet w = {o->name, NULL, 0, 0};
  one_set(u, f->body, &w);
  if (w.count != 1 || w.other || !w.value) return NULL;
  Node *as = w.value->parent;
  while (as && as->kind != CXCursor_BinaryOperator) as = as->parent;
  if (!as || as->parent != f->body) return NULL;
  return first_use(f->body, o->decl, UINT_MAX) >= as->beg ? w.value : NULL;
}

/* A pointer variable that owns its memory: initialized from malloc/calloc
 * (or set so once at the top of the function, set_at_top), or a `restrict`
 * pointer; never assigned again, its own address never taken, never copied
 * (copies are escapes, see find_escapes). */
int owned_buffer(Unit *u, Func *f, Obj *o) {
  if (o->kind != OBJ_BUFFER) return 0;
  /* a `restrict` pointer: within this function, its memory is reached only
   * through it (C11 6.7.3.1); a plain pointer parameter may alias anything */
  if (clang_isRestrictQualifiedType(clang_getCursorType(o->decl)))
    return !assigned_in(u, f->body, o->name);
  if (!o->declnode) return 0;
  Node *init = fe_var_init(u, o->declnode);
  if (init && fe_null_pointer(init)) init = NULL;                  /* `double *img = NULL;` */
  int set_once = !init && (init = set_at_top(u, f, o)) != NULL;   /* C89: `double *img; ... img = malloc(..);` */
  init = init ? fe_strip(init) : NULL;
  while (init && init->kind == CXCursor_CStyleCastExpr) init = fe_strip(init->kid[init->nkid - 1]);
  if (!init || init->kind != CXCursor_CallExpr) return 0;
  char *fn = fe_spelling(init->cur);
  int alloc = !strcmp(fn, "malloc") || !strcmp(fn, "calloc") || !strcmp(fn, "aligned_alloc");
  free(fn);
  return alloc && (set_once || !assigned_in(u, f->body, o->name));
}

void find_views(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nvars; i++) {
    Node *v = f->vars[i];
    CXType t = clang_getCanonicalType(clang_getCursorType(v->cur));
    if (t.kind != CXType_Pointer || !trackable(f, v->cur)) continue;
    if (clang_Cursor_getStorageClass(v->cur) == CX_SC_Static) continue;
    char *name = fe_spelling(v->cur);
    Node *value = fe_var_init(c->u, v);
    int reassigned = value && assigned_in(c->u, f->body, name);
    if (!value) {             /* `double *bx; ... bx = x + N;`: set once, the same as an initializer */
      OneSet w = {name, NULL, 0, 0};
      one_set(c->u, f->body, &w);
      if (w.count == 1 && !w.other) value = w.value;
    }
    free(name);
    if (reassigned || !value) continue;
    Node *a = fe_strip(value);
    while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
    if (!a) continue;
    if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
      a = fe_strip(a->kid[0]);
      if (a->kind == CXCursor_ArraySubscriptExpr) a = fe_strip(a->kid[0]);
    } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "+")) {
      Node *l = fe_strip(a->kid[0]);
      a = l->kind == CXCursor_DeclRefExpr ? l : fe_strip(a->kid[1]);
    }
    if (!a || a->kind != CXCursor_DeclRefExpr) continue;
    CXCursor bd = ref_decl(a);
    CXType bt = clang_getCanonicalType(clang_getCursorType(bd));
    if (bt.kind != CXType_ConstantArray && bt.kind != CXType_Pointer) continue;
    int had = an_object_of(f, bd) != NULL;
    Obj *b = get_obj(f, bd);
    if (!b) continue;
    if (b->kind == OBJ_VIEW) b = b->base;
    if (b->kind == OBJ_SCALAR || (b->kind == OBJ_BUFFER && !owned_buffer(c->u, f, b))) {
      if (!had) { f->nobj--; free(b); }
      continue;
    }
    Obj *o = new_obj(f, v->cur);
    o->kind = OBJ_VIEW;
    o->base = b;
    o->nested = 0;           /* its value is copied into tasks, never its storage */
  }
}

Site *hoisted(Func *f, Node *call) {
  Site *s = site_of_call(f, call);
  return s && s->form == SITE_HOIST && !s->serial ? s : NULL;
}

int lvalue_use(Unit *u, Node *n, int *addr) {
  /* climb through member accesses and subscripts to the lvalue's user */
  Node *x = n;
  for (;;) {
    Node *p = x->parent;
    if (!p) return 0;
    if (p->kind == CXCursor_ParenExpr || (p->kind == CXCursor_UnexposedExpr && p->nkid == 1) ||
        p->kind == CXCursor_MemberRefExpr || (p->kind == CXCursor_ArraySubscriptExpr && x == p->kid[0]) ||
        (p->kind == CXCursor_UnaryOperator && fe_is_deref(u, p))) {
      x = p;
      continue;
    }
    if ((p->kind == CXCursor_BinaryOperator && fe_is_assign(u, p)) || p->kind == CXCursor_CompoundAssignOperator)
      return x == p->kid[0];
    if (p->kind == CXCursor_UnaryOperator && fe_is_incdec(u, p)) return 1;
    if (p->kind == CXCursor_UnaryOperator && fe_is_addrof(u, p)) { *addr = 1; return 1; }
    return 0;
  }
}

void collect_refs(Ctx *c, Node *n, Refs *out, int all) {
  if (n->kind == CXCursor_UnaryExpr) return;          /* sizeof/alignof */
  if (n->kind == CXCursor_CallExpr) {
    Site *h = hoisted(c->f, n);
    if (h && h->temp) {
      out->r = xrealloc(out->r, (size_t)(out->n + 1) * sizeof *out->r);
      out->r[out->n++] = (Ref){h->temp, n, NULL, 0, 0};
      return;
    }
  }
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = ref_decl(n);
    Obj *o = an_object_of(c->f, d);
    /* `all`: start tracking the arrays named here (read by a task) */
    if (!o && all && clang_getCanonicalType(clang_getCursorType(d)).kind == CXType_ConstantArray)
      o = get_obj(c->f, d);
    if (o && o->kind == OBJ_VIEW) {
      /* a use of a view is a use of its whole base */
      Ref r = {o->base, n, NULL, 0, 1};
      r.write = lvalue_use(c->u, n, &r.addr);
      r.addr = 1;
      out->r = xrealloc(out->r, (size_t)(out->n + 1) * sizeof *out->r);
      out->r[out->n++] = r;
      o = NULL;
    }
    if (o) {
      Ref r = {o, n, NULL, 0, 0};
      r.write = lvalue_use(c->u, n, &r.addr);
      Node *x = n;
      while (x->parent && (x->parent->kind == CXCursor_UnexposedExpr || x->parent->kind == CXCursor_ParenExpr) &&
             x->parent->nkid == 1)
        x = x->parent;
      if (x->parent && x->parent->kind == CXCursor_ArraySubscriptExpr && x == x->parent->kid[0] &&
          o->kind != OBJ_SCALAR)
        r.elem = x->parent;
      else if (o->kind != OBJ_SCALAR) {
        /* an array named outside a subscript decays: its address is used */
        CXType t = clang_getCanonicalType(clang_getCursorType(x->parent ? x->parent->cur : x->cur));
        (void)t;
        if (o->kind == OBJ_ARRAY) r.addr = 1;
        if (o->kind == OBJ_BUFFER && !(x->parent && x->parent->kind == CXCursor_UnaryOperator &&
                                       fe_is_deref(c->u, x->parent)))
          r.addr = 1;
      }
      out->r = xrealloc(out->r, (size_t)(out->n + 1) * sizeof *out->r);
      out->r[out->n++] = r;
    }
  }
  for (int i = 0; i < n->nkid; i++) collect_refs(c, n->kid[i], out, all);
}

/* ---- escapes: an object whose address is kept by ordinary code ---- */

int in_site(Func *f, Node *n) {
  for (Node *p = n; p; p = p->parent)
    for (int i = 0; i < f->nsite; i++) {
      Site *s = f->site[i];
      if (s->serial) continue;
      if (s->call == p) return 1;
      if ((s->form == SITE_ASSIGN || s->form == SITE_DECL || s->form == SITE_COPY) && s->stmt == p) return 1;
      if (s->form == SITE_EXPR && s->stmt == p) return 1;
    }
  return 0;
}

int returns_used_pointer(Node *call) {
  CXType rt = clang_getCanonicalType(clang_getCursorType(call->cur));
  /* (a struct returned by value holding pointers: `Sink s = wrap(buf, n);`, blind 65b) */
  if (rt.kind != CXType_Pointer && !(rt.kind == CXType_Record && fe_holds_pointer(rt))) return 0;
  Node *x = call;
  while (x->parent && (x->parent->kind == CXCursor_ParenExpr ||
                       (x->parent->kind == CXCursor_UnexposedExpr && x->parent->nkid == 1)))
    x = x->parent;
  /* a statement of its own (also the body of a brace-less for or if), or a
   * condition: its value goes nowhere */
  Node *p = x->parent;
  return !(p && ((p->kind >= CXCursor_FirstStmt && p->kind <= CXCursor_LastStmt && p->kind != CXCursor_ReturnStmt) ||
                 p->kind == CXCursor_CStyleCastExpr));
}

/* May the pointer a call returns point into what its argument arg points
 * to?  Not when neither type holds the other (a `Node *` built from a `Pt *`
 * array): such a pointer would break C's aliasing rules, which compilers
 * already assume. */
static int result_may_point_into(Node *call, Node *arg) {
  CXType rt = clang_getCanonicalType(clang_getCursorType(call->cur));
  if (rt.kind == CXType_Record) return fe_holds_pointer(rt);   /* a struct whose members may hold it */
  return access_may_point_into(clang_getCursorType(call->cur), clang_getCursorType(arg->cur));
}

/* Does the call keep what its argument argi points to where ordinary code
 * does not see it: a body of this file that stores the parameter (`gp = p;`
 * in a `remember(int *p)`), or passes it on to one that does?  Then code
 * that reaches the object through that copy (`*gp`, a `recall()`) is not
 * ordered with the tasks on it by name (a blind tester's program printed 0). */
static int keeps(Unit *u, Node *call, int argi, int depth);   /* 1 keeps, 2 may (unseen), 0 */

typedef struct Keep { Unit *u; int depth, kept; } Keep;

static void on_keep(void *arg, Node *at, Access kind, int argi) {
  Keep *k = arg;
  if (kind == ACCESS_ESCAPE) k->kept = 1;
  else if (kind == ACCESS_PASS && !k->kept && k->depth < 4) k->kept = keeps(k->u, at, argi, k->depth + 1);
}

static int fn_keeps(Unit *u, CXCursor fn, int argi, int depth);

static int keeps(Unit *u, Node *call, int argi, int depth) {
  if (argi < 0 || !call->nkid) return 0;
  Node *fr = callee_fn(call->kid[0]);
  if (fr) return fn_keeps(u, clang_getCursorReferenced(fr->cur), argi, depth);
  /* through a function pointer: any function whose address is taken here
   * (a dispatch table's), and any of another file when the unit reaches one */
  const CXCursor *fns;
  int n = fx_indirect_targets(u, &fns), kept = 0;
  if (n < 0) return 1;
  for (int i = 0; i < n && kept != 1; i++) {
    int k = clang_Cursor_getNumArguments(fns[i]) > argi ? fn_keeps(u, fns[i], argi, depth) : 0;
    if (k > kept) kept = k;
  }
  return kept;
}

/* Does function fn keep its argument argi (keeps' answers)? */
static int fn_keeps(Unit *u, CXCursor fn, int argi, int depth) {
  if (argi < 0) return 0;
  char *name = fe_spelling(fn);
  const LibFn *lib = fx_library(name);
  int marker = !strncmp(name, "delayc__", 8);    /* delayed.h's: delayed_compute ... */
  free(name);
  if (lib) return argi < (int)strlen(lib->param) && lib->param[argi] == 'p';   /* putenv keeps its string */
  if (marker || clang_Location_isInSystemHeader(clang_getCursorLocation(fn))) return 0;
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || !fe_in_main(u, def)) {   /* another file's (--with, summaries), or unseen */
    const Effects *fx = fx_of(u, fn);
    int may = argi >= fx->nparam || (fx->param[argi] & FX_KEEP);
    return may && fx->all ? 2 : may;      /* unseen: it may keep it (2), or its summary says it does (1) */
  }
  /* its variadic arguments: taken by va_arg, kept as the body pleases */
  if (argi >= clang_Cursor_getNumArguments(def)) return clang_Cursor_isVariadic(def);
  Node *root = fe_tree(u, def), *body = NULL;
  for (int i = 0; i < root->nkid; i++)
    if (root->kid[i]->kind == CXCursor_CompoundStmt) body = root->kid[i];
  Keep k = {u, depth, 0};
  CXCursor pm = clang_Cursor_getArgument(def, (unsigned)argi);
  if (body) access_walk(u, body, pm, 0, on_keep, &k);
  /* &p itself (`memcpy(slot, &p, sizeof p)` copies the pointer's bytes where no walk follows them) */
  if (body && !k.kept) k.kept = tree_takes_address(u, body, pm);
  fe_free_tree(root);
  return k.kept;
}

int call_keeps(Unit *u, Node *call, int argi) { return keeps(u, call, argi, 0); }

int callee_keeps(Unit *u, CXCursor fn, int argi) { return fn_keeps(u, fn, argi, 0); }

void find_escapes(Ctx *c) {
  Refs r = {0};
  collect_refs(c, c->f->body, &r, 0);
  for (int i = 0; i < r.n; i++) {
    Ref *x = &r.r[i];
    if (!x->addr) continue;
    if (in_site(c->f, x->node)) {
      /* an argument of a task whose callee keeps it (`attach(buf)` storing it
       * in a global): reached later under another name */
      for (Node *a = x->node; a && a->parent; a = a->parent) {
        Node *call = a->parent;
        Site *st = call->kind == CXCursor_CallExpr ? site_of_call(c->f, call) : NULL;
        if (!st || a == call->kid[0]) continue;
        int argi = -1;
        for (int k = 1; k < call->nkid; k++)
          if (call->kid[k] == a) argi = k - 1;
        /* the task's function (delayed(f)(x) names it through delayed.h's macro) */
        int kk = st->callee ? callee_keeps(c->u, st->callee->cur, argi) : call_keeps(c->u, call, argi);
        if (kk == 2) x->obj->unseen_kept = 1;
        else if (kk && !x->obj->escaped) {
          x->obj->escaped = 2;
          an_explain(c->a, x->node, "'%s' has its address stored by the task's function: tasks that touch it run "
                     "serially", x->obj->name);
        }
        break;
      }
      continue;
    }
    /* follow the address through casts, offsets and choices to its user; a
     * number loaded through it (`st->mean - st->var`) carries no address */
    Node *n = x->node;
    for (;;) {
      Node *p = n->parent;
      if (!p) break;
      CXType nt = clang_getCanonicalType(clang_getCursorType(n->cur));
      int load = n->kind == CXCursor_MemberRefExpr || n->kind == CXCursor_ArraySubscriptExpr ||
                 (n->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, n));
      /* (not when its address is taken again: &r[0], &*r, &r[1] - 1 point into it) */
      if (load && ((nt.kind >= CXType_Bool && nt.kind <= CXType_LongDouble) || nt.kind == CXType_Enum) &&
          !(p->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, p))) {
        n = NULL;
        break;
      }
      if (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr || p->kind == CXCursor_CStyleCastExpr ||
          (p->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, p)) ||
          (p->kind == CXCursor_ArraySubscriptExpr && n == p->kid[0]) || p->kind == CXCursor_MemberRefExpr ||
          (p->kind == CXCursor_ConditionalOperator && n != p->kid[0]) ||
          (p->kind == CXCursor_BinaryOperator && (fe_binop_is(c->u, p, "+") || fe_binop_is(c->u, p, "-")))) {
        n = p;
        continue;
      }
      break;
    }
    if (!n) continue;
    Node *p = n->parent;
    int kept = 0;
    if (p && ((p->kind == CXCursor_BinaryOperator && fe_is_assign(c->u, p) && n == p->kid[1]) ||
              p->kind == CXCursor_ReturnStmt || p->kind == CXCursor_InitListExpr))
      kept = 1;
    if (kept && p->kind == CXCursor_BinaryOperator) {      /* `bx = x + N`, bx a view of x: tracked */
      Node *l = fe_strip(p->kid[0]);
      Obj *v = l && l->kind == CXCursor_DeclRefExpr ? an_object_of(c->f, ref_decl(l)) : NULL;
      if (v && v->kind == OBJ_VIEW && v->base == x->obj) kept = 0;
    }
    if (p && p->kind == CXCursor_VarDecl) {
      Obj *v = an_object_of(c->f, p->cur);
      kept = !(v && v->kind == OBJ_VIEW && v->base == x->obj);   /* a view of it: tracked */
    }
    /* passed to a function that returns a pointer, whose value is used: the
     * result may point into the object (strchr, a skip_ws helper) */
    if (p && p->kind == CXCursor_CallExpr && n != p->kid[0] && returns_used_pointer(p) && result_may_point_into(p, n))
      kept = 1;
    if (p && p->kind == CXCursor_CallExpr && n != p->kid[0] && !kept) {
      int argi = -1;
      for (int k = 1; k < p->nkid; k++)
        if (p->kid[k] == n) argi = k - 1;
      kept = call_keeps(c->u, p, argi);
      /* a function delayc cannot see may keep it: what reaches it later is code
       * delayc cannot see either, which then waits for the tasks on it */
      if (kept == 2) {
        x->obj->unseen_kept = 1;
        kept = 0;
      }
    }
    if (kept && !x->obj->escaped) {
      x->obj->escaped = 1;
      an_explain(c->a, x->node, "'%s' has its address stored: tasks that touch it run serially (a pointer into it "
                 "that is stored in memory, handed to code that may keep it, or moved after it was set: index '%s' "
                 "instead, or set each pointer into it once)", x->obj->name, x->obj->name);
    }
  }
  free(r.r);
}
