/* spawn_hook.c — a task's dependence list for the runtime, and the
 * instrumentation hook the OpenMP target puts before each task.
 *
 * DELAYC_RT_TASK_SPAWN (runtime/delayc_rt.h) announces a task to the runtime in
 * the spawning thread: its label, its line and its dependencies named exactly
 * as the depend clauses name them (openmp.c's dep_clauses), so that the
 * runtime can rebuild the executed graph (DELAYC_GRAPH) and the trace can carry
 * each task's predecessors.  It costs one predictable branch when no
 * instrumentation is on; its result, the task's id, goes into the task
 * (firstprivate) for DELAYC_RT_TASK_BEGIN_ID/END_ID.
 */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

static const char *mode_name(Dep *d) {
  Acc a = d->acc;
  return d->update && d->obj->regions ? "DELAYC_RT_UPDATE" : a == ACC_IN ? "DELAYC_RT_IN" : a == ACC_OUT ? "DELAYC_RT_OUT"
                                                                                                   : "DELAYC_RT_INOUT";
}

/* One delayc_rt_dep initializer per depend item, in dep_clauses' order (the
 * pthreads target passes the same list to dct_spawn). */
int target_dep_items(Buf *b, Func *f, Dep *dep, int ndep) {
  int n = 0;
  for (int pass = 0; pass < 3; pass++) {
    for (int i = 0; i < ndep; i++) {
      Dep *d = &dep[i];
      if (d->acc != (Acc)pass) continue;
      Obj *o = d->obj;
      const char *m = mode_name(d);
      if (o->regions) {           /* compared by overlap (the pthreads pool, the trace) */
        char *first, *count;
        lower_region(f, d, &first, &count);
        if (first && d->rows && strcmp(count, "-1")) {
          char *rows = lower_expr(f, d->rows), *ld = lower_expr(f, d->ld);
          buf_printf(b, ", DELAYC_RT_DEP_%s2D(%s, %s, %s, %s, %s)", o->ext ? "" : "OWN_", m, first, count, rows, ld);
          free(rows);
          free(ld);
        } else if (first) buf_printf(b, ", DELAYC_RT_DEP_%sR(%s, %s, %s)", o->ext ? "" : "OWN_", m, first, count);
        else buf_printf(b, ", DELAYC_RT_DEP_ALL(%s)", m);   /* all of memory */
        free(first);
        free(count);
        n++;
        continue;
      }
      char *acc = lower_access(o);
      char *index = lower_expr(f, d->index), *start = lower_expr(f, d->start), *count = lower_expr(f, d->count);
      if (o->voidp) {
        char *t = fmt("((char *)%s)", acc);
        free(acc);
        acc = t;
      }
      int token = o->kind != OBJ_SCALAR && !o->elementwise;
      if (o->kind == OBJ_SCALAR)
        buf_printf(b, ", DELAYC_RT_DEP(%s, %s)", m, acc);
      else if (token)
        buf_printf(b, ", DELAYC_RT_DEP(%s, %s[0])", m, acc);
      else if (o->blocked && count)
        buf_printf(b, ", DELAYC_RT_DEP(%s, %s[%s])", m, acc, start ? start : "0");
      else if (o->blocked && index)
        buf_printf(b, ", DELAYC_RT_DEP(%s, %s[(%s) / %lld * %lld])", m, acc, index, o->blocked, o->blocked);
      else if (o->blocked)
        buf_printf(b, ", DELAYC_RT_DEP_S(%s, %s[0], %lld, %lld * sizeof(%s[0]))", m, acc,
                   o->nelem / o->blocked, o->blocked, acc);
      else if (index)
        buf_printf(b, ", DELAYC_RT_DEP(%s, %s[%s])", m, acc, index);
      else if (count)
        buf_printf(b, ", DELAYC_RT_DEP_N(%s, %s[%s], %s)", m, acc, start ? start : "0", count);
      else
        buf_printf(b, ", DELAYC_RT_DEP_N(%s, %s[0], %lld)", m, acc, o->nelem);
      free(acc);
      free(index);
      free(start);
      free(count);
      n++;
    }
  }
  return n;
}

char *target_spawn_hook(Func *f, Dep *dep, int ndep, const char *label, unsigned line) {
  Buf deps = {0};
  buf_add(&deps, "", 0);
  int n = target_dep_items(&deps, f, dep, ndep);
  char *r = n ? fmt("long \001tid = DELAYC_RT_TASK_SPAWN(\"%s\", %u, %d%s); ", label, line, n, deps.s)
              : fmt("long \001tid = DELAYC_RT_TASK_SPAWN0(\"%s\", %u); ", label, line);
  free(deps.s);
  return r;
}
