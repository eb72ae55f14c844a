/* branch_same_result.c — the same variable used as a delayed result in two
 * branches of an if/else and of a switch, in if without else (keeps its old value
 * on one path), and under braceless if/else and for bodies. */
#include <stdio.h>
#include "delayed.h"

DELAYED int sq(int x) { return x * x; }
DELAYED int neg(int x) { return -x; }
DELAYED int add(int a, int b) { return a + b; }

int main(void)
{
    int total = 0;
    for (int i = 0; i < 12; i++) {
        int r;
        if (i % 3 == 0)
            r = sq(i);
        else
            r = neg(i);
        int q = 7;
        if (i & 1)
            q = sq(q + i);
        int k;
        switch (i % 4) {
        case 0: k = add(r, q); break;
        case 1: k = sq(r); break;
        default: k = neg(q); break;
        }
        total += k;
        printf("%d: r=%d q=%d k=%d\n", i, r, q, k);
    }
    int z = 1;
    if (total > 0) z = sq(total % 100); else z = neg(total % 100);
    for (int j = 0; j < 3; j++) z = add(z, j);
    printf("total=%d z=%d\n", total, z);
    return 0;
}
