/* write_fd_loop.c — area 1 (descriptor I/O): DELAYED tasks in a loop print progress
 * lines with write(STDOUT_FILENO, ...) and write(1, ...), main prints headers and
 * totals with printf + fflush between the loops; the lines must come out in the
 * serial order. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

static int put_line(int fd, const char *s) {
  size_t len = strlen(s);
  ssize_t w = write(fd, s, len);
  return w == (ssize_t)len ? 0 : 1;
}

DELAYED int step(int i) {
  long v = 1;
  for (int k = 0; k < (i % 4 + 1) * 20000; k++)
    v = (v * 7 + k) % 9973;
  char buf[64];
  snprintf(buf, sizeof buf, "step %d -> %ld\n", i, v);
  put_line(STDOUT_FILENO, buf);
  return (int)v;
}

DELAYED void banner(const char *what, int n) {
  char buf[80];
  int len = snprintf(buf, sizeof buf, "== %s (%d) ==\n", what, n);
  if (write(1, buf, (size_t)len) != len)
    return;
}

int main(void) {
  int vals[12];
  printf("phase 1\n");
  fflush(stdout);
  for (int i = 0; i < 12; i++)
    vals[i] = step(i);
  int sum = 0;
  for (int i = 0; i < 12; i++)
    sum += vals[i];
  printf("sum %d\n", sum);
  fflush(stdout);

  banner("phase 2", 3);
  for (int i = 0; i < 3; i++) {
    banner("round", i);
    int a = step(100 + i);
    int b = step(200 + i);
    printf("round %d pair %d\n", i, a + b);
    fflush(stdout);
  }
  banner("end", 0);
  return 0;
}
