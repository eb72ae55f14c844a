/* switch_case_tasks.c — tasks spawned inside switch cases with block-scoped
 * result variables, a case that declares a result without braces before a
 * `break`, fall-through into a case that spawns, a `continue` out of a switch in
 * a loop, and results assigned in `default`. */
#include <stdio.h>
#include "delayed.h"

DELAYED int op_a(int x) { return x + 100; }
DELAYED int op_b(int x) { return x * 3; }
DELAYED int op_c(int x, int y) { return x - y; }

int main(void)
{
    int res[16];
    int kinds[16];
    for (int i = 0; i < 16; i++) {
        kinds[i] = (i * 5) % 6;
        res[i] = -1;
    }
    for (int i = 0; i < 16; i++) {
        switch (kinds[i]) {
        case 0: {
            int t = op_a(i);
            res[i] = op_c(t, i);
            break;
        }
        case 1:
            res[i] = op_b(i);
            break;
        case 2:
            res[i] = op_a(i);
            /* fall through */
        case 3:
            res[i] = op_b(res[i] < 0 ? i : res[i]);
            break;
        case 4:
            continue;
        default:
            res[i] = op_c(op_a(i), op_b(i));
        }
        res[i] = op_c(res[i], 1);
    }
    for (int i = 0; i < 16; i++)
        printf("%d:%d ", kinds[i], res[i]);
    printf("\n");
    return 0;
}
