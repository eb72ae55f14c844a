/* main_local.c — the vectors' data in a local array of main: a pointer into a local, no count */
#include <stdio.h>
#include "vec.h"

int main(void) {
  static double store[8][1000];
  Vec vs[8];
  double out[8], t = 0;
  int k;
  for (k = 0; k < 8; k++) { vs[k].n = 1000; vs[k].d = store[k]; store[k][k] = k; }
  for (k = 0; k < 8; k++) out[k] = vec_work(&vs[k]);
  for (k = 0; k < 8; k++) t += out[k];
  printf("checksum %.1f\n", t);
  return 0;
}
