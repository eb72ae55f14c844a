/* cond_while.c — covers: delayed results in `while` conditions (collatz step until
 * 1, Newton iteration until the residual is small), a `for` condition on a result,
 * and a loop-carried variable reassigned from a task each iteration. */
#include <stdio.h>
#include "delayed.h"

DELAYED static long collatz_step(long n) { return n % 2 ? 3 * n + 1 : n / 2; }

DELAYED static double newton(double x, double a) { return 0.5 * (x + a / x); }

DELAYED static double residual(double x, double a)
{
    double r = x * x - a;
    return r < 0 ? -r : r;
}

DELAYED static int next_pow2(int n)
{
    int p = 1;
    while (p < n)
        p *= 2;
    return p;
}

int main(void)
{
    long n = 27;
    int steps = 0;
    while (n != 1) {
        n = collatz_step(n);
        steps++;
    }
    printf("collatz(27) steps=%d\n", steps);

    double a = 2.0, x = 1.0;
    int iters = 0;
    while (residual(x, a) > 1e-12) {
        x = newton(x, a);
        iters++;
    }
    printf("sqrt(2)=%.12f after %d iterations\n", x, iters);

    int total = 0;
    for (int k = 1; k < next_pow2(100); k *= 3)
        total += k;
    printf("total=%d\n", total);
    return 0;
}
