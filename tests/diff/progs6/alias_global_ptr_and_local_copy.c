/* A malloc'd block published in a global pointer and kept in a local copy:
   tasks run on the global pointer's value while a DELAYED call on the local
   copy (left serial by delayc) sits between them; it must wait for the first
   task and come before the second. */
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
  addw(p, n, 2);
  addw(g_alias, n, 3);
  addw(a, n, 5);
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 3 + a[i]) % 1000000007;
  printf("%ld\n", h);
  free(a);
  return 0;
}
