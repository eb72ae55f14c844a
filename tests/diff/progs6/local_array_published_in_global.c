/* A local array whose address is published in a global pointer (g_p = arr + 4)
   and also kept in local views (w = arr + 8, q from a helper): a task runs on
   g_p's elements while ordinary code writes through w and delayc-serial
   calls go through q; both must come after the task. */
#include <stdio.h>
#include "delayed.h"

int *g_p;

static int *same(int *p) { return p; }

DELAYED void addv(DELAYED_INOUT_N(n) int *p, int n, int v) {
  for (int r = 0; r < 30; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 3 + v) % 10007;
}

int main(void) {
  int arr[64];
  for (int i = 0; i < 64; i++) arr[i] = i;
  int *q = same(arr);
  g_p = arr + 4;
  int *w = arr + 8;
  addv(q, 20, 1);
  arr[5] = -1;
  addv(g_p, 20, 2);
  w[2] += 3;                     /* arr[10]: written by the task above */
  addv(q + 10, 20, 3);
  addv(g_p + 30, 10, 4);
  addv(w + 20, 4, 5);
  long h = 0;
  for (int i = 0; i < 64; i++) h = (h * 31 + arr[i]) % 1000000007;
  printf("%ld\n", h);
  return 0;
}
