/* plugins.c: plugin functions that print and count their calls in a static;
   their addresses are taken only here. */
#include <stdio.h>
#include "plugins.h"

static long calls;

static long p_square(long x) {
  calls++;
  printf("square %ld\n", x);
  return x * x;
}

static long p_twice(long x) {
  calls++;
  printf("twice %ld\n", x);
  return 2 * x;
}

static long p_count(long x) {
  calls++;
  return calls * 1000 + x;
}

struct plugin g_plugins[3];

void plugins_register(void) {
  g_plugins[0] = (struct plugin){"square", p_square};
  g_plugins[1] = (struct plugin){"twice", p_twice};
  g_plugins[2] = (struct plugin){"count", p_count};
}

long plugins_calls(void) { return calls; }
