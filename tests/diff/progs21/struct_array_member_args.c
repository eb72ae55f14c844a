/* Array members of the elements of a global array of structs given as
 * pointer arguments, pairs[p].a (blind round 50a's Smith-Waterman pairs:
 * serial, "points to memory whose extent or aliasing delayc cannot prove"),
 * and of a local one; the results go to a global array.  A later store into
 * one pair's array waits for the tasks reading it. */
#include <stdio.h>
#include "delayed.h"
#define NP 12
#define LEN 300
typedef struct { char a[LEN]; char b[LEN]; int la, lb; } Pair;
static Pair pairs[NP];
static int scores[NP];
DELAYED static int score(DELAYED_IN_N(la) const char *a, int la, DELAYED_IN_N(lb) const char *b, int lb) {
  int s = 0;
  for (int r = 0; r < 40; r++)
    for (int i = 0; i < la; i++)
      for (int j = i % 7; j < lb; j += 7) s += (a[i] == b[j]) ? 2 : -1;
  return s;
}
int main(void) {
  Pair local[4];
  for (int p = 0; p < NP; p++) {
    pairs[p].la = LEN - 3 * p;
    pairs[p].lb = LEN - 5 * p;
    for (int i = 0; i < LEN; i++) { pairs[p].a[i] = "ACGT"[(i * 7 + p) % 4]; pairs[p].b[i] = "ACGT"[(i * 3 + 2 * p) % 4]; }
  }
  for (int p = 0; p < 4; p++) local[p] = pairs[p + 5];
  for (int p = 0; p < NP; p++) scores[p] = score(pairs[p].a, pairs[p].la, pairs[p].b, pairs[p].lb);
  int l[4];
  for (int p = 0; p < 4; p++) l[p] = score(local[p].a, local[p].la, local[p].b, local[p].lb);
  pairs[3].a[0] = 'T';
  int again = score(pairs[3].a, pairs[3].la, pairs[3].b, pairs[3].lb);
  long t = 0;
  for (int p = 0; p < NP; p++) t += (long)scores[p] * (p + 1);
  printf("%ld %d %d %d %d %d\n", t, l[0], l[1], l[2], l[3], again);
  return 0;
}
