/* Pairwise forces of an N-body step.  The first version spawns one task per
 * pair or per particle; the batched version one per block. */
#include <delayed.h>
#include <math.h>

#define NP 1000
#define BLOCK 100
#define NBLOCKS (NP / BLOCK)

typedef struct {
  double x, y, m;
} body;

enum { GRID = 24 };

DELAYED double pair_force(double dx, double dy, double m) {
  double r2 = dx * dx + dy * dy + 1e-9;
  return m / r2;
}

DELAYED double kinetic(double vx, double vy, double m) { return 0.5 * m * (vx * vx + vy * vy); }

/* Heavy enough: a whole row of interactions. */
DELAYED double row_force(DELAYED_IN_N(NP) const body *b, int i) {
  double f = 0.0;
  for (int j = 0; j < NP; j++) {
    double dx = b[j].x - b[i].x, dy = b[j].y - b[i].y;
    f += b[j].m / (sqrt(dx * dx + dy * dy) + 1e-3);
  }
  return f;
}

DELAYED double block_force(DELAYED_IN_N(NP) const body *b, int first) {
  double f = 0.0;
  for (int i = first; i < first + BLOCK; i++)
    for (int j = 0; j < NP; j++) {
      double dx = b[j].x - b[i].x, dy = b[j].y - b[i].y;
      f += b[j].m / (dx * dx + dy * dy + 1e-3);
    }
  return f;
}

/* Too fine: one task per particle of a few operations, 1000 of them. */
double kinetic_total(const double *vx, const double *vy, const double *m) {
  double e[NP];
  for (int i = 0; i < NP; i++)
    e[i] = delayed(kinetic)(vx[i], vy[i], m[i]); // emit runs it in batches: no delayed-too-fine
  delayed_compute(e);
  double s = 0.0;
  for (int i = 0; i < NP; i++)
    s += e[i];
  return s;
}

/* Too fine: nested loops over a grid of cells, 24 x 24 tasks. */
double grid_forces(void) {
  double f[GRID][GRID];
  for (int gy = 0; gy < GRID; gy++)
    for (int gx = 0; gx < GRID; gx++)
      f[gy][gx] = pair_force(gx - GRID / 2, gy - GRID / 2, 1.0); // emit runs it in batches: no delayed-too-fine
  delayed_compute(f);
  double s = 0.0;
  for (int gy = 0; gy < GRID; gy++)
    for (int gx = 0; gx < GRID; gx++)
      s += f[gy][gx];
  return s;
}

/* Too fine: a strided count-down loop still makes 500 tasks. */
double sampled_kinetic(const double *vx, const double *vy) {
  double e[NP];
  for (int i = NP - 1; i >= 0; i -= 2)
    e[i] = delayed(kinetic)(vx[i], vy[i], 1.0); // emit runs it in batches: no delayed-too-fine
  delayed_compute(e);
  double s = 0.0;
  for (int i = NP - 1; i >= 0; i -= 2)
    s += e[i];
  return s;
}

/* Right: one task per block of rows. */
double total_force(const body *restrict b) {
  double part[NBLOCKS];
  for (int k = 0; k < NBLOCKS; k++)
    part[k] = delayed(block_force)(b, k * BLOCK);
  delayed_compute(part);
  double s = 0.0;
  for (int k = 0; k < NBLOCKS; k++)
    s += part[k];
  return s;
}

/* Right: 1000 tasks, but each one walks a row of 1000 bodies. */
double row_forces(const body *restrict b, double *restrict out) {
  for (int i = 0; i < NP; i++)
    out[i] = delayed(row_force)(b, i);
  delayed_compute(out);
  return out[0];
}

/* Right: few tasks (8 x 8), small or not. */
void corner_forces(double f[8][8]) {
  for (int gy = 0; gy < 8; gy++)
    for (int gx = 0; gx < 8; gx++)
      f[gy][gx] = pair_force(gx, gy, 2.0);
  delayed_compute(f);
}

/* Right: the count comes from the caller; nothing to judge. */
double kinetic_n(const double *vx, const double *vy, int n, double *restrict e) {
  for (int i = 0; i < n; i++)
    e[i] = delayed(kinetic)(vx[i], vy[i], 1.0);
  delayed_compute(e);
  return n > 0 ? e[0] : 0.0;
}
