/* covers: two 2D regions with different ld on one block, overlapping in exactly one element; slow writer, reader must wait */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static void spin(void) { volatile long x = 0; for (long i = 0; i < 2000000; i++) x += i; (void)x; }
DELAYED void w10(DELAYED_OUT_2D(3, 2, 10) int *t, int v) { spin(); for (int i = 0; i < 3; i++) { t[i * 10] = v; t[i * 10 + 1] = v; } }
DELAYED int r7(DELAYED_IN_2D(2, 2, 7) const int *t) { return t[0] * 1000 + t[1] * 100 + t[7] * 10 + t[8]; }
DELAYED int r3(DELAYED_IN_2D(4, 1, 3) const int *t) { return t[0] + t[3] * 10 + t[6] * 100 + t[9] * 1000; }

int main(void) {
  int *m = calloc(40, sizeof(int));
  w10(m, 1);            /* {0,1,10,11,20,21} */
  int a = r7(m + 4);    /* {4,5,11,12}: shares 11 */
  w10(m + 2, 2);        /* {2,3,12,13,22,23} */
  int b = r3(m + 13);   /* {13,16,19,22}: shares 13 and 22 */
  w10(m + 5, 3);        /* {5,6,15,16,25,26} */
  int c = r7(m + 9);    /* {9,10,16,17}: shares 16 */
  w10(m + 18, 4);       /* {18,19,28,29,38,39} */
  printf("%d %d %d\n", a, b, c);
  free(m);
  return 0;
}
