/* macro_bump.c — area 3 (writes hidden in macros): page-visit counters.  A DELAYED
 * function bumps a counter through `#define BUMP(p) ((p)->count++)`; another is
 * given the counter as `const Counter *` and bumps it through a macro that casts the
 * const away; main prints the counts after the loops. */
#include <stdio.h>
#include "delayed.h"

typedef struct {
  const char *name;
  int count;
  long bytes;
} Counter;

#define BUMP(p) ((p)->count++)
#define ADD_BYTES(p, n) ((p)->bytes += (n))
#define BUMP_CONST(p) (((Counter *)(p))->count++)

DELAYED int serve(Counter *page, int size) {
  BUMP(page);
  ADD_BYTES(page, size);
  return size / 10;
}

DELAYED int peek(const Counter *page) {
  BUMP_CONST(page);
  return page->count;
}

int main(void) {
  Counter home = {"home", 0, 0};
  Counter about = {"about", 0, 0};
  int cost = 0;
  for (int i = 0; i < 20; i++) {
    int c = serve(i % 3 == 0 ? &about : &home, 100 + i);
    cost += c;
  }
  printf("cost %d\n", cost);
  printf("%s: %d visits, %ld bytes\n", home.name, home.count, home.bytes);
  printf("%s: %d visits, %ld bytes\n", about.name, about.count, about.bytes);

  int seen[5];
  for (int i = 0; i < 5; i++)
    seen[i] = peek(&home);
  for (int i = 0; i < 5; i++)
    printf("peek %d saw %d\n", i, seen[i]);
  printf("home now %d\n", home.count);
  return 0;
}
