/* covers: Doc contents modified by ordinary code between two tasks that read it */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED long hash(Doc d) {
  long h = 7;
  for (size_t i = 0; i < d.len; i++) h = h * 31 % 1000003 + d.text[i];
  return h;
}

int main(void) {
  Doc d = {malloc(32), 10};
  memcpy(d.text, "abcdefghij", 11);
  long h1 = hash(d);
  d.text[3] = 'X';
  long h2 = hash(d);
  d.len = 5;
  long h3 = hash(d);
  strcpy(d.text, "zzzzzzzzzz");
  d.len = 10;
  long h4 = hash(d);
  printf("%ld %ld %ld %ld\n", h1, h2, h3, h4);
  free(d.text);
  return 0;
}
