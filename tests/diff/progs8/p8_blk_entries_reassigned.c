/* Entries of an array of block pointers reassigned at run time (from data)
 * between rounds of tasks, so which tasks share a block changes. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NB 6

DELAYED void work(DELAYED_INOUT_N(m) long *x, int m, long k) {
  for (int r = 0; r < 30; r++)
    for (int i = 0; i < m; i++) x[i] = (x[i] * 5 + k + i) % 65521;
}

DELAYED long hash(DELAYED_IN_N(m) const long *x, int m) {
  long s = 0;
  for (int i = 0; i < m; i++) s = (s * 29 + x[i]) % 1000000007;
  return s;
}

int main(void) {
  int m = 700;
  long *own[NB], *blk[NB];
  for (int i = 0; i < NB; i++) {
    own[i] = malloc(sizeof(long) * (size_t)m);
    for (int j = 0; j < m; j++) own[i][j] = i + j;
    blk[i] = own[i];
  }
  int perm[3][NB] = { { 0, 0, 2, 2, 4, 5 }, { 5, 4, 3, 2, 1, 0 }, { 1, 1, 1, 3, 3, 0 } };
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < NB; i++) work(blk[i], m, round * 10 + i);
    long *save = blk[0];
    for (int i = 0; i < NB; i++) blk[i] = own[perm[round][i]];
    blk[NB - 1] = (hash(save, m) % 2) ? save : blk[NB - 1];
  }
  long *t = blk[1];
  blk[1] = blk[2];
  blk[2] = t;
  work(blk[1], m / 2, 77);
  work(blk[2] + m / 2, m / 2, 78);
  for (int i = 0; i < NB; i++) printf("own[%d]=%ld\n", i, hash(own[i], m));
  for (int i = 0; i < NB; i++) free(own[i]);
  return 0;
}
