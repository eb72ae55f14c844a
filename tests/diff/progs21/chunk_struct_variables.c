/* Structs a task returns into struct variables (Chunk a = load(1, n)), then
 * clean(a): the spawn's wait on 'a' named its element 0 ('*a': a build
 * error, found while fixing blind round 43 F5b); a struct variable is
 * waited for whole */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { double *data DELAYED_N(n); int n; } Chunk;
DELAYED Chunk load(int id, int n) { Chunk c = {malloc((size_t)n * sizeof(double)), n}; for (int i = 0; i < n; i++) c.data[i] = (id * 31 + i) % 17; return c; }
DELAYED void clean(Chunk c) { for (int r = 0; r < 300; r++) for (int i = 0; i < c.n; i++) if (c.data[i] > 12 - r % 2) c.data[i] -= 1; }
DELAYED double summ(Chunk c) { double s = 0; for (int i = 0; i < c.n; i++) s += c.data[i]; return s; }
int main(void) {
  Chunk a = load(1, 20000), b = load(2, 30000);
  clean(a);
  clean(b);
  double s = summ(a) + summ(b);
  printf("%.1f\n", s);
  free(a.data); free(b.data);
  return 0;
}
