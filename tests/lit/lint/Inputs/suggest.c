#include <stdio.h>
#include <math.h>
static double blur_px(const double *src, int w, int x) { double s = 0; for (int k = -2; k <= 2; k++) { int j = x + k; if (j < 0) j = 0; if (j >= w) j = w - 1; s += src[j] * 0.2; } return s; }
void blur_row(const double *src, double *dst, int w) {
    for (int x = 0; x < w; x++) dst[x] = blur_px(src, w, x);
}
double norm(double *v, int n) { double s = 0; for (int i = 0; i < n; i++) s += v[i] * v[i]; return sqrt(s); }
void scale(double *v, int n, double k) { for (int i = 0; i < n; i++) v[i] *= k; }
int counter;
int count_it(int x) { counter = counter * 2 + 1; for (int i = 0; i < 100; i++) x += i; return x; }
int tiny(int x) { return x + 1; }
void report(double x) { printf("%f\n", x); }
int main(void) {
    static double img[64][256], out[64][256];
    for (int y = 0; y < 64; y++) blur_row(img[y], out[y], 256);
    double tot = 0;
    for (int y = 0; y < 64; y++) tot += norm(out[y], 256);
    scale(out[0], 256, 2.0);
    report(tot);
    printf("%d %d\n", count_it(3), tiny(2));
    return 0;
}
