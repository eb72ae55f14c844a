/* names_like_temps.c — user variables that happen to be named like delayc's
 * generated temporaries and runtime symbols: `__dc_r`, `__dc_ret`, `__dc_a0_0`,
 * `__dc_t0`, `__dc_k`, `__dc_i`, `__dc_arena`, and a result called `a` next to a
 * variable `__dc_a`; used in a loop (hoisting) and in task arguments. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k) { return k * 7 + 1; }
DELAYED int g(int a, int b) { return a - b; }

int main(void)
{
    int __dc_r = 5, __dc_ret = 6, __dc_a0_0 = 7, __dc_t0 = 8, __dc_k = 2, __dc_i = 3;
    int __dc_arena = 4;
    int __dc_a = 100;
    int a = f(__dc_a0_0);
    int b = g(a, __dc_a);
    int out[6];
    for (int i = 0; i < 6; i++) {
        int __dc_b = f(i + __dc_k);
        int c = g(__dc_b, __dc_i);
        out[i] = c;
    }
    int t = g(f(__dc_t0), __dc_arena);
    printf("r=%d ret=%d a=%d b=%d t=%d\n", __dc_r, __dc_ret, a, b, t);
    for (int i = 0; i < 6; i++)
        printf("%d ", out[i]);
    printf("\n");
    return 0;
}
