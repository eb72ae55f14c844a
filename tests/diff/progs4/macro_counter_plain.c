/* macro_counter_plain.c — area 3 (writes hidden in macros, plain structs): request
 * counters without pointer members, bumped through `#define BUMP(p) ((p)->count++)`
 * and a const-casting `TOUCH(p)` macro; one parameter declared `const Stat *`, one
 * wrongly annotated DELAYED_IN; main prints the counters and task results. */
#include <stdio.h>
#include "delayed.h"

typedef struct {
  int count;
  long bytes;
  int peeks;
} Stat;

#define BUMP(p) ((p)->count++)
#define ADD(p, n) ((p)->bytes += (n))
#define TOUCH(p) (((Stat *)(p))->peeks++)

DELAYED int serve(Stat *s, int size) {
  BUMP(s);
  ADD(s, size);
  return size % 7;
}

DELAYED int observe(const Stat *s) {
  TOUCH(s);
  return s->count;
}

DELAYED long drain(DELAYED_IN Stat *s) {
  long b = s->bytes;
  s->bytes = 0;
  BUMP(s);
  return b;
}

int main(void) {
  Stat web = {0, 0, 0};
  Stat api = {0, 0, 0};
  int r[10];
  for (int i = 0; i < 10; i++)
    r[i] = serve(i % 2 ? &api : &web, 100 * i + 3);
  int seen = observe(&web);
  long drained = drain(&web);
  int seen2 = observe(&web);
  int rs = 0;
  for (int i = 0; i < 10; i++)
    rs += r[i];
  printf("results %d, seen %d then %d, drained %ld\n", rs, seen, seen2, drained);
  printf("web: count %d bytes %ld peeks %d\n", web.count, web.bytes, web.peeks);
  printf("api: count %d bytes %ld peeks %d\n", api.count, api.bytes, api.peeks);
  return 0;
}
