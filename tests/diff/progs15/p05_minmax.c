/* int least, greatest with the comparison flipped, >= in braces (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <limits.h>
#include <unistd.h>
#include "delayed.h"

int min_dist = INT_MAX;
int max_depth = 0;
long max_len = LONG_MIN;

static int depth_of(int node) { int d = 0; while (node > 1) { node /= 2; d++; } return d; }

DELAYED void visit(int node) {
  usleep(10000);
  int d = (node * 7919) % 1000 - 300;
  if (d < min_dist) min_dist = d;
  int depth = depth_of(node);
  if (max_depth < depth)
    max_depth = depth;
  long len = (long)node * 1000003 % 9973;
  if (len >= max_len) { max_len = len; }
}

int main(void) {
  for (int n = 1; n <= 24; n++) visit(n);
  printf("min=%d depth=%d len=%ld\n", min_dist, max_depth, max_len);
  return 0;
}
