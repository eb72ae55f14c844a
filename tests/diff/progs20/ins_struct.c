/* insertion sort of ranges of a struct array (LESS macro), absolute indexing with DELAYED_INOUT_RANGE */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int key; int id; double w; } Rec;

#define LESS(x, y) ((x).key < (y).key || ((x).key == (y).key && (x).id < (y).id))
#define NR 6
#define CH 7000

DELAYED void isort_range(DELAYED_INOUT_RANGE(lo, hi) Rec *r, int lo, int hi) {
  for (int i = lo + 1; i < hi; i++) {
    Rec v = r[i];
    int j = i;
    while (j > lo && LESS(v, r[j - 1])) {
      r[j] = r[j - 1];
      j--;
    }
    r[j] = v;
  }
}

DELAYED double range_weight(DELAYED_IN_RANGE(lo, hi) const Rec *r, int lo, int hi) {
  double s = 0;
  for (int i = lo; i < hi; i++) s += r[i].w * (double)(i - lo + 1);
  return s;
}

int main(void) {
  Rec *recs = malloc(sizeof(Rec) * NR * CH);
  if (!recs) return 1;
  unsigned s = 12345;
  for (int i = 0; i < NR * CH; i++) {
    s = s * 1664525u + 1013904223u;
    recs[i].key = (int)((s >> 10) % 5000);
    recs[i].id = i;
    recs[i].w = (double)((s >> 4) % 1000) / 100.0;
  }

  for (int k = 0; k < NR; k++)
    isort_range(recs, k * CH, (k + 1) * CH);

  double w[NR];
  for (int k = 0; k < NR; k++)
    w[k] = range_weight(recs, k * CH, (k + 1) * CH);

  /* k-way merge by repeated selection of the least head (serial) */
  int head[NR];
  for (int k = 0; k < NR; k++) head[k] = k * CH;
  long long cs = 0;
  int prev_key = -1, ordered = 1;
  for (int out = 0; out < NR * CH; out++) {
    int best = -1;
    for (int k = 0; k < NR; k++) {
      if (head[k] == (k + 1) * CH) continue;
      if (best < 0 || LESS(recs[head[k]], recs[head[best]])) best = k;
    }
    Rec v = recs[head[best]++];
    if (v.key < prev_key) ordered = 0;
    prev_key = v.key;
    cs = (cs * 1000003 + v.key * 7 + v.id) % 1000000007;
  }
  double tw = 0;
  for (int k = 0; k < NR; k++) tw += w[k];
  printf("ordered=%d weight=%.4f\n", ordered, tw);
  printf("checksum=%lld\n", cs);
  free(recs);
  return 0;
}
