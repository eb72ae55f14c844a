/* A counted member of a record in a malloc'd array handed to a counted
 * parameter, work(a, N, rows[r].v) (rows[r].v is (rows + r)->v: a pointer
 * loaded from memory): the tasks declare their regions and run together;
 * two records sharing a block (rows[5].v = rows[4].v) are ordered; a record
 * pointing to a local array (rows[3].v = local) publishes it: main's writes
 * of the local wait for the tasks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

enum { R = 16, N = 1500 };
typedef struct { double *v DELAYED_N(n); int n; } Row;

DELAYED static double work(DELAYED_IN_N(n) const double *a, int n, DELAYED_INOUT_N(n) double *out) {
  double s = 0;
  for (int r = 0; r < 100; r++)
    for (int i = 0; i < n; i++) { out[i] = a[i] * r + out[i] * 0.5; s += out[i]; }
  return s;
}

static double shared_blocks(const double *a) {
  Row *rows = malloc(R * sizeof *rows);
  for (int r = 0; r < R; r++) { rows[r].n = N; rows[r].v = calloc(N, sizeof(double)); }
  free(rows[5].v);
  rows[5].v = rows[4].v;
  for (int r = 0; r < R; r++) work(a, N, rows[r].v);
  double t = 0;
  for (int r = 0; r < R; r++) for (int i = 0; i < N; i++) t += rows[r].v[i];
  for (int r = 0; r < R; r++) if (r != 5) free(rows[r].v);
  free(rows);
  return t;
}

static double local_block(const double *a) {
  double local[N];
  Row *rows = malloc(R * sizeof *rows);
  for (int i = 0; i < N; i++) local[i] = 1;
  for (int r = 0; r < R; r++) { rows[r].n = N; rows[r].v = calloc(N, sizeof(double)); }
  free(rows[3].v);
  rows[3].v = local;
  for (int r = 0; r < R; r++) {
    work(a, N, rows[r].v);
    local[r] += 1.0;
  }
  double t = 0;
  for (int r = 0; r < R; r++) for (int i = 0; i < N; i++) t += rows[r].v[i];
  for (int i = 0; i < N; i++) t += local[i];
  for (int r = 0; r < R; r++) if (r != 3) free(rows[r].v);
  free(rows);
  return t;
}

int main(void) {
  double *a = malloc(N * sizeof *a);
  for (int i = 0; i < N; i++) a[i] = i % 13;
  double s1 = shared_blocks(a), s2 = local_block(a);
  printf("%.3f %.3f\n", s1, s2);
  free(a);
  return 0;
}
