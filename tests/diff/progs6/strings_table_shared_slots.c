/* String processing through a table of char pointers: some slots point to
   string literals (read-only tasks), some to malloc'd copies, and two slots
   share one buffer; tasks upcase, rotate and count, ordinary code strcat's
   and strcpy's between them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

char *g_words[6];

DELAYED void upcase(char *s) {
  for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 'a' + 'A');
}

DELAYED void rotate(DELAYED_INOUT_N(n) char *s, int n) {
  char t = s[0];
  for (int i = 0; i + 1 < n; i++) s[i] = s[i + 1];
  s[n - 1] = t;
}

DELAYED int count_char(const char *s, char c) {
  int k = 0;
  for (; *s; s++) k += (*s == c) || (*s == c - 32);
  return k;
}

static char *dup_str(const char *s) {
  char *d = malloc(strlen(s) + 16);
  strcpy(d, s);
  return d;
}

int main(int argc, char **argv) {
  (void)argv;
  g_words[0] = (char *)"alpha";
  g_words[1] = dup_str("bravo charlie");
  g_words[2] = dup_str("delta");
  g_words[3] = g_words[argc];            /* same buffer as slot 1 */
  g_words[4] = (char *)"echo foxtrot";
  g_words[5] = dup_str("golf");
  int counts[6];
  for (int i = 0; i < 6; i++) counts[i] = count_char(g_words[i], 'o');
  upcase(g_words[3]);
  rotate(g_words[1], 5);
  rotate(g_words[1] + 2, 5);
  int c1 = count_char(g_words[1], 'a');
  strcat(g_words[2], "-x");
  rotate(g_words[2], (int)strlen(g_words[2]));
  upcase(g_words[5]);
  rotate(g_words[5] + 1, 3);
  strcpy(g_words[5] + 4, g_words[3] + 6);
  int c2 = count_char(g_words[5], 'h');
  for (int i = 0; i < 6; i++) printf("%s:%d ", g_words[i], counts[i]);
  printf("%d %d\n", c1, c2);
  free(g_words[1]);
  free(g_words[2]);
  free(g_words[5]);
  return 0;
}
