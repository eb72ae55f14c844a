/* log.c: the logger's stream and line count are statics of this file */
#include <stdarg.h>
#include <stdio.h>
#include "log.h"

static FILE *log_fp;
static int log_lines;

void log_open(const char *path) {
  log_fp = fopen(path, "w");
  log_lines = 0;
}

void log_msg(const char *fmt, ...) {
  if (!log_fp) return;
  va_list ap;
  va_start(ap, fmt);
  vfprintf(log_fp, fmt, ap);
  va_end(ap);
  fputc('\n', log_fp);
  log_lines++;
}

int log_close(void) {
  if (log_fp) fclose(log_fp);
  log_fp = NULL;
  return log_lines;
}
