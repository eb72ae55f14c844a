/* covers: compound-assigned delayed result used immediately in an if / loop condition */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int i) { return (i * 13) % 17; }

int main(void) {
  int s = 0, hits = 0;
  for (int i = 0; i < 40; i++) {
    s += f(i);
    if (s % 5 == 0) hits++;
  }
  int t = 0, n = 0;
  while ((t += f(n)) < 200) n++;
  printf("%d %d %d %d\n", s, hits, t, n);
  return 0;
}
