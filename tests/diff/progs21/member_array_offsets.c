/* An array member at an offset, `recs[i].vals + 4` and `&recs[i].vals[4]`
 * (blind round 46b #7): serial ("reads a value a task may still be
 * writing", "extent or aliasing delayc cannot prove").  Each depends on its
 * struct, as a write of part of it; the halves of one struct's array run
 * one after the other, different structs together, and a read of the other
 * member waits. */
#include <stdio.h>
#include "delayed.h"

typedef struct { double vals[8]; double tag[2]; } Rec;

DELAYED void fill(int n, DELAYED_OUT_N(n) double *v, int seed) {
  volatile double s = 0;
  for (long k = 0; k < 1500000; k++) s += (double)(k % 5);
  for (int i = 0; i < n; i++) v[i] = seed + i + (s < 0);
}

DELAYED void scale(int n, DELAYED_INOUT_N(n) double *v, double f) { for (int i = 0; i < n; i++) v[i] *= f; }

int main(void) {
  Rec recs[4];
  for (int i = 0; i < 4; i++) recs[i].tag[0] = recs[i].tag[1] = i;
  for (int i = 0; i < 4; i++) fill(8, recs[i].vals, i);
  for (int i = 0; i < 4; i++) fill(4, recs[i].vals + 4, i + 50);
  for (int i = 0; i < 4; i++) scale(2, &recs[i].vals[6], 0.5);
  for (int i = 0; i < 4; i++) scale(1, recs[i].vals + 7, 2.0);
  for (int i = 0; i < 4; i++)
    printf("%g %g %g %g %g\n", recs[i].vals[0], recs[i].vals[5], recs[i].vals[7], recs[i].tag[0], recs[i].tag[1]);
  return 0;
}
