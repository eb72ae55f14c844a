/* Pointers to local arrays passed through ordinary helpers that spawn tasks
   on them; the helpers are called with overlapping views of one local array
   and the caller reads the array right after. */
#include <stdio.h>
#include "delayed.h"

DELAYED void accumulate(DELAYED_INOUT_N(n) int *dst, DELAYED_IN_N(n) const int *src, int n) {
  for (int i = 0; i < n; i++) dst[i] += src[i];
}

DELAYED void negate(int *p, int n) {
  for (int i = 0; i < n; i++) p[i] = -p[i];
}

static void add_views(int *dst, const int *src, int n) {
  accumulate(dst, src, n / 2);
  accumulate(dst + n / 2, src + n / 2, n - n / 2);
}

static int peek_after(int *p, int n) {
  negate(p, n);
  return p[n - 1];
}

int main(int argc, char **argv) {
  (void)argv;
  int arr[40];
  int ones[40];
  for (int i = 0; i < 40; i++) { arr[i] = i; ones[i] = 1; }
  int off = 5 * argc;          /* 5 */
  add_views(arr, ones, 20);
  add_views(arr + off, arr, 20);          /* src overlaps dst */
  int pk = peek_after(arr + 10, 10);
  add_views(arr + 20, arr + off, 20);
  add_views(ones, arr, 40);
  long h = pk;
  for (int i = 0; i < 40; i++) h = (h * 3 + arr[i] + 5 * ones[i]) % 1000000007;
  printf("%d %ld\n", pk, h);
  return 0;
}
