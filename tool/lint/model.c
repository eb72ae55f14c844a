/* model.c — the model of a translation unit that the lint checks read:
 * every function defined in the main file, whether it is delayed, the delayed
 * calls in it, the loop around each, where each result goes, and what each
 * call writes through OUT/INOUT arguments.
 *
 * This is the user's view of the program, not the lowering's: a call the
 * emitter leaves serial for want of a provable dependency is still a delayed
 * call here, because that is what the user wrote.  The syntax trees, the
 * callee facts (fe_callee) and the recognition of delayed calls
 * (an_is_delayed_call) are the emitter's own. */
#include "lint/lint.h"
#include "analysis/tree.h"

#include <stdlib.h>
#include <string.h>

/* A loop: for, while, do; not `do { ... } while (0)`, a macro's one statement. */
int model_is_loop(Node *n) {
  if (n->kind == CXCursor_DoStmt && n->nkid == 2) {
    CXEvalResult r = clang_Cursor_Evaluate(n->kid[1]->cur);
    int once = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
    if (r) clang_EvalResult_dispose(r);
    if (once) return 0;
  }
  return n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt;
}

int model_inside(Node *n, Node *anc) {
  for (; n; n = n->parent)
    if (n == anc) return 1;
  return 0;
}

/* The innermost loop of f around n.  The init clause of a for loop runs once:
 * what is in it is not in the loop. */
Node *model_loop_of(LFunc *f, Node *n) {
  Node *prev = n;
  for (Node *p = n->parent; p && p != f->root; prev = p, p = p->parent) {
    if (!model_is_loop(p)) continue;
    if (p->kind == CXCursor_ForStmt && p->nkid == 4 && prev == p->kid[0]) continue;
    return p;
  }
  return NULL;
}

Node *model_stmt_of(Node *n) {
  while (n->parent && n->parent->kind != CXCursor_CompoundStmt && !clang_isStatement(n->parent->kind))
    n = n->parent;
  if (n->parent && n->parent->kind != CXCursor_CompoundStmt && clang_isStatement(n->parent->kind)) {
    /* the condition or body of if/for/while: the statement is n itself when it
     * is a statement, else the controlling statement */
    if (!clang_isStatement(n->kind) && n->kind != CXCursor_DeclStmt) return n->parent;
  }
  return n;
}

CXCursor model_ref(Node *n) {
  n = fe_strip(n);
  if (n && (n->kind == CXCursor_DeclRefExpr || n->kind == CXCursor_MemberRefExpr))
    return clang_getCursorReferenced(n->cur);
  return clang_getNullCursor();
}

int model_is_marker(Node *call, const char *name) {
  if (call->kind != CXCursor_CallExpr || call->nkid < 1) return 0;
  char *want = fmt("delayc__mark_%s", name);
  int r = names(call->kid[0], want);
  free(want);
  return r;
}

/* The variable an argument designates memory of: v, &v, &v[i], v + k, &v.f */
static CXCursor base_var(Node *n) {
  for (int guard = 0; n && guard < 16; guard++) {
    n = fe_strip(n);
    if (!n) break;
    switch (n->kind) {
    case CXCursor_DeclRefExpr:
      return clang_getCursorReferenced(n->cur);
    case CXCursor_UnaryOperator:
    case CXCursor_ArraySubscriptExpr:
    case CXCursor_MemberRefExpr:
    case CXCursor_CStyleCastExpr:
      n = n->nkid ? n->kid[n->kind == CXCursor_CStyleCastExpr ? n->nkid - 1 : 0] : NULL;
      break;
    case CXCursor_BinaryOperator:   /* pointer arithmetic: the pointer side */
      if (n->nkid != 2) return clang_getNullCursor();
      {
        CXType t = clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur));
        n = (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) ? n->kid[0]
                                                                                                            : n->kid[1];
      }
      break;
    default:
      return clang_getNullCursor();
    }
  }
  return clang_getNullCursor();
}

/* The node whose value is n's: up through parentheses and implicit casts. */
Node *model_value_of(Node *n) {
  while (n->parent && (n->parent->kind == CXCursor_ParenExpr || n->parent->kind == CXCursor_UnexposedExpr) &&
         n->parent->nkid == 1)
    n = n->parent;
  return n;
}

/* The delayed_after(..) expansion around a call: (mark_after, (call)), (delayed_token)0 */
static Node *after_of(Node *call) {
  Node *n = model_value_of(call);
  Node *p = n->parent;
  if (!p || p->kind != CXCursor_BinaryOperator || p->nkid != 2 || p->kid[1] != n || !names(p->kid[0], "delayc__mark_after"))
    return NULL;
  while (p->parent && (p->parent->kind == CXCursor_ParenExpr ||
                       (p->parent->kind == CXCursor_BinaryOperator && p->parent->nkid == 2 && p->parent->kid[0] == p)))
    p = p->parent;
  return p;
}

static void result_use(Unit *u, LCall *c) {
  Node *n = model_value_of(c->call);
  Node *p = n->parent;
  c->target = clang_getNullCursor();
  if (p && p->kind == CXCursor_CStyleCastExpr && clang_getCursorType(p->cur).kind == CXType_Void) {
    c->use = RES_DISCARDED;
    return;
  }
  if (!p || p->kind == CXCursor_CompoundStmt || p->kind == CXCursor_LabelStmt || p->kind == CXCursor_CaseStmt ||
      p->kind == CXCursor_DefaultStmt ||
      ((p->kind == CXCursor_IfStmt || model_is_loop(p)) && p->kid[p->nkid - 1] == n && p->nkid > 1) ||
      (p->kind == CXCursor_IfStmt && p->nkid == 3 && p->kid[1] == n) ||
      (p->kind == CXCursor_ForStmt && p->nkid == 4 && p->kid[2] == n)) {
    c->use = c->ce && c->ce->void_result ? RES_NONE : RES_DISCARDED;
    return;
  }
  if (p->kind == CXCursor_VarDecl) {
    c->use = RES_VAR;
    c->target = p->cur;
    return;
  }
  if (p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[1] == n && fe_is_assign(u, p)) {
    Node *l = fe_strip(p->kid[0]);
    if (l->kind == CXCursor_DeclRefExpr) {
      c->use = RES_VAR;
      c->target = clang_getCursorReferenced(l->cur);
      return;
    }
    /* a member of a struct variable (box.sum) is the variable's; of an
     * element (pts[i].x) or through a pointer (p->x), that element's */
    int member = 0;
    while (l && l->kind == CXCursor_MemberRefExpr && l->nkid && !tree_member_arrow(u, l)) {
      l = fe_strip(l->kid[0]);
      member = 1;
    }
    if (member && l && l->kind == CXCursor_DeclRefExpr) {
      c->use = RES_VAR;
      c->target = clang_getCursorReferenced(l->cur);
      return;
    }
    if (l && (l->kind == CXCursor_ArraySubscriptExpr || (l->kind == CXCursor_MemberRefExpr && tree_member_arrow(u, l)))) {
      CXCursor b = base_var(l);
      if (!clang_Cursor_isNull(b)) { c->use = RES_ELEM; c->target = b; return; }
    }
    /* *p, *(p + i), *(i + p): an element through p, as p[i] */
    Node *q = l && l->kind == CXCursor_UnaryOperator && l->nkid == 1 && fe_is_deref(u, l) ? fe_strip(l->kid[0]) : NULL;
    if (q && q->kind == CXCursor_BinaryOperator && q->nkid == 2 && fe_binop_is(u, q, "+")) {
      Node *sum = q;
      for (int k = 0; k < 2; k++) {
        Node *a = fe_strip(sum->kid[k]);
        enum CXTypeKind t = a ? clang_getCanonicalType(clang_getCursorType(a->cur)).kind : CXType_Invalid;
        if (a && a->kind == CXCursor_DeclRefExpr && (t == CXType_Pointer || t == CXType_ConstantArray ||
                                                     t == CXType_IncompleteArray))
          q = a;
      }
    }
    if (q && q->kind == CXCursor_DeclRefExpr) {
      c->use = RES_ELEM;
      c->target = clang_getCursorReferenced(q->cur);
      return;
    }
  }
  c->use = c->ce && c->ce->void_result ? RES_NONE : RES_USED;
}

/* The variable whose storage an OUT/INOUT argument points into: x, &x, &x[i],
 * x + i, a row x[i] of a 2-D array — not a pointer loaded from a variable
 * (M[i] of a table of blocks, *pp, s.p), whose memory is elsewhere. */
static CXCursor out_var(Unit *u, Node *arg) {
  Node *a = fe_strip(arg);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return clang_getNullCursor();
  int load = a->kind == CXCursor_ArraySubscriptExpr || a->kind == CXCursor_MemberRefExpr ||
             (a->kind == CXCursor_UnaryOperator && fe_is_deref(u, a));
  if (load && clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_Pointer) return clang_getNullCursor();
  return base_var(arg);
}

static void add_call(Model *m, LFunc *f, Node *n, int r, Callee *ce, Node *fnref) {
  f->call = xrealloc(f->call, (size_t)(f->ncall + 1) * sizeof *f->call);
  LCall *c = &f->call[f->ncall++];
  memset(c, 0, sizeof *c);
  c->call = n;
  c->ce = r == 1 ? ce : NULL;
  c->fnref = r == 1 ? fnref : NULL;
  Node *k = n->nkid ? fe_strip(n->kid[0]) : NULL;
  c->marked = k && k->kind == CXCursor_BinaryOperator;
  c->after = after_of(n);
  c->stmt = model_stmt_of(n);
  c->loop = model_loop_of(f, n);
  result_use(m->u, c);
  if (c->after) c->use = RES_NONE;
  if (c->ce)
    for (int i = 0; i < n->nkid - 1 && i < c->ce->nparam; i++) {
      Dir d = c->ce->param[i].dir;
      if (d != DIR_OUT && d != DIR_INOUT) continue;
      CXCursor b = out_var(m->u, n->kid[i + 1]);
      if (clang_Cursor_isNull(b)) continue;
      Node *a = fe_strip(n->kid[i + 1]);
      c->outs = xrealloc(c->outs, (size_t)(c->nouts + 1) * sizeof *c->outs);
      c->outs_deref = xrealloc(c->outs_deref, (size_t)(c->nouts + 1) * sizeof *c->outs_deref);
      c->outs_deref[c->nouts] = a && a->kind == CXCursor_DeclRefExpr &&
                                clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_Pointer;
      c->outs[c->nouts++] = b;
    }
}

/* Is n in an operand C never evaluates (sizeof, _Generic's controlling
 * expression, typeof)?  The emitter's test (analysis/tree.c), which needs to
 * know whether the function spells typeof at all. */
int model_unevaluated(Unit *u, LFunc *f, Node *n) { return unevaluated(u, f->typeof_text, n); }

static void find_calls(Model *m, LFunc *f, Node *n) {
  if (n->kind == CXCursor_CallExpr && !model_unevaluated(m->u, f, n)) {
    Callee *ce = NULL;
    Node *fnref = NULL;
    int r = an_is_delayed_call(m->u, n, &ce, &fnref, NULL, NULL);
    if (r) add_call(m, f, n, r, ce, fnref);
  }
  for (int i = 0; i < n->nkid; i++) find_calls(m, f, n->kid[i]);
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Model *m = d;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c) || !fe_in_main(m->u, c))
    return CXChildVisit_Continue;
  m->fn = xrealloc(m->fn, (size_t)(m->nfn + 1) * sizeof *m->fn);
  LFunc *f = &m->fn[m->nfn++];
  memset(f, 0, sizeof *f);
  f->cur = c;
  f->name = fe_spelling(c);
  f->ce = fe_callee(m->u, c);
  f->delayed = fe_has_annotation(c, "delayc.delayed", NULL) || f->ce->delayed;
  f->root = fe_tree(m->u, c);
  for (int i = 0; i < f->root->nkid; i++)
    if (f->root->kid[i]->kind == CXCursor_CompoundStmt) f->body = f->root->kid[i];
  if (f->body) {
    char *text = fe_text(m->u, f->body->beg, f->body->end);
    f->typeof_text = strstr(text, "typeof") != NULL;
    free(text);
    find_calls(m, f, f->body);
  }
  return CXChildVisit_Continue;
}

/* Does the unit use delayed.h?  Its markers are declared there. */
static enum CXChildVisitResult marker_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(c) == CXCursor_VarDecl) {
    char *s = fe_spelling(c);
    if (!strcmp(s, "delayc__mark_delayed")) *(int *)d = 1;
    free(s);
  }
  return *(int *)d ? CXChildVisit_Break : CXChildVisit_Continue;
}

void model_build(Model *m, Unit *u, int always) {
  memset(m, 0, sizeof *m);
  m->u = u;
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), marker_visit, &m->annotated);
  if (!m->annotated && !always) return;   /* existing code: nothing for the checks */
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), top_visit, m);
  /* delayed(f)(..) makes f a task too */
  for (int i = 0; i < m->nfn; i++)
    for (int k = 0; k < m->fn[i].ncall; k++) {
      LCall *c = &m->fn[i].call[k];
      if (!c->marked || !c->fnref) continue;
      CXCursor def = clang_getCursorDefinition(clang_getCursorReferenced(c->fnref->cur));
      for (int j = 0; j < m->nfn; j++)
        if (clang_equalCursors(m->fn[j].cur, def)) m->fn[j].delayed = 1;
    }
}

static void free_node(Node *n) {
  for (int i = 0; i < n->nkid; i++) free_node(n->kid[i]);
  free(n->kid);
  free(n);
}

void model_free(Model *m) {
  for (int i = 0; i < m->nfn; i++) {
    LFunc *f = &m->fn[i];
    for (int k = 0; k < f->ncall; k++) { free(f->call[k].outs); free(f->call[k].outs_deref); }
    free(f->call);
    free(f->name);
    free_node(f->root);
  }
  free(m->fn);
  memset(m, 0, sizeof *m);
}

int model_in_delayed_arg(LFunc *f, Node *n) {
  for (int i = 0; i < f->ncall; i++) {
    Node *c = f->call[i].call;
    for (int k = 1; k < c->nkid; k++)
      if (model_inside(n, c->kid[k])) return 1;
  }
  return 0;
}

/* Is this DeclRefExpr only the target of a plain assignment (v = .., v[i] = ..,
 * *v = .., v->m = .., *(v + i) = ..)?
 * A plain '=' keeps its left operand an lvalue: no implicit conversion (an
 * UnexposedExpr in libclang) sits between it and the operator, as one does for
 * every operand that is read (v == 1, v + 1). */
static int write_only(Node *ref) {
  Node *n = ref;
  for (;;) {                            /* v[i] = .., v[i][j] = .., v[i].x = ..: the element is written */
    Node *m = n;
    while (m->parent && (m->parent->kind == CXCursor_ParenExpr || m->parent->kind == CXCursor_UnexposedExpr) &&
           m->parent->nkid == 1)
      m = m->parent;
    Node *p = m->parent;
    int member = p && p->kind == CXCursor_MemberRefExpr && p->nkid && p->kid[0] == m &&
                 clang_getCanonicalType(clang_getCursorType(m->cur)).kind == CXType_Record;   /* `.`, not `->` */
    if (n == ref && p && ((p->kind == CXCursor_UnaryOperator && p->nkid == 1) ||      /* *v = .. */
                          (p->kind == CXCursor_MemberRefExpr && p->nkid == 1 &&         /* v->m = .. */
                           clang_getCanonicalType(clang_getCursorType(m->cur)).kind == CXType_Pointer))) {
      n = p;
      continue;
    }
    if (n == ref && p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 &&      /* *(v + i) = .. */
        clang_getCanonicalType(clang_getCursorType(p->cur)).kind == CXType_Pointer) {
      Node *q = p;
      while (q->parent && q->parent->kind == CXCursor_ParenExpr) q = q->parent;
      if (q->parent && q->parent->kind == CXCursor_UnaryOperator && q->parent->nkid == 1) {
        n = q->parent;
        continue;
      }
    }
    if (!p || (!member && (p->kind != CXCursor_ArraySubscriptExpr || p->kid[0] != m))) break;
    n = p;
  }
  while (n->parent && n->parent->kind == CXCursor_ParenExpr) n = n->parent;
  Node *p = n->parent;
  return p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[0] == n;
}

static int is_read(Node *n, CXCursor var) {
  if (n->kind != CXCursor_DeclRefExpr) return 0;
  if (!clang_equalCursors(clang_getCursorReferenced(n->cur), var)) return 0;
  for (Node *p = n->parent; p; p = p->parent)
    if (p->kind == CXCursor_UnaryExpr) return 0;     /* sizeof, _Alignof: not evaluated */
  return !write_only(n);
}

int model_reads_var(Node *n, CXCursor var, Node *skip) {
  if (n == skip) return 0;
  if (is_read(n, var)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (model_reads_var(n->kid[i], var, skip)) return 1;
  return 0;
}

/* Is n a read of var by ordinary code: not an argument of a delayed call
 * (that only feeds another task) and not inside delayed_compute or
 * delayed_bind (explicit syncs, reported as such)? */
int model_is_ordinary_read(LFunc *f, Node *n, CXCursor var) {
  if (!is_read(n, var) || model_in_delayed_arg(f, n)) return 0;
  for (Node *p = n->parent; p; p = p->parent)
    if (model_is_marker(p, "compute") || model_is_marker(p, "bind")) return 0;
  return 1;
}

/* A plain copy `v = r`, `a[i] = r` or `T v = r`: the variable the value goes
 * to (else a null cursor). */
CXCursor model_copy_target(Unit *u, Node *ref) {
  Node *n = model_value_of(ref);
  Node *p = n->parent;
  if (p && p->kind == CXCursor_VarDecl) return p->cur;
  if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[1] == n && fe_is_assign(u, p))
    return base_var(p->kid[0]);
  return clang_getNullCursor();
}

Node *model_first_read(LFunc *f, Node *n, CXCursor var) {
  if (model_is_ordinary_read(f, n, var)) return n;
  for (int i = 0; i < n->nkid; i++) {
    Node *r = model_first_read(f, n->kid[i], var);
    if (r) return r;
  }
  return NULL;
}
