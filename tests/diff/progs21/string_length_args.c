/* A string's length taken at a spawn, f(s, strlen(s)) (blind round 43 F5):
 * the argument waited for every task writing memory through pointers, so
 * four tasks on four strings ran one after the other.  It waits for the tasks
 * overlapping the string, up to its NUL: here the strings are written by
 * tasks first (lengths that grow past 64 bytes, and a NUL moved later by a
 * task), so the length must wait for them, and the tasks on different
 * strings run together. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define NS 4
#define CAP 400

DELAYED void fill(DELAYED_OUT_N(cap) char *s, int cap, int len, char c) {
  int i;
  for (i = 0; i < len && i < cap - 1; i++) s[i] = (char)(c + i % 7);
  s[i] = 0;
}
DELAYED void extend(DELAYED_INOUT_N(cap) char *s, int cap, int more) {
  size_t n = strlen(s);
  for (int k = 0; k < more && n + 1 < (size_t)cap; k++) s[n++] = 'z';
  s[n] = 0;
}
DELAYED void rot(DELAYED_INOUT_N(n) char *s, size_t n) {
  for (int r = 0; r < 3000; r++)
    for (size_t i = 0; i < n; i++) s[i] = (char)('a' + (s[i] - 'a' + 1) % 26);
}
DELAYED long sum(DELAYED_IN_N(n) const char *s, size_t n) {
  long t = 0;
  for (size_t i = 0; i < n; i++) t += s[i] * (long)(i + 1);
  return t;
}

int main(void) {
  char *lines[NS];
  long total[NS];
  for (int i = 0; i < NS; i++) lines[i] = malloc(CAP);
  for (int i = 0; i < NS; i++) fill(lines[i], CAP, 20 + 70 * i, 'a');
  extend(lines[2], CAP, 150);                  /* moves the NUL past 64 and 128 bytes */
  for (int i = 0; i < NS; i++) rot(lines[i], strlen(lines[i]));
  for (int i = 0; i < NS; i++) total[i] = sum(lines[i], strlen(lines[i]));
  for (int i = 0; i < NS; i++) printf("%zu %ld %.12s\n", strlen(lines[i]), total[i], lines[i]);
  for (int i = 0; i < NS; i++) free(lines[i]);
  return 0;
}
