/* printer_other_file/main.c — area 2 (body not visible, prints): DELAYED `show` is
 * declared here and defined in show.c, where it prints with printf and counts the
 * lines it printed in a static; main prints between the calls.  The interleaving of
 * main's lines and show's lines must be the serial one. */
#include <stdio.h>
#include "delayed.h"

DELAYED void show(const char *label, int v); /* show.c */
int shown(void);

DELAYED int cube(int x) {
  return x * x * x;
}

int main(void) {
  printf("report begins\n");
  for (int i = 1; i <= 5; i++) {
    int c = cube(i);
    show("cube", c);
    if (i % 2 == 0)
      printf("-- after %d --\n", i);
  }
  show("done", 0);
  printf("report ends after %d lines from show\n", shown());
  return 0;
}
