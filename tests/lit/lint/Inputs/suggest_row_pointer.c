/* Row pointers made by pointer arithmetic (blind round 40 F6): C + i * n
 * written, A + i * n read, out + (size_t)y * w + 1 and the row's edges
 * written through *(out + (size_t)y * w + w - 1). */
#include <stdio.h>
#include <stdlib.h>

static void matmul(const double *A, const double *B, double *C, int n)
{
    for (int i = 0; i < n; i++) {
        double *ci = C + i * n;
        const double *ai = A + i * n;
        for (int j = 0; j < n; j++)
            ci[j] = 0.0;
        for (int k = 0; k < n; k++) {
            const double *bk = B + k * n;
            for (int j = 0; j < n; j++)
                ci[j] += ai[k] * bk[j];
        }
    }
}

static void smooth(const float *in, float *out, int w, int h)
{
    for (int y = 0; y < h; y++) {
        const float *src = in + (size_t)y * w;
        float *dst = out + (size_t)y * w + 1;
        for (int r = 0; r < 40; r++)
            for (int x = 1; x < w - 1; x++)
                dst[x - 1] = 0.25f * src[x - 1] + 0.5f * src[x] + 0.25f * src[x + 1] + 1e-6f * (float)r;
        *(out + (size_t)y * w) = src[0];
        *(out + (size_t)y * w + w - 1) = src[w - 1];
    }
}

int main(void)
{
    int n = 300, w = 2000, h = 300;
    double *A = malloc(sizeof(double) * n * n), *B = malloc(sizeof(double) * n * n), *C = malloc(sizeof(double) * n * n);
    float *in = malloc(sizeof(float) * w * h), *out = malloc(sizeof(float) * w * h);
    if (!A || !B || !C || !in || !out) return 1;
    for (int i = 0; i < n * n; i++) { A[i] = (i % 7) * 0.5; B[i] = (i % 11) * 0.25; }
    for (int i = 0; i < w * h; i++) in[i] = (float)(i % 13);
    matmul(A, B, C, n);
    smooth(in, out, w, h);
    double s = 0;
    for (int i = 0; i < n * n; i++) s += C[i] * (i % 3);
    double t = 0;
    for (int i = 0; i < w * h; i++) t += out[i] * (i % 5);
    printf("%.6f %.6f\n", s, t);
    free(A); free(B); free(C); free(in); free(out);
    return 0;
}
