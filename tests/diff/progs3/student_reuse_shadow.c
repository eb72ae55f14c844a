/* student_reuse_shadow.c — a student's habits: one result reused many times
 * (in arithmetic, as an argument to other delayed calls, in a condition, in
 * printf), a variable reassigned in a loop from its own previous value
 * (`x = step(x)`), names shadowed in nested blocks and in a for-init, the same
 * temporary name `tmp` reused for different results, and results overwritten
 * before ever being read. */
#include <stdio.h>
#include "delayed.h"

DELAYED int step(int x) { return (x * 5 + 3) % 1009; }
DELAYED int twice(int x) { return 2 * x; }
DELAYED int add(int a, int b) { return a + b; }

int main(void)
{
    int x = 7;
    for (int i = 0; i < 25; i++)
        x = step(x);
    int base = twice(x);
    int u = add(base, 1), v = add(base, 2), w = add(base, base);
    if (base > 100)
        printf("big base %d\n", base);
    printf("x=%d base=%d u=%d v=%d w=%d sum=%d\n", x, base, u, v, w, base + u + v + w + base);

    int tmp = step(1);
    int keep = tmp;
    tmp = twice(5);
    keep += tmp;
    tmp = add(tmp, keep);
    printf("tmp=%d keep=%d\n", tmp, keep);

    int r = twice(1);
    {
        int r = twice(100);
        int x = add(r, 1);
        printf("inner r=%d x=%d\n", r, x);
        {
            int r = step(x);
            printf("innermost r=%d\n", r);
        }
    }
    for (int r = 0; r < 3; r++) {
        int base = add(r, 1000);
        printf("loop r=%d base=%d\n", r, base);
    }
    printf("outer r=%d base=%d\n", r, base);

    int dead = step(11);
    dead = step(12);
    dead = step(dead);
    int acc = 0;
    for (int i = 0; i < 5; i++) {
        int t = twice(i);
        t = add(t, dead);
        acc = add(acc, t);
    }
    printf("dead=%d acc=%d\n", dead, acc);
    return 0;
}
