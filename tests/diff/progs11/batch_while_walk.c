/* batch_while_walk.c — a while loop walking two pointers, results through the output pointer. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int clamp100(int x) { return x < 0 ? 0 : x > 100 ? 100 : x; }

static void clamp_all(const int *p, const int *end, int *q)
{
    while (p < end) {
        *q = clamp100(*p);
        q++;
        p++;
    }
}

int main(void)
{
    int n = 80000;
    int *a = malloc(sizeof(int) * (size_t)n), *b = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) a[i] = (i * 37) % 301 - 100;
    clamp_all(a, a + n, b);
    long s = 0;
    for (int i = 0; i < n; i++) s += b[i];
    printf("%ld\n", s);
    free(a);
    free(b);
    return 0;
}
