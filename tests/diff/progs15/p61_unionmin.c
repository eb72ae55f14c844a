/* least of two union members in two tasks: overlapping places (kept in order) (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

union val { float f; int i; } u = { .i = 0x7f000000 };   /* as float: about 1.7e38 */

DELAYED void min_float(float x, int ms) { usleep(ms * 1000); if (x < u.f) u.f = x; }
DELAYED void min_int(int x, int ms) { usleep(ms * 1000); if (x < u.i) u.i = x; }

int main(void) {
  min_float(-1.0f, 20);   /* bits 0xbf800000: negative as int */
  min_int(-5, 1);
  printf("bits=%#x\n", (unsigned)u.i);
  return 0;
}
