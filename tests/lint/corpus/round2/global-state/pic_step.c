/* One step of a 1-D particle-in-cell code: deposit charge per block of
 * particles, then push the particles.  Several kernels use global state. */
#include <delayed.h>
#include <math.h>

#define CELLS 512
#define PARTICLES 100000
#define BLOCKS 10
#define PER_BLOCK (PARTICLES / BLOCKS)

typedef struct {
  double x;
  double v;
} particle;

double efield[CELLS];                 /* written by the field solve */
static double dt = 0.01;              /* time step, changed by the driver */
static const double kLength = 1.0;
static const double kCharge = -1.0;
int step_count;

static inline int cell_of(double x) {
  int c = (int)(x / kLength * CELLS);
  return c < 0 ? 0 : (c >= CELLS ? CELLS - 1 : c);
}

/* Wrong: reads the global field array and the mutable time step. */
DELAYED double push_block(DELAYED_INOUT_N(PER_BLOCK) particle *p) {
  double ke = 0.0;
  for (int i = 0; i < PER_BLOCK; i++) {
    double e = efield[cell_of(p[i].x)]; // expect: delayed-global-state
    p[i].v += kCharge * e * dt; // expect: delayed-global-state
    p[i].x = fmod(p[i].x + p[i].v + kLength, kLength);
    ke += 0.5 * p[i].v * p[i].v;
  }
  return ke;
}

/* Wrong: bumps a global step counter and keeps a static running maximum. */
DELAYED double max_speed(DELAYED_IN_N(PER_BLOCK) const particle *p) {
  static double running_max;
  double m = 0.0;
  for (int i = 0; i < PER_BLOCK; i++)
    if (fabs(p[i].v) > m)
      m = fabs(p[i].v);
  if (m > running_max) // expect: delayed-global-state
    running_max = m; // expect: delayed-global-state
  step_count++; // expect: delayed-global-state
  return m;
}

/* Wrong: takes the address of the global field. */
DELAYED double field_energy(int lo, int hi) {
  const double *e = &efield[0]; // expect: delayed-global-state
  double s = 0.0;
  for (int c = lo; c < hi && c < CELLS; c++)
    s += e[c] * e[c];
  return s;
}

/* Right: everything comes in through the arguments. */
DELAYED void deposit_block(DELAYED_IN_N(PER_BLOCK) const particle *p,
                           DELAYED_OUT_N(CELLS) double *rho) {
  for (int c = 0; c < CELLS; c++)
    rho[c] = 0.0;
  for (int i = 0; i < PER_BLOCK; i++)
    rho[cell_of(p[i].x)] += kCharge / PER_BLOCK;
}

/* Right: the driver is ordinary code and owns the globals. */
void solve_field(const double *rho) {
  double acc = 0.0;
  for (int c = 0; c < CELLS; c++) {
    acc += rho[c] * (kLength / CELLS);
    efield[c] = acc;
  }
  dt = 0.01;
  step_count = 0;
}
