/* counters.c — tallies over a sample vector written as out-parameters.  Both
 * (*p)++ and ++*p, a compound assignment and a plain store through an unmarked
 * pointer are writes; advancing a pointer parameter (v++) writes the local copy,
 * not the memory; a non-const pointer that is only read is fine; DELAYED_INOUT
 * allows the write. */
#include <stdio.h>
#include "delayed.h"

#define N 4096

DELAYED int tally_even(const int *v, int n, int *evens)
{
    int odd = 0;
    for (int i = 0; i < n; i++) {
        if (v[i] % 2 == 0)
            (*evens)++; // expect: delayed-mutates-input
        else
            odd++;
    }
    return odd;
}

DELAYED int tally_negative(const int *v, int n, int *neg)
{
    int seen = 0;
    while (n-- > 0) {
        if (*v++ < 0)
            ++*neg; // expect: delayed-mutates-input
        seen++;
    }
    return seen;
}

DELAYED int tally_big(const int *v, int n, DELAYED_INOUT int *big)
{
    for (int i = 0; i < n; i++)
        if (v[i] > 100)
            (*big)++;
    return *big;
}

DELAYED int largest(int *v, int n)
{
    int m = v[0];
    for (int i = 1; i < n; i++)
        if (v[i] > m)
            m = v[i];
    return m;
}

DELAYED int drain(int *budget, int cost)
{
    int before = *budget;
    *budget -= cost; // expect: delayed-mutates-input
    if (*budget < 0)
        *budget = 0; // expect: delayed-mutates-input
    return before;
}

int main(void)
{
    static int v[N];
    for (int i = 0; i < N; i++)
        v[i] = (i * 37) % 301 - 150;
    int evens = 0, neg = 0, big = 0, budget = 1000;
    int odd = tally_even(v, N, &evens);
    int seen = tally_negative(v, N, &neg);
    int nbig = tally_big(v, N, &big);
    int m = largest(v, N);
    int before = drain(&budget, 250);
    printf("%d %d %d %d %d %d %d %d\n", odd, evens, seen, neg, nbig, m, before, budget);
    return 0;
}
