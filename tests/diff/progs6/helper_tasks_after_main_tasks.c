/* main spawns tasks on a block, then (without an explicit wait) calls ordinary
   helpers that spawn their own tasks on overlapping parts of it: one through
   a pointer parameter, one through a global pointer, one through a struct of
   pointers; the region lists of main and of the helpers must not let tasks of
   one overlap running tasks of the other. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

int *g_shared;
struct pair { int *x; int *y; };

DELAYED void churn(DELAYED_INOUT_N(n) int *p, int n, int k) {
  for (int r = 0; r < 50; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 7 + k + r) % 65521;
}

DELAYED void churn_all(int *p, int n, int k) {
  for (int i = 0; i < n; i++) p[i] = (p[i] * 3 + k) % 65521;
}

static void helper_param(int *p, int n) {
  for (int c = 0; c < n; c += 5) churn(p + c, 5, c);
}

static void helper_global(int from, int n) {
  for (int c = from; c < from + n; c += 3) churn(g_shared + c, 3, 2 * c);
}

static void helper_pair(struct pair pr, int n) {
  churn(pr.x, n, 1);
  churn_all(pr.y, n, 2);
}

static int *make(int n) { return malloc(sizeof(int) * (size_t)n); }

int main(int argc, char **argv) {
  (void)argv;
  int n = 120;
  int *b = make(n);
  for (int i = 0; i < n; i++) b[i] = i;
  g_shared = b;
  churn(b, 40, 1);
  churn(b + 40, 40, 2);
  helper_param(b + 30 * argc, 20);   /* overlaps the first two tasks */
  churn(b + 50, 30, 3);
  helper_global(45, 30);
  churn_all(b + 70, 10, 4);
  struct pair pr = { b + 10, b + 12 };
  helper_pair(pr, 20);
  churn(b + 100, 20, 5);
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 31 + b[i]) % 1000000007;
  printf("%ld\n", h);
  free(b);
  return 0;
}
