/* errno_implicit: errno read without naming it: perror() and printf's %m in
   main after a DELAYED call failed (stderr is sent to stdout so the harness
   sees it); main does some work of its own before looking. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int open_input(int k, long work) {
  spin(work);
  char name[32];
  snprintf(name, sizeof name, "p5_errimp_missing_%d.txt", k);
  FILE *f = fopen(name, "r");
  if (!f) return -1;
  fclose(f);
  return 0;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  dup2(1, 2);
  int a = open_input(1, 100000);
  long mine = spin(900000);
  if (a < 0) perror("open_input 1");
  int b = open_input(2, 100000);
  int c = open_input(3, 100000);
  if (b < 0) printf("open_input 2: %m\n");
  printf("c=%d (%ld)\n", c, mine);
  return 0;
}
