/* montecarlo_streams.c — reproducible Monte Carlo the right way: each task
 * gets its own RNG stream (a `struct rng` state passed by value, xorshift64*),
 * returns a struct with hits and the advanced state, the next round continues
 * each stream from the returned state (`st[i] = r[i].state`); pi and an
 * integral estimated from fixed seeds, no libm, no rand(). */
#include <stdint.h>
#include <stdio.h>
#include "delayed.h"

#define STREAMS 16
#define PER 4000

struct rng {
    uint64_t s;
};

struct tally {
    long hits;
    double integral;
    struct rng state;
};

static inline uint64_t xs64(struct rng *r)
{
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * UINT64_C(2685821657736338717);
}

static inline double unit(struct rng *r) { return (double)(xs64(r) >> 11) * 0x1.0p-53; }

DELAYED struct tally sample(struct rng st, int n)
{
    struct tally t = { 0, 0.0, st };
    for (int i = 0; i < n; i++) {
        double x = unit(&t.state), y = unit(&t.state);
        t.hits += x * x + y * y <= 1.0;
        t.integral += x * x * x;
    }
    return t;
}

int main(void)
{
    struct rng st[STREAMS];
    struct tally r[STREAMS];
    for (int i = 0; i < STREAMS; i++)
        st[i] = (struct rng){ UINT64_C(0x9E3779B97F4A7C15) * (uint64_t)(i + 1) };
    long hits = 0;
    double integ = 0;
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < STREAMS; i++)
            r[i] = sample(st[i], PER);
        for (int i = 0; i < STREAMS; i++) {
            hits += r[i].hits;
            integ += r[i].integral;
            st[i] = r[i].state;
        }
        long n = (long)(round + 1) * STREAMS * PER;
        printf("round %d: pi ~ %.6f  int x^3 ~ %.6f\n", round, 4.0 * hits / n, integ / n);
    }
    printf("final state[5] = %016llx\n", (unsigned long long)st[5].s);
    return 0;
}
