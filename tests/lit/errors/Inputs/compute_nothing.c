/* delayed_compute of a constant waits for nothing (blind round 47b: accepted
 * without a word); of a variable, or an expression over one, it waits. */
#include "delayed.h"
enum { K = 4 };
DELAYED int f(int x) { return x + 1; }
int main(void) {
  int a = f(1), b = f(2);
  delayed_compute(a + 1);
  delayed_compute(3);
  delayed_compute(K, b);
  return a + b - 5;
}
/* delayed_bind of a plain int: no task's token (blind round 49b: accepted) */
DELAYED int after_all(int x) { return x * 2; }
int bound(void) {
  int t = 0;
  delayed_token ok = delayed_after(f(3));
  return delayed_bind(after_all, t)(2) + delayed_bind(after_all, ok)(3);
}
