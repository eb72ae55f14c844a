#include <stdio.h>
#include "delayed.h"
double out[4];
DELAYED void work(int i) {
  double s = 0;
  for (long k = 0; k < 200000; k++) s += (k % (i + 3)) * 1e-9;
  out[i] = s;
}
DELAYED double work_value(int i) {
  double s = 0;
  for (long k = 0; k < 200000; k++) s += (k % (i + 3)) * 1e-9;
  return s;
}
int main(void) {
  for (int i = 0; i < 4; i++) work(i);
#ifdef FIXED
  double back[4];
  for (int i = 0; i < 4; i++) back[i] = work_value(i);
  for (int i = 0; i < 4; i++) out[i] -= back[i];
#endif
  for (int i = 0; i < 4; i++) printf("%.6f\n", out[i]);
  return 0;
}
