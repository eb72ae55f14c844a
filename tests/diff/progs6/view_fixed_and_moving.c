/* Two views of one malloc'd block: a moving view v (v = a; v += step) whose
   windows become tasks, and a fixed view w = a + 10 used by ordinary code
   (w[0] = -w[0]) and by a DELAYED call between the tasks; both uses of w
   must come after the pending tasks on windows that cover w's elements. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void smear(DELAYED_INOUT_N(len) long *v, int len) {
  for (int i = 1; i < len; i++) v[i] += v[i - 1];
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 100, len = 9, step = 3 + argc;   /* step 4 */
  long *a = malloc(sizeof(long) * n);
  for (int i = 0; i < n; i++) a[i] = (i * 7) % 11;
  long *const w = a + 10;
  long *v = a;
  while (v + len <= a + n) {
    smear(v, len);
    w[0] = -w[0];
    smear(w + 5, 3);
    v += step;
  }
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 1000003 + a[i]) % 1000000007;
  printf("%ld\n", h);
  free(a);
  return 0;
}
