/* callback_state.c — a generic delayed `apply(fn, x)` that calls a function
 * pointer; the callbacks passed in are pure for some calls and, for others, keep
 * a running global log (call order matters); the log is printed at the end. */
#include <stdio.h>
#include "delayed.h"

typedef int (*unary)(int);

static int seq[32];
static int nseq;

static int square(int x) { return x * x; }
static int logged(int x)
{
    int s = 0;
    for (int i = 0; i < 3000 * (x % 4 + 1); i++)
        s = (s + i) % 7;
    if (nseq < 32)
        seq[nseq++] = x;
    return x + 1 + s * 0;
}

DELAYED int apply(unary fn, int x) { return fn(x); }

int main(void)
{
    int a[10], b[10];
    for (int i = 0; i < 10; i++)
        a[i] = apply(square, i);
    for (int i = 0; i < 10; i++)
        b[i] = apply(logged, i * 3);
    for (int i = 0; i < 10; i++)
        printf("%d %d\n", a[i], b[i]);
    printf("log:");
    for (int i = 0; i < nseq; i++)
        printf(" %d", seq[i]);
    printf("\n");
    return 0;
}
