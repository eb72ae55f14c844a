/* r03_stencil_globals.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

#define N 800
#define NB 8
double g_in[N + 2];
double g_out[N + 2];

DELAYED void blur(DELAYED_IN_RANGE(lo - 1, hi + 1) const double *src,
                  DELAYED_OUT_RANGE(lo, hi) double *dst, int lo, int hi) {
  usleep(4000);
  for (int i = lo; i < hi; i++) dst[i] = (src[i - 1] + src[i] + src[i + 1]) / 3.0;
}

DELAYED void copyback(DELAYED_IN_RANGE(lo, hi) const double *src,
                      DELAYED_OUT_RANGE(lo, hi) double *dst, int lo, int hi) {
  usleep(2000);
  for (int i = lo; i < hi; i++) dst[i] = src[i];
}

int main(void) {
  for (int i = 0; i < N + 2; i++) g_in[i] = g_out[i] = (i * 7919 % 100) / 3.0;
  for (int step = 0; step < 4; step++) {
    for (int k = 0; k < NB; k++) blur(g_in, g_out, 1 + k * (N / NB), 1 + (k + 1) * (N / NB));
    for (int k = 0; k < NB; k++) copyback(g_out, g_in, 1 + k * (N / NB), 1 + (k + 1) * (N / NB));
  }
  double s = 0;
  for (int i = 0; i < N + 2; i++) s += g_in[i] * (i % 11);
  printf("checksum %.9f mid %.9f\n", s, g_in[N / 2]);
  return 0;
}
