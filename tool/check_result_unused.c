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
        Node *n = c->after;
        while (n->parent && (n->parent->kind == CXCursor_UnexposedExpr || n->parent->kind == CXCursor_ParenExpr)) n = n->parent;
        Node *p = n->parent;
        if (p && p->kind == CXCursor_VarDecl) {
          if (!model_reads_var(f->body, p->cur, NULL)) {
            char *tok = fe_spelling(p->cur);
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
        if (!has_outputs(c->ce) && c->ce)
          lint_report(L, c->call, "the result of the delayed call of '%s' is discarded: the task is wasted work", name);
        break;
      case RES_VAR:
      case RES_ELEM:
        if (local(f, c->target) && !model_reads_var(f->body, c->target, NULL)) {
          char *v = fe_spelling(c->target);
          lint_report(L, c->call, "the result of the delayed call of '%s' is stored in '%s', which is never read or "
                      "computed: the task is wasted work", name, v);
          free(v);
        }
        break;
      case RES_NONE:
        if (c->nouts > 0) {
          int unused = 1;
          for (int j = 0; j < c->nouts && unused; j++)
            unused = local(f, c->outs[j]) && !model_reads_var(f->body, c->outs[j], c->call);
          if (unused) {
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
