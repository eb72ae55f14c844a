/* Blocks of 20 elements, 10 apart: each call's block overlaps the next. */
#include <stdio.h>
#include <stdlib.h>
#include "blk.h"
int main(void) {
  int *a = calloc(200, sizeof *a);
  for (int k = 0; k < 8; k++) blk_fill(a + 10 * k, 20, 20, k);
  long s = 0;
  for (int i = 0; i < 200; i++) s = (s * 5 + a[i]) % 1000003;
  printf("%ld %d %d\n", s, a[15], a[75]);
  free(a);
  return 0;
}
