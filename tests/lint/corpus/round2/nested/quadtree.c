/* Recursive spatial work: a quadtree point count, a merge sort, and a
 * mutually recursive tree walk.  Some recursions have a cutoff, some do not. */
#include <delayed.h>
#include <string.h>
#include <stdlib.h>

typedef struct {
  double x, y;
} point;

typedef struct {
  double x0, y0, x1, y1;
} box;

/* Counts the points inside a box by splitting it into quadrants. No cutoff. */
DELAYED long count_in_box(DELAYED_IN_N(n) const point *pts, long n, box b, int depth) {
  if (depth == 0) {
    long c = 0;
    for (long i = 0; i < n; i++)
      c += pts[i].x >= b.x0 && pts[i].x < b.x1 && pts[i].y >= b.y0 && pts[i].y < b.y1;
    return c;
  }
  double mx = 0.5 * (b.x0 + b.x1), my = 0.5 * (b.y0 + b.y1);
  box q0 = {b.x0, b.y0, mx, my}, q1 = {mx, b.y0, b.x1, my};
  box q2 = {b.x0, my, mx, b.y1}, q3 = {mx, my, b.x1, b.y1};
  long a = count_in_box(pts, n, q0, depth - 1); // expect: delayed-nested
  long c = count_in_box(pts, n, q1, depth - 1); // expect: delayed-nested
  long d = delayed(count_in_box)(pts, n, q2, depth - 1); // expect: delayed-nested
  long e = count_in_box(pts, n, q3, depth - 1); // expect: delayed-nested
  return a + c + d + e;
}

/* Merge sort with a cutoff: small ranges run inline. */
DELAYED DELAYED_CUTOFF(n < 4096) void sort_range(DELAYED_INOUT_N(n) double *v,
                                                  DELAYED_OUT_N(n) double *tmp, long n) {
  if (n < 2)
    return;
  long h = n / 2;
  sort_range(v, tmp, h);
  sort_range(v + h, tmp + h, n - h);
  long i = 0, j = h, k = 0;
  while (i < h && j < n)
    tmp[k++] = v[i] <= v[j] ? v[i++] : v[j++];
  while (i < h)
    tmp[k++] = v[i++];
  while (j < n)
    tmp[k++] = v[j++];
  memcpy(v, tmp, (size_t)n * sizeof *v);
}

/* Mutual recursion between two delayed functions, neither with a cutoff. */
typedef struct node {
  struct node *kids[2];
  long weight;
} node;

DELAYED_PURE long weigh_odd(const node *t, int depth);

DELAYED_PURE long weigh_even(const node *t, int depth) {
  if (!t)
    return 0;
  long w = t->weight;
  w += weigh_odd(t->kids[0], depth + 1); // expect: delayed-nested
  w += weigh_odd(t->kids[1], depth + 1); // expect: delayed-nested
  return w;
}

DELAYED_PURE long weigh_odd(const node *t, int depth) {
  if (!t)
    return 0;
  long w = 2 * t->weight;
  w += weigh_even(t->kids[0], depth + 1); // expect: delayed-nested
  w += weigh_even(t->kids[1], depth + 1); // expect: delayed-nested
  return w;
}

/* Recursion through delayed() without a cutoff. */
long fib_memo_free(int n) {
  if (n < 2)
    return n;
  return delayed(fib_memo_free)(n - 1) + delayed(fib_memo_free)(n - 2); // expect: delayed-nested x2
}

/* Right: the caller spawns the quadrants; the sort is divide and conquer with a cutoff. */
long count_quadrants(const point *restrict pts, long n) {
  box q[4] = {{0, 0, .5, .5}, {.5, 0, 1, .5}, {0, .5, .5, 1}, {.5, .5, 1, 1}};
  long c[4];
  for (int i = 0; i < 4; i++)
    c[i] = count_in_box(pts, n, q[i], 0);
  delayed_compute(c);
  return c[0] + c[1] + c[2] + c[3];
}

void sort_all(double *v, long n) {
  double *tmp = malloc((size_t)n * sizeof *tmp);
  double *copy = malloc((size_t)n * sizeof *copy);
  if (!tmp || !copy) {
    free(tmp);
    free(copy);
    return;
  }
  memcpy(copy, v, (size_t)n * sizeof *v);
  sort_range(copy, tmp, n);
  sort_range(v, tmp, n);
  delayed_compute(copy, v);
  free(tmp);
  free(copy);
}

/* Recursion written as a conditional expression and as a short-circuit. */
DELAYED long depth_of(long n) {
  return n < 2 ? 0 : 1 + depth_of(n / 2) + 0 * depth_of(n / 3); // expect: delayed-nested x2
}

DELAYED int any_negative(DELAYED_IN_N(n) const long *v, int n) {
  return n > 0 && (v[0] < 0 || any_negative(v + 1, n - 1)); // expect: delayed-nested
}
