/* printer_other_file/show.c — area 2: the printer behind main.c's `show`. */
#include <stdio.h>
#include "delayed.h"

static int lines;

DELAYED void show(const char *label, int v) {
  printf("%s: %d\n", label, v);
  lines++;
}

int shown(void) {
  return lines;
}
