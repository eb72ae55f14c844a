// A loop whose body declares task results keeps them in slots of an arena of
// its own, reset (after a wait for the function's tasks) at the start of an
// iteration once it holds megabytes: 20,000 iterations of a 4 KiB result
// stay within a few MiB of slots, where they took 80 MiB until the function
// returned.  Batched, one task per call, with gcc and clang, 1 and 4 threads,
// and with --target=pthreads.
//
// UNSUPPORTED: sanitized-runtime
// RUN: %delayc emit %s -o %t.c
// RUN: %delayc emit --no-batch %s -o %t.nb.c
// RUN: FileCheck %s < %t.c
// RUN: %cc-gcc -O2 -Wall -Wextra %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.gcc
// RUN: %cc-clang -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: %cc-gcc -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.nb.c %delayc-rt -o %t.nb
// RUN: env OMP_NUM_THREADS=1 %max-rss 40 %t.gcc > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %max-rss 40 %t.gcc > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=4 %max-rss 40 %t.clang > %t.c4 && diff %t.want %t.c4
// RUN: env OMP_NUM_THREADS=2 %max-rss 40 %t.nb > %t.n2 && diff %t.want %t.n2
// RUN: %delayc emit --target=pthreads %s -o %t.pt.c
// RUN: %cc-gcc -O2 -Wall -Wextra -Werror %delayc-cflags %t.pt.c %delayc-rt -lpthread -o %t.pt
// RUN: env DELAYC_NUM_THREADS=4 %max-rss 40 %t.pt > %t.p4 && diff %t.want %t.p4
//
// CHECK: if (delayc_rt_arena_big(__dc_arena1)) {
// CHECK: delayc_rt_arena_reset(&__dc_arena1); }
// CHECK: struct big *__dc_s_b = (struct big *)delayc_rt_slot(&__dc_arena1,
#include <stdio.h>
#include "delayed.h"

struct big { double v[512]; };

DELAYED struct big fill(int i) {
  struct big b;
  for (int k = 0; k < 512; k++) b.v[k] = i + k * 0.5;
  return b;
}
DELAYED double total(struct big b) {
  double s = 0;
  for (int k = 0; k < 512; k++) s += b.v[k];
  return s;
}

int main(void) {
  static double sums[20000];
  for (int i = 0; i < 20000; i++) {
    struct big b = fill(i);
    sums[i] = total(b);
  }
  delayed_compute(sums);
  double s = 0;
  for (int i = 0; i < 20000; i++) s += sums[i];
  printf("%.1f\n", s);
  return 0;
}
