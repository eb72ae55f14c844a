/* p5_logger_tu: a logger in another file (static FILE * and line count);
   DELAYED stages log through it and main logs too; main closes the log and
   prints it back. */
#include <stdio.h>
#include "delayed.h"
#include "log.h"

#define LOG_FILE "p5_loggertu_1.log"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long stage(int i, long work) {
  log_msg("stage %d begins", i);
  long v = spin(work) % 1000;
  log_msg("stage %d ends with %ld", i, v);
  return v;
}

int main(void) {
  log_open(LOG_FILE);
  long v[4];
  for (int i = 0; i < 4; i++) v[i] = stage(i, (4 - i) * 150000L);
  log_msg("main after spawning");
  long t = v[0] + v[1] + v[2] + v[3];
  log_msg("total %ld", t);
  int lines = log_close();
  FILE *f = fopen(LOG_FILE, "r");
  if (!f) return 1;
  char line[80];
  while (fgets(line, sizeof line, f)) printf("log: %s", line);
  fclose(f);
  printf("lines=%d\n", lines);
  remove(LOG_FILE);
  return 0;
}
