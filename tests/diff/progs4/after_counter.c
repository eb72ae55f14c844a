/* after_counter.c — area 4 (delayed_after on global state): many unbound
 * `delayed_after(tick(...))` tasks increment global counters and accumulate a
 * global total; main reads the globals after the loop without delayed_compute, and a
 * second batch is followed by a DELAYED reader of the globals. */
#include <stdio.h>
#include "delayed.h"

static int ticks;
static long total;
static int last_id = -1;

DELAYED void tick(int id, int weight) {
  ticks++;
  total += weight;
  last_id = id;
}

DELAYED long average_x100(void) {
  return ticks ? total * 100 / ticks : 0;
}

int main(void) {
  for (int i = 0; i < 500; i++) {
    delayed_token t = delayed_after(tick(i, i % 7));
    (void)t;
  }
  printf("after batch 1: ticks %d total %ld last %d\n", ticks, total, last_id);
  for (int i = 0; i < 300; i++)
    (void)delayed_after(tick(1000 + i, 3));
  long avg = average_x100();
  printf("after batch 2: average x100 %ld\n", avg);
  printf("ticks %d total %ld last %d\n", ticks, total, last_id);
  return 0;
}
