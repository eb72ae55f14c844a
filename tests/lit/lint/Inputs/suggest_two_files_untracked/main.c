/* main.c — blind round 55a: vec_work of vec.c over a struct whose pointer member says no count */
#include <stdio.h>
#include "vec.h"

int main(void) {
  Vec vs[8];
  double out[8], t = 0;
  int k;
  for (k = 0; k < 8; k++) vec_init(&vs[k], 100000 + k);
  for (k = 0; k < 8; k++) out[k] = vec_work(&vs[k]);
  for (k = 0; k < 8; k++) t += out[k];
  printf("checksum %.1f\n", t);
  return 0;
}
