/* A renderer whose rows are written through a macro (AT(x, y) for
 * (grid[(y)][(x)])) and whose view is a struct holding a pointer the loop
 * never follows (lit: lint/suggest-macro-row.test). */
#include <stdio.h>

#define W 256
#define H 64
#define AT(x, y) (grid[(y)][(x)])
#define LIMIT 2000

typedef struct {
    const char *name;
    double cx, cy, span;
    int shift;
} View;

static unsigned short grid[H][W];

static unsigned escape(double cr, double ci)
{
    double zr = 0, zi = 0;
    int n = 0;
    while (n < LIMIT && zr * zr + zi * zi < 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        n++;
    }
    return (unsigned)n;
}

static void render(const View *v)
{
    int x, y;
    double scale = v->span / W;
    for (y = 0; y < H; y++) {
        double ci = v->cy + (y - H / 2) * scale;
        for (x = 0; x < W; x++)
            AT(x, y) = (unsigned short)(escape(v->cx + (x - W / 2) * scale, ci) >> v->shift);
    }
}

int main(void)
{
    static const View seahorse = {"seahorse", -0.75, 0.1, 0.05, 0};
    render(&seahorse);
    unsigned long sum = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) sum = sum * 31 + AT(x, y);
    printf("%s %lu\n", seahorse.name, sum);
    return 0;
}
