/* buf_helper/main.c — area 2 (helper in another file writes a global buffer): a tiny
 * lexer; DELAYED `classify` maps one character to a token kind and calls
 * `emit_token`, defined in tokens.c, which appends to a global buffer
 * (`tok_buf[tok_n++] = v`); main prints the kinds and the buffer. */
#include <stdio.h>
#include <string.h>
#include "tokens.h"
#include "delayed.h"

DELAYED int classify(int ch) {
  int kind;
  if (ch >= '0' && ch <= '9')
    kind = 1;
  else if ((ch >= 'a' && ch <= 'z') || ch == '_')
    kind = 2;
  else if (ch == ' ')
    kind = 0;
  else
    kind = 3;
  if (kind != 0)
    emit_token(kind * 100 + ch);
  return kind;
}

int main(void) {
  const char *src = "let x1 = 42 + foo_bar;";
  int kinds[32];
  int n = (int)strlen(src);
  for (int i = 0; i < n; i++)
    kinds[i] = classify(src[i]);
  int checksum = 0;
  for (int i = 0; i < n; i++)
    checksum = checksum * 5 + kinds[i];
  printf("%d chars, checksum %d\n", n, checksum);
  printf("%d tokens:", tok_n);
  for (int i = 0; i < tok_n; i++)
    printf(" %d", tok_buf[i]);
  printf("\n");
  return 0;
}
