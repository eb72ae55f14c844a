/* Game of life, double-buffered.  Each generation is computed by one task per
 * band of rows from the old board into the new one; the driver swaps boards
 * between generations by calling an ordinary function. */
#include <delayed.h>
#include <stdio.h>
#include <string.h>

#define N 512
#define BANDS 16
#define ROWS_PER_BAND (N / BANDS)

typedef unsigned char cell;

static inline int wrap(int i) { return (i + N) % N; }

/* Computes rows [first, first+ROWS_PER_BAND) of the next generation. */
DELAYED int life_band(DELAYED_IN_N(N * N) const cell *old, int first,
                      DELAYED_OUT_N(ROWS_PER_BAND * N) cell *band) {
  int live = 0;
  for (int r = 0; r < ROWS_PER_BAND; r++) {
    int y = first + r;
    for (int x = 0; x < N; x++) {
      int n = 0;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          n += (dy || dx) ? old[wrap(y + dy) * N + wrap(x + dx)] : 0;
      cell c = (cell)(n == 3 || (n == 2 && old[y * N + x]));
      band[r * N + x] = c;
      live += c;
    }
  }
  return live;
}

/* One generation: all bands in parallel, one wait. */
static int generation(const cell *restrict old, cell *restrict next) {
  int live[BANDS];
  for (int b = 0; b < BANDS; b++)
    live[b] = delayed(life_band)(old, b * ROWS_PER_BAND, next + b * ROWS_PER_BAND * N);
  delayed_compute(live, next);
  int total = 0;
  for (int b = 0; b < BANDS; b++)
    total += live[b];
  return total;
}

static void seed_glider_gun(cell *board) {
  static const int pts[][2] = {{1, 5}, {1, 6}, {2, 5}, {2, 6}, {11, 5}, {11, 6}, {11, 7},
                               {12, 4}, {12, 8}, {13, 3}, {13, 9}, {14, 3}, {14, 9}};
  memset(board, 0, N * N);
  for (size_t i = 0; i < sizeof pts / sizeof pts[0]; i++)
    board[pts[i][1] * N + pts[i][0]] = 1;
}

int main(void) {
  static cell a[N * N], b[N * N];
  cell *cur = a, *nxt = b;
  seed_glider_gun(cur);
  int live = 0;
  for (int g = 0; g < 20; g++) {
    live = generation(cur, nxt);
    cell *t = cur;
    cur = nxt;
    nxt = t;
  }
  printf("live cells after 20 generations: %d\n", live);
  return live >= 0 ? 0 : 1;
}
