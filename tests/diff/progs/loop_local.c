/* loop_local.c — covers: loop-local result variables (declared in the loop body,
 * in a nested block, in an inner loop, and a shadowing name), copied to arrays or
 * combined into new tasks, so every iteration needs its own storage. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x * 3 + 1; }
DELAYED int h(int a, int b) { return a * 7 - b; }

int main(void)
{
    int out[30], mat[6][5], extra[30];
    int t = 42; /* shadowed below */
    for (int i = 0; i < 30; i++) {
        int a = f(i);
        {
            int t = f(a);
            int b = h(a, t);
            out[i] = b;
        }
        int c = h(i, a);
        extra[i] = c;
    }
    for (int r = 0; r < 6; r++) {
        int base = f(r);
        for (int c = 0; c < 5; c++) {
            int v = h(base, c);
            mat[r][c] = v;
        }
    }
    long s = t;
    for (int i = 0; i < 30; i++)
        s += out[i] - extra[i];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 5; c++)
            s = s * 3 + mat[r][c];
    printf("out[29]=%d extra[29]=%d mat[5][4]=%d s=%ld\n", out[29], extra[29], mat[5][4], s % 999983L);
    return 0;
}
