/* Tasks render into segments of one char buffer through a moving cursor; in a
 * second line the segments overlap by one character. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void render(DELAYED_OUT_N(w) char *dst, int w, int id) {
  unsigned v = (unsigned)id * 2654435761u;
  for (int r = 0; r < 2000; r++) v = v * 1103515245u + 12345u;
  for (int i = 0; i < w; i++) {
    dst[i] = (char)('a' + (v >> 16) % 26);
    v = v * 1103515245u + 12345u;
  }
  dst[0] = (char)('0' + id % 10);
}

DELAYED void upcase(DELAYED_INOUT_N(n) char *s, int n) {
  for (int i = 0; i < n; i++)
    if (s[i] >= 'a' && s[i] <= 'm') s[i] = (char)(s[i] - 'a' + 'A');
}

int main(void) {
  int w = 8, segs = 9;
  char *line = malloc((size_t)(w * segs + 1));
  char *cur = line;
  for (int i = 0; i < segs; i++) {
    render(cur, w, i);
    cur += w;
  }
  *cur = '\0';
  upcase(line + w, 2 * w);
  puts(line);
  cur = line;
  for (int i = 0; i < segs; i++) {
    render(cur, w, 10 + i);
    cur += w - 1;                 /* the next segment overwrites the last char */
  }
  *cur = '\0';
  printf("%s|\n", line);
  upcase(line, w * segs / 2);
  printf("%.*s|\n", w * segs / 2, line);
  free(line);
  return 0;
}
