/* global_alias_globals: global pointers initialised to other globals (the
   "current stats block" pattern, a table of pointers to counters); DELAYED
   tasks update through the pointers, main reads and resets the pointees by
   their own names, and a getter reads a static of another function. */
#include <stdio.h>
#include "delayed.h"

struct stats {
  long n;
  long sum;
};

static struct stats g_day = {0, 0}, g_night = {0, 0};
static struct stats *g_cur = &g_day;
static long g_a, g_b;
static long *const g_slots[2] = {&g_a, &g_b};

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void record(long v, long work) {
  spin(work);
  g_cur->n++;
  g_cur->sum += v;
}

DELAYED void bump_slot(int k, long by, long work) {
  spin(work);
  *g_slots[k] += by;
}

static long *peak_counter(void) {
  static long peak;
  return &peak;
}

DELAYED void note_peak(long v, long work) {
  spin(work);
  long *p = peak_counter();
  if (v > *p) *p = v;
}

int main(void) {
  for (int i = 0; i < 4; i++) record(10 * (i + 1), (4 - i) * 150000L);
  printf("day: n=%ld sum=%ld\n", g_day.n, g_day.sum);
  g_day.sum = 0;
  g_cur = &g_night;
  for (int i = 0; i < 3; i++) record(7, (3 - i) * 150000L);
  printf("night: n=%ld sum=%ld, day sum=%ld\n", g_night.n, g_night.sum, g_day.sum);

  for (int i = 0; i < 4; i++) bump_slot(i % 2, i + 1, (4 - i) * 150000L);
  printf("a=%ld b=%ld\n", g_a, g_b);
  g_a = 100;
  bump_slot(0, 1, 200000);
  printf("a=%ld\n", g_a);

  note_peak(5, 400000);
  note_peak(9, 300000);
  printf("peak=%ld\n", *peak_counter());
  note_peak(12, 200000);
  long seen = *peak_counter();
  printf("peak=%ld\n", seen);
  return 0;
}
