/* sites.c — which calls are delayed, and the shape each one is lowered in.
 *
 * A call is delayed when its callee is DELAYED, or it is written delayed(f)(..)
 * or delayed_bind(f, ..)(..).  Its site form says where the result goes: nowhere
 * (a call statement), a variable or element (`x = f()`, `T x = f()`), or a
 * temporary when the call is nested in an expression and can be hoisted before
 * its statement (never out of a branch of ?:, &&, ||, a loop condition, sizeof
 * or _Generic — except that `return c ? a : b;` is split into if/else).  A call
 * in an operand that is never evaluated (typeof, sizeof expr, _Generic's
 * controlling expression) is no site at all. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- which calls are delayed ---- */

/* Is `call` a delayed call?  It is when the callee is a DELAYED function, or is
 * written delayed(f) or delayed_bind(f, ...) (the header's markers under
 * __DELAYC__: `(delayc__mark_delayed, f)` and `(delayc__mark_bind(0, t...), f)`).
 * On success *fnref is the DeclRefExpr naming the function. */
int an_is_delayed_call(Unit *u, Node *call, Callee **callee, Node **fnref, Node ***bind, int *nbind) {
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
  Callee *ce = fe_callee(u, clang_getCursorReferenced(f->cur));
  if (!marked && !ce->delayed) return 0;
  callee_effects(u, ce);        /* what it touches; directions its body contradicts */
  if (callee) *callee = ce;
  if (fnref) *fnref = f;
  return 1;
}

Site *site_of_call(Func *f, Node *call) {
  for (int i = 0; i < f->nsite; i++)
    if (f->site[i]->call == call) return f->site[i];
  return NULL;
}

/* ---- 1. sites ---- */

/* Where may a call nested in an expression be hoisted?  Walking up from the
 * call to its statement, nothing may evaluate it conditionally or repeatedly.
 * Returns the statement, or NULL (with *why set). */
/* The ReturnStmt whose value is exactly this conditional operator, or NULL. */
Node *return_of_ternary(Node *q) {
  while (q->parent && (q->parent->kind == CXCursor_ParenExpr ||
                       (q->parent->kind == CXCursor_UnexposedExpr && q->parent->nkid == 1)))
    q = q->parent;
  return q->parent && q->parent->kind == CXCursor_ReturnStmt ? q->parent : NULL;
}

/* Side-effect free, but for delayed calls already found hoistable. */
int pure_or_hoisting(Ctx *c, Node *n) {
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

static int names_decl(Node *n, CXCursor d) {
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (names_decl(n->kid[i], d)) return 1;
  return 0;
}

/* `int a = f(1), b = a + f(2);`: a call in one declarator of several moves
 * before the statement when it names none of the statement's variables and
 * the initializers before its own have no side effects (it would run before
 * them).  Returns NULL, or why it cannot move. */
static const char *hoist_from_declaration(Ctx *c, Node *ds, Node *own, Node *call) {
  int before = 1;                     /* kid i is a declarator before own */
  for (int i = 0; i < ds->nkid; i++) {
    Node *v = ds->kid[i];
    if (v == own) before = 0;
    if (v->kind == CXCursor_StructDecl || v->kind == CXCursor_UnionDecl || v->kind == CXCursor_EnumDecl)
      return "in a declaration that declares its type too (`struct { ... } s = { ... };`): declare the type first";
    if (v->kind != CXCursor_VarDecl) return "in a declaration of several variables";
    if (names_decl(call, v->cur)) return "in a declaration of several variables, one of which it names";
    Node *init = fe_var_init(c->u, v);
    if (before && init && !pure_or_hoisting(c, init))
      return "in a declaration of several variables, after an initializer with side effects";
  }
  return NULL;
}

Node *hoist_anchor(Ctx *c, Node *call, const char **why, Node **ternary, int *branch) {
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
    if (!ds || ds->kind != CXCursor_DeclStmt) { *why = "not inside a statement"; return NULL; }
    if (ds->nkid != 1 && (*why = hoist_from_declaration(c, ds, p, call))) return NULL;
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
  for (Node *q = n; q; q = q->parent)
    if (q->kind == CXCursor_StmtExpr) *why = "inside a statement expression";
  return NULL;
}

/* An argument inside delayed_after(...) that uses a macro of its own (`put(N)`)
 * has no usable range in the tree: libclang only knows the outer expansion.
 * Its text is recovered from the call's own text, split at top-level commas. */
int copyable(Node *a) { return !a->macro && a->beg < a->end; }

void recover_arg_texts(Ctx *c, Site *s) {
  int need = 0;
  for (int i = 0; i < s->narg; i++) need |= !copyable(s->arg[i]);
  if (!need) return;
  Node *call = s->call;
  if (call->macro || call->beg >= call->end) {
    serialize(c->a, s, "the call is written by a macro: delayc rewrites the text of a call, and this one's is in "
              "the macro's definition (write the call itself where the macro is used, or make the macro a function)");
    return;
  }
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

/* May a call in n leave the function by longjmp? */
int calls_longjmp(Unit *u, Node *n) {
  if (n->kind == CXCursor_CallExpr && fx_call_may_longjmp(u, n->cur)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (calls_longjmp(u, n->kid[i])) return 1;
  return 0;
}

/* `int a = f(1), b = g(2);`: every declarator of the statement is initialized
 * by a delayed call alone: each is a task that declares its variable, in order
 * (lower/place.c writes the statement once as their texts). */
static int all_decls_call(Ctx *c, Node *ds) {
  for (int i = 0; i < ds->nkid; i++) {
    Node *v = ds->kid[i];
    if (v->kind != CXCursor_VarDecl) return 0;
    Node *init = fe_var_init(c->u, v);
    Node *call = init ? fe_strip(init) : NULL;
    Callee *ce = NULL;
    Node *fnref = NULL, **bind = NULL;
    int nbind = 0;
    if (!call || call->kind != CXCursor_CallExpr || !an_is_delayed_call(c->u, call, &ce, &fnref, &bind, &nbind)) return 0;
    free(bind);
  }
  return 1;
}

/* A struct or union passed by value (its pointers: analysis/memory.c). */
static int by_value_aggregate(Site *s, int i) {
  CXType t = clang_getCanonicalType(clang_getCursorType(s->arg[i]->cur));
  return t.kind == CXType_Record;
}

/* A pointer to data that holds pointers (a node of a tree, a list), which the
 * callee only reads, all the way down: the task reads all of <memory> (deps.c). */
int deep_read_only(Unit *u, Site *s, int i) {
  const Effects *fx = callee_effects(u, s->callee);
  CXType t = clang_getCanonicalType(clang_getCursorType(s->arg[i]->cur));
  return t.kind == CXType_Pointer && s->callee->param[i].dir == DIR_IN && fx && i < fx->nparam &&
         !(fx->param[i] & (FX_WRITE | FX_KEEP)) && !fx->all && !(fx->mem & FX_WRITE);   /* (nor writes memory
                                                                                        it cannot place) */
}

/* What the callee's signature alone rules out (before the objects are known,
 * so that ordinary-code rules such as escapes see these calls as ordinary). */
static void callee_checks(Ctx *c, Site *s) {
  for (int i = 0; i < s->narg; i++)
    if (calls_longjmp(c->u, s->arg[i])) {
      serialize(c->a, s, fmt("argument %d may leave the function by longjmp: ordinary code first waits", i + 1));
      return;
    }
  /* memory reachable through pointers inside an argument: no dependency names it */
  for (int i = 0; i < s->narg && i < s->callee->nparam; i++)
    if (s->callee->param[i].reaches && !by_value_aggregate(s, i) && !deep_read_only(c->u, s, i) &&
        !memory_counted_struct_at(c, s, i)) {   /* (its members' regions: deps.c) */
      serialize_untracked(c, s, i);
      return;
    }
  /* a pointer result may point into the memory it was given: ordinary code
   * using it would not know to wait for the tasks on that memory (not a
   * result made of the function's own blocks only) */
  if (!s->callee->void_result && s->callee->result_pointer && !access_returns_fresh(c->u, s->callee->cur)) {
    for (int i = 0; i < s->narg && i < s->callee->nparam; i++)
      if (s->callee->param[i].dir != DIR_VALUE) {
        serialize(c->a, s, "it returns a pointer (or a struct holding one) and takes pointers: the result may alias tracked memory");
        return;
      }
  }
}

/* Is the cast `(T)x`, x arithmetic, the right side of an assignment (or the
 * initializer of a variable) of type T itself? */
static int cast_to_target(Unit *u, Node *cast) {
  CXType t = clang_getCanonicalType(clang_getCursorType(cast->cur));
  Node *x = cast->nkid ? fe_strip(cast->kid[cast->nkid - 1]) : NULL;
  if (!x || t.kind < CXType_Bool || t.kind > CXType_LongDouble) return 0;
  CXType xt = clang_getCanonicalType(clang_getCursorType(x->cur));
  if (xt.kind < CXType_Bool || xt.kind > CXType_LongDouble) return 0;
  Node *up = cast;
  while (up->parent && (up->parent->kind == CXCursor_ParenExpr ||
                        (up->parent->kind == CXCursor_UnexposedExpr && up->parent->nkid == 1)))
    up = up->parent;
  Node *p = up->parent;
  CXType target;
  if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && up == p->kid[1] && fe_is_assign(u, p))
    target = clang_getCanonicalType(clang_getCursorType(p->kid[0]->cur));
  else if (p && p->kind == CXCursor_VarDecl)
    target = clang_getCanonicalType(clang_getCursorType(p->cur));
  else
    return 0;
  return target.kind == t.kind;
}

void classify_call(Ctx *c, Node *call, Callee *ce, Node *fnref, Node **bind, int nbind) {
  Func *f = c->f;
  const char *hoist_why = NULL;
  Node *up = call;
  while (up->parent && (up->parent->kind == CXCursor_ParenExpr ||
                        (up->parent->kind == CXCursor_UnexposedExpr && up->parent->nkid == 1)))
    up = up->parent;
  Node *p = up->parent;
  /* `image[k] = (float)shade(...)`, `float v = (float)f(x)`: a cast of an
   * arithmetic result to the type it is stored as is the conversion the store
   * makes anyway: the plain assignment (blind round 53a: the call ran inline) */
  if (p && p->kind == CXCursor_CStyleCastExpr && cast_to_target(c->u, p)) {
    up = p;
    while (up->parent && (up->parent->kind == CXCursor_ParenExpr ||
                          (up->parent->kind == CXCursor_UnexposedExpr && up->parent->nkid == 1)))
      up = up->parent;
    p = up->parent;
  }
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
      /* `(void)delayed_after(f(x));`: the token dropped on purpose (gcc -Wall
       * warns about an unused value otherwise) is the statement form */
      if (r->parent && r->parent->kind == CXCursor_CStyleCastExpr &&
          clang_getCanonicalType(clang_getCursorType(r->parent->cur)).kind == CXType_Void && stmt_parent_ok(r->parent))
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
             (p->parent->nkid == 1 || all_decls_call(c, p->parent)) && stmt_parent_ok(p->parent)) {
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
  if (call->foreign && !s->serial)
    serialize(c->a, s, "the call is written by a macro: delayc rewrites the text of a call, and this one's is in "
              "the macro's definition (write the call itself where the macro is used, or make the macro a function)");
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
  /* a longjmp out of a task would leave the task region, on another thread */
  if (ce->longjmps) serialize(c->a, s, "it may leave by longjmp, which a task cannot do");
  /* what it touches besides its arguments: ordered by dependencies on that
   * shared state (shared_state.c), not left serial */
  const Effects *fx = callee_effects(c->u, ce);
  if (fx->tls)
    serialize(c->a, s, fmt("'%s' uses the thread-local %s: a task on another thread would see that "
                           "thread's copy", ce->name, fx->tls));
  for (int i = 0; i < ce->nparam && !ce->told; i++)
    if (ce->param[i].contradicted == 2) {     /* stored (`*pp = q`): the copy may be written later */
      ce->told = 1;
      an_explain(c->a, call, "'%s' hands its parameter '%s' on (stores the pointer), declared %s: what it points "
                 "to may be written through the copy after the call (if not by the body itself), so the task takes "
                 "it as INOUT", ce->name,
                 ce->param[i].name, ce->param[i].annotated ? "DELAYED_IN" : "a pointer to const");
    } else if (ce->param[i].contradicted) {
      ce->told = 1;
      an_explain(c->a, call, "'%s' writes through its parameter '%s', declared %s: taken as INOUT "
                 "(delayed-mutates-input)", ce->name, ce->param[i].name,
                 ce->param[i].annotated ? "DELAYED_IN" : "a pointer to const");
    }
  if (!s->serial) callee_checks(c, s);
  if (!s->serial) recover_arg_texts(c, s);
  if (ce->variadic) serialize(c->a, s, "the function is variadic");
  if (!ce->prototyped) serialize(c->a, s, "the function has no prototype");
  if (s->narg != ce->nparam && !s->serial) serialize(c->a, s, "argument count differs from the prototype");
}

/* ---- calls through pointers that may reach a DELAYED function ---- */

typedef struct Taken { char *names; CXType type[16]; int ntype; } Taken;   /* "'work', 'work2'", their types */

static void taken_dispose(void *p) {
  Taken *t = p;
  free(t->names);
  free(t);
}

static void taken_scan(Unit *u, Taken *t, Node *n) {
  if (n->kind == CXCursor_CallExpr && n->nkid && an_is_delayed_call(u, n, NULL, NULL, NULL, NULL)) {
    for (int i = 1; i < n->nkid; i++) taken_scan(u, t, n->kid[i]);   /* delayed(f)(x): f named, not taken */
    return;
  }
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    Node *p = n->parent;
    while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
    int callee = p && p->kind == CXCursor_CallExpr && p->nkid && callee_fn(p->kid[0]) == n;
    if (clang_getCursorKind(d) == CXCursor_FunctionDecl && !callee && fe_callee(u, d)->delayed) {
      char *nm = fe_spelling(d);
      CXType ft = clang_getCanonicalType(clang_getCursorType(d));
      int seen = 0;
      for (int k = 0; k < t->ntype && !seen; k++) seen = clang_equalTypes(t->type[k], ft);
      if (!seen && t->ntype < 16) t->type[t->ntype++] = ft;
      char *q = fmt("'%s'", nm);
      if (!t->names || !strstr(t->names, q)) {
        char *all = t->names ? fmt("%s, %s", t->names, q) : xstrdup(q);
        free(t->names);
        t->names = all;
      }
      free(q);
      free(nm);
    }
  }
  for (int i = 0; i < n->nkid; i++) taken_scan(u, t, n->kid[i]);
}

static enum CXChildVisitResult taken_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  void **args = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (((k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) || k == CXCursor_VarDecl) && fe_in_main(args[0], c)) {
    Node *t = fe_tree(args[0], c);
    taken_scan(args[0], args[1], t);
    fe_free_tree(t);
  }
  return CXChildVisit_Continue;
}

/* The DELAYED functions of the file whose address it takes (a table of
 * them, a callback), as "'work', 'work2'", or NULL. */
static const char *delayed_taken(Unit *u) {
  Taken *t = fe_kept(u, taken_dispose);
  if (!t) {
    t = xcalloc(1, sizeof *t);
    void *args[2] = {u, t};
    clang_visitChildren(clang_getTranslationUnitCursor(u->tu), taken_top, args);
    fe_keep(u, t, taken_dispose);
  }
  return t->names;
}

/* Is n a call through a pointer that may reach a DELAYED function of the
 * file (one whose address it takes)? */
int pointer_call_to_delayed(Unit *u, Node *n) {
  if (n->kind != CXCursor_CallExpr || !n->nkid || callee_fn(n->kid[0]) || !delayed_taken(u)) return 0;
  if (an_is_delayed_call(u, n, NULL, NULL, NULL, NULL)) return 0;   /* delayed(f)(x), delayed_bind(f, t)(x) */
  Taken *t = fe_kept(u, taken_dispose);
  CXType pt = clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur));
  CXType ft = pt.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(pt)) : pt;
  for (int k = 0; k < t->ntype; k++)    /* a pointer of the type of one of them */
    if (clang_equalTypes(t->type[k], ft)) return 1;
  return 0;
}

void find_sites(Ctx *c, Node *n) {
  /* post-order: inner calls first, so hoisted arguments precede their user */
  for (int i = 0; i < n->nkid; i++) find_sites(c, n->kid[i]);
  if (n->kind != CXCursor_CallExpr) return;
  Callee *ce = NULL;
  Node *fnref = NULL, **bind = NULL;
  int nbind = 0;
  int r = an_is_delayed_call(c->u, n, &ce, &fnref, &bind, &nbind);
  if (r < 0 && unevaluated(c->u, c->f->typeof_text, n)) return;
  if (r < 0) {
    an_explain(c->a, n, "call through a function pointer runs serially: delayc names tasks by function (call "
               "the function by its name, a switch over the choices if it varies, and mark it DELAYED)");
    if (!c->a->nopaque++) {
      c->a->opaque_line = n->line;
      c->a->opaque_col = n->col;
    }
    return;
  }
  if (r == 0 && pointer_call_to_delayed(c->u, n) && !unevaluated(c->u, c->f->typeof_text, n)) {
    /* ops[i](x) with ops holding DELAYED functions: an ordinary call (said, and counted) */
    char *t = fe_text(c->u, n->kid[0]->beg, n->kid[0]->end);
    an_explain(c->a, n, "call through the pointer '%s' runs as an ordinary call, never a task, though it may reach "
               "the DELAYED function%s %s: delayc names tasks by function (call each by its name, a switch over the choices, "
               "or a delayed(f)(x) of each)", t, strchr(delayed_taken(c->u), ',') ? "s" : "", delayed_taken(c->u));
    free(t);
    if (!c->a->nopaque++) {
      c->a->opaque_line = n->line;
      c->a->opaque_col = n->col;
    }
    return;
  }
  if (r == 0) return;
  if (unevaluated(c->u, c->f->typeof_text, n)) return;       /* never runs: no task, no wait */
  classify_call(c, n, ce, fnref, bind, nbind);
}

int has_const_member(CXType t) {
  t = clang_getCanonicalType(t);
  while (t.kind == CXType_ConstantArray) t = clang_getCanonicalType(clang_getArrayElementType(t));
  if (t.kind != CXType_Record) return 0;
  int found = 0;
  clang_Type_visitFields(t, const_field, &found);
  return found;
}

enum CXVisitorResult const_field(CXCursor f, CXClientData d) {
  CXType t = clang_getCursorType(f);
  if (clang_isConstQualifiedType(t) || has_const_member(t)) { *(int *)d = 1; return CXVisit_Break; }
  return CXVisit_Continue;
}

/* The object a task's result goes to: a local variable or X[i]. */
/* z[i][j] = f(...): an element of a local array of several dimensions.  Its
 * tasks name their elements as run-time regions (Obj.regions: &z[i][j] and
 * its size), which ordinary code's rows and whole-array reads overlap. */
static int element_target(Ctx *c, Site *s, Node *t) {
  Node *chain[8];
  int n = 0;
  Node *x = t;
  while (x && x->kind == CXCursor_ArraySubscriptExpr && n < 8) {
    chain[n++] = x;
    Node *b = fe_strip(x->kid[0]);
    if (clang_getCanonicalType(clang_getCursorType(b->cur)).kind != CXType_ConstantArray) return 0;
    x = b;
  }
  if (n < 2 || !x || x->kind != CXCursor_DeclRefExpr) return 0;
  Obj *o = get_obj(c->f, ref_decl(x));
  if (!o || o->kind != OBJ_ARRAY || o->escaped) return 0;
  Buf b = {0};
  buf_add(&b, "", 0);
  for (int k = n - 1; k >= 0; k--) {
    char *ix = index_text(c, chain[k]->kid[1]);
    if (!ix) { free(b.s); return 0; }
    buf_printf(&b, "%s%s", k == n - 1 ? "" : "][", ix);
    free(ix);
  }
  s->tobj = o;
  s->tindex = b.s;                /* "i][j": the depend item o[i][j] */
  o->regions = 1;
  return 1;
}

/* Does an index of the lvalue t read what a task's run could see changed: a
 * global or static variable, memory through a pointer, a call?  The task
 * evaluates its target's indexes when it runs (`e[gi] = h(gi)` with a global
 * gi stored every result in e[10]); the locals they name, arrays and structs
 * included, are copied at the spawn (`out[perm[i]]` stays a task). */
static int index_reads_shared(Unit *u, Node *n) {
  switch (n->kind) {
  case CXCursor_CallExpr:
    return 1;
  case CXCursor_ArraySubscriptExpr: {       /* an element of a local array: copied with it */
    Node *b = n->nkid == 2 ? fe_strip(n->kid[0]) : NULL;
    CXCursor d = b && b->kind == CXCursor_DeclRefExpr ? clang_getCursorReferenced(b->cur) : clang_getNullCursor();
    if (clang_Cursor_isNull(d) || clang_Cursor_hasVarDeclGlobalStorage(d) == 1 ||
        clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_ConstantArray)
      return 1;
    return index_reads_shared(u, n->kid[1]);
  }
  case CXCursor_MemberRefExpr:
    if (tree_member_arrow(u, n)) return 1;  /* p->k */
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_deref(u, n)) return 1;        /* *p */
    break;
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(n->cur);
    return clang_getCursorKind(d) == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(d) == 1 &&
           !clang_isConstQualifiedType(clang_getCursorType(d));
  }
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++)
    if (index_reads_shared(u, n->kid[i])) return 1;
  return 0;
}

static int target_index_shared(Unit *u, Node *t) {
  for (t = fe_strip(t); t; ) {
    if (t->kind == CXCursor_ArraySubscriptExpr && t->nkid == 2) {
      if (index_reads_shared(u, t->kid[1])) return 1;
      t = fe_strip(t->kid[0]);
    } else if (t->kind == CXCursor_MemberRefExpr && t->nkid) {
      t = fe_strip(t->kid[0]);
    } else {
      return 0;
    }
  }
  return 0;
}

/* t is *(p + i) or *(i + p), p a variable of pointer or array type and i an
 * integer: p and i's nodes (else both NULL). */
static void deref_sum(Unit *u, Node *t, Node **p, Node **i) {
  *p = *i = NULL;
  if (t->kind != CXCursor_UnaryOperator || t->nkid != 1 || !fe_is_deref(u, t)) return;
  Node *sum = fe_strip(t->kid[0]);
  if (!sum || sum->kind != CXCursor_BinaryOperator || sum->nkid != 2 || !fe_binop_is(u, sum, "+")) return;
  for (int k = 0; k < 2; k++) {
    Node *a = fe_strip(sum->kid[k]), *x = sum->kid[1 - k];
    CXType ta = clang_getCanonicalType(clang_getCursorType(a->cur)), tx = clang_getCanonicalType(clang_getCursorType(x->cur));
    if (a->kind == CXCursor_DeclRefExpr && (ta.kind == CXType_Pointer || ta.kind == CXType_ConstantArray) &&
        tx.kind >= CXType_Bool && tx.kind <= CXType_Int128) {
      *p = a;
      *i = x;
      return;
    }
  }
}

int set_target(Ctx *c, Site *s) {
  if (s->form == SITE_DECL) {
    Node *v = s->target;
    if (clang_Cursor_getStorageClass(v->cur) == CX_SC_Static) { serialize(c->a, s, "initializes a static variable"); return 0; }
    if (has_const_member(clang_getCursorType(v->cur))) { serialize(c->a, s, "its result type has a const member and cannot be assigned later"); return 0; }
    s->tobj = get_obj(c->f, v->cur);
    if (!s->tobj) { serialize(c->a, s, "its result variable cannot be tracked"); return 0; }
    return 1;
  }
  if (s->form != SITE_ASSIGN) return 1;
  if (target_index_shared(c->u, s->target)) {
    serialize(c->a, s, "an index of its result reads a global, a static or memory through a pointer, which the "
              "task would read when it runs: copy it into a local first");
    return 0;
  }
  Node *t = fe_strip(s->target);
  /* a member of a local struct or of an element of a local array of structs
   * (s.x, pts[i].x, a.b.c): the task writes that part of the object */
  while (t && t->kind == CXCursor_MemberRefExpr && t->nkid == 1 && !tree_member_arrow(c->u, t)) {
    s->tmember = 1;
    t = fe_strip(t->kid[0]);
  }
  if (!t) t = fe_strip(s->target);
  if (t->kind == CXCursor_DeclRefExpr) {
    s->tobj = get_obj(c->f, ref_decl(t));
    if (!s->tobj) { serialize(c->a, s, "its result goes to a variable that is not local (global, static or volatile)"); return 0; }
    return 1;
  }
  Node *b = NULL, *ixn = NULL;                      /* p[i], or *(p + i): the same element */
  if (t->kind == CXCursor_ArraySubscriptExpr) {
    b = fe_strip(t->kid[0]);
    ixn = t->kid[1];
  } else {
    deref_sum(c->u, t, &b, &ixn);
  }
  if (b) {
    if (b->kind == CXCursor_DeclRefExpr) {
      Obj *o = get_obj(c->f, ref_decl(b));
      if (o && (o->kind == OBJ_ARRAY || (o->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, o)))) {
        s->tindex = index_text(c, ixn);
        if (s->tindex) { s->tobj = o; return 1; }
      }
      if (o && o->kind == OBJ_VIEW) {
        char *idx = index_text(c, ixn);
        if (idx) {
          char *ba = plan_hole_data(o->base);
          s->tindex = fmt("(%s - %s) + (%s)", o->name, ba, idx);
          free(ba);
          s->tobj = o->base;
          return 1;
        }
      }
    }
  }
  if (t->kind == CXCursor_ArraySubscriptExpr && element_target(c, s, t)) return 1;
  if (memory_target(c, s, t)) return 1;     /* through a pointer: a region of <memory> */
  if (t->kind == CXCursor_ArraySubscriptExpr && t->nkid == 2) {   /* sums[k++] */
    char *ix = fe_text(c->u, t->kid[1]->beg, t->kid[1]->end);
    int side = strstr(ix, "++") || strstr(ix, "--") || (strchr(ix, '=') && !strstr(ix, "==") && !strstr(ix, "<=") &&
                                                       !strstr(ix, ">=") && !strstr(ix, "!="));
    if (side) {
      serialize(c->a, s, fmt("its result goes to an element whose index has a side effect ('%s'): take the index "
                             "first (`int j = %s;`), then store to element j", ix, ix));
      free(ix);
      return 0;
    }
    free(ix);
  }
  serialize(c->a, s, "its result goes to an lvalue delayc cannot track (only variables, array elements, "
            "and elements through pointers whose origin delayc can follow)");
  return 0;
}
