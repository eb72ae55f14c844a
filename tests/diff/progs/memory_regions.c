/* memory_regions.c — tasks on memory that only pointers reach, ordered by
 * their regions at run time (analysis/memory.c, runtime/task_regions.c):
 * malloc'd blocks through locals and arrays of pointers (an alias between two
 * slots must stay ordered), a parameter's memory split in chunks and called on
 * a global array and on overlapping blocks, a global written directly by one
 * task while others reach it through a parameter, pointers swapped between
 * steps, realloc, string literals, a pointer loaded from a struct, and
 * ordinary code reading through an alias between tasks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static double g_arr[64];

DELAYED void scale_n(DELAYED_INOUT_N(n) double *v, int n, double k) {
  for (int i = 0; i < n; i++) v[i] = v[i] * k + 1.0;
}

DELAYED double sum_n(DELAYED_IN_N(n) const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += v[i] * (i % 3 + 1);
  return s;
}

DELAYED void bump_global(int i) { g_arr[i] += 100.0; }

DELAYED int count_char(const char *s, char c) {
  int k = 0;
  for (; *s; s++) k += *s == c;
  return k;
}

DELAYED void shift_n(DELAYED_INOUT_N(n) double *v, int n) {
  for (int i = n - 1; i > 0; i--) v[i] += v[i - 1];
}

/* a parameter's memory in chunks, then read whole */
double process(double *data, int n) {
  int len = n / 4;
  for (int c = 0; c < 4; c++) scale_n(data + c * len, len, 1.5 + c);
  bump_global(3);               /* data may be g_arr: ordered with the chunks */
  shift_n(data, n);
  double s = sum_n(data, n);
  return s;
}

struct Box { double *data; int n; };

double boxed(const struct Box *bx) {
  scale_n(bx->data, bx->n, 2.0);
  double s = sum_n(bx->data, bx->n);
  return s;
}

int main(void) {
  for (int i = 0; i < 64; i++) g_arr[i] = i % 5;
  double r1 = process(g_arr, 64);

  double *buf = malloc(80 * sizeof *buf);
  for (int i = 0; i < 80; i++) buf[i] = i % 7;
  double r2 = process(buf, 64);
  double r3 = process(buf + 10, 64);          /* overlaps the previous call's block */

  /* blocks in an array of pointers; slot 3 aliases slot 1 */
  double *blk[4];
  for (int b = 0; b < 4; b++) {
    blk[b] = malloc(16 * sizeof(double));
    for (int i = 0; i < 16; i++) blk[b][i] = b + i;
  }
  double *other = blk[3];
  blk[3] = blk[1];
  double parts[4];
  for (int b = 0; b < 4; b++) {
    scale_n(blk[b], 16, b + 2.0);
    shift_n(blk[b], 16);
    parts[b] = sum_n(blk[b], 16);
  }
  double peek = blk[1][5];                    /* ordinary code through a pointer */

  /* swapped pointers over steps */
  double *u = calloc(34, sizeof *u), *w = calloc(34, sizeof *w);
  for (int i = 0; i < 34; i++) u[i] = i;
  for (int t = 0; t < 3; t++) {
    for (int c = 0; c < 4; c++) {
      memcpy(w + 1 + c * 8, u + 1 + c * 8, 8 * sizeof *u);
      scale_n(w + 1 + c * 8, 8, 0.5);
      shift_n(w + c * 8, 10);                 /* reaches into the neighbours */
    }
    double *tmp = u; u = w; w = tmp;
  }
  double r4 = sum_n(u, 34);

  /* realloc between tasks */
  double *grow = malloc(8 * sizeof *grow);
  for (int i = 0; i < 8; i++) grow[i] = i;
  scale_n(grow, 8, 3.0);
  grow = realloc(grow, 32 * sizeof *grow);
  for (int i = 8; i < 32; i++) grow[i] = 1;
  shift_n(grow, 32);
  double r5 = sum_n(grow, 32);

  int commas = count_char("a,b,,c,d", ',');
  int spaces = count_char("x y z", ' ');

  struct Box bx = {buf, 40};
  double r6 = boxed(&bx);

  delayed_compute(r2, r3, r4, r5, r6, commas, spaces);
  printf("%.2f %.2f %.2f %.2f %.2f %.2f %d %d\n", r1, r2, r3, r4, r5, r6, commas, spaces);
  printf("%.2f %.2f %.2f %.2f peek %.2f g3 %.2f\n", parts[0], parts[1], parts[2], parts[3], peek, g_arr[3]);
  for (int b = 0; b < 3; b++) free(blk[b]);
  free(other);
  free(buf);
  free(u);
  free(w);
  free(grow);
  return 0;
}
