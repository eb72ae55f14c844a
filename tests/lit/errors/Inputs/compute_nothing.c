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
