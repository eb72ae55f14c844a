/* after_tasks_only.c — area 4 (delayed_after on globals main never touches): event
 * counters are incremented by many unbound `delayed_after(count_event(...))` tasks
 * and read only by DELAYED readers — one bound to the last token, one not bound at
 * all — whose results main prints. */
#include <stdio.h>
#include "delayed.h"

static int events;
static long weight_sum;
static int max_kind;

DELAYED void count_event(int kind, int weight) {
  events++;
  weight_sum += weight;
  if (kind > max_kind)
    max_kind = kind;
}

DELAYED long summary(int scale) {
  return (long)events * scale + weight_sum + max_kind;
}

int main(void) {
  delayed_token last = 0;
  for (int i = 0; i < 400; i++)
    last = delayed_after(count_event(i % 13, i % 5));
  long bound = delayed_bind(summary, last)(1000);
  long unbound = summary(1000);
  printf("bound summary %ld\n", bound);
  printf("unbound summary %ld\n", unbound);
  delayed_token more = 0;
  for (int i = 0; i < 100; i++)
    more = delayed_after(count_event(20, 1));
  long after = delayed_bind(summary, more)(1);
  printf("after more events %ld\n", after);
  return 0;
}
