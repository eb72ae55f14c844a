/* fwrite of heap buffers that tasks format, interleaved with printf, with
 * lengths from variables that change later. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int render(DELAYED_OUT_N(cap) char *buf, int cap, int row) {
  int len = 0;
  long acc = row;
  for (int c = 0; c < 12 && len < cap - 8; c++) {
    for (int k = 0; k < 200; k++) acc = (acc * 31 + k) % 1000;
    len += snprintf(buf + len, (size_t)(cap - len), "%3ld ", acc);
  }
  buf[len++] = '\n';
  return len;
}

DELAYED void shout(DELAYED_INOUT_N(n) char *buf, int n) {
  for (int i = 0; i < n; i++)
    if (buf[i] == ' ') buf[i] = '|';
}

int main(void) {
  int cap = 64, rows = 6;
  char *text = malloc((size_t)cap * (size_t)rows);
  int *len = malloc(sizeof *len * (size_t)rows);
  if (!text || !len) return 1;
  for (int r = 0; r < rows; r++) len[r] = render(text + r * cap, cap, r);
  printf("header\n");
  int m = len[0];
  fwrite(text, 1, (size_t)m, stdout);
  shout(text + cap, len[1]);
  m = len[2];
  fwrite(text + 2 * cap, 1, (size_t)m, stdout);   /* disjoint from shout */
  fwrite(text + cap, 1, (size_t)len[1], stdout);  /* after shout */
  m = 10;
  shout(text + 3 * cap, m);
  m = 20;
  fwrite(text + 3 * cap, 1, (size_t)len[3], stdout);
  for (int r = 4; r < rows; r++) {
    printf("row %d: ", r);
    fwrite(text + r * cap, 1, (size_t)len[r], stdout);
  }
  printf("m=%d\n", m);
  free(text);
  free(len);
  return 0;
}
