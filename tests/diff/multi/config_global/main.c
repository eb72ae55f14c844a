/* config_global/main.c — area 2 (helpers in another file read and write a global):
 * DELAYED `round_to` reads the precision through get_precision() (settings.c);
 * main changes it with set_precision() between calls, and a DELAYED `configure`
 * calls set_precision itself.  Each rounding must use the precision in force at its
 * call in serial order. */
#include <stdio.h>
#include "settings.h"
#include "delayed.h"

DELAYED long round_to(double x) {
  long scale = 1;
  for (int i = 0; i < get_precision(); i++)
    scale *= 10;
  double y = x * (double)scale;
  return (long)(y < 0 ? y - 0.5 : y + 0.5);
}

DELAYED void configure(int p) {
  set_precision(p);
}

int main(void) {
  double xs[4] = {3.14159265, 2.71828182, 1.41421356, 0.57721566};
  long r[12];
  for (int i = 0; i < 4; i++)
    r[i] = round_to(xs[i]);
  set_precision(4);
  for (int i = 0; i < 4; i++)
    r[4 + i] = round_to(xs[i]);
  configure(1);
  for (int i = 0; i < 4; i++)
    r[8 + i] = round_to(xs[i]);
  for (int i = 0; i < 12; i++)
    printf("r[%d] = %ld\n", i, r[i]);
  printf("precision now %d after %d changes\n", g_precision, settings_changes());
  return 0;
}
