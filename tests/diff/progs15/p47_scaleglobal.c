/* the value added reads a global main changes; least over a 2-D array (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

int scale = 1;
long total;
long mins[3][4];

DELAYED void add(int i) {
  usleep(5000 + 3000 * (i % 3));
  total += (long)i * scale;
  long d = (i * 13) % 29 - scale * 3;
  if (d < mins[i % 3][i % 4]) mins[i % 3][i % 4] = d;
}

int main(void) {
  for (int i = 0; i < 12; i++) add(i);
  scale = 10;
  for (int i = 0; i < 12; i++) add(i);
  scale = 100;
  for (int i = 0; i < 12; i++) add(i);
  printf("total=%ld\n", total);
  for (int r = 0; r < 3; r++) printf("%ld %ld %ld %ld\n", mins[r][0], mins[r][1], mins[r][2], mins[r][3]);
  return 0;
}
