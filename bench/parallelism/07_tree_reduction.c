/* ideal-4: 3.62 */
/* Tree reduction: 16 leaf tasks (20 ms) then pairwise combines (10 ms) up a
 * binary tree kept as a heap array (node k = combine(node 2k, node 2k+1)): 8+4+2+1
 * = 15 combines.
 *   work: 16*20 + 15*10 = 470 ms.  Schedule: leaves 0-80, combines by level
 *   80-100, 100-110, 110-120, 120-130 = 130 ms.  Lower bound: only the root can
 *   run in the last 10 ms (3 workers idle) and only the two level-1 combines in
 *   the 10 ms before (2 idle): (470 + 30 + 20) / 4 = 130.  ideal = 470/130 = 3.62 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NLEAVES 16

DELAYED double leaf(int i) {
  work_ms(20);
  double x = 0.0;
  for (int k = 1; k <= 1000; k++) x += 1.0 / (double)(k + i);
  return x;
}

DELAYED double combine(double a, double b) {
  work_ms(10);
  return a + b;
}

int main(void) {
  double node[2 * NLEAVES];
  for (int i = 0; i < NLEAVES; i++)
    node[NLEAVES + i] = leaf(i);
  for (int k = NLEAVES - 1; k >= 1; k--)
    node[k] = combine(node[2 * k], node[2 * k + 1]);
  printf("tree sum = %.9f\n", node[1]);
  return 0;
}
