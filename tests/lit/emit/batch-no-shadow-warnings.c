// A loop run in batches replays each call inside the task, declaring its
// argument copies (and, for a range, the loop's variable) again under the
// names the call's text uses; a batch flushed inside the loop does so where
// those names are in scope already.  -Wshadow warned of code the user did not
// write, and -Werror stopped the build (blind round 45b F6); the serial
// program is clean, and so is its parallel one now, with gcc and clang.
//
// RUN: %delayc emit %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %cc-gcc -O2 -Wshadow -Wall -Wextra -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -O2 -fopenmp -Wshadow -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.gcc
// RUN: %cc-clang -O2 -fopenmp -Wshadow -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=2 %t.gcc > %t.g2 && diff %t.want %t.g2
// RUN: env OMP_NUM_THREADS=4 %t.clang > %t.c4 && diff %t.want %t.c4
// A batched loop of nested calls, r[i] = f(g(i), h(i + 1)) (blind round 48b):
// its replays declare the hoisted results again far along one line, past the
// columns gcc tracks, so the function is bracketed as a whole too.
// RUN: %delayc emit %S/Inputs/batch_nested_calls.c -o %t.nested.c
// RUN: %cc-gcc -O2 -fopenmp -Wshadow -Wall -Wextra -Werror %delayc-cflags %t.nested.c %delayc-rt -o %t.ngcc
// RUN: %cc-clang -O2 -fopenmp -Wshadow -Wall -Wextra -Werror %delayc-cflags %t.nested.c %delayc-rt -o %t.nclang
// RUN: %cc-gcc -O2 %delayc-cflags %S/Inputs/batch_nested_calls.c -o %t.nserial && %t.nserial > %t.nwant
// RUN: env OMP_NUM_THREADS=2 %t.ngcc > %t.ng2 && diff %t.nwant %t.ng2
#include <stdio.h>
#include "delayed.h"

DELAYED double avg3(double a, double b, double c) { return (a + b + c) / 3.0; }
DELAYED void put(DELAYED_OUT double *p, int i) { *p = i * 0.5; }

int main(void) {
  enum { N = 3000 };
  static double a[N], b[N];
  for (int i = 0; i < N; i++) a[i] = (i * 7919) % 101;
  for (int it = 0; it < 5; it++) {
    b[0] = a[0]; b[N - 1] = a[N - 1];
    for (int i = 1; i < N - 1; i++) b[i] = avg3(a[i - 1], a[i], a[i + 1]);
    for (int i = 0; i < N; i++) a[i] = b[i];
  }
  for (int i = 0; i < N; i++) put(&b[i], i);
  double s = 0;
  for (int i = 0; i < N; i++) s += a[i] * (i % 13) + b[i];
  printf("%.10f %.10f\n", s, a[N / 2]);
  return 0;
}
// CHECK: DELAYC_RT_REPLAY_BEGIN
// CHECK: DELAYC_RT_REPLAY_END
