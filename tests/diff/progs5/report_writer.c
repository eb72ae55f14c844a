/* report_writer: a report mixing printf, puts, putchar and fputs(stdout) in
   DELAYED section writers and in main, a fflush then write(1, ...) in main,
   and an atexit handler that prints a global section counter. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

static int g_sections;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void at_end(void) { printf("sections written: %d\n", g_sections); }

DELAYED long section(int i, long work) {
  long v = spin(work) % 1000;
  printf("  [%d] value %ld\n", i, v);
  g_sections++;
  return v;
}

DELAYED void rule(int w) {
  for (int i = 0; i < w; i++) putchar('=');
  putchar('\n');
}

DELAYED void note(const char *s, long work) {
  spin(work);
  fputs(s, stdout);
  fputs("\n", stdout);
}

int main(void) {
  atexit(at_end);
  puts("REPORT");
  rule(20);
  long v[4];
  for (int i = 0; i < 4; i++) v[i] = section(i, (4 - i) * 200000L);
  printf("sections so far: %d\n", g_sections);
  note("a note from a task", 300000);
  rule(10);
  long t = 0;
  for (int i = 0; i < 4; i++) t += v[i];
  printf("total %ld\n", t);
  note("another note", 200000);
  fflush(stdout);
  if (write(1, "raw footer\n", 11) != 11) return 1;
  puts("end");
  return 0;
}
