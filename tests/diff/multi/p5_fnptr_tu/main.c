/* p5_fnptr_tu: DELAYED tasks call plugins through a table of function
   pointers filled by another file (no address of them is taken in this
   file); the plugins print and count calls in a static of their file; main
   prints between and reads the count through a function of that file. */
#include <stdio.h>
#include "delayed.h"
#include "plugins.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long run_plugin(int k, long x, long work) {
  spin(work);
  return g_plugins[k].fn(x);
}

int main(void) {
  plugins_register();
  long r[6];
  for (int i = 0; i < 6; i++) r[i] = run_plugin(i % 3, i + 1, (6 - i) * 150000L);
  printf("spawned, calls so far %ld\n", plugins_calls());
  for (int i = 0; i < 6; i++) printf("r[%d]=%ld\n", i, r[i]);
  long more = run_plugin(2, 0, 100000);
  printf("more=%ld calls=%ld\n", more, plugins_calls());
  return 0;
}
