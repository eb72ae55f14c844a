/* logger_file/log.c — area 2 (with file I/O): the logger keeps its FILE * and a line
 * counter in statics; log_msg writes one numbered line. */
#include <stdio.h>
#include "log.h"

static FILE *log_file;
static int log_lines;

int log_open(const char *path) {
  log_file = fopen(path, "w");
  log_lines = 0;
  return log_file != NULL;
}

void log_msg(const char *tag, int value) {
  if (!log_file)
    return;
  fprintf(log_file, "%03d %s=%d\n", ++log_lines, tag, value);
}

int log_close(void) {
  if (log_file)
    fclose(log_file);
  log_file = NULL;
  return log_lines;
}
