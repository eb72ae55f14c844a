#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

#include <setjmp.h>
static jmp_buf jb;
static void maybe_jump(int i) { if (i % 5 == 4) longjmp(jb, 1); }
int main(void) {
  double a[N];
  volatile double t = 6.0;
  int i;
  for (i = 0; i < N; i++) {
    double s = 0;
    for (int j_ = 0; j_ < M; j_++) s += sin(i + j_ * 1e-3);
    if (setjmp(jb) == 0) {
      maybe_jump(i);
      t = s;
    }
    a[i] = t;
  }
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
