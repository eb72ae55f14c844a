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
 * constant are not judged. */
#include "lint/lint.h"
#include "analysis/tree.h"

void check_too_fine(Lint *L) {
  long long overhead = config_int(L->cfg, "delayed-too-fine.TaskOverhead", 1000);
  long long min_tasks = config_int(L->cfg, "delayed-too-fine.MinTasks", 100);
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
      Finding *x = lint_report(L, c->call, "%lld tasks of '%s', each about %lld ns of work: the cost of a task (about %lld ns) "
                               "outweighs its work; give each task a batch of items", trips, c->ce->label, work, overhead);
      unsigned off = lint_decl_off(L->u, clang_getCursorReferenced(c->fnref->cur));
      CXCursor def = clang_getCursorDefinition(clang_getCursorReferenced(c->fnref->cur));
      if (!clang_Cursor_isNull(def) && lint_decl_off(L->u, def)) off = lint_decl_off(L->u, def);
      if (off) lint_note(x, off, "'%s' is estimated at %lld ns per call (options: delayed-too-fine.TaskOverhead, "
                         "delayed-too-fine.MinTasks)", c->ce->label, work);
    }
  }
}
