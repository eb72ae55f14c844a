/* cfg_file_roundtrip.c — area 1 (file I/O): a DELAYED task saves a config file with
 * fprintf, a later DELAYED task loads it back with fscanf, and main prints what was
 * loaded; the file is then rewritten by a second save and loaded again, so the
 * second load must see the second save and not the first. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

typedef struct {
  int threads;
  int block;
  double scale;
} Config;

DELAYED void save_config(const char *path, int threads, int block, double scale) {
  FILE *f = fopen(path, "w");
  if (!f) {
    perror("save_config");
    return;
  }
  fprintf(f, "# generated\nthreads %d\nblock %d\nscale %.3f\n", threads, block, scale);
  fclose(f);
}

DELAYED Config load_config(const char *path) {
  Config c = {1, 16, 1.0};
  FILE *f = fopen(path, "r");
  if (!f)
    return c;
  char line[128];
  while (fgets(line, sizeof line, f)) {
    char key[32];
    double v;
    if (line[0] == '#')
      continue;
    if (sscanf(line, "%31s %lf", key, &v) != 2)
      continue;
    if (strcmp(key, "threads") == 0)
      c.threads = (int)v;
    else if (strcmp(key, "block") == 0)
      c.block = (int)v;
    else if (strcmp(key, "scale") == 0)
      c.scale = v;
  }
  fclose(f);
  return c;
}

DELAYED int count_blocks(Config c, int n) {
  return (n + c.block - 1) / c.block;
}

DELAYED int file_lines(const char *path) {
  FILE *f = fopen(path, "r");
  int n = 0, ch;
  if (!f)
    return -1;
  while ((ch = fgetc(f)) != EOF)
    if (ch == '\n')
      n++;
  fclose(f);
  return n;
}

int main(void) {
  const char *path = "t_cfg_roundtrip.cfg";
  remove(path);

  save_config(path, 4, 64, 1.5);
  Config c = load_config(path);
  int nb = count_blocks(c, 1000);
  printf("first: threads=%d block=%d scale=%.3f blocks=%d\n", c.threads, c.block, c.scale, nb);

  save_config(path, c.threads * 2, c.block / 2, c.scale * 2.0);
  Config d = load_config(path);
  int nb2 = count_blocks(d, 1000);
  int lines = file_lines(path);
  printf("second: threads=%d block=%d scale=%.3f blocks=%d lines=%d\n", d.threads, d.block,
         d.scale, nb2, lines);

  FILE *f = fopen(path, "r");
  char first[64] = "";
  if (f) {
    if (!fgets(first, sizeof first, f))
      first[0] = '\0';
    fclose(f);
  }
  printf("header: %s", first);
  remove(path);
  return 0;
}
