/* pure_impure.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* functions marked DELAYED_PURE that are not pure */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

int counter;               /* written by a "pure" function */
int scale = 1;             /* read by a "pure" function, changed by main */
int table[4] = {1, 2, 3, 4};
int *const gp = &scale;    /* a const pointer to mutable data */
_Thread_local int tls = 5;
static int helper_state;
int (*gfn)(int);

static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }

static int helper(int x) { helper_state += x; return helper_state; }
static int read_helper(int x) { return x * scale; }

DELAYED_PURE int with_static(int x) {
  static int calls = 0;
  calls++;
  return x * 1000 + calls;
}
DELAYED_PURE int writes_global(int x) { counter += x; return counter; }
DELAYED_PURE int reads_global(int x) { return x * scale; }
DELAYED_PURE int reads_table(int i) { return table[i & 3] * 10; }
DELAYED_PURE int reads_constptr(int x) { return x * *gp; }
DELAYED_PURE int block_extern(int x) { extern int scale; return x + scale; }
DELAYED_PURE int reads_tls(int x) { return x + tls; }
DELAYED_PURE int via_helper(int x) { return helper(x); }
DELAYED_PURE int via_read_helper(int x) { return read_helper(x); }
DELAYED_PURE int via_fnptr(int x) { return gfn(x); }
DELAYED_PURE int uses_rand(int x) { return x + rand() % 1000; }
DELAYED_PURE int prints(int x) { printf("prints(%d)\n", x); return x; }
DELAYED_PURE int writes_via_gp(int x) { int *p = &counter; *p += x; return *p; }
DELAYED_PURE int reads_env(int x) { return x + (getenv("HOME") != NULL); }

int main(void) {
  int a = with_static(1);
  int b = with_static(1);
  printf("static: %d %d\n", a, b);

  int c = writes_global(2);
  int d = writes_global(2);
  printf("writes_global: %d %d counter=%d\n", c, d, counter);

  int e = reads_global(3);
  scale = 7;
  int f = reads_global(3);
  printf("reads_global: %d %d\n", e, f);

  int g = reads_table(1);
  table[1] = 50;
  int h = reads_table(1);
  printf("reads_table: %d %d\n", g, h);

  scale = 2;
  int i = reads_constptr(4);
  scale = 3;
  int j = reads_constptr(4);
  printf("reads_constptr: %d %d\n", i, j);

  int k = block_extern(1);
  scale = 10;
  int l = block_extern(1);
  printf("block_extern: %d %d\n", k, l);

  int m = reads_tls(1);
  tls = 6;
  int n = reads_tls(1);
  printf("tls: %d %d\n", m, n);

  int o = via_helper(1);
  int p = via_helper(1);
  printf("via_helper: %d %d\n", o, p);

  scale = 4;
  int q = via_read_helper(2);
  scale = 5;
  int r = via_read_helper(2);
  printf("via_read_helper: %d %d\n", q, r);

  gfn = twice;
  int s = via_fnptr(5);
  gfn = thrice;
  int t = via_fnptr(5);
  printf("via_fnptr: %d %d\n", s, t);

  srand(1);
  int u = uses_rand(0);
  int v = uses_rand(0);
  printf("rand: %d %d\n", u, v);

  int w = prints(8);
  int x = prints(8);
  printf("prints: %d %d\n", w, x);

  int y = writes_via_gp(1);
  int z = writes_via_gp(1);
  printf("writes_via_gp: %d %d\n", y, z);

  int e1 = reads_env(1), e2 = reads_env(1);
  printf("env: %d %d\n", e1, e2);

  /* in a loop, where only the memo can help */
  int acc = 0;
  for (int it = 0; it < 6; it++) acc += with_static(it % 2);
  printf("loop static acc=%d\n", acc);
  int acc2 = 0;
  for (int it = 0; it < 6; it++) { scale = it; acc2 += reads_global(1); }
  printf("loop global acc2=%d\n", acc2);
  return 0;
}
