/* ideal-4: 3.75 */
/* A const char * argument that is a string literal: count how often each of 5
 * words occurs in each of 3 texts, one task (25 ms) per (text, word).
 *   work: 15*25 = 375 ms; 15 unit tasks = ceil(15/4) = 4 rounds = 100 ms;
 *   ideal = 375 / 100 = 3.75 */
#include <stdio.h>
#include <string.h>
#include "delayed.h"
#include "work.h"

#define NTEXTS 3

static const char *texts[NTEXTS] = {
    "to be or not to be that is the question whether tis nobler in the mind to suffer",
    "the slings and arrows of outrageous fortune or to take arms against a sea of troubles",
    "and by opposing end them to die to sleep no more and by a sleep to say we end",
};

DELAYED int occurrences(const char *text, const char *word) {
  work_ms(25);
  int n = 0;
  size_t k = strlen(word);
  for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) {
    int starts = p == text || p[-1] == ' ';
    int ends = p[k] == '\0' || p[k] == ' ';
    if (starts && ends) n++;
  }
  return n;
}

int main(void) {
  int to[NTEXTS], the[NTEXTS], and[NTEXTS], of[NTEXTS], sleep[NTEXTS];
  for (int t = 0; t < NTEXTS; t++) {
    to[t] = occurrences(texts[t], "to");
    the[t] = occurrences(texts[t], "the");
    and[t] = occurrences(texts[t], "and");
    of[t] = occurrences(texts[t], "of");
    sleep[t] = occurrences(texts[t], "sleep");
  }
  for (int t = 0; t < NTEXTS; t++)
    printf("text %d: to=%d the=%d and=%d of=%d sleep=%d\n", t, to[t], the[t], and[t], of[t],
           sleep[t]);
  return 0;
}
