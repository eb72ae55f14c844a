/* unity_main.c — a unity build: the program's other file is #included. */
#include <stdio.h>
#include "delayed.h"
#include "unity_part.c"

int main(void) {
  int v[10];
  printf("sum %d cleared %d\n", sum_squares(10), clear(v, 10));
  return 0;
}
