/* covers: blocked update (like LU/Cholesky): diag tile INOUT, panel tiles IN+INOUT, trailing update with 3 tiles */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define B 3
#define NB 3
#define N (B * NB)
DELAYED void diag(DELAYED_INOUT_2D(B, B, N) long *a) {
  for (int i = 0; i < B; i++) a[i * N + i] += 1;
}
DELAYED void panel(DELAYED_IN_2D(B, B, N) const long *d, DELAYED_INOUT_2D(B, B, N) long *p) {
  for (int i = 0; i < B; i++)
    for (int j = 0; j < B; j++) p[i * N + j] = (p[i * N + j] + d[j * N + j]) % 1009;
}
DELAYED void update(DELAYED_IN_2D(B, B, N) const long *l, DELAYED_IN_2D(B, B, N) const long *u, DELAYED_INOUT_2D(B, B, N) long *c) {
  for (int i = 0; i < B; i++)
    for (int j = 0; j < B; j++) {
      long s = 0;
      for (int k = 0; k < B; k++) s += l[i * N + k] * u[k * N + j];
      c[i * N + j] = (c[i * N + j] + s) % 1009;
    }
}

int main(void) {
  long *a = malloc(sizeof(long) * N * N);
  for (int i = 0; i < N * N; i++) a[i] = (i * 37) % 11;
  for (int k = 0; k < NB; k++) {
    long *akk = a + k * B * N + k * B;
    diag(akk);
    for (int j = k + 1; j < NB; j++) panel(akk, a + k * B * N + j * B);
    for (int i = k + 1; i < NB; i++) panel(akk, a + i * B * N + k * B);
    for (int i = k + 1; i < NB; i++)
      for (int j = k + 1; j < NB; j++)
        update(a + i * B * N + k * B, a + k * B * N + j * B, a + i * B * N + j * B);
  }
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) printf("%4ld", a[i * N + j]);
    printf("\n");
  }
  free(a);
  return 0;
}
