/* lstate.c (included by onelua.c): the global registry and its counters */
#include "lobject.h"

static TValue g_registry[8];
static long g_gc_debt;

#define luaC_debt(n) (g_gc_debt += (n))

static void lstate_init(void) {
  for (int i = 0; i < 8; i++) setivalue(&g_registry[i], i * 11);
}
