/* rand_env: rand() in DELAYED tasks and in main between them, srand from
   main; getenv in DELAYED tasks with setenv/unsetenv in main between spawns. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define KEY "P5_RANDENV_LEVEL"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long noise(int n, long work) {
  spin(work);
  long s = 0;
  for (int i = 0; i < n; i++) s = s * 100 + rand() % 100;
  return s;
}

DELAYED int mode_value(const char *name, long work) {
  spin(work);
  const char *v = getenv(name);
  return v ? atoi(v) : -1;
}

int main(void) {
  srand(42);
  long a = noise(3, 800000);
  long b = noise(3, 100000);
  int m = rand() % 1000;
  srand(7);
  long c = noise(2, 400000);
  long d = noise(2, 100000);
  printf("a=%ld b=%ld m=%d c=%ld d=%ld\n", a, b, m, c, d);

  unsetenv(KEY);
  int x0 = mode_value(KEY, 600000);
  setenv(KEY, "3", 1);
  int x = mode_value(KEY, 500000);
  setenv(KEY, "8", 1);
  int y = mode_value(KEY, 300000);
  unsetenv(KEY);
  int z = mode_value(KEY, 100000);
  printf("x0=%d x=%d y=%d z=%d\n", x0, x, y, z);
  return 0;
}
