/* logger_file/main.c — area 2 (helper in another file, with file I/O): DELAYED
 * pipeline stages call log_msg (log.c), which writes numbered lines to a log file
 * through a static FILE *; main closes the log and prints it back. */
#include <stdio.h>
#include "log.h"
#include "delayed.h"

#define LOG_PATH "t_multi_logger.log"

DELAYED int parse_stage(int raw) {
  int v = raw * 3 + 1;
  log_msg("parse", v);
  return v;
}

DELAYED int check_stage(int v) {
  int ok = v % 4 != 0;
  log_msg("check", ok);
  return ok ? v : 0;
}

DELAYED int store_stage(int v, int slot) {
  log_msg("store", slot);
  return v + slot;
}

int main(void) {
  if (!log_open(LOG_PATH))
    return 1;
  int stored[6];
  for (int i = 0; i < 6; i++) {
    int p = parse_stage(i * 5);
    int c = check_stage(p);
    stored[i] = store_stage(c, i);
  }
  int sum = 0;
  for (int i = 0; i < 6; i++)
    sum += stored[i];
  int lines = log_close();
  printf("sum %d, %d log lines\n", sum, lines);
  FILE *f = fopen(LOG_PATH, "r");
  if (!f)
    return 1;
  char line[64];
  while (fgets(line, sizeof line, f))
    printf("log: %s", line);
  fclose(f);
  remove(LOG_PATH);
  return 0;
}
