/* transitive_globals.c — delayed functions that touch global state only through
 * ordinary helper functions they call (a call counter bumped by a helper, a
 * global accumulator updated two calls deep, a static table filled by a helper);
 * main reads the globals after the calls. Purposely global state, hidden one or
 * two calls away. */
#include <stdio.h>
#include "delayed.h"

static int calls;
static long acc;
static int table[16];

static void bump(void) { calls++; }
static void add_to_acc(long v) { acc = acc * 3 + v; }
static void record(int k, int v) { add_to_acc(v); table[k % 16] = v; }

DELAYED int work(int k)
{
    int s = 0;
    for (int i = 0; i < 4000 * (k % 3 + 1); i++)
        s = (s + i * k) % 1013;
    bump();
    record(k, s);
    return s;
}

int main(void)
{
    int r[12];
    for (int k = 0; k < 12; k++)
        r[k] = work(k);
    printf("calls=%d acc=%ld\n", calls, acc);
    for (int k = 0; k < 12; k++)
        printf("%d/%d ", r[k], table[k]);
    printf("\n");
    return 0;
}
