/* batch_struct_fields.c — results into members of an array of structs (pts[i].x, pts[i].y), from two functions. */
#include <stdio.h>
#include "delayed.h"

struct pt { double x, y; int tag; };
DELAYED double fx(int i) { return i * 0.5; }
DELAYED double fy(int i) { return i * 0.25 + 1.0; }

int main(void)
{
    enum { N = 40000 };
    static struct pt pts[N];
    for (int i = 0; i < N; i++) pts[i].tag = i % 3;
    for (int i = 0; i < N; i++) {
        pts[i].x = fx(i);
        pts[i].y = fy(i);
    }
    long sx = 0, sy = 0, st = 0;
    for (int i = 0; i < N; i++) { sx += (long)pts[i].x; sy += (long)pts[i].y; st += pts[i].tag; }
    printf("%ld %ld %ld\n", sx, sy, st);
    return 0;
}
