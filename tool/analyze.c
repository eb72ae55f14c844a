/* analyze.c — from a function body to its task plan.
 *
 * For every function defined in the main file that makes delayed calls:
 *   1. find the delayed call sites and the form of each (a call statement,
 *      `x = f(..)`, `T x = f(..)`, a call nested in an expression that is hoisted
 *      into a temporary, a plain copy `dst = x` of a pending value);
 *   2. find the tracked objects: local variables whose storage tasks write or
 *      read behind ordinary code (result variables, arrays and buffers passed
 *      through pointer parameters, arrays read by task arguments);
 *   3. give each task its dependencies (scalars by address, array elements,
 *      ranges, whole arrays) — or leave the call serial, with the reason, where
 *      a dependency cannot be named exactly (unknown pointers, macros, escapes);
 *   4. find the sync points: each ordinary statement that touches a tracked
 *      object waits for exactly the tasks that touch it.
 *
 * Invariant after an_run: every non-serial site's objects are tracked, every dep
 * names a tracked object, and a serial site is treated as ordinary code. */
#include "delayc.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- explain ---- */

void an_explain(Analysis *a, Node *at, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  int n = vsnprintf(NULL, 0, f, ap);
  va_end(ap);
  char *s = xmalloc((size_t)n + 1);
  va_start(ap, f);
  vsnprintf(s, (size_t)n + 1, f, ap);
  va_end(ap);
  a->ex = xrealloc(a->ex, (size_t)(a->nex + 1) * sizeof *a->ex);
  a->ex[a->nex++] = (Explain){at ? at->line : 0, at ? at->col : 0, s};
}

static void serialize(Analysis *a, Site *s, const char *why) {
  if (s->serial) return;
  s->serial = 1;
  s->why = xstrdup(why);
  an_explain(a, s->call ? s->call : s->stmt, "call of '%s' runs serially: %s",
             s->callee ? s->callee->label : "copy", why);
}

/* ---- small tree helpers ---- */

static int is_loop(Node *n) {
  return n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt;
}

static int is_expr(Node *n) { return clang_isExpression(n->kind); }

/* A statement position: a child of a block, or the body of if/loop/label. */
static int stmt_parent_ok(Node *n) {
  Node *p = n->parent;
  if (!p) return 0;
  switch (p->kind) {
  case CXCursor_CompoundStmt: case CXCursor_LabelStmt: case CXCursor_CaseStmt:
  case CXCursor_DefaultStmt:
    return 1;
  case CXCursor_IfStmt: return n != p->kid[0];
  case CXCursor_WhileStmt: case CXCursor_ForStmt: case CXCursor_SwitchStmt:
    return n == p->kid[p->nkid - 1];
  case CXCursor_DoStmt: return n == p->kid[0];
  default: return 0;
  }
}

static int needs_wrap(Node *n) { return n->parent && n->parent->kind != CXCursor_CompoundStmt; }

static int has_kind(Node *n, enum CXCursorKind k) {
  if (n->kind == k) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_kind(n->kid[i], k)) return 1;
  return 0;
}

static int has_macro(Node *n) {
  if (n->macro) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_macro(n->kid[i])) return 1;
  return 0;
}

/* Side-effect free: no calls, assignments, ++/--, statement expressions. */
static int pure_expr(Unit *u, Node *n) {
  switch (n->kind) {
  case CXCursor_CallExpr: case CXCursor_CompoundAssignOperator: case CXCursor_StmtExpr:
    return 0;
  case CXCursor_BinaryOperator:
    if (fe_is_assign(u, n)) return 0;
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_incdec(u, n)) return 0;
    break;
  case CXCursor_UnaryExpr:    /* sizeof, alignof: not evaluated (VLAs aside) */
    return 1;
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!pure_expr(u, n->kid[i])) return 0;
  return 1;
}


/* ---- which calls are delayed ---- */

static Node *callee_fn(Node *n) {
  n = fe_strip(n);
  if (!n) return NULL;
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1) n = fe_strip(n->kid[0]);
  if (n && n->kind == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(n->cur);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) return n;
  }
  return NULL;
}

static int names(Node *n, const char *name) {
  n = fe_strip(n);
  if (!n || n->kind != CXCursor_DeclRefExpr) return 0;
  char *s = fe_spelling(n->cur);
  int r = strcmp(s, name) == 0;
  free(s);
  return r;
}

/* Is `call` a delayed call?  It is when the callee is a DELAYED function, or is
 * written delayed(f) or delayed_bind(f, ...) (the header's markers under
 * __DELAYC__: `(delayc__mark_delayed, f)` and `(delayc__mark_bind(0, t...), f)`).
 * On success *fnref is the DeclRefExpr naming the function. */
int an_is_delayed_call(Unit *u, Node *call, Callee **callee, Node **fnref, Node ***bind, int *nbind) {
  (void)u;
  if (call->kind != CXCursor_CallExpr || call->nkid < 1) return 0;
  Node *c = fe_strip(call->kid[0]);
  if (bind) { *bind = NULL; *nbind = 0; }
  Node *f = NULL;
  int marked = 0;
  if (c && c->kind == CXCursor_BinaryOperator && c->nkid == 2) {
    Node *l = fe_strip(c->kid[0]);
    if (names(l, "delayc__mark_delayed")) marked = 1;
    else if (l && l->kind == CXCursor_CallExpr && l->nkid >= 1 && names(l->kid[0], "delayc__mark_bind")) {
      marked = 1;
      if (bind) {
        *nbind = l->nkid - 2 > 0 ? l->nkid - 2 : 0;   /* skip callee and the leading 0 */
        *bind = l->nkid > 2 ? l->kid + 2 : NULL;
      }
    }
    if (marked) f = callee_fn(c->kid[1]);
    if (marked && !f) {
      if (fnref) *fnref = NULL;
      if (callee) *callee = NULL;
      return -1;                /* delayed(fp)(x): through a pointer */
    }
  }
  if (!f) f = callee_fn(call->kid[0]);
  if (!f) return 0;
  char *nm = fe_spelling(f->cur);
  int mark = strncmp(nm, "delayc__", 8) == 0;
  free(nm);
  if (mark) return 0;
  Callee *ce = fe_callee(clang_getCursorReferenced(f->cur));
  if (!marked && !ce->delayed) return 0;
  if (callee) *callee = ce;
  if (fnref) *fnref = f;
  return 1;
}

/* ---- objects ---- */

static Node *find_var(Func *f, CXCursor d) {
  for (int i = 0; i < f->nvars; i++)
    if (clang_equalCursors(f->vars[i]->cur, d)) return f->vars[i];
  return NULL;
}

Obj *an_object_of(Func *f, CXCursor ref) {
  for (int i = 0; i < f->nobj; i++)
    if (!f->obj[i]->temp && clang_equalCursors(f->obj[i]->decl, ref)) return f->obj[i];
  return NULL;
}

/* A local variable of f that may be tracked: automatic storage, not volatile. */
static int trackable(Func *f, CXCursor d) {
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

static int owned_buffer(Unit *u, Func *f, Obj *o);

static Obj *new_obj(Func *f, CXCursor d) {
  Obj *o = xcalloc(1, sizeof *o);
  o->decl = d;
  o->name = fe_spelling(d);
  CXType t = clang_getCursorType(d);
  o->type = fe_type(t);
  CXType can = clang_getCanonicalType(t);
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

static Obj *get_obj(Func *f, CXCursor d) {
  Obj *o = an_object_of(f, d);
  return o ? o : trackable(f, d) ? new_obj(f, d) : NULL;
}

/* The local object a DeclRefExpr names, tracked or not. */
static CXCursor ref_decl(Node *n) { return clang_getCursorReferenced(n->cur); }

char *an_access(Obj *o) {
  if (o->slot) return fmt("(*\001%s)", o->name);
  return o->temp ? fmt("\001%s", o->name) : xstrdup(o->name);
}

/* A pointer variable that owns its memory: initialized from malloc/calloc,
 * or a `restrict` pointer; never assigned again, its own address never taken,
 * never copied (copies are escapes, see find_escapes). */
static int assigned_in(Unit *u, Node *n, const char *name) {
  if ((n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n)) ||
      n->kind == CXCursor_CompoundAssignOperator) {
    if (names(n->kid[0], name)) return 1;
  }
  if (n->kind == CXCursor_UnaryOperator && (fe_is_incdec(u, n) || fe_is_addrof(u, n)) &&
      names(n->kid[0], name))
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (assigned_in(u, n->kid[i], name)) return 1;
  return 0;
}

static int owned_buffer(Unit *u, Func *f, Obj *o) {
  if (o->kind != OBJ_BUFFER) return 0;
  /* a `restrict` pointer: within this function, its memory is reached only
   * through it (C11 6.7.3.1); a plain pointer parameter may alias anything */
  if (clang_isRestrictQualifiedType(clang_getCursorType(o->decl)))
    return !assigned_in(u, f->body, o->name);
  if (!o->declnode || !fe_var_init(u, o->declnode)) return 0;
  Node *init = fe_strip(fe_var_init(u, o->declnode));
  while (init && init->kind == CXCursor_CStyleCastExpr) init = fe_strip(init->kid[init->nkid - 1]);
  if (!init || init->kind != CXCursor_CallExpr) return 0;
  char *fn = fe_spelling(init->cur);
  int alloc = !strcmp(fn, "malloc") || !strcmp(fn, "calloc") || !strcmp(fn, "aligned_alloc");
  free(fn);
  return alloc && !assigned_in(u, f->body, o->name);
}

/* ---- per-function state ---- */

typedef struct Ctx {
  Analysis *a;
  Unit *u;
  Func *f;
} Ctx;

/* Views: `T *v = B + e;` (or B, &B[e]) with B an array or an owned buffer, v
 * never assigned again.  Tasks and waits on v are tasks and waits on B. */
static int count_sites(Ctx *c, Node *n);

static void find_views(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nvars; i++) {
    Node *v = f->vars[i];
    CXType t = clang_getCanonicalType(clang_getCursorType(v->cur));
    if (t.kind != CXType_Pointer || !fe_var_init(c->u, v) || !trackable(f, v->cur)) continue;
    if (clang_Cursor_getStorageClass(v->cur) == CX_SC_Static) continue;
    char *name = fe_spelling(v->cur);
    int reassigned = assigned_in(c->u, f->body, name);
    free(name);
    if (reassigned) continue;
    Node *a = fe_strip(fe_var_init(c->u, v));
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

/* A goto to a label earlier in the text makes "earlier" meaningless. */
static int has_back_goto(Node *body, Node *n) {
  if (n->kind == CXCursor_GotoStmt || n->kind == CXCursor_IndirectGotoStmt) {
    if (n->kind == CXCursor_IndirectGotoStmt) return 1;
    CXCursor lbl = clang_getCursorReferenced(n->kid ? n->kid[0]->cur : n->cur);
    if (n->nkid && !clang_Cursor_isNull(lbl)) {
      CXSourceRange r = clang_getCursorExtent(lbl);
      unsigned off;
      clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL, &off);
      if (off < n->beg) return 1;
    } else {
      return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (has_back_goto(body, n->kid[i])) return 1;
  return 0;
}

static void collect_vars(Func *f, Node *n) {
  if (n->kind == CXCursor_VarDecl) {
    f->vars = xrealloc(f->vars, (size_t)(f->nvars + 1) * sizeof *f->vars);
    f->vars[f->nvars++] = n;
  }
  for (int i = 0; i < n->nkid; i++) collect_vars(f, n->kid[i]);
}

static Site *site_of_call(Func *f, Node *call) {
  for (int i = 0; i < f->nsite; i++)
    if (f->site[i]->call == call) return f->site[i];
  return NULL;
}

static Site *add_site(Func *f, SiteForm form, Node *call, Node *stmt) {
  Site *s = xcalloc(1, sizeof *s);
  s->id = f->nsite;
  s->form = form;
  s->call = call;
  s->stmt = stmt;
  s->line = (call ? call : stmt)->line;
  s->trip = -1;
  f->site = xrealloc(f->site, (size_t)(f->nsite + 1) * sizeof *f->site);
  f->site[f->nsite++] = s;
  return s;
}

/* Trip count of `for (i = A; i < B; i++)` with constant A and B, else -1. */
static long long eval_int(Node *n, int *ok) {
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  *ok = 0;
  if (!r) return 0;
  long long v = 0;
  if (clang_EvalResult_getKind(r) == CXEval_Int) { v = clang_EvalResult_getAsLongLong(r); *ok = 1; }
  clang_EvalResult_dispose(r);
  return v;
}

static long long trip_count(Unit *u, Node *loop) {
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return -1;
  Node *init = loop->kid[0], *cond = fe_strip(loop->kid[1]), *inc = fe_strip(loop->kid[2]);
  Node *lo = NULL;
  if (init->kind == CXCursor_DeclStmt && init->nkid == 1 && init->kid[0]->nkid >= 1)
    lo = init->kid[0]->kid[init->kid[0]->nkid - 1];
  else if (fe_strip(init)->kind == CXCursor_BinaryOperator && fe_strip(init)->nkid == 2)
    lo = fe_strip(init)->kid[1];
  if (!lo || cond->kind != CXCursor_BinaryOperator || cond->nkid != 2) return -1;
  if (!(inc->kind == CXCursor_UnaryOperator && fe_is_incdec(u, inc))) return -1;
  int ok1, ok2;
  long long a = eval_int(lo, &ok1), b = eval_int(cond->kid[1], &ok2);
  if (!ok1 || !ok2) return -1;
  if (fe_binop_is(u, cond, "<")) return b > a ? b - a : 0;
  if (fe_binop_is(u, cond, "<=")) return b >= a ? b - a + 1 : 0;
  if (fe_binop_is(u, cond, "!=")) return b > a ? b - a : -1;
  return -1;
}

/* ---- 1. sites ---- */

/* Where may a call nested in an expression be hoisted?  Walking up from the
 * call to its statement, nothing may evaluate it conditionally or repeatedly.
 * Returns the statement, or NULL (with *why set). */
/* The ReturnStmt whose value is exactly this conditional operator, or NULL. */
static Node *return_of_ternary(Node *q) {
  while (q->parent && (q->parent->kind == CXCursor_ParenExpr ||
                       (q->parent->kind == CXCursor_UnexposedExpr && q->parent->nkid == 1)))
    q = q->parent;
  return q->parent && q->parent->kind == CXCursor_ReturnStmt ? q->parent : NULL;
}

/* Side-effect free, but for delayed calls already found hoistable. */
static int pure_or_hoisting(Ctx *c, Node *n) {
  if (n->kind == CXCursor_CallExpr) {
    Site *h = site_of_call(c->f, n);
    if (h && h->form == SITE_HOIST && !h->serial) return 1;
  }
  switch (n->kind) {
  case CXCursor_CallExpr: case CXCursor_CompoundAssignOperator: case CXCursor_StmtExpr: return 0;
  case CXCursor_BinaryOperator: if (fe_is_assign(c->u, n)) return 0; break;
  case CXCursor_UnaryOperator: if (fe_is_incdec(c->u, n)) return 0; break;
  case CXCursor_UnaryExpr: return 1;
  default: break;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!pure_or_hoisting(c, n->kid[i])) return 0;
  return 1;
}

static Node *hoist_anchor(Ctx *c, Node *call, const char **why, Node **ternary, int *branch) {
  Node *n = call;
  *ternary = NULL;
  *branch = 0;
  while (n->parent && is_expr(n->parent)) {
    Node *p = n->parent;
    if (p->kind == CXCursor_ConditionalOperator && n != p->kid[0]) {
      /* `return c ? a : b;` is split into if/else: each branch hoists its own */
      Node *r = p->nkid == 3 && !*ternary ? return_of_ternary(p) : NULL;
      if (!r) { *why = "evaluated only on one branch of '?:'"; return NULL; }
      *ternary = p;
      *branch = n == p->kid[1] ? 1 : 2;
      return r;
    }
    if (p->kind == CXCursor_BinaryOperator && n != p->kid[0] &&
        (fe_binop_is(c->u, p, "&&") || fe_binop_is(c->u, p, "||"))) {
      *why = "evaluated only when '&&' or '||' does not short-circuit";
      return NULL;
    }
    if (p->kind == CXCursor_BinaryOperator && p->nkid == 2 && n == p->kid[1] &&
        !pure_or_hoisting(c, p->kid[0]) && !fe_is_assign(c->u, p)) {
      *why = "an operand evaluated before it has side effects";
      return NULL;
    }
    if (p->kind == CXCursor_UnaryExpr) { *why = "inside sizeof"; return NULL; }
    if (p->kind == CXCursor_GenericSelectionExpr) { *why = "inside _Generic (evaluated only if selected)"; return NULL; }
    if (p->kind == CXCursor_StmtExpr) { *why = "inside a statement expression"; return NULL; }
    n = p;
  }
  Node *p = n->parent;
  if (!p) { *why = "not inside a statement"; return NULL; }
  if (p->kind == CXCursor_VarDecl) {
    Node *ds = p->parent;
    if (!ds || ds->kind != CXCursor_DeclStmt || ds->nkid != 1) { *why = "in a declaration of several variables"; return NULL; }
    if (clang_Cursor_getStorageClass(p->cur) == CX_SC_Static) { *why = "initializes a static variable"; return NULL; }
    n = ds;
    p = ds->parent;
    if (p && p->kind == CXCursor_ForStmt) return p;   /* for-init: once */
  }
  if (!p) { *why = "not inside a statement"; return NULL; }
  switch (p->kind) {
  case CXCursor_IfStmt: case CXCursor_SwitchStmt:
    if (n == p->kid[0]) return p;
    break;
  case CXCursor_ReturnStmt:
    return p;
  case CXCursor_WhileStmt: case CXCursor_DoStmt:
    if (n != p->kid[p->kind == CXCursor_WhileStmt ? 0 : p->nkid - 1]) break;
    *why = "in a loop condition, evaluated at every iteration";
    return NULL;
  case CXCursor_ForStmt:
    if (n == p->kid[p->nkid - 1]) break;
    if (p->nkid == 4 && n == p->kid[0]) return p;
    *why = "in a loop header, evaluated at every iteration";
    return NULL;
  default:
    break;
  }
  if (stmt_parent_ok(n)) return n;
  *why = "in a position delayc does not rewrite";
  return NULL;
}

static int in_nested_scope(Func *f, Node *stmt) { return stmt->parent != f->body; }

static int loop_depth_info(Ctx *c, Node *n, long long *trip) {
  *trip = -1;
  for (Node *p = n->parent; p && p != c->f->body; p = p->parent)
    if (is_loop(p)) {
      int header = p->nkid > 0 && n != p->kid[p->nkid - 1];
      (void)header;
      *trip = trip_count(c->u, p);
      return 1;
    }
  return 0;
}

/* An argument inside delayed_after(...) that uses a macro of its own (`put(N)`)
 * has no usable range in the tree: libclang only knows the outer expansion.
 * Its text is recovered from the call's own text, split at top-level commas. */
static int copyable(Node *a) { return !a->macro && a->beg < a->end; }

static void recover_arg_texts(Ctx *c, Site *s) {
  int need = 0;
  for (int i = 0; i < s->narg; i++) need |= !copyable(s->arg[i]);
  if (!need) return;
  Node *call = s->call;
  if (call->macro || call->beg >= call->end) { serialize(c->a, s, "the call is written by a macro"); return; }
  const char *t = c->u->src;
  unsigned p = call->beg, e = call->end;
  /* the callee: a name, possibly delayed(...) or delayed_bind(...) */
  unsigned q = p;
  while (q < e && (t[q] == '_' || (t[q] >= 'a' && t[q] <= 'z') || (t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= '0' && t[q] <= '9'))) q++;
  int marker = (q - p == 7 && !strncmp(t + p, "delayed", 7)) || (q - p == 12 && !strncmp(t + p, "delayed_bind", 12));
  q = fe_skip_space(c->u, q);
  if (marker) {                 /* skip the marker's own parentheses */
    int depth = 0;
    do {
      if (t[q] == '(') depth++;
      else if (t[q] == ')') depth--;
      q++;
    } while (q < e && depth > 0);
    q = fe_skip_space(c->u, q);
  }
  if (q >= e || t[q] != '(' || t[e - 1] != ')') { serialize(c->a, s, "the call's arguments come from a macro"); return; }
  char **txt = xcalloc((size_t)s->narg + 1, sizeof *txt);
  int n = 0, depth = 0;
  unsigned from = q + 1;
  for (unsigned k = q + 1; k < e; k++) {
    char ch = t[k];
    if (ch == '"' || ch == '\'') {     /* skip literals */
      for (k++; k < e && t[k] != ch; k++) if (t[k] == '\\') k++;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{') depth++;
    else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) depth--;
    else if ((ch == ',' && depth == 0) || (ch == ')' && depth == 0 && k == e - 1)) {
      if (n < s->narg) txt[n] = fe_text(c->u, from, k);
      n++;
      from = k + 1;
    }
  }
  if (n != s->narg) { serialize(c->a, s, "the call's arguments come from a macro"); return; }
  /* a recovered text is used as written: it must not need renaming */
  for (int i = 0; i < s->narg; i++) {
    if (copyable(s->arg[i])) { free(txt[i]); txt[i] = NULL; continue; }
    if (has_kind(s->arg[i], CXCursor_CallExpr) && count_sites(c, s->arg[i])) {
      serialize(c->a, s, "a delayed call inside a macro argument");
      return;
    }
  }
  s->argsrc = txt;
}

/* Is the hoisted call or the form's root directly the statement's value? */
static void classify_call(Ctx *c, Node *call, Callee *ce, Node *fnref, Node **bind, int nbind) {
  Func *f = c->f;
  const char *hoist_why = NULL;
  Node *up = call;
  while (up->parent && (up->parent->kind == CXCursor_ParenExpr ||
                        (up->parent->kind == CXCursor_UnexposedExpr && up->parent->nkid == 1)))
    up = up->parent;
  Node *p = up->parent;
  Site *s = NULL;
  int after = 0;
  /* delayed_after(call): (delayc__mark_after, (call), (delayed_token)0) */
  if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && up == p->kid[1] &&
      names(p->kid[0], "delayc__mark_after")) {
    Node *q = p;
    while (q->parent && (q->parent->kind == CXCursor_ParenExpr || q->parent->kind == CXCursor_UnexposedExpr))
      q = q->parent;
    if (q->parent && q->parent->kind == CXCursor_BinaryOperator && q == q->parent->kid[0]) {
      Node *r = q->parent;   /* (mark, call), 0 */
      while (r->parent && (r->parent->kind == CXCursor_ParenExpr || r->parent->kind == CXCursor_UnexposedExpr))
        r = r->parent;
      after = 1;
      up = r;
      p = r->parent;
    }
  }
  if (p && stmt_parent_ok(up) && is_expr(up) && !after) {
    s = add_site(f, SITE_EXPR, call, up);
  } else if (p && (p->kind == CXCursor_BinaryOperator && fe_is_assign(c->u, p)) && up == p->kid[1] &&
             stmt_parent_ok(p)) {
    s = add_site(f, SITE_ASSIGN, call, p);
    s->target = p->kid[0];
  } else if (p && p->kind == CXCursor_VarDecl && p->parent && p->parent->kind == CXCursor_DeclStmt &&
             p->parent->nkid == 1 && stmt_parent_ok(p->parent)) {
    s = add_site(f, SITE_DECL, call, p->parent);
    s->target = p;
  } else if (after && p && stmt_parent_ok(up)) {
    s = add_site(f, SITE_EXPR, call, up);
  } else {
    hoist_why = NULL;
    Node *tern = NULL;
    int branch = 0;
    Node *anchor = hoist_anchor(c, call, &hoist_why, &tern, &branch);
    s = add_site(f, SITE_HOIST, call, anchor ? anchor : call);
    s->ternary = tern;
    s->branch = branch;
    if (anchor && ce->void_result) hoist_why = "its void result is used inside an expression";
    else if (anchor) hoist_why = NULL;
  }
  s->after = after;
  s->callee = ce;
  if (hoist_why) serialize(c->a, s, hoist_why);
  s->callee_text = fe_spelling(clang_getCursorReferenced(fnref->cur));
  s->narg = call->nkid - 1;
  s->arg = call->kid + 1;
  s->bind = bind;
  s->nbind = nbind;
  s->wrap = needs_wrap(s->stmt);
  s->in_loop = loop_depth_info(c, s->stmt, &s->trip);
  if (call->foreign && !s->serial) serialize(c->a, s, "the call is written by a macro");
  if (has_macro(call) && !s->serial) {
    /* a macro use is fine as a whole argument, not across the call's syntax */
    unsigned prev = fnref->end;
    for (int i = 0; i < s->narg; i++) {
      Node *a = s->arg[i];
      if (a->beg < prev || a->end > call->end || a->beg >= a->end) { serialize(c->a, s, "the call is written by a macro"); break; }
      prev = a->end;
    }
    if (call->macro && !s->serial && (s->form != SITE_HOIST)) {
      Node *st = s->stmt;
      if (st->macro && st->beg == call->beg) serialize(c->a, s, "the call is written by a macro");
    }
  }
  /* global state races with ordinary code, unless the program orders the
   * call's side effects itself with delayed_after / delayed_bind */
  if (ce->global && !s->after && !s->nbind)
    serialize(c->a, s, fmt("'%s' touches shared state: '%s' (delayed-global-state)", ce->name, ce->global));
  if (!s->serial) recover_arg_texts(c, s);
  if (ce->variadic) serialize(c->a, s, "the function is variadic");
  if (!ce->prototyped) serialize(c->a, s, "the function has no prototype");
  if (s->narg != ce->nparam && !s->serial) serialize(c->a, s, "argument count differs from the prototype");
}

static void find_sites(Ctx *c, Node *n) {
  /* post-order: inner calls first, so hoisted arguments precede their user */
  for (int i = 0; i < n->nkid; i++) find_sites(c, n->kid[i]);
  if (n->kind != CXCursor_CallExpr) return;
  Callee *ce = NULL;
  Node *fnref = NULL, **bind = NULL;
  int nbind = 0;
  int r = an_is_delayed_call(c->u, n, &ce, &fnref, &bind, &nbind);
  if (r < 0) {
    an_explain(c->a, n, "call through a function pointer runs serially: delayc names tasks by function");
    return;
  }
  if (r == 0) return;
  classify_call(c, n, ce, fnref, bind, nbind);
}

/* ---- 2. references to objects ---- */

typedef struct Ref {
  Obj *obj;
  Node *node;        /* DeclRefExpr, or the hoisted call */
  Node *elem;        /* enclosing X[i] when the object is subscripted */
  int write;         /* assigned, incremented, or address passed on */
  int addr;          /* address taken or array decayed outside a subscript */
} Ref;

typedef struct Refs { Ref *r; int n; } Refs;

static Site *hoisted(Func *f, Node *call) {
  Site *s = site_of_call(f, call);
  return s && s->form == SITE_HOIST && !s->serial ? s : NULL;
}

static int lvalue_use(Unit *u, Node *n, int *addr) {
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

static void collect_refs(Ctx *c, Node *n, Refs *out, int all) {
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

/* ---- 3. dependencies of a task ---- */

/* Side-effect free, counting a hoisted delayed call as the read of its result. */
static int pure_but_hoisted(Ctx *c, Node *n) {
  if (n->kind == CXCursor_CallExpr && hoisted(c->f, n)) return 1;
  switch (n->kind) {
  case CXCursor_CallExpr: case CXCursor_CompoundAssignOperator: case CXCursor_StmtExpr:
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

static Dep *add_dep(Site *s, Obj *o, Acc acc, char *index, char *start, char *count) {
  for (int i = 0; i < s->ndep; i++) {
    Dep *d = &s->dep[i];
    if (d->obj != o) continue;
    int same = (!d->index && !index && !d->count && !count && !d->start && !start) ||
               (d->index && index && !strcmp(d->index, index));
    if (same) {
      if (d->acc != acc) d->acc = ACC_INOUT;
      return d;
    }
  }
  s->dep = xrealloc(s->dep, (size_t)(s->ndep + 1) * sizeof *s->dep);
  s->dep[s->ndep++] = (Dep){o, acc, index, start, count, 0};
  return &s->dep[s->ndep - 1];
}

/* Expression text without blanks and integer casts, for comparing shapes. */
static char *norm(const char *t) {
  static const char *casts[] = {"(long)", "(size_t)", "(int)", "(unsigned)", "(longlong)", "(unsignedlong)",
                                "(ptrdiff_t)", "(unsignedint)", NULL};
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = t; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n') buf_add(&b, p, 1);
  for (int again = 1; again;) {
    again = 0;
    for (int i = 0; casts[i]; i++) {
      char *q = strstr(b.s, casts[i]);
      if (q) { memmove(q, q + strlen(casts[i]), strlen(q + strlen(casts[i])) + 1); again = 1; }
    }
  }
  return b.s;
}

/* A range [start, start + count) where count is a constant argument C and start
 * is 0 or E*C: one of the aligned blocks of size C.  Two such ranges of the same
 * C are identical or disjoint, as OpenMP requires of depend items, so the block
 * can be named by its first element.  Returns C, or 0. */
static long long aligned_block(Site *s, Param *pm, const char *start) {
  if (!pm->count || !start) return 0;
  char *cn = norm(pm->count);
  int k = -1;
  for (int i = 0; i < s->callee->nparam; i++)
    if (!strcmp(s->callee->param[i].name, cn)) k = i;
  free(cn);
  if (k < 0 || k >= s->narg) return 0;
  int ok;
  long long v = eval_int(s->arg[k], &ok);
  if (!ok || v <= 0) return 0;
  return v;
}

/* The text of an index expression, if it can be evaluated again in a depend
 * clause: side-effect free, and reading no tracked object. */
static char *index_text(Ctx *c, Node *idx) {
  if (!pure_expr(c->u, idx) || has_macro(idx)) return NULL;
  Refs r = {0};
  collect_refs(c, idx, &r, 0);
  int n = r.n;
  free(r.r);
  if (n) return NULL;
  return fe_text(c->u, idx->beg, idx->end);
}

/* Substitute parameter names in an annotation expression by the temporaries
 * holding the arguments.  NULL if a needed argument is not evaluated at the call. */
static char *subst_params(Site *s, const char *expr) {
  Buf b = {0};
  buf_add(&b, "", 0);
  const char *p = expr;
  while (*p) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_') {
      const char *q = p;
      while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_') q++;
      int done = 0;
      for (int i = 0; i < s->callee->nparam; i++) {
        const char *pn = s->callee->param[i].name;
        if (strlen(pn) == (size_t)(q - p) && !strncmp(pn, p, (size_t)(q - p))) {
          if (i >= s->narg || !s->argtemp[i]) { free(b.s); return NULL; }
          buf_printf(&b, "(%s)", s->argtemp[i]);
          done = 1;
          break;
        }
      }
      if (!done) buf_add(&b, p, (size_t)(q - p));
      p = q;
    } else if (*p == '"' || *p == '\'') {
      free(b.s);        /* no literals in a count: refuse rather than mis-substitute */
      return NULL;
    } else {
      buf_add(&b, p++, 1);
    }
  }
  return b.s;
}

static Acc dir_acc(Dir d) { return d == DIR_IN ? ACC_IN : d == DIR_OUT ? ACC_OUT : ACC_INOUT; }

/* The variable a pointer argument points into: X, &X, &X[i], X + i, (T *)X. */
static Obj *pointer_base(Ctx *c, Node *arg) {
  Node *a = fe_strip(arg);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return NULL;
  if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
    a = fe_strip(a->kid[0]);
    if (a->kind == CXCursor_ArraySubscriptExpr) a = fe_strip(a->kid[0]);
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "+")) {
    Node *l = fe_strip(a->kid[0]);
    a = l->kind == CXCursor_DeclRefExpr ? l : fe_strip(a->kid[1]);
  } else if (a->kind == CXCursor_ArraySubscriptExpr &&
             clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) {
    a = fe_strip(a->kid[0]);      /* a row of a 2-D array */
  }
  if (!a || a->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = ref_decl(a);
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (a != fe_strip(arg) && !(t.kind == CXType_ConstantArray || t.kind == CXType_Pointer) &&
      fe_strip(arg)->kind != CXCursor_UnaryOperator)
    return NULL;
  int had = an_object_of(c->f, d) != NULL;
  Obj *o = get_obj(c->f, d);
  if (o && o->kind == OBJ_VIEW) return o->base;
  if (o && !had && o->kind == OBJ_BUFFER && !owned_buffer(c->u, c->f, o)) {
    c->f->nobj--;                /* a pointer of unknown provenance: not tracked */
    free(o);
    return NULL;
  }
  return o;
}

/* A pointer argument naming tracked memory: X, &X, &X[i], X + i, &x. */
static int pointer_region(Ctx *c, Site *s, int i, Param *pm) {
  Node *a = fe_strip(s->arg[i]);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return 0;
  Acc acc = dir_acc(pm->dir);
  if (a->kind == CXCursor_StringLiteral) return pm->dir == DIR_IN;   /* read-only literal */
  Obj *o = NULL;
  char *start = NULL;      /* NULL: element 0; "": unknown */
  int one = 0;             /* &X[i], &x: the address of one element */
  if (a->kind == CXCursor_DeclRefExpr) {
    o = get_obj(c->f, ref_decl(a));
    if (o && o->kind == OBJ_SCALAR) o = NULL;    /* a pointer value held in a scalar */
  } else if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
    Node *x = fe_strip(a->kid[0]);
    one = 1;
    if (x->kind == CXCursor_DeclRefExpr) o = get_obj(c->f, ref_decl(x));
    else if (x->kind == CXCursor_ArraySubscriptExpr) {
      Node *base = fe_strip(x->kid[0]);
      if (base->kind == CXCursor_DeclRefExpr) {
        o = get_obj(c->f, ref_decl(base));
        if (o && o->kind == OBJ_SCALAR) o = NULL;
        start = index_text(c, x->kid[1]);
        if (o && !start) start = xstrdup("");
      }
    }
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "+")) {
    Node *base = fe_strip(a->kid[0]), *off = a->kid[1];
    if (base->kind != CXCursor_DeclRefExpr) { base = fe_strip(a->kid[1]); off = a->kid[0]; }
    if (base->kind == CXCursor_DeclRefExpr) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind == OBJ_SCALAR) o = NULL;
      start = index_text(c, off);
      if (o && !start) start = xstrdup("");
    }
  } else if (a->kind == CXCursor_ArraySubscriptExpr &&
             clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) {
    /* X[i] of a 2-D array decays to row i: exactly that row */
    Node *base = fe_strip(a->kid[0]);
    if (base->kind == CXCursor_DeclRefExpr) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind != OBJ_ARRAY) o = NULL;
      start = index_text(c, a->kid[1]);
      if (o && start) {
        add_dep(s, o, acc, NULL, start, xstrdup("1"));
        return 1;
      }
      return 0;
    }
  }
  if (o && o->kind == OBJ_VIEW) {
    /* where the view points now, as an index into its base */
    char *ba = an_access(o->base);
    char *off = fmt("(%s - %s)", o->name, ba);
    start = !start ? off : *start ? fmt("%s + (%s)", off, start) : start;
    o = o->base;
  }
  if (!o) return 0;
  if (o->kind == OBJ_BUFFER && !owned_buffer(c->u, c->f, o)) return 0;
  if (o->kind == OBJ_SCALAR) { add_dep(s, o, acc, NULL, NULL, NULL); return 1; }
  char *count = pm->count ? subst_params(s, pm->count) : NULL;
  /* counts are in the parameter's units, starts in the object's: they must agree */
  if (pm->psize <= 0 || o->esize <= 0 || pm->psize != o->esize) {
    if (o->kind != OBJ_ARRAY) return 0;
    start = NULL;                 /* an array: depend on all of it */
    count = NULL;
  }
  /* DELAYED_IN/OUT/INOUT with no count on the address of one element: that element */
  if (!count && one && pm->annotated && start && *start) count = xstrdup("1");
  if (start && !*start) { start = NULL; count = NULL; }   /* unknown start: whole */
  if (!count && start && o->kind == OBJ_BUFFER) return 0; /* unknown extent */
  if (!count) start = NULL;                                /* from start to the end: whole */
  if (!count && o->kind == OBJ_BUFFER) return 0;           /* an owned buffer of unknown size */
  Dep *d = add_dep(s, o, acc, NULL, start ? start : xstrdup("0"), count);
  long long bs = aligned_block(s, pm, d->start);
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
    if (ok) d->block = bs;
    free(ct);
    free(st);
  }
  return 1;
}

static int refs_global_or_deref(Ctx *c, Node *n) {
  if (n->kind == CXCursor_UnaryExpr) return 0;
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = ref_decl(n);
    if (clang_getCursorKind(d) == CXCursor_VarDecl && !trackable(c->f, d)) {
      CXType t = clang_getCursorType(d);
      if (!clang_isConstQualifiedType(t)) return 1;
    }
  }
  if (n->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, n)) return 1;
  if (n->kind == CXCursor_MemberRefExpr) {
    /* p->m reads through a pointer */
    if (n->nkid && n->end > n->kid[0]->end) {
      unsigned q = fe_skip_space(c->u, n->kid[0]->end);
      if (q + 1 < c->u->len && c->u->src[q] == '-' && c->u->src[q + 1] == '>') return 1;
    }
  }
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

static int site_task_deps(Ctx *c, Site *s) {
  Func *f = c->f;
  s->ndep = 0;
  s->argtask = xcalloc((size_t)s->narg + 1, sizeof *s->argtask);
  s->argtemp = xcalloc((size_t)s->narg + 1, sizeof *s->argtemp);
  /* arguments: evaluated at the call unless they read task results */
  for (int i = 0; i < s->narg; i++) {
    Refs r = {0};
    collect_refs(c, s->arg[i], &r, 0);
    int reads = 0;
    for (int k = 0; k < r.n; k++) reads |= !r.r[k].addr || r.r[k].elem != NULL;
    Param *pm = i < s->callee->nparam ? &s->callee->param[i] : NULL;
    if (pm && pm->dir != DIR_VALUE && r.n && (!reads || pointer_base(c, s->arg[i]))) {
      s->argtemp[i] = fmt("\001a%d_%d", s->id, i);     /* an address: known now */
    } else if (r.n && pm && pm->dir != DIR_VALUE) {
      free(r.r);
      serialize(c->a, s, fmt("pointer argument %d is itself a pending result", i + 1));
      return 0;
    } else if (r.n) {
      if (!pure_but_hoisted(c, s->arg[i])) { free(r.r); serialize(c->a, s, fmt("argument %d reads a pending result and has side effects", i + 1)); return 0; }
      if (refs_global_or_deref(c, s->arg[i])) { free(r.r); serialize(c->a, s, fmt("argument %d mixes a pending result with memory delayc does not track", i + 1)); return 0; }
      s->argtask[i] = 1;
      for (int k = 0; k < r.n; k++) {
        Ref *x = &r.r[k];
        if (x->elem) {
          char *idx = index_text(c, x->elem->kid[1]);
          add_dep(s, x->obj, ACC_IN, idx, NULL, NULL);
        } else {
          add_dep(s, x->obj, ACC_IN, NULL, NULL, NULL);
        }
      }
    } else {
      s->argtemp[i] = fmt("\001a%d_%d", s->id, i);
    }
    free(r.r);
  }
  /* memory reachable through pointers inside an argument: no dependency names it */
  for (int i = 0; i < s->narg && i < s->callee->nparam; i++)
    if (s->callee->param[i].reaches) {
      serialize(c->a, s, fmt("argument %d holds pointers to memory delayc cannot track", i + 1));
      return 0;
    }
  /* pointer parameters: the memory behind them */
  for (int i = 0; i < s->narg && i < s->callee->nparam; i++) {
    Param *pm = &s->callee->param[i];
    if (pm->dir == DIR_VALUE || s->argtask[i]) continue;
    if (!pointer_region(c, s, i, pm)) {
      char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
      Node *a = fe_strip(s->arg[i]);
      int null = a && (a->kind == CXCursor_IntegerLiteral || !strcmp(t, "NULL") || !strcmp(t, "0"));
      if (!null) {
        serialize(c->a, s, fmt("pointer argument '%s' points to memory whose extent or aliasing delayc cannot prove", t));
        return 0;
      }
    }
  }
  /* bind tokens and values */
  for (int i = 0; i < s->nbind; i++) {
    Refs r = {0};
    collect_refs(c, s->bind[i], &r, 0);
    for (int k = 0; k < r.n; k++) add_dep(s, r.r[k].obj, ACC_IN, NULL, NULL, NULL);
    free(r.r);
  }
  /* the result */
  if (s->tobj) add_dep(s, s->tobj, ACC_OUT, s->tindex, NULL, NULL);
  if (s->temp) add_dep(s, s->temp, ACC_OUT, NULL, NULL, NULL);
  (void)f;
  return 1;
}

/* A struct with a const member cannot be assigned: its value must come from
 * its initializer, so the call stays where it is. */
static enum CXVisitorResult const_field(CXCursor f, CXClientData d);

static int has_const_member(CXType t) {
  t = clang_getCanonicalType(t);
  while (t.kind == CXType_ConstantArray) t = clang_getCanonicalType(clang_getArrayElementType(t));
  if (t.kind != CXType_Record) return 0;
  int found = 0;
  clang_Type_visitFields(t, const_field, &found);
  return found;
}

static enum CXVisitorResult const_field(CXCursor f, CXClientData d) {
  CXType t = clang_getCursorType(f);
  if (clang_isConstQualifiedType(t) || has_const_member(t)) { *(int *)d = 1; return CXVisit_Break; }
  return CXVisit_Continue;
}

/* The object a task's result goes to: a local variable or X[i]. */
static int set_target(Ctx *c, Site *s) {
  if (s->form == SITE_DECL) {
    Node *v = s->target;
    if (clang_Cursor_getStorageClass(v->cur) == CX_SC_Static) { serialize(c->a, s, "initializes a static variable"); return 0; }
    if (has_const_member(clang_getCursorType(v->cur))) { serialize(c->a, s, "its result type has a const member and cannot be assigned later"); return 0; }
    s->tobj = get_obj(c->f, v->cur);
    if (!s->tobj) { serialize(c->a, s, "its result variable cannot be tracked"); return 0; }
    return 1;
  }
  if (s->form != SITE_ASSIGN) return 1;
  Node *t = fe_strip(s->target);
  if (t->kind == CXCursor_DeclRefExpr) {
    s->tobj = get_obj(c->f, ref_decl(t));
    if (!s->tobj) { serialize(c->a, s, "its result goes to a variable that is not local (global, static or volatile)"); return 0; }
    return 1;
  }
  if (t->kind == CXCursor_ArraySubscriptExpr) {
    Node *b = fe_strip(t->kid[0]);
    if (b->kind == CXCursor_DeclRefExpr) {
      Obj *o = get_obj(c->f, ref_decl(b));
      if (o && (o->kind == OBJ_ARRAY || (o->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, o)))) {
        s->tindex = index_text(c, t->kid[1]);
        if (s->tindex) { s->tobj = o; return 1; }
      }
      if (o && o->kind == OBJ_VIEW) {
        char *idx = index_text(c, t->kid[1]);
        if (idx) {
          s->tindex = fmt("(%s - %s) + (%s)", o->name, an_access(o->base), idx);
          s->tobj = o->base;
          return 1;
        }
      }
    }
  }
  serialize(c->a, s, "its result goes to an lvalue delayc cannot track (only variables and array elements)");
  return 0;
}

/* ---- copies of pending values: dst = x ---- */

static void find_copies(Ctx *c, Node *n) {
  for (int i = 0; i < n->nkid; i++) find_copies(c, n->kid[i]);
  Node *dst = NULL, *src = NULL, *stmt = NULL;
  if (n->kind == CXCursor_BinaryOperator && fe_is_assign(c->u, n) && stmt_parent_ok(n)) {
    dst = n->kid[0]; src = n->kid[1]; stmt = n;
  } else if (n->kind == CXCursor_DeclStmt && n->nkid == 1 && n->kid[0]->kind == CXCursor_VarDecl &&
             fe_var_init(c->u, n->kid[0]) && stmt_parent_ok(n)) {
    Node *v = n->kid[0];
    CXType t = clang_getCanonicalType(clang_getCursorType(v->cur));
    if (t.kind == CXType_ConstantArray) return;
    src = fe_var_init(c->u, v);
    if (src->kind == CXCursor_InitListExpr) return;
    dst = v; stmt = n;
  }
  if (!stmt) return;
  Node *sv = fe_strip(src);
  if (!sv || sv->kind != CXCursor_DeclRefExpr) return;
  Obj *so = an_object_of(c->f, ref_decl(sv));
  if (!so || so->kind != OBJ_SCALAR || so->escaped) return;
  /* only values some task produces */
  int produced = 0;
  for (int i = 0; i < c->f->nsite; i++)
    if (!c->f->site[i]->serial && c->f->site[i]->tobj == so) produced = 1;
  if (!produced) return;
  for (int i = 0; i < c->f->nsite; i++)
    if (c->f->site[i]->stmt == stmt) return;
  Site *s = add_site(c->f, SITE_COPY, NULL, stmt);
  s->source = sv;
  s->src = so;
  s->target = dst;
  s->wrap = needs_wrap(stmt);
  s->in_loop = loop_depth_info(c, stmt, &s->trip);
  if (dst->kind == CXCursor_VarDecl) {
    s->form = SITE_COPY;
    if (has_const_member(clang_getCursorType(dst->cur))) { s->serial = 1; s->tobj = NULL; return; }
    s->tobj = get_obj(c->f, dst->cur);
    if (!s->tobj) { serialize(c->a, s, "the copy's destination cannot be tracked"); return; }
  } else {
    Node *t = fe_strip(dst);
    if (t->kind == CXCursor_DeclRefExpr) s->tobj = get_obj(c->f, ref_decl(t));
    else if (t->kind == CXCursor_ArraySubscriptExpr) {
      Node *b = fe_strip(t->kid[0]);
      Obj *o = b->kind == CXCursor_DeclRefExpr ? get_obj(c->f, ref_decl(b)) : NULL;
      if (o && (o->kind == OBJ_ARRAY || (o->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, o)))) {
        s->tindex = index_text(c, t->kid[1]);
        if (s->tindex) s->tobj = o;
      }
    }
    if (!s->tobj || has_macro(stmt)) { s->serial = 1; s->tobj = NULL; return; }   /* an ordinary read, waited for */
  }
  s->ndep = 0;
  add_dep(s, so, ACC_IN, NULL, NULL, NULL);
  add_dep(s, s->tobj, ACC_OUT, s->tindex, NULL, NULL);
}

/* ---- forwarding: `T c = f(..); ... dst = c;` becomes `dst = f(..)` ---- */

static int count_refs(Node *n, CXCursor d) {
  int k = n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d);
  for (int i = 0; i < n->nkid; i++) k += count_refs(n->kid[i], d);
  return k;
}

static int names_any(Node *n, Node *of) {
  /* does n name any variable that `of` names? */
  if (of->kind == CXCursor_DeclRefExpr && count_refs(n, clang_getCursorReferenced(of->cur))) return 1;
  for (int i = 0; i < of->nkid; i++)
    if (names_any(n, of->kid[i])) return 1;
  return 0;
}

static void forward_copies(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *k = f->site[i];
    if (k->serial || k->form != SITE_COPY || k->fused || k->target->kind == CXCursor_VarDecl) continue;
    Site *p = NULL;
    for (int j = 0; j < f->nsite; j++)
      if (!f->site[j]->serial && f->site[j]->form == SITE_DECL && f->site[j]->tobj == k->src && !f->site[j]->after)
        p = f->site[j];
    if (!p || p->fwd || k->src->escaped || p->stmt->parent != k->stmt->parent) continue;
    if (count_refs(f->body, k->src->decl) != 1) continue;       /* read only by this copy */
    Node *blk = p->stmt->parent;
    int ip = -1, ik = -1;
    for (int j = 0; j < blk->nkid; j++) {
      if (blk->kid[j] == p->stmt) ip = j;
      if (blk->kid[j] == k->stmt) ik = j;
    }
    if (ip < 0 || ik <= ip) continue;
    int clash = 0;
    for (int j = ip + 1; j < ik && !clash; j++) clash = names_any(blk->kid[j], k->target);
    if (clash) continue;
    p->fwd = k->target;
    p->tobj = k->tobj;
    p->tindex = k->tindex;
    k->fused = 1;
    k->src->slot = 0;
    k->src->nested = 0;
    k->src->fused = 1;
  }
}

/* ---- escapes: an object whose address is kept by ordinary code ---- */

static int in_site(Func *f, Node *n) {
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

static void find_escapes(Ctx *c) {
  Refs r = {0};
  collect_refs(c, c->f->body, &r, 0);
  for (int i = 0; i < r.n; i++) {
    Ref *x = &r.r[i];
    if (!x->addr || in_site(c->f, x->node)) continue;
    /* follow the address through casts, offsets and choices to its user */
    Node *n = x->node;
    for (;;) {
      Node *p = n->parent;
      if (!p) break;
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
    Node *p = n->parent;
    int kept = 0;
    if (p && ((p->kind == CXCursor_BinaryOperator && fe_is_assign(c->u, p) && n == p->kid[1]) ||
              p->kind == CXCursor_ReturnStmt || p->kind == CXCursor_InitListExpr))
      kept = 1;
    if (p && p->kind == CXCursor_VarDecl) {
      Obj *v = an_object_of(c->f, p->cur);
      kept = !(v && v->kind == OBJ_VIEW && v->base == x->obj);   /* a view of it: tracked */
    }
    if (kept && !x->obj->escaped) {
      x->obj->escaped = 1;
      an_explain(c->a, x->node, "'%s' has its address stored: tasks that touch it run serially", x->obj->name);
    }
  }
  free(r.r);
}

/* ---- 4. sync points ---- */

static int reaches_memory(Ctx *c, Node *n) {
  for (;;) {
    Node *p = n->parent;
    if (!p) return 1;
    if (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr || p->kind == CXCursor_CStyleCastExpr ||
        (p->kind == CXCursor_BinaryOperator && (fe_binop_is(c->u, p, "+") || fe_binop_is(c->u, p, "-")))) {
      n = p;                                      /* still an address */
      continue;
    }
    if (p->kind == CXCursor_VarDecl) {            /* the declaration of a view: no access */
      Obj *v = an_object_of(c->f, p->cur);
      return !(v && v->kind == OBJ_VIEW);
    }
    if (p->kind == CXCursor_UnaryOperator && !fe_is_deref(c->u, p) && !fe_is_addrof(c->u, p) && !fe_is_incdec(c->u, p))
      return 0;                                   /* !p, -p */
    if (p->kind == CXCursor_BinaryOperator && !fe_is_assign(c->u, p) &&
        (fe_binop_is(c->u, p, "==") || fe_binop_is(c->u, p, "!=") || fe_binop_is(c->u, p, "&&") ||
         fe_binop_is(c->u, p, "||") || fe_binop_is(c->u, p, "<") || fe_binop_is(c->u, p, ">") ||
         fe_binop_is(c->u, p, "<=") || fe_binop_is(c->u, p, ">=")))
      return 0;
    if ((p->kind == CXCursor_IfStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt) &&
        n != p->kid[p->kind == CXCursor_DoStmt ? 0 : p->nkid - 1])
      return 0;                                   /* if (p) */
    return 1;
  }
}

/* Can a task touching o still be pending when ordinary code reaches `at`?
 * Only if such a task is spawned earlier in the text, or in a loop around
 * `at` (a previous iteration), or the function jumps backwards. */
static int pending_possible(Ctx *c, Node *at, Obj *o) {
  Func *f = c->f;
  if (f->backjump) return 1;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    int touches = 0;
    for (int k = 0; k < s->ndep; k++) touches |= s->dep[k].obj == o;
    if (!touches) continue;
    Node *sn = s->form == SITE_HOIST ? s->stmt : s->call ? s->call : s->stmt;
    if (sn->beg < at->beg || sn == at) return 1;      /* hoisted: spawned just before */
    for (Node *l = at->parent; l && l != f->body; l = l->parent)
      if (is_loop(l) && l->beg <= sn->beg && sn->end <= l->end) return 1;
    if (is_loop(at) && at->beg <= sn->beg && sn->end <= at->end) return 1;
  }
  return 0;
}

static void sync_full(Ctx *c, Sync *y, Obj *o) {
  if (!pending_possible(c, y->at, o)) return;
  y->full = 1;
  if (!y->why) y->why = o;
}

static void add_sync_dep(Ctx *c, Sync *y, Obj *o, Acc acc, char *index) {
  if (!pending_possible(c, y->at, o)) return;
  if (o->blocked && (o->kind != OBJ_ARRAY || o->nelem % o->blocked)) {   /* blocks of unknown extent */
    y->full = 1;
    if (!y->why) y->why = o;
    return;
  }
  for (int i = 0; i < y->ndep; i++) {
    Dep *d = &y->dep[i];
    if (d->obj == o && ((!d->index && !index) || (d->index && index && !strcmp(d->index, index)))) {
      if (d->acc != acc) d->acc = ACC_INOUT;
      return;
    }
  }
  y->dep = xrealloc(y->dep, (size_t)(y->ndep + 1) * sizeof *y->dep);
  y->dep[y->ndep++] = (Dep){o, acc, index, NULL, NULL, 0};
}

static int is_compute(Node *n) {
  return n->kind == CXCursor_CallExpr && n->nkid >= 1 && names(n->kid[0], "delayc__mark_compute");
}

/* Waits for the ordinary accesses in node n (not descending into sub-statements
 * when `shallow`). */
static void sync_refs(Ctx *c, Node *n, Sync *y, int shallow, int compute) {
  if (n->kind == CXCursor_UnaryExpr) return;
  if (shallow && n != y->at && !is_expr(n) && n->kind != CXCursor_DeclStmt && n->kind != CXCursor_VarDecl)
    return;
  if (is_compute(n)) { compute = 1; y->compute = 1; }
  if (n->kind == CXCursor_CallExpr) {
    Site *h = hoisted(c->f, n);
    if (h) { add_sync_dep(c, y, h->temp, ACC_IN, NULL); return; }
  }
  if (n->kind == CXCursor_DeclRefExpr) {
    Obj *o = an_object_of(c->f, ref_decl(n));
    if (o) {
      Refs r = {0};
      collect_refs(c, n, &r, 0);
      Ref *x = r.n ? &r.r[0] : NULL;
      if (x) o = x->obj;           /* a view stands for its base */
      Acc acc = compute ? ACC_IN : (x && (x->write || x->addr)) ? ACC_INOUT : ACC_IN;
      char *idx = NULL;
      if (x && x->elem && !x->addr) idx = index_text(c, x->elem->kid[1]);
      if (o->kind == OBJ_BUFFER && !idx && !(x && x->elem)) {
        /* the pointer value: compared or tested, the memory is not touched;
         * passed on or stored, all of it may be */
        if (x && (x->write || reaches_memory(c, n))) sync_full(c, y, o);
      } else if (o->kind == OBJ_BUFFER && !idx) {
        sync_full(c, y, o);
      } else {
        add_sync_dep(c, y, o, acc, idx);
      }
      free(r.r);
    }
  }
  for (int i = 0; i < n->nkid; i++) sync_refs(c, n->kid[i], y, shallow, compute);
}

static Sync *new_sync(Node *at, int loop) {
  Sync *y = xcalloc(1, sizeof *y);
  y->at = at;
  y->loop = loop;
  return y;
}

static void keep_sync(Ctx *c, Sync *y) {
  Func *f = c->f;
  if (!y->ndep && !y->full) { free(y); return; }
  if (y->full && y->why && y->at->kind != CXCursor_ReturnStmt)
    an_explain(c->a, y->at, "waits for every task: %s",
               y->why->blocked ? fmt("'%s' is split into blocks among tasks, and this code touches it otherwise", y->why->name)
                               : fmt("this code touches all of '%s', whose extent delayc does not know", y->why->name));
  f->sync = xrealloc(f->sync, (size_t)(f->nsync + 1) * sizeof *f->sync);
  f->sync[f->nsync++] = y;
}

static Site *task_site_at(Func *f, Node *stmt) {
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (!s->serial && s->form != SITE_HOIST && s->stmt == stmt) return s;
  }
  return NULL;
}

static void find_syncs(Ctx *c, Node *n) {
  Func *f = c->f;
  switch (n->kind) {
  case CXCursor_CompoundStmt:
    for (int i = 0; i < n->nkid; i++) find_syncs(c, n->kid[i]);
    return;
  case CXCursor_LabelStmt: case CXCursor_CaseStmt: case CXCursor_DefaultStmt:
    if (n->nkid) find_syncs(c, n->kid[n->nkid - 1]);
    return;
  case CXCursor_IfStmt: case CXCursor_SwitchStmt: {
    Sync *y = new_sync(n, 0);
    sync_refs(c, n->kid[0], y, 1, 0);
    keep_sync(c, y);
    for (int i = 1; i < n->nkid; i++) find_syncs(c, n->kid[i]);
    return;
  }
  case CXCursor_WhileStmt: case CXCursor_ForStmt: case CXCursor_DoStmt: {
    Node *body = n->kind == CXCursor_DoStmt ? n->kid[0] : n->kid[n->nkid - 1];
    Sync *y = new_sync(n, 0), *back = new_sync(n, 1);
    for (int i = 0; i < n->nkid; i++) {
      if (n->kid[i] == body) continue;
      if (n->kind != CXCursor_DoStmt) sync_refs(c, n->kid[i], y, 0, 0);
      int init = n->kind == CXCursor_ForStmt && n->nkid == 4 && i == 0;
      if (!init) sync_refs(c, n->kid[i], back, 0, 0);
    }
    keep_sync(c, y);
    keep_sync(c, back);
    find_syncs(c, body);
    return;
  }
  default:
    break;
  }
  /* a leaf statement: a task, or ordinary code */
  if (task_site_at(f, n)) return;
  Sync *y = new_sync(n, 0);
  sync_refs(c, n, y, 0, 0);
  keep_sync(c, y);
}

/* ---- the function ---- */

static int count_sites(Ctx *c, Node *n) {
  if (n->kind == CXCursor_CallExpr) {
    int r = an_is_delayed_call(c->u, n, NULL, NULL, NULL, NULL);
    if (r) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (count_sites(c, n->kid[i])) return 1;
  return 0;
}

static void analyze_func(Analysis *a, Unit *u, CXCursor fc) {
  Node *root = fe_tree(u, fc);
  Node *body = NULL;
  for (int i = 0; i < root->nkid; i++)
    if (root->kid[i]->kind == CXCursor_CompoundStmt) body = root->kid[i];
  if (!body) return;
  Func *f = xcalloc(1, sizeof *f);
  f->u = u;
  f->cur = fc;
  f->name = fe_spelling(fc);
  f->root = root;
  f->body = body;
  Ctx c = {a, u, f};
  if (!count_sites(&c, body)) { free(f); return; }
  CXType ft = clang_getCursorType(fc);
  f->variadic = ft.kind == CXType_FunctionProto && clang_isFunctionTypeVariadic(ft);
  CXType rt = clang_getResultType(ft);
  f->result = fe_type(rt);
  f->void_result = rt.kind == CXType_Void;
  int np = clang_Cursor_getNumArguments(fc);
  f->nparam = np > 0 ? np : 0;
  f->pname = xcalloc((size_t)f->nparam + 1, sizeof *f->pname);
  for (int i = 0; i < f->nparam; i++) f->pname[i] = fe_spelling(clang_Cursor_getArgument(fc, (unsigned)i));
  collect_vars(f, body);
  f->backjump = has_back_goto(body, body);

  find_sites(&c, body);
  find_views(&c);
  int refuse = 0;
  const char *why = NULL;
  if (f->variadic) { refuse = 1; why = "it is variadic (its body cannot be re-entered in a parallel region)"; }
  for (int i = 0; i < f->nparam; i++)
    if (!*f->pname[i]) { refuse = 1; why = "it has an unnamed parameter"; }
  if (has_kind(body, CXCursor_StmtExpr)) { refuse = 1; why = "it contains a statement expression"; }
  for (int i = 0; i < f->nvars; i++) {
    CXType t = clang_getCursorType(f->vars[i]->cur);
    if (t.kind == CXType_VariableArray) { refuse = 1; why = "it declares a variable-length array"; }
  }
  if (refuse)
    for (int i = 0; i < f->nsite; i++) serialize(a, f->site[i], fmt("the function '%s' cannot spawn tasks: %s", f->name, why));

  /* targets first, so that every result variable is a tracked object */
  for (int i = 0; i < f->nsite; i++)
    if (!f->site[i]->serial) set_target(&c, f->site[i]);
  /* hoisted calls write temporaries */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->form != SITE_HOIST) continue;
    Obj *o = xcalloc(1, sizeof *o);
    o->name = fmt("t%d", s->id);
    o->type = xstrdup(s->callee->result);
    o->kind = OBJ_SCALAR;
    o->temp = 1;
    o->nested = in_nested_scope(f, s->stmt);
    o->id = f->nobj;
    f->obj = xrealloc(f->obj, (size_t)(f->nobj + 1) * sizeof *f->obj);
    f->obj[f->nobj++] = o;
    s->temp = o;
  }
  /* pointer arguments and arrays read by task arguments become tracked */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || !s->callee) continue;
    for (int k = 0; k < s->narg && k < s->callee->nparam; k++)
      if (s->callee->param[k].dir != DIR_VALUE) pointer_base(&c, s->arg[k]);
  }
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < f->nsite; i++) {
      Site *s = f->site[i];
      if (s->serial || !s->callee) continue;
      for (int k = 0; k < s->narg; k++) {
        Refs r = {0};
        collect_refs(&c, s->arg[k], &r, 0);
        if (r.n) { free(r.r); r = (Refs){0}; collect_refs(&c, s->arg[k], &r, 1); }
        free(r.r);
      }
    }
    find_copies(&c, body);
  }
  find_escapes(&c);
  forward_copies(&c);
  /* slots: nested objects live in the arena, named through a pointer */
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (!o->nested || o->fused) continue;
    o->slot = 1;
    if (o->temp) continue;
    Refs r = {0};
    collect_refs(&c, body, &r, 0);
    for (int k = 0; k < r.n; k++)
      if (r.r[k].obj == o && r.r[k].node->macro) {
        o->slot = 0;
        an_explain(a, r.r[k].node, "'%s' is named inside a macro: tasks that write it run serially", o->name);
        break;
      }
    free(r.r);
    if (o->declnode && o->declnode->nkid && has_kind(o->declnode, CXCursor_InitListExpr) && o->kind != OBJ_ARRAY) {
      /* struct initializers are copied through a temporary: fine */
    }
  }
  /* a recovered argument text names variables as written: no slot may hide there */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || !s->argsrc) continue;
    for (int k = 0; k < s->narg && !s->serial; k++) {
      if (!s->argsrc[k]) continue;
      Refs r = {0};
      collect_refs(&c, s->arg[k], &r, 0);
      for (int j = 0; j < r.n; j++)
        if (r.r[j].obj->slot || r.r[j].obj->temp) {
          serialize(a, s, "an argument uses a macro and a variable delayc renames");
          break;
        }
      free(r.r);
    }
  }
  /* dependencies of each task */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial) continue;
    if (s->form == SITE_COPY) continue;
    if (!site_task_deps(&c, s)) continue;
    for (int k = 0; k < s->ndep; k++) {
      Obj *o = s->dep[k].obj;
      if (o->escaped) { serialize(a, s, fmt("'%s' has its address stored by ordinary code", o->name)); break; }
      if (o->nested && !o->slot && !o->temp) { serialize(a, s, fmt("'%s' is named inside a macro", o->name)); break; }
    }
  }
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->form != SITE_COPY) continue;
    for (int k = 0; k < s->ndep; k++) {
      Obj *o = s->dep[k].obj;
      if (o->escaped || (o->nested && !o->slot)) { serialize(a, s, "its objects cannot be tracked"); break; }
    }
  }
  /* a copy from a value whose producer is serial is ordinary code */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->form != SITE_COPY || s->fused) continue;
    int live = 0;
    for (int k = 0; k < f->nsite; k++)
      if (!f->site[k]->serial && f->site[k]->tobj == s->src && f->site[k] != s) live = 1;
    if (!live) { s->serial = 1; s->tobj = NULL; }
  }
  /* block mode: every task dependency on the object is an aligned block of one size */
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    long long bs = -1;
    for (int k = 0; k < f->nsite && bs; k++) {
      Site *s = f->site[k];
      if (s->serial || s->fused) continue;
      for (int j = 0; j < s->ndep; j++) {
        Dep *d = &s->dep[j];
        if (d->obj != o) continue;
        if (!d->block || (bs > 0 && d->block != bs)) { bs = 0; break; }
        bs = d->block;
      }
    }
    o->blocked = bs > 0 ? bs : 0;
  }
  /* elementwise mode and cutoffs */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) { continue; }
    f->ntask++;
    for (int k = 0; k < s->ndep; k++)
      if (s->dep[k].index || s->dep[k].count) s->dep[k].obj->elementwise = 1;
    if (s->callee && s->callee->cutoff) {
      int all = 1;
      for (int k = 0; k < s->narg; k++) all &= s->argtemp[k] != NULL;
      s->cutoff = all ? subst_params(s, s->callee->cutoff) : NULL;
      if (!s->cutoff)
        an_explain(a, s->call, "cutoff of '%s' not applied here: an argument is a pending result", s->callee->label);
    }
  }
  /* whole-buffer task dependencies need an extent in elementwise mode */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial) continue;
    for (int k = 0; k < s->ndep; k++) {
      Dep *d = &s->dep[k];
      if (d->obj->kind == OBJ_BUFFER && d->obj->elementwise && !d->index && !d->count) {
        serialize(a, s, fmt("'%s' is accessed element by element elsewhere and this call names no extent for it", d->obj->name));
        f->ntask--;
        break;
      }
    }
  }
  if (f->ntask == 0) return;     /* nothing to do: the function stays as written */
  for (int i = 0; i < f->nobj; i++) f->nslot += f->obj[i]->slot;
  find_syncs(&c, body);
  a->fn = xrealloc(a->fn, (size_t)(a->nfn + 1) * sizeof *a->fn);
  a->fn[a->nfn++] = f;
}

typedef struct { Analysis *a; Unit *u; } RunCtx;

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  RunCtx *r = d;
  if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) && fe_in_main(r->u, c))
    analyze_func(r->a, r->u, c);
  return CXChildVisit_Continue;
}

void an_run(Analysis *a, Unit *u) {
  memset(a, 0, sizeof *a);
  a->u = u;
  RunCtx r = {a, u};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), top_visit, &r);
  for (int i = 0; i < a->nfn; i++) {
    Func *f = a->fn[i];
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (s->serial) continue;
      for (int j = 0; j < s->ndep; j++) assert(s->dep[j].obj);
    }
  }
}
