// Before a loop's first batch is measured, and with no estimate of its calls
// (a function of another file), its batches hold the calls before them over
// four times the threads: one call each for the first 8 x threads batches,
// then slowly more, up to 64 (runtime/task_batch.c; blind round 50b: batches
// of 1, 2 and 4 calls put two 100 ms calls in one batch, 0.31 s instead of
// 0.21; blind round 73a: over twice the threads, 64 calls of 14 ms ended in a
// batch of 15).
//
// RUN: %cc-gcc -fopenmp %delayc-cflags %s %delayc-rt -o %t
// RUN: env OMP_NUM_THREADS=2 %t | FileCheck --check-prefix=T2 %s
// RUN: env OMP_NUM_THREADS=4 %t | FileCheck --check-prefix=T4 %s
// T2: threads 2
// T2-NEXT: grains 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2 2 2 2 3 3 3 then 64
// T4: threads 4
// T4-NEXT: grains 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 then 9
// A site whose estimate says 10 us a call: batches of at most 5 (50 us).
// T2-NEXT: estimated 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2 2 2 2 3 3 3 4 4 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5
#include <omp.h>
#include <stdio.h>
#include "delayc_rt.h"
int main(void) {
  printf("threads %d\n", omp_get_max_threads());   /* (an emitted program links OpenMP: so does this) */
  delayc_rt_batch_site s = DELAYC_RT_BATCH_SITE(0, 0), e = DELAYC_RT_BATCH_SITE(10000, 0);
  printf("grains");
  for (int k = 0; k < 23; k++) printf(" %ld", delayc_rt_batch_grain(&s, k));
  printf(" then %ld", delayc_rt_batch_grain(&s, 60));
  printf("\nestimated");
  for (int k = 0; k < 40; k++) printf(" %ld", delayc_rt_batch_grain(&e, k));
  printf("\n");
  return 0;
}
