/* covers: region base given by unusual pointer expressions: p - k, k + p, *pp + 2, c ? a : b, &a[i] + j, s.buf + 3 (slow writer, reader must wait) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int *buf; } H;
static void spin(void) { volatile long x = 0; for (long i = 0; i < 2000000; i++) x += i; (void)x; }
DELAYED void wr(DELAYED_OUT_N(n) int *p, int n, int v) { spin(); for (int i = 0; i < n; i++) p[i] = v; }
DELAYED int rd(DELAYED_IN_N(n) const int *p, int n) { int s = 0; for (int i = 0; i < n; i++) s = s * 3 + p[i]; return s; }

int main(void) {
  int *a = calloc(64, sizeof(int));
  int *p = a + 20, **pp = &p, k = 4, c = 1;
  H s = {a + 40};
  int r[6];
  wr(p - k, 2, 1);        r[0] = rd(a + 16, 2);
  wr(k + p, 2, 2);        r[1] = rd(a + 24, 2);
  wr(*pp + 2, 2, 3);      r[2] = rd(a + 22, 2);
  wr(c ? a + 30 : a, 2, 4); r[3] = rd(a + 30, 2);
  wr(&a[10] + k, 2, 5);   r[4] = rd(a + 14, 2);
  wr(s.buf + 3, 2, 6);    r[5] = rd(a + 43, 2);
  for (int i = 0; i < 6; i++) printf("%d ", r[i]);
  printf("\n");
  free(a);
  return 0;
}
