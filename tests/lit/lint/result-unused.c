// RUN: %delayc lint --checks=delayed-result-unused %s | FileCheck %s
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED void fill(DELAYED_OUT_N(n) int *v, int n) { for (int i = 0; i < n; i++) v[i] = i; }
DELAYED int fill_count(DELAYED_OUT_N(n) int *v, int n) { for (int i = 0; i < n; i++) v[i] = i; return n; }

int main(void)
{
    int a = inc(1);
    inc(2);
    (void)inc(3);
    int b = inc(4);
    b = inc(5);
    int scratch[4];
    fill(scratch, 4);
    int used[4];
    fill(used, 4);
    fill_count(used, 4);
    delayed_token t = delayed_after(fill(used, 4));
    delayed_token t2 = delayed_after(fill(used, 4));
    int s = delayed_bind(inc, t2)(used[0]);
    delayed_compute(b, s);
    printf("%d %d %d\n", b, s, used[1]);
    return 0;
}
// CHECK: result-unused.c:11:13: warning: the result of the delayed call of 'inc' is stored in 'a', which is never read or computed: the task is wasted work [delayed-result-unused]
// CHECK: result-unused.c:12:5: warning: the result of the delayed call of 'inc' is discarded
// CHECK: result-unused.c:13:11: warning: the result of the delayed call of 'inc' is discarded
// CHECK: result-unused.c:14:13: warning: the result of the delayed call of 'inc' is stored in 'b', which is overwritten before it is read
// CHECK: result-unused.c:17:5: warning: the output of the delayed call of 'fill' goes to 'scratch', which is never read or computed
// CHECK: result-unused.c:21:23: warning: the token 't' of this delayed_after is never bound or computed: nothing waits for the task of 'fill'
// CHECK-NOT: warning:
// a struct whose pointer member the task writes through: what it writes is
// read by another name (blind round 46b: "goes to 'v', never read")
typedef struct { int *d DELAYED_N(n); int n; } Vec;
DELAYED void bump(DELAYED_INOUT Vec *v) { for (int i = 0; i < v->n; i++) v->d[i] += 100; }
int through_members(void) {
  int mem[4] = {0};
  Vec v = { mem, 4 };
  bump(&v);
  return mem[3];
}
