// A DELAYED function returning a table of its own (a document's private word
// counts: calloc'd buckets, malloc'd nodes, each word copied): the result
// aliases nothing the caller has, so its calls are tasks, the results read
// after them (blind 68a: "it returns a pointer and takes pointers: the
// result may alias tracked memory", the indexer's main work serial).  A
// table keeping the words where the document has them (a helper stores the
// pointer it is given), or returning a pointer into the document, may
// alias it: those calls stay serial.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: call of 'index_doc' {{runs serially|stays serial|runs after|keeps its order}}
// CHECK-DAG: call of 'index_shallow' runs serially: it returns a pointer (or a struct holding one) and takes pointers
// CHECK-DAG: call of 'first_word' runs serially: it returns a pointer (or a struct holding one) and takes pointers
// CHECK-NOT: call of 'index_doc' {{runs serially|stays serial|runs after|keeps its order}}
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 DELAYC_STATS=1 %t.bin 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
// STATS: delayc: tasks={{[1-9]}}
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define NB 32
#define NDOC 4
typedef struct Node { char *word; const char *at; int count; struct Node *next; } Node;
typedef struct { Node *bucket[NB]; int nwords; } Table;
typedef struct { char text[256]; } Doc;

static unsigned hash(const char *s, size_t n) {
  unsigned h = 5381;
  for (size_t i = 0; i < n; i++) h = h * 33 + (unsigned char)s[i];
  return h % NB;
}

static char *copy_word(const char *w, size_t n) {
  char *c = malloc(n + 1);
  if (!c) exit(1);
  memcpy(c, w, n);
  c[n] = 0;
  return c;
}

static void add_copy(Table *t, const char *w, size_t n) {
  unsigned h = hash(w, n);
  for (Node *e = t->bucket[h]; e; e = e->next)
    if (strlen(e->word) == n && !strncmp(e->word, w, n)) { e->count++; return; }
  Node *e = malloc(sizeof *e);
  if (!e) exit(1);
  e->word = copy_word(w, n);
  e->at = NULL;
  e->count = 1;
  e->next = t->bucket[h];
  t->bucket[h] = e;
  t->nwords++;
}

static void add_kept(Table *t, const char *w, size_t n) {   /* keeps w, a pointer into the document */
  unsigned h = hash(w, n);
  Node *e = malloc(sizeof *e);
  if (!e) exit(1);
  e->word = NULL;
  e->at = w;
  e->count = (int)n;
  e->next = t->bucket[h];
  t->bucket[h] = e;
  t->nwords++;
}

DELAYED static Table *index_doc(DELAYED_IN const Doc *d) {
  Table *t = calloc(1, sizeof *t);
  if (!t) exit(1);
  for (size_t i = 0; d->text[i];) {
    while (d->text[i] == ' ') i++;
    size_t j = i;
    while (d->text[j] && d->text[j] != ' ') j++;
    if (j > i) add_copy(t, d->text + i, j - i);
    i = j;
  }
  return t;
}

DELAYED static Table *index_shallow(DELAYED_IN const Doc *d) {
  Table *t = calloc(1, sizeof *t);
  if (!t) exit(1);
  for (size_t i = 0; d->text[i];) {
    while (d->text[i] == ' ') i++;
    size_t j = i;
    while (d->text[j] && d->text[j] != ' ') j++;
    if (j > i) add_kept(t, d->text + i, j - i);
    i = j;
  }
  return t;
}

DELAYED static const char *first_word(DELAYED_IN const Doc *d) {
  const char *p = d->text;
  while (*p == ' ') p++;
  return p;
}

static long table_sum(const Table *t) {
  long s = 0;
  for (int b = 0; b < NB; b++)
    for (const Node *e = t->bucket[b]; e; e = e->next) s += e->count * (long)(b + 1);
  return s + t->nwords;
}

static void table_free(Table *t) {
  for (int b = 0; b < NB; b++)
    for (Node *e = t->bucket[b], *x; e; e = x) { x = e->next; free(e->word); free(e); }
  free(t);
}

int main(void) {
  static Doc docs[NDOC], kept[NDOC];     /* (kept: the address of each is stored) */
  static const char *words[] = {"alpha", "beta", "gamma", "delta", "beta", "alpha"};
  for (int k = 0; k < NDOC; k++)
    for (int w = 0; w < 12 + k; w++) {
      strcat(docs[k].text, words[(w * (k + 1)) % 6]);
      strcat(docs[k].text, " ");
      strcat(kept[k].text, words[(w * (k + 2)) % 6]);
      strcat(kept[k].text, " ");
    }
  Table *full[NDOC], *shallow[NDOC];
  const char *first[NDOC];
  for (int k = 0; k < NDOC; k++) full[k] = index_doc(&docs[k]);
  for (int k = 0; k < NDOC; k++) shallow[k] = index_shallow(&kept[k]);
  for (int k = 0; k < NDOC; k++) first[k] = first_word(&kept[k]);
  for (int k = 0; k < NDOC; k++)
    printf("%d %ld %ld %.5s\n", k, table_sum(full[k]), table_sum(shallow[k]), first[k]);
  for (int k = 0; k < NDOC; k++) { table_free(full[k]); table_free(shallow[k]); }
  return 0;
}
