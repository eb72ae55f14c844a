/* rows of a 2-D char array: strncpy, strlen, memcpy, tolower on task parameters */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define NR 16
#define W 32
#define REPS 400000

static const char *const words[] = {"Alpha", "BRAVO", "charlie", "Delta-Echo", "foxtrot_GOLF",
                              "Hotel", "India.Juliet", "KILO", "lima", "Mike November Oscar"};

/* build a name into the row: strncpy, then a suffix */
DELAYED void make_name(DELAYED_OUT_N(W) char *dst, int i) {
  memset(dst, 0, W);
  strncpy(dst, words[i % 10], W - 8);
  size_t len = strlen(dst);
  dst[len] = (char)('0' + i % 10);
  dst[len + 1] = '\0';
}

/* a score that takes time: repeated case-folded hashing */
DELAYED unsigned long score(DELAYED_IN_N(W) const char *s) {
  unsigned long h = 5381;
  size_t len = strlen(s);
  for (int r = 0; r < REPS; r++)
    for (size_t k = 0; k < len; k++)
      h = h * 33 + ((unsigned long)(unsigned char)s[k] ^ (unsigned long)tolower((unsigned char)s[k])) + (unsigned long)r;
  return h;
}

/* fold the row to lower case through a copy */
DELAYED int fold(DELAYED_INOUT_N(W) char *s) {
  char tmp[W];
  memcpy(tmp, s, W);
  int changed = 0;
  for (int k = 0; k < W && tmp[k]; k++) {
    char c = (char)tolower((unsigned char)tmp[k]);
    if (c != tmp[k]) changed++;
    tmp[k] = c;
  }
  memcpy(s, tmp, W);
  return changed;
}

int main(void) {
  char names[NR][W];
  unsigned long sc[NR];
  int ch[NR];
  for (int i = 0; i < NR; i++) make_name(names[i], i);
  for (int i = 0; i < NR; i++) sc[i] = score(names[i]);
  for (int i = 0; i < NR; i++) ch[i] = fold(names[i]);
  for (int i = 0; i < NR; i++) sc[i] ^= score(names[i]);

  unsigned long cs = 0;
  int tot = 0;
  for (int i = 0; i < NR; i++) {
    cs = cs * 131 + sc[i];
    tot += ch[i];
  }
  printf("%s | %s | %s\n", names[0], names[4], names[NR - 1]);
  printf("changed=%d\n", tot);
  printf("checksum=%lu\n", cs);
  return 0;
}
