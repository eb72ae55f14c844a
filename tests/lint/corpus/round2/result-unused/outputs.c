/* Statistics of a particle-in-cell run: tasks that write scalar outputs,
 * results kept in locals that are only computed, and outputs that nobody
 * reads. */
#include <delayed.h>

#define CELLS 4096
#define SPECIES 3

DELAYED void moments(int species, DELAYED_OUT double *mean, DELAYED_OUT double *var) {
  double s = 0.0, s2 = 0.0;
  for (int c = 0; c < CELLS; c++) {
    double v = (double)((species * 131 + c) % 97);
    s += v;
    s2 += v * v;
  }
  *mean = s / CELLS;
  *var = s2 / CELLS - (s / CELLS) * (s / CELLS);
}

DELAYED double density(int species) {
  double d = 0.0;
  for (int c = 0; c < CELLS; c++)
    d += (double)((species + c) % 13);
  return d;
}

DELAYED void deposit(int species, DELAYED_OUT_N(CELLS) double *rho) {
  for (int c = 0; c < CELLS; c++)
    rho[c] = (double)((species * 7 + c) % 11);
}

double species_report(double *restrict mean_out) {
  double mean0, var0;
  double mean1, var1;
  delayed(moments)(0, &mean0, &var0);
  delayed(moments)(1, &mean1, &var1); // expect: delayed-result-unused
  double d0 = delayed(density)(0);
  double d1 = delayed(density)(1);
  delayed_compute(mean0, var0, d0, d1);
  *mean_out = mean0;
  return var0 + d0 + d1;
}

double densities_only_computed(void) {
  double d[SPECIES];
  for (int s = 0; s < SPECIES; s++)
    d[s] = delayed(density)(s);
  double check = delayed(density)(SPECIES);
  delayed_compute(d, check);
  return d[0] + d[1] + d[2];
}

double rho_total(void) {
  double rho[CELLS];
  double spare[CELLS];
  delayed(deposit)(0, rho);
  delayed(deposit)(1, spare); // expect: delayed-result-unused
  for (int s = 0; s < SPECIES; s++) {
    delayed(density)(s); // expect: delayed-result-unused
  }
  delayed_compute(rho);
  double t = 0.0;
  for (int c = 0; c < CELLS; c++)
    t += rho[c];
  return t;
}

void into_caller(double *restrict rho, double *restrict mean, double *restrict var) {
  delayed(deposit)(2, rho);
  delayed(moments)(2, mean, var);
}
