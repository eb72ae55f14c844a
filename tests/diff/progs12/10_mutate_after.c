/* 10_mutate_after.c — a loop whose bound n is a variable changed right after the loop
 * (and a second loop runs with the new bound), and an input array overwritten after
 * the map loop before the results are read: the tasks must see the old values. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static long mix(long v, long k) { return (v * 1103515245L + k) % 2147483647L; }

#define CAP 600000

int main(void)
{
    long *in = malloc(CAP * sizeof *in);
    long *out = malloc(CAP * sizeof *out);
    long loc_in[3000], loc_out[3000];
    if (!in || !out)
        return 1;
    for (int i = 0; i < CAP; i++) {
        in[i] = i % 4099;
        out[i] = -1;
    }

    int n = 400000;
    for (int i = 0; i < n; i++)
        out[i] = mix(in[i], 1);
    n = n + 100000;               /* the bound changes after the loop */
    for (int i = 0; i < CAP; i++) /* the input changes before results are read */
        in[i] = 0;
    for (int i = 400000; i < n; i++)
        out[i] = mix(in[i] + i, 2);

    for (int i = 0; i < 3000; i++)
        loc_in[i] = i * 3;
    int m = 3000;
    for (int i = 0; i < m; i++)
        loc_out[i] = mix(loc_in[i], 3);
    m = 0;
    for (int i = 0; i < 3000; i++)
        loc_in[i] = -loc_in[i];

    long s = 0, neg = 0, t = 0;
    for (int i = 0; i < CAP; i++) {
        if (out[i] < 0)
            neg++;
        else
            s += out[i] % 100000;
    }
    for (int i = 0; i < 3000; i++)
        t += loc_out[i] % 1000 + loc_in[i];
    printf("s=%ld neg=%ld t=%ld n=%d m=%d out[5]=%ld\n", s, neg, t, n, m, out[5]);
    free(in);
    free(out);
    return 0;
}
