/* pure_declared.c — part of delayed-mutates-input: a function declared
 * DELAYED_PURE whose body does more than read its arguments (writes through a
 * parameter, touches a global or a static, prints, reads a clock ...).
 *
 * DELAYED_PURE says identical calls may be computed once and need no order;
 * the body says otherwise.  A declaration the body contradicts (it writes) is
 * an error in lint; one that reads a global the program may change between
 * calls, a warning.  emit warns and goes by the body: the calls keep their order on what
 * it touches, and none is merged (analysis/pure_calls.c).  A body that calls
 * a function delayc cannot see is not judged: there DELAYED_PURE is the
 * user's word. */
#include "lint/lint.h"

#include <stdlib.h>

static int writes(const Effects *fx) {
  if (fx->mem & FX_WRITE) return 1;
  for (int k = 0; k < fx->nparam; k++)
    if (fx->param[k] & FX_WRITE) return 1;
  for (int k = 0; k < fx->ng; k++)
    if (fx->g[k].mode & FX_WRITE) return 1;
  for (int r = 0; r < RES_COUNT; r++)
    if (fx->res[r] & FX_WRITE) return 1;
  return 0;
}

void check_pure_declared(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (!f->body || !f->ce || !f->ce->pure) continue;
    const Effects *fx = callee_effects(L->u, f->ce);
    if (!fx || fx->all) continue;
    char *what = NULL;
    for (int k = 0; k < fx->nparam && k < f->ce->nparam && !what; k++)
      if (fx->param[k] & FX_WRITE) what = fmt("writes through its parameter '%s'", f->ce->param[k].name);
    if (!what && (fx_touches_anything(fx) || fx->ng || fx->mem || fx->tls)) {
      char *d = fx_describe(fx);
      what = fmt("touches %s", d ? d : "more than its arguments");
      free(d);
    }
    if (!what) continue;
    unsigned off = lint_decl_off(L->u, f->cur);
    if (!off) { free(what); continue; }
    Finding *x = lint_report_at(L, off, "delayed function '%s' is declared DELAYED_PURE but %s", f->name, what);
    x->error = writes(fx);       /* a declaration the body contradicts: an error, not a trust (reading a
                                    global the program may change between calls: a warning) */
    lint_note(x, off, "remove DELAYED_PURE, or make '%s' touch only its arguments; delayc emit goes by the body: "
              "its calls keep their order and none is computed once for another", f->name);
    free(what);
  }
}
