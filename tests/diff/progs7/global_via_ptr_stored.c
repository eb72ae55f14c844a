/* covers: a pointer to a global stored in a struct / local pointer variable, written by a task, read by a task through another pointer */
#include <stdio.h>
#include "delayed.h"

typedef struct { long *dst; } Sink;
long Acc[4];
DELAYED void emit(Sink s, long v) { *s.dst += v; }
DELAYED long peek(const long *p) { return *p; }

int main(void) {
  Sink s = {&Acc[2]};
  long *alias = Acc + 2;
  emit(s, 5);
  long a = peek(alias);
  emit(s, 7);
  long b = peek(&Acc[2]);
  s.dst = &Acc[1];
  emit(s, 9);
  long c = peek(alias);
  long d = peek(Acc + 1);
  printf("%ld %ld %ld %ld\n", a, b, c, d);
  return 0;
}
