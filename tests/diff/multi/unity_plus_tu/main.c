/* unity_plus_tu/main.c — areas 5 and 2: a unity build of main.c + core.c, linked with
 * the separately compiled stats.c (SOURCES lists main.c and stats.c); DELAYED
 * measurements append samples to stats.c's buffer in serial order, and main prints
 * the buffer. */
#include <stdio.h>
#include "core.c"

int main(void) {
  int smoothed[5];
  for (int t = 0; t < 5; t++) {
    int a = measure(1, t);
    int b = measure(2, t);
    smoothed[t] = smooth(a, b);
  }
  for (int t = 0; t < 5; t++)
    printf("t=%d smoothed %d\n", t, smoothed[t]);
  int n = stats_count();
  printf("%d samples:", n);
  for (int i = 0; i < n; i++)
    printf(" %d", stats_sample(i));
  printf("\n");
  return 0;
}
