/* test_openmp.c — libdelayc inside an OpenMP program, used the way generated
 * code uses it: one thread allocates slots for task results, tasks write them
 * and are counted by DELAYC_RT_TASK_BEGIN/END.  Run with DELAYC_STATS=1.
 *
 * The peak is forced, not timed: NTHREAD threads of a parallel region are all
 * inside a "task" at a barrier, so it is exactly NTHREAD. */
#include <omp.h>

#include "delayc_rt.h"
#include "rt_internal.h"
#include "test.h"

enum { NTHREAD = 4, NTASK = 1000 };

static long square(long x) { return x * x; }

int main(void) {
  CHECK(delayc_rt_flags != 0);

  /* Slots as result storage for deferred tasks. */
  delayc_rt_arena *arena = NULL;
  long *apResult[NTASK];
  long sum = 0;
  #pragma omp parallel num_threads(NTHREAD)
  #pragma omp single
  {
    for (long i = 0; i < NTASK; i++) {
      long *p = delayc_rt_slot(&arena, sizeof(long), _Alignof(long));
      apResult[i] = p;
      #pragma omp task firstprivate(p, i)
      {
        DELAYC_RT_TASK_BEGIN("square", __LINE__);
        *p = square(i);
        DELAYC_RT_TASK_END("square", __LINE__);
      }
    }
    #pragma omp taskwait
    for (long i = 0; i < NTASK; i++) sum += *apResult[i];
  }
  delayc_rt_arena_free(&arena);
  CHECK(arena == NULL);
  CHECK(sum == (long)(NTASK - 1) * NTASK * (2 * NTASK - 1) / 6);

  long nTask, nPeak;
  delayc_rt__stats_read(&nTask, &nPeak);
  CHECK(nTask == NTASK);
  CHECK(nPeak >= 1 && nPeak <= NTHREAD);

  /* All NTHREAD threads inside a task at once. */
  int nThread = 0;
  #pragma omp parallel num_threads(NTHREAD)
  {
    #pragma omp single
    nThread = omp_get_num_threads();
    DELAYC_RT_TASK_BEGIN("all", __LINE__);
    #pragma omp barrier
    DELAYC_RT_TASK_END("all", __LINE__);
  }
  delayc_rt__stats_read(&nTask, &nPeak);
  CHECK(nTask == NTASK + nThread);
  CHECK(nPeak == nThread);
  return test_done();
}
