/* printf_interleave.c — area 1 (stdio): DELAYED tasks print with printf, puts and
 * fputs(stdout) while main prints with printf between the calls; a report task
 * prints a value computed by an earlier task.  Everything goes to the same stdout
 * stream and must appear in serial order. */
#include <stdio.h>
#include "delayed.h"

DELAYED int compute(int x) {
  int r = 0;
  for (int i = 1; i <= x * 1000; i++)
    r = (r + i * x) % 10007;
  return r;
}

DELAYED void report(const char *label, int v) {
  printf("[%s] %d\n", label, v);
}

DELAYED void say(const char *msg) {
  puts(msg);
}

DELAYED void say_raw(const char *msg) {
  fputs(msg, stdout);
  fputs("\n", stdout);
}

int main(void) {
  printf("start\n");
  say("hello from a task");
  int a = compute(3);
  report("a", a);
  printf("main between a and b\n");
  int b = compute(5);
  say_raw("raw line");
  report("b", b);
  for (int i = 0; i < 5; i++) {
    printf("main loop %d\n", i);
    int c = compute(i + 1);
    report("loop", c);
  }
  say("bye");
  printf("a+b = %d\n", a + b);
  return 0;
}
