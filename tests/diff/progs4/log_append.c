/* log_append.c — area 1 (file I/O): eight DELAYED jobs each append one line to the
 * same log file (fopen "a" / fprintf / fclose), and main then reads the log back
 * and prints it; the log's line order must be the serial order of the jobs. */
#include <stdio.h>
#include "delayed.h"

#define LOG_PATH "t_log_append.log"
#define NJOBS 8

DELAYED int run_job(int id, int size) {
  long acc = 0;
  for (int i = 0; i < size * 1000; i++)
    acc = (acc * 31 + i + id) % 100003;
  FILE *log = fopen(LOG_PATH, "a");
  if (log) {
    fprintf(log, "job %d size %d checksum %ld\n", id, size, acc);
    fclose(log);
  }
  return (int)(acc % 1000);
}

DELAYED void log_note(const char *text) {
  FILE *log = fopen(LOG_PATH, "a");
  if (log) {
    fprintf(log, "note: %s\n", text);
    fclose(log);
  }
}

int main(void) {
  int sizes[NJOBS] = {5, 1, 3, 8, 2, 7, 4, 6};
  int results[NJOBS];
  remove(LOG_PATH);

  log_note("starting batch");
  for (int i = 0; i < NJOBS; i++)
    results[i] = run_job(i, sizes[i]);
  log_note("batch done");

  int total = 0;
  for (int i = 0; i < NJOBS; i++)
    total += results[i];
  printf("total %d\n", total);

  FILE *log = fopen(LOG_PATH, "r");
  if (!log) {
    printf("no log\n");
    return 1;
  }
  char line[128];
  int n = 0;
  while (fgets(line, sizeof line, log)) {
    printf("log[%d] %s", n, line);
    n++;
  }
  fclose(log);
  printf("%d log lines\n", n);
  remove(LOG_PATH);
  return 0;
}
