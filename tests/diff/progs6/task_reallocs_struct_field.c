/* A DELAYED function that grows a vector held in a struct (realloc of
   v->data inside the task, which moves the block): later tasks and ordinary
   code take v.data, which must be read after the growing task. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct vec { int *data; int len; int cap; };

DELAYED void push_many(struct vec *v, int count, int base) {
  for (int i = 0; i < count; i++) {
    if (v->len == v->cap) {
      v->cap = v->cap * 4 + 1;
      v->data = realloc(v->data, sizeof(int) * v->cap);
    }
    v->data[v->len++] = base + i;
  }
}

DELAYED void scale(int *p, int n, int k) {
  for (int i = 0; i < n; i++) p[i] *= k;
}

DELAYED long total(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 3 + p[i]) % 1000000007;
  return s;
}

int main(void) {
  struct vec v = { malloc(sizeof(int)), 0, 1 };
  push_many(&v, 5, 10);
  scale(v.data, v.len, 2);
  push_many(&v, 100, 1000);
  scale(v.data + 3, v.len - 3, 3);
  long t = total(v.data, v.len);
  push_many(&v, 300, -7);
  long u = total(v.data, v.len);
  printf("%ld %ld %d %d\n", t, u, v.len, v.data[v.len / 2]);
  free(v.data);
  return 0;
}
