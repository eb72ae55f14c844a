/* An array of view structs (pointer + length) into one buffer, some overlapping,
 * passed to tasks by pointer and by value. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { long *p; int n; } View;

DELAYED void inc_view(View *v, long k) {
  for (int r = 0; r < 30; r++)
    for (int i = 0; i < v->n; i++) v->p[i] = (v->p[i] * 3 + k + i) % 10009;
}

DELAYED long view_hash(View v) {
  long s = 0;
  for (int i = 0; i < v.n; i++) s = (s * 17 + v.p[i]) % 1000000007;
  return s;
}

DELAYED void retarget(View *v, long *base, int off) {
  v->p = base + off;
}

int main(void) {
  int n = 100;
  long *a = calloc((size_t)n, sizeof(long)), *b = calloc((size_t)n, sizeof(long));
  View vs[6] = { { a, 20 }, { a + 19, 20 }, { a + 40, 10 }, { b, 30 }, { a, 60 }, { b + 30, 70 } };
  for (int i = 0; i < 6; i++) inc_view(&vs[i], i + 1);
  long h[6];
  for (int i = 0; i < 6; i++) h[i] = view_hash(vs[i]);
  vs[2].p = a + 55;                           /* moved by plain code */
  vs[3].n = 60;
  inc_view(&vs[2], 50);
  inc_view(&vs[3], 51);
  retarget(&vs[0], b, 5);                     /* moved by a task */
  inc_view(&vs[0], 52);
  for (int i = 0; i < 6; i++) printf("h[%d]=%ld now=%ld\n", i, h[i], view_hash(vs[i]));
  free(a);
  free(b);
  return 0;
}
