/* p5_unity_basic: a unity build: main.c #includes core.c (globals, a static
   counter, DELAYED functions) and io.c (DELAYED file save/load; its #include
   line carries a trailing comment); main mixes tasks of both and reads the
   globals. */
#include <stdio.h>
#include "delayed.h"

#include "core.c"
#include "io.c" /* file save and load */

int main(void) {
  int seen[12];
  long sc[12];
  for (int i = 0; i < 12; i++) {
    seen[i] = bucketize(i * 7, (12 - i) * 30000L);
    sc[i] = score(i, 200000);
  }
  printf("hist[1]=%d calls=%d\n", g_hist[1], core_calls);
  int saved = save_hist(1);
  long l1 = load_hist(300000);
  for (int i = 0; i < 5; i++) bucketize(i, 100000);
  save_hist(2);
  long l2 = load_hist(100000);
  printf("saved %d, loaded %ld then %ld\n", saved, l1, l2);
  long t = 0;
  for (int i = 0; i < 12; i++) t += sc[i] * seen[i];
  printf("t=%ld calls=%d\n", t, core_calls);
  remove(HIST_FILE);
  return 0;
}
