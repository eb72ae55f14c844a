/* A ray tracer that renders a frame in tiles: one task per tile of 64 x 64
 * pixels, scene passed by const pointer, one compute after the loop. */
#include <delayed.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define WIDTH 512
#define HEIGHT 256
#define TILE 64
#define TX (WIDTH / TILE)
#define TY (HEIGHT / TILE)
#define MAX_SPHERES 8

typedef struct {
  double x, y, z;
} vec3;

typedef struct {
  vec3 centre;
  double radius;
  double albedo;
} sphere;

typedef struct {
  sphere s[MAX_SPHERES];
  int count;
  vec3 light;
} scene;

static inline vec3 sub(vec3 a, vec3 b) { return (vec3){a.x - b.x, a.y - b.y, a.z - b.z}; }
static inline double dot(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

static double trace(const scene *sc, vec3 dir) {
  double best = INFINITY, shade = 0.0;
  for (int i = 0; i < sc->count; i++) {
    const sphere *sp = &sc->s[i];
    double b = dot(dir, sp->centre);
    double disc = b * b - dot(sp->centre, sp->centre) + sp->radius * sp->radius;
    if (disc < 0.0)
      continue;
    double t = b - sqrt(disc);
    if (t > 0.0 && t < best) {
      best = t;
      vec3 hit = {dir.x * t, dir.y * t, dir.z * t};
      vec3 n = sub(hit, sp->centre);
      double l = dot(n, sub(sc->light, hit)) / (sp->radius + 1e-9);
      shade = l > 0.0 ? sp->albedo * l : 0.0;
    }
  }
  return shade;
}

/* Renders one tile into its own TILE x TILE buffer; returns its mean brightness. */
DELAYED double render_tile(DELAYED_IN const scene *sc, int tx, int ty,
                           DELAYED_OUT_N(TILE * TILE) float *pixels) {
  double sum = 0.0;
  for (int y = 0; y < TILE; y++) {
    for (int x = 0; x < TILE; x++) {
      vec3 d = {((tx * TILE + x) - WIDTH / 2) / (double)WIDTH,
                ((ty * TILE + y) - HEIGHT / 2) / (double)HEIGHT, 1.0};
      double len = sqrt(dot(d, d));
      vec3 u = {d.x / len, d.y / len, d.z / len};
      float v = (float)trace(sc, u);
      pixels[y * TILE + x] = v;
      sum += v;
    }
  }
  return sum / (TILE * TILE);
}

static void make_scene(scene *sc) {
  sc->count = 3;
  for (int i = 0; i < sc->count; i++) {
    sc->s[i].centre = (vec3){-1.0 + i, 0.0, 4.0 + i};
    sc->s[i].radius = 0.75;
    sc->s[i].albedo = 0.5 + 0.1 * i;
  }
  sc->light = (vec3){5.0, 5.0, -5.0};
}

int main(void) {
  scene sc;
  make_scene(&sc);
  float *tiles = malloc(sizeof(float) * TX * TY * TILE * TILE);
  if (!tiles)
    return 1;
  double mean[TY][TX];
  for (int ty = 0; ty < TY; ty++)
    for (int tx = 0; tx < TX; tx++)
      mean[ty][tx] = delayed(render_tile)(&sc, tx, ty, tiles + (ty * TX + tx) * TILE * TILE);
  delayed_compute(mean, tiles);
  double frame = 0.0;
  for (int ty = 0; ty < TY; ty++)
    for (int tx = 0; tx < TX; tx++)
      frame += mean[ty][tx];
  printf("mean brightness %.4f, first pixel %.4f\n", frame / (TX * TY), tiles[0]);
  free(tiles);
  return 0;
}
