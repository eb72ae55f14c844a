/* In-place smoothing of a global: each call writes g[i] through its pointer
 * and reads g[i - 1], g[i + 1] by name (blind round 51a: proposed as "up to
 * 64 calls at once", run at peak 1). */
#include <stdio.h>

#define N 2000
static double g[N];

/* in-place smoothing: reads neighbours from the global, writes its own slot via p */
static void smooth_one(double *p, int i) {
  double acc = 0;
  for (int k = 0; k < 3000; k++) {
    double l = i > 0 ? g[i - 1] : 0, r = i < N - 1 ? g[i + 1] : 0;
    acc += (l + g[i] + r) * (1.0 / (k + 1));
  }
  *p = acc / 8.0;
}

int main(void) {
  for (int i = 0; i < N; i++) g[i] = (i * 37 % 101) / 10.0;
  for (int it = 0; it < 10; it++)
    for (int i = 0; i < N; i++) smooth_one(&g[i], i);
  double s = 0;
  for (int i = 0; i < N; i++) s += g[i] * (i % 7 + 1);
  printf("s %.10f\n", s);
  return 0;
}
