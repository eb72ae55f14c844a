/* soa_particles.c — a systems programmer's struct of arrays: `struct swarm`
 * holds `double x[N], v[N]` and an `int alive[N]` mask as members of one local
 * struct; delayed tasks update blocks of the member arrays (`s.x + b*B`,
 * `&s.v[b*B]`, DELAYED_INOUT_N / IN_N), a DELAYED_PURE kernel counts live
 * particles per block, and ordinary code reads members between time steps. */
#include <stddef.h>
#include <stdio.h>
#include "delayed.h"

#define N 512
#define B 64
#define NB (N / B)

struct swarm {
    double x[N];
    double v[N];
    int alive[N];
};

DELAYED void push(DELAYED_INOUT_N(B) double *x, DELAYED_IN_N(B) const double *v, double dt)
{
    for (int i = 0; i < B; i++)
        x[i] += v[i] * dt;
}

DELAYED void bounce(DELAYED_IN_N(B) const double *x, DELAYED_INOUT_N(B) double *v, DELAYED_OUT_N(B) int *alive)
{
    for (int i = 0; i < B; i++) {
        if (x[i] < 0.0 || x[i] > 100.0)
            v[i] = -v[i] * 0.9;
        alive[i] = (x[i] > -5.0 && x[i] < 105.0);
    }
}

DELAYED_PURE int count_alive(DELAYED_IN_N(B) const int *alive)
{
    int n = 0;
    for (int i = 0; i < B; i++)
        n += alive[i] != 0;
    return n;
}

int main(void)
{
    static struct swarm s;
    int live[NB];
    for (size_t i = 0; i < N; i++) {
        s.x[i] = (double)(i % 100);
        s.v[i] = (double)((int)(i * 7 % 11) - 5);
        s.alive[i] = 1;
    }
    for (int step = 0; step < 20; step++) {
        for (int b = 0; b < NB; b++)
            push(s.x + b * B, &s.v[b * B], 0.5);
        for (int b = 0; b < NB; b++)
            bounce(&s.x[b * B], s.v + b * B, &s.alive[b * B]);
        if (step % 5 == 4) {
            for (int b = 0; b < NB; b++)
                live[b] = count_alive(&s.alive[b * B]);
            int tot = 0;
            for (int b = 0; b < NB; b++)
                tot += live[b];
            printf("step %2d: alive %d, x[3]=%.3f v[3]=%.3f\n", step, tot, s.x[3], s.v[3]);
        }
    }
    double cx = 0;
    for (int i = 0; i < N; i++)
        cx += s.x[i];
    printf("centroid %.6f\n", cx / N);
    return 0;
}
