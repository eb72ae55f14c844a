/* Texts and lists whose sizes the program reads at run time (argv here):
 * the loops of words() and walk() run as long as their data. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Item { struct Item *next; double x; } Item;

static double walk(const Item *h) {
  double s = 0;
  for (const Item *p = h; p; p = p->next) s += p->x * 1.5;
  return s;
}

static int words(const char *t) {
  int c = 0, in = 0;
  for (; *t; t++) {
    int w = *t != ' ';
    if (w && !in) c++;
    in = w;
  }
  return c;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 0;
  if (n <= 0) n = 200000;
  Item *lists[8];
  char *texts[8];
  for (int k = 0; k < 8; k++) {
    lists[k] = NULL;
    for (int i = 0; i < n / 4 + k; i++) {
      Item *x = malloc(sizeof *x);
      x->x = i % 7;
      x->next = lists[k];
      lists[k] = x;
    }
    texts[k] = malloc((size_t)n + 1);
    for (int i = 0; i < n; i++) texts[k][i] = (i * (k + 3)) % 5 ? 'a' : ' ';
    texts[k][n] = 0;
  }
  double q[8];
  int w[8];
  for (int k = 0; k < 8; k++) q[k] = walk(lists[k]);
  for (int k = 0; k < 8; k++) w[k] = words(texts[k]);
  for (int k = 0; k < 8; k++) printf("%d %.1f %d\n", k, q[k], w[k]);
  return 0;
}
