/* updates of several kinds on members of a global struct; tally[k].hits++ (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <limits.h>
#include <unistd.h>
#include "delayed.h"

struct stats { long count; long sum; int max; int min; unsigned flags; } st = { 0, 0, INT_MIN, INT_MAX, 0 };
struct tally { int hits; int misses; } tally[5];

DELAYED void record(int i) {
  usleep(8000);
  int v = (i * 53) % 97 - 40;
  st.count++;
  st.sum += v;
  if (v > st.max) st.max = v;
  if (st.min > v) st.min = v;
  st.flags |= 1u << (i % 9);
  if (v & 1) tally[i % 5].hits++; else tally[i % 5].misses += 1;
}

int main(void) {
  for (int i = 0; i < 20; i++) record(i);
  printf("n=%ld sum=%ld max=%d min=%d flags=%#x\n", st.count, st.sum, st.max, st.min, st.flags);
  for (int k = 0; k < 5; k++) printf("%d/%d ", tally[k].hits, tally[k].misses);
  printf("\n");
  return 0;
}
