/* pure_memo_types.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* expensive pure functions in loops with repeating arguments of many types */
#include <stdio.h>
#include <math.h>
#include "delayed.h"

typedef enum { RED, GREEN, BLUE } Color;
typedef struct { char tag; double w; } Padded;   /* 7 bytes of padding */
typedef struct { unsigned a : 3; unsigned b : 5; } Bits;

#define WORK(acc, seed, n) for (long _i = 0; _i < (n); _i++) acc = acc * 0.999999 + (double)(seed) * 1e-9

DELAYED_PURE double inv(double x) { double acc = 0; WORK(acc, 1, 200000 + (long)(acc)); return 1.0 / x + 0 * acc; }
DELAYED_PURE double signbit_of(double x) { double acc = 0; WORK(acc, 1, 200000); return signbit(x) ? -1.0 : (isnan(x) ? 99.0 : 1.0) + 0 * acc; }
DELAYED_PURE long double ldf(long double x) { double acc = 0; WORK(acc, 1, 200000); return x * 3 + 0 * acc; }
DELAYED_PURE int fbool(_Bool b) { double acc = 0; WORK(acc, b, 200000); return b ? 11 : 22; }
DELAYED_PURE int fchar(char c) { double acc = 0; WORK(acc, c, 200000); return c * 3 + (acc > 1e9); }
DELAYED_PURE int fenum(Color c) { double acc = 0; WORK(acc, c, 200000); return (int)c * 100 + (acc > 1e9); }
DELAYED_PURE double fpad(Padded p) { double acc = 0; WORK(acc, p.tag, 200000); return p.tag + p.w + 0 * acc; }
DELAYED_PURE int fbits(Bits b) { double acc = 0; WORK(acc, b.a, 200000); return b.a * 100 + b.b + (acc > 1e9); }
DELAYED_PURE float ffloat(float f) { double acc = 0; WORK(acc, 1, 200000); return f * 2 + (float)(0 * acc); }
DELAYED_PURE int fmix(char a, double b, short c) { double acc = 0; WORK(acc, a, 200000); return a + (int)(b * 10) + c + (acc > 1e9); }

int main(void) {
  double zs[6] = {0.0, -0.0, 0.0, -0.0, NAN, -NAN};
  for (int i = 0; i < 6; i++) {
    double r = inv(zs[i]);
    double s = signbit_of(zs[i]);
    printf("inv(%g)=%g sign=%g\n", zs[i], r, s);
  }
  double out[12];
  for (int i = 0; i < 12; i++) out[i] = inv(zs[i % 2]);
  for (int i = 0; i < 12; i++) printf("%g ", out[i]);
  printf("\n");

  long double lds[4] = {1.0L, 1.0L + 1e-18L, 1.0L, 2.0L};
  for (int i = 0; i < 4; i++) { long double r = ldf(lds[i]); printf("ldf %.21Lg\n", r); }

  int acc = 0;
  for (int i = 0; i < 8; i++) { _Bool b = i % 3; int r = fbool(b); acc = acc * 3 + r; }
  printf("bool acc=%d\n", acc);
  for (int i = 0; i < 6; i++) { int r = fbool((_Bool)(i * 2 != 0)); printf("%d ", r); }
  printf("\n");

  int cr[8];
  for (int i = 0; i < 8; i++) cr[i] = fchar((char)(i % 3 + 250));   /* wraps: char may be signed */
  for (int i = 0; i < 8; i++) printf("%d ", cr[i]);
  printf("\n");

  int er[9];
  for (int i = 0; i < 9; i++) er[i] = fenum((Color)(i % 3));
  for (int i = 0; i < 9; i++) printf("%d ", er[i]);
  printf("\n");

  double pr[6];
  for (int i = 0; i < 6; i++) { Padded p; p.tag = (char)(i % 2); p.w = 0.5 * (i % 3); pr[i] = fpad(p); }
  for (int i = 0; i < 6; i++) printf("%g ", pr[i]);
  printf("\n");

  int br[6];
  for (int i = 0; i < 6; i++) { Bits b = {(unsigned)(i % 2), (unsigned)(i % 3)}; br[i] = fbits(b); }
  for (int i = 0; i < 6; i++) printf("%d ", br[i]);
  printf("\n");

  float fr[6];
  float fin[3] = {1.5f, -0.0f, 0.0f};
  for (int i = 0; i < 6; i++) fr[i] = ffloat(fin[i % 3]);
  for (int i = 0; i < 6; i++) printf("%g ", (double)fr[i]);
  printf("\n");

  int mr[8];
  for (int i = 0; i < 8; i++) mr[i] = fmix((char)(i % 2), 0.1 * (i % 4), (short)(70000 + i % 2));
  for (int i = 0; i < 8; i++) printf("%d ", mr[i]);
  printf("\n");
  return 0;
}
