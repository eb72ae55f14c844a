/* A constructor task on a struct of a local array (build(&bs[k], n) with
 * DELAYED_OUT Buf *): its members' regions must not be read at its spawn (the
 * struct is not set yet), as on a malloc'd array (struct_constructor_task.c) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { int n; double *d DELAYED_N(n); } Buf;
DELAYED void build(DELAYED_OUT Buf *b, int n, double v) { b->n = n; b->d = malloc(sizeof(double) * n); for (int r = 0; r < 50; r++) for (int i = 0; i < n; i++) b->d[i] = v + i + r; }
DELAYED double total(DELAYED_IN const Buf *b) { double s = 0; for (int i = 0; i < b->n; i++) s += b->d[i]; return s; }
int main(void) {
  Buf bs[4];
  double t[4];
  for (int k = 0; k < 4; k++) build(&bs[k], 50000 + k, k);
  for (int k = 0; k < 4; k++) t[k] = total(&bs[k]);
  for (int k = 0; k < 4; k++) printf("%d %.1f\n", bs[k].n, t[k]);
  for (int k = 0; k < 4; k++) free(bs[k].d);
  return 0;
}
