/* stdin_tasks.c — area 1 (descriptor I/O): the program puts fixed-size records in a
 * pipe and dup2s its read end onto fd 0, then DELAYED tasks in a loop each read(0, ...)
 * one record and parse it; record i must be consumed by call i.  A second loop of
 * tasks reads a file dup2'ed on fd 0 with fread from stdin. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define REC 8
#define NREC 10

typedef struct {
  char name[5];
  int qty;
} Item;

DELAYED Item read_record(void) {
  char buf[REC + 1];
  Item it;
  size_t got = 0;
  memset(&it, 0, sizeof it);
  while (got < REC) {
    ssize_t r = read(0, buf + got, REC - got);
    if (r <= 0)
      break;
    got += (size_t)r;
  }
  buf[got] = '\0';
  if (got == REC) {
    memcpy(it.name, buf, 4);
    it.name[4] = '\0';
    it.qty = atoi(buf + 4);
  }
  return it;
}

DELAYED int read_number_line(void) {
  char line[32];
  if (!fgets(line, sizeof line, stdin))
    return -1;
  return atoi(line);
}

int main(void) {
  int fds[2];
  if (pipe(fds) != 0) {
    perror("pipe");
    return 1;
  }
  for (int i = 0; i < NREC; i++) {
    char rec[REC + 1];
    snprintf(rec, sizeof rec, "it%02d%04d", i, (i * 37) % 500);
    if (write(fds[1], rec, REC) != REC)
      return 1;
  }
  close(fds[1]);
  if (dup2(fds[0], 0) < 0)
    return 1;
  close(fds[0]);

  Item items[NREC];
  for (int i = 0; i < NREC; i++)
    items[i] = read_record();
  int total = 0;
  for (int i = 0; i < NREC; i++) {
    printf("%d: %s x %d\n", i, items[i].name, items[i].qty);
    total += items[i].qty;
  }
  printf("total qty %d\n", total);

  /* second source: a file on fd 0, read line by line through stdin */
  const char *path = "t_stdin_numbers.txt";
  FILE *w = fopen(path, "w");
  if (!w)
    return 1;
  for (int i = 1; i <= 6; i++)
    fprintf(w, "%d\n", i * i * 3);
  fclose(w);
  FILE *in = freopen(path, "r", stdin);
  if (!in)
    return 1;
  int nums[6];
  for (int i = 0; i < 6; i++)
    nums[i] = read_number_line();
  for (int i = 0; i < 6; i++)
    printf("line %d = %d\n", i, nums[i]);
  remove(path);
  return 0;
}
