/* Statistics written into a caller's struct through a pointer, by a recursive helper that hands it on unchanged (blind round 41) */
#include <stdio.h>
#include <math.h>

#define NITEMS 32
typedef struct { long count; double sum; double maxv; } stats;

static void measure(int item, stats *st)
{
  st->count = 0; st->sum = 0; st->maxv = -1e300;
  for (int k = 1; k < 40000; k++) {
    double v = sin(item * 0.37 + k * 0.001) * log1p((double)k);
    st->count++;
    st->sum += v;
    if (v > st->maxv) st->maxv = v;
  }
}

static void tally(const int *depths, int n, int d, stats *st)
{
  for (int i = 0; i < n; i++) {
    st->count++;
    st->sum += sqrt((double)depths[i] + d);
  }
  if (d < 6) { tally(depths, n, d + 1, st); tally(depths, n, d + 2, st); }
}

int main(void)
{
  stats st[NITEMS], tt[NITEMS];
  int depths[2000];
  for (int i = 0; i < 2000; i++) depths[i] = i % 17;
  for (int i = 0; i < NITEMS; i++) measure(i, &st[i]);
  for (int i = 0; i < NITEMS; i++) { tt[i].count = 0; tt[i].sum = 0; tally(depths, 2000, i % 3, &tt[i]); }
  for (int i = 0; i < NITEMS; i += 5)
    printf("%d: %ld %.9f %.9f | %ld %.6f\n", i, st[i].count, st[i].sum, st[i].maxv, tt[i].count, tt[i].sum);
  return 0;
}
