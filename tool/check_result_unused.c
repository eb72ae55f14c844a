/* check_result_unused.c — delayed-result-unused: a task whose result nobody
 * uses.
 *
 * Dask: "compute the results you build" — a delayed value that is never
 * computed, or a task whose output is thrown away, is wasted work.  Found: a
 * delayed call whose value is discarded (a call statement, or cast to void)
 * when the callee has no OUT/INOUT parameter to work through; a result stored
 * in a local variable or array that is never read, passed on or computed; a
 * void call whose every OUT/INOUT argument is a local never read; a
 * delayed_after token that is never bound or computed. */
#include "lint.h"
#include "analyze.h"

#include <stdlib.h>

/* A variable of this function's own (not static, not a parameter). */
static int local(LFunc *f, CXCursor v) {
  if (clang_Cursor_isNull(v) || clang_getCursorKind(v) != CXCursor_VarDecl) return 0;
  if (clang_Cursor_getStorageClass(v) == CX_SC_Static || clang_Cursor_getStorageClass(v) == CX_SC_Extern) return 0;
  return clang_equalCursors(clang_getCursorSemanticParent(v), f->cur);
}

/* ... and its storage is the variable itself: not a pointer, whose target
 * lives elsewhere and may be read through another name. */
static int owned(LFunc *f, CXCursor v) {
  return local(f, v) && clang_getCanonicalType(clang_getCursorType(v)).kind != CXType_Pointer;
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
            lint_report(L, c->after, "the token '%s' of this delayed_after is never bound or computed: nothing waits for "
                        "the task of '%s'", tok, name);
            free(tok);
          }
        } else if (p && (p->kind == CXCursor_CompoundStmt || clang_isStatement(p->kind))) {
          lint_report(L, c->after, "the token of this delayed_after is dropped: nothing can be bound to the task of '%s'", name);
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
