/* duff_device_loop.c — written blind (from the user docs) against loops and batches; its output was wrong (or it crashed) before the fix it tests. */
#include <stdio.h>
#include "delayed.h"

DELAYED long f(long i) { return i * 1000 + 7; }

int main(void) {
  long a[40] = {0};
  int count = 5, i = 0, n = (count + 3) / 4;
  switch (count % 4) {
  case 0: do { a[i] = f(i); i++;
  /* fall through */
  case 1:      a[i] = f(i); i++;
          } while (--n > 0);
  }
  long h = i;
  for (int j = 0; j < 40; j++) h = h * 31 + a[j];
  printf("%ld\n", h);
  return 0;
}
