/* covers: Doc {char *text; size_t len} loaded by a task, modified in place by another task (through the struct copy), then read */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED Doc load(int id) {
  Doc d = {malloc(64), 0};
  for (int i = 0; i < 20 + id; i++) d.text[d.len++] = (char)('a' + (id * 5 + i * 3) % 26);
  d.text[d.len] = 0;
  return d;
}
DELAYED void upper(Doc d) { for (size_t i = 0; i < d.len; i += 2) d.text[i] = (char)(d.text[i] - 32); }
DELAYED int count_upper(Doc d) {
  int n = 0;
  for (size_t i = 0; i < d.len; i++) n += d.text[i] >= 'A' && d.text[i] <= 'Z';
  return n;
}

int main(void) {
  Doc docs[4];
  int c[4];
  for (int i = 0; i < 4; i++) docs[i] = load(i);
  for (int i = 0; i < 4; i++) upper(docs[i]);
  for (int i = 0; i < 4; i++) c[i] = count_upper(docs[i]);
  for (int i = 0; i < 4; i++) { printf("%s %d\n", docs[i].text, c[i]); free(docs[i].text); }
  return 0;
}
