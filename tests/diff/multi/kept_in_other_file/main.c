/* main.c — a local array given to remember(), defined in other.c (a file delayc does not see when it emits this one), then written by a task and read back through peek(): peek waits for the task (written blind; it printed the array's old values before). */
#include <stdio.h>
#include "delayed.h"
DELAYED void fill(DELAYED_OUT_N(16) double *k, int seed) {
  for (int i = 0; i < 16; i++) {
    double x = 0;
    for (int r = 0; r < 20000; r++) x += ((i + seed + r) % 17) * 1e-4;
    k[i] = x;
  }
}
void remember(double *p);
double peek(int i);
int main(void) {
  double loc[16];
  for (int i = 0; i < 16; i++) loc[i] = -1;
  remember(loc);
  fill(loc, 4);
  printf("%.4f\n", peek(6));
  return 0;
}
