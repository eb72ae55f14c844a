/* covers: two Doc structs aliasing one buffer; a task writes through one, a task reads through the other */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED void fill(Doc d, char c) { for (size_t i = 0; i < d.len; i++) d.text[i] = (char)(c + i % 3); }
DELAYED int sum(Doc d) {
  int s = 0;
  for (size_t i = 0; i < d.len; i++) s = s * 3 % 10007 + d.text[i];
  return s;
}

int main(void) {
  char *buf = calloc(40, 1);
  Doc a = {buf, 20};
  Doc b = {buf + 10, 20};   /* overlaps a at [10,20) */
  Doc c = a;                /* exact alias */
  fill(a, 'a');
  int s1 = sum(b);
  fill(b, 'k');
  int s2 = sum(c);
  fill(c, 'x');
  int s3 = sum(b);
  printf("%d %d %d\n", s1, s2, s3);
  free(buf);
  return 0;
}
