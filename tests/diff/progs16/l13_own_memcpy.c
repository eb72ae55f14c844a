/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (l13_own_memcpy) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
typedef struct Box { long *data; int n; } Box;
static Box *mkbox(void) { return calloc(1, sizeof(Box)); }
DELAYED long work(int i) { usleep(5000); return i * 10 + 1; }
DELAYED long sumbox(const Box *b) { long s = 0; for (int i = 0; i < b->n; i++) s += b->data[i]; return s; }
int main(void) {
  long r[4] = {0};
  Box *b = mkbox();
  long *rp = r;
  memcpy(&b->data, &rp, sizeof rp); b->n = 4;
  for (int i = 0; i < 4; i++) r[i] = work(i);
  long s = sumbox(b);             /* must see all four results */
  printf("%ld\n", s);
  return 0;
}
