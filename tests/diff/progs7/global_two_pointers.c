/* covers: a global array written by a task through pointer P (a parameter), read by tasks through a different global pointer Q */
#include <stdio.h>
#include "delayed.h"

double Data[16];
double *Q = Data + 4;
DELAYED void scale(double *p, int n, double k) { for (int i = 0; i < n; i++) p[i] *= k; }
DELAYED double readq(int i) { return Q[i]; }
DELAYED void set_all(void) { for (int i = 0; i < 16; i++) Data[i] = i + 0.5; }

int main(void) {
  set_all();
  double r[6];
  scale(Data, 8, 2.0);
  r[0] = readq(0);
  r[1] = readq(3);
  scale(Data + 6, 4, 10.0);
  r[2] = readq(2);
  r[3] = readq(6);
  Q = Data;
  r[4] = readq(1);
  scale(Q, 2, -1.0);
  r[5] = readq(1);
  for (int i = 0; i < 6; i++) printf("%g ", r[i]);
  printf("%g\n", Data[0]);
  return 0;
}
