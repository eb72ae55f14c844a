/* sqlite_stat_macros: SQLite-style status macros: a do-while macro that
   updates a global struct (current and high-water mark), StatusUp/StatusDown
   on a global array, and an error macro that snprintf's into a global buffer;
   DELAYED allocations return running totals, main prints the globals. */
#include <stdio.h>
#include "delayed.h"

struct stats {
  long nAlloc;
  long nBytes;
  long hiBytes;
};

static struct stats g_stat;
static long g_status[2];
static char g_errmsg[64] = "none";

#define STAT_ADD(field, n)                                      \
  do {                                                          \
    g_stat.field += (n);                                        \
    if (g_stat.nBytes > g_stat.hiBytes) g_stat.hiBytes = g_stat.nBytes; \
  } while (0)
#define StatusUp(op, N) (g_status[(op)] += (N))
#define StatusDown(op, N) (g_status[(op)] -= (N))
#define SET_ERR(...) snprintf(g_errmsg, sizeof g_errmsg, __VA_ARGS__)

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long alloc_work(int n, long work) {
  spin(work);
  STAT_ADD(nAlloc, 1);
  STAT_ADD(nBytes, n);
  StatusUp(0, n);
  if (n > 500) SET_ERR("too big: %d", n);
  return g_stat.nBytes;
}

DELAYED long release(int n, long work) {
  spin(work);
  STAT_ADD(nBytes, -n);
  StatusDown(0, n);
  StatusUp(1, 1);
  return g_status[0];
}

int main(void) {
  const int sz[5] = {100, 700, 30, 900, 5};
  long after[5], left[3];
  for (int i = 0; i < 5; i++) after[i] = alloc_work(sz[i], (5 - i) * 120000L);
  printf("err: %s\n", g_errmsg);
  left[0] = release(700, 300000);
  left[1] = release(30, 200000);
  SET_ERR("reset by main");
  left[2] = release(100, 100000);
  printf("allocs=%ld bytes=%ld hi=%ld status=%ld/%ld\n", g_stat.nAlloc, g_stat.nBytes,
         g_stat.hiBytes, g_status[0], g_status[1]);
  for (int i = 0; i < 5; i++) printf("after[%d]=%ld\n", i, after[i]);
  printf("left=%ld %ld %ld err: %s\n", left[0], left[1], left[2], g_errmsg);
  return 0;
}
