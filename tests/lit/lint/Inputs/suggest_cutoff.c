/* Recursions over a double interval: a fixed-depth quadrature started at
 * levels = 18, and a small tree of partial sums started at depth 4. */
#include <math.h>
#include <stdio.h>

static double f(double x) { return sin(x) * exp(-0.05 * x) + 0.1 * cos(3.0 * x); }

double quad(double a, double b, int levels) {
  if (levels == 0) {
    double m = 0.5 * (a + b), h = 0.5 * (b - a), s = 0;
    for (int k = 0; k < 64; k++) s += f(m + h * cos((k + 0.5) * 3.14159265358979 / 64));
    return s * (b - a) / 64;
  }
  double m = 0.5 * (a + b);
  return quad(a, m, levels - 1) + quad(m, b, levels - 1);
}

double tiny(double a, double b, int depth) {
  if (depth == 0) return f(0.5 * (a + b)) * (b - a);
  double m = 0.5 * (a + b);
  return tiny(a, m, depth - 1) + tiny(m, b, depth - 1);
}

int main(void) {
  printf("%.9f\n", quad(0.0, 40.0, 14));
  printf("%.9f\n", tiny(0.0, 40.0, 4));
  return 0;
}
