/* env_environ: DELAYED tasks read the environment through the environ array
   and getenv, main changes it with setenv/unsetenv/putenv between spawns. */
#define _XOPEN_SOURCE 700 /* putenv */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

extern char **environ;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int count_p5(long work) {
  spin(work);
  int n = 0;
  for (char **e = environ; *e; e++)
    if (strncmp(*e, "P5ENVX_", 7) == 0) n++;
  return n;
}

DELAYED int sum_p5(long work) {
  spin(work);
  int s = 0;
  const char *a = getenv("P5ENVX_A"), *b = getenv("P5ENVX_B");
  if (a) s += atoi(a);
  if (b) s += atoi(b) * 10;
  return s;
}

static char put_c[] = "P5ENVX_C=3";

int main(void) {
  unsetenv("P5ENVX_A");
  unsetenv("P5ENVX_B");
  unsetenv("P5ENVX_C");
  int c0 = count_p5(600000);
  int s0 = sum_p5(500000);
  setenv("P5ENVX_A", "1", 1);
  int c1 = count_p5(400000);
  int s1 = sum_p5(300000);
  setenv("P5ENVX_B", "2", 1);
  putenv(put_c);
  int c2 = count_p5(200000);
  int s2 = sum_p5(100000);
  unsetenv("P5ENVX_A");
  unsetenv("P5ENVX_B");
  unsetenv("P5ENVX_C");
  int c3 = count_p5(100000);
  printf("counts %d %d %d %d sums %d %d %d\n", c0, c1, c2, c3, s0, s1, s2);
  return 0;
}
