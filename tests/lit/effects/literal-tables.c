// A table of string literals (`static const DictEntry dict[] = {{"colour",
// "color"}, ...}`, its elements const, its initializer naming no variable)
// holds pointers nothing may write: reading through them, or through what a
// function returning only such pointers gives (lookup(word)), orders nothing
// (blind 64a: a text normalizer's dictionary kept 64 tasks in order, 0.54 s
// at 2 threads against 0.40 s serial).  A table whose pointers are not const
// (names[], set to a buffer in main) is memory delayc cannot place: a task
// reading through it keeps its order.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: call of '{{count_hits|spell}}' keeps its order
// CHECK: call of 'peek' keeps its order with the other tasks that use {{.*}}memory reached through pointers
// CHECK-NOT: call of '{{count_hits|spell}}' keeps its order
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <string.h>
#include "delayed.h"

typedef struct { const char *from, *to; } DictEntry;
static const DictEntry dict[] = {{"colour", "color"}, {"grey", "gray"}, {"tyre", "tire"}, {"metre", "meter"}};
#define NDICT ((int)(sizeof dict / sizeof dict[0]))

static const char *lookup(const char *w) {
  for (int i = 0; i < NDICT; i++)
    if (strcmp(dict[i].from, w) == 0) return dict[i].to;
  return NULL;
}

DELAYED static int count_hits(int k) {
  static const char *const words[] = {"colour", "grey", "red", "tyre", "metre", "blue"};
  int hits = 0;
  for (int r = 0; r < 2000; r++) {
    const char *t = lookup(words[(k + r) % 6]);
    if (t) hits += t[0] == 'c' ? 2 : 1;
  }
  return hits;
}

static const char *vocab[] = {"alpha", "beta", "gamma"};
#define NVOCAB (sizeof vocab / sizeof vocab[0])

DELAYED static long spell(int k) {
  long s = 0;
  for (int r = 0; r < 500; r++) {
    const char *w = vocab[(unsigned)(k + r) % NVOCAB];
    s += (long)strlen(w) * w[0];
  }
  return s;
}

static char g_buf[8] = "xyz";
static const char *names[2] = {"ab", "cd"};

DELAYED static void fill_buf(int c) { g_buf[0] = (char)c; }
DELAYED static int peek(int i) { return names[i][0]; }

int main(void) {
  int h[8];
  long sp[8];
  for (int k = 0; k < 8; k++) h[k] = count_hits(k);
  for (int k = 0; k < 8; k++) sp[k] = spell(k);
  names[1] = g_buf;
  fill_buf('q');
  int p = peek(1);
  printf("%d %d %d %c %ld %ld\n", h[0], h[7], p, g_buf[0], sp[0], sp[7]);
  return 0;
}
