/* static_local_ticket: static locals as hidden counters: a non-DELAYED helper
   with a static id counter called by DELAYED tasks and by main, and a DELAYED
   function with its own static call counter; the numbers handed out follow
   the serial order. */
#include <stdio.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static int next_id(void) {
  static int id = 1000;
  return id++;
}

DELAYED int ticket(long work) {
  spin(work);
  return next_id();
}

DELAYED int stamp(int x, long work) {
  static int calls;
  spin(work);
  calls++;
  return x * 100 + calls;
}

int main(void) {
  int t[6];
  for (int i = 0; i < 3; i++) t[i] = ticket((3 - i) * 200000L);
  int m = next_id();
  printf("main got %d\n", m);
  for (int i = 3; i < 6; i++) t[i] = ticket((6 - i) * 200000L);
  for (int i = 0; i < 6; i++) printf("ticket %d = %d\n", i, t[i]);
  int s[4];
  for (int i = 0; i < 4; i++) s[i] = stamp(i + 1, (4 - i) * 200000L);
  for (int i = 0; i < 4; i++) printf("stamp %d = %d\n", i, s[i]);
  printf("last id %d\n", next_id());
  return 0;
}
