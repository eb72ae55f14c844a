/* covers: a task given a FILE * (a stream main opened) writes its line there:
 * the stream is the console's and the files' state, so the calls are tasks
 * ordered on it (not "memory delayc cannot track" of glibc's struct), main's
 * own line waits for them, and the file reads back in the serial order */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void log_line(FILE *f, int i) {
  long s = 0;
  for (long k = 0; k < 20000L * (6 - i % 6); k++) s += (k ^ i) & 3;
  fprintf(f, "line %d %ld\n", i, s);
}

DELAYED long work(int i) {
  long s = 0;
  for (long k = 0; k < 30000L; k++) s += (k * 7 + i) % 11;
  return s;
}

int main(void) {
  const char *path = "stream_param_tasks.tmp";
  FILE *f = fopen(path, "w");
  if (!f) return 1;
  long r[6];
  for (int i = 0; i < 6; i++) {
    log_line(f, i);
    r[i] = work(i);
  }
  fprintf(f, "main %ld\n", r[0] + r[5]);
  log_line(f, 99);
  fclose(f);
  f = fopen(path, "r");
  char b[128];
  while (f && fgets(b, sizeof b, f)) fputs(b, stdout);
  if (f) fclose(f);
  remove(path);
  return 0;
}
