/* ideal-4: 4.00 */
/* Partial DAGs, diamond shaped: per item a = load (10 ms), b = left(a) (20 ms),
 * c = right(a) (20 ms), d = join(b, c) (10 ms); 8 items, independent of one another.
 *   work: 8*(10+20+20+10) = 480 ms.  Schedule: the 8 loads 0-20, the 16 middle
 *   tasks 20-100, the 8 joins 100-120 = 120 ms = work / 4; ideal = 4.00 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NITEMS 8

DELAYED long load(int id) {
  work_ms(10);
  return 1000L + id * 17L;
}

DELAYED long left(long a) {
  work_ms(20);
  return a * 3 + 1;
}

DELAYED long right(long a) {
  work_ms(20);
  return a / 2 + 5;
}

DELAYED long join(long b, long c) {
  work_ms(10);
  return b * 1000 + c;
}

int main(void) {
  long out[NITEMS];
  for (int i = 0; i < NITEMS; i++) {
    long a = load(i);
    long b = left(a);
    long c = right(a);
    out[i] = join(b, c);
  }
  for (int i = 0; i < NITEMS; i++) printf("item %d: %ld\n", i, out[i]);
  return 0;
}
