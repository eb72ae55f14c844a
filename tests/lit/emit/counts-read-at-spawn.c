// Counts are evaluated twice: at the spawn, for the task's regions, and when
// the task starts, for its checks.  Blind 73b found them disagreeing, each a
// silent wrong answer:
//  - a count argument read from a result still pending (n = getlen(1);
//    fill(d, n, 7)) was taken as one element: the spawn now waits for that
//    result and reads it;
//  - a count reading memory a task before writes (DELAYED_OUT_N(strlen(src)
//    + 1), DELAYED_OUT_N(lens[k])) was read before that task ran: the spawn
//    now waits for the tasks before it;
//  - a count naming a global (DELAYED_OUT_N(G)) changed after the spawn: the
//    task now reads G, so the change waits for it (a correct count no longer
//    stops with a false runtime error, a too small one is caught);
//  - DELAYED_OUT_N(c->n) beside a parameter n substituted the member's name.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-DAG: the arguments of 'fill' wait for the tasks that use 'n'
// CHECK-DAG: the spawn of 'cp' waits for every task before it: a count on its parameters reads memory
// CHECK-DAG: the spawn of 'fill_lens' waits for every task before it
// RUN: %cc-gcc -Wall %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %cc-clang -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=4 %t.clang | diff %t.want -
// RUN: %delayc emit --target=pthreads %s -o %t.pt.c -- %delayc-cflags
// RUN: %cc-gcc %delayc-cflags %t.pt.c %delayc-rt -o %t.pt -lpthread
// RUN: env DELAYC_NUM_THREADS=4 %t.pt | diff %t.want -
// A count too small that a later write of its global would have hidden:
// RUN: %delayc emit %s -o %t.s.c -- %delayc-cflags -DSMALL
// RUN: %cc-gcc -fopenmp -DSMALL %delayc-cflags %t.s.c %delayc-rt -o %t.small
// RUN: env OMP_NUM_THREADS=4 not --crash %t.small 2>&1 | FileCheck %s --check-prefix=SMALL
// SMALL: runtime error: delayed function 'fg' touches 'p[10]', outside the elements 0 to 9 its DELAYED_OUT_N(G) declares
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

static long spin(long x) { unsigned long u = (unsigned long)x; for (int k = 0; k < 200000; k++) u = u * 1103515245u + 12345u; return (long)(u >> 3); }

DELAYED void mk(DELAYED_OUT_N(64) char *s, int k) { usleep(20000); for (int i = 0; i < 30; i++) s[i] = 'a' + (i + k) % 26; s[30] = 0; }
DELAYED void cp(DELAYED_OUT_N(strlen(src) + 1) char *dst, DELAYED_IN_N(strlen(src) + 1) const char *src) { usleep(20000); size_t i = 0; for (; src[i]; i++) dst[i] = src[i]; dst[i] = 0; }
DELAYED void mark(DELAYED_OUT_N(n) char *p, int n) { for (int i = 0; i < n; i++) p[i] = '#'; }

DELAYED int getlen(int k) { usleep(20000); return 20 + k; }
DELAYED void fill(DELAYED_OUT_N(n) long *p, int n, long v) { usleep(10000); for (int i = 0; i < n; i++) p[i] = v; }
DELAYED void markl(DELAYED_OUT_N(n) long *p, int n) { for (int i = 0; i < n; i++) p[i] = -1; }

DELAYED void setlens(DELAYED_OUT_N(n) int *lens, int n) { usleep(20000); for (int i = 0; i < n; i++) lens[i] = 10 + i; }
DELAYED void fill_lens(DELAYED_OUT_N(lens[k]) long *p, DELAYED_IN_N(k + 1) const int *lens, int k) { usleep(10000); for (int i = 0; i < lens[k]; i++) p[i] = k; }

int G;
#ifdef SMALL
DELAYED void fg(DELAYED_OUT_N(G) long *p, int n) { for (int i = 0; i < n; i++) p[i] = (spin(i) & 0xff) + 1000; }
#else
DELAYED void fg(DELAYED_OUT_N(G) long *p, int n) { for (int i = 0; i < n && i < G; i++) p[i] = (spin(i) & 0xff) + 1000; }
#endif

typedef struct { int n; } Cfg;
Cfg gcfg = { 10 };
DELAYED void fc(DELAYED_OUT_N(c->n) long *p, const Cfg *c, int n) { for (int i = 0; i < n; i++) p[i] = i + 1; }

static long sum(const long *d, int n) { long s = 0; for (int i = 0; i < n; i++) s = s * 3 + d[i]; return s; }

int main(void) {
  char *s = calloc(64, 1), *d = calloc(64, 1);
  mk(s, 3);
  cp(d, s);
  mark(d + 10, 5);
  printf("%s\n", d);

  long *l = calloc(64, sizeof(long));
  int n = getlen(1);
  fill(l, n, 7);
  markl(l + 10, 5);
  printf("%ld\n", sum(l, 64));

  int lens[4];
  long *b = calloc(64, sizeof(long));
  setlens(lens, 4);
  fill_lens(b, lens, 2);
  markl(b + 5, 2);
  printf("%ld\n", sum(b, 64));

  long *g = calloc(60, sizeof(long));
  G = 20;
  fg(g, 20);
#ifdef SMALL
  G = 10;
  fg(g + 30, 20);
  G = 100;
#else
  G = 5;
  fg(g + 30, 20);
#endif
  markl(g + 10, 10);
  printf("%ld\n", sum(g, 60));

  long *c = calloc(20, sizeof(long));
  fc(c, &gcfg, 10);
  fc(c + 10, &gcfg, 10);
  printf("%ld\n", sum(c, 20));
  return 0;
}
