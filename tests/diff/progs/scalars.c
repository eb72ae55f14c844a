/* scalars.c — covers: delayed functions over plain scalar types (int, long,
 * unsigned, char, double), a result fed straight into another delayed call, an
 * expression on a pending result used as an argument, and results printed at the end. */
#include <stdio.h>
#include "delayed.h"

DELAYED static int square(int x) { return x * x; }

DELAYED static long widen(int x) { return (long)x * 100000L + 7; }

DELAYED static unsigned mix(unsigned a, unsigned b)
{
    unsigned h = a * 2654435761u;
    h ^= b + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

DELAYED static char grade(int score)
{
    if (score >= 90) return 'A';
    if (score >= 75) return 'B';
    if (score >= 50) return 'C';
    return 'F';
}

DELAYED static double half(double v) { return v / 2.0; }

int main(void)
{
    int s = square(12);
    long w = widen(s);
    unsigned m = mix(7u, 1000u);
    unsigned m2 = mix(m, 99u);
    char g1 = grade(95);
    char g2 = grade(s / 2);
    char g3 = grade(10);
    double h = half(3.0);
    double q = half(h);

    printf("square=%d widen=%ld\n", s, w);
    printf("mix=%u mix2=%u\n", m, m2);
    printf("grades=%c%c%c\n", g1, g2, g3);
    printf("half=%.4f quarter=%.4f\n", h, q);
    return 0;
}
