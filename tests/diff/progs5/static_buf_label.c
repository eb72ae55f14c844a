/* static_buf_label: a DELAYED formatter that returns a pointer into its own
   static buffer (the inet_ntoa / asctime pattern); a DELAYED consumer reads
   the string through that pointer while a later formatter call would
   overwrite the buffer. */
#include <stdio.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED const char *label(int id, long work) {
  static char buf[32];
  spin(work);
  snprintf(buf, sizeof buf, "item-%0*d", id, id);
  return buf;
}

DELAYED unsigned weigh(const char *s, long work) {
  spin(work);
  unsigned w = 0;
  for (; *s; s++) w = w * 31u + (unsigned char)*s;
  return w;
}

int main(void) {
  const char *a = label(2, 100000);
  unsigned wa = weigh(a, 900000);
  const char *b = label(7, 100000);
  unsigned wb = weigh(b, 100000);
  printf("wa=%u wb=%u\n", wa, wb);
  printf("now: %s\n", b);

  const char *c = label(3, 100000);
  const char *d = label(12, 600000);
  char copy[32];
  snprintf(copy, sizeof copy, "%s", c);
  printf("copy of c: %s, d: %s\n", copy, d);
  return 0;
}
