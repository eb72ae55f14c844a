/* gamma_lut.c — apply a 1024-entry gamma table (2 KiB of unsigned short) to
 * image rows.  The table is a typedef'd struct handed by value to a function
 * made a task with delayed(f)(...); a 3x3 kernel struct (36 bytes) by value is
 * fine. */
#include <stdio.h>
#include "delayed.h"

#define W 4096

typedef struct {
    unsigned short v[1024];
} gamma_table;

typedef struct {
    float k[3][3];
} kernel3;

static long apply_gamma(gamma_table g, const unsigned short *row)
{
    long s = 0;
    for (int r = 0; r < 64; r++)
        for (int i = 0; i < W; i++)
            s += g.v[row[i] & 1023];
    return s;
}

static double apply_kernel(kernel3 k, const unsigned short *row)
{
    double s = 0.0;
    for (int r = 0; r < 64; r++)
        for (int i = 1; i < W - 1; i++)
            s += k.k[1][0] * row[i - 1] + k.k[1][1] * row[i] + k.k[1][2] * row[i + 1];
    return s;
}

int main(void)
{
    static unsigned short row[W];
    gamma_table g;
    kernel3 blur = { { { 0, 0, 0 }, { 0.25f, 0.5f, 0.25f }, { 0, 0, 0 } } };
    for (int i = 0; i < 1024; i++)
        g.v[i] = (unsigned short)(i * i / 1024);
    for (int i = 0; i < W; i++)
        row[i] = (unsigned short)(i % 1024);

    long s = delayed(apply_gamma)(g, row); // expect: delayed-large-by-value
    double k = delayed(apply_kernel)(blur, row);
    double k2 = delayed(apply_kernel)(blur, row);
    printf("%ld %.1f %.1f\n", s, k, k2);
    return 0;
}
