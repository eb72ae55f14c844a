/* global_array_elementwise: a global array written element by element by
   DELAYED fillers, a DELAYED reducer that reads it whole into a global sum,
   main writing one element through a pointer into the array, and a DELAYED
   getter of one element followed by a store to that element in main. */
#include <stdio.h>
#include "delayed.h"

#define N 8

static long g_tab[N];
static long g_sum;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void fill(int i, long work) {
  spin(work);
  g_tab[i] = (long)i * i + 1;
}

DELAYED void total(void) {
  long s = 0;
  for (int i = 0; i < N; i++) s += g_tab[i];
  g_sum = s;
}

DELAYED long get(int i, long work) {
  spin(work);
  return g_tab[i];
}

int main(void) {
  for (int i = 0; i < N; i++) fill(i, (N - i) * 100000L);
  total();
  printf("sum=%ld\n", g_sum);
  long *p = g_tab + 3;
  long r = get(3, 500000);
  *p = 1000;
  total();
  printf("got %ld, sum=%ld\n", r, g_sum);
  long q = get(5, 500000);
  g_tab[5] = -5;
  printf("got %ld, tab[5]=%ld\n", q, g_tab[5]);
  return 0;
}
