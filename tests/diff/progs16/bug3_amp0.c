/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (bug3_amp0) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct Box { int *data; int n; } Box;
static Box *mkbox(void) { return calloc(1, sizeof(Box)); }
DELAYED long sum(const Box *b) { long s = 0; for (int i = 0; i < b->n; i++) s += b->data[i]; return s; }
DELAYED long idle(int k) { return k; }
int main(void) {
  int local[4] = {1, 2, 3, 4};
  Box *b = mkbox();
  b->data = &local[0]; b->n = 4;
  long r = sum(b);
  long i = idle(1);
  local[0] = 100;            /* does not wait for sum */
  printf("%ld %ld\n", r, i);
  return 0;
}
