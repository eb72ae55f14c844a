/* written blind: tasks reading data that holds pointers, locals published to them, statics no pointer reaches (l11_remember_global) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"
static const int *saved;
static void remember(const int *x) { saved = x; }
typedef struct N { const int *d; struct N *next; } N;
DELAYED long rd_saved(int k) { usleep(10000); return saved[k]; }
DELAYED long rd(const int *p) { usleep(10000); return p[1]; }
DELAYED long idle(int k) { usleep(1000); return k; }
int main(void) {
  int local[4] = {1, 2, 3, 4};
  int other[4] = {5, 6, 7, 8};
  int *p = other;
  remember(p);                   /* publishes 'other' through a local pointer */
  long a = rd_saved(1);
  long b = rd(saved);
  long i1 = idle(1);
  other[1] = 60;                 /* must wait for both readers */
  remember(local);
  long c = rd_saved(2);
  long i2 = idle(2);
  local[2] = 30;
  printf("%ld %ld %ld %ld %ld\n", a, b, c, i1, i2);
  return 0;
}
