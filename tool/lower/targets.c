/* targets.c — the table of targets (--target=NAME).
 *
 * A target turns the plan of one file into the whole output text.  Every
 * target reads the same plan (the same tasks, accesses, captures and waits):
 *   openmp   OpenMP tasks with depend clauses (openmp.c; the default)
 *   serial   the annotations stripped: the reference build (serial.c)
 *   pthreads the runtime's own scheduler, no OpenMP (pthreads.c)
 *   starpu, starpu-mpi   StarPU in one process, StarPU-MPI on many: the same
 *            text, linked with one runtime or the other (starpu.c)
 * A new target (a distributed one) is one file of callbacks over the plan
 * (TargetOps, lower.h, which place.c calls) and one line in the table below.
 */
#include "lower/lower.h"

#include <string.h>

static const Target aTarget[] = {
  { "openmp", "OpenMP tasks with exact depend clauses (compile with -fopenmp)", lower_omp, 1, adapt_omp },
  { "serial", "the annotations stripped: plain serial C, the reference build", lower_serial, 0, NULL },
  { "pthreads", "tasks on libdelayc's own scheduler (delayc_task.h): no OpenMP", lower_pthreads, 1, NULL },
  /* always lowered: a program with no task still links the runtime, which
   * starts MPI and keeps the other ranks from printing */
  { "starpu", "tasks on StarPU, in one process (link delayc-starpu)", lower_starpu, 0, adapt_starpu },
  { "starpu-mpi", "the same program on every rank of an MPI job, tasks on StarPU-MPI (link delayc-starpu-mpi)",
    lower_starpu, 0, adapt_starpu_mpi },
};

const Target *target_find(const char *name) {
  for (size_t i = 0; i < sizeof aTarget / sizeof *aTarget; i++)
    if (!strcmp(aTarget[i].name, name)) return &aTarget[i];
  return NULL;
}

const Target *target_at(int i) {
  return i >= 0 && (size_t)i < sizeof aTarget / sizeof *aTarget ? &aTarget[i] : NULL;
}
