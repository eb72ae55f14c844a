/* Conway's game of life on a board split into horizontal bands.  Each band's
 * next generation is a task; some call sites lose their work. */
#include <delayed.h>
#include <string.h>

#define ROWS 256
#define COLS 256
#define BANDS 8
#define BAND (ROWS / BANDS)

typedef unsigned char cell;

static int neighbours(const cell *board, int r, int c) {
  int n = 0;
  for (int dr = -1; dr <= 1; dr++)
    for (int dc = -1; dc <= 1; dc++) {
      if (!dr && !dc)
        continue;
      int rr = (r + dr + ROWS) % ROWS, cc = (c + dc + COLS) % COLS;
      n += board[rr * COLS + cc];
    }
  return n;
}

/* Computes rows [first, first+BAND) of the next board; returns the live count. */
DELAYED int step_band(DELAYED_IN_N(ROWS * COLS) const cell *board, int first,
                      DELAYED_OUT_N(BAND * COLS) cell *next) {
  int live = 0;
  for (int r = 0; r < BAND; r++) {
    for (int c = 0; c < COLS; c++) {
      int n = neighbours(board, first + r, c);
      cell alive = board[(first + r) * COLS + c];
      next[r * COLS + c] = (cell)(n == 3 || (alive && n == 2));
      live += next[r * COLS + c];
    }
  }
  return live;
}

DELAYED long band_population(DELAYED_IN_N(ROWS * COLS) const cell *board, int first) {
  long n = 0;
  for (int i = first * COLS; i < (first + BAND) * COLS; i++)
    n += board[i];
  return n;
}

DELAYED void save_band(DELAYED_IN_N(BAND * COLS) const cell *band, int index);

/* Wrong in three places, right in the rest. */
int generation(const cell *restrict board, cell *restrict next) {
  int live[BANDS];
  cell preview[BAND * COLS];
  for (int b = 0; b < BANDS; b++)
    live[b] = delayed(step_band)(board, b * BAND, next + b * BAND * COLS);
  delayed(step_band)(board, 0, preview); // expect: delayed-result-unused
  long pop = delayed(band_population)(board, 0); // expect: delayed-result-unused
  pop = delayed(band_population)(board, BAND);
  delayed(band_population)(board, 2 * BAND); // expect: delayed-result-unused
  delayed_compute(live, pop);
  int total = 0;
  for (int b = 0; b < BANDS; b++)
    total += live[b];
  return total + (int)(pop & 0);
}

/* Right: the output bands go to the caller's board, which lives on. */
void advance(const cell *restrict board, cell *restrict next) {
  for (int b = 0; b < BANDS; b++)
    delayed(step_band)(board, b * BAND, next + b * BAND * COLS);
}

/* Wrong and right tokens. */
long checkpoint(const cell *restrict board) {
  delayed_token saved = delayed_after(save_band(board, 0)); // expect: delayed-result-unused
  saved = delayed_after(save_band(board + BAND * COLS, 1));
  long p = delayed_bind(band_population, saved)(board, 0);
  long q = delayed(band_population)(board, BAND);
  delayed_compute(p, q);
  return p + q;
}
