/* covers: 2D region rows computed at run time as 0 or negative next to a real writer; then rows > 0 again; slow writer */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static void spin(void) { volatile long x = 0; for (long i = 0; i < 2000000; i++) x += i; (void)x; }
DELAYED void w(DELAYED_OUT_2D(rows, 2, 4) int *t, int rows, int v) { spin(); for (int i = 0; i < rows; i++) { t[i * 4] = v; t[i * 4 + 1] = v; } }
DELAYED int r(DELAYED_IN_2D(rows, 2, 4) const int *t, int rows) { int s = 0; for (int i = 0; i < rows; i++) s = s * 10 + t[i * 4] + t[i * 4 + 1]; return s; }

int main(void) {
  int *m = calloc(16, sizeof(int));
  w(m, 3, 1);
  int a = r(m, 0);
  int b = r(m + 4, -3);
  int c = r(m + 4, 2);
  w(m + 8, -1, 9);
  int d = r(m, 4);
  printf("%d %d %d %d\n", a, b, c, d);
  free(m);
  return 0;
}
