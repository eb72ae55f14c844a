/* p5_delayed_other_tu: DELAYED functions declared in a header and defined in
   another file (a static call counter there, printing); main calls them in
   loops, prints in between and asks the other file for the count. */
#include <stdio.h>
#include "work.h"

int main(void) {
  long r[4];
  for (int i = 0; i < 4; i++) {
    r[i] = crunch(i, (4 - i) * 150000L);
    announce(i);
  }
  printf("main: calls=%ld\n", work_calls());
  long t = 0;
  for (int i = 0; i < 4; i++) t += r[i];
  printf("t=%ld\n", t);
  return 0;
}
