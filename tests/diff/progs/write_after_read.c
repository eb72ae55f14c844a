/* write_after_read.c — covers: ordinary writes to an array after tasks read it
 * (DELAYED_IN_N buffer reused for the next batch), an element-wise ordinary write
 * after a task read that element, and a buffer refilled in a loop where each
 * round's tasks read the previous contents. */
#include <stdio.h>
#include "delayed.h"

DELAYED long weigh(DELAYED_IN_N(n) const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += (long)v[i] * (i + 1);
    return s;
}

DELAYED int peek(int v) { return v * v; }

int main(void)
{
    int buf[256];
    long results[6];
    for (int round = 0; round < 6; round++) {
        for (int i = 0; i < 256; i++)
            buf[i] = (i + round * 11) % 37;
        results[round] = weigh(buf, 256);
    }

    int cells[20], seen[20];
    for (int i = 0; i < 20; i++)
        cells[i] = i;
    for (int i = 0; i < 20; i++) {
        seen[i] = peek(cells[i]);
        cells[i] = -i;
    }

    long half1 = weigh(buf, 128);
    long half2 = weigh(buf + 128, 128);
    for (int i = 0; i < 128; i++)
        buf[i] = 0;
    long after = weigh(buf, 256);

    for (int r = 0; r < 6; r++)
        printf("%ld ", results[r]);
    printf("\n");
    long s = 0;
    for (int i = 0; i < 20; i++)
        s += seen[i] + cells[i];
    printf("s=%ld half1=%ld half2=%ld after=%ld\n", s, half1, half2, after);
    return 0;
}
