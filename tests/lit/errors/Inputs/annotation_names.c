/* annotation_names.c — names inside annotations that do not exist (lit
 * input: errors/annotation-names.test), and ones that do. */
#include "delayed.h"

#define CHUNK 64
enum { LIMIT = 20 };
typedef struct { double *data DELAYED_N(len); int n; } Wrong;
typedef struct { double *data DELAYED_N(n); int n; } Right;

DELAYED DELAYED_CUTOFF(size < 20) long fib(int n)
{
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

DELAYED double sum(int n, DELAYED_IN_N(lenght) const double *x)
{
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i];
    return s;
}

DELAYED DELAYED_CUTOFF(n < LIMIT && n * CHUNK < (int)sizeof(Right)) long ok(int n, DELAYED_OUT_N(n * CHUNK) double *out)
{
    for (int i = 0; i < n * CHUNK; i++) out[i] = i;
    return n < 2 ? n : ok(n - 1, out) + ok(n - 2, out);
}

DELAYED double tile(DELAYED_IN_2D(rows, cols, ldd) const double *a, int rows, int cols, int ld)
{
    return a[(rows - 1) * ld + cols - 1];
}

/* a count naming a member that is not an integer (blind round 44) */
typedef struct { double scale; double *v DELAYED_N(scale); } Scaled;
