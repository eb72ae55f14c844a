/* out_buffer.c — a void task that fills a DELAYED_OUT buffer, followed at once
 * by ordinary code reading the buffer: one task, then a wait on it.  The second
 * function fills two buffers as two tasks before reading either: fine. */
#include <stdio.h>
#include "delayed.h"

#define N 4096

DELAYED void fill_noise(DELAYED_OUT_N(N) float *buf, unsigned seed)
{
    unsigned s = seed;
    for (int r = 0; r < 100; r++)
        for (int i = 0; i < N; i++) {
            s = s * 1664525u + 1013904223u;
            buf[i] = (float)(s >> 8) / 16777216.0f;
        }
}

static float first_sample(unsigned seed)
{
    float buf[N];
    fill_noise(buf, seed); // expect: delayed-single-task
    return buf[0] + buf[N - 1];
}

static float two_samples(unsigned seed)
{
    float a[N], b[N];
    fill_noise(a, seed);
    fill_noise(b, seed + 1);
    return a[0] + b[N - 1];
}

int main(void)
{
    float x = first_sample(42);
    float y = two_samples(7);
    printf("%.6f %.6f\n", x, y);
    return 0;
}
