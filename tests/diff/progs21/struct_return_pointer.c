/* A struct returned by value that holds the caller's pointer (blind 65b:
 * `Sink s = wrap(buf, n); fill(s, 5);` wrote buf while a task still read it,
 * at one thread with gcc and pthreads): an ordinary call returning such a
 * struct publishes what it was given, and a DELAYED one that takes pointers
 * and returns it runs serially. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

typedef struct { int *dst; int n; } Sink;
typedef struct { int *dst DELAYED_N(n); int n; } CSink;

static Sink wrap(int *p, int n) { Sink s; s.dst = p; s.n = n; return s; }
static void fill(Sink s, int v) { for (int i = 0; i < s.n; i++) s.dst[i] = v; }
static int *same(int *p) { return p; }
DELAYED static CSink cwrap(DELAYED_INOUT_N(n) int *p, int n) { CSink s; s.dst = same(p); s.n = n; return s; }
DELAYED static void cfill(CSink s, int v) { for (int i = 0; i < s.n; i++) s.dst[i] = v; }
DELAYED static long total(DELAYED_IN_N(n) const int *a, int n) {
    usleep(20000);
    long t = 0;
    for (int i = 0; i < n; i++) t += a[i];
    return t;
}

int main(void) {
    int n = 8;
    int *buf = calloc((size_t)n, sizeof *buf), *cbuf = calloc((size_t)n, sizeof *cbuf);
    if (!buf || !cbuf) return 1;
    Sink s = wrap(buf, n);
    fill(s, 4);
    long t = total(buf, n);
    fill(s, 5);
    long u = total(buf, n);
    CSink c = cwrap(cbuf, n);
    cfill(c, 4);
    long v = total(cbuf, n);
    cfill(c, 5);
    long w = total(cbuf, n);
    printf("t=%ld u=%ld v=%ld w=%ld\n", t, u, v, w);
    free(buf);
    free(cbuf);
    return 0;
}
