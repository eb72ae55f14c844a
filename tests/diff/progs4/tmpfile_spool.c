/* tmpfile_spool.c — area 1 (a FILE * passed to tasks): a spool made with tmpfile();
 * DELAYED producers fprintf records into the FILE * they are given, a DELAYED
 * consumer rewinds it and sums the records, then more records are written and the
 * consumer runs again; main also writes to the spool between tasks. */
#include <stdio.h>
#include "delayed.h"

DELAYED void produce(FILE *spool, int id, int count) {
  for (int i = 0; i < count; i++)
    fprintf(spool, "%d %d\n", id, id * 10 + i);
}

DELAYED long consume(FILE *spool, int *records) {
  long sum = 0;
  int id, v, n = 0;
  rewind(spool);
  while (fscanf(spool, "%d %d", &id, &v) == 2) {
    sum += v;
    n++;
  }
  fseek(spool, 0, SEEK_END);
  *records = n;
  return sum;
}

int main(void) {
  FILE *spool = tmpfile();
  if (!spool) {
    perror("tmpfile");
    return 1;
  }
  for (int id = 1; id <= 4; id++)
    produce(spool, id, id + 1);
  fprintf(spool, "%d %d\n", 99, 5);
  int n1 = 0;
  long s1 = consume(spool, &n1);
  produce(spool, 7, 3);
  int n2 = 0;
  long s2 = consume(spool, &n2);
  printf("first pass: %d records, sum %ld\n", n1, s1);
  printf("second pass: %d records, sum %ld\n", n2, s2);
  fclose(spool);
  return 0;
}
