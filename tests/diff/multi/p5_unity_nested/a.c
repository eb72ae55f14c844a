/* a.c (included by main.c): includes b.c; a DELAYED wrapper and a static
   local counter */
#ifndef P5_A_C
#define P5_A_C
#include "b.c"

DELAYED int a_step(int v, long work) {
  static int a_calls;
  a_calls++;
  b_spin(work);
  return v * 10 + a_calls;
}

static int a_calls_of_b(void) { return b_calls; }
#endif
