/* ideal-4: 3.75 */
/* Read-only global parameters: a scale, an iteration count and a table of weights
 * set in main before any task, then only read by 15 tasks (25 ms each).
 *   work: 15*25 = 375 ms; 15 unit tasks = ceil(15/4) = 4 rounds = 100 ms;
 *   ideal = 375 / 100 = 3.75 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NTASKS 15
#define NW 8

static double g_scale;
static int g_iters;
static double g_weights[NW];

DELAYED double score(int item) {
  work_ms(25);
  double s = 0.0;
  for (int it = 0; it < g_iters; it++) s += g_weights[(item + it) % NW] * g_scale;
  return s / g_iters;
}

int main(int argc, char **argv) {
  g_scale = argc > 1 ? atof(argv[1]) : 1.5;
  g_iters = 1000;
  for (int k = 0; k < NW; k++) g_weights[k] = 1.0 / (k + 1);

  double scores[NTASKS];
  for (int i = 0; i < NTASKS; i++)
    scores[i] = score(i);

  for (int i = 0; i < NTASKS; i++) printf("item %2d: %.6f\n", i, scores[i]);
  return 0;
}
