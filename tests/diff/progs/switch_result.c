/* switch_result.c — covers: `switch` on a delayed result, delayed calls inside switch
 * cases (including fall-through and default), and results from the cases used
 * after the switch. */
#include <stdio.h>
#include "delayed.h"

enum kind { K_ZERO, K_SMALL, K_EVEN, K_ODD };

DELAYED enum kind classify(int v)
{
    if (v == 0) return K_ZERO;
    if (v < 10) return K_SMALL;
    return v % 2 ? K_ODD : K_EVEN;
}

DELAYED int halve(int v) { return v / 2; }
DELAYED int triple_plus(int v) { return 3 * v + 1; }
DELAYED int ten(int v) { return v * 10; }

int main(void)
{
    int counts[4] = { 0, 0, 0, 0 };
    int out[64];
    for (int i = 0; i < 64; i++) {
        int v = (i * 13) % 50;
        int r = 0;
        switch (classify(v)) {
        case K_ZERO:
            counts[K_ZERO]++;
            r = -1;
            break;
        case K_SMALL:
            counts[K_SMALL]++;
            r = ten(v);
            /* fall through */
        case K_EVEN:
            counts[K_EVEN]++;
            r = halve(r ? r : v);
            break;
        default:
            counts[K_ODD]++;
            r = triple_plus(v);
            break;
        }
        out[i] = r;
    }

    int mode = halve(7);
    switch (mode) {
    case 3:
        printf("mode three: %d\n", ten(mode));
        break;
    default:
        printf("other mode\n");
    }

    long h = 0;
    for (int i = 0; i < 64; i++)
        h = (h * 17 + out[i] + 2) % 1000003L;
    printf("counts=%d %d %d %d hash=%ld\n", counts[0], counts[1], counts[2], counts[3],
           h);
    return 0;
}
