/* covers: Doc pointing into a global char array; a task writes it; another function reads the global directly */
#include <stdio.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
char G[100];
DELAYED void fill(Doc d, char c) { for (size_t i = 0; i < d.len; i++) d.text[i] = c; }
DELAYED int countg(char c) {
  int n = 0;
  for (int i = 0; i < 100; i++) n += G[i] == c;
  return n;
}

int main(void) {
  Doc d = {G + 10, 30};
  fill(d, 'q');
  int a = countg('q');
  d.text = G + 50;
  fill(d, 'r');
  int b = countg('r');
  int c = countg('q');
  printf("%d %d %d\n", a, b, c);
  return 0;
}
