// A task calling through a dispatch table (blind round 60a: a bytecode
// interpreter's ops): the call may reach the functions whose address the
// file takes, and keeps the task's record only if one of them keeps what it
// is given.  Its ops only read: the tasks run together (it was "'s' has its
// address stored by the task's function: tasks that touch it run serially").
// With an op that stores its argument in a global (-DKEEPS), the record has
// its address stored, and the tasks on it run serially.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %delayc emit %s -o %t.keeps.c --explain -- %delayc-cflags -DKEEPS 2>&1 | FileCheck %s --check-prefix=KEEPS
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags -DKEEPS %t.keeps.c %delayc-rt -o %t.keeps
// RUN: %cc-gcc -Wall -Werror %delayc-cflags -DKEEPS %s -o %t.keeps.serial
// RUN: %t.keeps.serial > %t.keeps.want
// RUN: env OMP_NUM_THREADS=4 %t.keeps | diff %t.keeps.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int *code DELAYED_N(n); int n; } script_t;
typedef long (*op_fn)(const int *, int);
static long op_sum(const int *c, int i) { return c[i % 4] + i; }
static long op_xor(const int *c, int i) { return c[(i + 1) % 4] ^ i; }
#ifdef KEEPS
static const int *g_last;
static long op_keep(const int *c, int i) { g_last = c; return i & 1; }
static op_fn table[3] = {op_sum, op_xor, op_keep};
#else
static op_fn table[2] = {op_sum, op_xor};
#endif

DELAYED static long run(DELAYED_IN const script_t *sc) {
  long acc = 0;
  for (int i = 0; i < 200000; i++) acc += table[i % (int)(sizeof table / sizeof table[0])](sc->code, i);
  return acc;
}

int main(void) {
  script_t s[4];
  long r[4];
  for (int k = 0; k < 4; k++) {
    s[k].n = 4;
    s[k].code = malloc(4 * sizeof(int));
    for (int j = 0; j < 4; j++) s[k].code[j] = k + j;
  }
  for (int k = 0; k < 4; k++) r[k] = run(&s[k]);
  for (int k = 0; k < 4; k++) {
    printf("%ld\n", r[k]);
    free(s[k].code);
  }
  return 0;
}
// CHECK-NOT: address stored
// CHECK: explain: the loop's calls of 'run' are tasks one by one
// CHECK-NOT: runs serially
// KEEPS: explain: 's' has its address stored by the task's function: tasks that touch it run serially
