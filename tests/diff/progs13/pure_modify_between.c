/* pure_modify_between.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* arguments spelled alike whose values change between the two calls */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED_PURE int sq(int x) {
  int s = 0;
  for (int i = 0; i < 50000; i++) s += (x + i) & 1;
  return x * x + 0 * s;
}
typedef struct { int x, y; } P;
typedef union { int i; float f; } U;

static void bump(int *p) { (*p)++; }
static void bump_arr(int *p) { p[0] += 10; }
static void set_p(P *p) { p->x = 40; }
#define INC(v) ((v) += 1)

int main(void) {
  /* 1. array element, array decays to a pointer passed to a function */
  int arr[2] = {1, 2};
  int a1 = sq(arr[0]);
  bump_arr(arr);
  int a2 = sq(arr[0]);
  printf("arr via call: %d %d\n", a1, a2);

  /* 2. array element through a pointer made by decay */
  int arr2[2] = {3, 4};
  int *q = arr2;
  int b1 = sq(arr2[0]);
  *q = 30;
  int b2 = sq(arr2[0]);
  printf("arr via ptr: %d %d\n", b1, b2);

  /* 3. struct member, struct changed by a call */
  P p = {4, 5};
  int c1 = sq(p.x);
  set_p(&p);
  int c2 = sq(p.x);
  printf("struct via call: %d %d\n", c1, c2);

  /* 4. struct assigned whole */
  P p2 = {6, 7}, p3 = {8, 9};
  int d1 = sq(p2.x);
  p2 = p3;
  int d2 = sq(p2.x);
  printf("struct assign: %d %d\n", d1, d2);

  /* 5. union member written through another member */
  U u; u.i = 5;
  int e1 = sq(u.i);
  u.f = 1.0f;
  int e2 = sq(u.i);
  printf("union: %d %d\n", e1, e2 == sq(1065353216));

  /* 6. macro that assigns */
  int m = 3;
  int f1 = sq(m);
  INC(m);
  int f2 = sq(m);
  printf("macro inc: %d %d\n", f1, f2);

  /* 7. statement expression */
  int n = 4;
  int g1 = sq(n);
  int junk = ({ n = 9; 0; });
  int g2 = sq(n);
  printf("stmt expr: %d %d %d\n", g1, g2, junk);

  /* 8. assignment in an if condition */
  int k = 2;
  int h1 = sq(k);
  if ((k = 11) > 100) puts("never");
  int h2 = sq(k);
  printf("if cond: %d %d\n", h1, h2);

  /* 9. for header */
  int j = 1;
  int i1 = sq(j);
  for (; j < 6; j++) {}
  int i2 = sq(j);
  printf("for header: %d %d\n", i1, i2);

  /* 10. in another delayed call's argument */
  int v = 3;
  int j1 = sq(v);
  int other = sq(v = 12);
  int j2 = sq(v);
  printf("other arg: %d %d %d\n", j1, j2, other);

  /* 11. comma in the declaration of the first call */
  int w = 2;
  int k1 = sq(w), kk = (w = 20);
  int k2 = sq(w);
  printf("decl comma: %d %d %d\n", k1, k2, kk);

  /* 12. memcpy into the argument */
  int mc = 5, src = 50;
  int l1 = sq(mc);
  memcpy(&mc, &src, sizeof mc);
  int l2 = sq(mc);
  printf("memcpy: %d %d\n", l1, l2);

  /* 13. bump through address taken later */
  int bx = 7;
  int n1 = sq(bx);
  bump(&bx);
  int n2 = sq(bx);
  printf("bump: %d %d\n", n1, n2);

  /* 14. x++ in the argument itself */
  int pp = 1;
  int o1 = sq(pp++);
  int o2 = sq(pp++);
  printf("post-inc: %d %d %d\n", o1, o2, pp);

  /* 15. compound assignment */
  int ca = 2;
  int r1 = sq(ca);
  ca <<= 2;
  int r2 = sq(ca);
  printf("compound: %d %d\n", r1, r2);

  /* 16. changed in a nested block between */
  int nb = 3;
  int s1 = sq(nb);
  { { nb--; } }
  int s2 = sq(nb);
  printf("nested block: %d %d\n", s1, s2);

  /* 17. sequence in the second call's own declaration, before it */
  int sd = 5;
  int t1 = sq(sd);
  int dummy = (sd = 6), t2 = sq(sd);
  printf("decl before: %d %d %d\n", t1, t2, dummy);
  return 0;
}
