/* readme_heap_docs.c — the README's "Data on the heap" program (structs that hold
 * pointers, loaded by tasks then read by tasks), its work loop shortened. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;

DELAYED Doc load(int id) {                  /* a task: builds a document on the heap */
  Doc d = { malloc(4096), 0 };
  for (int w = 0; w < 500 + 40 * id; w++)
    d.len += (size_t)snprintf(d.text + d.len, 4096 - d.len, "%c", 'a' + (id * 7 + w * 3) % 26);
  return d;
}

DELAYED long vowels(Doc d) {                /* a task: reads what d.text points to */
  long n = 0;
  for (int r = 0; r < 200; r++)           /* something that takes time */
    for (size_t i = 0; i < d.len; i++) n += strchr("aeiou", d.text[i]) != NULL;
  return n;
}

int main(void) {
  Doc docs[8];
  long v[8];
  for (int i = 0; i < 8; i++) docs[i] = load(i);      /* eight tasks */
  for (int i = 0; i < 8; i++) v[i] = vowels(docs[i]); /* eight more, each after its load */
  for (int i = 0; i < 8; i++) {
    printf("doc %d: %zu letters, %ld\n", i, docs[i].len, v[i]);
    free(docs[i].text);
  }
  return 0;
}
