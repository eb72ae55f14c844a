/* fnptr_globals: helpers that count their calls in a global array reached
   through a const table of function pointers and through a function pointer
   argument, and a qsort comparator that counts comparisons in a global;
   main prints the counters right after spawning. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long g_calls[3];
static long g_cmps;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static int op_inc(int x) { g_calls[0]++; return x + 1; }
static int op_dbl(int x) { g_calls[1]++; return 2 * x; }
static int op_neg(int x) { g_calls[2]++; return -x; }

typedef int (*op_fn)(int);
static const op_fn k_ops[3] = {op_inc, op_dbl, op_neg};

DELAYED int apply_n(int which, int x, long work) {
  spin(work);
  return k_ops[which](x);
}

DELAYED int apply_fn(op_fn f, int x, long work) {
  spin(work);
  return f(x);
}

static int cmp_int(const void *a, const void *b) {
  g_cmps++;
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

DELAYED void sort_chunk(DELAYED_INOUT_N(n) int *a, int n) {
  qsort(a, (size_t)n, sizeof *a, cmp_int);
}

int main(void) {
  int r[6];
  for (int i = 0; i < 6; i++) r[i] = apply_n(i % 3, i, (6 - i) * 100000L);
  printf("calls: %ld %ld %ld\n", g_calls[0], g_calls[1], g_calls[2]);
  int r6 = apply_fn(op_dbl, 21, 300000);
  int r7 = apply_fn(op_neg, 5, 100000);
  printf("dbl calls: %ld\n", g_calls[1]);
  for (int i = 0; i < 6; i++) printf("r[%d]=%d\n", i, r[i]);
  printf("r6=%d r7=%d\n", r6, r7);

  int data[800];
  unsigned s = 12345;
  for (int i = 0; i < 800; i++) {
    s = s * 1103515245u + 12345u;
    data[i] = (int)((s >> 8) % 10000);
  }
  for (int c = 0; c < 4; c++) sort_chunk(data + c * 200, 200);
  printf("cmps=%ld\n", g_cmps);
  g_cmps = 0;
  sort_chunk(data, 800);
  printf("cmps=%ld first=%d last=%d\n", g_cmps, data[0], data[799]);
  return 0;
}
