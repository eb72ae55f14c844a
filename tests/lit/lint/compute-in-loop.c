// RUN: %delayc lint --checks=delayed-compute-in-loop %s | FileCheck %s
#include <stdio.h>
#include "delayed.h"

DELAYED double work(double x) { double s = 0; for (int i = 0; i < 100000; i++) s += x / (i + 1); return s; }
DELAYED double add(double a, double b) { return a + b; }
DELAYED void scale(DELAYED_INOUT_N(n) double *blk, int n) { for (int i = 0; i < n; i++) blk[i] *= 2; }

/* a table of blocks: the tasks write the blocks, not the table, so testing
 * its entries in the loop waits for nothing (sparselu) */
double blocks(double **M, int nb, int n)
{
    double s = 0;
    for (int k = 0; k < nb; k++) {
        scale(M[k], n);
        if (M[(k + 1) % nb] != NULL)
            s += 1;
    }
    return s;
}

int main(void)
{
    double out[8], total = 0;
    for (int i = 0; i < 8; i++) {
        double r = work(i);
        delayed_compute(r);
        total += r;
    }
    for (int i = 0; i < 8; i++) {
        double a = work(i), b = work(i + 1);
        double c = add(a, b);
        out[i] = c;
        if (c > 100)
            total += 1;
    }
    for (int i = 0; i < 8; i++)
        total += work(i);
    /* a result stored in a member of an element (blind round 43): read in
     * the loop it is waited for; stored and read after the loop, not */
    struct { double x, y; } pts[8];
    for (int i = 0; i < 8; i++) {
        pts[i].x = work(i);
        if (pts[i].x > 100)
            total += 1;
    }
    for (int i = 0; i < 8; i++)
        pts[i].y = work(i);
    for (int i = 0; i < 8; i++)
        total += pts[i].x + pts[i].y;
    /* the good way: spawn everything, then read */
    double res[8];
    for (int i = 0; i < 8; i++)
        res[i] = add(work(i), 1.0);
    for (int i = 0; i < 8; i++)
        total += res[i] + out[i];
    printf("%f\n", total);
    return 0;
}
// CHECK-NOT: pending result 'M'
// CHECK: compute-in-loop.c:27:9: warning: delayed_compute inside a loop that spawns tasks: every iteration waits for its tasks, and nothing overlaps; collect the results and compute once after the loop [delayed-compute-in-loop]
// CHECK: compute-in-loop.c:26:20: note: the pending result comes from this delayed call of 'work'
// CHECK: compute-in-loop.c:34:13: warning: reading the pending result 'c' inside a loop that spawns tasks
// CHECK: compute-in-loop.c:32:20: note: the pending result comes from this delayed call of 'add'
// CHECK-NOT: compute-in-loop.c:38:{{.*}}[delayed-compute-in-loop]
// CHECK: compute-in-loop.c:44:13: warning: reading the pending result 'pts' inside a loop that spawns tasks
// CHECK-NOT: warning:{{.*}}[delayed-compute-in-loop]

/* a list's nodes handed to a task by their pointer: `p` itself is no pending
 * result (blind round 43 named it one); and as emit leaves the call serial
 * (a node holds a pointer it cannot track: delayed-stays-serial says so),
 * nothing is pending when the loop reads `p->next` (blind round 50b) */
typedef struct Node { double val; struct Node *next; } Node;
DELAYED void touch(DELAYED_INOUT Node *n) { n->val += 1; }
void walk(Node *head) { for (Node *p = head; p; p = p->next) touch(p); }
// CHECK-NOT: compute-in-loop.c:[[@LINE-1]]:{{.*}}[delayed-compute-in-loop]

/* `total += work(i)` is a task and an update after it (no wait: blind round
 * 50b), until the loop reads total; `buf[i]` written before the call that
 * updates `buf[i]` is the next iteration's element, read after it the same */
DELAYED void upcase(DELAYED_INOUT_N(n) char *s, int n) { for (int i = 0; i < n && s[i]; i++) s[i] -= 32; }
double updates(char (*buf)[16]) {
    double total = 0;
    for (int i = 0; i < 8; i++) { total += work(i); if (total > 1e9) break; }
    for (int i = 0; i < 8; i++) { buf[i][0] = 'a'; upcase(buf[i], 16); }
    for (int i = 0; i < 8; i++) { upcase(buf[i], 16); if (buf[i][1] == 'Q') break; }
    return total;
}
// CHECK: compute-in-loop.c:[[@LINE-5]]:{{[0-9]+}}: warning: reading the pending result 'total' inside a loop that spawns tasks
// CHECK-NOT: compute-in-loop.c:[[@LINE-5]]:{{.*}}[delayed-compute-in-loop]
// CHECK: compute-in-loop.c:[[@LINE-5]]:{{[0-9]+}}: warning: reading the pending result 'buf' inside a loop that spawns tasks

/* a result stored through *(o + i) is an element, as o[i] (blind round 47b:
 * "using the result at once"); a macro's `do { ... } while (0)` is no loop */
#define TWICE(v) do { v = work(v); v = work(v); } while (0)
double by_pointer(double *o, int n) {
    for (int i = 0; i < n; i++) *(o + i) = work(i);
    double v = 1;
    TWICE(v);
    return v;
}
// CHECK-NOT: compute-in-loop.c:[[@LINE-5]]:{{.*}}[delayed-compute-in-loop]
// CHECK-NOT: compute-in-loop.c:[[@LINE-4]]:{{.*}}[delayed-compute-in-loop]

/* a cursor over the results (`j->out = f(j->in); ++j;`, `*p = work(k); p++;`)
 * reads no pending result: the pointer moves, the elements are written; and a
 * call on one side of && or ?: stays serial (delayed-stays-serial says so):
 * nothing is pending (blind round 49b) */
typedef struct { double in, out; } Job;
void cursors(Job *jobs, double *a, int n) {
    Job *j = jobs;
    while (j != jobs + n) { j->out = work((int)j->in); ++j; }
    double *p = a;
    for (int k = 0; k < n; k++) { *p = work(k); p++; }
    for (int i = 0; i < n; i++) { int q = i > 3 && work(i) > 0; a[i] += q; }
}
// CHECK-NOT: compute-in-loop.c:[[@LINE-5]]:{{.*}}[delayed-compute-in-loop]
// CHECK-NOT: compute-in-loop.c:[[@LINE-4]]:{{.*}}[delayed-compute-in-loop]
// CHECK-NOT: compute-in-loop.c:[[@LINE-4]]:{{.*}}[delayed-compute-in-loop]

/* another member of the struct the results go to (`i < G.n` beside G.v[i])
 * is no pending result (blind round 52b); the element itself is */
struct { double v[8]; int n; } G;
void members(void) {
    for (int i = 0; i < G.n; i++) G.v[i] = work(i);
    for (int i = 0; i < G.n; i++) { G.v[i] = work(i); if (G.v[i] > 1e9) break; }
}
// CHECK-NOT: compute-in-loop.c:[[@LINE-3]]:{{.*}}[delayed-compute-in-loop]
// CHECK: compute-in-loop.c:[[@LINE-3]]:{{[0-9]+}}: warning: reading the pending result 'G' inside a loop that spawns tasks
