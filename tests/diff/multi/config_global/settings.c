/* config_global/settings.c — area 2: a global setting and a static change counter. */
#include "settings.h"

int g_precision = 2;
static int changes;

int get_precision(void) {
  return g_precision;
}

void set_precision(int p) {
  g_precision = p;
  changes++;
}

int settings_changes(void) {
  return changes;
}
