/* A member of an array element given by address, setv(&pts[i].x) (blind
 * round 43 F4): every call ran serially ("points to memory whose extent or
 * aliasing delayc cannot prove").  The task depends on the element, as a
 * write of part of it: tasks on different elements run together, the two
 * members of one element keep their order; a reader of one member waits for
 * its writer; a count that reaches past the element (three doubles from
 * &q[i].b of a {a, b, c} element) keeps the call serial. */
#include <stdio.h>
#include "delayed.h"

typedef struct { double x, y; int tag; } P;
typedef struct { double a, b, c; } Q;

DELAYED void setv(DELAYED_OUT double *d, int k)
{
    double v = k;
    for (int i = 0; i < 200000; i++) v = v * 0.9999999 + 1e-7;
    *d = v;
}
DELAYED void bump(DELAYED_INOUT double *d) { *d = *d * 2 + 1; }
DELAYED double peek(DELAYED_IN const double *d) { return *d + 0.5; }
DELAYED void spread(DELAYED_OUT_N(3) double *d, double v) { d[0] = v; d[1] = v + 1; d[2] = v + 2; }

int main(void)
{
    P pts[6];
    Q q[4] = {{0, 0, 0}};
    double got[6], s = 0;
    for (int i = 0; i < 6; i++) pts[i].tag = i;
    for (int i = 0; i < 6; i++) setv(&pts[i].x, i);
    for (int i = 0; i < 6; i++) setv(&pts[i].y, 10 + i);
    for (int i = 0; i < 6; i++) bump(&pts[i].x);
    for (int i = 0; i < 6; i++) got[i] = peek(&pts[i].y);
    for (int i = 0; i < 3; i++) spread(&q[i].a, i);        /* within element i */
    spread(&q[2].b, 40);                                    /* b, c, and the next element's a */
    for (int i = 0; i < 6; i++) s += pts[i].x * 3 + pts[i].y + got[i] + pts[i].tag;
    for (int i = 0; i < 4; i++) s += q[i].a + q[i].b * 2 + q[i].c * 3;
    printf("%.9f\n", s);
    return 0;
}
