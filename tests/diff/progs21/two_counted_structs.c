/* Two local arrays of structs whose pointer members say their counts, both
 * given to one DELAYED function (blind round 53a: the second was "memory
 * delayc cannot track"); then, in a function of its own, an ordinary call
 * that makes one struct's member name another's block, after which tasks on
 * them must see it. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { double *data DELAYED_N(n); int n; } Buffer;
DELAYED static void process(DELAYED_IN const Buffer *a, DELAYED_INOUT Buffer *b) {
  for (int r = 0; r < 200; r++)
    for (int i = 0; i < b->n; i++) b->data[i] = b->data[i] * 0.5 + a->data[i] * 2 + r;
}
static void share(const Buffer *a, Buffer *b) { b->data = a->data; b->n = a->n; }
static void fill(Buffer *bufs, Buffer *src) {
  for (int i = 0; i < 4; i++) {
    bufs[i].n = src[i].n = 1000;
    bufs[i].data = calloc(1000, sizeof(double));
    src[i].data = calloc(1000, sizeof(double));
    for (int k = 0; k < 1000; k++) src[i].data[k] = i + k * 0.001;
  }
}
static double apart(void) {
  Buffer bufs[4], src[4];
  double s = 0;
  for (int i = 0; i < 4; i++) {
    bufs[i].n = src[i].n = 1000;
    bufs[i].data = calloc(1000, sizeof(double));
    src[i].data = calloc(1000, sizeof(double));
    for (int k = 0; k < 1000; k++) src[i].data[k] = i + k * 0.001;
  }
  for (int i = 0; i < 4; i++) process(&src[i], &bufs[i]);      /* tasks side by side */
  for (int i = 0; i < 4; i++) s += bufs[i].data[3] + bufs[i].data[999];
  for (int i = 0; i < 4; i++) { free(bufs[i].data); free(src[i].data); }
  return s;
}
static double shared(void) {
  Buffer bufs[4], src[4];
  double s = 0;
  fill(bufs, src);
  double *own = bufs[3].data;
  share(&src[0], &bufs[3]);          /* bufs[3] now names src[0]'s block */
  process(&src[1], &bufs[3]);        /* writes src[0]'s block */
  process(&src[0], &bufs[2]);        /* reads it */
  for (int i = 0; i < 4; i++) s += bufs[i].data[7] + src[i].data[5];
  free(own);
  for (int i = 0; i < 3; i++) free(bufs[i].data);
  for (int i = 0; i < 4; i++) free(src[i].data);
  return s;
}
int main(void) {
  printf("%.6f %.6f\n", apart(), shared());
  return 0;
}
