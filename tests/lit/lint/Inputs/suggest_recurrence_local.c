/* A recurrence through a local: t = heavy(i, out[i - 1]); out[i] = t; (blind
 * round 51a: proposed as "up to 64 calls at once", run at peak 1). */
#include <stdio.h>
#include <math.h>

#define N 300
static double heavy(int i, double prev) { double s = prev; for (int k = 1; k < 20000; k++) s += sin(i * 0.001 * k) / k; return s * 0.5; }

int main(void) {
  static double out[N + 1];
  out[0] = 1;
  for (int i = 1; i <= N; i++) {
    double t = heavy(i, out[i - 1]);
    out[i] = t;
  }
  printf("%.10f\n", out[N]);
  return 0;
}
