/* Neighbours read under one-sided guards of the loop's variable: each stays
 * inside the tile its task declares (blind round 56: `if (i % TILE)` before
 * h[i - 1] was read as h[-1], DELAYED_IN_RANGE(-1, ...) proposed, and the
 * tiles' tasks waited for each other). */
#include <stdio.h>
#include "delayed.h"

#define T 32
#define N (T * T)

DELAYED double left_gt(DELAYED_IN_N(N) const float *h) {
  double r = 0;
  for (int i = 0; i < N; i++)
    if (i > 0) r += h[i] - h[i - 1];
  return r;
}

DELAYED double left_mod(DELAYED_IN_N(N) const float *h) {
  double r = 0;
  for (int i = 0; i < N; i++)
    if (i % T) r += h[i] - h[i - 1];
  return r;
}

DELAYED double left_ne(DELAYED_IN_N(N) const float *h) {
  double r = 0;
  for (int i = 0; i < N; i++)
    if (i % T != 0 && h[i] > 1) r += h[i] - h[i - 1];
  return r;
}

DELAYED double left_skip(DELAYED_IN_N(N) const float *h) {
  double r = 0;
  for (int i = 0; i < N; i++) {
    if (!i) continue;
    r += h[i] - h[i - 1];
  }
  return r;
}

DELAYED double right_lt(DELAYED_IN_N(N) const float *h) {
  double r = 0;
  for (int i = 0; i < N; i++)
    if (i + 1 < N) r += h[i + 1] - h[i];
  return r;
}

DELAYED double right_ne(DELAYED_IN_N(N) const float *h) {
  double r = 0;
  for (int i = 0; i < N; i++) {
    if (i == N - 1) break;
    r += h[i + 1] - h[i];
  }
  return r;
}

#ifdef WRONG_GUARD
DELAYED double left_wrong(DELAYED_IN_N(N) const float *h) {
  double r = 0;
  for (int i = 0; i < N; i++)
    if (i != 5) r += h[i] - h[i - 1];
  return r;
}
#endif

static float terrain[8 * N];

int main(void) {
  for (int i = 0; i < 8 * N; i++) terrain[i] = (float)((i * 7919) % 13);
  double r[6][8];
  for (int t = 0; t < 8; t++) {
    const float *h = terrain + t * N;
    r[0][t] = left_gt(h);
    r[1][t] = left_mod(h);
    r[2][t] = left_ne(h);
    r[3][t] = left_skip(h);
    r[4][t] = right_lt(h);
    r[5][t] = right_ne(h);
  }
  double s = 0;
  for (int t = 0; t < 8; t++)
    for (int k = 0; k < 6; k++) s += r[k][t] * (t + k + 1);
  printf("%.3f\n", s);
  return 0;
}
