/* C89 Mandelbrot, its row pointer declared at the top and set in the loop (blind round 43: the row loop missed, 'a time step') */
#include <stdio.h>
#include <stdlib.h>
#define W 1000
#define H 800
int main(void)
{
    unsigned char *img, *row;
    int x, y, it;
    double cr, ci, zr, zi, t;
    unsigned long sum = 0;
    img = malloc(W * H);
    for (y = 0; y < H; y++) {
        row = img + y * W;
        ci = -1.2 + 2.4 * y / H;
        for (x = 0; x < W; x++) {
            cr = -2.1 + 3.0 * x / W;
            zr = zi = 0.0;
            for (it = 0; it < 80; it++) {
                t = zr * zr - zi * zi + cr; zi = 2.0 * zr * zi + ci; zr = t;
                if (zr * zr + zi * zi > 4.0) break;
            }
            row[x] = (unsigned char)it;
        }
    }
    for (y = 0; y < W * H; y++) sum = sum * 33 + img[y];
    printf("%lu\n", sum);
    free(img);
    return 0;
}
