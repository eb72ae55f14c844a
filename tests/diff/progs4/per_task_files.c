/* per_task_files.c — area 1 (file I/O): each DELAYED task writes its own chunk file
 * (t_chunk_<i>.txt) of numbers, main then opens every file in order and sums it;
 * a second round of tasks (readers only) computes each file's maximum, and a final
 * task merges all chunks into one file that main prints. */
#include <stdio.h>
#include "delayed.h"

#define NCHUNK 6
#define PER 50

static void chunk_name(char *buf, size_t n, int i) {
  snprintf(buf, n, "t_chunk_%d.txt", i);
}

DELAYED void write_chunk(int i, unsigned seed) {
  char name[32];
  chunk_name(name, sizeof name, i);
  FILE *f = fopen(name, "w");
  if (!f)
    return;
  unsigned x = seed;
  for (int k = 0; k < PER; k++) {
    x = x * 1103515245u + 12345u;
    fprintf(f, "%u\n", (x >> 16) % 1000);
  }
  fclose(f);
}

DELAYED int chunk_max(int i) {
  char name[32];
  chunk_name(name, sizeof name, i);
  FILE *f = fopen(name, "r");
  if (!f)
    return -1;
  int v, best = -1;
  while (fscanf(f, "%d", &v) == 1)
    if (v > best)
      best = v;
  fclose(f);
  return best;
}

DELAYED int merge_chunks(const char *out) {
  FILE *o = fopen(out, "w");
  int lines = 0;
  if (!o)
    return -1;
  for (int i = 0; i < NCHUNK; i++) {
    char name[32];
    chunk_name(name, sizeof name, i);
    FILE *f = fopen(name, "r");
    int v, s = 0;
    if (!f)
      continue;
    while (fscanf(f, "%d", &v) == 1)
      s += v;
    fclose(f);
    fprintf(o, "chunk %d sum %d\n", i, s);
    lines++;
  }
  fclose(o);
  return lines;
}

int main(void) {
  for (int i = 0; i < NCHUNK; i++)
    write_chunk(i, 17u * (unsigned)i + 3u);

  long grand = 0;
  for (int i = 0; i < NCHUNK; i++) {
    char name[32];
    chunk_name(name, sizeof name, i);
    FILE *f = fopen(name, "r");
    int v, count = 0;
    long s = 0;
    if (!f) {
      printf("chunk %d missing\n", i);
      continue;
    }
    while (fscanf(f, "%d", &v) == 1) {
      s += v;
      count++;
    }
    fclose(f);
    printf("chunk %d: %d numbers, sum %ld\n", i, count, s);
    grand += s;
  }
  printf("grand total %ld\n", grand);

  int maxes[NCHUNK];
  for (int i = 0; i < NCHUNK; i++)
    maxes[i] = chunk_max(i);
  for (int i = 0; i < NCHUNK; i++)
    printf("max[%d] = %d\n", i, maxes[i]);

  int merged = merge_chunks("t_chunk_merged.txt");
  printf("merged %d chunks\n", merged);
  FILE *m = fopen("t_chunk_merged.txt", "r");
  if (m) {
    char line[80];
    while (fgets(line, sizeof line, m))
      printf("> %s", line);
    fclose(m);
  }

  for (int i = 0; i < NCHUNK; i++) {
    char name[32];
    chunk_name(name, sizeof name, i);
    remove(name);
  }
  remove("t_chunk_merged.txt");
  return 0;
}
