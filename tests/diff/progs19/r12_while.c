/* Blocks of rows read and written by while loops (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 64
#define TS 16

DELAYED long tile_count(DELAYED_INOUT_2D(rows, cols, ld) int *t, int rows, int cols, int ld) {
  long hits = 0;
  int r = 0;
  usleep(2000);
  while (r < rows) {
    int c = 0;
    while (c < cols) {
      if (t[r * ld + c] % 3 == 0) { hits++; t[r * ld + c] /= 3; }
      c++;
    }
    r++;
  }
  return hits;
}

int main(void) {
  int *m = malloc(sizeof(int) * N * N);
  long h[(N / TS) * (N / TS)];
  for (int i = 0; i < N * N; i++) m[i] = (i * 7) % 50;
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++)
      h[bi * (N / TS) + bj] = tile_count(m + bi * TS * N + bj * TS, TS, TS, N);
  long s = 0;
  for (int i = 0; i < N * N; i++) s += (long)m[i] * (i % 5 + 1);
  for (int k = 0; k < (N / TS) * (N / TS); k++) s += h[k] * 1000;
  printf("checksum %ld\n", s);
  free(m);
  return 0;
}
