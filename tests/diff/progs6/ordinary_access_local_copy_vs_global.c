/* Ordinary reads and writes through a local copy of a pointer whose block a
   task is updating through a global pointer: main must wait for the task
   before p[3] = 77 and before reading p[4], and the next task must see 77. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

int *g_alias;

DELAYED void addw(int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] = p[i] * 2 + v;
}

int main(void) {
  int n = 48;
  int *a = malloc(sizeof(int) * n);
  for (int i = 0; i < n; i++) a[i] = i;
  g_alias = a;
  int *p = a;
  addw(g_alias, n, 1);
  p[3] = 77;
  int x = p[4];
  addw(g_alias, n, 3);
  long h = x;
  for (int i = 0; i < n; i++) h = (h * 3 + p[i]) % 1000000007;
  printf("%ld\n", h);
  free(a);
  return 0;
}
