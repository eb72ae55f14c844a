/* global_state.c — purposely breaks a best practice: delayed functions that read and
 * write mutable global state (delayc lints them as delayed-global-state). Ordinary
 * code changes the global between spawns and reads a global a task wrote; delayc
 * must keep the serial meaning (each task sees the value current at its call). */
#include <stdio.h>
#include "delayed.h"

static int scale = 1;
static long last_seen;

DELAYED long scaled(int x) { return (long)x * scale; }

DELAYED void remember(long v) { last_seen = v; }

int main(void)
{
    long a[6];
    for (int i = 0; i < 6; i++) {
        scale = i + 1;
        a[i] = scaled(10);
    }
    scale = 100;
    long b = scaled(3);

    remember(b);
    long copy = last_seen;
    remember(a[5]);

    for (int i = 0; i < 6; i++)
        printf("%ld ", a[i]);
    printf("b=%ld copy=%ld last=%ld\n", b, copy, last_seen);
    return 0;
}
