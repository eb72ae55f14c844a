/* Structs holding pointers, passed by pointer; tasks write members and pointees. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { long *data; int n; long sum; long max; } Stats;

DELAYED void compute(Stats *s) {
  long sum = 0, mx = -1;
  for (int i = 0; i < s->n; i++) {
    sum += s->data[i];
    if (s->data[i] > mx) mx = s->data[i];
  }
  s->sum = sum;
  s->max = mx;
}

DELAYED void bump(Stats *s, long k) {
  for (int rep = 0; rep < 20; rep++)
    for (int i = 0; i < s->n; i++) s->data[i] = (s->data[i] * 3 + k) % 7919;
}

int main(void) {
  int n = 1000;
  long *d1 = malloc((size_t)n * sizeof(long));
  long *d2 = malloc((size_t)n * sizeof(long));
  for (int i = 0; i < n; i++) { d1[i] = i; d2[i] = n - i; }
  Stats s1 = { d1, n, 0, 0 };
  Stats s2 = { d2, n, 0, 0 };
  Stats s3 = { d1 + n / 2, n / 2, 0, 0 };   /* shares d1 with s1 */
  Stats *ps[3] = { &s1, &s2, &s3 };
  bump(&s1, 1);
  bump(&s2, 2);
  bump(ps[2], 3);
  for (int i = 0; i < 3; i++) compute(ps[i]);
  d1[0] = 5000;                             /* plain write between tasks */
  compute(&s1);
  long first = s1.sum;
  bump(&s3, 4);
  compute(&s3);
  compute(&s1);
  printf("first=%ld s1=%ld/%ld s2=%ld/%ld s3=%ld/%ld\n", first, s1.sum, s1.max, s2.sum,
         s2.max, s3.sum, s3.max);
  free(d1);
  free(d2);
  return 0;
}
