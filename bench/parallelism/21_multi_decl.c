/* ideal-4: 4.00 */
/* Several calls in one declaration: per round, int a = f(..), b = f(..), c = f(..);
 * (25 ms each) then out[r] = combine(a, b, c) (10 ms); 4 independent rounds.
 *   work: 4*(3*25 + 10) = 340 ms.  Schedule: the 12 f tasks in 3 rounds (75 ms),
 *   the 4 combines side by side (10 ms) = 85 ms = work / 4; ideal = 4.00 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define ROUNDS 4

DELAYED int feature(int round, int k) {
  work_ms(25);
  int v = 0;
  for (int i = 0; i < 1000; i++) v = (v * 31 + round * 7 + k + i) % 10007;
  return v;
}

DELAYED int combine(int a, int b, int c) {
  work_ms(10);
  return (a + 2 * b + 3 * c) % 10007;
}

int main(void) {
  int out[ROUNDS];
  for (int r = 0; r < ROUNDS; r++) {
    int a = feature(r, 1), b = feature(r, 2), c = feature(r, 3);
    out[r] = combine(a, b, c);
  }
  for (int r = 0; r < ROUNDS; r++) printf("round %d: %d\n", r, out[r]);
  return 0;
}
