/* montecarlo_rand.c — the way a new user writes monte-carlo: srand(42) once in
 * main, then delayed trials that call rand() (hidden libc state), results into
 * an array and a total; a second batch after srand(7). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int trial(int n)
{
    int hits = 0;
    for (int i = 0; i < n; i++) {
        double x = rand() / (double)RAND_MAX;
        double y = rand() / (double)RAND_MAX;
        hits += x * x + y * y <= 1.0;
    }
    return hits;
}

int main(void)
{
    srand(42);
    int h[8];
    for (int t = 0; t < 8; t++)
        h[t] = trial(500 + t * 100);
    int tot = 0, n = 0;
    for (int t = 0; t < 8; t++) {
        tot += h[t];
        n += 500 + t * 100;
        printf("trial %d: %d\n", t, h[t]);
    }
    printf("pi ~ %.4f\n", 4.0 * tot / n);
    srand(7);
    int a = trial(1000), b = trial(1000);
    printf("a=%d b=%d\n", a, b);
    return 0;
}
