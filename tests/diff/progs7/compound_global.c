/* covers: compound assignment into a global (g += f(i)) while another delayed function reads that global */
#include <stdio.h>
#include "delayed.h"

long G = 3;
DELAYED long f(int i) { return i + 1; }
DELAYED long readg(int i) { return G * 10 + i; }

int main(void) {
  long r[6];
  for (int i = 0; i < 6; i++) {
    G += f(i);
    r[i] = readg(i);
  }
  G *= f(2);
  long last = readg(0);
  for (int i = 0; i < 6; i++) printf("%ld ", r[i]);
  printf("%ld %ld\n", G, last);
  return 0;
}
