/* struct_pointers.c — structs passed by value that hold pointers (the Dask
 * newcomer's Doc { char *text; size_t len; }): loaded by tasks, then read by
 * tasks that run together; a task that writes through a struct's pointer is
 * ordered with the readers; ordinary code writing through one waits; a struct
 * whose pointer is a local array's address keeps its calls serial; two
 * structs sharing one block keep their order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;

DELAYED Doc load(int id) {
  Doc d;
  d.len = 20 + (size_t)id * 3;
  d.text = malloc(d.len + 1);
  for (size_t i = 0; i < d.len; i++) d.text[i] = (char)('a' + (id * 7 + i * 3) % 26);
  d.text[d.len] = 0;
  return d;
}

DELAYED int vowels(Doc d) {
  int n = 0;
  for (size_t i = 0; i < d.len; i++) n += strchr("aeiou", d.text[i]) != NULL;
  return n;
}

DELAYED void upper(Doc d) {
  for (size_t i = 0; i < d.len; i += 2) d.text[i] = (char)(d.text[i] - 'a' + 'A');
}

DELAYED unsigned hash(Doc d) {
  unsigned h = 5381;
  for (size_t i = 0; i < d.len; i++) h = h * 33 + (unsigned char)d.text[i];
  return h;
}

int main(void) {
  Doc docs[6];
  int v[6], w[6];
  unsigned h[6];
  for (int i = 0; i < 6; i++) docs[i] = load(i);
  for (int i = 0; i < 6; i++) v[i] = vowels(docs[i]);
  for (int i = 0; i < 6; i += 2) upper(docs[i]);
  for (int i = 0; i < 6; i++) w[i] = vowels(docs[i]);
  docs[1].text[0] = 'e';                     /* ordinary code writes through one */
  for (int i = 0; i < 6; i++) h[i] = hash(docs[i]);

  Doc same[2];
  same[0] = load(9);
  same[1] = same[0];                          /* two structs, one block */
  upper(same[1]);
  unsigned hs = hash(same[0]);

  char local[16] = "plain local";
  Doc l = {local, strlen(local)};
  int lv = vowels(l);                         /* a local array's address: serial */
  local[0] = 'o';
  int lv2 = vowels(l);

  delayed_compute(hs, lv, lv2);
  for (int i = 0; i < 6; i++) printf("%d %d %u\n", v[i], w[i], h[i]);
  printf("%u %d %d\n", hs, lv, lv2);
  for (int i = 0; i < 6; i++) free(docs[i].text);
  free(same[0].text);
  return 0;
}
