/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (bug2_loop_c) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"
static int calls;                      /* the file never takes its address */
static int *getbuf(void) { int *b = malloc(64 * sizeof *b); for (int i = 0; i < 64; i++) b[i] = i; return b; }
DELAYED long rd(const int *p) { usleep(20000); return p[3]; }
int main(void) {
  int *t = getbuf();
  long r[4];
  for (int i = 0; i < 4; i++) {
    r[i] = rd(t);
    calls++;                           /* waits for the tasks: should not */
  }
  printf("%ld %ld %d\n", r[0], r[3], calls);
  return 0;
}
