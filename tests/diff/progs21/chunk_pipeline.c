/* A dask-style pipeline over structs a task returns (blind round 43 F5b):
 * `ch[i] = load(i, n)`, then clean(ch[i]) and summ(ch[i]), each Chunk's
 * `double *data DELAYED_N(n)`.  clean and summ ran one after the other on
 * all memory; now each takes its chunk when load's task is done (the spawn
 * waits for that one) and names the chunk's data: the chunks run together,
 * a chunk's steps in order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { double *data DELAYED_N(n); int n; } Chunk;

DELAYED Chunk load(int id, int n)
{
    Chunk c = {malloc((size_t)n * sizeof(double)), n};
    for (int i = 0; i < n; i++) c.data[i] = (id * 31 + i) % 17;
    return c;
}
DELAYED void clean(Chunk c)
{
    for (int r = 0; r < 300; r++)
        for (int i = 0; i < c.n; i++)
            if (c.data[i] > 12 - r % 2) c.data[i] -= 1;
}
DELAYED double summ(Chunk c)
{
    double s = 0;
    for (int i = 0; i < c.n; i++) s += c.data[i] * (i % 5 + 1);
    return s;
}

int main(void)
{
    Chunk ch[6];
    double part[6], t = 0;
    for (int i = 0; i < 6; i++) ch[i] = load(i, 20000 + 1000 * i);
    for (int i = 0; i < 6; i++) clean(ch[i]);
    for (int i = 0; i < 6; i++) part[i] = summ(ch[i]);
    for (int i = 0; i < 6; i++) t += part[i] * (i + 1);
    printf("%.1f\n", t);
    for (int i = 0; i < 6; i++) free(ch[i].data);
    return 0;
}
