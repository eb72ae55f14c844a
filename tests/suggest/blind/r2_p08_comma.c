#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

int main(void) {
  double a[N], b[N], t = 1.0, u = 2.0;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    a[i] = (t = s, t * 2);                 /* fine: t assigned first */
    b[i] = (i % 3 ? (u = s, 1.0) : 0.0);
    b[i] += u; /* u carried when i%3==0 */
  }
  for (i = 0; i < N; i++) printf("%d %.6f %.6f\n", i, a[i], b[i]);
  return 0;
}
