/* DELAYED_RANK: where the distributed target runs a function's tasks — here
 * every call on an odd rank (rank 1 of 2), where delayc would deal them out in
 * turn (spread). */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_RANK(2 * i + 1) int placed(int i) { return i * 10; }
DELAYED int spread(int i) { return i + 1; }

int main(void) {
  int a[6], b[6];
  for (int i = 0; i < 6; i++) a[i] = placed(i);
  for (int i = 0; i < 6; i++) b[i] = spread(i);
  for (int i = 0; i < 6; i++) printf("%d %d\n", a[i], b[i]);
  return 0;
}
