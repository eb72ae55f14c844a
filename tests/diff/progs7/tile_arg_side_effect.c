/* covers: tile pointer and row count passed with side effects (p += ..., r++) — must be evaluated once */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define LD 6
DELAYED void inc(DELAYED_INOUT_2D(rows, 2, LD) int *t, int rows) {
  for (int i = 0; i < rows; i++) { t[i * LD] += 1 + i; t[i * LD + 1] += 10; }
}

int main(void) {
  int *m = calloc(LD * LD, sizeof(int));
  int *p = m;
  int r = 1;
  for (int k = 0; k < 4; k++) inc(p++, r++);
  inc(p += LD, r--);
  inc(m + (r -= 2), 2);
  for (int i = 0; i < LD * LD; i++) printf("%d%c", m[i], i % LD == LD - 1 ? '\n' : ' ');
  printf("%td %d\n", p - m, r);
  free(m);
  return 0;
}
