// An annotation naming fewer elements than the body touches is an error of
// delayed-mutates-input (the declaration is wrong, not trusted), with the
// declaration to write; emit takes the elements the body touches instead.
// Declarations the body keeps within, and bodies delayc cannot follow, are
// not flagged.
// RUN: not %delayc lint --checks=delayed-mutates-input %s -- -I %S/../../../annotations > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: %delayc emit %s -o %t.c -- -I %S/../../../annotations 2> %t.err
// RUN: FileCheck %s --check-prefix=EMIT < %t.c
#include "delayed.h"

// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'past_n' touches 'p[0]' to 'p[n]', beyond the DELAYED_OUT_N(n) it declares: tasks on the other elements would not wait for it [delayed-mutates-input]
DELAYED void past_n(DELAYED_OUT_N(n) double *p, int n) { for (int i = 0; i <= n; i++) p[i] = i; }
// CHECK: note: declare DELAYED_OUT_N(n + 1) (delayc emit takes it so)

// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'one' touches 'p[0]' to 'p[n - 1]', beyond the DELAYED_INOUT (one element) it declares
DELAYED void one(DELAYED_INOUT double *p, int n) { for (int i = 0; i < n; i++) p[i] *= 2; }
// CHECK: note: declare DELAYED_INOUT_N(n)

// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'short_range' touches 'in[lo - 1]' to 'in[hi]', beyond the DELAYED_IN_RANGE(lo, hi) it declares
DELAYED double short_range(DELAYED_IN_RANGE(lo, hi) const double *in, int lo, int hi)
{
    double s = 0;
    for (int i = lo; i < hi; i++) s += in[i - 1] + in[i + 1];
    return s;
}
// CHECK: note: declare DELAYED_IN_RANGE(lo - 1, hi + 1)

// a use under a condition delayc cannot follow: a warning, not an error
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'guarded' may touch 'p[lo]' to 'p[hi]', beyond the DELAYED_INOUT_RANGE(lo, hi) it declares (under a condition delayc cannot follow)
DELAYED void guarded(DELAYED_INOUT_RANGE(lo, hi) int *p, int lo, int hi)
{
    for (int i = lo; i < hi; i++)
        if (i + 1 < hi) p[i + 1] += p[i];
}
// CHECK: note: declare DELAYED_INOUT_RANGE(lo, hi + 1){{$}}

// within what they declare: not flagged
DELAYED void exact_n(DELAYED_OUT_N(n) double *p, int n) { for (int i = 0; i < n; i++) p[i] = i; }
DELAYED void exact_range(DELAYED_OUT_RANGE(lo, hi) double *p, int lo, int hi) { for (int i = lo; i < hi; i++) p[i] = 0; }
DELAYED void first_only(DELAYED_OUT double *p) { *p = 1; }
DELAYED void fewer(DELAYED_OUT_N(8) double *p) { for (int i = 2; i < 6; i++) p[i] = i; }
// not followed (passed on, bounds that cannot be compared): not flagged
DELAYED void passed(DELAYED_OUT_N(n) double *p, int n, int m) { for (int i = 0; i < m; i++) p[i] = 0; exact_n(p, n); }
DELAYED void other_bound(DELAYED_OUT_N(n) double *p, int n, int m) { for (int i = 0; i < m; i++) p[i] = 0; }
// CHECK-NOT: error:

int main(void)
{
    double a[32] = {0};
    past_n(a, 8);
    past_n(a + 9, 8);
    one(a + 20, 4);
    return (int)short_range(a, 1, 8) + (int)a[3];
}
// emit orders the calls by what the bodies touch: past_n's n + 1 elements
// EMIT: DELAYC_RT_DEP_N(DELAYC_RT_OUT, a[0], (__dc_a0_1) + 1)
// EMIT: DELAYC_RT_DEP_N(DELAYC_RT_OUT, a[9], (__dc_a1_1) + 1)
