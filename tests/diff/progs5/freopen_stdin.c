/* freopen_stdin: a DELAYED task freopens stdin onto a data file and reads
   the first numbers with scanf; main reads the rest of stdin with fgets;
   another task reads the next line with getchar; tasks also print. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define DATA "p5_freopen_1.txt"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long take_numbers(int n, long work) {
  spin(work);
  if (!freopen(DATA, "r", stdin)) return -1;
  long s = 0;
  for (int i = 0; i < n; i++) {
    int v;
    if (scanf("%d", &v) != 1) break;
    s = s * 10 + v;
  }
  int c;
  while ((c = getchar()) != '\n' && c != EOF) {
  }
  printf("took %d numbers\n", n);
  return s;
}

DELAYED int line_length(long work) {
  spin(work);
  int n = 0, c;
  while ((c = getchar()) != '\n' && c != EOF) n++;
  return n;
}

int main(void) {
  FILE *f = fopen(DATA, "w");
  if (!f) return 1;
  fprintf(f, "1 2 3 4\nabcdef\nrest one\nrest two\n");
  fclose(f);
  long s = take_numbers(3, 500000);
  int len = line_length(300000);
  char line[64];
  int lines = 0;
  while (fgets(line, sizeof line, stdin)) {
    lines++;
    printf("main: %s", line);
  }
  printf("s=%ld len=%d lines=%d\n", s, len, lines);
  remove(DATA);
  return 0;
}
