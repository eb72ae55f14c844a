/* clock_order.c — area 1 (time/clock reads): DELAYED "stage" tasks stamp
 * CLOCK_MONOTONIC into a trace in the order they run, and a checker reports whether
 * each stage started no earlier than the previous one finished, as it must in the
 * serial program; time(NULL) and clock() are read by tasks too. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>
#include "delayed.h"

#define NSTAGE 8

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long start_ns[NSTAGE], end_ns[NSTAGE];

DELAYED int stage(int i) {
  start_ns[i] = now_ns();
  long v = i;
  for (int k = 0; k < 30000; k++)
    v = (v * 13 + k) % 65521;
  end_ns[i] = now_ns();
  return (int)v;
}

DELAYED int wall_seconds_ok(time_t before) {
  time_t t = time(NULL);
  return t >= before;
}

DELAYED int cpu_clock_ok(void) {
  clock_t c = clock();
  return c != (clock_t)-1;
}

int main(void) {
  time_t t0 = time(NULL);
  int vals[NSTAGE];
  for (int i = 0; i < NSTAGE; i++)
    vals[i] = stage(i);
  int ok_wall = wall_seconds_ok(t0);
  int ok_cpu = cpu_clock_ok();
  int sum = 0;
  for (int i = 0; i < NSTAGE; i++)
    sum += vals[i];
  printf("stage sum %d\n", sum);
  int ordered = 1;
  for (int i = 1; i < NSTAGE; i++)
    if (start_ns[i] < end_ns[i - 1])
      ordered = 0;
  int complete = 1;
  for (int i = 0; i < NSTAGE; i++)
    if (start_ns[i] == 0 || end_ns[i] < start_ns[i])
      complete = 0;
  printf("stages ran in order: %s\n", ordered ? "yes" : "no");
  printf("trace complete: %s\n", complete ? "yes" : "no");
  printf("wall clock ok: %d, cpu clock ok: %d\n", ok_wall, ok_cpu);
  return 0;
}
