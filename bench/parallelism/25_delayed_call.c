/* ideal-4: 4.00 */
/* One call site made a task with delayed(f)(args): integrate is an ordinary
 * function (not marked DELAYED); 20 intervals, one task each (20 ms).
 *   work: 20*20 = 400 ms; 20 unit tasks = 5 rounds = 100 ms; ideal = 4.00 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NINT 20

static double integrate(double a, double b, int steps) {
  work_ms(20);
  double h = (b - a) / steps, s = 0.0;
  for (int i = 0; i < steps; i++) {
    double x = a + (i + 0.5) * h;
    s += x * x * h;
  }
  return s;
}

int main(void) {
  double part[NINT];
  for (int i = 0; i < NINT; i++)
    part[i] = delayed(integrate)(i * 0.1, (i + 1) * 0.1, 1000);

  double total = 0.0;
  for (int i = 0; i < NINT; i++) total += part[i];
  printf("integral of x^2 over [0, 2] = %.9f\n", total);
  return 0;
}
