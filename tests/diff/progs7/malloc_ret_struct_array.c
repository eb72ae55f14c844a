/* covers: a task fills an array of Docs whose text pointers come from other tasks' malloc'd results */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED char *buf(int k) {
  char *p = malloc(8);
  for (int i = 0; i < 7; i++) p[i] = (char)('a' + (k + i) % 26);
  p[7] = 0;
  return p;
}
DELAYED int cnt(Doc d, char c) {
  int n = 0;
  for (size_t i = 0; i < d.len; i++) n += d.text[i] == c;
  return n;
}

int main(void) {
  Doc ds[5];
  int r[5];
  for (int i = 0; i < 5; i++) {
    ds[i].text = buf(i * 3);
    ds[i].len = 7;
  }
  for (int i = 0; i < 5; i++) r[i] = cnt(ds[i], 'g');
  for (int i = 0; i < 5; i++) { printf("%s %d\n", ds[i].text, r[i]); free(ds[i].text); }
  return 0;
}
