/* pure_static_local.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* static locals and recursion, asm outputs, setjmp: a local changed between two calls without an assignment there */
#include <stdio.h>
#include <setjmp.h>
#include "delayed.h"

DELAYED_PURE int sq(int x) {
  int s = 0;
  for (int i = 0; i < 50000; i++) s += (x + i) & 1;
  return x * x + 0 * s;
}

/* a recursive walk with a static depth counter */
static int walk(int n, int *log, int *k) {
  static int depth = 0;
  depth++;
  int a = sq(depth);
  if (n > 0) walk(n - 1, log, k);   /* changes depth, no assignment here */
  int b = sq(depth);
  log[(*k)++] = a * 1000 + b;
  return 0;
}

/* a static result variable changed by a recursive call between */
static int walk2(int n) {
  static int a;
  a = sq(n);
  if (n > 0) walk2(n - 1);          /* overwrites a */
  int b = sq(n);
  return a * 1000 + b;
}

static int counter_fn(void) {
  static int c = 0;
  int a = sq(c);
  c = c + 1;
  int b = sq(c);
  return a * 1000 + b;
}

int main(void) {
  int log[16], k = 0;
  walk(3, log, &k);
  for (int i = 0; i < k; i++) printf("%d ", log[i]);
  printf("\n");
  printf("walk2: %d\n", walk2(3));
  int cf1 = counter_fn();
  int cf2 = counter_fn();
  printf("counter: %d %d\n", cf1, cf2);

#if defined(__x86_64__)
  int x = 3;
  int a = sq(x);
  __asm__ volatile("addl $4, %0" : "+r"(x));
  int b = sq(x);
  printf("asm: %d %d\n", a, b);
#endif

  static jmp_buf jb;
  volatile int y = 2;
  volatile int round = 0;
  int c = sq(y);
  setjmp(jb);
  int d = sq(y);
  printf("setjmp round %d: %d %d\n", (int)round, c, d);
  if (round++ == 0) { y = 5; longjmp(jb, 1); }

  volatile int vz = 4;
  int e = sq(vz);
  int f = sq(vz);
  printf("volatile: %d %d\n", e, f);
  return 0;
}
