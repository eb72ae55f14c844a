// DELAYED_N(member) with the struct filled by a compound literal,
// `x[k] = (Buffer){ malloc(...), 100 }`, as with an initializer or member by
// member: the pointer is fresh, so each task declares the region its member
// reaches and the four fills run together (they ran serially: "holds pointers
// to memory delayc cannot track").
//
// RUN: %delayc emit %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUT %s
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { double *data DELAYED_N(n); int n; } Buffer;

DELAYED void fill(Buffer b, int s) { for (int i = 0; i < b.n; i++) b.data[i] = i * s; }
DELAYED double sum(Buffer b) { double t = 0; for (int i = 0; i < b.n; i++) t += b.data[i]; return t; }

int main(void) {
  Buffer x[4];
  double r[4];
  for (int k = 0; k < 4; k++) x[k] = (Buffer){ malloc(100 * sizeof(double)), 100 };
  for (int k = 0; k < 4; k++) fill(x[k], k);
  for (int k = 0; k < 4; k++) r[k] = sum(x[k]);
  for (int k = 0; k < 4; k++) printf("%.0f\n", r[k]);
  for (int k = 0; k < 4; k++) free(x[k].data);
  return 0;
}
// EXPLAIN: struct-compound-literal.c:24:31: explain: call of 'fill': argument 'x[k]' holds pointers whose members say their counts (DELAYED_N): the task declares their regions
// EXPLAIN-NOT: cannot track
// OUT: 0
// OUT-NEXT: 4950
// OUT-NEXT: 9900
// OUT-NEXT: 14850
