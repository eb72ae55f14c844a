/* while_dowhile.c — covers: `while` and `do`-`while` loops that spawn tasks with an
 * index advanced by ordinary code, a do-while whose condition reads a task result,
 * and a while loop draining a work list built by ordinary code. */
#include <stdio.h>
#include "delayed.h"

DELAYED static int digits(long v)
{
    int d = 1;
    while (v >= 10) {
        v /= 10;
        d++;
    }
    return d;
}

DELAYED static long next(long v) { return v * 3 + 1; }

int main(void)
{
    int dig[40];
    int i = 0;
    long v = 1;
    while (i < 40) {
        dig[i] = digits(v);
        v = v * 2 + 1;
        i++;
    }

    long w = 1;
    int rounds = 0;
    do {
        w = next(w);
        rounds++;
    } while (digits(w) < 12);

    int j = 0;
    long sq[25];
    do {
        sq[j] = next((long)j * j);
        j += 1;
    } while (j < 25);

    int work[] = { 5, 50, 500, 5000, 50000, 500000 };
    int k = 6, lens = 0;
    while (k > 0) {
        k--;
        lens += digits(work[k]);
    }

    long s = 0;
    for (int q = 0; q < 40; q++)
        s += dig[q];
    for (int q = 0; q < 25; q++)
        s += sq[q];
    printf("s=%ld w=%ld rounds=%d lens=%d\n", s, w, rounds, lens);
    return 0;
}
