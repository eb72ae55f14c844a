/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (l10_local_ptr_direct) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"
typedef struct View { const int *d; int n; } View;
DELAYED long rd(const int *p) { usleep(10000); return p[0] * 10 + p[1]; }
DELAYED long rdn(DELAYED_IN_N(n) const int *p, int n) { usleep(10000); long s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }
DELAYED long rdv(View v) { usleep(10000); long s = 0; for (int i = 0; i < v.n; i++) s += v.d[i]; return s; }
DELAYED long idle(int k) { usleep(1000); return k; }
int main(void) {
  int local[4] = {1, 2, 3, 4};
  int *p = local;
  const int *q = &local[1];
  View v = { &local[0], 4 };
  long r1 = rd(p);
  long r2 = rdn(q, 3);
  long r3 = rdv(v);
  long i1 = idle(1);
  local[0] = 100; local[3] = 7;
  long r4 = rd(p);
  long r5 = rdv(v);
  long i2 = idle(2);
  local[1] = -5;
  printf("%ld %ld %ld %ld %ld %ld %ld\n", r1, r2, r3, r4, r5, i1, i2);
  return 0;
}
