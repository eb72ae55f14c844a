/* brace_less_memcpy.c — memcpy's result dropped in a brace-less for loop stores no address: the blocks it filled are read by parallel tasks (round 30's b05). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define REC 16

DELAYED size_t key_len(DELAYED_IN_N(REC) const char *rec) {
  usleep(2000);
  return strlen(rec);
}

int main(void) {
  char *tab = calloc(8 * REC, 1);
  if (!tab) return 1;
  for (int r = 0; r < 8; r++) memcpy(tab + r * REC, "key-number", (size_t)(4 + r));
  size_t n[8];
  for (int r = 0; r < 8; r++) n[r] = key_len(tab + r * REC);
  for (int r = 0; r < 8; r++) printf("%zu\n", n[r]);
  free(tab);
  return 0;
}
