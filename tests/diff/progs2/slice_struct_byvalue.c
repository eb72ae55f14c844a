/* slice_struct_byvalue.c — a "slice" struct (pointer + length) passed by value to
 * delayed functions: `fill(struct slice s, int seed)` writes through s.ptr,
 * `total(struct slice s)` reads through it; slices of one local array are filled
 * then summed, then the array is read by ordinary code. */
#include <stdio.h>
#include "delayed.h"

struct slice { int *ptr; int len; };

DELAYED void fill(struct slice s, int seed)
{
    for (int i = 0; i < s.len; i++) {
        int v = seed;
        for (int k = 0; k < 500; k++)
            v = (v * 31 + k + i) % 1009;
        s.ptr[i] = v;
    }
}

DELAYED long total(struct slice s)
{
    long t = 0;
    for (int i = 0; i < s.len; i++)
        t += s.ptr[i];
    return t;
}

int main(void)
{
    int data[64];
    for (int i = 0; i < 64; i++)
        data[i] = -1;
    struct slice parts[4];
    for (int p = 0; p < 4; p++) {
        parts[p].ptr = data + 16 * p;
        parts[p].len = 16;
    }
    for (int p = 0; p < 4; p++)
        fill(parts[p], p + 1);
    long t[4];
    for (int p = 0; p < 4; p++)
        t[p] = total(parts[p]);
    long all = 0;
    for (int i = 0; i < 64; i++)
        all += data[i];
    printf("t=%ld %ld %ld %ld all=%ld data[5]=%d data[63]=%d\n", t[0], t[1], t[2], t[3], all, data[5], data[63]);
    return 0;
}
