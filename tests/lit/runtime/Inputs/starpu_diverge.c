/* Ordinary code that goes different ways on different ranks (the process id):
 * the ranks spawn different tasks, and the first wait stops the job. */
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"
DELAYED int sq(int x) { return x * x; }
int main(void) {
  int r[4];
  int n = getpid() % 2 ? 4 : 3;     /* differs from process to process */
  for (int i = 0; i < n; i++) r[i] = sq(i);
  int s = 0;
  for (int i = 0; i < n; i++) s += r[i];
  printf("%d\n", s);
  return 0;
}
