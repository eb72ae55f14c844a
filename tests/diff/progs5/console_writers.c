/* console_writers: every way of writing the console from DELAYED tasks
   (printf, puts, putchar, fputs/fputc/putc/fwrite on stdout, vprintf, dprintf,
   write(STDOUT_FILENO), putchar_unlocked, fprintf(stdout)); the earlier tasks
   are the slower ones and main prints in between. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void vsay(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
}

DELAYED void w_printf(long work) { spin(work); printf("printf\n"); }
DELAYED void w_puts(long work) { spin(work); puts("puts"); }
DELAYED void w_putchar(long work) { spin(work); putchar('c'); putchar('\n'); }
DELAYED void w_fputs(long work) { spin(work); fputs("fputs\n", stdout); }
DELAYED void w_fputc(long work) { spin(work); fputc('f', stdout); putc('\n', stdout); }
DELAYED void w_fwrite(long work) { spin(work); fwrite("fwrite\n", 1, 7, stdout); }
DELAYED void w_vprintf(long work) { spin(work); vsay("vprintf %d\n", 1); }
DELAYED void w_dprintf(long work) { spin(work); fflush(stdout); dprintf(1, "dprintf\n"); }
DELAYED void w_write(long work) {
  spin(work);
  fflush(stdout);
  if (write(STDOUT_FILENO, "write\n", 6) != 6) return;
}
DELAYED void w_unlocked(long work) {
  spin(work);
  putchar_unlocked('u');
  putchar_unlocked('\n');
}
DELAYED void w_fprintf(long work) { spin(work); fprintf(stdout, "fprintf\n"); }

int main(void) {
  printf("start\n");
  w_printf(1100000);
  w_puts(1000000);
  printf("main 1\n");
  w_putchar(900000);
  w_fputs(800000);
  w_fputc(700000);
  printf("main 2\n");
  w_fwrite(600000);
  w_vprintf(500000);
  w_dprintf(400000);
  printf("main 3\n");
  w_write(300000);
  w_unlocked(200000);
  w_fprintf(100000);
  printf("end\n");
  return 0;
}
