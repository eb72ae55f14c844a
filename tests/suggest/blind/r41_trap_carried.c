/* trap_carried.c - orbit refinement and a Monte Carlo estimate.
 * Each orbit point is solved from the previous one (Kepler's equation by
 * Newton iteration, seeded with the last solution), and the Monte Carlo
 * paths share one generator so the stream is reproducible. */
#include <stdio.h>
#include <math.h>

#define NPOINTS 4000
#define NPATHS 8000
#define PATHLEN 25

static double anomaly[NPOINTS];

/* solve point i of the orbit; the previous solution seeds Newton */
static void refine_point(double *E, int i, double ecc)
{
  double M = 2.0 * 3.141592653589793 * i / NPOINTS;
  double e = E[i - 1];
  for (int it = 0; it < 150; it++) {
    double f = e - ecc * sin(e) - M;
    double fp = 1.0 - ecc * cos(e);
    e -= f / fp;
    e = 0.5 * (e + E[i - 1] + (e - E[i - 1]) * 1.9999);   /* damped */
  }
  E[i] = e;
}

struct rng { unsigned long long s; };

static double uniform(struct rng *r)
{
  r->s ^= r->s << 13; r->s ^= r->s >> 7; r->s ^= r->s << 17;
  return (r->s >> 11) * (1.0 / 9007199254740992.0);
}

static double simulate_path(struct rng *r, double s0, double mu, double sigma)
{
  double s = s0, peak = s0;
  for (int t = 0; t < PATHLEN; t++) {
    double u1 = uniform(r), u2 = uniform(r);
    double z = sqrt(-2.0 * log(u1 + 1e-300)) * cos(6.283185307179586 * u2);
    s *= exp((mu - 0.5 * sigma * sigma) / PATHLEN + sigma * z / sqrt(PATHLEN));
    if (s > peak) peak = s;
  }
  return peak - s;   /* drawdown at the end */
}

int main(void)
{
  struct rng gen = {0x9E3779B97F4A7C15ull};
  double payoff[NPATHS];
  int i, p;

  anomaly[0] = 0.0;
  for (i = 1; i < NPOINTS; i++)
    refine_point(anomaly, i, 0.3);

  for (p = 0; p < NPATHS; p++)
    payoff[p] = simulate_path(&gen, 100.0, 0.05, 0.2);

  double mean = 0, worst = 0;
  for (p = 0; p < NPATHS; p++) {
    mean += payoff[p];
    if (payoff[p] > worst) worst = payoff[p];
  }
  printf("anomaly[1000]=%.12f anomaly[NPOINTS-1]=%.12f\n", anomaly[1000], anomaly[NPOINTS - 1]);
  printf("mean drawdown %.9f worst %.9f\n", mean / NPATHS, worst);
  printf("generator state %llu\n", gen.s);
  return 0;
}
