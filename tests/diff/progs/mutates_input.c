/* mutates_input.c — purposely breaks a best practice: a DELAYED function writes
 * through a non-const pointer parameter with no OUT/INOUT annotation (delayc lints
 * it as delayed-mutates-input and must treat it as INOUT). A reader spawned before
 * the mutation must see the old values, readers after it the new ones. */
#include <stdio.h>
#include "delayed.h"

DELAYED long total(DELAYED_IN_N(n) const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

DELAYED void normalise_in_place(int *v, int n)
{
    int mn = v[0];
    for (int i = 1; i < n; i++)
        if (v[i] < mn) mn = v[i];
    for (int i = 0; i < n; i++)
        v[i] -= mn;
}

DELAYED int first(DELAYED_IN_N(1) const int *v) { return v[0]; }

int main(void)
{
    int data[100];
    for (int i = 0; i < 100; i++)
        data[i] = 50 + (i * 37) % 100;
    long before = total(data, 100);
    int f0 = first(data);
    normalise_in_place(data, 100);
    long after = total(data, 100);
    int f1 = first(data);
    data[0] += 1000;
    long last = total(data, 100);
    printf("before=%ld after=%ld last=%ld f0=%d f1=%d\n", before, after, last, f0, f1);
    return 0;
}
