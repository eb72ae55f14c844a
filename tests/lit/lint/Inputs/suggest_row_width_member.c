/* A row loop indexed by a width read through a pointer (blind 73a). */
#include <stdio.h>
#include <stdlib.h>

typedef struct { int width, height, maxiter; } Params;

static void render(const Params *p, unsigned short *img)
{
    int x, y, k;
    for (y = 0; y < p->height; y++)
        for (x = 0; x < p->width; x++) {
            unsigned v = (unsigned)(x * 31 + y);
            for (k = 0; k < p->maxiter; k++) v = v * 1103515245u + 12345u;
            img[y * p->width + x] = (unsigned short)(v >> 16);
        }
}

int main(void)
{
    Params p = { 400, 300, 200 };
    unsigned short *img = malloc((size_t)p.width * p.height * sizeof *img);
    unsigned long h = 0;
    int i;
    render(&p, img);
    for (i = 0; i < p.width * p.height; i++) h = h * 33 + img[i];
    printf("%lu\n", h);
    free(img);
    return 0;
}
