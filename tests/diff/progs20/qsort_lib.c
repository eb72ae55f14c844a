/* library qsort of disjoint parts of a struct array (comparator via LESS), memmove/memcpy, bsearch */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct { int key; int val; } Item;

#define LESS(x, y) ((x).key < (y).key || ((x).key == (y).key && (x).val < (y).val))
#define NP 6
#define PART 300000

static int cmp_item(const void *a, const void *b) {
  const Item *x = a, *y = b;
  return LESS(*x, *y) ? -1 : LESS(*y, *x) ? 1 : 0;
}

static int cmp_key(const void *k, const void *e) {
  int key = *(const int *)k;
  const Item *it = e;
  return (key > it->key) - (key < it->key);
}

/* sort a part, then drop duplicate keys by shifting down with memmove; returns the new length */
DELAYED int sort_dedup(DELAYED_INOUT_N(n) Item *it, int n) {
  qsort(it, (size_t)n, sizeof(Item), cmp_item);
  int m = 0;
  for (int i = 0; i < n; i++) {
    if (m > 0 && it[m - 1].key == it[i].key) continue;
    if (m != i) memmove(&it[m], &it[i], sizeof(Item));
    m++;
  }
  return m;
}

/* count how many probes are found in the (sorted, deduplicated) part */
DELAYED long probe(DELAYED_IN_N(m) const Item *it, int m, int seed) {
  long found = 0;
  unsigned s = (unsigned)seed;
  for (int q = 0; q < 200000; q++) {
    s = s * 1103515245u + 12345u;
    int key = (int)((s >> 8) % 2000000);
    const Item *hit = bsearch(&key, it, (size_t)m, sizeof(Item), cmp_key);
    if (hit) found += hit->val % 10;
  }
  return found;
}

int main(void) {
  Item *items = malloc(sizeof(Item) * NP * PART);
  Item *firsts = malloc(sizeof(Item) * NP);
  if (!items || !firsts) return 1;
  unsigned s = 77;
  for (int i = 0; i < NP * PART; i++) {
    s = s * 1664525u + 1013904223u;
    items[i].key = (int)((s >> 8) % 2000000);
    items[i].val = i;
  }
  int len[NP];
  for (int p = 0; p < NP; p++) len[p] = sort_dedup(items + (size_t)p * PART, PART);
  long hits[NP];
  for (int p = 0; p < NP; p++) hits[p] = probe(items + (size_t)p * PART, len[p], 1000 + p);
  for (int p = 0; p < NP; p++) memcpy(&firsts[p], &items[(size_t)p * PART], sizeof(Item));

  long total = 0, cs = 0;
  for (int p = 0; p < NP; p++) {
    total += len[p];
    cs = (cs * 1009 + hits[p] + firsts[p].key) % 1000000007;
  }
  printf("kept=%ld\n", total);
  printf("checksum=%ld\n", cs);
  free(items);
  free(firsts);
  return 0;
}
