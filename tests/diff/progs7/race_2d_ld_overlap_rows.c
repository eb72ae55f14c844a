/* covers: ld < cols (rows overlap): a reader touching only the tail of row 0 that equals the head of row 1; slow writer */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static void spin(void) { volatile long x = 0; for (long i = 0; i < 2000000; i++) x += i; (void)x; }
DELAYED void w(DELAYED_OUT_2D(3, 5, 2) int *t, int v) { spin(); for (int i = 0; i < 3; i++) for (int j = 0; j < 5; j++) t[i * 2 + j] = v + i; }
DELAYED int r(DELAYED_IN_N(n) const int *p, int n) { int s = 0; for (int i = 0; i < n; i++) s = s * 10 + p[i]; return s; }

int main(void) {
  int *m = calloc(20, sizeof(int));
  w(m, 1);               /* covers [0, 9) */
  int a = r(m + 8, 2);   /* 8 is written only by the last row */
  w(m + 10, 4);          /* covers [10, 19) */
  int b = r(m + 17, 1);
  int c = r(m + 9, 1);   /* untouched */
  printf("%d %d %d\n", a, b, c);
  free(m);
  return 0;
}
