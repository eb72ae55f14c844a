/* suggest_block_pointer.c — calls in a loop given a block through a pointer made in the loop (p = base + b*B):
 * each round writes its own block, so fill is proposed (lit input: lint/suggest-loops.test). */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#define NB 16
#define B 4096
static void fill(double *p, int n, int b) { for (int i = 0; i < n; i++) { double s = 0; for (int k = 0; k < 20; k++) s += sin(b + i * 0.001 + k); p[i] = s; } }
int main(void) {
  double *base = malloc(NB * B * sizeof *base);
  if (!base) return 1;
  for (int b = 0; b < NB; b++) {
    double *p = base + (size_t)b * B;
    fill(p, B, b);
  }
  double t = 0;
  for (int i = 0; i < NB * B; i++) t += base[i];
  printf("%.4f\n", t);
  free(base);
  return 0;
}
