/* covers: a task's malloc'd result realloc'd and freed by ordinary code, then a new result from a task */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED char *mkstr(int k) {
  char *s = malloc(16);
  snprintf(s, 16, "s%d", k * 11);
  return s;
}
DELAYED size_t slen(const char *s) { return strlen(s); }

int main(void) {
  char *s = mkstr(3);
  size_t l1 = slen(s);
  s = realloc(s, 64);
  strcat(s, "-grown");
  size_t l2 = slen(s);
  printf("%s %zu %zu\n", s, l1, l2);
  free(s);
  s = mkstr(9);
  char *t = mkstr(10);
  size_t l3 = slen(t);
  printf("%s %s %zu\n", s, t, l3);
  free(s);
  free(t);
  return 0;
}
