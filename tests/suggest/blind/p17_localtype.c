#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
int main(void)
{
    struct pt { double x, y; };
    typedef struct pt pt_t;
    enum { STEPS = 3000 };
    int i;
    for (i = 0; i < N; i++) {
        pt_t p; int k;
        p.x = i; p.y = 0;
        for (k = 0; k < STEPS; k++) p.y += sin(p.x + k);
        out[i] = p.y;
    }
    printf("%.5f %.5f\n", out[0], out[N - 1]);
    return 0;
}
