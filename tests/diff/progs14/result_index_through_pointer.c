/* result_index_through_pointer.c — written blind (from the user docs) against loops and batches; its output was wrong (or it crashed) before the fix it tests. */
#include <stdio.h>
#include "delayed.h"

DELAYED long h(long i) { return i * 10; }

void run(int *pi) {
  long b[12] = {0};
  for (*pi = 0; *pi < 10; (*pi)++) b[*pi] = h(*pi);
  for (int i = 0; i < 12; i++) printf("%ld ", b[i]);
  printf("\n");
}

int main(void) { int x; run(&x); return 0; }
