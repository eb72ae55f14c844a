/* covers: DELAYED function that calls exit() on an error path (never taken) and one whose result leads main to exit(3) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int *alloc_or_die(int n) {
  int *p = malloc(sizeof(int) * (size_t)n);
  if (!p) { fprintf(stderr, "oom\n"); exit(2); }
  for (int i = 0; i < n; i++) p[i] = i;
  return p;
}
DELAYED int check(const int *p, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

int main(void) {
  int *a = alloc_or_die(10);
  int s = check(a, 10);
  printf("s=%d\n", s);
  fflush(stdout);
  free(a);
  int *b = alloc_or_die(5);
  int t = check(b, 5);
  free(b);
  if (t != 10) { printf("bad\n"); return 1; }
  printf("t=%d\n", t);
  exit(0);
}
