/* Sizes as constants of an enum declared inside main: a loop body moved into
 * a function of its own could not name them.  Declared at file scope
 * (-DFILE_ENUM), the body is proposed. */
#include <stdio.h>
#ifdef FILE_ENUM
enum { R = 64, N = 3000 };
#endif
int main(void) {
#ifndef FILE_ENUM
  enum { R = 64, N = 3000 };
#endif
  static double out[R][N];
  double t = 0;
  for (int r = 0; r < R; r++)
    for (int k = 0; k < 300; k++)
      for (int i = 0; i < N; i++) out[r][i] += (i % 7) * (k + r) * 1e-9;
  for (int r = 0; r < R; r++) t += out[r][N - 1];
  printf("%.6f\n", t);
  return 0;
}
