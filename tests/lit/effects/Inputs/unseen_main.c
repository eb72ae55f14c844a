/* unseen_main.c — record() and scale() are defined in unseen_other.c. */
#include <stdio.h>
#include "delayed.h"

DELAYED void record(int v);
int recorded(int i);
int nrecorded(void);
int scale(int x);

DELAYED int scale_all(int x) { return scale(x) * x; }

int main(void) {
  for (int i = 1; i <= 3; i++) {
    int s = scale_all(i);
    record(s);
  }
  printf("recorded %d: %d %d %d\n", nrecorded(), recorded(0), recorded(1), recorded(2));
  return 0;
}
