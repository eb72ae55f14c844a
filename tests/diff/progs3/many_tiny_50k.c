/* many_tiny_50k.c — very large loops of tiny tasks: 50,000 `out[i] = f(in[i])`
 * element tasks on a static array, 20,000 `acc[i % 64] = add(acc[i % 64], i)`
 * accumulations (a chain per slot), and 10,000 loop-local results summed at the
 * end; serially this runs in well under 0.5 s. */
#include <stdio.h>
#include "delayed.h"

#define BIG 50000

DELAYED int f(int x) { return (x ^ (x >> 3)) * 7 % 1021; }
DELAYED long add(long a, int b) { return a + b % 97; }
DELAYED int sq(int x) { return x * x % 10007; }

int main(void)
{
    static int in[BIG], out[BIG];
    long acc[64] = { 0 };
    for (int i = 0; i < BIG; i++)
        in[i] = i * 31 % 65521;
    for (int i = 0; i < BIG; i++)
        out[i] = f(in[i]);
    for (int i = 0; i < 20000; i++)
        acc[i % 64] = add(acc[i % 64], i);
    long total = 0;
    for (int i = 0; i < 10000; i++) {
        int s = sq(i);
        total += s;
    }
    long so = 0, sa = 0;
    for (int i = 0; i < BIG; i++)
        so += out[i];
    for (int i = 0; i < 64; i++)
        sa += acc[i] * (i + 1);
    printf("so=%ld sa=%ld total=%ld out[12345]=%d\n", so, sa, total, out[12345]);
    return 0;
}
