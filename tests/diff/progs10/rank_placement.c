/* rank_placement.c — DELAYED_RANK pins each block's tasks to a rank (owner-computes) and the final reduction to rank 0 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NBLK 5
#define BS 50000
#define STEPS 4

/* Advance one block of particles; always on the block's own rank. */
DELAYED DELAYED_RANK(block) void advance(int block, DELAYED_INOUT_N(n) double *pos, DELAYED_INOUT_N(n) double *vel,
                                         int n, int substeps) {
  const double dt = 1e-3;
  for (int s = 0; s < substeps; s++)
    for (int i = 0; i < n; i++) {
      double f = -pos[i] * (1.0 + 0.1 * block) - 0.01 * vel[i];
      vel[i] += f * dt;
      pos[i] += vel[i] * dt;
    }
}

/* Kinetic energy of one block, computed where the block lives. */
DELAYED DELAYED_RANK(block) double kinetic(int block, DELAYED_IN_N(n) const double *vel, int n) {
  double e = 0.0, mass = 1.0 + 0.1 * block;
  for (int i = 0; i < n; i++) e += 0.5 * mass * vel[i] * vel[i];
  return e;
}

/* Gather: always on rank 0. */
DELAYED DELAYED_RANK(0) double total_energy(DELAYED_IN_N(n) const double *e, int n) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += e[i];
  return s;
}

int main(void) {
  double *pos[NBLK], *vel[NBLK];
  for (int b = 0; b < NBLK; b++) {
    pos[b] = malloc(BS * sizeof(double));
    vel[b] = malloc(BS * sizeof(double));
    if (!pos[b] || !vel[b]) return 1;
    for (int i = 0; i < BS; i++) {
      pos[b][i] = ((i * 13 + b * 7) % 200) / 100.0 - 1.0;
      vel[b][i] = 0.0;
    }
  }
  double ek[STEPS][NBLK];
  double totals[STEPS];
  for (int s = 0; s < STEPS; s++) {
    for (int b = 0; b < NBLK; b++) advance(b, pos[b], vel[b], BS, 40);
    for (int b = 0; b < NBLK; b++) ek[s][b] = kinetic(b, vel[b], BS);
    totals[s] = total_energy(ek[s], NBLK);
  }
  for (int s = 0; s < STEPS; s++) {
    printf("step %d: kinetic total=%.9f [", s, totals[s]);
    for (int b = 0; b < NBLK; b++) printf(" %.6f", ek[s][b]);
    printf(" ]\n");
  }
  printf("pos[2][7]=%.12f vel[4][99]=%.12f\n", pos[2][7], vel[4][99]);
  for (int b = 0; b < NBLK; b++) {
    free(pos[b]);
    free(vel[b]);
  }
  return 0;
}
