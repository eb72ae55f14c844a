/* unity_plus_tu/core.c — area 5: included into main.c; DELAYED `measure` calls
 * stats_add from the separately compiled stats.c. */
#include "delayed.h"
#include "stats.h"

DELAYED int measure(int sensor, int t) {
  int v = (sensor * 37 + t * 11) % 100;
  stats_add(sensor * 1000 + v);
  return v;
}

DELAYED int smooth(int a, int b) {
  return (a + b) / 2;
}
