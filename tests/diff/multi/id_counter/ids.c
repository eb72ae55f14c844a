/* id_counter/ids.c — area 2: the allocator's state lives in statics of this file. */
#include <string.h>
#include "ids.h"

static int next_id = 1000;
static int issued;
static char last[32] = "none";

DELAYED int new_id(const char *kind) {
  issued++;
  strncpy(last, kind, sizeof last - 1);
  last[sizeof last - 1] = '\0';
  return next_id++;
}

int ids_issued(void) {
  return issued;
}

const char *last_kind(void) {
  return last;
}
