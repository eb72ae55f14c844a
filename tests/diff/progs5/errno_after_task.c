/* errno_after_task: the classic C idiom "return -1 and set errno, the caller
   reports strerror(errno)" with the failing function made DELAYED: a loader
   whose fopen fails, and a parser whose strtol overflows (ERANGE); main looks
   at errno after using each result. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static long spin(long n) { /* busy work, no shared state */
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int load(const char *path, long work) {
  spin(work);
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  int n = 0;
  while (fgetc(f) != EOF) n++;
  fclose(f);
  return n;
}

DELAYED long parse(const char *s, long work) {
  spin(work);
  return strtol(s, NULL, 10);
}

int main(void) {
  FILE *f = fopen("p5_errno_1.txt", "w");
  if (!f) return 1;
  fputs("hello errno\n", f);
  fclose(f);

  int a = load("p5_errno_1.txt", 300000);
  int b = load("p5_errno_missing.txt", 300000);
  printf("a=%d\n", a);
  if (b < 0)
    printf("load failed: %s\n", strerror(errno));

  errno = 0;
  long v = parse("99999999999999999999999999", 200000);
  long w = parse("12345", 200000);
  if (errno == ERANGE)
    printf("overflow (%ld), then %ld\n", v, w);
  else
    printf("value %ld, then %ld, errno=%d\n", v, w, errno);

  remove("p5_errno_1.txt");
  return 0;
}
