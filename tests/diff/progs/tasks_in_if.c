/* tasks_in_if.c — covers: tasks spawned inside `if` / `else` blocks (so a variable may
 * be written by a task on one path and by ordinary code on the other), results used
 * after the branches join, and a conditional spawn inside a loop. */
#include <stdio.h>
#include "delayed.h"

DELAYED int heavy(int x)
{
    int s = 0;
    for (int i = 0; i < 3000; i++)
        s = (s * 31 + x + i) % 10007;
    return s;
}

DELAYED int light(int x) { return x + 1000; }

int main(int argc, char **argv)
{
    (void)argv;
    int mode = argc; /* 1 when run without arguments */
    int r;
    if (mode == 1)
        r = heavy(5);
    else
        r = -1;
    int r2 = 0;
    if (mode > 5) {
        r2 = heavy(6);
    } else {
        r2 = light(6);
        r2 = light(r2);
    }

    int out[40];
    for (int i = 0; i < 40; i++) {
        if (i % 3 == 0)
            out[i] = heavy(i);
        else if (i % 3 == 1)
            out[i] = light(i);
        else
            out[i] = i;
    }

    int maybe = 0;
    if (r > 100) {
        int tmp = light(r);
        maybe = heavy(tmp);
    }

    long s = 0;
    for (int i = 0; i < 40; i++)
        s += out[i];
    printf("r=%d r2=%d maybe=%d s=%ld\n", r, r2, maybe, s);
    return 0;
}
