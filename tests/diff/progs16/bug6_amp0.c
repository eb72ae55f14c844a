/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (bug6_amp0) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"
typedef struct Box { long *data; int n; } Box;
static Box *mkbox(void) { return calloc(1, sizeof(Box)); }
DELAYED long work(int i) { usleep(5000); return i * 10 + 1; }
DELAYED long sumbox(const Box *b) { long s = 0; for (int i = 0; i < b->n; i++) s += b->data[i]; return s; }
int main(void) {
  long r[4] = {0};
  Box *c = mkbox();
  c->data = &r[0]; c->n = 4;
  for (int i = 0; i < 4; i++) r[i] = work(i);
  long t = sumbox(c);                /* reads r through c: does not wait for the work tasks */
  printf("%ld\n", t);
  return 0;
}
