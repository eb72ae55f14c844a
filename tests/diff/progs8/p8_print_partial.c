/* Printing part of the data while tasks on the other part are still pending. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *x, int n, int seed) {
  for (int i = 0; i < n; i++) {
    int v = seed;
    for (int k = 0; k < 500; k++) v = (v * 17 + i + k) % 1009;
    x[i] = v;
  }
}

DELAYED void update(DELAYED_INOUT_N(n) int *x, int n, int k) {
  for (int r = 0; r < 200; r++)
    for (int i = 0; i < n; i++) x[i] = (x[i] * k + r) % 1009;
}

static void show(const char *tag, const int *x, int n) {
  printf("%s:", tag);
  for (int i = 0; i < n; i++) printf(" %d", x[i]);
  printf("\n");
}

int main(void) {
  int n = 40, h = n / 2;
  int *a = malloc((size_t)n * sizeof *a);
  fill(a, h, 1);
  fill(a + h, n - h, 2);
  show("lo", a, h);                /* the high half may still be filling */
  update(a, h, 3);
  show("hi", a + h, n - h);        /* low half being updated */
  update(a + h, n - h, 5);
  show("lo2", a, h);
  update(a + h - 1, 2, 7);         /* the seam */
  printf("seam: %d %d\n", a[h - 1], a[h]);
  show("all", a, n);
  free(a);
  return 0;
}
