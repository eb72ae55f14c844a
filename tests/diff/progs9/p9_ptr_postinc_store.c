/* *p++ = x in ordinary code, between tasks on disjoint and overlapping
 * parts of the same heap block. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void square_all(DELAYED_INOUT_N(n) long *p, int n) {
  for (int i = 0; i < n; i++) {
    long v = p[i];
    for (int k = 0; k < 100; k++) v = (v * v + k) % 100003;
    p[i] = v;
  }
}

DELAYED long sum(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i] * (i + 1);
  return s;
}

int main(void) {
  long *buf = malloc(40 * sizeof *buf);
  if (!buf) return 1;
  long *p = buf;
  for (int i = 0; i < 10; i++) *p++ = i + 1;      /* buf[0..9] */
  square_all(buf, 10);                             /* task on [0,10) */
  for (int i = 0; i < 10; i++) *p++ = 2 * i + 3;  /* buf[10..19]: disjoint */
  long s1 = sum(buf, 20);                          /* reads [0,20) */
  p = buf + 5;
  *p++ = 1000;                                     /* buf[5]: after sum read */
  *p++ = 2000;                                     /* buf[6] */
  square_all(p, 4);                                /* buf[7..10] */
  long before = *--p;                              /* buf[6] = 2000 */
  p += 5;                                          /* buf[11] */
  *p = *(p - 1) + 1;                               /* reads buf[10]: after task */
  long s2 = sum(buf, 12);
  p = buf + 20;
  for (int i = 0; i < 20; i++) *p++ = buf[i] % 97; /* reads buf[0..19] */
  square_all(buf + 20, 20);
  long s3 = sum(buf + 20, 20);
  long s4 = sum(buf, 40);
  printf("s1=%ld s2=%ld s3=%ld s4=%ld before=%ld\n", s1, s2, s3, s4, before);
  for (int i = 0; i < 40; i += 7) printf("buf[%d]=%ld\n", i, buf[i]);
  free(buf);
  return 0;
}
