/* ideal-4: 4.00 */
/* Void tasks ordered with delayed_after / delayed_bind: a Buffer is passed by
 * value (its pointer inside), fill (25 ms) writes through it, and the sum (15 ms)
 * is bound to fill's token; 12 buffers, independent of one another.
 *   work: 12*(25+15) = 480 ms; 12 chains of 40 ms, 3 per worker = 120 ms;
 *   ideal = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NBUF 12
#define LEN 1000

typedef struct {
  double *data;
  int n;
} Buffer;

DELAYED void fill(Buffer b, int seed) {
  work_ms(25);
  for (int i = 0; i < b.n; i++) b.data[i] = (double)((seed * 101 + i * 13) % 47);
}

DELAYED double buffer_sum(Buffer b) {
  work_ms(15);
  double s = 0.0;
  for (int i = 0; i < b.n; i++) s += b.data[i];
  return s;
}

int main(void) {
  Buffer bufs[NBUF];
  double sums[NBUF];
  for (int i = 0; i < NBUF; i++) {
    bufs[i].data = malloc(LEN * sizeof(double));
    bufs[i].n = LEN;
    if (!bufs[i].data) return 1;
  }

  for (int i = 0; i < NBUF; i++) {
    delayed_token filled = delayed_after(fill(bufs[i], i));
    sums[i] = delayed_bind(buffer_sum, filled)(bufs[i]);
  }

  for (int i = 0; i < NBUF; i++) {
    printf("buffer %2d: %.1f\n", i, sums[i]);
    free(bufs[i].data);
  }
  return 0;
}
