/* global_ptr_to_local: a global "current output" pointer aimed at main's
   local arrays; DELAYED producers write through it, main reads the local
   arrays by their own names and re-aims the pointer (and changes a global
   scale) between rounds. */
#include <stdio.h>
#include "delayed.h"

#define N 8

static int *g_out;      /* where the producers put their results */
static int g_scale = 1;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void produce(int i, long work) {
  spin(work);
  g_out[i] = i * g_scale + 1;
}

int main(void) {
  int first[N] = {0}, second[N] = {0};
  g_out = first;
  for (int i = 0; i < N; i++) produce(i, (N - i) * 100000L);
  printf("first: %d %d %d\n", first[0], first[3], first[N - 1]);

  g_out = second;
  g_scale = 3;
  for (int i = 0; i < N; i++) produce(i, (N - i) * 100000L);
  int s = 0;
  for (int i = 0; i < N; i++) s += second[i];
  printf("second sum: %d\n", s);

  int f = 0;
  for (int i = 0; i < N; i++) f += first[i];
  printf("first sum: %d\n", f);
  return 0;
}
