/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (e18_memcpy_dst) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
static int g[4] = {1,2,3,4}; static int *gptr(void) { return g; }
DELAYED long rd(const int *p) { usleep(10000); return p[0]; }
DELAYED long idle(int k) { usleep(1000); return k; }
static const int src[4] = {9, 9, 9, 9};
int main(void) {
  const int *p = gptr();
  long r = rd(p);
  long i1 = idle(1);
  memcpy(g, src, sizeof src); src[0] == 9 ? (void)0 : (void)0;
  long r2 = rd(p);
  long i2 = idle(2);
  memcpy(g, src, sizeof src); src[0] == 9 ? (void)0 : (void)0;
  printf("%ld %ld %ld %ld\n", r, r2, i1, i2);
  return 0;
}
