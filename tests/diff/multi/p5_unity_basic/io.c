/* io.c (included by main.c): DELAYED save and load of a histogram file */
#include <stdio.h>
#include "delayed.h"

#define HIST_FILE "p5_unityb_1.txt"

DELAYED int save_hist(int round) {
  FILE *f = fopen(HIST_FILE, "w");
  if (!f) return -1;
  fprintf(f, "round %d\n", round);
  for (int i = 0; i < BUCKETS; i++) fprintf(f, "%d %d\n", i, g_hist[i]);
  fclose(f);
  return BUCKETS;
}

DELAYED long load_hist(long work) {
  core_spin(work);
  FILE *f = fopen(HIST_FILE, "r");
  if (!f) return -1;
  int round = 0, k, v;
  long s = 0;
  if (fscanf(f, "round %d", &round) != 1) round = -1;
  while (fscanf(f, "%d %d", &k, &v) == 2) s += (long)(k + 1) * v;
  fclose(f);
  return round * 100000 + s;
}
