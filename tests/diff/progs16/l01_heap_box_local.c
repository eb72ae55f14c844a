/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (l01_heap_box_local) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"
typedef struct Box { int *data; int n; } Box;
static Box *mkbox(void) { Box *b = malloc(sizeof *b); b->data = NULL; b->n = 0; return b; }
DELAYED long sum(const Box *b) { usleep(10000); long s = 0; for (int i = 0; i < b->n; i++) s += b->data[i]; return s; }
int main(void) {
  int local[4] = {1, 2, 3, 4};
  Box *b = mkbox();
  b->data = local; b->n = 4;
  long r1 = sum(b);
  local[0] = 100;                 /* must wait for the task */
  long r2 = sum(b);
  local[1] = 1000;
  printf("%ld %ld\n", r1, r2);
  return 0;
}
