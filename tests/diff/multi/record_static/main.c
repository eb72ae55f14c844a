/* record_static/main.c — area 2 (body not visible): `record` is DELAYED, declared
 * here and defined in recorder.c, where it appends to a static array; main then asks
 * recorder.c for the count, the sum and the recorded order.  Scores are computed by a
 * DELAYED function of this file. */
#include <stdio.h>
#include "delayed.h"

DELAYED void record(int v); /* recorder.c */
int recorded_count(void);
long recorded_sum(void);
int recorded_at(int i);

DELAYED int score(int player, int round) {
  int s = 0;
  for (int k = 0; k < 3000; k++)
    s = (s * 31 + player * 7 + round + k) % 1009;
  return s;
}

int main(void) {
  for (int round = 0; round < 3; round++)
    for (int p = 0; p < 4; p++) {
      int s = score(p, round);
      record(s);
    }
  record(-1); /* end-of-game marker */
  int n = recorded_count();
  printf("recorded %d scores, sum %ld\n", n, recorded_sum());
  for (int i = 0; i < n; i++)
    printf("#%d: %d\n", i, recorded_at(i));
  return 0;
}
