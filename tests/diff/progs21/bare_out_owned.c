/* A bare DELAYED_OUT given a malloc'd pointer (blind round 44 F3.6): serial
 * ('extent or aliasing delayc cannot prove') while DELAYED_OUT_N(1) ran; a
 * bare annotation is the first element of what the pointer holds */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED void count_into(DELAYED_OUT int *np, int seed) {
  int c = 0;
  for (int r = 0; r < 3000000; r++) c += (r ^ seed) % 13 == 0;
  *np = c;
}
int main(void) {
  int *a = malloc(sizeof(int)), *b = malloc(sizeof(int));
  count_into(a, 5);
  count_into(b, 6);
  printf("%d %d\n", *a, *b);
  return 0;
}
