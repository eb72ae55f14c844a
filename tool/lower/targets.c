/* target.c — the emitter's targets, behind one interface (Target, delayc.h).
 *
 * A target turns the analysis of one file into the whole output text.  Every
 * target reads the same Analysis (the same task sites, dependencies and sync
 * points); only the lowering differs:
 *   openmp   OpenMP tasks with depend clauses (lower_omp.c; the default)
 *   serial   the annotations stripped: the reference build (lower_serial.c)
 *   pthreads the runtime's own scheduler, no OpenMP (lower_pthreads.c)
 * A new target (pthreads on the runtime's own scheduler, a distributed one) is
 * one lower_<name>.c and one line in the table below.
 */
#include "lower/lower.h"

#include <string.h>

static const Target aTarget[] = {
  { "openmp", "OpenMP tasks with exact depend clauses (compile with -fopenmp)", lower_omp, 1 },
  { "serial", "the annotations stripped: plain serial C, the reference build", lower_serial, 0 },
  { "pthreads", "tasks on libdelayc's own scheduler (delayc_task.h): no OpenMP", lower_pthreads, 1 },
};

const Target *target_find(const char *name) {
  for (size_t i = 0; i < sizeof aTarget / sizeof *aTarget; i++)
    if (!strcmp(aTarget[i].name, name)) return &aTarget[i];
  return NULL;
}

const Target *target_at(int i) {
  return i >= 0 && (size_t)i < sizeof aTarget / sizeof *aTarget ? &aTarget[i] : NULL;
}
