/* covers: Docs in a heap array and a global Doc, loaded by tasks; a task reads the global Doc by name */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
Doc GD;
DELAYED Doc load(int id) {
  Doc d = {malloc(16), 12};
  for (size_t i = 0; i < d.len; i++) d.text[i] = (char)('a' + (id * 3 + i) % 26);
  return d;
}
DELAYED int gfirst(void) { return GD.text[0] + (int)GD.len; }
DELAYED int dsum(Doc d) { int s = 0; for (size_t i = 0; i < d.len; i++) s += d.text[i]; return s; }
DELAYED void wr(Doc d, char c) { d.text[d.len - 1] = c; }

int main(void) {
  Doc *docs = malloc(sizeof(Doc) * 4);
  for (int i = 0; i < 4; i++) docs[i] = load(i);
  GD = load(9);
  int a = gfirst();
  wr(GD, 'Z');
  GD.text[0] = 'Q';
  int b = gfirst();
  int s[4];
  for (int i = 0; i < 4; i++) s[i] = dsum(docs[i]);
  free(GD.text);
  GD = docs[2];
  wr(GD, 'Y');
  int c = dsum(docs[2]);
  printf("%d %d %d | %d %d %d %d\n", a, b, c, s[0], s[1], s[2], s[3]);
  for (int i = 0; i < 4; i++) free(docs[i].text);
  free(docs);
  return 0;
}
