/* covers: a struct of two counted blocks whose members main swaps between
 * the calls (`t = p.a; p.a = p.b; p.b = t;`): the blocks are still the
 * struct's own, so each call names its regions (a chain on them, each
 * reading what the one before wrote), and the result is the serial one */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int *a DELAYED_N(n); int *b DELAYED_N(n); int n; } Pair;

DELAYED void step(Pair p) {
  for (int i = 0; i < p.n; i++) p.b[i] = (p.a[i] * 3 + (i > 0 ? p.a[i - 1] : 0)) % 1009;
}

DELAYED long sum(Pair p) {
  long s = 0;
  for (int i = 0; i < p.n; i++) s += p.a[i] * (i % 5 + 1);
  return s;
}

int main(void) {
  int n = 4000;
  Pair p = {malloc(n * sizeof(int)), malloc(n * sizeof(int)), n};
  Pair q = {malloc(n * sizeof(int)), malloc(n * sizeof(int)), n};
  for (int i = 0; i < n; i++) p.a[i] = q.a[i] = i % 13;
  long s[8];
  for (int it = 0; it < 8; it++) {
    if (it % 2) step(q);
    else step(p);
    int *t = p.a; p.a = p.b; p.b = t;
    if (it % 2) { t = q.a; q.a = q.b; q.b = t; }
    s[it] = sum(p);
  }
  long total = 0;
  for (int it = 0; it < 8; it++) total = total * 31 + s[it];
  printf("%ld %d %d\n", total, p.a[17], q.a[4000 - 3]);
  free(p.a); free(p.b); free(q.a); free(q.b);
  return 0;
}
