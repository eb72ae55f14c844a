/* C89 style: blocks declared at the top and allocated later (`double *img;
 * ... img = malloc(..);`), written by tasks that read a table through a
 * global's pointer (blind round 60a: 32 tasks one after the other, no word).
 * Set once at the top of the function, the block is as one allocated in its
 * declaration: no global reaches it, and the tasks run together.  A block
 * whose address goes into a global (g_view = other) is reached by the
 * table's readers: its tasks stay ordered. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define W 64
typedef struct { double *coef; int n; } table_t;
static table_t g_tab;
static double *g_view;

DELAYED static void line(int y, DELAYED_OUT_N(W) double *row) {
  for (int x = 0; x < W; x++) {
    double s = 0;
    for (int k = 0; k < 2000; k++) s += g_tab.coef[(x + k + y) % g_tab.n] * 1e-3;
    row[x] = s;
  }
}

DELAYED static void line_view(int y, DELAYED_OUT_N(W) double *row) {
  for (int x = 0; x < W; x++) row[x] = (g_view[(y * W + x + 1) % (W * 32)] + y) * 0.5;
}

static void setup(int n) {
  g_tab.n = n;
  g_tab.coef = malloc(sizeof(double) * n);
  if (!g_tab.coef) { fprintf(stderr, "no memory\n"); exit(1); }
  for (int i = 0; i < n; i++) g_tab.coef[i] = i;
}

int main(void) {
  double *img = NULL, *other;   /* (a NULL first, then set once: the same) */
  double s = 0;
  int i, y;
  setup(16);
  img = malloc(sizeof(double) * W * 32);
  other = calloc(W * 32, sizeof(double));
  for (y = 0; y < 32; y++) line(y, img + y * W);
  for (i = 0; i < W * 32; i++) s += img[i];
  g_view = other;
  for (y = 0; y < 32; y++) line_view(y, other + y * W);
  for (i = 0; i < W * 32; i++) s += other[i] * (i % 5);
  printf("%.3f\n", s);
  free(img);
  free(other);
  free(g_tab.coef);
  return 0;
}
