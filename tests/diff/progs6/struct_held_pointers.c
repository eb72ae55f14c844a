/* Pointers stored in structs and loaded back: two structs hold the same block
   (one offset by a run-time amount); an ordinary helper receives pointers to
   the structs and spawns tasks on s->data / t->data, then main does too. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct view { int *data; int len; };

DELAYED void inc_all(int *p, int n, int by) {
  for (int i = 0; i < n; i++) p[i] += by * (i + 1);
}

DELAYED void square_n(DELAYED_INOUT_N(n) int *p, int n) {
  for (int i = 0; i < n; i++) p[i] = (p[i] * p[i] + 1) % 10007;
}

DELAYED long fold(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 7 + p[i]) % 1000000007;
  return s;
}

static long run(struct view *s, struct view *t) {
  inc_all(s->data, s->len, 1);
  square_n(t->data, t->len);
  inc_all(t->data, 3, 2);
  square_n(s->data, 10);
  long f1 = fold(t->data, t->len);
  square_n(s->data + 4, 4);
  t->data[0] += 1;
  long f2 = fold(s->data, s->len);
  return f1 * 31 + f2;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 30;
  struct view s, t;
  s.data = malloc(sizeof(int) * n);
  s.len = n;
  for (int i = 0; i < n; i++) s.data[i] = i % 4;
  t.data = s.data + 5 * argc;    /* same block, 5 elements in */
  t.len = n - 5 * argc;
  long r1 = run(&s, &t);
  long r2 = run(&t, &s);
  struct view *views[2] = { &s, &t };
  square_n(views[1]->data, views[1]->len);
  inc_all(views[0]->data, 6, 3);
  long f3 = fold(views[0]->data, n);
  printf("%ld %ld %ld\n", r1, r2, f3);
  free(s.data);
  return 0;
}
