/* fnptr_main_calls: main dispatches commands through a table of handlers
   (struct of name and function pointer) and through a callback variable;
   the handlers change globals that pending DELAYED tasks read or write. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

static int g_gain = 1;
static long g_acc;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void h_gain(int v) { g_gain = v; }
static void h_reset(int v) { g_acc = v; }
static void h_none(int v) { (void)v; }

struct handler {
  const char *name;
  void (*fn)(int);
};

static const struct handler k_handlers[] = {
    {"gain", h_gain}, {"reset", h_reset}, {"none", h_none}};

static void dispatch(const char *cmd, int v) {
  for (size_t i = 0; i < sizeof k_handlers / sizeof k_handlers[0]; i++)
    if (strcmp(k_handlers[i].name, cmd) == 0) {
      k_handlers[i].fn(v);
      return;
    }
}

DELAYED long amplify(int x, long work) {
  spin(work);
  return (long)x * g_gain;
}

DELAYED void accumulate(long v, long work) {
  spin(work);
  g_acc += v;
}

int main(void) {
  long r[4];
  r[0] = amplify(3, 600000);
  dispatch("gain", 5);
  r[1] = amplify(3, 400000);
  void (*cb)(int) = h_gain;
  cb(7);
  r[2] = amplify(3, 200000);
  accumulate(10, 500000);
  accumulate(20, 300000);
  dispatch("reset", 1000);
  accumulate(1, 100000);
  r[3] = amplify(1, 100000);
  printf("r=%ld %ld %ld %ld acc=%ld\n", r[0], r[1], r[2], r[3], g_acc);
  return 0;
}
