/* suggest_array_param.c — a pixel function that writes through a parameter
 * declared as an array (`float out[3]`), called for every pixel of a frame:
 * the parameter is a pointer it writes 3 elements through (lit input:
 * lint/suggest-array-param.test). */
#include <stdio.h>

static float frame[48][64][3];

static void shade(int x, int y, float out[3])
{
    double a = 0;
    for (int k = 0; k < 20000; k++)
        a += (double)((x * 31 + y * 17 + k) % 13) * 0.5;
    out[0] = (float)a;
    out[1] = (float)(a / 2);
    out[2] = (float)(x + y);
}

int main(void)
{
    /* one loop over the pixels: the calls are the tasks (a loop of rows
     * around them would be proposed as the coarser unit instead) */
    for (int p = 0; p < 48 * 64; p++)
        shade(p % 64, p / 64, frame[p / 64][p % 64]);
    double s = 0;
    for (int y = 0; y < 48; y++)
        for (int x = 0; x < 64; x++)
            s += frame[y][x][0] + frame[y][x][1] * 3 + frame[y][x][2];
    printf("%.1f\n", s);
    return 0;
}
