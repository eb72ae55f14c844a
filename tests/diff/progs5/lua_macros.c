/* lua_macros: Lua-style value macros that declare a local pointer and write
   through it (setobj, setivalue) and a refcount macro INCR(p) ((p)->refs++),
   used in DELAYED functions whose parameters are (wrongly) declared
   DELAYED_IN; main reads the values right after. */
#include <stdio.h>
#include "delayed.h"

typedef struct {
  int tt;
  long v;
} TValue;

typedef struct {
  int refs;
  long data[4];
} Obj;

#define setobj(o1, o2) \
  { TValue *io1 = (o1); const TValue *io2 = (o2); io1->v = io2->v; io1->tt = io2->tt; }
#define setivalue(obj, x) \
  { TValue *io = (obj); io->v = (x); io->tt = 3; }
#define INCR(p) ((p)->refs++)

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long copy_in(DELAYED_IN TValue *dst, DELAYED_IN TValue *src, long work) {
  spin(work);
  setobj(dst, src);
  return dst->v;
}

DELAYED long retain(DELAYED_IN Obj *o, long work) {
  spin(work);
  INCR(o);
  return o->refs;
}

DELAYED long peek(DELAYED_IN const TValue *t, long work) {
  spin(work);
  return t->v * 10 + t->tt;
}

DELAYED void settop(DELAYED_IN TValue *t, long x) {
  setivalue(t, x);
}

int main(void) {
  TValue a = {1, 5}, b = {2, 9};
  long p0 = peek(&a, 800000);
  long c = copy_in(&a, &b, 100000);
  long p1 = peek(&a, 100000);
  settop(&b, 77);
  long p2 = peek(&b, 100000);
  printf("a=%ld/%d b=%ld/%d\n", a.v, a.tt, b.v, b.tt);
  printf("p0=%ld c=%ld p1=%ld p2=%ld\n", p0, c, p1, p2);

  Obj o = {0, {0}};
  long r1 = retain(&o, 500000);
  long r2 = retain(&o, 300000);
  long r3 = retain(&o, 100000);
  printf("refs=%d\n", o.refs);
  printf("r=%ld %ld %ld\n", r1, r2, r3);
  return 0;
}
