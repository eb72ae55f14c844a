/* argmin pairs of int and double with ties (kept in order) (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <limits.h>
#include <unistd.h>
#include "delayed.h"

int best = INT_MAX;
int best_at = -1;
double bestd = 1e300; int bestd_at = -1;

DELAYED void probe(int i) {
  usleep(10000);
  int d = (i * 37) % 11;           /* ties: several i give the same d */
  if (d < best) { best = d; best_at = i; }
  double dd = (i % 4) * 0.5;
  if (dd <= bestd) { bestd = dd; bestd_at = i; }
}

int main(void) {
  for (int i = 0; i < 22; i++) probe(i);
  printf("best=%d at %d; bestd=%g at %d\n", best, best_at, bestd, bestd_at);
  return 0;
}
