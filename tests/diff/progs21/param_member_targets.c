/* Results stored into members of elements reached from a parameter,
 * s[i].in.v = g(s[i].a) with S *s (blind round 50b: serial, "named by a value
 * a task writes"); the next call reads the pending member, the caller reads
 * them after, and one call's element is named by an index the loop moves. */
#include <stdio.h>
#include "delayed.h"
typedef struct { int a; struct { long v; double w; } in; } S;
DELAYED long g(int x) { long s = 0; for (int k = 0; k < 400000; k++) s += (x ^ k) & 7; return s; }
DELAYED double h(long v) { return v / 3.0; }
static void compute(S *s, int n) {
  for (int i = 0; i < n; i++) { s[i].in.v = g(s[i].a); s[i].in.w = h(s[i].in.v); }
  int j = 0;
  for (int i = 0; i < n; i += 2) { s[j].in.v += 1; j++; }
  s[n - 1].in.v = g(7);
}
int main(void) {
  S s[8];
  for (int i = 0; i < 8; i++) s[i].a = i * 5;
  compute(s, 8);
  long t = 0;
  for (int i = 0; i < 8; i++) t += s[i].in.v * (i + 1) + (long)s[i].in.w;
  printf("%ld\n", t);
  return 0;
}
