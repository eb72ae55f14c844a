/* descriptor_param: one descriptor opened by main is handed to DELAYED
   appenders (write) and then to DELAYED pread readers; main asks lseek for the
   offset, seeks, reads one record itself, closes, and prints the file. */
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

DELAYED int append_rec(int fd, int id, long work) {
  spin(work);
  char b[16];
  int n = snprintf(b, sizeof b, "rec %03d\n", id);
  return (int)write(fd, b, (size_t)n);
}

DELAYED long read_at(int fd, long off, long work) {
  spin(work);
  char b[9] = {0};
  if (pread(fd, b, 8, (off_t)off) != 8) return -1;
  return atol(b + 4);
}

int main(void) {
  const char *path = "p5_fdparam_1.txt";
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return 1;
  int w = 0;
  for (int i = 0; i < 6; i++) w += append_rec(fd, i * 7, (6 - i) * 100000L);
  long end = (long)lseek(fd, 0, SEEK_CUR);
  printf("offset %ld after %d bytes\n", end, w);
  long r[3];
  for (int i = 0; i < 3; i++) r[i] = read_at(fd, 8L * (5 - i), (3 - i) * 100000L);
  append_rec(fd, 99, 100000);
  lseek(fd, 8, SEEK_SET);
  char mine[9] = {0};
  if (read(fd, mine, 8) != 8) return 1;
  printf("read_at %ld %ld %ld, main read %s", r[0], r[1], r[2], mine);
  printf("\n");
  close(fd);
  FILE *f = fopen(path, "r");
  if (!f) return 1;
  char line[32];
  while (fgets(line, sizeof line, f)) printf("file: %s", line);
  fclose(f);
  remove(path);
  return 0;
}
