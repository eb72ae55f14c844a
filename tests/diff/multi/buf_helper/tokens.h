/* buf_helper/tokens.h — the token buffer shared by main.c and tokens.c */
#ifndef TOKENS_H
#define TOKENS_H
extern int tok_buf[128];
extern int tok_n;
void emit_token(int v);
#endif
