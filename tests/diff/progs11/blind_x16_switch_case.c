/* blind_x16_switch_case.c — written blind (round 2): a batching case that did not compile or crashed. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED int f(int i) { return (i * 31 + 7) % 1009; }
int main(int argc, char **argv) {
  (void)argv;
  int n = 5000, *out = calloc(n, sizeof(int));
  switch (argc) {
  case 1:
    n = n - 1;
    for (int i = 0; i < n; i++) out[i] = f(i);
    break;
  }
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 31 + out[i]) % 1000000007;
  printf("%ld\n", s);
  free(out);
  return 0;
}
