/* ideal-4: 4.00 */
/* Results accumulated: pos[i] += displacement(i, s) for 8 particles and 4
 * sub-steps; the 32 displacement tasks (12 ms) depend on nothing but their
 * arguments, the additions are ordinary code.
 *   work: 32*12 = 384 ms; 32 unit tasks = 8 rounds = 96 ms; ideal = 4.00 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NP 8
#define NSUB 4

DELAYED double displacement(int particle, int sub) {
  work_ms(12);
  double v = 0.0;
  for (int k = 0; k < 500; k++) v += (double)((particle * 7 + sub * 3 + k) % 11) * 1e-3;
  return v;
}

int main(void) {
  double pos[NP];
  for (int i = 0; i < NP; i++) pos[i] = (double)i;

  for (int i = 0; i < NP; i++)
    for (int s = 0; s < NSUB; s++)
      pos[i] += displacement(i, s);

  for (int i = 0; i < NP; i++) printf("particle %d at %.4f\n", i, pos[i]);
  return 0;
}
