/* unseen_ptr_write/rows.c — area 2: row helpers; normalize_row divides a row by the
 * gcd of its entries, in place. */
#include "delayed.h"

static long gcd(long a, long b) {
  while (b) {
    long t = a % b;
    a = b;
    b = t;
  }
  return a < 0 ? -a : a;
}

DELAYED void normalize_row(long *row, int n) {
  long g = 0;
  for (int j = 0; j < n; j++)
    g = gcd(g, row[j]);
  if (g > 1)
    for (int j = 0; j < n; j++)
      row[j] /= g;
}

DELAYED long row_sum(const long *row, int n) {
  long s = 0;
  for (int j = 0; j < n; j++)
    s += row[j];
  return s;
}
