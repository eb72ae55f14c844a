/* A struct's pointer member counted by a macro, DELAYED_N(CAP), and by an
 * expression of a member and a macro, DELAYED_N(rows * WIDTH): delayc said
 * "'CAP' in DELAYED_N(CAP) is not a member of its struct" and stopped.  The
 * records are tasks on their own buffers. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define CAP 64
#define WIDTH (4 * 2)

typedef struct { int id; double *d DELAYED_N(CAP); } Buf;
typedef struct { int rows; float *cells DELAYED_N(rows * WIDTH); } Grid;

DELAYED void work(DELAYED_INOUT Buf *b) {
  double s = 0;
  for (long k = 0; k < 2000000; k++) s += (double)(k % 3);
  for (int i = 0; i < CAP; i++) b->d[i] = b->id * i + (s > 0 ? 0 : 1);
}

DELAYED void paint(DELAYED_INOUT Grid *g, float v) {
  for (int i = 0; i < g->rows * WIDTH; i++) g->cells[i] += v * (float)i;
}

int main(void) {
  Buf *bs = malloc(8 * sizeof *bs);
  Grid gs[4];
  for (int k = 0; k < 8; k++) { bs[k].id = k; bs[k].d = malloc(CAP * sizeof(double)); }
  for (int k = 0; k < 4; k++) { gs[k].rows = k + 1; gs[k].cells = calloc((size_t)(k + 1) * WIDTH, sizeof(float)); }
  for (int k = 0; k < 8; k++) work(&bs[k]);
  for (int k = 0; k < 4; k++) paint(&gs[k], (float)k);
  for (int k = 0; k < 4; k++) paint(&gs[k], 0.5f);
  double s = 0;
  for (int k = 0; k < 8; k++) s += bs[k].d[CAP - 1];
  for (int k = 0; k < 4; k++) s += gs[k].cells[gs[k].rows * WIDTH - 1];
  printf("%.2f\n", s);
  for (int k = 0; k < 8; k++) free(bs[k].d);
  for (int k = 0; k < 4; k++) free(gs[k].cells);
  free(bs);
  return 0;
}
