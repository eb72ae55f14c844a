/* A report generator over sensor files.  Results are printed, switched on,
 * or passed to helpers inside the spawning loop; the correct versions keep
 * the results and report after one compute. */
#include <delayed.h>
#include <stdio.h>

#define FILES 24
#define SAMPLES 500000

typedef enum { GRADE_OK, GRADE_WARN, GRADE_FAIL } grade;

DELAYED double file_mean(int file) {
  double s = 0.0;
  for (int i = 0; i < SAMPLES; i++)
    s += (double)((file * 7919 + i) % 1000) / 1000.0;
  return s / SAMPLES;
}

DELAYED int file_grade(int file) {
  long bad = 0;
  for (int i = 0; i < SAMPLES; i++)
    bad += (file * 31 + i) % 97 == 0;
  return bad > SAMPLES / 50 ? GRADE_FAIL : bad > SAMPLES / 100 ? GRADE_WARN : GRADE_OK;
}

DELAYED double smooth(double m, int file) {
  double s = m;
  for (int i = 0; i < SAMPLES; i++)
    s = 0.999 * s + 0.001 * (double)((file + i) % 10);
  return s;
}

static void note_value(FILE *out, int file, double v) { fprintf(out, "file %d: %.4f\n", file, v); }

/* Wrong: prints each mean as soon as it is spawned. */
void print_means(FILE *out) {
  for (int f = 0; f < FILES; f++) {
    double m = delayed(file_mean)(f);
    fprintf(out, "%d %.4f\n", f, m); // expect: delayed-compute-in-loop
  }
}

/* Wrong: a switch on the pending grade. */
int count_failures(void) {
  int fails = 0;
  for (int f = 0; f < FILES; f++) {
    int g = delayed(file_grade)(f);
    switch (g) { // expect: delayed-compute-in-loop
    case GRADE_FAIL:
      fails++;
      break;
    default:
      break;
    }
  }
  return fails;
}

/* Wrong: the pending mean goes to an ordinary helper; the chained smooth task is fine. */
void smoothed_report(FILE *out) {
  double sm[FILES];
  for (int f = 0; f < FILES; f++) {
    double m = delayed(file_mean)(f);
    sm[f] = delayed(smooth)(m, f);
    note_value(out, f, m); // expect: delayed-compute-in-loop
  }
  delayed_compute(sm);
  for (int f = 0; f < FILES; f++)
    note_value(out, f, sm[f]);
}

/* Wrong: an inner loop reads the results of the outer loop's tasks. */
double rolling_best(void) {
  double m[FILES];
  double best = 0.0;
  for (int round = 0; round < 3; round++) {
    for (int f = 0; f < FILES; f++)
      m[f] = delayed(file_mean)(f + round * FILES);
    for (int f = 0; f < FILES; f++)
      if (m[f] > best) // expect: delayed-compute-in-loop
        best = m[f];
  }
  return best;
}

/* Wrong: flushes every eighth file. */
double flushed_means(void) {
  double m[FILES];
  double s = 0.0;
  for (int f = 0; f < FILES; f++) {
    m[f] = delayed(file_mean)(f);
    if (f % 8 == 7) {
      delayed_compute(m); // expect: delayed-compute-in-loop
      s += m[f];
    }
  }
  return s;
}

/* Wrong: looks at the previous file's mean before spawning the next. */
int rising_run(void) {
  double m[FILES];
  int run = 0;
  for (int f = 0; f < FILES; f++) {
    if (f > 0 && m[f - 1] > 0.5) // expect: delayed-compute-in-loop
      run++;
    m[f] = delayed(file_mean)(f);
  }
  return run;
}

/* Wrong: stops once a hot file has been seen.  Each iteration waits at the
 * comparison with the new mean; `hottest` only ever receives a mean that has
 * already been waited for, so the early-exit test waits for nothing. */
double first_hot(double limit) {
  double hottest = 0.0;
  for (int f = 0; f < FILES; f++) {
    double m = delayed(file_mean)(f);
    if (hottest > limit)
      break;
    if (m > hottest) // expect: delayed-compute-in-loop
      hottest = m;
  }
  return hottest;
}

/* Right: spawn all, compute once, then print and switch. */
int full_report(FILE *out) {
  double m[FILES];
  int g[FILES];
  for (int f = 0; f < FILES; f++) {
    m[f] = delayed(file_mean)(f);
    g[f] = delayed(file_grade)(f);
  }
  delayed_compute(m, g);
  int fails = 0;
  for (int f = 0; f < FILES; f++) {
    note_value(out, f, m[f]);
    switch (g[f]) {
    case GRADE_FAIL:
      fails++;
      break;
    default:
      break;
    }
  }
  return fails;
}

/* Two pending results read on two statements, and a read spread over lines. */
double mean_and_smooth(void) {
  double total = 0.0, smoothed = 0.0, best = 0.0;
  for (int f = 0; f < FILES; f++) {
    double m = delayed(file_mean)(f);
    double s = delayed(smooth)(0.5, f);
    total += m; // expect: delayed-compute-in-loop
    smoothed += s; // expect: delayed-compute-in-loop
  }
  for (int f = 0; f < FILES; f++) {
    double m = delayed(file_mean)(f + FILES);
    if (best <
        m) // expect: delayed-compute-in-loop
      best = m;
  }
  return total + smoothed + best;
}
