/* after_bind_partial.c — area 4 (delayed_bind naming only some of the writers): the
 * Dask bind example grown: tasks fill global slots with delayed_after, a summing task
 * is bound to only the first and last token, although it reads every slot; a global
 * "generation" counter is bumped by a token task and read by main. */
#include <stdio.h>
#include "delayed.h"

#define N 8

static int slots[N];
static int generation;

DELAYED void fill_slot(int i, int v) {
  int acc = v;
  for (int k = 0; k < 2000 * (N - i); k++)
    acc = (acc * 3 + k) % 997;
  slots[i] = acc;
}

DELAYED void next_generation(void) {
  generation++;
}

DELAYED int sum_slots(void) {
  int s = 0;
  for (int i = 0; i < N; i++)
    s += slots[i];
  return s * 10 + generation;
}

int main(void) {
  delayed_token toks[N];
  for (int i = 0; i < N; i++)
    toks[i] = delayed_after(fill_slot(i, i + 1));
  delayed_token g = delayed_after(next_generation());
  int s1 = delayed_bind(sum_slots, toks[0], toks[N - 1])();
  printf("sum1 %d gen %d\n", s1, generation);
  for (int i = 0; i < N; i++)
    (void)delayed_after(fill_slot(i, 100 - i));
  (void)delayed_after(next_generation());
  int s2 = delayed_bind(sum_slots, g)();
  printf("sum2 %d gen %d\n", s2, generation);
  for (int i = 0; i < N; i++)
    printf("slot %d = %d\n", i, slots[i]);
  return 0;
}
