/* Blind round 49a: out[y * w + x] over x, in a row function: the loop was
 * proposed with a row of one element at out + x, its body writing
 * out_x[y * w], outside it; the fixed program stopped at the first call. */
#include <stdio.h>
#include <stdlib.h>
int width = 2000;           /* legacy: non-static global, set from argv */
int *img;

static int work(int x, int y) { int i, s = 0; for (i = 0; i < 100; i++) s += (x * i + y) % 7; return s; }

void row(int *out, int w, int y)
{
    int x;
    for (x = 0; x < w; x++)
        out[y * w + x] = work(x, y);
}

int main(int argc, char **argv)
{
    int y; long s = 0;
    if (argc > 1) width = atoi(argv[1]);
    img = malloc(sizeof(int) * width * 200);
    for (y = 0; y < 200; y++)
        row(img, width, y);
    for (y = 0; y < width * 200; y++) s += img[y];
    printf("%ld\n", s);
    free(img);
    return 0;
}
