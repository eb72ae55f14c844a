/* DELAYED_N(member) on pointer members: tasks on different buffers run
 * together, and buffers that are views of one array — overlapping by a few
 * elements, or the same view twice — keep their serial order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct {
  long *data DELAYED_N(n);
  int n;
  const char *name DELAYED_N(namelen);
  int namelen;
} View;

DELAYED void stamp(View v, long k) {
  for (int r = 0; r < 500; r++)
    for (int i = 0; i < v.n; i++) v.data[i] = (v.data[i] * 31 + k + i + v.name[0]) % 100003;
}

DELAYED long weigh(View v) {
  long s = 0;
  for (int i = 0; i < v.n; i++) s = (s * 7 + v.data[i]) % 1000000007;
  return s + v.namelen;
}

int main(void) {
  long *a = calloc(100, sizeof *a);
  View v[6];
  for (int i = 0; i < 6; i++) {
    v[i].data = a + i * 15;          /* 20 elements every 15: neighbours overlap by 5 */
    v[i].n = 20;
    v[i].name = i % 2 ? "odd" : "even";
    v[i].namelen = i % 2 ? 3 : 4;
  }
  View w = {malloc(10 * sizeof(long)), 10, "w", 1};
  for (int i = 0; i < 10; i++) w.data[i] = i;
  long r[6];
  for (int i = 0; i < 6; i++) stamp(v[i], i);
  stamp(w, 9);
  stamp(v[2], 100);                  /* the same view again */
  for (int i = 0; i < 6; i++) r[i] = weigh(v[i]);
  long rw = weigh(w);
  for (int i = 0; i < 6; i++) printf("view %d: %ld\n", i, r[i]);
  printf("w: %ld a[17]=%ld a[99]=%ld\n", rw, a[17], a[99]);
  free(w.data);
  free(a);
  return 0;
}
