/* Blind round 53a (2026-12-07): a ray tracer, one row of pixels an iteration;
 * the scene a malloc'd struct of one (suggest now says DELAYED_IN_N(1)), the
 * pixels stored as (float)shade(...) (emit now a task, not inline). */
/* ray.c - ray/sphere tracer, one primary ray per pixel, diffuse shading */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

#define IMG_W 400
#define IMG_H 300
#define NSPHERES 48
#define SAMPLES 2

typedef struct { double x, y, z; } vec3;
typedef struct { vec3 c; double r; vec3 col; } Sphere;
typedef struct {
    Sphere spheres[NSPHERES];
    int nspheres;
    vec3 light;
} Scene;

static vec3 v_sub(vec3 a, vec3 b) { vec3 r = { a.x - b.x, a.y - b.y, a.z - b.z }; return r; }
static double v_dot(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static vec3 v_norm(vec3 a) { double l = sqrt(v_dot(a, a)); vec3 r = { a.x / l, a.y / l, a.z / l }; return r; }

static int hit(const Scene *s, vec3 o, vec3 d, double *tmin)
{
    int i, best = -1;
    *tmin = 1e30;
    for (i = 0; i < s->nspheres; i++) {
        vec3 oc = v_sub(o, s->spheres[i].c);
        double b = v_dot(oc, d);
        double c = v_dot(oc, oc) - s->spheres[i].r * s->spheres[i].r;
        double disc = b * b - c;
        if (disc > 0) {
            double t = -b - sqrt(disc);
            if (t > 1e-6 && t < *tmin) { *tmin = t; best = i; }
        }
    }
    return best;
}

static double shade(const Scene *s, int px, int py)
{
    double acc = 0;
    int k;
    for (k = 0; k < SAMPLES; k++) {
        vec3 o = { 0, 0, -5 };
        vec3 d = { (px + 0.5 * k - IMG_W / 2.0) / IMG_H, (py + 0.5 * k - IMG_H / 2.0) / IMG_H, 1.0 };
        double t;
        int id;
        d = v_norm(d);
        id = hit(s, o, d, &t);
        if (id >= 0) {
            vec3 p = { o.x + t * d.x, o.y + t * d.y, o.z + t * d.z };
            vec3 n = v_norm(v_sub(p, s->spheres[id].c));
            vec3 l = v_norm(v_sub(s->light, p));
            double diff = v_dot(n, l);
            double ts;
            vec3 p2 = { p.x + 1e-4 * n.x, p.y + 1e-4 * n.y, p.z + 1e-4 * n.z };
            if (diff < 0) diff = 0;
            if (hit(s, p2, l, &ts) >= 0) diff *= 0.3;
            acc += diff * (s->spheres[id].col.x + s->spheres[id].col.y + s->spheres[id].col.z);
        }
    }
    return acc / SAMPLES;
}

int main(void)
{
    Scene *scene = malloc(sizeof *scene);
    float *image = malloc(sizeof(float) * IMG_W * IMG_H);
    int x, y, i;
    double sum = 0;
    scene->nspheres = NSPHERES;
    for (i = 0; i < NSPHERES; i++) {
        scene->spheres[i].c.x = (i % 8) - 3.5;
        scene->spheres[i].c.y = (i / 8) - 2.5;
        scene->spheres[i].c.z = 3.0 + (i % 5);
        scene->spheres[i].r = 0.3 + 0.05 * (i % 4);
        scene->spheres[i].col.x = 0.2 + 0.1 * (i % 7);
        scene->spheres[i].col.y = 0.3;
        scene->spheres[i].col.z = 0.1 * (i % 3);
    }
    scene->light.x = 5; scene->light.y = 5; scene->light.z = -10;
    for (y = 0; y < IMG_H; y++)
        for (x = 0; x < IMG_W; x++)
            image[y * IMG_W + x] = (float)shade(scene, x, y);
    for (i = 0; i < IMG_W * IMG_H; i++) sum += image[i] * (1 + i % 3);
    printf("ray checksum %.6f\n", sum);
    free(image); free(scene);
    return 0;
}
