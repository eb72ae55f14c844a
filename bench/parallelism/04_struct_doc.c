/* ideal-4: 4.00 */
/* A struct holding a pointer: each document is loaded (15 ms, mallocs its text)
 * then processed (20 ms); 12 documents, independent of one another.
 *   work: 12*(15+20) = 420 ms; 12 chains of 35 ms, 3 per worker = 105 ms;
 *   ideal = 420 / 105 = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"
#include "work.h"

#define NDOCS 12

typedef struct {
  char *text;
  size_t len;
} Doc;

static const char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"};

DELAYED Doc load_doc(int id) {
  work_ms(15);
  Doc d;
  size_t cap = 4096;
  d.text = malloc(cap);
  d.len = 0;
  for (int w = 0; w < 40 + id * 3; w++) {
    const char *s = words[(id * 5 + w * 3) % 7];
    size_t k = strlen(s);
    if (d.len + k + 2 >= cap) break;
    memcpy(d.text + d.len, s, k);
    d.len += k;
    d.text[d.len++] = ' ';
  }
  d.text[d.len] = '\0';
  return d;
}

DELAYED int count_vowels(Doc d) {
  work_ms(20);
  int n = 0;
  for (size_t i = 0; i < d.len; i++)
    if (strchr("aeiou", d.text[i]) && d.text[i] != '\0') n++;
  return n;
}

int main(void) {
  Doc docs[NDOCS];
  int vowels[NDOCS];

  for (int i = 0; i < NDOCS; i++)
    docs[i] = load_doc(i);
  for (int i = 0; i < NDOCS; i++)
    vowels[i] = count_vowels(docs[i]);

  int total = 0;
  for (int i = 0; i < NDOCS; i++) {
    printf("doc %2d: %zu chars, %d vowels\n", i, docs[i].len, vowels[i]);
    total += vowels[i];
  }
  printf("total vowels: %d\n", total);
  for (int i = 0; i < NDOCS; i++) free(docs[i].text);
  return 0;
}
