/* covers: a DELAYED function that returns a Doc whose pointer is into a caller buffer, then another task modifies it */
#include <stdio.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED Doc slice(char *base, size_t off, size_t len) { Doc d = {base + off, len}; return d; }
DELAYED void rot(Doc d) { for (size_t i = 0; i < d.len; i++) d.text[i] = (char)('a' + (d.text[i] - 'a' + 1) % 26); }
DELAYED int first(Doc d) { return d.text[0]; }

int main(void) {
  char buf[27];
  for (int i = 0; i < 26; i++) buf[i] = (char)('a' + i);
  buf[26] = 0;
  Doc x = slice(buf, 0, 10), y = slice(buf, 5, 10);
  rot(x);
  rot(y);
  int f = first(y);
  rot(x);
  printf("%s %c\n", buf, f);
  return 0;
}
