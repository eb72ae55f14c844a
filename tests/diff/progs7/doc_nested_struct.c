/* covers: a struct containing a Doc (pointer two levels inside) passed by value; inner text modified by tasks */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { char *text; size_t len; } Doc;
typedef struct { Doc d; int weight; } Item;
DELAYED void shout(Item it) { for (size_t i = 0; i < it.d.len; i++) if (it.d.text[i] >= 'a') it.d.text[i] = (char)(it.d.text[i] - 32); }
DELAYED int score(Item it) { int s = 0; for (size_t i = 0; i < it.d.len; i++) s += it.d.text[i] * it.weight; return s; }

int main(void) {
  char buf[3][8] = {"abcdefg", "hijklmn", "opqrstu"};
  Item items[3];
  for (int i = 0; i < 3; i++) { items[i].d.text = buf[i]; items[i].d.len = 7; items[i].weight = i + 1; }
  int before[3], after[3];
  for (int i = 0; i < 3; i++) before[i] = score(items[i]);
  shout(items[1]);
  items[2].d.text = buf[1];
  for (int i = 0; i < 3; i++) after[i] = score(items[i]);
  for (int i = 0; i < 3; i++) printf("%s %d %d\n", buf[i], before[i], after[i]);
  return 0;
}
