/* Ordinary code that goes different ways on different ranks (here a variable
 * the launcher sets to each rank's number; in real programs the clock, the
 * process id, standard input): the ranks spawn different tasks, and the first
 * wait stops the job. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED int sq(int x) { return x * x; }
int main(void) {
  int r[4];
  const char *me = getenv("OMPI_COMM_WORLD_RANK");
  int n = me && atoi(me) == 1 ? 4 : 3;   /* differs from rank to rank */
  for (int i = 0; i < n; i++) r[i] = sq(i);
  int s = 0;
  for (int i = 0; i < n; i++) s += r[i];
  printf("%d\n", s);
  return 0;
}
