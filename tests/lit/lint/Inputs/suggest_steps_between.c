/* Two calls of a costly function with the steps of a simulation between
 * them, which write what they read (blind rounds 47a and 48a: "one of 2
 * calls in a row ... would run in parallel", ranked first); two calls with
 * only a print between them do run side by side. */
#include <stdio.h>

#define N 400

typedef struct { double x, v; } P;

static double energy(const P *p, int n) {
  double e = 0;
  for (int r = 0; r < 200; r++)
    for (int i = 0; i < n; i++) e += 0.5 * p[i].v * p[i].v + 1e-3 * p[i].x * r;
  return e;
}

static void step(P *p, int n) {
  for (int i = 0; i < n; i++) { p[i].v -= 0.01 * p[i].x; p[i].x += 0.01 * p[i].v; }
}

static double spread(const double *a, int n) {
  double s = 0;
  for (int r = 0; r < 300; r++)
    for (int i = 0; i < n; i++) s += (a[i] - a[(i + r) % n]) * (a[i] - a[(i + r) % n]);
  return s;
}

int main(void) {
  static P p[N];
  static double a[N], b[N];
  for (int i = 0; i < N; i++) { p[i].x = i % 17; p[i].v = 0; a[i] = i % 5; b[i] = i % 9; }
  double e0 = energy(p, N);
  for (int s = 0; s < 100; s++) step(p, N);
  double e1 = energy(p, N);
  double sa = spread(a, N);
  printf("start\n");
  double sb = spread(b, N);
  printf("%.3f %.3f %.3f %.3f\n", e0, e1, sa, sb);
  return 0;
}
