/* helper_spawns: a non-DELAYED helper that spawns DELAYED tasks reading a
   global is called while tasks of main that write the global are pending;
   a second helper prints from its tasks while main's printing tasks are
   pending. */
#include <stdio.h>
#include "delayed.h"

static long g_base = 1;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void set_base(long v, long work) {
  spin(work);
  g_base = v;
}

DELAYED long use_base(int i, long work) {
  spin(work);
  return g_base * 100 + i;
}

DELAYED void shout(int i, long work) {
  spin(work);
  printf("shout %d\n", i);
}

static long batch(int n) {
  long r[4], t = 0;
  for (int i = 0; i < n; i++) r[i] = use_base(i, 100000);
  for (int i = 0; i < n; i++) t += r[i];
  return t;
}

static void chorus(int from) {
  for (int i = 0; i < 3; i++) shout(from + i, 50000);
}

int main(void) {
  set_base(7, 800000);
  long t1 = batch(4);
  set_base(9, 600000);
  long t2 = batch(3);
  printf("t1=%ld t2=%ld\n", t1, t2);
  shout(0, 900000);
  shout(1, 700000);
  chorus(10);
  shout(2, 100000);
  chorus(20);
  return 0;
}
