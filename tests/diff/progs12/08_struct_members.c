/* 08_struct_members.c — calls writing into struct members of an array of structs
 * (pts[i].x = f(...); pts[i].y = g(...)), a member read by a later call in the same
 * iteration, a whole struct returned per element, and checksums. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct {
    long x, y, z;
    int tag;
} Point;

typedef struct {
    int lo, hi;
} Span;

DELAYED static long coord_x(int i) { return (i * 17L) % 1009; }
DELAYED static long coord_y(int i, long x) { return (x * 3 + i) % 2003; }
DELAYED static Span make_span(int i) { Span s = { i % 97, i % 97 + i % 13 }; return s; }

#define N 200000

int main(void)
{
    Point *pts = malloc(N * sizeof *pts);
    Span *sp = malloc(N * sizeof *sp);
    Point local[1000];
    if (!pts || !sp)
        return 1;
    for (int i = 0; i < N; i++) {
        pts[i].z = i % 11;
        pts[i].tag = i & 1;
    }

    for (int i = 0; i < N; i++) {
        pts[i].x = coord_x(i);
        pts[i].y = coord_y(i, pts[i].x);
    }
    for (int i = 0; i < N; i++)
        sp[i] = make_span(i);
    for (int i = 0; i < 1000; i++) {
        local[i].tag = 7;
        local[i].z = coord_x(i + 5);
    }

    long sx = 0, sy = 0, sz = 0, st = 0, ss = 0, sl = 0;
    for (int i = 0; i < N; i++) {
        sx += pts[i].x;
        sy += pts[i].y;
        sz += pts[i].z;
        st += pts[i].tag;
        ss += sp[i].hi - sp[i].lo + sp[i].lo % 3;
    }
    for (int i = 0; i < 1000; i++)
        sl += local[i].z * local[i].tag;
    printf("x=%ld y=%ld z=%ld tag=%ld span=%ld local=%ld\n", sx, sy, sz, st, ss, sl);
    free(pts);
    free(sp);
    return 0;
}
