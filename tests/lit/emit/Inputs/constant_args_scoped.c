/* Constant arguments whose meaning depends on where they are written: a
 * macro redefined inside main, an enumerator and a static const shadowing
 * file-scope ones, sizeof of a local array and of a local type (blind round
 * 55b: an outlined task wrote them before main, printing the file-scope
 * values, or did not build). */
#include <stdio.h>
#include "delayed.h"
#define SCALE 3
enum { LEN = 3 };
static const int W = 2;
DELAYED long work(long x) { long s = 0; for (long i = 0; i < 1000; i++) s += x; return s; }
DELAYED void fillb(DELAYED_OUT_N(n) char *b, int n) { for (int i = 0; i < n; i++) b[i] = (char)('a' + i % 20); }
int main(void) {
#undef SCALE
#define SCALE 4
  enum { LEN = 7 };
  static const int W = 9;
  typedef struct { char c[24]; } Loc;
  char buf[100];
  long a = work(SCALE);
  long b = work(SCALE + 1);
  long c = work(LEN);
  long d = work(W);
  long e = work((long)sizeof(Loc));
  fillb(buf, sizeof buf);
  printf("%ld %ld %ld %ld %ld %d\n", a, b, c, d, e, buf[57]);
  return 0;
}
