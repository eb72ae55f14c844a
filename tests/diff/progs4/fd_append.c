/* fd_append.c — area 1 (descriptor I/O): main opens a journal with open(O_APPEND);
 * DELAYED tasks write() fixed-width records to that descriptor in a loop, main closes
 * it and reads it back with read(); a DELAYED reader opens its own descriptor, lseeks
 * to record k and reads it; more records are appended and read again. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define JOURNAL "t_fd_journal.bin"
#define RECW 16

DELAYED int journal_put(int fd, int seq, int value) {
  char rec[RECW + 1];
  snprintf(rec, sizeof rec, "%05d:%09d\n", seq, value);
  return write(fd, rec, RECW) == RECW;
}

DELAYED int read_record_at(const char *path, int k, char *out) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return 0;
  int ok = lseek(fd, (off_t)k * RECW, SEEK_SET) >= 0 && read(fd, out, RECW) == RECW;
  close(fd);
  if (ok)
    out[RECW - 1] = '\0';
  return ok;
}

int main(void) {
  int fd = open(JOURNAL, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0600);
  if (fd < 0) {
    perror("open");
    return 1;
  }
  int ok = 0;
  for (int i = 0; i < 12; i++)
    ok += journal_put(fd, i, i * i * 1001 % 99991);
  close(fd);
  printf("%d records written\n", ok);

  char rec5[RECW + 1];
  memset(rec5, 0, sizeof rec5);
  int got = read_record_at(JOURNAL, 5, rec5);
  printf("record 5 (%d): %s\n", got, rec5);

  int rfd = open(JOURNAL, O_RDONLY);
  if (rfd < 0)
    return 1;
  char buf[RECW * 16];
  ssize_t n = read(rfd, buf, sizeof buf);
  close(rfd);
  printf("read %zd bytes\n", n);
  if (n > 0 && fwrite(buf, 1, (size_t)n, stdout) != (size_t)n)
    return 1;

  fd = open(JOURNAL, O_WRONLY | O_APPEND);
  for (int i = 12; i < 15; i++)
    journal_put(fd, i, -i);
  close(fd);
  char last[RECW + 1];
  memset(last, 0, sizeof last);
  got = read_record_at(JOURNAL, 14, last);
  printf("record 14 (%d): %s\n", got, last);
  remove(JOURNAL);
  return 0;
}
