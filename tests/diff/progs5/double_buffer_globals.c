/* double_buffer_globals: a 1-D stencil over two static arrays reached through
   global pointers g_cur and g_next; DELAYED chunk updates read g_cur and
   write g_next; main swaps the global pointers between rounds, and prints a
   checksum through a third global pointer aimed at one of the arrays. */
#include <stdio.h>
#include "delayed.h"

#define N 4000
#define CH 4

static int bufA[N], bufB[N];
static int *g_cur = bufA, *g_next = bufB;
static const int *g_view = bufA;

DELAYED void update(int lo, int hi) {
  for (int rep = 0; rep < 20; rep++)
    for (int i = lo; i < hi; i++) {
      int l = i > 0 ? g_cur[i - 1] : 0, r = i + 1 < N ? g_cur[i + 1] : 0;
      g_next[i] = (l + 2 * g_cur[i] + r + rep) % 1009;
    }
}

DELAYED long sum_view(void) {
  long s = 0;
  for (int i = 0; i < N; i++) s += (long)g_view[i] * (i % 5 + 1);
  return s;
}

int main(void) {
  for (int i = 0; i < N; i++) bufA[i] = (i * 37) % 101;
  for (int round = 0; round < 4; round++) {
    for (int c = 0; c < CH; c++) update(c * (N / CH), (c + 1) * (N / CH));
    int *t = g_cur;
    g_cur = g_next;
    g_next = t;
  }
  long s = sum_view();
  long direct = 0;
  for (int i = 0; i < N; i++) direct += (long)bufA[i] * (i % 5 + 1);
  printf("view %ld direct %ld\n", s, direct);
  g_view = bufB;
  for (int c = 0; c < CH; c++) update(c * (N / CH), (c + 1) * (N / CH));
  long s2 = sum_view();
  printf("view B %ld, A[17]=%d B[17]=%d\n", s2, bufA[17], bufB[17]);
  return 0;
}
