#include <stdio.h>
#include <math.h>
#define N 32
struct item { double v[4]; int id; };
static struct item items[N];
static struct item make(int i)
{
    struct item it; int j, k;
    for (j = 0; j < 4; j++) { it.v[j] = 0; for (k = 0; k < 800; k++) it.v[j] += sin(i * j + k * 0.01); }
    it.id = i;
    return it;
}
int main(void)
{
    int i;
    for (i = 0; i < N; i++)
        items[i] = make(i);
    for (i = 0; i < N; i++) {
        int j, k;
        for (j = 0; j < 4; j++)
            for (k = 0; k < 800; k++)
                items[i].v[j] += cos(items[i].v[(j + 1) % 4] + k);
    }
    printf("%d %.5f %.5f\n", items[N-1].id, items[0].v[1], items[N-1].v[3]);
    return 0;
}
