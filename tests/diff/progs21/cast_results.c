/* Results stored with a cast to the type they are stored as, `img[k] =
 * (float)shade(k)`, `int v = (int)g(x)`: the conversion the store makes
 * anyway, so the calls are tasks (blind round 53a: they ran inline); a cast to
 * another type than the target's (`lv[i] = (short)g(i)`, a long) keeps its
 * double conversion, inline. */
#include <stdio.h>
#include "delayed.h"
DELAYED static double shade(int k) {
  double s = 0;
  for (int r = 0; r < 20000; r++) s += (double)((k * 31 + r) % 97) / 7.0;
  return s;
}
DELAYED static double g(int x) { double s = 0; for (int r = 0; r < 30000; r++) s += (x ^ r) & 5; return s * 1.37 - 9000.5; }
int main(void) {
  float img[16];
  long lv[8];
  unsigned char px[8];
  for (int k = 0; k < 16; k++) img[k] = (float)shade(k);
  for (int i = 0; i < 8; i++) lv[i] = (short)g(i * 3);
  for (int i = 0; i < 8; i++) px[i] = (unsigned char)g(i + 1);
  int v = (int)g(5);
  double t = v;
  for (int k = 0; k < 16; k++) t += img[k];
  for (int i = 0; i < 8; i++) t += lv[i] + px[i];
  printf("%.3f\n", t);
  return 0;
}
