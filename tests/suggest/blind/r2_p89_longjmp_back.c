#include <stdio.h>
#include <string.h>
#include <math.h>
#define N 16
#define M 3000

#include <setjmp.h>
static jmp_buf jb;
int main(void) {
  double a[N];
  volatile double t = 0.5;
  volatile int pass = 0;
  int i;
  if (setjmp(jb)) {
    printf("after jump t=%.6f pass=%d\n", t, pass);
    if (pass >= 2) goto done;
  }
  for (i = 0; i < N; i++) {
    double w = pass; for (int j_ = 0; j_ < M; j_++) w += sin(i + j_ * 1e-3);
    t = w;
    a[i] = t;
  }
  pass = pass + 1;
  longjmp(jb, 1);
done:
  for (i = 0; i < N; i++) printf("%d %.6f\n", i, a[i]);
  return 0;
}
