/* covers: arguments that read a field (pointer/len) of a pending Doc result: count(docs[i].text, docs[i].len) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
DELAYED Doc load(int id) {
  Doc d = {malloc(32), (size_t)(10 + id)};
  for (size_t i = 0; i < d.len; i++) d.text[i] = (char)('a' + (id + i * 5) % 26);
  return d;
}
DELAYED int count(const char *t, size_t n, char c) {
  int k = 0;
  for (size_t i = 0; i < n; i++) k += t[i] == c;
  return k;
}
DELAYED void poke(char *t, char c) { t[0] = c; }

int main(void) {
  Doc docs[5];
  int r[5];
  for (int i = 0; i < 5; i++) docs[i] = load(i);
  for (int i = 0; i < 5; i++) poke(docs[i].text + 1, 'f');
  for (int i = 0; i < 5; i++) r[i] = count(docs[i].text, docs[i].len, 'f');
  size_t tot = 0;
  for (int i = 0; i < 5; i++) { tot += docs[i].len; printf("%.*s %d\n", (int)docs[i].len, docs[i].text, r[i]); free(docs[i].text); }
  printf("%zu\n", tot);
  return 0;
}
