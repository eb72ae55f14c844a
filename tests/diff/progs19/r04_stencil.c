/* A 2-D stencil on tiles that declare their halo rows and columns (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define W 130   /* 128 interior + halo */
#define H 66
#define TX 32
#define TY 16

/* in points at the halo's top-left corner: (ty+2) rows of (tx+2) */
DELAYED void smooth(DELAYED_IN_2D(ty + 2, tx + 2, ld) const double *in,
                    DELAYED_OUT_2D(ty, tx, ld) double *out, int ty, int tx, int ld) {
  usleep(2000);
  for (int i = 0; i < ty; i++)
    for (int j = 0; j < tx; j++) {
      const double *c = in + (i + 1) * ld + (j + 1);
      out[i * ld + j] = 0.2 * (c[0] + c[-1] + c[1] + c[-ld] + c[ld]);
    }
}

int main(void) {
  double *a = malloc(sizeof(double) * W * H);
  double *b = malloc(sizeof(double) * W * H);
  for (int i = 0; i < W * H; i++) { a[i] = (i % 23) * 0.5; b[i] = 0; }
  for (int step = 0; step < 2; step++) {
    double *src = step ? b : a, *dst = step ? a : b;
    for (int by = 0; by < (H - 2) / TY; by++)
      for (int bx = 0; bx < (W - 2) / TX; bx++)
        smooth(src + by * TY * W + bx * TX, dst + (by * TY + 1) * W + bx * TX + 1, TY, TX, W);
  }
  double s = 0;
  for (int i = 0; i < W * H; i++) s += a[i] * (1 + i % 5);
  printf("checksum %.6f\n", s);
  free(a); free(b);
  return 0;
}
