/* blind round 44: a counted member whose elements hold pointers (one level of
 * regions did not cover what they reach): the tasks raced, a wrong result on
 * every target; such a member now counts as no count */
/* counted member whose elements are structs holding pointers, passed by pointer (&ts[k]) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int n; int *v DELAYED_N(n); } Row;
typedef struct { int nrows; Row *rows DELAYED_N(nrows); } Table;

DELAYED void inc_table(DELAYED_INOUT Table *t, int by) {
  for (int r = 0; r < 200; r++)
    for (int i = 0; i < t->nrows; i++)
      for (int j = 0; j < t->rows[i].n; j++) t->rows[i].v[j] = (t->rows[i].v[j] * 3 + by) % 10007;
}

int main(void) {
  int *data = calloc(100000, sizeof(int));
  Table *ts = malloc(2 * sizeof(Table));
  for (int k = 0; k < 2; k++) {
    ts[k].nrows = 2; ts[k].rows = malloc(2 * sizeof(Row));
    ts[k].rows[0].n = 50000; ts[k].rows[0].v = data + (k ? 50000 : 0);
    ts[k].rows[1].n = 50000; ts[k].rows[1].v = data + (k ? 0 : 50000);
  }
  inc_table(&ts[0], 1);
  inc_table(&ts[1], 2);
  long s = 0;
  for (int i = 0; i < 100000; i++) s = (s * 31 + data[i]) % 1000000007L;
  printf("%ld\n", s);
  return 0;
}
