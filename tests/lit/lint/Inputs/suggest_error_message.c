/* An allocation wrapper whose failure message names the size: the serial
 * program names the first failure, so the callers stay in order; a message
 * of literals only (-DLITERAL) lets them run together, unless the file ends
 * with another status elsewhere (-DSTATUS). */
#include <stdio.h>
#include <stdlib.h>

static void *xmalloc(size_t sz) {
  void *p = malloc(sz);
#ifdef LITERAL
  if (!p) { fprintf(stderr, "out of memory\n"); exit(1); }
#else
  if (!p) { fprintf(stderr, "xmalloc(%zu) failed\n", sz); exit(1); }
#endif
  return p;
}

typedef struct { int n; double *v; } Block;

static double fill(const Block *b, int seed) {
  double *t = xmalloc(b->n * sizeof *t);
  double s = 0;
  for (int k = 0; k < 200; k++)
    for (int i = 0; i < b->n; i++) { t[i] = (seed * 31 + i * k) % 97 * 0.5; s += t[i] * b->v[i]; }
  free(t);
  return s;
}

int main(void) {
  enum { NB = 16, N = 2000 };
  Block *b = xmalloc(NB * sizeof *b);
  double res[NB], t = 0;
  for (int j = 0; j < NB; j++) {
    b[j].n = N;
    b[j].v = xmalloc(N * sizeof(double));
    for (int i = 0; i < N; i++) b[j].v[i] = i % 7;
  }
  for (int j = 0; j < NB; j++) res[j] = fill(&b[j], j);
  for (int j = 0; j < NB; j++) t += res[j];
#ifdef STATUS
  if (t < 0) exit(3);   /* another status: the first end in the serial order decides it */
#endif
  printf("%.1f\n", t);
  return 0;
}
