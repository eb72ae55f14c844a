/* ideal-4: 3.60 */
/* Monte Carlo estimate of pi: 18 tasks (20 ms), each with its own seed and its
 * own generator state, averaged serially.
 *   work: 18*20 = 360 ms; 18 unit tasks on 4 workers: ceil(18/4) = 5 rounds =
 *   100 ms; ideal = 360 / 100 = 3.60 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NTASKS 18
#define SAMPLES 20000

DELAYED double estimate_pi(unsigned seed, int samples) {
  work_ms(20);
  unsigned long long s = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  int inside = 0;
  for (int i = 0; i < samples; i++) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    double x = (double)(s >> 11) / 9007199254740992.0;
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    double y = (double)(s >> 11) / 9007199254740992.0;
    if (x * x + y * y <= 1.0) inside++;
  }
  return 4.0 * inside / samples;
}

int main(void) {
  double est[NTASKS];
  for (int t = 0; t < NTASKS; t++)
    est[t] = estimate_pi(1000u + (unsigned)t, SAMPLES);

  double sum = 0.0;
  for (int t = 0; t < NTASKS; t++) sum += est[t];
  printf("pi ~ %.6f\n", sum / NTASKS);
  return 0;
}
