/* result_unused.c — delayed-result-unused: a task whose result nobody
 * uses.
 *
 * Dask: "compute the results you build" — a delayed value that is never
 * computed, or a task whose output is thrown away, is wasted work.  Found: a
 * delayed call whose value is discarded (a call statement, or cast to void)
 * when the callee has no OUT/INOUT parameter to work through; a result stored
 * in a local variable or array that is never read, passed on or computed; a
 * void call whose every OUT/INOUT argument is a local never read; a
 * delayed_after token that is never bound or computed. */
#include "lint/lint.h"
#include "analysis/tree.h"

#include <stdlib.h>

/* A variable of this function's own (not static, not a parameter). */
static int local(LFunc *f, CXCursor v) {
  if (clang_Cursor_isNull(v) || clang_getCursorKind(v) != CXCursor_VarDecl) return 0;
  if (clang_Cursor_getStorageClass(v) == CX_SC_Static || clang_Cursor_getStorageClass(v) == CX_SC_Extern) return 0;
  return clang_equalCursors(clang_getCursorSemanticParent(v), f->cur);
}

/* Does a value of type t hold a pointer (a member, an element)? */
static int holds_pointer(CXType t, int depth);

static enum CXVisitorResult field_holds(CXCursor fc, CXClientData d) {
  int *hit = d;
  if (holds_pointer(clang_getCursorType(fc), 1)) { *hit = 1; return CXVisit_Break; }
  return CXVisit_Continue;
}

static int holds_pointer(CXType t, int depth) {
  t = clang_getCanonicalType(t);
  if (depth > 4) return 0;
  if (t.kind == CXType_Pointer) return 1;
  if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
    return holds_pointer(clang_getArrayElementType(t), depth + 1);
  if (t.kind == CXType_Record) {
    int hit = 0;
    clang_Type_visitFields(t, field_holds, &hit);
    return hit;
  }
  return 0;
}

/* ... and its storage is the variable itself: not a pointer, whose target
 * lives elsewhere and may be read through another name, nor a struct
 * holding one (a task writing through `a.d` writes what `mem` names). */
static int owned(LFunc *f, CXCursor v) {
  return local(f, v) && !holds_pointer(clang_getCursorType(v), 0);
}

static int has_kind_in(Node *n, int (*pred)(enum CXCursorKind)) {
  if (pred(n->kind)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_kind_in(n->kid[i], pred)) return 1;
  return 0;
}

static int control(enum CXCursorKind k) {
  return k == CXCursor_IfStmt || k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt ||
         k == CXCursor_SwitchStmt || k == CXCursor_GotoStmt || k == CXCursor_ReturnStmt || k == CXCursor_BreakStmt ||
         k == CXCursor_ContinueStmt || k == CXCursor_LabelStmt || k == CXCursor_IndirectGotoStmt;
}

/* Is var overwritten by a later statement of the same block (`v = ...;`)
 * before anything reads it?  Statements with control flow end the search. */
static int overwritten(Node *stmt, CXCursor var) {
  Node *blk = stmt->parent;
  if (!blk || blk->kind != CXCursor_CompoundStmt) return 0;
  int i = 0;
  while (i < blk->nkid && blk->kid[i] != stmt) i++;
  for (i++; i < blk->nkid; i++) {
    Node *st = blk->kid[i];
    if (model_reads_var(st, var, NULL) || has_kind_in(st, control)) return 0;
    Node *e = fe_strip(st);
    if (e && e->kind == CXCursor_BinaryOperator && e->nkid == 2 &&
        clang_equalCursors(model_ref(e->kid[0]), var) && fe_strip(e->kid[0])->kind == CXCursor_DeclRefExpr &&
        !clang_equalCursors(model_ref(e->kid[1]), var))
      return e->kid[0]->kind == CXCursor_DeclRefExpr || e->kid[0]->kind == CXCursor_ParenExpr;  /* plain '=' */
  }
  return 0;
}

/* Does every OUT/INOUT argument of the call go to storage of the function's
 * own that nothing reads? */
static int outputs_unused(LFunc *f, LCall *c) {
  for (int j = 0; j < c->nouts; j++)
    if (!owned(f, c->outs[j]) || model_reads_var(f->body, c->outs[j], c->call)) return 0;
  return c->nouts > 0;
}

static int has_outputs(Callee *ce) {
  for (int i = 0; ce && i < ce->nparam; i++)
    if (ce->param[i].dir == DIR_OUT || ce->param[i].dir == DIR_INOUT) return 1;
  return 0;
}

/* What two callees both touch, one of them writing it: a global's name or a
 * resource's, or NULL. */
static char *shared_between(const Effects *a, const Effects *b) {
  for (int i = 0; i < a->ng; i++)
    for (int k = 0; k < b->ng; k++)
      if (clang_equalCursors(a->g[i].decl, b->g[k].decl) && ((a->g[i].mode | b->g[k].mode) & FX_WRITE))
        return fmt("'%s'", a->g[i].name);
  for (int r = 0; r < RES_COUNT; r++)
    if (a->res[r] && b->res[r] && ((a->res[r] | b->res[r]) & FX_WRITE)) return xstrdup(fx_resource_name((Resource)r));
  return NULL;
}

/* The token variable a delayed_after expression initializes or is assigned to. */
static char *token_name(Node *after) {
  Node *n = model_value_of(after);
  Node *p = n->parent;
  if (p && p->kind == CXCursor_VarDecl) return fe_spelling(p->cur);
  if (p && p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[1] == n) {
    CXCursor v = model_ref(p->kid[0]);
    if (!clang_Cursor_isNull(v)) return fe_spelling(v);
  }
  return NULL;
}

/* An unbound delayed_after task that shares state with an earlier one of the
 * function: the note names what they share and the bind that orders them
 * (delayc keeps them in order itself; Dask would not). */
static void shared_note(Lint *L, LFunc *f, int k, Finding *x) {
  LCall *c = &f->call[k];
  if (!x || !c->ce) return;
  const Effects *fx = callee_effects(L->u, c->ce);
  for (int j = k - 1; j >= 0; j--) {
    LCall *p = &f->call[j];
    if (!p->after || !p->ce) continue;
    char *what = shared_between(fx, callee_effects(L->u, p->ce));
    if (!what) continue;
    char *tok = token_name(p->after);
    lint_note(x, p->after->beg, "the task of '%s' here also uses %s: bind the later call to it, "
              "delayed_bind(%s, %s)(...), so that the order does not rest on delayc's analysis alone",
              p->ce->label, what, c->ce->name, tok ? tok : "its token");
    free(tok);
    free(what);
    return;
  }
}

void check_result_unused(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    for (int k = 0; k < f->ncall; k++) {
      LCall *c = &f->call[k];
      const char *name = c->ce ? c->ce->label : "the function";
      if (c->after) {
        Node *n = model_value_of(c->after);
        Node *p = n->parent;
        if (p && (p->kind == CXCursor_VarDecl ||
                  (p->kind == CXCursor_BinaryOperator && p->nkid == 2 && p->kid[1] == n &&
                   fe_strip(p->kid[0])->kind == CXCursor_DeclRefExpr))) {
          CXCursor tv = p->kind == CXCursor_VarDecl ? p->cur : model_ref(p->kid[0]);
          if (!model_reads_var(f->body, tv, NULL) || overwritten(model_stmt_of(c->after), tv)) {
            char *tok = fe_spelling(tv);
            shared_note(L, f, k, lint_report(L, c->after, "the token '%s' of this delayed_after is never bound or "
                                             "computed: nothing waits for the task of '%s'", tok, name));
            free(tok);
          }
        } else if (p && (p->kind == CXCursor_CompoundStmt || clang_isStatement(p->kind))) {
          shared_note(L, f, k, lint_report(L, c->after, "the token of this delayed_after is dropped: nothing can be "
                                           "bound to the task of '%s'", name));
        }
        continue;
      }
      switch (c->use) {
      case RES_DISCARDED:
        if (c->ce && !has_outputs(c->ce))
          lint_report(L, c->call, "the result of the delayed call of '%s' is discarded: the task is wasted work", name);
        else if (c->ce && c->nouts > 0 && outputs_unused(f, c)) {
          char *v = fe_spelling(c->outs[0]);
          lint_report(L, c->call, "the result of the delayed call of '%s' is discarded and its output goes to '%s', "
                      "which is never read or computed: the task is wasted work", name, v);
          free(v);
        }
        break;
      case RES_VAR:
      case RES_ELEM:
        if ((c->use == RES_VAR ? local(f, c->target) : owned(f, c->target)) &&
            (!model_reads_var(f->body, c->target, NULL) || (c->use == RES_VAR && overwritten(c->stmt, c->target)))) {
          char *v = fe_spelling(c->target);
          lint_report(L, c->call, "the result of the delayed call of '%s' is stored in '%s', which is %s: the task is "
                      "wasted work", name, v,
                      model_reads_var(f->body, c->target, NULL) ? "overwritten before it is read" : "never read or computed");
          free(v);
        }
        break;
      case RES_NONE:
        if (c->nouts > 0) {
          if (outputs_unused(f, c)) {
            char *v = fe_spelling(c->outs[0]);
            lint_report(L, c->call, "the output of the delayed call of '%s' goes to '%s', which is never read or computed: "
                        "the task is wasted work", name, v);
            free(v);
          }
        }
        break;
      case RES_USED:
        break;
      }
    }
  }
}
