/* p5_helpers_no_header: helpers of another file declared by hand in this one
   (no header): an id counter, a logger, a fill of a caller buffer, and a mixer
   declared DELAYED_PURE (the user's word: its tasks may overlap). */
#include <stdio.h>
#include "delayed.h"

int util_next(void);
void util_log(const char *msg, long v);
DELAYED_PURE long util_mix(long a, long b);
void util_fill(char *dst, int n, int i);

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int job(int i, long work) {
  spin(work);
  int id = util_next();
  return id * 10 + i;
}

DELAYED void report(int i, long v, long work) {
  spin(work);
  util_log("report", i * 1000 + v);
}

DELAYED void label(DELAYED_OUT_N(32) char *dst, int i, long work) {
  spin(work);
  util_fill(dst, 32, i);
}

int main(void) {
  int j[4];
  for (int i = 0; i < 4; i++) j[i] = job(i, (4 - i) * 150000L);
  printf("main id %d\n", util_next());
  for (int i = 0; i < 4; i++) report(i, j[i] % 1000, (4 - i) * 100000L);
  util_log("main", 0);
  long m[4];
  for (int i = 0; i < 4; i++) m[i] = util_mix(i + 1, 400000);
  char names[3][32];
  for (int i = 0; i < 3; i++) label(names[i], i, (3 - i) * 100000L);
  for (int i = 0; i < 3; i++) printf("%s\n", names[i]);
  printf("mix %ld %ld %ld %ld\n", m[0], m[1], m[2], m[3]);
  return 0;
}
