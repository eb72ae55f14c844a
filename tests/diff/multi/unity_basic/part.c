/* unity_basic/part.c — area 5: compiled only as part of main.c (#include "part.c"),
 * like an amalgamation.  DELAYED kernels and a helper that spawns delayed calls. */
#include "delayed.h"

DELAYED int inc(int x) {
  return x + 1;
}

DELAYED int dbl(int x) {
  return 2 * x;
}

DELAYED int add(int a, int b) {
  return a + b;
}

static void run_batch(const int *data, int *restrict output, int n) {
  for (int i = 0; i < n; i++) {
    int a = inc(data[i]);
    int b = dbl(data[i]);
    output[i] = add(a, b);
  }
}

static int checksum(const int *v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s = s * 31 + v[i];
  return s;
}
