/* Loops that fold their calls' results in order, bounded by a macro the
 * build may raise, by a const int, by numbers (800 results, and 6); the file
 * has no <stdlib.h>. */
#include <stdio.h>

#ifndef NCAND
#define NCAND 1500
#endif

static double score(int c)
{
    double s = 0;
    for (int k = 0; k < 3000; k++) s += (double)((c * 31 + k * 7) % 101) / (k + 1);
    return s;
}

static long level(int c)
{
    long t = 0;
    for (int k = 0; k < 4000; k++) t += (c ^ k) % 13;
    return t;
}

int main(void)
{
    double best = -1;
    int best_c = -1;
    for (int c = 0; c < NCAND; c++) {
        double s = score(c);
        if (s > best) { best = s; best_c = c; }
    }
    const int n = 800;
    unsigned long h = 5381;
    for (int c = 0; c < n; c++) {
        long t = level(c);
        h = h * 33u + (unsigned long)t;
    }
    unsigned long g = 7;
    for (int c = 100; c < 900; c++) {      /* numbers as bounds, 800 results: on the heap */
        long t = level(c);
        g = g * 31u + (unsigned long)t;
    }
    for (int r = 0; r < 6; r++) {          /* six results: on the stack, no malloc */
        long t = level(r * 7);
        g = g * 17u + (unsigned long)t;
    }
    printf("%d %.6f %lu %lu\n", best_c, best, h, g);
    return 0;
}
