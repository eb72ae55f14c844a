/* covers: Doc passed by pointer (Doc *) to DELAYED functions: one grows len and writes text, another reads */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED void append(Doc *d, char c) { d->text[d->len++] = c; d->text[d->len] = 0; }
DELAYED size_t len_of(const Doc *d) { return d->len; }
DELAYED int last(Doc d) { return d.len ? d.text[d.len - 1] : '-'; }

int main(void) {
  Doc a = {calloc(32, 1), 0}, b = {calloc(32, 1), 0};
  size_t l[6];
  int c[6];
  for (int i = 0; i < 6; i++) {
    append(i % 2 ? &a : &b, (char)('a' + i));
    l[i] = len_of(&a);
    c[i] = last(b);
  }
  for (int i = 0; i < 6; i++) printf("%zu %c\n", l[i], c[i]);
  printf("%s %s\n", a.text, b.text);
  free(a.text);
  free(b.text);
  return 0;
}
