/* acc[i] += f(...), acc[k] = acc[k] * c + f(...), *p -= f(...) on shared slots. */
#include <stdio.h>
#include "delayed.h"

DELAYED long f(long x) {
  long s = x;
  for (int k = 0; k < 30000; k++) s = (s * 5 + k) % 100003;
  return s;
}

int main(void) {
  long acc[4] = { 1, 2, 3, 4 };
  for (int i = 0; i < 24; i++) acc[i % 4] += f(i);
  for (int i = 0; i < 12; i++) acc[i % 3] = (acc[i % 3] * 7 + f(100 + i)) % 1000000007;
  long *p = &acc[3];
  *p -= f(acc[0]);
  p[-1] += f(*p % 1000);
  long b[3][3] = { { 0 } };
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) b[i][j] += f(i * 3 + j) + f(j);
  for (int i = 0; i < 3; i++) b[i][i] *= f(b[2 - i][i] % 97) % 13;
  for (int i = 0; i < 4; i++) printf("acc[%d]=%ld\n", i, acc[i]);
  for (int i = 0; i < 3; i++) printf("%ld %ld %ld\n", b[i][0], b[i][1], b[i][2]);
  return 0;
}
