/* crit1_stencil_offset.c — a count suggest must not guess (lit input: lint/suggest-counts.test;
 * from a blind test of suggest --fix). */
#include <stdio.h>
#include <stdlib.h>

static void init_row(float *row, int w, int r)
{
    for (int i = 0; i < w; i++) {
        float v = (float)r;
        for (int k = 0; k < 100; k++) v = v * 0.5f + 1.0f;
        row[i] = v + (float)r;
    }
}

/* reads the rows above and below: in[i - w], in[i + w] */
static void stencil_row(const float *in, float *out, int w)
{
    for (int i = 0; i < w; i++)
        out[i] = in[i - w] + in[i] + in[i + w];
}

int main(void)
{
    enum { W = 1024, H = 8 };
    float *u = calloc((size_t)W * H, sizeof(float)), *v = calloc((size_t)W * H, sizeof(float));
    for (int r = 0; r < H; r++)
        init_row(u + (size_t)r * W, W, r);
    for (int r = 1; r < H - 1; r++)
        stencil_row(u + (size_t)r * W, v + (size_t)r * W, W);
    double cs = 0;
    for (int i = 0; i < W * H; i++) cs += v[i];
    printf("%.1f\n", cs);
    free(u); free(v);
    return 0;
}
