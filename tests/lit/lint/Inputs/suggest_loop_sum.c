/* A loop whose iterations each count into one local integer (`zeros++`,
 * `hits += k`): the new function returns its part, and the call adds it.
 * -DFLOAT_SUM: a double summed the same way is left alone (a sum of parts
 * rounds otherwise); -DTWO_SUMS: two counters are left alone too. */
#include <stdio.h>
#include <stdlib.h>

#define W 1024
#define ROWS 4

int main(void) {
  unsigned *img = malloc(sizeof *img * W * W), *out = calloc((size_t)W * W, sizeof *out);
  for (int i = 0; i < W * W; i++) img[i] = (unsigned)i * 2654435761u;
  long zeros = 0;
#ifdef FLOAT_SUM
  double energy = 0;
#endif
#ifdef TWO_SUMS
  int odd = 0;
#endif
  for (int r = 0; r < W; r += ROWS) {
    if (r == W / 2) continue;        /* a row block left as it was: `return zeros;` in the new function */
    for (int y = 0; y < ROWS; y++)
      for (int x = 0; x < W; x++) {
        unsigned v = img[(r + y) * W + x];
        for (int k = 0; k < 40; k++) v = v * 1103515245u + 12345u;
        out[(r + y) * W + x] = v >> 8;
        if ((v >> 28) == 0) zeros++;
#ifdef FLOAT_SUM
        energy += (v >> 20) * 0.5;
#endif
#ifdef TWO_SUMS
        if (v & 1) odd += 1;
#endif
      }
  }
  unsigned long h = 0;
  for (int i = 0; i < W * W; i++) h = h * 31 + out[i];
  printf("%lu %ld\n", h, zeros);
#ifdef FLOAT_SUM
  printf("%.6f\n", energy);
#endif
#ifdef TWO_SUMS
  printf("%d\n", odd);
#endif
  free(img);
  free(out);
  return 0;
}
