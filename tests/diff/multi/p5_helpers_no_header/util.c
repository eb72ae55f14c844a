/* util.c: helpers declared by hand in main.c (no header) */
#include <stdio.h>

static int next = 500;

int util_next(void) { return next++; }

void util_log(const char *msg, long v) { printf("log: %s %ld\n", msg, v); }

long util_mix(long a, long b) {
  long s = a;
  for (long i = 0; i < b; i++) s = (s * 131 + i) % 1000003;
  return s;
}

void util_fill(char *dst, int n, int i) { snprintf(dst, (size_t)n, "item-%d-%d", i, next); }
