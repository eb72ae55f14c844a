/* ideal-4: 4.00 */
/* Uneven tasks: 24 tasks whose cost is 10, 20 or 30 ms (8 of each), results in an
 * array, summed serially.
 *   work: 8*(10+20+30) = 480 ms; each worker can take two of each size =
 *   120 ms = work / 4; ideal = 4.00 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NTASKS 24

DELAYED long simulate(int id, int cost_ms) {
  work_ms(cost_ms);
  long h = id;
  for (int i = 0; i < cost_ms * 100; i++) h = (h * 2654435761L + i) % 1000003L;
  return h;
}

int main(void) {
  long res[NTASKS];
  for (int i = 0; i < NTASKS; i++)
    res[i] = simulate(i, 10 * (1 + i % 3));

  long total = 0;
  for (int i = 0; i < NTASKS; i++) total += res[i];
  printf("total = %ld\n", total);
  return 0;
}
