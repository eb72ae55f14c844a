/* case_label_in_batched_loop.c — written blind (from the user docs) against loops and batches; its output was wrong (or it crashed) before the fix it tests. */
#include <stdio.h>
#include "delayed.h"

DELAYED long f(long i) { return i * 1000 + 7; }

long run(int start) {
  long a[100] = {0};
  int i = start;
  switch (start) {
  case 0:
    for (i = 0; i < 50; i++) {
  case 1:
      a[i] = f(i);
    }
  }
  long h = i;
  for (int j = 0; j < 100; j++) h = h * 31 + a[j];
  return h;
}

int main(void) {
  printf("%ld\n%ld\n", run(0), run(1));
  return 0;
}
