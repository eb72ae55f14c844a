/* student_recursion.c — recursion the way a student writes it, with no
 * DELAYED_CUTOFF: DELAYED fib(16), a DELAYED power-set count, binomial
 * coefficients by Pascal's rule, a recursive sum of an array through
 * DELAYED_IN_N halves, and a recursive gcd; each result reused several times. */
#include <stdio.h>
#include "delayed.h"

DELAYED long fib(int n)
{
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

DELAYED long binom(int n, int k)
{
    if (k == 0 || k == n)
        return 1;
    long a = binom(n - 1, k - 1);
    long b = binom(n - 1, k);
    return a + b;
}

DELAYED long rsum(DELAYED_IN_N(n) const int *a, int n)
{
    if (n == 1)
        return a[0];
    int h = n / 2;
    long l = rsum(a, h);
    long r = rsum(a + h, n - h);
    return l + r;
}

DELAYED int gcd(int a, int b)
{
    if (b == 0)
        return a;
    return gcd(b, a % b);
}

DELAYED int subsets(int n, int target, int start)
{
    if (target == 0)
        return 1;
    int c = 0;
    for (int i = start; i <= n && i <= target; i++)
        c += subsets(n, target - i, i + 1);
    return c;
}

int main(void)
{
    int data[100];
    for (int i = 0; i < 100; i++)
        data[i] = (i * i) % 17 - 8;
    long f = fib(16);
    long c = binom(12, 5);
    long s = rsum(data, 100);
    int g = gcd(1071, 462);
    int p = subsets(15, 20, 1);
    printf("fib=%ld binom=%ld sum=%ld gcd=%d subsets=%d\n", f, c, s, g, p);
    printf("reuse: %ld %ld %ld\n", f + c, f * 2 - c, (f + s) % 1000);
    long acc = 0;
    for (int k = 0; k <= 10; k++)
        acc += binom(10, k) * (k % 2 ? -1 : 1) + f;
    printf("alt sum + 11*fib = %ld, gcd again %d\n", acc, gcd(g * 6, 84));
    return 0;
}
