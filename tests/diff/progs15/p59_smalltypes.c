/* least and greatest of unsigned char, short, char, float, unsigned short, long long (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

unsigned char ucmin = 255;
short smax = -32768;
char cmax = 0;
float fmax_ = -1e30f;
long lmax = -1;
unsigned short usmin = 65535;
long long llmin = 1LL << 62;

DELAYED void see(int i) {
  usleep(3000 + 2000 * (i % 4));
  unsigned char uc = (unsigned char)(i * 37 + 11);
  if (uc < ucmin) ucmin = uc;
  short s = (short)(i * 1234 - 5000);
  if (s > smax) smax = s;
  char c = (char)('a' + i % 26);
  if (c > cmax) cmax = c;
  float f = (float)i / 7.0f;
  if (fmax_ < f) fmax_ = f;
  int iv = i * 100 - 300;
  if (iv > lmax) lmax = iv;
  unsigned short us = (unsigned short)(i * 5001);
  if (us <= usmin) usmin = us;
  long long ll = (long long)i * -1000000007LL;
  if (ll < llmin) llmin = ll;
}

int main(void) {
  for (int i = 0; i < 20; i++) see(i);
  printf("%u %d %c %.9g %ld %u %lld\n", ucmin, smax, cmax, fmax_, lmax, usmin, llmin);
  return 0;
}
