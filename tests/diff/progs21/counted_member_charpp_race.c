/* blind round 44: a counted member whose elements hold pointers (one level of
 * regions did not cover what they reach): the tasks raced, a wrong result on
 * every target; such a member now counts as no count */
/* counted array of strings (char **) in a struct; two structs list the same strings */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct {
  int n;
  char **words DELAYED_N(n);
} WordList;

DELAYED void rotate_all(DELAYED_INOUT WordList *wl, int by) {
  for (int r = 0; r < 400000; r++)
    for (int i = 0; i < wl->n; i++)
      for (char *p = wl->words[i]; *p; p++) *p = (char)('a' + (*p - 'a' + by) % 26);
}

int main(void) {
  const char *src[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
  char *store[6];
  for (int i = 0; i < 6; i++) { store[i] = malloc(16); strcpy(store[i], src[i]); }
  WordList *lists = malloc(2 * sizeof(WordList));
  lists[0].n = 6; lists[0].words = malloc(6 * sizeof(char *));
  lists[1].n = 6; lists[1].words = malloc(6 * sizeof(char *));
  for (int i = 0; i < 6; i++) { lists[0].words[i] = store[i]; lists[1].words[i] = store[5 - i]; }
  rotate_all(&lists[0], 1);
  rotate_all(&lists[1], 3);
  for (int i = 0; i < 6; i++) printf("%s ", store[i]);
  printf("\n");
  return 0;
}
