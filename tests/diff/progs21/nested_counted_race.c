/* blind round 44: a counted member whose elements hold pointers (one level of
 * regions did not cover what they reach): the tasks raced, a wrong result on
 * every target; such a member now counts as no count */
/* Two tables whose counted Row arrays are distinct but whose rows point to the
   same data. Each task writes t.rows[0].v[..] (two levels down). Serial: 3*(3*0+1)+2 = 5. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int n; int *v DELAYED_N(n); } Row;
typedef struct { int nrows; Row *rows DELAYED_N(nrows); } Table;

DELAYED void inc_table(Table t, int by) {
  for (int r = 0; r < 200; r++)
    for (int j = 0; j < t.rows[0].n; j++) t.rows[0].v[j] = (t.rows[0].v[j] * 3 + by) % 10007;
}

int main(void) {
  int *data = calloc(100000, sizeof(int));
  Row *ra = malloc(sizeof(Row)), *rb = malloc(sizeof(Row));
  ra->n = rb->n = 100000; ra->v = rb->v = data;
  Table ta = {1, ra}, tb = {1, rb};
  inc_table(ta, 1);
  inc_table(tb, 2);
  long s = 0;
  for (int i = 0; i < 100000; i++) s = (s * 31 + data[i]) % 1000000007L;
  printf("%ld\n", s);
  return 0;
}
