/* A small JSON lexer and pretty printer.  Ordinary C: globals, static
 * counters, in-place edits, output parameters, big structs by value. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { T_LBRACE, T_RBRACE, T_LBRACK, T_RBRACK, T_COLON, T_COMMA,
               T_STRING, T_NUMBER, T_TRUE, T_FALSE, T_NULL, T_END, T_ERROR } token_kind;

typedef struct {
  token_kind kind;
  const char *start;
  size_t len;
} token;

typedef struct {
  char text[2048];
  size_t used;
} out_buffer;

static int g_line = 1;
int lexer_errors;

static token next_token(const char **cursor) {
  const char *p = *cursor;
  while (isspace((unsigned char)*p)) {
    if (*p == '\n')
      g_line++;
    p++;
  }
  token t = {T_END, p, 0};
  switch (*p) {
  case '\0': break;
  case '{': t.kind = T_LBRACE; p++; break;
  case '}': t.kind = T_RBRACE; p++; break;
  case '[': t.kind = T_LBRACK; p++; break;
  case ']': t.kind = T_RBRACK; p++; break;
  case ':': t.kind = T_COLON; p++; break;
  case ',': t.kind = T_COMMA; p++; break;
  case '"':
    t.kind = T_STRING;
    for (p++; *p && *p != '"'; p++)
      if (*p == '\\' && p[1])
        p++;
    if (*p == '"')
      p++;
    break;
  default:
    if (*p == '-' || isdigit((unsigned char)*p)) {
      t.kind = T_NUMBER;
      do
        p++;
      while (isdigit((unsigned char)*p) || *p == '.' || *p == 'e' || *p == 'E' || *p == '-');
    } else if (!strncmp(p, "true", 4)) {
      t.kind = T_TRUE;
      p += 4;
    } else if (!strncmp(p, "false", 5)) {
      t.kind = T_FALSE;
      p += 5;
    } else if (!strncmp(p, "null", 4)) {
      t.kind = T_NULL;
      p += 4;
    } else {
      t.kind = T_ERROR;
      lexer_errors++;
      p++;
    }
  }
  t.len = (size_t)(p - t.start);
  *cursor = p;
  return t;
}

static void emit(out_buffer *out, const char *s, size_t n) {
  if (out->used + n >= sizeof out->text)
    n = sizeof out->text - out->used - 1;
  memcpy(out->text + out->used, s, n);
  out->used += n;
  out->text[out->used] = '\0';
}

static out_buffer pretty(const char *src) {
  out_buffer out = {{0}, 0};
  int depth = 0;
  for (token t = next_token(&src); t.kind != T_END; t = next_token(&src)) {
    if (t.kind == T_RBRACE || t.kind == T_RBRACK)
      depth--;
    emit(&out, t.start, t.len);
    if (t.kind == T_LBRACE || t.kind == T_LBRACK)
      depth++;
    if (t.kind == T_COMMA || t.kind == T_LBRACE || t.kind == T_LBRACK) {
      emit(&out, "\n", 1);
      for (int i = 0; i < depth; i++)
        emit(&out, "  ", 2);
    }
  }
  return out;
}

static size_t count_chars(out_buffer b, char c) {
  size_t n = 0;
  for (size_t i = 0; i < b.used; i++)
    n += b.text[i] == c;
  return n;
}

int main(int argc, char **argv) {
  const char *doc = argc > 1 ? argv[1] : "{\"a\": [1, 2, {\"b\": null}], \"c\": true}";
  out_buffer b = pretty(doc);
  puts(b.text);
  printf("%zu lines, %d errors, last line %d\n", count_chars(b, '\n') + 1, lexer_errors, g_line);
  return lexer_errors ? EXIT_FAILURE : EXIT_SUCCESS;
}
