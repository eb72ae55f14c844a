/*
 * particles.c -- legacy 2-D particle system update (explicit Euler, attractors, walls).
 * Serial reference code; prints a checksum of the final state.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define NPART      256
#define NATTR      1500
#define NSTEPS     10
#define BOX        100.0
#define DT         0.01
#define SOFTEN     0.05
#define DAMP       0.999
#define MAXSPEED   50.0
#define SQR(x)     ((x) * (x))
#define CLAMP(v, lo, hi) ((v) < (lo) ? (lo) : ((v) > (hi) ? (hi) : (v)))

typedef struct {
  double x, y;
  double vx, vy;
  double mass;
  double charge;
  int    bounces;
  int    alive;
} Particle;

typedef struct {
  double x, y;
  double strength;
  double radius;
} Attractor;

static Particle  parts[NPART];
static Attractor attrs[NATTR];
static unsigned long long rng_state = 88172645463325252ULL;

static double rnd(void)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (double)(rng_state >> 11) / 9007199254740992.0;
}

static void init_attractors(void)
{
  int a;
  for (a = 0; a < NATTR; a++) {
    attrs[a].x = rnd() * BOX;
    attrs[a].y = rnd() * BOX;
    attrs[a].strength = (rnd() - 0.3) * 4.0;
    attrs[a].radius = 0.5 + rnd() * 3.0;
  }
}

static void init_particles(void)
{
  int p;
  for (p = 0; p < NPART; p++) {
    parts[p].x = rnd() * BOX;
    parts[p].y = rnd() * BOX;
    parts[p].vx = (rnd() - 0.5) * 2.0;
    parts[p].vy = (rnd() - 0.5) * 2.0;
    parts[p].mass = 0.5 + rnd();
    parts[p].charge = rnd() < 0.5 ? -1.0 : 1.0;
    parts[p].bounces = 0;
    parts[p].alive = 1;
  }
}

/* the inner part: one particle against every attractor */
static void attractor_force(const Particle *pp, double *fx, double *fy)
{
  int a;
  double ax = 0, ay = 0;
  for (a = 0; a < NATTR; a++) {
    double dx = attrs[a].x - pp->x;
    double dy = attrs[a].y - pp->y;
    double r2 = SQR(dx) + SQR(dy) + SOFTEN;
    double r = sqrt(r2);
    double f = attrs[a].strength * pp->charge / r2;
    if (r < attrs[a].radius)
      f *= r / attrs[a].radius;
    ax += f * dx / r;
    ay += f * dy / r;
  }
  *fx = ax;
  *fy = ay;
}

static void limit_speed(Particle *pp)
{
  double s = sqrt(SQR(pp->vx) + SQR(pp->vy));
  if (s > MAXSPEED) {
    pp->vx *= MAXSPEED / s;
    pp->vy *= MAXSPEED / s;
  }
}

static void walls(Particle *pp)
{
  if (pp->x < 0) { pp->x = -pp->x; pp->vx = -pp->vx; pp->bounces++; }
  if (pp->x > BOX) { pp->x = 2 * BOX - pp->x; pp->vx = -pp->vx; pp->bounces++; }
  if (pp->y < 0) { pp->y = -pp->y; pp->vy = -pp->vy; pp->bounces++; }
  if (pp->y > BOX) { pp->y = 2 * BOX - pp->y; pp->vy = -pp->vy; pp->bounces++; }
  if (pp->bounces > 40) pp->alive = 0;
}

static double kinetic(const Particle *ps, int n)
{
  double e = 0;
  int p;
  for (p = 0; p < n; p++)
    if (ps[p].alive)
      e += 0.5 * ps[p].mass * (SQR(ps[p].vx) + SQR(ps[p].vy));
  return e;
}

static void step(int s)
{
  int p;
  double fx, fy, ax, ay;
  for (p = 0; p < NPART; p++) {
    if (!parts[p].alive)
      continue;
    attractor_force(&parts[p], &fx, &fy);
    ax = fx / parts[p].mass;
    ay = fy / parts[p].mass;
    parts[p].vx = (parts[p].vx + ax * DT) * DAMP;
    parts[p].vy = (parts[p].vy + ay * DT) * DAMP;
    limit_speed(&parts[p]);
    parts[p].x += parts[p].vx * DT;
    parts[p].y += parts[p].vy * DT;
    walls(&parts[p]);
  }
  (void)s;
}

/* same update, written inline the way the older part of the code base does it */
static void step_inline(Particle *ps, int n)
{
  int p, a;
  double ax, ay, dx, dy, r2, r, f, sp;
  for (p = 0; p < n; p++) {
    if (!ps[p].alive)
      continue;
    ax = 0;
    ay = 0;
    for (a = 0; a < NATTR; a++) {
      dx = attrs[a].x - ps[p].x;
      dy = attrs[a].y - ps[p].y;
      r2 = SQR(dx) + SQR(dy) + SOFTEN;
      r = sqrt(r2);
      f = attrs[a].strength * ps[p].charge / r2;
      if (r < attrs[a].radius)
        f *= r / attrs[a].radius;
      ax += f * dx / r;
      ay += f * dy / r;
    }
    ax /= ps[p].mass;
    ay /= ps[p].mass;
    ps[p].vx = (ps[p].vx + ax * DT) * DAMP;
    ps[p].vy = (ps[p].vy + ay * DT) * DAMP;
    sp = sqrt(SQR(ps[p].vx) + SQR(ps[p].vy));
    if (sp > MAXSPEED) {
      ps[p].vx *= MAXSPEED / sp;
      ps[p].vy *= MAXSPEED / sp;
    }
    ps[p].x += ps[p].vx * DT;
    ps[p].y += ps[p].vy * DT;
    if (ps[p].x < 0) { ps[p].x = -ps[p].x; ps[p].vx = -ps[p].vx; ps[p].bounces++; }
    if (ps[p].x > BOX) { ps[p].x = 2 * BOX - ps[p].x; ps[p].vx = -ps[p].vx; ps[p].bounces++; }
    if (ps[p].y < 0) { ps[p].y = -ps[p].y; ps[p].vy = -ps[p].vy; ps[p].bounces++; }
    if (ps[p].y > BOX) { ps[p].y = 2 * BOX - ps[p].y; ps[p].vy = -ps[p].vy; ps[p].bounces++; }
    if (ps[p].bounces > 40) ps[p].alive = 0;
  }
}

static void histogram(const Particle *ps, int n, int *bins, int nb)
{
  int p, b;
  memset(bins, 0, sizeof(int) * (size_t)nb);
  for (p = 0; p < n; p++) {
    b = (int)(ps[p].x / BOX * nb);
    b = CLAMP(b, 0, nb - 1);
    bins[b]++;
  }
}

static unsigned long checksum(const Particle *ps, int n)
{
  unsigned long h = 1469598103UL;
  int p;
  for (p = 0; p < n; p++) {
    long q = (long)floor(ps[p].x * 1000.0) ^ ((long)floor(ps[p].y * 1000.0) << 7);
    h = (h ^ (unsigned long)q) * 16777619UL;
    h ^= (unsigned long)ps[p].bounces;
  }
  return h;
}

int main(int argc, char **argv)
{
  int s, bins[10], b;
  int steps = NSTEPS;
  Particle *copy;
  double e0, e1;

  if (argc > 1) steps = atoi(argv[1]);
  init_attractors();
  init_particles();
  copy = malloc(sizeof(Particle) * NPART);
  if (!copy) return 1;
  memcpy(copy, parts, sizeof(Particle) * NPART);

  e0 = kinetic(parts, NPART);
  for (s = 0; s < steps; s++)
    step(s);
  e1 = kinetic(parts, NPART);
  printf("helper version: E0=%.6f E1=%.6f sum=%lu\n", e0, e1, checksum(parts, NPART));

  for (s = 0; s < steps; s++)
    step_inline(copy, NPART);
  printf("inline version: E1=%.6f sum=%lu\n", kinetic(copy, NPART), checksum(copy, NPART));

  histogram(copy, NPART, bins, 10);
  for (b = 0; b < 10; b++) printf("%d ", bins[b]);
  printf("\n");
  free(copy);
  return 0;
}
