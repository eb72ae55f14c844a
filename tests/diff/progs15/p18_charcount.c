/* unsigned char letter counts that wrap, char and short counters (written blind: updates of globals in any order) */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

unsigned char letters[26];
short lines;
char tabs;

DELAYED void scan(const char *s) {
  usleep(8000);
  for (; *s; s++) {
    if (*s >= 'a' && *s <= 'z') letters[*s - 'a']++;
    if (*s == '\t') tabs++;
  }
  lines++;
}

int main(void) {
  const char *text[] = { "hello\tworld", "the quick brown fox", "jumps\tover\tthe", "lazy dog",
                         "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
                         "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\t\t\t" };
  for (int r = 0; r < 6; r++)
    for (int i = 0; i < 6; i++) scan(text[i]);
  for (int k = 0; k < 26; k++) printf("%c=%u ", 'a' + k, letters[k]);
  printf("\nlines=%d tabs=%d\n", lines, tabs);
  return 0;
}
