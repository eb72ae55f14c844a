/* walk_sum.c — extent checks on a pointer that walks its block (*q++, one
 * check an element; `for (q = p; q < end; q++)` is shown at compile time and
 * costs nothing). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define N (1 << 24)
#define BLOCKS 4

DELAYED long walk_sum(DELAYED_IN_N(n) const int *p, int n) {
    long s = 0;
    for (int r = 0; r < 16; r++)
    {
        const int *q = p;
        for (int i = 0; i < n; i++) s += *q++ ^ r;
    }
    return s;
}

int main(void) {
    int *a = malloc(sizeof *a * N);
    if (!a) return 1;
    for (int i = 0; i < N; i++) a[i] = i % 977;
    long t[BLOCKS];
    for (int k = 0; k < BLOCKS; k++) t[k] = walk_sum(a + k * (N / BLOCKS), N / BLOCKS);
    long s = 0;
    for (int k = 0; k < BLOCKS; k++) s += t[k];
    printf("%ld\n", s);
    free(a);
    return 0;
}
