/* updates inside macros mixed with plain updates, many calls (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include "delayed.h"

long total;
#define ADD(g, v) g += (v)
#define INC(g) g++

DELAYED void plain(int i) { for (int k = 0; k < 2000; k++) total += i; }
DELAYED void viamacro(int i) { for (int k = 0; k < 2000; k++) ADD(total, i); }
DELAYED void viainc(int i) { for (int k = 0; k < 2000; k++) INC(total); (void)i; }

int main(void) {
  for (int i = 0; i < 2000; i++) { plain(i); viamacro(i); viainc(i); }
  printf("total=%ld\n", total);
  return 0;
}
