/* pure_switch_goto.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* switch/case and goto between identical calls */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE int sq(int x) {
  int s = 0;
  for (int i = 0; i < 50000; i++) s += (x + i) & 1;
  return x * x + 0 * s;
}

static int run_switch(int sel, int x) {
  int a = 0, b = 0;
  switch (sel) {
  case 0:
    a = sq(x);
    /* fall through */
  case 1:
    b = sq(x);
    break;
  default:
    a = sq(x + 1);
    b = sq(x + 1);
  }
  return a * 1000 + b;
}

static int run_goto(int x, int skip) {
  int a = -1, b = -1;
  if (skip) goto later;
  a = sq(x);
later:
  b = sq(x);
  return a * 1000 + b;
}

static int run_goto_back(int x) {
  int rounds = 0;
  int a, b;
again:
  a = sq(x);
  x += 1;
  b = sq(x);
  if (++rounds < 3) goto again;
  return a * 1000 + b;
}

static int run_goto_over(int x) {
  int a = sq(x);
  goto skip;
  x = 100;
skip:;
  int b = sq(x);
  return a * 1000 + b;
}

/* a backward goto to a label between the two calls, after x changes */
static int run_goto_mid(int x) {
  int a = sq(x);
  int n = 0;
mid:
  n++;
  int b = sq(x);
  if (n < 2) { x = 9; goto mid; }
  return a * 1000 + b;
}

/* loop whose body's first call uses a value set at the end of the previous iteration */
static int run_loop(int x) {
  int a = 0, b = 0, tot = 0;
  for (int i = 0; i < 3; i++) {
    a = sq(x);
    tot += a;
    b = sq(x);
    tot += b;
    x++;
  }
  return tot;
}

int main(void) {
  for (int s = 0; s < 3; s++) printf("switch %d: %d\n", s, run_switch(s, 3));
  printf("goto: %d %d\n", run_goto(4, 0), run_goto(4, 1));
  printf("goto back: %d\n", run_goto_back(2));
  printf("goto over: %d\n", run_goto_over(5));
  printf("goto mid: %d\n", run_goto_mid(5));
  printf("loop: %d\n", run_loop(1));
  return 0;
}
