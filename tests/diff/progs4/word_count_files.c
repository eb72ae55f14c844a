/* word_count_files.c — area 1 (readers and writers of files): DELAYED tasks write
 * four documents, DELAYED readers count words and lines in each (they may run
 * together), one document is then rewritten and counted again, and a DELAYED task
 * writes a summary file that main prints.  Readers must see the writes before them. */
#include <ctype.h>
#include <stdio.h>
#include "delayed.h"

#define NDOC 4

typedef struct {
  int words;
  int lines;
} Count;

static const char *doc_path[NDOC] = {"t_wc_doc0.txt", "t_wc_doc1.txt", "t_wc_doc2.txt",
                                     "t_wc_doc3.txt"};

DELAYED void write_doc(const char *path, const char *text, int repeat) {
  FILE *f = fopen(path, "w");
  if (!f)
    return;
  for (int i = 0; i < repeat; i++)
    fprintf(f, "%s\n", text);
  fclose(f);
}

DELAYED Count count_file(const char *path) {
  Count c = {0, 0};
  FILE *f = fopen(path, "r");
  if (!f) {
    c.words = -1;
    return c;
  }
  int ch, inword = 0;
  while ((ch = fgetc(f)) != EOF) {
    if (ch == '\n')
      c.lines++;
    if (isspace(ch)) {
      inword = 0;
    } else if (!inword) {
      inword = 1;
      c.words++;
    }
  }
  fclose(f);
  return c;
}

DELAYED int write_summary(const char *path, const Count *counts, int n) {
  FILE *f = fopen(path, "w");
  int total = 0;
  if (!f)
    return -1;
  for (int i = 0; i < n; i++) {
    fprintf(f, "%s: %d words, %d lines\n", doc_path[i], counts[i].words, counts[i].lines);
    total += counts[i].words;
  }
  fprintf(f, "total words: %d\n", total);
  fclose(f);
  return total;
}

int main(void) {
  const char *texts[NDOC] = {"the quick brown fox", "jumps over", "the lazy dog again and again",
                             "end"};
  for (int i = 0; i < NDOC; i++)
    write_doc(doc_path[i], texts[i], i + 2);
  Count counts[NDOC];
  for (int i = 0; i < NDOC; i++)
    counts[i] = count_file(doc_path[i]);

  write_doc(doc_path[1], "now this second document has many more words in it", 5);
  Count again = count_file(doc_path[1]);
  printf("doc1 before: %d words, after: %d words\n", counts[1].words, again.words);

  int total = write_summary("t_wc_summary.txt", counts, NDOC);
  printf("summary total %d\n", total);
  FILE *s = fopen("t_wc_summary.txt", "r");
  if (s) {
    char line[128];
    while (fgets(line, sizeof line, s))
      printf("| %s", line);
    fclose(s);
  }
  for (int i = 0; i < NDOC; i++)
    remove(doc_path[i]);
  remove("t_wc_summary.txt");
  return 0;
}
