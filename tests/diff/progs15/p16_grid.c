/* a 2-D histogram heat[r][c]++ of long long cells (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

int heat[4][5];
long long cells[3][3];

DELAYED void drop(int i) {
  usleep(8000);
  int r = (i * 7) % 4, c = (i * 3) % 5;
  heat[r][c]++;
  heat[(r + 1) % 4][c] += 2;
  cells[i % 3][(i / 3) % 3] += (long long)i * 1000000007LL;
}

int main(void) {
  for (int i = 0; i < 18; i++) drop(i);
  for (int r = 0; r < 4; r++) { for (int c = 0; c < 5; c++) printf("%3d", heat[r][c]); printf("\n"); }
  for (int r = 0; r < 3; r++) printf("%lld %lld %lld\n", cells[r][0], cells[r][1], cells[r][2]);
  return 0;
}
