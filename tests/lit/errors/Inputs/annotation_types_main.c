/* Annotations that mark nothing (blind round 60b: accepted without a word):
 * DELAYED before a struct or a union declared without a variable, a
 * direction on a typedef, DELAYED on main. */
#include "delayed.h"
DELAYED struct S { int a; };
DELAYED union U { int a; float f; };
typedef DELAYED_IN struct T { int b; } T;
typedef struct { double *v DELAYED_N(n); int n; } Fine;
DELAYED int main(void) {
  struct S s = {1};
  T t = {2};
  Fine f = {0, 0};
  return s.a + t.b + f.n;
}
