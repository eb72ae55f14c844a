/* covers: 2D tiles that overlap in exactly one element (corner), OUT then INOUT */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define LD 7
DELAYED void setv(DELAYED_OUT_2D(3, 3, LD) int *t, int v) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) t[i * LD + j] = v + i + j;
}
DELAYED void addt(DELAYED_INOUT_2D(3, 3, LD) int *t, int v) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) t[i * LD + j] = t[i * LD + j] * 10 + v;
}

int main(void) {
  int *m = calloc(LD * LD, sizeof(int));
  setv(m, 1);               /* rows 0..2, cols 0..2 */
  setv(m + 2 * LD + 2, 5);  /* rows 2..4, cols 2..4: shares m[2][2] */
  addt(m, 3);
  addt(m + 2 * LD + 2, 7);
  setv(m + 4 * LD + 4, 9);  /* shares m[4][4] with previous */
  addt(m + 4 * LD + 4, 2);
  for (int i = 0; i < LD; i++) {
    for (int j = 0; j < LD; j++) printf("%d ", m[i * LD + j]);
    printf("\n");
  }
  free(m);
  return 0;
}
