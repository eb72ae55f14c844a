/* A pointer member of a local struct given to a DELAYED function, b[s].v
 * (blind round 53b: "extent or aliasing delayc cannot prove"): a task on its
 * block when every pointer stored in the struct is fresh (malloc, here and in
 * an init function); serial when one points into a local array; and two
 * structs naming one block keep their tasks in order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { size_t n; double *v; } vec_t;
static int vec_init(vec_t *x, size_t n) { x->n = n; x->v = calloc(n, sizeof *x->v); return x->v != NULL; }
DELAYED static void smooth(DELAYED_INOUT_N(n) double *v, size_t n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (size_t i = 1; i + 1 < n; i++) v[i] = 0.25 * v[i - 1] + 0.5 * v[i] + 0.25 * v[i + 1] + 1.0;
}
DELAYED static double total(DELAYED_IN_N(n) const double *v, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; i++) s += v[i] * (double)(i % 7 + 1);
  return s;
}
static double fresh_blocks(void) {
  vec_t b[4];
  double t[4], s = 0;
  for (int k = 0; k < 4; k++) {
    if (!vec_init(&b[k], 2000)) return -1;
    for (size_t i = 0; i < 2000; i++) b[k].v[i] = (double)(k + i % 13);
  }
  for (int k = 0; k < 4; k++) smooth(b[k].v, b[k].n, 300);      /* tasks side by side */
  for (int k = 0; k < 4; k++) t[k] = total(b[k].v, b[k].n);
  for (int k = 0; k < 4; k++) { s += t[k]; free(b[k].v); }
  return s;
}
static double local_array(void) {
  double store[500];
  vec_t a;
  a.n = 500;
  a.v = store;                                 /* into a local: ordered by name */
  for (int i = 0; i < 500; i++) store[i] = i * 0.5;
  smooth(a.v, a.n, 100);
  double s = store[10] + store[499];           /* reads what the task wrote */
  s += total(a.v, a.n);
  return s;
}
static double shared_block(void) {
  vec_t a, b;
  if (!vec_init(&a, 1000)) return -1;
  b.n = a.n;
  b.v = a.v;                                   /* one block, two names */
  for (size_t i = 0; i < 1000; i++) a.v[i] = (double)(i % 5);
  smooth(a.v, a.n, 200);
  smooth(b.v, b.n, 200);                       /* after the first */
  double s = total(b.v, b.n);
  free(a.v);
  return s;
}
int main(void) {
  printf("%.4f %.4f %.4f\n", fresh_blocks(), local_array(), shared_block());
  return 0;
}
