/* util.h — the small things every stage uses: memory that does not fail, strings,
 * messages, exit codes, an edit list over a text, reading a source, writing a
 * file atomically.
 *
 *   util.c    memory, strings, messages        edits.c   the edit list
 *   input.c   reading a C source               output.c  atomic file output
 *   nearest.c "did you mean ...?"               json.c    a JSON string */
#ifndef DELAYC_UTIL_H
#define DELAYC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#ifndef DELAYC_VERSION
#define DELAYC_VERSION "0.1.0"
#endif

/* The comment on the first line of every file delayc writes (lower/), by
 * which every subcommand refuses to read one back (input.c). */
#define DELAYC_MARKER "delayc-generated"

/* Exit codes. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* ---- util.c: memory, strings, messages ---- */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
char *vfmt(const char *f, va_list ap);

typedef struct Buf { char *s; size_t len, cap; } Buf;  /* growable string */
void buf_add(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *f, ...) __attribute__((format(printf, 2, 3)));
void path_spellings(const char *path, Buf *lit, Buf *com);  /* for #line, and for a comment */
int c_ident_char(char c);                      /* a letter, digit or _ */
int names_word(const char *text, const char *w);   /* does text name identifier w (a whole word)? */
/* p at `(long)`, `(unsigned long)`, `(size_t)` ...: past the cast; else NULL */
const char *int_cast_end(const char *p);

extern const char *prog_name;
void error(const char *f, ...) __attribute__((format(printf, 1, 2)));  /* "delayc: error: ..." */

/* ---- edits.c ---- */
typedef struct Edit { unsigned beg, end; char *text; int seq; } Edit;
/* line_file, when set, is the file's name as a C string literal: a whole-file
 * ed_apply then puts the user's text that follows an edit on the line's own
 * column, by a #line directive and padding (compiler messages name the user's
 * line and column). */
typedef struct Edits {
  Edit *e; int n, cap; int seq;
  const char *line_file;
  int (*no_directive)(void *ctx, unsigned at); void *ctx;   /* at is inside a macro's use: no #line there */
} Edits;
void ed_replace(Edits *ed, unsigned beg, unsigned end, const char *text);
void ed_insert(Edits *ed, unsigned at, const char *text);
void ed_insert_first(Edits *ed, unsigned at, const char *text);   /* before the other insertions there */
void ed_sort(Edits *ed);
char *ed_apply(Edits *ed, const char *src, unsigned beg, unsigned end, size_t *outlen);

/* ---- input.c ---- */
int read_c_source(const char *path, char **data, size_t *len);  /* 0, or -1 after a message */

/* ---- output.c ---- */
int write_atomic(const char *path, const char *data, size_t len);

/* ---- json.c ---- */
void json_str(FILE *out, const char *s);   /* quoted and escaped; bytes not UTF-8 as U+FFFD */

/* ---- nearest.c: "did you mean ...?" ---- */
const char *nearest_name(const char *word, const char *const *names, int n);  /* or NULL */


#endif /* DELAYC_UTIL_H */
