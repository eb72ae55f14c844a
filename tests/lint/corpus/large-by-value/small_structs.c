/* small_structs.c — geometry tasks passing small structs by value (points,
 * boxes, a 256-byte transform) and a large mesh only through a const pointer
 * marked DELAYED_IN: nothing is copied that should not be.  No finding. */
#include <stdio.h>
#include "delayed.h"

#define NV 4096

struct point {
    double x, y;
};

struct box {
    struct point lo, hi;
};

struct transform {
    double m[4][8];
};

struct mesh {
    struct point v[NV];
};

DELAYED long inside(DELAYED_IN const struct mesh *mesh, struct box b)
{
    long n = 0;
    for (int r = 0; r < 100; r++)
        for (int i = 0; i < NV; i++)
            if (mesh->v[i].x >= b.lo.x && mesh->v[i].x <= b.hi.x && mesh->v[i].y >= b.lo.y && mesh->v[i].y <= b.hi.y)
                n++;
    return n;
}

DELAYED double moved_mass(DELAYED_IN const struct mesh *mesh, struct transform t)
{
    double s = 0.0;
    for (int r = 0; r < 100; r++)
        for (int i = 0; i < NV; i++)
            s += t.m[0][0] * mesh->v[i].x + t.m[1][1] * mesh->v[i].y;
    return s;
}

int main(void)
{
    static struct mesh mesh;
    for (int i = 0; i < NV; i++)
        mesh.v[i] = (struct point){ (i % 64) / 64.0, (i / 64) / 64.0 };
    struct box left = { { 0.0, 0.0 }, { 0.5, 1.0 } }, right = { { 0.5, 0.0 }, { 1.0, 1.0 } };
    struct transform t = { { { 1.0 } } };
    t.m[1][1] = 2.0;

    long a = inside(&mesh, left);
    long b = inside(&mesh, right);
    double m = moved_mass(&mesh, t);
    printf("%ld %ld %.3f\n", a, b, m);
    return 0;
}
