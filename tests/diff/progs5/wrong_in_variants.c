/* wrong_in_variants: DELAYED_IN / DELAYED_IN_N parameters that the function
   writes after all: through a helper, through a cast of a const pointer,
   through a local alias into the array, through memset, and through a
   struct member pointer; readers are spawned around the writers and main
   reads right after. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

typedef struct {
  int refs;
  long data[4];
} Obj;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void touch(Obj *o) { o->refs += 10; }

DELAYED long via_helper(DELAYED_IN Obj *o, long work) {
  spin(work);
  touch(o);
  return o->refs;
}

DELAYED long via_cast(DELAYED_IN const Obj *o, long work) {
  spin(work);
  ((Obj *)o)->data[0] += 5;
  return o->data[0];
}

DELAYED long via_alias(DELAYED_IN_N(n) long *a, int n, long work) {
  spin(work);
  long *p = a + 2;
  *p = -1;
  return a[0] + n;
}

DELAYED long via_memset(DELAYED_IN_N(n) long *a, int n, long work) {
  spin(work);
  memset(a, 0, sizeof *a * (size_t)(n / 2));
  return a[n - 1];
}

DELAYED long reader(DELAYED_IN const Obj *o, long work) {
  spin(work);
  return o->refs * 1000 + o->data[0];
}

DELAYED long sum(DELAYED_IN_N(n) const long *a, int n, long work) {
  spin(work);
  long s = 0;
  for (int i = 0; i < n; i++) s += a[i] * (i + 1);
  return s;
}

int main(void) {
  Obj o = {1, {7, 0, 0, 0}};
  long r0 = reader(&o, 600000);
  long h = via_helper(&o, 100000);
  long r1 = reader(&o, 100000);
  long c = via_cast(&o, 100000);
  printf("o: refs=%d data0=%ld\n", o.refs, o.data[0]);
  long r2 = reader(&o, 100000);

  long arr[6] = {1, 2, 3, 4, 5, 6};
  long s0 = sum(arr, 6, 600000);
  long a = via_alias(arr, 6, 100000);
  long s1 = sum(arr, 6, 300000);
  long m = via_memset(arr, 6, 100000);
  printf("arr: %ld %ld %ld %ld\n", arr[0], arr[1], arr[2], arr[5]);
  long s2 = sum(arr, 6, 100000);
  printf("r=%ld %ld %ld h=%ld c=%ld a=%ld m=%ld s=%ld %ld %ld\n", r0, r1, r2, h, c, a, m, s0, s1, s2);
  return 0;
}
