/* a07_strings.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <unistd.h>
#include "delayed.h"

#define NREC 6
#define CAP 32

/* format a record label into its own slot of a shared char buffer */
DELAYED int make_label(DELAYED_OUT_N(cap) char *slot, int cap, int id) {
  usleep(2000);
  return snprintf(slot, (size_t)cap, "rec-%03d/%s", id * 7, id % 2 ? "odd" : "even");
}

/* upper-case a label in place and count its vowels; the string ends inside the slot */
DELAYED int shout(DELAYED_INOUT_N(cap) char *slot, int cap) {
  usleep(2000);
  size_t len = strlen(slot);
  int vowels = 0;
  for (size_t i = 0; i < len && (int)i < cap; i++) {
    if (strchr("aeiou", slot[i])) vowels++;
    slot[i] = (char)toupper((unsigned char)slot[i]);
  }
  return vowels;
}

int main(void) {
  char *buf = malloc(NREC * CAP);
  if (!buf) return 1;
  memset(buf, '#', NREC * CAP);
  int lens[NREC], vow[NREC];
  for (int r = 0; r < NREC; r++)
    lens[r] = make_label(buf + r * CAP, CAP, r);
  for (int r = 0; r < NREC; r++)
    vow[r] = shout(buf + r * CAP, CAP);
  for (int r = 0; r < NREC; r++)
    printf("%d: '%s' len %d vowels %d\n", r, buf + r * CAP, lens[r], vow[r]);
  free(buf);
  return 0;
}
