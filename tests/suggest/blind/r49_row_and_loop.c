/* Blind round 49a: a row function, called by rows, whose loop over pixels was
 * proposed too: the two edits met at the function's start (its DELAYED went
 * to the new function, twice). Only the function is proposed. */
/* p12_raymarch.c - a simple sphere-tracing ray marcher, checksum of the image */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef struct { double x, y, z; } vec3;

static int IW = 400, IH = 300;
static float *fb;

static vec3 v3(double x, double y, double z) { vec3 v; v.x = x; v.y = y; v.z = z; return v; }
static vec3 add(vec3 a, vec3 b) { return v3(a.x + b.x, a.y + b.y, a.z + b.z); }
static vec3 scale(vec3 a, double s) { return v3(a.x * s, a.y * s, a.z * s); }
static double dot3(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static vec3 norm(vec3 a) { double l = sqrt(dot3(a, a)); return scale(a, 1.0 / l); }

static double scene(vec3 p)
{
    double d1 = sqrt(dot3(p, p)) - 1.0;
    double d2 = p.y + 1.0;
    vec3 q = v3(fmod(fabs(p.x), 3.0) - 1.5, p.y, fmod(fabs(p.z), 3.0) - 1.5);
    double d3 = sqrt(dot3(q, q)) - 0.4;
    double d = d1 < d2 ? d1 : d2;
    return d < d3 ? d : d3;
}

static vec3 normal_at(vec3 p)
{
    double e = 1e-4;
    return norm(v3(scene(add(p, v3(e, 0, 0))) - scene(add(p, v3(-e, 0, 0))),
                   scene(add(p, v3(0, e, 0))) - scene(add(p, v3(0, -e, 0))),
                   scene(add(p, v3(0, 0, e))) - scene(add(p, v3(0, 0, -e)))));
}

static float shade(int px, int py)
{
    vec3 ro = v3(0.0, 0.5, -4.0);
    vec3 rd = norm(v3((px - IW / 2.0) / IH, -(py - IH / 2.0) / IH, 1.0));
    vec3 light = norm(v3(0.6, 0.8, -0.4));
    double t = 0.0;
    int i;
    for (i = 0; i < 200; i++) {
        vec3 p = add(ro, scale(rd, t));
        double d = scene(p);
        if (d < 1e-4) {
            vec3 n = normal_at(p);
            double diff = dot3(n, light);
            return (float)(diff > 0 ? diff : 0.05);
        }
        t += d;
        if (t > 40.0) break;
    }
    return 0.0f;
}

static void render_row(float *row, int w, int y)
{
    int x;
    for (x = 0; x < w; x++)
        row[x] = shade(x, y);
}

int main(int argc, char **argv)
{
    int x, y;
    double sum = 0.0;
    unsigned long h = 0;
    if (argc > 2) { IW = atoi(argv[1]); IH = atoi(argv[2]); }
    fb = malloc(sizeof(float) * IW * IH);
    for (y = 0; y < IH; y++)
        render_row(fb + y * IW, IW, y);
    for (y = 0; y < IH; y++)
        for (x = 0; x < IW; x++) {
            sum += fb[y * IW + x];
            h = h * 31 + (unsigned long)(fb[y * IW + x] * 255.0f);
        }
    printf("image %dx%d sum %.6f hash %lu\n", IW, IH, sum, h);
    free(fb);
    return 0;
}
