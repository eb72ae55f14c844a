/* loop_local_arrays.c — loop-local aggregates that receive delayed results in
 * every iteration: an array without initializer, an array with `= { 0 }`, a 2-D
 * local array, a local struct without initializer, and a loop-local array of
 * structs. */
#include <stdio.h>
#include "delayed.h"

DELAYED int step(int x) { return x * 5 + 1; }

struct pr { int a, b; };

int main(void)
{
    long total = 0;
    for (int k = 0; k < 6; k++) {
        int v[3];
        int w[3] = { 0 };
        int m[2][2];
        struct pr p;
        struct pr ps[2];
        for (int i = 0; i < 3; i++) {
            v[i] = step(k + i);
            w[i] = step(v[i]);
        }
        m[0][0] = step(k);
        m[1][1] = step(k + 9);
        p.a = step(k * 2);
        p.b = step(p.a);
        ps[0].a = step(1);
        ps[1].b = step(2);
        long s = v[0] + v[1] + v[2] + w[0] + w[1] + w[2] + m[0][0] + m[1][1] + p.a + p.b + ps[0].a + ps[1].b;
        printf("k=%d s=%ld\n", k, s);
        total += s;
    }
    printf("total=%ld\n", total);
    return 0;
}
