/* csv_append_count.c — area 1 (readers and writers of one path): a small sales CSV.
 * DELAYED readers (row count, column total) may run together, but DELAYED writers
 * that append rows or truncate the file must stay ordered with them: each reader's
 * answer must reflect exactly the writes before it in serial order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define CSV "t_sales.csv"

DELAYED void csv_create(const char *path) {
  FILE *f = fopen(path, "w");
  if (f) {
    fputs("region,amount\n", f);
    fclose(f);
  }
}

DELAYED void csv_append(const char *path, const char *region, int amount) {
  FILE *f = fopen(path, "a");
  if (f) {
    fprintf(f, "%s,%d\n", region, amount);
    fclose(f);
  }
}

DELAYED int csv_rows(const char *path) {
  FILE *f = fopen(path, "r");
  char line[128];
  int n = -1; /* header */
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f))
    n++;
  fclose(f);
  return n;
}

DELAYED long csv_total(const char *path, const char *region) {
  FILE *f = fopen(path, "r");
  char line[128];
  long total = 0;
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    char *comma = strchr(line, ',');
    if (!comma)
      continue;
    *comma = '\0';
    if (region == NULL || strcmp(line, region) == 0)
      total += atol(comma + 1);
  }
  fclose(f);
  return total;
}

int main(void) {
  csv_create(CSV);
  int r0 = csv_rows(CSV);
  const char *regions[3] = {"north", "south", "east"};
  for (int i = 0; i < 9; i++)
    csv_append(CSV, regions[i % 3], 10 * (i + 1));
  int r1 = csv_rows(CSV);
  long north = csv_total(CSV, "north");
  long south = csv_total(CSV, "south");
  long all = csv_total(CSV, NULL);
  csv_append(CSV, "north", 1000);
  long north2 = csv_total(CSV, "north");
  int r2 = csv_rows(CSV);
  printf("rows %d %d %d\n", r0, r1, r2);
  printf("north %ld south %ld all %ld north-after %ld\n", north, south, all, north2);

  csv_create(CSV);
  long after_reset = csv_total(CSV, NULL);
  int r3 = csv_rows(CSV);
  printf("after reset: rows %d total %ld\n", r3, after_reset);
  remove(CSV);
  return 0;
}
