/* config_file_rewrite: main writes a config file, DELAYED workers read it,
   main rewrites it (helper with fopen "w") while those readers may still be
   pending, more workers read the new version; a worker also appends a note to
   a shared journal file that main prints at the end. */
#include <stdio.h>
#include "delayed.h"

#define CFG "p5_cfgrw_1.cfg"
#define JOURNAL "p5_cfgrw_1.journal"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

static void write_config(const char *path, int scale, int offset) {
  FILE *f = fopen(path, "w");
  if (!f) return;
  fprintf(f, "scale=%d offset=%d\n", scale, offset);
  fclose(f);
}

DELAYED long run_with(const char *path, int x, long work) {
  spin(work);
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  int scale = 0, offset = 0;
  if (fscanf(f, "scale=%d offset=%d", &scale, &offset) != 2) scale = -100;
  fclose(f);
  return (long)x * scale + offset;
}

DELAYED void journal(const char *path, const char *what, long v) {
  FILE *f = fopen(path, "a");
  if (!f) return;
  fprintf(f, "%s=%ld\n", what, v);
  fclose(f);
}

int main(void) {
  remove(JOURNAL);
  write_config(CFG, 2, 1);
  long a = run_with(CFG, 10, 800000);
  long b = run_with(CFG, 20, 100000);
  journal(JOURNAL, "a", a);
  write_config(CFG, 5, 7);
  long c = run_with(CFG, 10, 600000);
  journal(JOURNAL, "c", c);
  journal(JOURNAL, "b", b);
  write_config(CFG, 9, 9);
  printf("a=%ld b=%ld c=%ld\n", a, b, c);
  FILE *f = fopen(JOURNAL, "r");
  if (!f) return 1;
  char line[64];
  while (fgets(line, sizeof line, f)) printf("journal: %s", line);
  fclose(f);
  remove(CFG);
  remove(JOURNAL);
  return 0;
}
