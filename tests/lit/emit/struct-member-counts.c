// DELAYED_N(member) on a pointer member of a struct: a task given the struct
// by value declares the region each such member reaches (`b.data` for `b.n`
// elements), so tasks on different buffers run together and a task on the
// same buffer waits.  A struct with a pointer member that says no count
// keeps the task on all memory reached through pointers (and --explain says
// why); a count naming no member is an error (errors/annotation-names.test).
//
// RUN: %delayc emit --no-batch %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 DELAYC_STATS=1 %t.bin 2>&1 | FileCheck --check-prefix=OUT %s
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { double *data DELAYED_N(n); int n; } Buffer;
typedef struct { double *data; int n; } Plain;


// The count is checked, not trusted: the loop over it is shown inside; any
// other access is checked when the program runs (extent-wrong.test, c02).
// CHECK-LABEL: {{^}}DELAYED void fill(Buffer b, int seed) {
// CHECK-NEXT: {{^}}  for (int i = 0; i < b.n; i++) b.data[i] = seed * 10 + i;
DELAYED void fill(Buffer b, int seed) {
  for (int i = 0; i < b.n; i++) b.data[i] = seed * 10 + i;
}
// CHECK-LABEL: {{^}}DELAYED double last(Buffer b) { __attribute__((unused)) const long long __dc{{[0-9]*}}_mhi_b_data = (long long)(b.n);
// CHECK: {{^ *}}b.n - 1), 0, 0, __dc{{[0-9]*}}_mhi_b_data, "{{.*}}struct-member-counts.c:{{[0-9]+}}:{{[0-9]+}}\0last\0b.data\0DELAYED_N(n)")
DELAYED double last(Buffer b) { return b.data[b.n - 1]; }
// given by address, to a pointer to const: the struct, and its members' regions
DELAYED double peek(const Buffer *p) { return p->data[p->n / 2]; }
DELAYED double total(Buffer b) {
  double s = 0;
  for (int i = 0; i < b.n; i++) s += b.data[i];
  return s;
}
DELAYED void fill_plain(Plain p) { for (int i = 0; i < p.n; i++) p.data[i] = i; }


int main(void) {
  Buffer b[3];
  double s[3];
  for (int i = 0; i < 3; i++) {
    b[i].data = malloc(4 * sizeof(double));
    b[i].n = 4;
  }
  // CHECK: DELAYC_RT_DEP_R(DELAYC_RT_INOUT, (*((__dc{{[0-9]*}}_a{{[0-9_]+}}).data)), ((__dc{{[0-9]*}}_a{{[0-9_]+}}).n))
  for (int i = 0; i < 3; i++) fill(b[i], i);
  // CHECK: DELAYC_RT_DEP_R(DELAYC_RT_IN, (*((__dc{{[0-9]*}}_a{{[0-9_]+}}).data)), ((__dc{{[0-9]*}}_a{{[0-9_]+}}).n))
  for (int i = 0; i < 3; i++) s[i] = total(b[i]);
  Plain p = {malloc(4 * sizeof(double)), 4};
  // CHECK: DELAYC_RT_DEP_ALL(DELAYC_RT_INOUT)
  fill_plain(p);
  double mid = peek(&b[1]);
  printf("%.0f %.0f %.0f %.0f %.0f %.0f\n", s[0], s[1], s[2], p.data[3], last(b[2]), mid);
  for (int i = 0; i < 3; i++) free(b[i].data);
  free(p.data);
  return 0;
}
// EXPLAIN: struct-member-counts.c:49:31: explain: call of 'fill': argument 'b[i]' holds pointers whose members say their counts (DELAYED_N)
// EXPLAIN-DAG: explain: call of 'peek': argument '&b[1]' points to a struct whose pointer members say their counts (DELAYED_N): the task declares their regions
// EXPLAIN-DAG: explain: call of 'fill_plain': argument 'p' holds pointers to memory delayc does not track
// OUT: 6 46 86 3 23 12
// OUT: delayc: tasks=

// A checked access in a loop costs at every access: --explain says so, with
// the loop that needs no check and the flag that compiles them out (blind
// 63a: a thumbnail loop 1.6x slower at one thread, and nothing said); an
// access checked once (last) is not said.
// EXPLAIN-DAG: explain: 'odd' checks 1 access through the counted members of 'b' as the program runs, in a loop (each time it runs): delayc cannot show it stays within the counts the struct declares; a loop over the count itself (for (i = 0; i < b.n; i++) ... [i]) needs none, and -DDELAYC_RT_NO_EXTENT_CHECKS compiles them out
// EXPLAIN-NOT: 'last' checks
DELAYED double odd(Buffer b) {
  double s = 0;
  for (int i = 0; i + 1 < b.n; i += 2) s += b.data[i + 1];
  return s;
}
