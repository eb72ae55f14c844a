/* dup2_capture: main captures stdout into a file with dup/dup2 around
   DELAYED tasks that printf and write(1, ...), restores it, and prints the
   capture; a second stream made with fdopen(dup(1)) is handed to tasks. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void say(int i, long work) {
  spin(work);
  printf("say %d\n", i);
}

DELAYED int raw(int i, long work) {
  spin(work);
  char b[32];
  int n = snprintf(b, sizeof b, "raw %d\n", i);
  return (int)write(1, b, (size_t)n);
}

DELAYED void via(FILE *s, int i, long work) {
  spin(work);
  fprintf(s, "via %d\n", i);
}

int main(void) {
  printf("before\n");
  fflush(stdout);
  const char *path = "p5_dup2_1.txt";
  int saved = dup(1);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (saved < 0 || fd < 0) return 1;
  dup2(fd, 1);
  close(fd);
  int w = 0;
  for (int i = 0; i < 3; i++) {
    say(i, (3 - i) * 200000L);
    w += raw(i, (3 - i) * 100000L);
  }
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  printf("after (%d raw bytes)\n", w);

  FILE *f = fopen(path, "r");
  if (!f) return 1;
  char line[64];
  while (fgets(line, sizeof line, f)) printf("captured: %s", line);
  fclose(f);
  remove(path);

  fflush(stdout);
  FILE *s = fdopen(dup(1), "w");
  if (!s) return 1;
  for (int i = 0; i < 3; i++) via(s, i, (3 - i) * 200000L);
  fflush(s);
  printf("stdout line\n");
  fflush(stdout);
  via(s, 9, 100000);
  fclose(s);
  printf("done\n");
  return 0;
}
