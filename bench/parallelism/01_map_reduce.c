/* ideal-4: 3.77 */
/* Map then reduce: 24 independent map tasks (20 ms each), then one reduce task
 * (10 ms) over all their results.
 *   work: 24*20 + 10 = 490 ms; best on 4 workers: 6 rounds of maps (120) + reduce (10)
 *   = 130 ms; ideal = 490 / 130 = 3.77 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define N 24

DELAYED double transform(double x) {
  work_ms(20);
  return x * x + 1.0;
}

DELAYED double total(DELAYED_IN_N(n) const double *v, int n) {
  work_ms(10);
  double s = 0.0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

int main(void) {
  double data[N], mapped[N];
  for (int i = 0; i < N; i++) data[i] = 0.5 * i;

  for (int i = 0; i < N; i++)
    mapped[i] = transform(data[i]);

  double sum = total(mapped, N);
  printf("sum = %.3f\n", sum);
  return 0;
}
