/* covers: the pointer inside a Doc changed between tasks (by ordinary code) — each task must see the value at its call */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED void stamp(Doc d, char c) { for (size_t i = 0; i < d.len; i++) d.text[i] = c; }

int main(void) {
  char *a = malloc(16), *b = malloc(16);
  for (int i = 0; i < 16; i++) a[i] = b[i] = '.';
  Doc d = {a, 8};
  stamp(d, 'A');
  d.text = b;
  stamp(d, 'B');
  d.text = a + 4;
  stamp(d, 'C');
  d.len = 2;
  d.text = b + 10;
  stamp(d, 'D');
  printf("%.16s %.16s\n", a, b);
  free(a);
  free(b);
  return 0;
}
