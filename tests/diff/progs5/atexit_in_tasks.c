/* atexit_in_tasks: DELAYED plugin initialisers register exit handlers with
   atexit after some work; the handlers print at exit in reverse order of
   registration, so the registrations must keep the serial order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void bye0(void) { printf("bye 0\n"); }
static void bye1(void) { printf("bye 1\n"); }
static void bye2(void) { printf("bye 2\n"); }
static void bye3(void) { printf("bye 3\n"); }

DELAYED int init_plugin(int k, long work) {
  static void (*const handlers[4])(void) = {bye0, bye1, bye2, bye3};
  spin(work);
  return atexit(handlers[k]);
}

int main(void) {
  int rc[4];
  for (int k = 0; k < 4; k++) rc[k] = init_plugin(k, (4 - k) * 200000L);
  printf("registered %d %d %d %d\n", rc[0], rc[1], rc[2], rc[3]);
  return 0;
}
