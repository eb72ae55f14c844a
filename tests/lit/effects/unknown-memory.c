// Memory delayc cannot place: a task that writes through a pointer loaded
// from a global (g_out, which main pointed at its own array: the array is
// published) is ordered with every global-ish shared object, and ordinary
// code that then reads the published array, or the static buffer a function
// returned, waits for it.  Writing a global through a local alias in main
// waits for the tasks that read the global.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | FileCheck --check-prefix=OUTPUT %s
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <stdio.h>
#include "delayed.h"

static long *g_out;
struct config { int scale; };
static struct config g_cfg = {1};

DELAYED void put(int i, long v) { for (long k = 0; k < 200000; k++) v += k % 3; g_out[i] = v; }
DELAYED long apply(int x) { long s = 0; for (long k = 0; k < 200000; k++) s += k % 5; return s * 0 + x * g_cfg.scale; }
DELAYED char *label(int n) { static char buf[16]; snprintf(buf, sizeof buf, "item-%d", n); return buf; }

int main(void) {
  long first[3] = {0, 0, 0};
  struct config *cfg = &g_cfg;
  g_out = first;
  // CHECK: depend(inout: {{.*}}delayc_rt_globals{{.*}}){{.*}}put(
  for (int i = 0; i < 3; i++) put(i, i);
  // CHECK: DELAYC_RT_WAIT(depend({{.*}}delayc_rt_globals{{.*}})) printf("first
  printf("first %ld %ld %ld\n", first[0], first[1], first[2]);
  long r = apply(1);
  // CHECK: DELAYC_RT_WAIT(depend(inout: g_cfg{{.*}})) cfg->scale = 2;
  cfg->scale = 2;
  long r2 = apply(2);
  char *c = label(3);
  char *d = label(12);
  printf("%ld %ld %s %s\n", r, r2, c, d);
  return 0;
}
// OUTPUT: first 199999 200000 200001
// OUTPUT-NEXT: 1 4 item-12 item-12
