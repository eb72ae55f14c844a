// RUN: %delayc lint --checks=delayed-single-task %s | FileCheck %s
#include <stdio.h>
#include "delayed.h"

DELAYED double work(double x) { double s = 0; for (int i = 0; i < 100000; i++) s += x / (i + 1); return s; }
static double serial_part(double x) { double s = 0; for (int i = 0; i < 100000; i++) s += x * i; return s; }

double one_and_wait(double x)
{
    double r = work(x);
    printf("%f\n", r);
    return r;
}

double one_overlapped(double x)
{
    double r = work(x);
    double other = serial_part(x);
    return r + other;
}

double two(double x) { double a = work(x), b = work(x + 1); return a + b; }

// the root of a recursion with a cutoff: its one task spawns the others
// (blind round 45b F7: "call it directly")
DELAYED DELAYED_CUTOFF(n < 20) long fib(int n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
long root(int n)
{
    long r = fib(n);
    printf("%ld\n", r);
    return r;
}

/* a loop written with goto spawns a task per round (blind round 49b: said to
 * spawn one) */
double by_goto(double *r)
{
    int i = 0;
again:
    r[i] = work(i);
    i++;
    if (i < 20) goto again;
    return r[0] + r[19];
}

int main(void) { double r[20]; printf("%f\n", one_and_wait(1) + one_overlapped(2) + two(3) + root(30) + by_goto(r)); return 0; }
// CHECK: single-task.c:10:16: warning: 'one_and_wait' spawns only this task of 'work' and then waits for it: nothing runs in parallel; call it directly, or spawn more work before the wait [delayed-single-task]
// CHECK: single-task.c:11:20: note: the wait for it is here
// CHECK-NOT: warning:
