/* Too-fine at the edges of the default options: exactly MinTasks tasks, one
 * fewer, unsigned and size_t counters, a != bound, a callee defined after its
 * use, and a loop bound written as a macro expression. */
// lint-args: --checks=-*,delayed-too-fine
#include <delayed.h>
#include <stddef.h>

#define ROWS (10 * 20)
#define SMALL 99

DELAYED double tiny(double x);

DELAYED double heavy(double x) {
  double s = x;
  for (int i = 0; i < 100000; i++)
    s = s * 0.5 + 1.0;
  return s;
}

double exactly_min(void) {
  double r[100];
  for (int i = 0; i < 100; i++)
    r[i] = delayed(tiny)(i); // emit runs it in batches: no delayed-too-fine
  delayed_compute(r);
  return r[0] + r[99];
}

double one_fewer(void) {
  double r[SMALL];
  for (int i = 0; i < SMALL; i++)
    r[i] = delayed(tiny)(i);
  delayed_compute(r);
  return r[0];
}

double unsigned_rows(void) {
  double r[ROWS];
  for (unsigned i = 0; i < ROWS; i++)
    r[i] = tiny((double)i); // emit runs it in batches: no delayed-too-fine
  delayed_compute(r);
  return r[ROWS - 1];
}

double size_t_inclusive(void) {
  double r[128];
  for (size_t i = 1; i <= 127; ++i)
    r[i] = delayed(tiny)((double)i); // emit runs it in batches: no delayed-too-fine
  delayed_compute(r);
  return r[1];
}

double not_equal_bound(void) {
  double r[300];
  for (int i = 10; i != 310; i++)
    r[i - 10] = tiny(i); // emit runs it in batches: no delayed-too-fine
  delayed_compute(r);
  return r[0];
}

double ten_by_ten(void) {
  double r[10][10];
  for (int a = 0; a < 10; a++)
    for (int b = 0; b < 10; b++)
      r[a][b] = tiny(a * 10 + b); // emit runs it in batches: no delayed-too-fine
  delayed_compute(r);
  return r[9][9];
}

double nine_by_ten(void) {
  double r[9][10];
  for (int a = 0; a < 9; a++)
    for (int b = 0; b < 10; b++)
      r[a][b] = tiny(a * 10 + b);
  delayed_compute(r);
  return r[8][9];
}

double many_heavy(void) {
  double r[ROWS];
  for (int i = 0; i < ROWS; i++)
    r[i] = heavy(i);
  delayed_compute(r);
  return r[0];
}

double step_ten(void) {
  double r[100];
  for (int i = 0; i < 1000; i += 10)
    r[i / 10] = tiny(i); // emit runs it in batches: no delayed-too-fine
  delayed_compute(r);
  return r[0];
}

double step_twenty(void) {
  double r[50];
  for (int i = 0; i < 1000; i += 20)
    r[i / 20] = tiny(i);
  delayed_compute(r);
  return r[0];
}

DELAYED double tiny(double x) { return x * x + 1.0; }
