// The runtime's public header (and the annotation header) compile cleanly as
// C11 under gcc and clang with -Wall -Wextra, and the runtime links into an
// OpenMP program built by either; DELAYC_STATS reports from it at exit, and the
// peak is 2 because both threads of the region are inside a task at a barrier.
//
// RUN: %cc-gcc -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only %delayc-cflags %s
// RUN: %cc-clang -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only %delayc-cflags %s
//
// RUN: %cc-gcc -std=c11 -Wall -Wextra -Werror -fopenmp %delayc-cflags %s %delayc-rt -o %t.gcc
// RUN: env DELAYC_STATS=1 %t.gcc 2>&1 | FileCheck %s
// RUN: %cc-clang -std=c11 -Wall -Wextra -Werror -fopenmp %delayc-cflags %s %delayc-rt -o %t.clang
// RUN: env DELAYC_STATS=1 %t.clang 2>&1 | FileCheck %s
// RUN: %t.clang 2>&1 | FileCheck --allow-empty --check-prefix=QUIET %s
//
// CHECK: sum=338350
// CHECK-NEXT: delayc: tasks=102 peak-concurrency=2
// QUIET-NOT: delayc:
#include <stdio.h>

#include "delayc_rt.h"
#include "delayed.h"

static long square(long x) { return x * x; }

int main(void) {
  delayc_rt_arena *arena = NULL;
  long *ap[100];
  for (long i = 0; i < 100; i++) {
    long *p = delayc_rt_slot(&arena, sizeof *p, _Alignof(long));
    ap[i] = p;
    DELAYC_RT_TASK_BEGIN("square", __LINE__);
    *p = square(i + 1);
    DELAYC_RT_TASK_END("square", __LINE__);
  }
#ifdef _OPENMP
#pragma omp parallel num_threads(2)
#endif
  {
    DELAYC_RT_TASK_BEGIN("both", __LINE__);
#ifdef _OPENMP
#pragma omp barrier
#endif
    DELAYC_RT_TASK_END("both", __LINE__);
  }
  long sum = 0;
  for (long i = 0; i < 100; i++) sum += *ap[i];
  delayc_rt_arena_free(&arena);
  printf("sum=%ld\n", sum);
  fflush(stdout);
  return 0;
}
