/* wordcount_literal_paths.c — area 1 (file I/O with paths spelled at each call): a
 * word counter over three small text files whose names are written out at every
 * call; DELAYED tasks write the files, count their words, append to one of them and
 * count again, and a DELAYED task writes a totals file that main prints. */
#include <ctype.h>
#include <stdio.h>
#include "delayed.h"

DELAYED void write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

DELAYED void append_text(const char *path, const char *text) {
  FILE *f = fopen(path, "a");
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

DELAYED int count_words(const char *path) {
  FILE *f = fopen(path, "r");
  int n = 0, in = 0, ch;
  if (!f)
    return -1;
  while ((ch = fgetc(f)) != EOF) {
    if (isspace(ch))
      in = 0;
    else if (!in) {
      in = 1;
      n++;
    }
  }
  fclose(f);
  return n;
}

DELAYED void write_totals(const char *path, int a, int b, int c) {
  FILE *f = fopen(path, "w");
  if (f) {
    fprintf(f, "a=%d b=%d c=%d total=%d\n", a, b, c, a + b + c);
    fclose(f);
  }
}

int main(void) {
  write_text("t_wl_a.txt", "one two three\nfour five\n");
  write_text("t_wl_b.txt", "alpha beta\n");
  write_text("t_wl_c.txt", "x\n");
  int a = count_words("t_wl_a.txt");
  int b = count_words("t_wl_b.txt");
  int c = count_words("t_wl_c.txt");
  append_text("t_wl_b.txt", "gamma delta epsilon zeta\n");
  int b2 = count_words("t_wl_b.txt");
  write_text("t_wl_c.txt", "");
  int c2 = count_words("t_wl_c.txt");
  write_totals("t_wl_totals.txt", a, b2, c2);
  printf("a=%d b=%d c=%d, b after append=%d, c after truncate=%d\n", a, b, c, b2, c2);
  FILE *f = fopen("t_wl_totals.txt", "r");
  char line[80] = "(missing)\n";
  if (f) {
    if (!fgets(line, sizeof line, f))
      line[0] = '\0';
    fclose(f);
  }
  printf("totals file: %s", line);
  remove("t_wl_a.txt");
  remove("t_wl_b.txt");
  remove("t_wl_c.txt");
  remove("t_wl_totals.txt");
  return 0;
}
