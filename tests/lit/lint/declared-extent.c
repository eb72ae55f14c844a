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
#include <stddef.h>
#include <string.h>

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
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'guarded' may touch 'p[lo + 1]' to 'p[hi]', beyond the DELAYED_INOUT_RANGE(lo, hi) it declares (under a condition delayc cannot follow)
DELAYED void guarded(DELAYED_INOUT_RANGE(lo, hi) int *p, int lo, int hi)
{
    for (int i = lo; i < hi; i++)
        if (p[i] > 0) p[i + 1] += p[i];
}
// CHECK: note: declare DELAYED_INOUT_RANGE(lo, hi + 1){{$}}

// shapes beyond `for (i = lo; i < hi; i++) p[i]`: a reversed index, an
// alias, a local bound, a downward loop
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'reversed' touches 'p[0]' to 'p[n]', beyond the DELAYED_OUT_N(n) it declares
DELAYED void reversed(DELAYED_OUT_N(n) int *p, int n) { for (int i = -1; i < n; i++) p[n - 1 - i] = i; }
// CHECK: note: declare DELAYED_OUT_N(n + 1)
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'through_alias' touches 'p[1]' to 'p[n]', beyond the DELAYED_OUT_N(n) it declares
DELAYED void through_alias(DELAYED_OUT_N(n) int *p, int n) { int *q = p + 1; for (int i = 0; i < n; i++) q[i] = i; }
// the alias set once C89-style (declared at the top, `q = p + 1;` in the
// body) is weighed as the declared one (before, not followed)
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'through_set_once' touches 'p[1]' to 'p[n]', beyond the DELAYED_OUT_N(n) it declares
DELAYED void through_set_once(DELAYED_OUT_N(n) int *p, int n) { int *q, i; q = p + 1; for (i = 0; i < n; i++) q[i] = i; }
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'local_bound' touches 'p[lo]' to 'p[hi]', beyond the DELAYED_OUT_RANGE(lo, hi) it declares
DELAYED void local_bound(DELAYED_OUT_RANGE(lo, hi) int *p, int lo, int hi) { int m = hi + 1; for (int i = lo; i < m; i++) p[i] = 0; }
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'downward' touches 'p[lo - 1]' to 'p[hi - 1]', beyond the DELAYED_OUT_RANGE(lo, hi) it declares
DELAYED void downward(DELAYED_OUT_RANGE(lo, hi) int *p, int lo, int hi) { for (int i = hi - 1; i >= lo - 1; i--) p[i] = 0; }
// beyond for some arguments only (n > 1): a warning, and emit checks it at run time
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'stride' may touch 'p[0]' to 'p[2 * n - 2]', beyond the DELAYED_OUT_N(n) it declares, for some arguments: delayc emit checks these accesses when the program runs
DELAYED void stride(DELAYED_OUT_N(n) int *p, int n) { for (int i = 0; i < n; i++) p[2 * i] = i; }
// a pointer kept in a variable: no check can follow it (one handed out, `*keep = p`, is no access)
int *kept;
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayc cannot check the DELAYED_OUT_N(n) that delayed function 'stored' declares on 'p': the pointer is copied, moved or handed on ('kept = p'); tasks on 'p' wait as if it reached all the memory it may
DELAYED void stored(DELAYED_OUT_N(n) int *p, int n, int **keep) { *keep = p; kept = p; p[n - 1] = 0; }
// an index inside a user's macro that stringizes its argument: no check can
// go there (the macro cannot be expanded in its place)
#define AT(p, i) (p)[(i) + off + 0 * (int)sizeof #i]
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayc cannot check the DELAYED_INOUT_N(n) that delayed function 'through_macro' declares on 't': it is used inside a macro's expansion, where no check can go
DELAYED void through_macro(DELAYED_INOUT_N(n) double *t, int n) { int off = 0; for (int i = 1; i < n; i++) t[i] = AT(t, i - 1) * 0.5; }
// row pointers kept in the function's own array: used later, where no check follows
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayc cannot check the DELAYED_OUT_2D(rows, cols, ld) that delayed function 'row_ptrs' declares on 't': the pointer is copied, moved or handed on ('rp[r] = t + r * ld')
DELAYED void row_ptrs(DELAYED_OUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
    double *rp[16];
    for (int r = 0; r < rows && r < 16; r++) rp[r] = t + r * ld;
    for (int r = 0; r < rows && r < 16; r++) for (int c = 0; c < cols; c++) rp[r][c] = 0;
}
// a pointer walked: checked when the program runs, not flagged
DELAYED void walked(DELAYED_OUT_N(n) int *p, int n) { while (n--) *p++ = 0; }

// a block of rows: past its last element on every run, an error; past it for
// large values of its own names (ld > 1), a warning
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'tile_shift' touches 't[1]' to 't[{{.*}}]', beyond the block of rows its DELAYED_OUT_2D(rows, cols, ld) declares: tasks on the other elements would not wait for it
DELAYED void tile_shift(DELAYED_OUT_2D(rows, cols, ld) double *t, size_t rows, size_t cols, size_t ld) {
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) t[i * ld + j + 1] = 0;
}
// CHECK: note: its last row ends before element (rows - 1) * ld + cols; declare the rows and columns it touches (delayc emit takes it as reaching all the memory it may)
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'tile_row_more' may touch 't[0]' to 't[{{.*}}]', beyond the block of rows its DELAYED_OUT_2D(rows, cols, ld) declares, for some arguments
DELAYED void tile_row_more(DELAYED_OUT_2D(rows, cols, ld) double *t, size_t rows, size_t cols, size_t ld) {
    for (size_t i = 0; i <= rows; i++)
        for (size_t j = 0; j < cols; j++) t[i * ld + j] = 0;
}

// within what they declare: not flagged
DELAYED void exact_n(DELAYED_OUT_N(n) double *p, int n) { for (int i = 0; i < n; i++) p[i] = i; }
DELAYED void exact_range(DELAYED_OUT_RANGE(lo, hi) double *p, int lo, int hi) { for (int i = lo; i < hi; i++) p[i] = 0; }
DELAYED void first_only(DELAYED_OUT double *p) { *p = 1; }
DELAYED void fewer(DELAYED_OUT_N(8) double *p) { for (int i = 2; i < 6; i++) p[i] = i; }
DELAYED void tile(DELAYED_OUT_N(rows * cols) int *p, int rows, int cols) {
    for (int r = 0; r < rows; r++) { int *row = p + r * cols; for (int c = 0; c < cols; c++) row[c] = r + c; }
}
DELAYED void back(DELAYED_OUT_N(n) int *p, int n) { for (int i = n - 1; i >= 0; i--) p[n - 1 - i] = i; }
DELAYED void tile_rows(DELAYED_OUT_2D(rows, cols, ld) float *t, int rows, int cols, int ld) {
    for (int r = 0; r < rows; r++) { float *row = t + r * ld; for (int c = 0; c < cols; c++) row[c] = 0; }
}
DELAYED void tile_const(DELAYED_INOUT_2D(4, 8, 64) float *t) {
    for (int r = 0; r < 4; r++) for (int c = 0; c < 8; c++) t[64 * r + c] += 1;
}
// a library call's bytes, in elements: a constant past the declaration is an
// error; a struct cleared whole, or n elements copied, are inside
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'label' touches 'slot[0]' to 'slot[15]', beyond the DELAYED_OUT_N(8) it declares
DELAYED void label(DELAYED_OUT_N(8) char *slot, const char *src) { strncpy(slot, src, 16); }
struct tally { long n; long hist[8]; };
DELAYED void clear_tally(DELAYED_OUT struct tally *t) { memset(t, 0, sizeof *t); }
DELAYED void copy_n(DELAYED_OUT_N(n) long *dst, DELAYED_IN_N(n) const long *src, int n) { memcpy(dst, src, sizeof(long) * (size_t)n); }
// a local set in the loop and bounded by a guard: inside past the guard; a
// guard one too loose reaches p[n]
DELAYED void clamped(DELAYED_OUT_N(n) float *p, int n, int r) { for (int i = 0; i < n; i++) { int j; j = i + r; if (j < 0 || j >= n) continue; p[j] = 1; } }
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'loose' may touch 'p[0]' to 'p[n]', beyond the DELAYED_OUT_N(n) it declares (under a condition delayc cannot follow)
DELAYED void loose(DELAYED_OUT_N(n) float *p, int n, int r) { for (int i = 0; i < n; i++) { int j; j = i + r; if (j < 0 || j > n) continue; p[j] = 1; } }
// the pointer with more arithmetic, *(p + n - 1): weighed as p[n - 1]; one
// more element is beyond (before, neither was followed: "the pointer is
// copied, moved or handed on")
DELAYED void edges(DELAYED_OUT_N(n) double *p, int n) { for (int i = 1; i < n - 1; i++) p[i] = i; *p = 0; *(p + n - 1) = 0; }
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'edges_past' touches 'p[n]', beyond the DELAYED_OUT_N(n) it declares
DELAYED void edges_past(DELAYED_OUT_N(n) double *p, int n) { for (int i = 0; i < n; i++) p[i] = i; *(p + n - 1 + 1) = 0; }
// CHECK: note: declare DELAYED_OUT_N(n + 1)
// CHECK-NOT: cannot check the DELAYED_OUT_N(n) that delayed function 'edges'
// a mask or an unsigned remainder bounds an index: t[x & 255] and
// t[(x >> 8) % 256u] are inside 256 elements; a mask past the declaration
// may go beyond (not every run reaches the mask's top)
DELAYED double lut(DELAYED_IN_N(256) const double *t, unsigned x) { return t[x & 255] + t[(x >> 8) % 256u]; }
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'wide' may touch 't[0]' to 't[511]', beyond the DELAYED_IN_N(256) it declares
DELAYED double wide(DELAYED_IN_N(256) const double *t, unsigned x) { return t[x & 511]; }
// CHECK-NOT: delayed function 'lut'
// a C89 alias within the declaration; one whose offset changes after it is
// set (k = n), or that is used before it is set, is not taken as p + k
DELAYED void within_set_once(DELAYED_OUT_N(n) int *p, int n) { int *q, i; q = p + 1; for (i = 0; i < n - 1; i++) q[i] = i; }
DELAYED void offset_moves(DELAYED_OUT_N(n) int *p, int n, int k) { int *q; q = p + k; k = n; q[0] = k; }
DELAYED void set_after_use(DELAYED_OUT_N(n) int *p, int n) { int *q = p, i; for (i = 0; i < n; i++) { q[0] = i; q = p + n; } }
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
// a struct member's count: P->m[i + 1] in the loop up to P->n reaches
// P->m[P->n], past DELAYED_N(n) on every run (blind round 44: lint said
// nothing; the emitted program stopped); within the count, nothing
typedef struct { int n; int *prefix DELAYED_N(n); } Scan;
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'scan_past' touches 's->prefix[s->n]', beyond the DELAYED_N(n) its struct declares on 'prefix'
DELAYED void scan_past(DELAYED_INOUT Scan *s) { for (int i = 0; i < s->n; i++) s->prefix[i + 1] = s->prefix[i] + 1; }
// CHECK: note: declare DELAYED_N(n + 1) on 'prefix' where 'Scan' declares it
DELAYED void scan_within(DELAYED_INOUT Scan *s) { for (int i = 0; i + 1 < s->n; i++) s->prefix[i + 1] = s->prefix[i] + 1; }
// CHECK-NOT: 'scan_within'
// a count that halves its parameter, DELAYED_INOUT_N(n / 2), against a loop
// over all n (lint said nothing: n / 2 is no polynomial); the loops that
// stay within n / 2 are not flagged
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: delayed function 'halved' touches 'p[0]' to 'p[n - 1]', beyond the DELAYED_INOUT_N(n / 2) it declares
DELAYED void halved(DELAYED_INOUT_N(n / 2) double *p, int n) { for (int i = 0; i < n; i++) p[i] *= 2; }
// CHECK: note: declare DELAYED_INOUT_N(n) (delayc emit takes it so)
DELAYED void halved_within(DELAYED_INOUT_N(n / 2) double *p, int n) { for (int i = 0; i < n / 2; i++) p[i] *= 2; }
DELAYED void halved_pairs(DELAYED_INOUT_N(n / 2) double *p, int n) { for (int i = 0; 2 * i + 1 < n; i++) p[i] *= 2; }
DELAYED void halved_sum(DELAYED_INOUT_N(a + n / 2) double *p, int a, int n) { for (int i = 0; i < a; i++) p[i] *= 2; }
// CHECK-NOT: 'halved_
// a body that changes what a struct's counts name: its tasks' regions, read
// at their spawn, would not be what it reaches (blind round 46b: a race)
typedef struct { int *d DELAYED_N(n); int n; int cap; } Grow;
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'grow' changes what the counted members of 'v' name ('v->n += 2')
DELAYED void grow(DELAYED_INOUT Grow *v) { v->n += 2; for (int i = 0; i < v->n; i++) v->d[i] = i; }
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: warning: delayed function 'push' changes what the counted members of 'v' name ('v->n++')
DELAYED void push(DELAYED_INOUT Grow *v, int x) { if (v->n < v->cap) v->d[v->n++] = x; }
DELAYED void keep(DELAYED_INOUT Grow *v) { int n = v->n; n += 2; for (int i = 0; i < v->n; i++) v->d[i] = n; }
// CHECK-NOT: 'keep'
// a range written the wrong way round, (hi, lo), over a loop [lo, hi): it
// names no element, and the emitted program stopped at its first use (blind
// round 47b); the range the body touches is the one to write, and emit
// takes it ((lo, hi), written so, is not flagged)
// CHECK: declared-extent.c:[[@LINE+1]]:{{[0-9]+}}: error: the DELAYED_OUT_RANGE(hi, lo) of delayed function 'swapped' is reversed: its body touches p[lo .. hi - 1], and a range is (first, end)
DELAYED void swapped(DELAYED_OUT_RANGE(hi, lo) int *p, int lo, int hi) { for (int i = lo; i < hi; i++) p[i] = i; }
// CHECK: note: declare DELAYED_OUT_RANGE(lo, hi) (delayc emit takes it so)
DELAYED void in_order(DELAYED_OUT_RANGE(lo, hi) int *p, int lo, int hi) { for (int i = lo; i < hi; i++) p[i] = i; }
// CHECK-NOT: 'in_order'
