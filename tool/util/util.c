/* util.c — memory that never returns NULL, small string helpers, error messages. */
#include "util/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *prog_name = "delayc";

static void oom(void) {
  fprintf(stderr, "%s: error: out of memory\n", prog_name);
  exit(EXIT_FAIL);
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom();
  return p;
}

void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) oom();
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) oom();
  return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *vfmt(const char *f, va_list ap) {
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, f, ap);
  char *s = xmalloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, f, again);
  va_end(again);
  return s;
}

char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = vfmt(f, ap);
  va_end(ap);
  return s;
}

void buf_add(Buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->s = xrealloc(b->s, b->cap);
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = 0;
}

void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = vfmt(f, ap);
  va_end(ap);
  buf_puts(b, s);
  free(s);
}

void error(const char *f, ...) {
  va_list ap;
  fprintf(stderr, "%s: error: ", prog_name);
  va_start(ap, f);
  vfprintf(stderr, f, ap);
  va_end(ap);
  fputc('\n', stderr);
}

/* A path spelled inside a C string literal (for #line: '"' and '\\' escaped)
 * into *lit, and safe inside a comment (no star-slash, no newline) into *com. */
void path_spellings(const char *path, Buf *lit, Buf *com) {
  buf_add(lit, "", 0);
  buf_add(com, "", 0);
  for (const char *p = path; *p; p++) {
    if (*p == '"' || *p == '\\') buf_add(lit, "\\", 1);
    buf_add(lit, p, 1);
    if (*p == '/' && p > path && p[-1] == '*') buf_add(com, " ", 1);
    if (*p != '\n') buf_add(com, p, 1);
  }
}

int c_ident_char(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

int names_word(const char *text, const char *w) {
  size_t n = strlen(w);
  if (!n) return 0;
  for (const char *p = text; (p = strstr(p, w)) != NULL; p += n)
    if ((p == text || !c_ident_char(p[-1])) && !c_ident_char(p[n])) return 1;
  return 0;
}

const char *int_cast_end(const char *p) {
  static const char *words[] = {"long", "int", "unsigned", "signed", "short", "size_t", "ptrdiff_t",
                                "ssize_t", "intptr_t", "uintptr_t", "const", NULL};
  if (*p != '(') return NULL;
  const char *q = p + 1;
  int nw = 0;
  for (int hit = 1; hit;) {
    while (*q == ' ' || *q == '\t') q++;
    hit = 0;
    for (int i = 0; words[i] && !hit; i++) {
      size_t n = strlen(words[i]);
      if (!strncmp(q, words[i], n) && !c_ident_char(q[n])) { q += n; hit = 1; nw++; }
    }
  }
  return nw && *q == ')' ? q + 1 : NULL;
}
