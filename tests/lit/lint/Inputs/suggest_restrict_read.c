/* An n-body step (blind 73a): compute_forces reads all of b and writes ax[i], ay[i], az[i]. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

#define NB 600
#define STEPS 4

typedef struct {
    double x, y, z;
    double vx, vy, vz;
    double m;
} Body;

static void init_bodies(Body *b, int n)
{
    unsigned int s = 12345u;
    int i;
    for (i = 0; i < n; i++) {
        s = s * 1103515245u + 12345u; b[i].x = (s >> 8) % 10000 / 100.0;
        s = s * 1103515245u + 12345u; b[i].y = (s >> 8) % 10000 / 100.0;
        s = s * 1103515245u + 12345u; b[i].z = (s >> 8) % 10000 / 100.0;
        b[i].vx = b[i].vy = b[i].vz = 0.0;
        s = s * 1103515245u + 12345u; b[i].m = 1.0 + (s >> 8) % 100 / 10.0;
    }
}

static void compute_forces(const Body *b, int n, double *ax, double *ay, double *az)
{
    int i, j;
    for (i = 0; i < n; i++) {
        double fx = 0, fy = 0, fz = 0;
        for (j = 0; j < n; j++) {
            double dx, dy, dz, r2, inv;
            if (j == i) continue;
            dx = b[j].x - b[i].x;
            dy = b[j].y - b[i].y;
            dz = b[j].z - b[i].z;
            r2 = dx * dx + dy * dy + dz * dz + 0.01;
            inv = b[j].m / (r2 * sqrt(r2));
            fx += dx * inv; fy += dy * inv; fz += dz * inv;
        }
        ax[i] = fx; ay[i] = fy; az[i] = fz;
    }
}

static void integrate(Body *b, int n, const double *ax, const double *ay, const double *az, double dt)
{
    int i;
    for (i = 0; i < n; i++) {
        b[i].vx += ax[i] * dt; b[i].vy += ay[i] * dt; b[i].vz += az[i] * dt;
        b[i].x += b[i].vx * dt; b[i].y += b[i].vy * dt; b[i].z += b[i].vz * dt;
    }
}

static double energy(const Body *b, int n)
{
    double e = 0;
    int i;
    for (i = 0; i < n; i++)
        e += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
    return e;
}

int main(void)
{
    Body *b = malloc(NB * sizeof(Body));
    double *ax = malloc(NB * sizeof(double));
    double *ay = malloc(NB * sizeof(double));
    double *az = malloc(NB * sizeof(double));
    int s;
    init_bodies(b, NB);
    for (s = 0; s < STEPS; s++) {
        compute_forces(b, NB, ax, ay, az);
        integrate(b, NB, ax, ay, az, 0.001);
        printf("step %2d kinetic %.9e\n", s, energy(b, NB));
    }
    printf("final x0 %.9f y0 %.9f z0 %.9f\n", b[0].x, b[0].y, b[0].z);
    free(b); free(ax); free(ay); free(az);
    return 0;
}
