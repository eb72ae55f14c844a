/* A small ray tracer split into screen tiles.  The tile shader is delayed;
 * two of the call sites make the classic mistake of calling it first. */
#include <delayed.h>
#include <math.h>

#define TILE 32
#define TILES_X 4
#define TILES_Y 4

typedef struct { double x, y, z; } vec3;

static double dot3(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

/* Sum of the brightness of one tile: one primary ray per pixel against a sphere. */
DELAYED double shade_tile(int tx, int ty) {
  const vec3 centre = {0.0, 0.0, 3.0};
  double total = 0.0;
  for (int py = 0; py < TILE; py++) {
    for (int px = 0; px < TILE; px++) {
      vec3 dir = {(tx * TILE + px) / 64.0 - 1.0, (ty * TILE + py) / 64.0 - 1.0, 1.0};
      double len = sqrt(dot3(dir, dir));
      vec3 d = {dir.x / len, dir.y / len, dir.z / len};
      double b = dot3(d, centre);
      double disc = b * b - dot3(centre, centre) + 1.0;
      if (disc > 0.0)
        total += b - sqrt(disc);
    }
  }
  return total;
}

static double sky_tile(int tx, int ty) { return 0.1 * (tx + ty); }

typedef double (*tile_fn)(int, int);

static tile_fn pick_shader(int which) { return which ? shade_tile : sky_tile; }

double render_frame(double out[TILES_Y][TILES_X]) {
  for (int ty = 0; ty < TILES_Y; ty++)
    for (int tx = 0; tx < TILES_X; tx++)
      out[ty][tx] = delayed(shade_tile)(tx, ty);
  delayed_compute(out);
  double sum = 0.0;
  for (int ty = 0; ty < TILES_Y; ty++)
    for (int tx = 0; tx < TILES_X; tx++)
      sum += out[ty][tx];
  return sum;
}

double render_corners(void) {
  double a = delayed(shade_tile(0, 0)); // expect: delayed-call-before-delay
  double b = delayed(shade_tile)(TILES_X - 1, 0);
  double c = delayed(shade_tile)(0, TILES_Y - 1);
  double d = delayed(pick_shader(1))(TILES_X - 1, TILES_Y - 1);
  delayed_compute(b, c, d);
  return a + b + c + d;
}

double render_border(int edge) {
  double left = delayed(shade_tile)(0, edge);
  double right = delayed(shade_tile)(TILES_X - 1, edge);
  double top = delayed(sky_tile(edge, 0)); // expect: delayed-call-before-delay
  delayed_compute(left, right);
  return left + right + top;
}

double brightest_corner(void) {
  double first = delayed(shade_tile)(0, 0);
  double second = delayed(shade_tile)(1, 1);
  delayed_compute(first, second);
  return fmax(first, delayed(fabs(second))); // expect: delayed-call-before-delay
}
