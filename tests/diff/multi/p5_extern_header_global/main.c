/* p5_extern_header_global: globals declared extern in a header and defined
   in another file; DELAYED tasks here write them by name, others call a
   helper of the other file that prints; main reads the globals by name and
   through the other file's reporter. */
#include <stdio.h>
#include "delayed.h"
#include "state.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void add(int i, long work) {
  spin(work);
  g_total += i * 10;
  snprintf(g_last, sizeof g_last, "add %d", i);
  g_hist[i % 8]++;
}

DELAYED long noted(int i, long work) {
  spin(work);
  state_note(i);
  return i * 3;
}

int main(void) {
  for (int i = 0; i < 5; i++) add(i, (5 - i) * 100000L);
  printf("total=%ld last=%s\n", g_total, g_last);
  for (int i = 5; i < 9; i++) add(i, (9 - i) * 100000L);
  state_report("after adds");
  long n[3];
  for (int i = 0; i < 3; i++) n[i] = noted(i, (3 - i) * 150000L);
  printf("notes=%d\n", state_notes());
  g_hist[0] = 42;
  add(8, 100000);
  state_report("end");
  printf("n=%ld %ld %ld\n", n[0], n[1], n[2]);
  return 0;
}
