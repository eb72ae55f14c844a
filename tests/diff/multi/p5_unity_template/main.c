/* p5_unity_template: a .c file included twice with different macro
   parameters (a C template), each instance with its own static counter and a
   DELAYED printing function; main calls both instances and reads the
   counters. */
#include <stdio.h>
#include "delayed.h"

#define T int
#define NAME isum
#include "sum_impl.c"
#undef T
#undef NAME

#define T short
#define NAME ssum
#include "sum_impl.c"
#undef T
#undef NAME

int main(void) {
  int a[6] = {1, 2, 3, 4, 5, 6};
  short b[4] = {9, 8, 7, 6};
  long r1 = isum_sum(a, 6, 600000);
  long r2 = ssum_sum(b, 4, 300000);
  long r3 = isum_sum(a + 2, 4, 100000);
  printf("calls %ld %ld\n", isum_calls, ssum_calls);
  printf("r=%ld %ld %ld\n", r1, r2, r3);
  return 0;
}
