/* tree_merge.c — tree reduction: sort chunks in leaf tasks, then merge sorted runs pairwise level by level into per-level buffers */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define LEAVES 16
#define RUN 16384
#define N (LEAVES * RUN)
#define LEVELS 4 /* log2(LEAVES) */

static void sift_down(int *a, int start, int end) {
  int root = start;
  while (2 * root + 1 <= end) {
    int child = 2 * root + 1, sw = root;
    if (a[sw] < a[child]) sw = child;
    if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
    if (sw == root) return;
    int t = a[root]; a[root] = a[sw]; a[sw] = t;
    root = sw;
  }
}

/* Leaf: heapsort one run in place. */
DELAYED void sort_run(DELAYED_INOUT_N(n) int *a, int n) {
  for (int start = (n - 2) / 2; start >= 0; start--) sift_down(a, start, n - 1);
  for (int end = n - 1; end > 0; end--) {
    int t = a[end]; a[end] = a[0]; a[0] = t;
    sift_down(a, 0, end - 1);
  }
}

/* Inner node: merge two sorted runs. */
DELAYED void merge_runs(DELAYED_IN_N(na) const int *a, int na, DELAYED_IN_N(nb) const int *b, int nb,
                        DELAYED_OUT_N(na + nb) int *out) {
  int i = 0, j = 0, k = 0;
  while (i < na && j < nb) out[k++] = (a[i] <= b[j]) ? a[i++] : b[j++];
  while (i < na) out[k++] = a[i++];
  while (j < nb) out[k++] = b[j++];
}

int main(void) {
  int *level[LEVELS + 1];
  for (int l = 0; l <= LEVELS; l++) {
    level[l] = malloc(N * sizeof(int));
    if (!level[l]) return 1;
  }
  unsigned s = 2024u;
  for (int i = 0; i < N; i++) {
    s = s * 1103515245u + 12345u;
    level[0][i] = (int)((s >> 8) % 1000000u);
  }
  for (int r = 0; r < LEAVES; r++) sort_run(level[0] + r * RUN, RUN);

  int run = RUN;
  for (int l = 1; l <= LEVELS; l++) {
    for (int off = 0; off < N; off += 2 * run)
      merge_runs(level[l - 1] + off, run, level[l - 1] + off + run, run, level[l] + off);
    run *= 2;
  }

  int *sorted = level[LEVELS];
  int ok = 1;
  long long checksum = 0;
  for (int i = 0; i < N; i++) {
    if (i > 0 && sorted[i - 1] > sorted[i]) ok = 0;
    checksum = (checksum * 31 + sorted[i]) % 1000000007LL;
  }
  printf("n=%d sorted=%s checksum=%lld\n", N, ok ? "yes" : "no", checksum);
  printf("min=%d q1=%d median=%d q3=%d max=%d\n", sorted[0], sorted[N / 4], sorted[N / 2], sorted[3 * N / 4],
         sorted[N - 1]);
  for (int l = 0; l <= LEVELS; l++) free(level[l]);
  return 0;
}
