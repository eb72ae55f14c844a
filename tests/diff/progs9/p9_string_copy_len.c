/* strlen/strcpy/strcat/strcmp by ordinary code on strings that tasks
 * write and read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void make_word(DELAYED_OUT_N(cap) char *s, int cap, int seed) {
  int len = 5 + seed % 9;
  if (len >= cap) len = cap - 1;
  unsigned v = (unsigned)seed * 2654435761u;
  for (int i = 0; i < len; i++) {
    v = v * 1664525u + 1013904223u;
    s[i] = (char)('a' + (v >> 24) % 26);
  }
  s[len] = '\0';
}

DELAYED int vowels(DELAYED_IN const char *s) {
  int n = 0;
  for (int r = 0; r < 100; r++)
    for (const char *p = s; *p; p++) n += strchr("aeiou", *p) != NULL;
  return n / 100;
}

DELAYED void upcase(DELAYED_INOUT char *s) {
  for (char *p = s; *p; p++)
    if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
}

int main(void) {
  int cap = 32;
  char *w = malloc((size_t)cap * 4);
  char *line = malloc(256);
  if (!w || !line) return 1;
  for (int i = 0; i < 4; i++) make_word(w + i * cap, cap, i * 5 + 2);
  size_t l0 = strlen(w);
  strcpy(line, w + cap);                 /* after make_word #1 */
  int v1 = vowels(line);
  strcat(line, "-");
  strcat(line, w + 2 * cap);
  upcase(w + 3 * cap);
  int v2 = vowels(w + 3 * cap);
  size_t l3 = strlen(w + 3 * cap);
  strcpy(w, "overwritten");              /* word 0 replaced */
  upcase(w);
  int cmp = strcmp(w, w + cap) < 0;
  upcase(line);
  size_t ll = strlen(line);
  printf("l0=%zu v1=%d v2=%d l3=%zu cmp=%d ll=%zu\n", l0, v1, v2, l3, cmp, ll);
  printf("line=%s\n", line);
  for (int i = 0; i < 4; i++) printf("w%d=%s\n", i, w + i * cap);
  free(w);
  free(line);
  return 0;
}
