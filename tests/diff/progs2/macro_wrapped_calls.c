/* macro_wrapped_calls.c — delayed calls hidden behind macros: `#define CALL(x)
 * inc(x)`, a macro that assigns (`#define RUN(dst, x) dst = sq(x)`), a MAX-style
 * macro that evaluates its arguments twice, a macro looping over an array, and a
 * delayed call as the argument of a macro. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int sq(int x) { return x * x; }

#define CALL(x) inc(x)
#define RUN(dst, x) dst = sq(x)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define FOR_EACH(i, n) for (int i = 0; i < (n); i++)
#define TWICE(e) ((e) + (e))

int main(void)
{
    int a = CALL(4);
    int b;
    RUN(b, a);
    int out[6];
    FOR_EACH(i, 6)
        out[i] = CALL(i * 10);
    int m = MAX(sq(3), inc(a));
    int t = TWICE(inc(b));
    int c = CALL(CALL(CALL(0)));
    printf("a=%d b=%d m=%d t=%d c=%d\n", a, b, m, t, c);
    FOR_EACH(k, 6)
        printf("%d ", out[k]);
    printf("\n");
    return 0;
}
