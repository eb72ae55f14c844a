/* too_fine.c — delayed-too-fine: a delayed call in a loop whose tasks
 * each do less work than it costs to run a task.
 *
 * Dask: "avoid too many tasks" — every task costs scheduling (for an OpenMP
 * task with dependencies about a microsecond); millions of tiny tasks spend
 * their time there.  Batch several items per task.  The cost model (see
 * docs/checks/delayed-too-fine.md): the loop's known trip count — the product
 * of the constant trip counts of the loops around the call — must be at least
 * MinTasks (default 100), and the callee's estimated work per call (cost.c) less
 * than TaskOverhead (default 1000, about 1 µs).  Loops whose trip count is not a
 * constant are not judged.  A loop that `delayc emit` runs in batches (the
 * OpenMP target's plan, analysis/batches.c) is not reported: there is nothing
 * left for the user to batch. */
#include "lint/lint.h"
#include "analysis/tree.h"

/* Is the call one of a loop emit runs in batches, or as one task? */
static int batched(Analysis *a, Node *call) {
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nsite; k++) {
      Site *s = a->fn[i]->site[k];
      if (s->call && s->call->beg == call->beg && s->call->end == call->end) return s->batch || s->fuse_loop;
    }
  return 0;
}

void check_too_fine(Lint *L) {
  long long overhead = config_int(L->cfg, "delayed-too-fine.TaskOverhead", 1000);
  long long min_tasks = config_int(L->cfg, "delayed-too-fine.MinTasks", 100);
  Analysis a;
  int planned = 0;
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    for (int k = 0; k < f->ncall; k++) {
      LCall *c = &f->call[k];
      if (!c->loop || !c->ce || !c->fnref) continue;
      long long trips = 1;
      int known = 0;
      for (Node *l = c->loop; l; l = model_loop_of(f, l)) {
        long long t = trip_count(L->u, l);
        if (t > 0) { known = 1; trips = trips > (1LL << 40) / t ? (1LL << 40) : trips * t; }
      }
      if (!known || trips < min_tasks) continue;
      long long work = cost_function(clang_getCursorReferenced(c->fnref->cur));
      if (work < 0 || work >= overhead) continue;
      if (!planned) {
        an_run(&a, L->u);
        an_batches(&a);
        planned = 1;
      }
      if (batched(&a, c->call)) continue;
      Finding *x = lint_report(L, c->call, "%lld tasks of '%s', each about %lld ns of work: the cost of a task (about %lld ns) "
                               "outweighs its work, and delayc emit cannot run this loop in batches (--explain says why); "
                               "give each task a batch of items", trips, c->ce->label, work, overhead);
      unsigned off = lint_decl_off(L->u, clang_getCursorReferenced(c->fnref->cur));
      CXCursor def = clang_getCursorDefinition(clang_getCursorReferenced(c->fnref->cur));
      if (!clang_Cursor_isNull(def) && lint_decl_off(L->u, def)) off = lint_decl_off(L->u, def);
      if (off) lint_note(x, off, "'%s' is estimated at %lld ns per call (options: delayed-too-fine.TaskOverhead, "
                         "delayed-too-fine.MinTasks)", c->ce->label, work);
    }
  }
  if (planned) an_dispose(&a);
}
