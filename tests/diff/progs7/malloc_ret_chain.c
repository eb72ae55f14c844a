/* covers: chain of tasks each taking the previous malloc'd buffer, producing a new one and freeing the old */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED double *init(int n) {
  double *p = malloc(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; i++) p[i] = i * 0.5;
  return p;
}
DELAYED double *step(double *old, int n) {
  double *p = malloc(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; i++) p[i] = old[i] * 0.9 + old[(i + 1) % n] * 0.1;
  free(old);
  return p;
}
DELAYED double sum(const double *p, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

int main(void) {
  double *p = init(16);
  double *q = init(16);
  for (int it = 0; it < 10; it++) {
    p = step(p, 16);
    q = step(q, 16);
  }
  double s = sum(p, 16);
  double t = sum(q, 16);
  printf("%.12f %.12f %.12f\n", s, t, p[7]);
  free(p);
  free(q);
  return 0;
}
