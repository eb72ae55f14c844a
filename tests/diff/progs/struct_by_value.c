/* struct_by_value.c — covers: small structs passed by value into delayed calls and
 * returned by value, an array element updated from a task that reads it
 * (pos[i] = move(pos[i], vel[i], dt) repeated over time steps), and doubles
 * printed with a fixed format. */
#include <stdio.h>
#include "delayed.h"

typedef struct { double x, y, z; } vec3;

DELAYED static vec3 vadd(vec3 a, vec3 b)
{
    vec3 r = { a.x + b.x, a.y + b.y, a.z + b.z };
    return r;
}

DELAYED static vec3 vscale(vec3 a, double k)
{
    vec3 r = { a.x * k, a.y * k, a.z * k };
    return r;
}

DELAYED static vec3 move(vec3 p, vec3 v, double dt)
{
    vec3 r = { p.x + v.x * dt, p.y + v.y * dt, p.z + v.z * dt - 0.5 * 9.81 * dt * dt };
    return r;
}

DELAYED static double dot(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

#define NP 16
#define STEPS 10

int main(void)
{
    vec3 pos[NP], vel[NP];
    for (int i = 0; i < NP; i++) {
        pos[i] = (vec3){ i * 1.0, i * 0.5, 100.0 };
        vel[i] = (vec3){ 1.0, -0.25 * i, 2.0 };
    }

    for (int s = 0; s < STEPS; s++)
        for (int i = 0; i < NP; i++)
            pos[i] = move(pos[i], vel[i], 0.1);

    vec3 centre = { 0.0, 0.0, 0.0 };
    for (int i = 0; i < NP; i++)
        centre = vadd(centre, pos[i]);
    centre = vscale(centre, 1.0 / NP);

    double d = dot(centre, vel[3]);
    for (int i = 0; i < NP; i += 5)
        printf("p%-2d %.6f %.6f %.6f\n", i, pos[i].x, pos[i].y, pos[i].z);
    printf("centre %.6f %.6f %.6f\n", centre.x, centre.y, centre.z);
    printf("dot %.6f\n", d);
    return 0;
}
