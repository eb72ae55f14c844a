/* call_before_delay.c — delayed-call-before-delay: `delayed(f(x))`.
 *
 * The argument of delayed() is evaluated first, so f(x) runs at once on this
 * thread and delayed() only wraps its result (Dask: "call delayed on the
 * function, not the result").  Reported at the `delayed(`; the fix-it rewrites
 * it to `delayed(f)(x)`.  Under __DELAYC__ the header spells delayed(e) as
 * `(delayc__mark_delayed, e)`: the mistake is a comma whose right side is a
 * call and which is not itself called. */
#include "lint/lint.h"
#include "analysis/tree.h"

#include <stdlib.h>
#include <string.h>

static void visit(Lint *L, Node *n) {
  for (int i = 0; i < n->nkid; i++) visit(L, n->kid[i]);
  if (n->kind != CXCursor_ParenExpr || n->nkid != 1) return;
  Node *comma = n->kid[0];
  if (comma->kind != CXCursor_BinaryOperator || comma->nkid != 2 || !names(comma->kid[0], "delayc__mark_delayed"))
    return;
  Node *call = fe_strip(comma->kid[1]);
  if (!call || call->kind != CXCursor_CallExpr || call->nkid < 1) return;
  Node *up = model_value_of(n);
  if (up->parent && up->parent->kind == CXCursor_CallExpr && up->parent->kid[0] == up) return;  /* delayed(g())(x) */
  Node *fn = callee_fn(call->kid[0]);
  char *name = fn ? fe_spelling(fn->cur) : xstrdup("the function");
  Finding *x = lint_report(L, n,
      "'%s' is called before it is delayed: %s(...) runs now, on this thread, and delayed() only wraps its result",
      name, name);
  Unit *u = L->u;
  Node *callee = call->kid[0];
  int fixable = n->end - n->beg > 8 && !strncmp(u->src + n->beg, "delayed", 7) && !call->macro && !callee->macro &&
                callee->beg >= call->beg && callee->end <= call->end && call->beg > n->beg && call->end < n->end;
  if (fixable) {
    char *fpart = fe_text(u, callee->beg, callee->end);
    char *args = fe_text(u, callee->end, call->end);
    char *text = fmt("delayed(%s)%s", fpart, args);
    lint_fix(x, n->beg, n->end, text);
    free(fpart);
    free(args);
    free(text);
  }
  free(name);
}

void check_call_before_delay(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++)
    if (L->m->fn[i].body) visit(L, L->m->fn[i].body);
}
