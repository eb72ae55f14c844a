/* macro_global_stats.c — area 3 (macro writing a global through a local pointer):
 * DELAYED workers record statistics with `STAT_ADD(field, x)`, a macro that takes
 * the address of a global struct into a local pointer and writes through it; main
 * prints the global after the workers, and a DELAYED reporter reads it in between. */
#include <stdio.h>
#include "delayed.h"

typedef struct {
  long processed;
  long bytes;
  int errors;
} Stats;

static Stats g_stats;

#define STAT_ADD(field, x) do { Stats *st_ = &g_stats; st_->field += (x); } while (0)

DELAYED int handle(int id, int size) {
  int bad = (id % 5 == 4);
  STAT_ADD(processed, 1);
  STAT_ADD(bytes, size);
  if (bad)
    STAT_ADD(errors, 1);
  return bad ? -1 : size * 2;
}

DELAYED long snapshot_processed(void) {
  const Stats *st = &g_stats;
  return st->processed;
}

int main(void) {
  int out[15];
  for (int i = 0; i < 10; i++)
    out[i] = handle(i, 100 + 7 * i);
  long mid = snapshot_processed();
  for (int i = 10; i < 15; i++)
    out[i] = handle(i, 50 + i);
  int good = 0;
  for (int i = 0; i < 15; i++)
    if (out[i] >= 0)
      good++;
  printf("good %d, mid snapshot %ld\n", good, mid);
  printf("processed %ld bytes %ld errors %d\n", g_stats.processed, g_stats.bytes, g_stats.errors);
  return 0;
}
