/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (l14_own_member) */
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
  struct { long a[4]; } st = {{0}};
  long r[4] = {0};
  Box *b = mkbox(), *c = mkbox();
  b->data = st.a; b->n = 4;
  c->data = &r[1] - 1; c->n = 4;
  for (int i = 0; i < 4; i++) st.a[i] = work(i);
  for (int i = 0; i < 4; i++) r[i] = work(i + 4);
  long s = sumbox(b);             /* must see all four results */
  long t = sumbox(c);
  printf("%ld %ld\n", s, t);
  return 0;
}
