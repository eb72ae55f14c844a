/* common.h — what every benchmark program shares: a monotonic clock and the one
 * line that reports the timed part ("time SECONDS" on stderr; stdout carries only
 * the results, which bench/run compares against the serial program's). */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static inline void bench_report(double seconds)
{
    fprintf(stderr, "time %.6f\n", seconds);
}

/* argv[1] if given, else def */
static inline long bench_arg(int argc, char **argv, int i, long def)
{
    return argc > i ? atol(argv[i]) : def;
}

#endif
