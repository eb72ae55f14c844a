/* exit_midway.c — a program that calls exit() from a helper after spawning
 * tasks whose results it printed first (the status comes from a result), with an
 * atexit handler printing a pending-free summary. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int check(int k) { return (k * 37) % 11 == 3; }

static int failures;
static void bye(void) { printf("atexit: failures=%d\n", failures); }

static void verify(int n)
{
    int ok[20];
    for (int i = 0; i < n; i++)
        ok[i] = check(i);
    for (int i = 0; i < n; i++)
        if (ok[i]) {
            printf("item %d flagged\n", i);
            failures++;
        }
    if (failures > 1)
        exit(4);
}

int main(void)
{
    atexit(bye);
    verify(5);
    printf("after first\n");
    verify(20);
    printf("not reached\n");
    return 0;
}
