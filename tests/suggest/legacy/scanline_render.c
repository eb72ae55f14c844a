/*
 * scanline_render.c - a tiny Whitted-style ray tracer.
 *
 * Renders a fixed scene of spheres lit by a handful of point lights into
 * an RGB float buffer, converts it to 8-bit and prints a checksum of the
 * image so that regressions in the shading code are easy to spot.
 *
 * The scene lives in file-scope tables that are filled once by
 * init_scene() and never modified afterwards.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef IMG_W
#define IMG_W 640
#endif
#ifndef IMG_H
#define IMG_H 480
#endif
#ifndef SAMPLES
#define SAMPLES 2          /* SAMPLES x SAMPLES jittered grid per pixel */
#endif

#define MAX_DEPTH    5
#define MAX_SPHERES  32
#define MAX_LIGHTS   4
#define EPSILON      1e-4
#define BIG          1e30

#define CLAMP01(x) ((x) < 0.0 ? 0.0 : ((x) > 1.0 ? 1.0 : (x)))

typedef struct { double x, y, z; } Vec3;

typedef struct {
    Vec3   center;
    double radius;
    int    material;       /* index into material_table */
} Sphere;

typedef struct {
    Vec3   pos;
    Vec3   color;
    double intensity;
} Light;

typedef struct {
    Vec3   diffuse;
    double specular;
    double shininess;
    double reflect;
    int    checker;        /* procedural checkerboard */
} Material;

typedef struct {
    Vec3 origin;
    Vec3 dir;
} Ray;

/* ------------------------------------------------------------------ */
/* Read-only tables                                                    */
/* ------------------------------------------------------------------ */

static const Material material_table[] = {
    /* diffuse                 spec  shin   refl  checker */
    { { 0.80, 0.80, 0.80 },   0.10, 10.0,  0.15, 1 },   /* floor        */
    { { 0.90, 0.20, 0.20 },   0.60, 60.0,  0.30, 0 },   /* red plastic  */
    { { 0.20, 0.80, 0.30 },   0.40, 30.0,  0.10, 0 },   /* green matte  */
    { { 0.25, 0.35, 0.95 },   0.80, 120.0, 0.50, 0 },   /* blue glossy  */
    { { 0.95, 0.95, 0.95 },   1.00, 250.0, 0.85, 0 },   /* mirror       */
    { { 0.95, 0.75, 0.20 },   0.70, 80.0,  0.35, 0 },   /* gold         */
};
#define NUM_MATERIALS ((int)(sizeof material_table / sizeof material_table[0]))

static const Vec3 sky_top    = { 0.35, 0.55, 0.95 };
static const Vec3 sky_bottom = { 0.95, 0.95, 1.00 };

/* Scene: written once by init_scene(), read-only during rendering. */
static Sphere spheres[MAX_SPHERES];
static int    num_spheres;
static Light  lights[MAX_LIGHTS];
static int    num_lights;
static Vec3   ambient;
static Vec3   cam_pos, cam_fwd, cam_right, cam_up;
static double cam_fov_scale;

/* Output buffers. */
static float         framebuf[IMG_H][IMG_W][3];
static unsigned char image8[IMG_H][IMG_W][3];

/* ------------------------------------------------------------------ */
/* Vector helpers                                                      */
/* ------------------------------------------------------------------ */

static inline Vec3 v3(double x, double y, double z) { Vec3 r = { x, y, z }; return r; }
static inline Vec3 vadd(Vec3 a, Vec3 b) { return v3(a.x + b.x, a.y + b.y, a.z + b.z); }
static inline Vec3 vsub(Vec3 a, Vec3 b) { return v3(a.x - b.x, a.y - b.y, a.z - b.z); }
static inline Vec3 vscale(Vec3 a, double s) { return v3(a.x * s, a.y * s, a.z * s); }
static inline Vec3 vmul(Vec3 a, Vec3 b) { return v3(a.x * b.x, a.y * b.y, a.z * b.z); }
static inline double vdot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static inline Vec3 vcross(Vec3 a, Vec3 b)
{
    return v3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x);
}
static inline Vec3 vnorm(Vec3 a)
{
    double len = sqrt(vdot(a, a));
    return len > 0.0 ? vscale(a, 1.0 / len) : a;
}
static inline Vec3 vreflect(Vec3 d, Vec3 n) { return vsub(d, vscale(n, 2.0 * vdot(d, n))); }

/* ------------------------------------------------------------------ */
/* Scene setup                                                         */
/* ------------------------------------------------------------------ */

static void add_sphere(double x, double y, double z, double r, int mat)
{
    if (num_spheres >= MAX_SPHERES) {
        fprintf(stderr, "scene: too many spheres\n");
        exit(EXIT_FAILURE);
    }
    if (mat < 0 || mat >= NUM_MATERIALS) {
        fprintf(stderr, "scene: bad material %d\n", mat);
        exit(EXIT_FAILURE);
    }
    spheres[num_spheres].center   = v3(x, y, z);
    spheres[num_spheres].radius   = r;
    spheres[num_spheres].material = mat;
    num_spheres++;
}

static void add_light(double x, double y, double z, double r, double g, double b, double in)
{
    if (num_lights >= MAX_LIGHTS) {
        fprintf(stderr, "scene: too many lights\n");
        exit(EXIT_FAILURE);
    }
    lights[num_lights].pos       = v3(x, y, z);
    lights[num_lights].color     = v3(r, g, b);
    lights[num_lights].intensity = in;
    num_lights++;
}

static void init_scene(void)
{
    int i;

    num_spheres = 0;
    num_lights  = 0;
    ambient = v3(0.08, 0.08, 0.10);

    /* huge sphere acting as the floor */
    add_sphere(0.0, -10000.0, 0.0, 10000.0, 0);

    add_sphere( 0.0, 1.0,  0.0, 1.0, 4);
    add_sphere(-2.2, 0.7,  1.0, 0.7, 1);
    add_sphere( 2.1, 0.8,  0.8, 0.8, 3);
    add_sphere(-0.9, 0.35, 2.2, 0.35, 5);
    add_sphere( 1.0, 0.3,  2.4, 0.3, 2);

    /* a ring of small spheres */
    for (i = 0; i < 12; i++) {
        double a = (double)i * (2.0 * 3.14159265358979323846 / 12.0);
        add_sphere(4.0 * cos(a), 0.25, 4.0 * sin(a) - 1.0, 0.25, 1 + (i % (NUM_MATERIALS - 1)));
    }

    add_light(-5.0, 8.0,  6.0, 1.0, 0.95, 0.90, 0.9);
    add_light( 6.0, 6.0,  3.0, 0.6, 0.70, 1.00, 0.6);
    add_light( 0.0, 10.0, -6.0, 1.0, 1.00, 1.00, 0.3);

    cam_pos = v3(0.0, 2.2, 7.5);
    cam_fwd = vnorm(vsub(v3(0.0, 0.7, 0.0), cam_pos));
    cam_right = vnorm(vcross(cam_fwd, v3(0.0, 1.0, 0.0)));
    cam_up = vcross(cam_right, cam_fwd);
    cam_fov_scale = tan(0.5 * 55.0 * 3.14159265358979323846 / 180.0);
}

/* ------------------------------------------------------------------ */
/* Intersection and shading                                            */
/* ------------------------------------------------------------------ */

/* Returns distance along the ray to the sphere, or BIG if no hit. */
static double hit_sphere(const Sphere *s, const Ray *r)
{
    Vec3 oc = vsub(r->origin, s->center);
    double b = vdot(oc, r->dir);
    double c = vdot(oc, oc) - s->radius * s->radius;
    double disc = b * b - c;
    double sq, t;

    if (disc < 0.0)
        return BIG;
    sq = sqrt(disc);
    t = -b - sq;
    if (t > EPSILON)
        return t;
    t = -b + sq;
    if (t > EPSILON)
        return t;
    return BIG;
}

static int closest_hit(const Ray *r, double *t_out)
{
    int i, best = -1;
    double best_t = BIG;

    for (i = 0; i < num_spheres; i++) {
        double t = hit_sphere(&spheres[i], r);
        if (t < best_t) {
            best_t = t;
            best = i;
        }
    }
    *t_out = best_t;
    return best;
}

static int in_shadow(Vec3 p, Vec3 to_light, double max_t)
{
    Ray sr;
    int i;

    sr.origin = p;
    sr.dir = to_light;
    for (i = 0; i < num_spheres; i++) {
        if (hit_sphere(&spheres[i], &sr) < max_t)
            return 1;
    }
    return 0;
}

static Vec3 sky_color(Vec3 dir)
{
    double t = 0.5 * (dir.y + 1.0);
    return vadd(vscale(sky_bottom, 1.0 - t), vscale(sky_top, t));
}

static Vec3 surface_color(const Material *m, Vec3 p)
{
    if (m->checker) {
        int cx = (int)floor(p.x * 0.8);
        int cz = (int)floor(p.z * 0.8);
        if ((cx + cz) & 1)
            return vscale(m->diffuse, 0.35);
    }
    return m->diffuse;
}

static Vec3 trace_ray(const Ray *r, int depth)
{
    double t;
    int idx = closest_hit(r, &t);
    const Sphere *s;
    const Material *m;
    Vec3 p, n, base, col;
    int li;

    if (idx < 0)
        return sky_color(r->dir);

    s = &spheres[idx];
    m = &material_table[s->material];
    p = vadd(r->origin, vscale(r->dir, t));
    n = vnorm(vsub(p, s->center));
    if (vdot(n, r->dir) > 0.0)
        n = vscale(n, -1.0);

    base = surface_color(m, p);
    col = vmul(base, ambient);

    for (li = 0; li < num_lights; li++) {
        const Light *L = &lights[li];
        Vec3 to_l = vsub(L->pos, p);
        double dist = sqrt(vdot(to_l, to_l));
        double ndl;

        to_l = vscale(to_l, 1.0 / dist);
        ndl = vdot(n, to_l);
        if (ndl <= 0.0)
            continue;
        if (in_shadow(vadd(p, vscale(n, EPSILON * 10.0)), to_l, dist))
            continue;

        col = vadd(col, vscale(vmul(base, L->color), ndl * L->intensity));
        {
            Vec3 h = vnorm(vsub(to_l, r->dir));
            double nh = vdot(n, h);
            if (nh > 0.0)
                col = vadd(col, vscale(L->color, m->specular * L->intensity * pow(nh, m->shininess)));
        }
    }

    if (m->reflect > 0.0 && depth < MAX_DEPTH) {
        Ray rr;
        Vec3 rc;
        rr.origin = vadd(p, vscale(n, EPSILON * 10.0));
        rr.dir = vnorm(vreflect(r->dir, n));
        rc = trace_ray(&rr, depth + 1);
        col = vadd(vscale(col, 1.0 - m->reflect), vscale(rc, m->reflect));
    }
    return col;
}

static Ray camera_ray(double px, double py)
{
    Ray r;
    double aspect = (double)IMG_W / (double)IMG_H;
    double sx = (2.0 * px / IMG_W - 1.0) * aspect * cam_fov_scale;
    double sy = (1.0 - 2.0 * py / IMG_H) * cam_fov_scale;

    r.origin = cam_pos;
    r.dir = vnorm(vadd(cam_fwd, vadd(vscale(cam_right, sx), vscale(cam_up, sy))));
    return r;
}

/* ------------------------------------------------------------------ */
/* Rendering                                                           */
/* ------------------------------------------------------------------ */

static void render_pixel(int x, int y, float out[3])
{
    Vec3 acc = v3(0.0, 0.0, 0.0);
    int sx, sy;
    const double inv = 1.0 / (SAMPLES * SAMPLES);

    for (sy = 0; sy < SAMPLES; sy++) {
        for (sx = 0; sx < SAMPLES; sx++) {
            double px = x + (sx + 0.5) / SAMPLES;
            double py = y + (sy + 0.5) / SAMPLES;
            Ray r = camera_ray(px, py);
            acc = vadd(acc, trace_ray(&r, 0));
        }
    }
    out[0] = (float)(acc.x * inv);
    out[1] = (float)(acc.y * inv);
    out[2] = (float)(acc.z * inv);
}

static void render(void)
{
    int x, y;

    for (y = 0; y < IMG_H; y++) {
        for (x = 0; x < IMG_W; x++)
            render_pixel(x, y, framebuf[y][x]);
    }
}

static void tonemap(void)
{
    int x, y, c;

    for (y = 0; y < IMG_H; y++)
        for (x = 0; x < IMG_W; x++)
            for (c = 0; c < 3; c++) {
                double v = CLAMP01((double)framebuf[y][x][c]);
                v = pow(v, 1.0 / 2.2);
                image8[y][x][c] = (unsigned char)(v * 255.0 + 0.5);
            }
}

static uint32_t fnv1a(const unsigned char *buf, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= buf[i];
        h *= 16777619u;
    }
    return h;
}

int main(void)
{
    unsigned long sum[3] = { 0, 0, 0 };
    int x, y, c;

    init_scene();
    render();
    tonemap();

    for (y = 0; y < IMG_H; y++)
        for (x = 0; x < IMG_W; x++)
            for (c = 0; c < 3; c++)
                sum[c] += image8[y][x][c];

    printf("scene: %d spheres, %d lights, %dx%d, %d spp\n",
           num_spheres, num_lights, IMG_W, IMG_H, SAMPLES * SAMPLES);
    printf("mean rgb: %.3f %.3f %.3f\n",
           (double)sum[0] / (IMG_W * IMG_H),
           (double)sum[1] / (IMG_W * IMG_H),
           (double)sum[2] / (IMG_W * IMG_H));
    printf("center pixel: %u %u %u\n",
           image8[IMG_H / 2][IMG_W / 2][0], image8[IMG_H / 2][IMG_W / 2][1],
           image8[IMG_H / 2][IMG_W / 2][2]);
    printf("image hash: %08x\n", (unsigned)fnv1a(&image8[0][0][0], sizeof image8));
    return 0;
}
