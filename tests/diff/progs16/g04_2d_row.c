/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (g04_2d_row) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
static int m[4][4]; static int *rowp(int r) { return m[r]; }
DELAYED int wr(int k, int v) { usleep(10000); rowp(k)[0] = v; return v; }
DELAYED int idle(int k) { usleep(1000); return k * 2; }
int main(void) {
  ;
  int r1 = wr(1, 11);
  int i1 = idle(1);
  int x = m[1][0];
  int r2 = wr(2, 22);
  int i2 = idle(2);
  int y = m[2][0];
  printf("%d %d %d %d %d %d\n", r1, x, r2, y, i1, i2);
  return 0;
}
