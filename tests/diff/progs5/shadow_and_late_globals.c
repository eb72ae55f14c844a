/* shadow_and_late_globals: a global shadowed by a local in main (main changes
   the global through a helper, and its own local by name), a global defined
   after main and used by a DELAYED function also defined after main, and a
   block-scope extern declaration through which main writes that global. */
#include <stdio.h>
#include "delayed.h"

static int level = 2;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long scaled(int x, long work) {
  spin(work);
  return (long)x * level;
}

static void set_level(int v) { level = v; }

DELAYED long use_late(int x, long work);
static void bump_late(int by);

int main(void) {
  long r1 = scaled(10, 600000);
  long r2, r3;
  {
    int level = 7;      /* shadows the global */
    set_level(level);   /* the global becomes 7 */
    r2 = scaled(10, 300000);
    level = 9;          /* only the local */
    r3 = scaled(level, 100000);
    printf("local level %d\n", level);
  }
  printf("r1=%ld r2=%ld r3=%ld\n", r1, r2, r3);

  long a = use_late(1, 500000);
  bump_late(5);
  long b = use_late(1, 300000);
  {
    extern int g_late;
    g_late = 100;
  }
  long c = use_late(1, 100000);
  printf("a=%ld b=%ld c=%ld\n", a, b, c);
  return 0;
}

int g_late = 1;

DELAYED long use_late(int x, long work) {
  spin(work);
  return x + g_late;
}

static void bump_late(int by) { g_late += by; }
