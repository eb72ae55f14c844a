/* rename_pipeline: DELAYED stages write a temporary file, rename it to its
   final name, and read the final file; main checks which names exist, then
   removes them with delayed(remove) and checks again. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED int write_part(const char *path, int id, long work) {
  spin(work);
  FILE *f = fopen(path, "w");
  if (!f) return -1;
  for (int k = 0; k < id + 3; k++) fprintf(f, "%d\n", id * 100 + k);
  fclose(f);
  return id + 3;
}

DELAYED int publish(const char *from, const char *to) {
  return rename(from, to);
}

DELAYED long consume(const char *path, long work) {
  spin(work);
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  long s = 0;
  int v;
  while (fscanf(f, "%d", &v) == 1) s += v;
  fclose(f);
  return s;
}

int main(void) {
  char tmp[3][32], fin[3][32];
  for (int i = 0; i < 3; i++) {
    snprintf(tmp[i], sizeof tmp[i], "p5_rename_%c.tmp", 'a' + i);
    snprintf(fin[i], sizeof fin[i], "p5_rename_%c.txt", 'a' + i);
  }
  int n[3], rc[3];
  long sum[3];
  for (int i = 0; i < 3; i++) {
    n[i] = write_part(tmp[i], i, (3 - i) * 300000L);
    rc[i] = publish(tmp[i], fin[i]);
    sum[i] = consume(fin[i], 100000);
  }
  for (int i = 0; i < 3; i++)
    printf("%s: %d lines, rename %d, sum %ld, tmp %s, final %s\n", fin[i], n[i], rc[i], sum[i],
           access(tmp[i], F_OK) == 0 ? "exists" : "gone",
           access(fin[i], F_OK) == 0 ? "exists" : "gone");
  int rm[3];
  for (int i = 0; i < 3; i++) rm[i] = delayed(remove)(fin[i]);
  for (int i = 0; i < 3; i++)
    printf("remove %d: %s\n", rm[i], access(fin[i], F_OK) == 0 ? "still there" : "gone");
  return 0;
}
