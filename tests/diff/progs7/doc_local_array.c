/* covers: Doc pointing into a local char array, written by a task, read by ordinary code (printf) and a task */
#include <stdio.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED void fill(Doc d, int k) { for (size_t i = 0; i < d.len; i++) d.text[i] = (char)('a' + (i * k) % 26); }
DELAYED int vow(Doc d) {
  int n = 0;
  for (size_t i = 0; i < d.len; i++) n += d.text[i] == 'a' || d.text[i] == 'e' || d.text[i] == 'i';
  return n;
}

int main(void) {
  char buf[64] = {0};
  Doc d1 = {buf, 20}, d2 = {buf + 30, 20};
  fill(d1, 3);
  fill(d2, 5);
  int v1 = vow(d1);
  buf[5] = 'e';
  int v2 = vow(d1);
  printf("%.20s %.20s %d %d\n", buf, buf + 30, v1, v2);
  return 0;
}
