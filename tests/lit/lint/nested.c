// RUN: %delayc lint --checks=delayed-nested %s | FileCheck %s
#include "delayed.h"

DELAYED int leaf(int x) { return x * 3; }
DELAYED int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
DELAYED DELAYED_CUTOFF(n < 20) int fibc(int n) { return n < 2 ? n : fibc(n - 1) + fibc(n - 2); }
DELAYED int outer(int x) { return leaf(x) + delayed(leaf)(x + 1); }
int plain(int x) { return leaf(x) + fibc(x); }
// a mutual recursion whose functions both have a cutoff is divide and conquer
// too (blind round 45b F8); where one has none, its calls are reported
DELAYED DELAYED_CUTOFF(n < 12) long even_w(int n);
DELAYED DELAYED_CUTOFF(n < 12) long odd_w(int n) { return n <= 0 ? 2 : even_w(n - 1) + even_w(n - 3); }
DELAYED DELAYED_CUTOFF(n < 12) long even_w(int n) { return n <= 0 ? 1 : odd_w(n - 1) + odd_w(n - 2); }
DELAYED long ping(int n);
DELAYED DELAYED_CUTOFF(n < 12) long pong(int n) { return n <= 0 ? 2 : ping(n - 1); }
DELAYED long ping(int n) { return n <= 0 ? 1 : pong(n - 1); }
// the combining step of a divide and conquer with its cutoff (merge after the
// two halves) is part of the recursion's graph (blind round 50b: reported)
DELAYED void merge(DELAYED_INOUT_RANGE(lo, hi) int *a, int lo, int mid, int hi) { a[lo] += a[mid] + hi; }
DELAYED DELAYED_CUTOFF(hi - lo < 64) void msort(DELAYED_INOUT_RANGE(lo, hi) int *a, int lo, int hi) {
  if (hi - lo < 2) return;
  int mid = lo + (hi - lo) / 2;
  msort(a, lo, mid);
  msort(a, mid, hi);
  merge(a, lo, mid, hi);
}

int main(void) { int r = outer(1) + fib(5) + plain(3); delayed_compute(r); return r; }
// CHECK: nested.c:5:45: warning: recursive delayed call of 'fib' without a cutoff: every level of the recursion spawns tasks, down to the smallest [delayed-nested]
// CHECK: nested.c:5:13: note: add DELAYED_CUTOFF(<condition on the parameters>) to 'fib', e.g. DELAYED_CUTOFF(n < 20), so that small calls run inline
// CHECK: nested.c:5:58: warning: recursive delayed call of 'fib' without a cutoff
// CHECK: nested.c:7:35: warning: delayed call of 'leaf' inside the delayed function 'outer': the task graph is built inside a task; call 'leaf' from the caller instead [delayed-nested]
// CHECK: nested.c:7:13: note: 'outer' is delayed here
// CHECK: nested.c:7:45: warning: delayed call of 'leaf' inside the delayed function 'outer'
// CHECK: nested.c:15:{{[0-9]+}}: warning: delayed call of 'ping' inside the delayed function 'pong'
// CHECK: nested.c:16:{{[0-9]+}}: warning: delayed call of 'pong' inside the delayed function 'ping'
// CHECK-NOT: warning:
