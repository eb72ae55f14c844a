/* not_distributed.c — delayed-not-distributed (opt-in): what
 * `delayc emit --target=starpu-mpi` could not spread over the ranks of an MPI
 * job.
 *
 * The cluster target runs in place, on every rank, a call whose data cannot
 * travel between ranks (an address it makes, a global, a pointer with no
 * count), and every rank runs ordinary code — a file it writes is written by
 * each.  lower/starpu.c decides both (starpu_mpi_review); this check reports
 * them where they are, for CI that builds for a cluster
 * (`--checks=delayed-not-distributed`).  Off unless named: on one machine none
 * of it matters. */
#include "lint/lint.h"
#include "lower/lower.h"
#include "plan/plan.h"

static void say_ordinary(void *ctx, Analysis *a, Node *at, const char *msg) {
  (void)a;
  lint_report(ctx, at, "with --target=starpu-mpi, %s", msg);
}

static void report_func(Lint *L, Func *f) {
  for (int k = 0; k < f->nsite; k++) {
    Site *s = f->site[k];
    if (!s->in_place || !s->call || !s->callee) continue;
    lint_report(L, s->call, "with --target=starpu-mpi, call of '%s' runs in place on every rank: %s",
                s->callee->label, s->in_place);
  }
}

void check_not_distributed(Lint *L) {
  Analysis a;
  an_run(&a, L->u);
  starpu_mpi_review(&a, say_ordinary, L);
  for (int i = 0; i < a.nfn; i++) report_func(L, a.fn[i]);
  an_dispose(&a);
}
