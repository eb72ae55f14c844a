/* A block grown with realloc between tasks that write and read it. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void produce(DELAYED_OUT_N(n) long *p, int n, long base) {
  for (int i = 0; i < n; i++) {
    long v = base + i;
    for (int k = 0; k < 200; k++) v = (v * 5 + k) % 65521;
    p[i] = v;
  }
}

DELAYED long check(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 3 + p[i]) % 1000000007L;
  return s;
}

int main(void) {
  int cap = 8, len = 0;
  long *v = malloc(sizeof *v * (size_t)cap);
  if (!v) return 1;
  long sums[8];
  for (int round = 0; round < 8; round++) {
    int add = 5 + round * 3;
    if (len + add > cap) {
      while (len + add > cap) cap *= 2;
      long *nv = realloc(v, sizeof *v * (size_t)cap);
      if (!nv) return 1;
      v = nv;
    }
    produce(v + len, add, round);
    len += add;
    sums[round] = check(v, len);
    v[len - 1] += 1;          /* after the check read it */
  }
  long *shrunk = realloc(v, sizeof *v * (size_t)len);
  if (!shrunk) return 1;
  v = shrunk;
  long last = check(v, len);
  for (int i = 0; i < 8; i++) printf("sum[%d]=%ld\n", i, sums[i]);
  printf("len=%d cap=%d last=%ld v0=%ld\n", len, cap, last, v[0]);
  free(v);
  return 0;
}
