/* tmpfile_getline: DELAYED tasks each spool into their own tmpfile() and read
   it back with getline (independent: they may overlap); a stream made with
   fdopen on a descriptor main opened is handed to a getline counter; main
   appends to the stream and rewinds it between two counts. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long scratch_sum(int n, long work) {
  FILE *t = tmpfile();
  if (!t) return -1;
  for (int i = 0; i < n; i++) fprintf(t, "%d\n", i * i);
  rewind(t);
  char *line = NULL;
  size_t cap = 0;
  long s = 0;
  while (getline(&line, &cap, t) > 0) s += atol(line);
  free(line);
  fclose(t);
  spin(work);
  return s;
}

DELAYED long count_lines(FILE *in, long work) {
  spin(work);
  char *line = NULL;
  size_t cap = 0;
  long n = 0;
  while (getline(&line, &cap, in) > 0) n++;
  free(line);
  return n;
}

int main(void) {
  long s[4];
  for (int i = 0; i < 4; i++) s[i] = scratch_sum(100 * (i + 1), 400000);
  printf("scratch %ld %ld %ld %ld\n", s[0], s[1], s[2], s[3]);

  const char *path = "p5_tmpget_1.txt";
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return 1;
  FILE *w = fdopen(fd, "w+");
  if (!w) return 1;
  for (int i = 0; i < 5; i++) fprintf(w, "line %d\n", i);
  fflush(w);
  rewind(w);
  long n1 = count_lines(w, 300000);
  fprintf(w, "extra\n");
  rewind(w);
  long n2 = count_lines(w, 100000);
  printf("n1=%ld n2=%ld\n", n1, n2);
  fclose(w);
  remove(path);
  return 0;
}
