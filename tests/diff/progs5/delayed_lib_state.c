/* delayed_lib_state: delayed(f)(args) on C library functions that touch
   shared state: puts, fputs to a file main opened, fclose of it, rand, and
   remove; main prints, reads the file back and checks it is gone. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long busy(int i, long work) {
  spin(work);
  printf("busy %d\n", i);
  return i;
}

int main(void) {
  long b0 = busy(0, 400000);
  int p1 = delayed(puts)("from delayed puts");
  long b1 = busy(1, 100000);
  printf("main after puts (%d)\n", p1 >= 0);

  const char *path = "p5_dlib_1.txt";
  FILE *f = fopen(path, "w");
  if (!f) return 1;
  int k1 = delayed(fputs)("first\n", f);
  fprintf(f, "main\n");
  int k2 = delayed(fputs)("second\n", f);
  int c = delayed(fclose)(f);
  FILE *g = fopen(path, "r");
  if (!g) return 1;
  char line[32];
  while (fgets(line, sizeof line, g)) printf("file: %s", line);
  fclose(g);
  printf("fputs %d %d fclose %d\n", k1 >= 0, k2 >= 0, c);

  srand(11);
  int r1 = delayed(rand)();
  int r2 = delayed(rand)();
  int r3 = rand();
  printf("rand %d %d %d\n", r1 % 1000, r2 % 1000, r3 % 1000);

  int rm = delayed(remove)("p5_dlib_1.txt");
  printf("removed %d, %s, b=%ld %ld\n", rm, access(path, F_OK) == 0 ? "still there" : "gone", b0, b1);
  return 0;
}
