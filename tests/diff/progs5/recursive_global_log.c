/* recursive_global_log: a recursive DELAYED tree walk (tasks spawning tasks)
   that numbers the nodes in visiting order in a global log and a global
   counter, and prints on entry; main prints the log afterwards. */
#include <stdio.h>
#include "delayed.h"

#define MAXLOG 64

static int g_log[MAXLOG];
static int g_n;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long walk(int node, int depth) {
  printf("enter %d\n", node);
  if (g_n < MAXLOG) g_log[g_n] = node;
  g_n++;
  spin(40000L * (depth + 1) * (node % 3 + 1));
  if (depth == 0) return node;
  long a = walk(2 * node, depth - 1);
  long b = walk(2 * node + 1, depth - 1);
  return a + b;
}

int main(void) {
  long s = walk(1, 3);
  printf("sum=%ld visited=%d\n", s, g_n);
  for (int i = 0; i < g_n && i < MAXLOG; i++) printf("%d ", g_log[i]);
  printf("\n");
  return 0;
}
