/* macro_defined_funcs.c — delayed functions defined by a macro (`DEF_SCALE(x3,
 * 3)` expands to `DELAYED int x3(int v) {...}`), an X-macro table that both
 * defines the functions and calls them in main, and a macro-generated loop of
 * calls into an array. */
#include <stdio.h>
#include "delayed.h"

#define DEF_SCALE(name, k) DELAYED int name(int v) { return v * (k) + 1; }
DEF_SCALE(x3, 3)
DEF_SCALE(x5, 5)
DEF_SCALE(x7, 7)

#define OPS(X) X(add2, +, 2) X(sub9, -, 9) X(mul4, *, 4)
#define DEF_OP(name, op, k) DELAYED long name(long v) { return v op (k); }
OPS(DEF_OP)

int main(void)
{
    int a = x3(10), b = x5(a), c = x7(b);
    long r[3];
    int i = 0;
#define CALL_OP(name, op, k) r[i++] = name(c);
    OPS(CALL_OP)
#undef CALL_OP
    int arr[6];
    for (int k = 0; k < 6; k++)
        arr[k] = k % 2 ? x3(k) : x5(k);
    printf("a=%d b=%d c=%d r=%ld %ld %ld i=%d\n", a, b, c, r[0], r[1], r[2], i);
    for (int k = 0; k < 6; k++)
        printf("%d ", arr[k]);
    printf("\n");
    return 0;
}
