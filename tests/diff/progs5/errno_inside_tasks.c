/* errno_inside_tasks: DELAYED parsers that set and check errno themselves
   (strtol with ERANGE, a failing fopen) and return a status; main never
   reads errno, so the tasks can run side by side. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long parse_checked(const char *s, long work) {
  long acc = 0;
  for (long i = 0; i < work; i++) acc = (acc * 7 + i) % 1009;
  errno = 0;
  char *end;
  long v = strtol(s, &end, 10);
  if (errno == ERANGE) return -1 - acc % 2;
  if (*end != '\0') return -10;
  return v + acc;
}

DELAYED int probe(int k) {
  char name[32];
  snprintf(name, sizeof name, "p5_errin_missing_%d.txt", k);
  FILE *f = fopen(name, "r");
  if (f) {
    fclose(f);
    return 0;
  }
  return errno == ENOENT ? 1 : 2;
}

int main(void) {
  long r[4];
  r[0] = parse_checked("123", 500000);
  r[1] = parse_checked("99999999999999999999999", 500000);
  r[2] = parse_checked("12x", 500000);
  r[3] = parse_checked("-42", 500000);
  int pr[3];
  for (int k = 0; k < 3; k++) pr[k] = probe(k);
  int p = pr[0] * 100 + pr[1] * 10 + pr[2];
  printf("%ld %ld %ld %ld probe=%d\n", r[0], r[1], r[2], r[3], p);
  return 0;
}
