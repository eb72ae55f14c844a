/* stays_serial.c — delayed-stays-serial: a delayed call that delayc leaves as
 * an ordinary call.
 *
 * The emitter's analysis (analysis/) decides, call by call, what becomes a
 * task; a call it cannot make a task with exact dependencies stays serial,
 * with a reason (`delayc emit --explain` prints the same).  For CI that wants
 * "nothing serial is silent" as a gate: each such call is a finding at the
 * call, saying why and what would fix it.  A call that runs inline because its
 * result is read at once is not reported: nothing could run beside it. */
#include "lint/lint.h"
#include "plan/plan.h"

#include <stdlib.h>

/* Calls through a pointer that may reach a DELAYED function (ops[i](x)):
 * ordinary calls, never tasks. */
static void pointer_calls(Lint *L, Node *n) {
  if (pointer_call_to_delayed(L->u, n)) {
    char *t = fe_text(L->u, n->kid[0]->beg, n->kid[0]->end);
    lint_report(L, n, "call through the pointer '%s' stays serial: a call through a pointer is never a task, though "
                "it may reach a DELAYED function; call each function by its name", t);
    free(t);
  }
  for (int i = 0; i < n->nkid; i++) pointer_calls(L, n->kid[i]);
}

static void report_func(Lint *L, Func *f) {
  for (int k = 0; k < f->nsite; k++) {
    Site *s = f->site[k];
    if (!s->serial || !s->call || !s->why || s->form == SITE_COPY || !s->callee) continue;
    lint_report(L, s->call, "call of '%s' stays serial: %s", s->callee->label, s->why);
  }
  if (f->body) pointer_calls(L, f->body);
}

void check_stays_serial(Lint *L) {
  Analysis *a = lint_analysis(L);
  for (int i = 0; i < a->nfn; i++) report_func(L, a->fn[i]);
  for (int i = 0; i < a->nidle; i++) report_func(L, a->idle[i]);
}
