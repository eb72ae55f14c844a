/* buf_helper/tokens.c — area 2: the global token buffer and its appender. */
#include "tokens.h"

int tok_buf[128];
int tok_n;

void emit_token(int v) {
  if (tok_n < 128)
    tok_buf[tok_n++] = v;
}
