/* rand_tasks.c — area 1 (library state): a DELAYED task seeds the C library's
 * generator with srand and DELAYED tasks draw with rand(); a dice simulation whose
 * output depends on the exact order of rand() calls.  Reseeding in the middle
 * must restart the sequence. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void seed(unsigned s) {
  srand(s);
}

DELAYED int roll(int sides) {
  return rand() % sides + 1;
}

DELAYED int roll_sum(int dice, int sides) {
  int s = 0;
  for (int i = 0; i < dice; i++)
    s += rand() % sides + 1;
  return s;
}

int main(void) {
  int rolls[10];
  seed(42);
  for (int i = 0; i < 10; i++)
    rolls[i] = roll(6);
  int hist[7] = {0};
  for (int i = 0; i < 10; i++)
    hist[rolls[i]]++;
  for (int f = 1; f <= 6; f++)
    printf("face %d: %d\n", f, hist[f]);

  seed(42);
  int again = roll(6);
  printf("first roll again: %d (was %d)\n", again, rolls[0]);

  seed(7);
  int sums[5];
  for (int i = 0; i < 5; i++)
    sums[i] = roll_sum(3, 6);
  for (int i = 0; i < 5; i++)
    printf("3d6 #%d = %d\n", i, sums[i]);
  return 0;
}
