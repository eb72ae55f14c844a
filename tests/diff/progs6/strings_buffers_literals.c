/* String processing: char buffers filled with strcpy/strcat by ordinary code
   between tasks that upcase, reverse and count characters in them, and tasks
   reading string literals (one literal passed twice). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void upcase(char *s) {
  for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 'a' + 'A');
}

DELAYED void reverse(char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
}

DELAYED int count(const char *s, char c) {
  int k = 0;
  for (; *s; s++) k += (*s == c);
  return k;
}

DELAYED void copy_into(char *dst, const char *src) { strcpy(dst, src); }

int main(void) {
  const char *lit = "hello delayed world";
  char *buf = malloc(64);
  char *other = malloc(64);
  strcpy(buf, lit);
  upcase(buf);
  int c1 = count(buf, 'L');
  int c2 = count(lit, 'l');
  int c3 = count("hello delayed world", 'o');
  reverse(buf);
  strcpy(other, buf);             /* ordinary copy of the reversed, upcased text */
  copy_into(buf, "abcabc");
  strcat(buf, "xyz");
  reverse(buf + 3);
  int c4 = count(buf, 'c');
  copy_into(other + 2, buf);
  upcase(other);
  printf("%d %d %d %d %s %s\n", c1, c2, c3, c4, buf, other);
  free(buf);
  free(other);
  return 0;
}
