/* suggest_refused.c — functions whose calls look parallel but would not be
 * (lit input: lint/suggest-refused.test; from a blind test of suggest). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* every call adds into the same *total: ordered */
void accumulate(const double *v, int n, double *total)
{
    double s = 0;
    for (int i = 0; i < n; i++) s += v[i] * v[i];
    *total += s;
}

static void merge(int *a, int *tmp, int lo, int mid, int hi)
{
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = (a[i] <= a[j]) ? a[i++] : a[j++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, sizeof(int) * (size_t)(hi - lo));
}

/* both halves hand on a and tmp as they are, with the range split in two */
void merge_sort(int *a, int *tmp, int lo, int hi)
{
    if (hi - lo < 2) return;
    int mid = lo + (hi - lo) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    merge(a, tmp, lo, mid, hi);
}

/* reads the rows above and below: a range from -w to 2 * w */
static void stencil_row(const float *in, float *out, int w)
{
    for (int i = 0; i < w; i++)
        for (int k = 0; k < 200; k++)
            out[i] += (in[i - w] + in[i] + in[i + w]) / (float)(k + 1);
}

int main(void)
{
    enum { B = 8192, NB = 32, N = 1 << 16, W = 1024, H = 16 };
    double *x = malloc(sizeof(double) * B * NB), total = 0;
    for (int i = 0; i < B * NB; i++) x[i] = i % 11;
    for (int b = 0; b < NB; b++) accumulate(x + (size_t)b * B, B, &total);
    int *a = malloc(sizeof(int) * N), *tmp = malloc(sizeof(int) * N);
    for (int i = 0; i < N; i++) a[i] = (i * 7919) % N;
    merge_sort(a, tmp, 0, N);
    float *u = calloc((size_t)W * H, sizeof(float)), *v = calloc((size_t)W * H, sizeof(float));
    for (int i = 0; i < W * H; i++) u[i] = (float)(i % 5);
    for (int r = 1; r < H - 1; r++) stencil_row(u + (size_t)r * W, v + (size_t)r * W, W);
    printf("%.1f %d %d %.1f\n", total, a[0], a[N - 1], v[W + 3]);
    free(x); free(a); free(tmp); free(u); free(v);
    return 0;
}
