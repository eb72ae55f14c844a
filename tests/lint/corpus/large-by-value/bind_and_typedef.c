/* bind_and_typedef.c — an audio frame of 2048 floats (8 KiB) handed to tasks:
 * by value through delayed_bind after a loading task (reported at the call),
 * and by value through a typedef'd struct in a delayed_after call (reported);
 * a small header struct by value and the frame by DELAYED_IN pointer are fine. */
#include <stdio.h>
#include "delayed.h"

#define FRAME 2048

typedef struct {
    float s[FRAME];
} frame_t;

struct header {
    int rate, channels;
};

DELAYED void load(DELAYED_OUT frame_t *f, int seed)
{
    for (int i = 0; i < FRAME; i++)
        f->s[i] = (float)((i * seed) % 200 - 100) / 100.0f;
}

DELAYED double energy(frame_t f, struct header h)
{
    double e = 0.0;
    for (int rep = 0; rep < 200; rep++)
        for (int i = 0; i < FRAME; i++)
            e += f.s[i] * f.s[i] / h.rate;
    return e;
}

DELAYED void clip_count(frame_t f, DELAYED_OUT int *n)
{
    int c = 0;
    for (int i = 0; i < FRAME; i++)
        c += f.s[i] > 0.9f || f.s[i] < -0.9f;
    *n = c;
}

DELAYED double peak(DELAYED_IN const frame_t *f, struct header h)
{
    double p = 0.0;
    for (int rep = 0; rep < 200; rep++)
        for (int i = 0; i < FRAME; i++)
            if (f->s[i] * h.channels > p)
                p = f->s[i] * h.channels;
    return p;
}

int main(void)
{
    frame_t a, b;
    struct header h = { 48000, 2 };
    int clipped = 0;
    delayed_token ta = delayed_after(load(&a, 3));
    delayed_token tb = delayed_after(load(&b, 7));
    double e = delayed_bind(energy, ta)(a, h); // expect: delayed-large-by-value
    delayed_token tc = delayed_after(clip_count(b, &clipped)); // expect: delayed-large-by-value
    double p = delayed_bind(peak, tb, tc)(&b, h);
    printf("%.4f %.4f %d\n", e, p, clipped);
    return 0;
}
