/* shared_stream_readers: one FILE * and one descriptor opened in main are
   handed to DELAYED readers that each consume the next block; main then reads
   the rest from the same stream and asks the descriptor's offset.  Reading
   moves the position, so the readers keep their serial order with each other
   and with main. */
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

DELAYED long read_block(FILE *in, int lines, long work) {
  spin(work);
  long sum = 0;
  char buf[64];
  for (int i = 0; i < lines && fgets(buf, sizeof buf, in); i++)
    sum = sum * 3 + atol(buf);
  return sum;
}

DELAYED long read_fd_block(int fd, int bytes, long work) {
  spin(work);
  char buf[128];
  if (bytes > (int)sizeof buf) bytes = (int)sizeof buf;
  ssize_t got = read(fd, buf, (size_t)bytes);
  long h = 0;
  for (ssize_t i = 0; i < got; i++) h = h * 31 + buf[i];
  return h % 1000003;
}

int main(void) {
  const char *path = "p5_streamrd_1.txt";
  FILE *out = fopen(path, "w");
  if (!out) return 1;
  for (int i = 1; i <= 30; i++) fprintf(out, "%d\n", i * i);
  fclose(out);

  FILE *in = fopen(path, "r");
  if (!in) return 1;
  long a = read_block(in, 10, 900000);
  long b = read_block(in, 10, 100000);
  char line[64];
  long rest = 0;
  int nrest = 0;
  while (fgets(line, sizeof line, in)) {
    rest += atol(line);
    nrest++;
  }
  printf("a=%ld b=%ld rest=%ld (%d lines)\n", a, b, rest, nrest);
  fclose(in);

  int fd = open(path, O_RDONLY);
  if (fd < 0) return 1;
  long c = read_fd_block(fd, 20, 900000);
  long d = read_fd_block(fd, 20, 100000);
  long off = (long)lseek(fd, 0, SEEK_CUR);
  printf("c=%ld d=%ld offset=%ld\n", c, d, off);
  close(fd);
  remove(path);
  return 0;
}
