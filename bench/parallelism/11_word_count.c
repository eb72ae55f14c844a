/* ideal-4: 3.50 */
/* Word counts over documents: one task per document (25 ms) counts its words and
 * the occurrences of "the"; 14 documents, totals added serially.
 *   work: 14*25 = 350 ms; 14 unit tasks on 4 workers: ceil(14/4) = 4 rounds =
 *   100 ms; ideal = 350 / 100 = 3.50 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "delayed.h"
#include "work.h"

#define NDOCS 14

typedef struct {
  int words;
  int the;
} Counts;

static const char *corpus[NDOCS] = {
    "the quick brown fox jumps over the lazy dog",
    "it was the best of times it was the worst of times",
    "call me ishmael some years ago never mind how long precisely",
    "in the beginning god created the heaven and the earth",
    "all happy families are alike each unhappy family is unhappy in its own way",
    "it is a truth universally acknowledged that a single man in possession of a good fortune",
    "the sky above the port was the color of television tuned to a dead channel",
    "a screaming comes across the sky",
    "many years later as he faced the firing squad colonel aureliano buendia",
    "whether i shall turn out to be the hero of my own life",
    "the past is a foreign country they do things differently there",
    "happy families are all alike",
    "mother died today or maybe yesterday i cannot be sure",
    "the sun shone having no alternative on the nothing new",
};

DELAYED Counts count_words(const char *text) {
  work_ms(25);
  Counts c = {0, 0};
  const char *p = text;
  while (*p) {
    while (*p && !isalpha((unsigned char)*p)) p++;
    if (!*p) break;
    const char *start = p;
    while (*p && isalpha((unsigned char)*p)) p++;
    c.words++;
    if (p - start == 3 && strncmp(start, "the", 3) == 0) c.the++;
  }
  return c;
}

int main(void) {
  Counts counts[NDOCS];
  for (int d = 0; d < NDOCS; d++)
    counts[d] = count_words(corpus[d]);

  int words = 0, the = 0;
  for (int d = 0; d < NDOCS; d++) {
    printf("doc %2d: %2d words, %d x 'the'\n", d, counts[d].words, counts[d].the);
    words += counts[d].words;
    the += counts[d].the;
  }
  printf("total: %d words, %d x 'the'\n", words, the);
  return 0;
}
