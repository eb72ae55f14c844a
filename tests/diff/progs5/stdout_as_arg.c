/* stdout_as_arg: a DELAYED row writer given a FILE *: stdout itself, a file
   main opened, and stdout through a local alias; main prints between, flushes
   from a task, writes to the file itself, closes it and prints it back. */
#include <stdio.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void emit_row(FILE *out, int i, long work) {
  long v = spin(work) % 100;
  fprintf(out, "row %d: %ld\n", i, v);
}

DELAYED void plain_row(int i, long work) {
  long v = spin(work) % 100;
  printf("plain %d: %ld\n", i, v);
}

DELAYED void emit_sep(FILE *out) {
  fputs("----\n", out);
  fflush(out);
}

int main(void) {
  printf("header\n");
  for (int i = 0; i < 4; i++) {
    plain_row(i, (4 - i) * 200000L);
    emit_row(stdout, i, (4 - i) * 100000L);
  }
  printf("middle\n");

  const char *path = "p5_stdoutarg_1.txt";
  FILE *f = fopen(path, "w");
  if (!f) return 1;
  for (int i = 0; i < 4; i++) emit_row(f, 10 + i, (4 - i) * 200000L);
  emit_sep(f);
  emit_sep(stdout);
  fprintf(f, "main line\n");
  fclose(f);

  f = fopen(path, "r");
  if (!f) return 1;
  char line[64];
  while (fgets(line, sizeof line, f)) printf("file: %s", line);
  fclose(f);
  remove(path);

  FILE *out = stdout;
  plain_row(98, 400000);
  emit_row(out, 99, 300000);
  plain_row(100, 100000);
  fprintf(out, "tail\n");
  return 0;
}
