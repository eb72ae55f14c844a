/* ideal-4: 2.85 */
/* A DAG with narrow points: prepare (30 ms) -> 8 refine tasks (20 ms) -> reduce
 * (10 ms) -> 8 expand tasks (20 ms) -> final (10 ms).
 *   work: 30 + 8*20 + 10 + 8*20 + 10 = 370 ms; every stage waits for the one
 *   before: 30 + 2 rounds (40) + 10 + 2 rounds (40) + 10 = 130 ms on 4 workers;
 *   ideal = 370 / 130 = 2.85 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define WIDTH 8

DELAYED double prepare(int seed) {
  work_ms(30);
  return 1.0 + seed * 0.25;
}

DELAYED double refine(double base, int k) {
  work_ms(20);
  return base * (k + 1) + k * 0.5;
}

DELAYED double reduce_max(DELAYED_IN_N(n) const double *v, int n) {
  work_ms(10);
  double m = v[0];
  for (int i = 1; i < n; i++)
    if (v[i] > m) m = v[i];
  return m;
}

DELAYED double expand(double m, double r) {
  work_ms(20);
  return r / m;
}

DELAYED double final_sum(DELAYED_IN_N(n) const double *v, int n) {
  work_ms(10);
  double s = 0.0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

int main(void) {
  double base = prepare(3);

  double r[WIDTH];
  for (int k = 0; k < WIDTH; k++)
    r[k] = refine(base, k);

  double m = reduce_max(r, WIDTH);

  double e[WIDTH];
  for (int k = 0; k < WIDTH; k++)
    e[k] = expand(m, r[k]);

  double total = final_sum(e, WIDTH);
  printf("max = %.4f total = %.6f\n", m, total);
  return 0;
}
