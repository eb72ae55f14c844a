/* s->field reads and writes by ordinary code between tasks that take the
 * struct by pointer and write some of its fields. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct {
  int n;
  double scale;
  double sum;
  double max;
  double *data;
} Stats;

DELAYED void compute(DELAYED_INOUT Stats *s) {
  double sum = 0, mx = -1e300;
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < s->n; i++) {
      double v = s->data[i] * s->scale;
      if (r == 0) { sum += v; if (v > mx) mx = v; }
    }
  s->sum = sum;
  s->max = mx;
}

DELAYED void shift(DELAYED_INOUT_N(n) double *d, int n, double by) {
  for (int i = 0; i < n; i++) d[i] += by * (i % 3);
}

int main(void) {
  int k = 4;
  Stats *st = malloc(sizeof *st * (size_t)k);
  if (!st) return 1;
  for (int j = 0; j < k; j++) {
    st[j].n = 10 + j;
    st[j].scale = 1.0;
    st[j].data = malloc(sizeof(double) * (size_t)st[j].n);
    if (!st[j].data) return 1;
    for (int i = 0; i < st[j].n; i++) st[j].data[i] = (i * 3 + j) % 7;
  }
  for (int j = 0; j < k; j++) compute(&st[j]);
  Stats *s = &st[1];
  double a = s->sum;            /* after compute(&st[1]) */
  s->scale = 2.0;               /* compute read scale: after it */
  compute(s);
  s = st + 2;
  shift(s->data, s->n, 1.5);    /* compute(&st[2]) reads data: after it */
  s->scale = 0.5;
  compute(s);
  double b = s->max;
  s++;
  s->data[0] = 100.0;           /* after compute(&st[3]) */
  compute(s);
  for (int j = 0; j < k; j++) printf("st[%d] sum=%.4f max=%.4f scale=%.2f\n", j, st[j].sum, st[j].max, st[j].scale);
  printf("a=%.4f b=%.4f\n", a, b);
  for (int j = 0; j < k; j++) free(st[j].data);
  free(st);
  return 0;
}
