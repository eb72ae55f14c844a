/* libc_static_state: thread-unsafe C library calls in DELAYED tasks: strtok
   (tasks and a loop in main), gmtime whose static struct tm a task reads
   after some work, asctime, strerror; main also keeps a gmtime pointer across
   a task that calls gmtime (the serial program sees it overwritten). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int count_tokens(const char *src, long work) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", src);
  int n = 0;
  for (char *t = strtok(buf, ","); t; t = strtok(NULL, ",")) {
    spin(work);
    n = n * 10 + (int)strlen(t);
  }
  return n;
}

DELAYED int year_of(long t, long work) {
  time_t tt = (time_t)t;
  struct tm *tm = gmtime(&tt);
  spin(work);
  return tm->tm_year + 1900;
}

DELAYED size_t stamp_len(long t, long work) {
  time_t tt = (time_t)t;
  char *s = asctime(gmtime(&tt));
  spin(work);
  return strlen(s) * 100 + (size_t)(s[0] - 'A');
}

DELAYED size_t err_len(int e, long work) {
  const char *s = strerror(e);
  spin(work);
  return strlen(s);
}

int main(void) {
  int c1 = count_tokens("alpha,be,gam", 200000);
  int c2 = count_tokens("x,yy,zzz,wwww", 50000);
  char line[] = "one two three four";
  int words = 0;
  for (char *t = strtok(line, " "); t; t = strtok(NULL, " ")) words = words * 10 + (int)strlen(t);
  printf("c1=%d c2=%d words=%d\n", c1, c2, words);

  int y1 = year_of(0L, 600000);
  int y2 = year_of(1000000000L, 100000);
  int y3 = year_of(2000000000L, 100000);
  printf("years %d %d %d\n", y1, y2, y3);

  size_t s1 = stamp_len(86400L * 3, 400000);
  size_t s2 = stamp_len(86400L * 200, 100000);
  size_t e1 = err_len(ENOENT, 200000);
  size_t e2 = err_len(EACCES, 100000);
  printf("stamps %zu %zu errs %zu %zu\n", s1, s2, e1, e2);

  time_t t0 = 0;
  struct tm *mine = gmtime(&t0);
  int y4 = year_of(1500000000L, 300000);
  int my = mine->tm_year + 1900;
  printf("mine says %d, task says %d\n", my, y4);
  return 0;
}
