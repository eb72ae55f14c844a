/* reads of updated globals through a global pointer, memcpy, a helper and a view (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

long total;
int hist[8];
long *where = &total;

static void dump(const int *h, int n) { for (int i = 0; i < n; i++) printf("%d ", h[i]); printf("\n"); }
static long peek(const long *p) { return *p; }

DELAYED void add(int i) { usleep(8000 + 4000 * (i % 3)); total += i; hist[i % 8]++; }

int main(void) {
  for (int i = 0; i < 10; i++) add(i);
  printf("via global pointer: %ld\n", *where);
  for (int i = 0; i < 10; i++) add(i);
  long snap; memcpy(&snap, &total, sizeof snap);
  printf("via memcpy: %ld\n", snap);
  for (int i = 0; i < 10; i++) add(i);
  printf("via peek: %ld\n", peek(&total));
  for (int i = 0; i < 10; i++) add(i);
  dump(hist, 8);
  for (int i = 0; i < 10; i++) add(i);
  int *h = hist;
  printf("h[1]=%d\n", h[1]);
  return 0;
}
