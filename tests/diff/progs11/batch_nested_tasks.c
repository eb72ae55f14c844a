/* batch_nested_tasks.c — a loop of small calls of a function that spawns tasks itself (a recursive fib): batches run nested tasks. */
#include <stdio.h>
#include "delayed.h"

DELAYED long fib(int n) { if (n < 2) return n; long a = fib(n - 1); long b = fib(n - 2); return a + b; }

int main(void)
{
    enum { N = 2000 };
    static long out[N];
    for (int i = 0; i < N; i++) out[i] = fib(i % 12);
    long s = 0;
    for (int i = 0; i < N; i++) s += out[i];
    printf("%ld\n", s);
    return 0;
}
