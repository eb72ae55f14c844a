/* macro_strbuf.c — area 3 (writes hidden in macros, through a pointer member): a
 * string builder with APPEND_CHAR/APPEND_STR macros writing through the builder's
 * `data` pointer and bumping `len`; DELAYED formatters take the builder by pointer
 * (one of them wrongly annotated DELAYED_IN) and main prints the built string. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

typedef struct {
  char *data;
  size_t len, cap;
} StrBuf;

#define APPEND_CHAR(b, c) ((b)->len + 1 < (b)->cap ? ((b)->data[(b)->len++] = (c), (b)->data[(b)->len] = '\0', 1) : 0)
#define APPEND_STR(b, s) do { const char *s_ = (s); while (*s_) APPEND_CHAR((b), *s_++); } while (0)

DELAYED void emit_word(StrBuf *b, const char *w) {
  if (b->len > 0)
    APPEND_CHAR(b, ' ');
  APPEND_STR(b, w);
}

DELAYED void emit_number(DELAYED_IN StrBuf *b, int n) {
  char tmp[16];
  snprintf(tmp, sizeof tmp, "%d", n);
  if (b->len > 0)
    APPEND_CHAR(b, ' ');
  APPEND_STR(b, tmp);
}

DELAYED size_t measure(const StrBuf *b) {
  return strlen(b->data);
}

int main(void) {
  char storage[256] = "";
  StrBuf b = {storage, 0, sizeof storage};
  const char *words[5] = {"alpha", "beta", "gamma", "delta", "epsilon"};
  for (int i = 0; i < 5; i++) {
    emit_word(&b, words[i]);
    emit_number(&b, i * 11);
  }
  size_t m = measure(&b);
  printf("built (%zu/%zu): %s\n", m, b.len, storage);
  return 0;
}
