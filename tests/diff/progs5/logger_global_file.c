/* logger_global_file: a logger whose FILE * lives in a global opened by main;
   a variadic helper (vfprintf) is called by DELAYED steps and by main; main
   closes the log and prints it back; a global counts the lines. */
#include <stdarg.h>
#include <stdio.h>
#include "delayed.h"

static FILE *g_log;
static int g_lines;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void logmsg(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(g_log, fmt, ap);
  va_end(ap);
  g_lines++;
}

DELAYED long step(int i, long work) {
  logmsg("step %d start\n", i);
  long v = spin(work);
  logmsg("step %d done\n", i);
  return v % 10 + i;
}

int main(void) {
  const char *path = "p5_logger_1.log";
  g_log = fopen(path, "w");
  if (!g_log) return 1;
  logmsg("begin\n");
  long r[5];
  for (int i = 0; i < 5; i++) r[i] = step(i, (5 - i) * 200000L);
  logmsg("spawned\n");
  long sum = 0;
  for (int i = 0; i < 5; i++) sum += r[i];
  logmsg("sum %ld\n", sum);
  fclose(g_log);
  g_log = NULL;

  FILE *f = fopen(path, "r");
  if (!f) return 1;
  char line[80];
  while (fgets(line, sizeof line, f)) fputs(line, stdout);
  fclose(f);
  printf("lines=%d\n", g_lines);
  remove(path);
  return 0;
}
