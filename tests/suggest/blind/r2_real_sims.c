/*
 * sims.c -- a batch of independent Monte-Carlo simulations (legacy risk tool):
 * each scenario prices a path-dependent option with its own random stream and
 * runs a small queueing model; the report aggregates all scenarios.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define NSCEN    48
#define NPATHS   400
#define NSTEPS   64
#define NQUEUE   4000
#define MAXQ     64

typedef struct {
  double s0, mu, sigma, strike, rate, horizon;
  double arrival, service;
  unsigned seed;
} Scenario;

typedef struct {
  double price;
  double stderr_;
  double mean_wait;
  int    max_queue;
  int    dropped;
} Result;

typedef struct {
  unsigned long long s;
  int have_spare;
  double spare;
} Rng;

static Scenario scen[NSCEN];
static Result   res[NSCEN];

static void rng_seed(Rng *r, unsigned seed)
{
  r->s = 0x9E3779B97F4A7C15ULL ^ (unsigned long long)seed * 0xBF58476D1CE4E5B9ULL;
  r->have_spare = 0;
  r->spare = 0;
}

static double rng_uniform(Rng *r)
{
  r->s ^= r->s >> 12;
  r->s ^= r->s << 25;
  r->s ^= r->s >> 27;
  return (double)((r->s * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

static double rng_normal(Rng *r)
{
  double u, v, q;
  if (r->have_spare) {
    r->have_spare = 0;
    return r->spare;
  }
  do {
    u = 2 * rng_uniform(r) - 1;
    v = 2 * rng_uniform(r) - 1;
    q = u * u + v * v;
  } while (q >= 1 || q == 0);
  q = sqrt(-2 * log(q) / q);
  r->spare = v * q;
  r->have_spare = 1;
  return u * q;
}

static void make_scenarios(void)
{
  int k;
  for (k = 0; k < NSCEN; k++) {
    scen[k].s0 = 80 + k % 7 * 5;
    scen[k].mu = 0.02 + 0.005 * (k % 5);
    scen[k].sigma = 0.15 + 0.02 * (k % 9);
    scen[k].strike = 100;
    scen[k].rate = 0.03;
    scen[k].horizon = 1.0 + 0.25 * (k % 4);
    scen[k].arrival = 0.7 + 0.05 * (k % 6);
    scen[k].service = 1.0;
    scen[k].seed = 1234u + 7919u * (unsigned)k;
  }
}

/* asian call on the arithmetic average of the path */
static void price_asian(const Scenario *sc, Rng *r, double *price, double *se)
{
  int p, t;
  double dt = sc->horizon / NSTEPS, sum = 0, sum2 = 0;
  double drift = (sc->rate - 0.5 * sc->sigma * sc->sigma) * dt;
  double vol = sc->sigma * sqrt(dt);
  for (p = 0; p < NPATHS; p++) {
    double s = sc->s0, avg = 0, pay;
    for (t = 0; t < NSTEPS; t++) {
      s *= exp(drift + vol * rng_normal(r));
      avg += s;
    }
    avg /= NSTEPS;
    pay = avg > sc->strike ? avg - sc->strike : 0;
    sum += pay;
    sum2 += pay * pay;
  }
  *price = exp(-sc->rate * sc->horizon) * sum / NPATHS;
  *se = sqrt((sum2 / NPATHS - (sum / NPATHS) * (sum / NPATHS)) / NPATHS);
}

/* single-server queue, exponential arrivals and service, bounded buffer */
static void run_queue(const Scenario *sc, Rng *r, double *mean_wait, int *maxq, int *dropped)
{
  double clock = 0, next_arr, next_dep = 1e300, waits = 0;
  double arrived[MAXQ];
  int head = 0, len = 0, served = 0, drop = 0, mq = 0, n;
  next_arr = -log(1 - rng_uniform(r)) / sc->arrival;
  for (n = 0; n < NQUEUE; ) {
    if (next_arr < next_dep) {
      clock = next_arr;
      if (len < MAXQ) {
        arrived[(head + len) % MAXQ] = clock;
        len++;
        if (len > mq) mq = len;
        if (len == 1) next_dep = clock - log(1 - rng_uniform(r)) / sc->service;
      } else {
        drop++;
      }
      next_arr = clock - log(1 - rng_uniform(r)) / sc->arrival;
      n++;
    } else {
      clock = next_dep;
      waits += clock - arrived[head];
      head = (head + 1) % MAXQ;
      len--;
      served++;
      next_dep = len > 0 ? clock - log(1 - rng_uniform(r)) / sc->service : 1e300;
    }
  }
  *mean_wait = served ? waits / served : 0;
  *maxq = mq;
  *dropped = drop;
}

static void simulate_all(void)
{
  int k;
  Rng rng;
  double pr, se, mw;
  int mq, dr;
  for (k = 0; k < NSCEN; k++) {
    rng_seed(&rng, scen[k].seed);
    price_asian(&scen[k], &rng, &pr, &se);
    run_queue(&scen[k], &rng, &mw, &mq, &dr);
    res[k].price = pr;
    res[k].stderr_ = se;
    res[k].mean_wait = mw;
    res[k].max_queue = mq;
    res[k].dropped = dr;
  }
}

/* the same batch, pricing code written out inline (older module) */
static void simulate_inline(double *prices, int n)
{
  int k, p, t;
  Rng rng;
  double dt, drift, vol, sum, s, avg;
  for (k = 0; k < n; k++) {
    rng_seed(&rng, scen[k].seed + 1);
    dt = scen[k].horizon / NSTEPS;
    drift = (scen[k].rate - 0.5 * scen[k].sigma * scen[k].sigma) * dt;
    vol = scen[k].sigma * sqrt(dt);
    sum = 0;
    for (p = 0; p < NPATHS; p++) {
      s = scen[k].s0;
      avg = 0;
      for (t = 0; t < NSTEPS; t++) {
        s *= exp(drift + vol * rng_normal(&rng));
        avg += s;
      }
      avg /= NSTEPS;
      sum += avg > scen[k].strike ? avg - scen[k].strike : 0;
    }
    prices[k] = exp(-scen[k].rate * scen[k].horizon) * sum / NPATHS;
  }
}

static void report(const double *prices)
{
  int k, worst = 0;
  double tot = 0, totw = 0, d = 0;
  long drops = 0;
  for (k = 0; k < NSCEN; k++) {
    tot += res[k].price;
    totw += res[k].mean_wait;
    drops += res[k].dropped;
    if (res[k].mean_wait > res[worst].mean_wait) worst = k;
    d += fabs(prices[k] - res[k].price);
  }
  printf("scenarios=%d mean price=%.6f mean wait=%.6f drops=%ld\n",
         NSCEN, tot / NSCEN, totw / NSCEN, drops);
  printf("worst queue: scenario %d wait %.4f maxq %d\n",
         worst, res[worst].mean_wait, res[worst].max_queue);
  printf("inline vs helper: mean |diff| %.6f\n", d / NSCEN);
  for (k = 0; k < NSCEN; k += 11)
    printf("  %2d price %.6f +- %.6f wait %.4f\n", k, res[k].price, res[k].stderr_, res[k].mean_wait);
}

int main(void)
{
  double *prices = calloc(NSCEN, sizeof(double));
  if (!prices) return 1;
  make_scenarios();
  simulate_all();
  simulate_inline(prices, NSCEN);
  report(prices);
  free(prices);
  return 0;
}
