/* A struct holding pointers into a block, passed by value and by address to
   ordinary (non-DELAYED) helpers that read and write through its fields while
   tasks of main on the same block are pending: main must wait first. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct pair { int *x; int *y; };

DELAYED void churn(DELAYED_INOUT_N(n) int *p, int n, int k) {
  for (int r = 0; r < 50; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 7 + k + r) % 65521;
}

void helper_by_value(struct pair pr) { pr.y[0] += 5; pr.x[3] = pr.y[1]; }

void helper_by_address(const struct pair *pr) { pr->x[1] = pr->y[1] * 2; }

static int *make(int n) { return malloc(sizeof(int) * (size_t)n); }

int main(void) {
  int n = 120;
  int *b = make(n);
  for (int i = 0; i < n; i++) b[i] = i;
  struct pair pr = { b + 10, b + 12 };
  churn(b, 40, 1);
  helper_by_value(pr);
  churn(b + 5, 40, 2);
  helper_by_address(&pr);
  churn(b + 5, 40, 3);
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 31 + b[i]) % 1000000007;
  printf("%ld\n", h);
  free(b);
  return 0;
}
