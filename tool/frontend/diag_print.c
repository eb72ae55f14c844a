/* diag_print.c — the parse errors of a translation unit, printed the way clang
 * prints them:
 *
 *   In file included from main.c:2:
 *   ./work.h:4:15: error: expected ';' after return statement
 *     return x + 1
 *                 ^
 *                 ;
 *   1 error generated.
 *
 * the include stack, the location and message (clang_formatDiagnostic), the
 * source line read from the unit's buffer, a caret under the column with the
 * diagnostic's ranges underlined (~), clang's fix-it under it, the `note:`
 * lines attached to the error, and the count.  Tabs are expanded to 8 columns
 * as clang does.  Colour (clang's: bold location and message, red `error:`,
 * green caret) only when standard error is a terminal, or when asked
 * (`delayc lint --color`).  An error with no location (an unknown compiler
 * flag) is one line, `delayc: error: ...`, and, as with clang's driver
 * errors, no count follows it alone. */
#define _GNU_SOURCE
#include "frontend/frontend.h"

#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define C_BOLD "\033[1m"
#define C_ERROR "\033[0;1;31m"
#define C_WARNING "\033[0;1;35m"
#define C_NOTE "\033[0;1;30m"
#define C_CARET "\033[0;1;32m"
#define C_OFF "\033[0m"

static int color_mode = -1;   /* -1: auto (a terminal), 0: never, 1: always */

void diag_set_color(int mode) { color_mode = mode; }

static int use_color(FILE *out) {
  if (color_mode >= 0) return color_mode;
  const char *term = getenv("TERM");
  return isatty(fileno(out)) && !getenv("NO_COLOR") && !(term && !strcmp(term, "dumb"));
}

/* ---- the source line ---- */

typedef struct Line {
  char *text;       /* the line, tabs expanded */
  int *col;         /* display column (0-based) of each byte column (1-based) */
  int nbyte;
} Line;

/* Line `line` of file in tu, or 0 when its text is not available. */
static int read_line(CXTranslationUnit tu, CXFile file, unsigned line, Line *l) {
  size_t size = 0;
  const char *s = file ? clang_getFileContents(tu, file, &size) : NULL;
  if (!s || line == 0) return 0;
  size_t b = 0;
  for (unsigned k = 1; k < line; k++) {
    const char *nl = memchr(s + b, '\n', size - b);
    if (!nl) return 0;
    b = (size_t)(nl - s) + 1;
  }
  size_t e = b;
  while (e < size && s[e] != '\n' && s[e] != '\r') e++;
  Buf t = {0};
  buf_add(&t, "", 0);
  l->nbyte = (int)(e - b);
  l->col = xcalloc((size_t)l->nbyte + 2, sizeof *l->col);
  int dc = 0;
  for (size_t i = b; i < e; i++) {
    l->col[i - b + 1] = dc;
    if (s[i] == '\t') {
      do { buf_add(&t, " ", 1); dc++; } while (dc % 8);
    } else {
      buf_add(&t, s + i, 1);
      if (((unsigned char)s[i] & 0xC0) != 0x80) dc++;
    }
  }
  l->col[l->nbyte + 1] = dc;
  l->text = t.s;
  return 1;
}

static int display_col(const Line *l, unsigned bytecol) {
  if (bytecol < 1) bytecol = 1;
  if ((int)bytecol > l->nbyte + 1) return l->col[l->nbyte + 1] + ((int)bytecol - l->nbyte - 1);
  return l->col[bytecol];
}

/* Puts c over [from, to) of the marker line m, growing it with spaces. */
static void mark(Buf *m, int from, int to, char c) {
  while ((int)m->len < to) buf_add(m, " ", 1);
  for (int i = from; i < to; i++)
    if (m->s[i] == ' ' || c == '^') m->s[i] = c;
}

/* The part of a range on this file and line, as display columns [*from, *to). */
static int range_on_line(CXSourceRange r, CXFile file, unsigned line, const Line *l, int *from, int *to) {
  CXFile f1, f2;
  unsigned l1, c1, l2, c2;
  clang_getExpansionLocation(clang_getRangeStart(r), &f1, &l1, &c1, NULL);
  clang_getExpansionLocation(clang_getRangeEnd(r), &f2, &l2, &c2, NULL);
  if (!f1 || !clang_File_isEqual(f1, file) || l1 > line || (f2 && l2 < line)) return 0;
  *from = l1 < line ? 0 : display_col(l, c1);
  *to = !f2 || l2 > line ? l->col[l->nbyte + 1] : display_col(l, c2);
  if (*to <= *from) *to = *from + 1;
  return 1;
}

/* The source line of a diagnostic, the caret with its ranges, and a fix-it
 * on that line. */
static void print_snippet(CXTranslationUnit tu, CXDiagnostic d, FILE *out, int color) {
  CXFile file;
  unsigned line, col;
  clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, &line, &col, NULL);
  Line l = {0};
  if (!read_line(tu, file, line, &l)) return;
  Buf m = {0};
  buf_add(&m, "", 0);
  int from, to;
  for (unsigned i = 0; i < clang_getDiagnosticNumRanges(d); i++)
    if (range_on_line(clang_getDiagnosticRange(d, i), file, line, &l, &from, &to)) mark(&m, from, to, '~');
  int at = display_col(&l, col);
  mark(&m, at, at + 1, '^');
  Buf fix = {0};
  buf_add(&fix, "", 0);
  for (unsigned i = 0; i < clang_getDiagnosticNumFixIts(d); i++) {
    CXSourceRange r;
    CXString t = clang_getDiagnosticFixIt(d, i, &r);
    const char *text = clang_getCString(t);
    CXFile f;
    unsigned fl, fc;
    clang_getExpansionLocation(clang_getRangeStart(r), &f, &fl, &fc, NULL);
    if (text && *text && !strchr(text, '\n') && f && clang_File_isEqual(f, file) && fl == line) {
      int c = display_col(&l, fc);
      while ((int)fix.len < c) buf_add(&fix, " ", 1);
      fix.len = (size_t)c;            /* a later fix-it at the same place wins */
      fix.s[fix.len] = 0;
      buf_puts(&fix, text);
    }
    clang_disposeString(t);
  }
  while (m.len && m.s[m.len - 1] == ' ') m.s[--m.len] = 0;
  fprintf(out, "%s\n%s%s%s\n", l.text, color ? C_CARET : "", m.s, color ? C_OFF : "");
  if (fix.len) fprintf(out, "%s%s%s\n", color ? C_CARET : "", fix.s, color ? C_OFF : "");
  free(m.s);
  free(fix.s);
  free(l.text);
  free(l.col);
}

/* ---- the include stack ---- */

typedef struct IncCtx { CXFile want; CXSourceLocation *stack; unsigned n; } IncCtx;

static void find_inclusion(CXFile f, CXSourceLocation *stack, unsigned n, CXClientData data) {
  IncCtx *c = data;
  if (!c->stack && clang_File_isEqual(f, c->want) && n > 0) {
    c->stack = xcalloc(n, sizeof *c->stack);
    memcpy(c->stack, stack, n * sizeof *stack);
    c->n = n;
  }
}

/* "In file included from X:L:" for each header between the main file and the
 * diagnostic's file, outermost first, once per file in a row of diagnostics. */
static void print_includes(CXTranslationUnit tu, CXDiagnostic d, FILE *out, CXFile *last) {
  CXFile file;
  clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, NULL);
  if (!file || (*last && clang_File_isEqual(file, *last))) return;
  *last = file;
  IncCtx c = {file, NULL, 0};
  clang_getInclusions(tu, find_inclusion, &c);
  for (unsigned i = c.n; i-- > 0;) {
    CXFile f;
    unsigned line;
    clang_getExpansionLocation(c.stack[i], &f, &line, NULL, NULL);
    CXString name = clang_getFileName(f);
    fprintf(out, "In file included from %s:%u:\n", clang_getCString(name), line);
    clang_disposeString(name);
  }
  free(c.stack);
}

/* ---- one diagnostic ---- */

/* "file:line:col: error: message", coloured as clang colours it. */
static void print_heading(CXDiagnostic d, FILE *out, int color) {
  CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation | CXDiagnostic_DisplayColumn |
                                             CXDiagnostic_DisplayOption);
  const char *msg = clang_getCString(s);
  static const struct { const char *word, *color; } sev[] = {
    {"fatal error: ", C_ERROR}, {"error: ", C_ERROR}, {"warning: ", C_WARNING}, {"note: ", C_NOTE}};
  const char *at = NULL, *c = NULL;
  size_t n = 0;
  for (size_t k = 0; k < sizeof sev / sizeof *sev && !at; k++) {
    const char *p = strstr(msg, sev[k].word);
    if (p && (p == msg || (p >= msg + 2 && p[-1] == ' ' && p[-2] == ':'))) { at = p; c = sev[k].color; n = strlen(sev[k].word); }
  }
  int note = at && !strncmp(at, "note", 4);
  if (at == msg) fprintf(out, "%s: ", prog_name);   /* no location: say who complains */
  if (!color || !at) fprintf(out, "%s\n", msg);
  else
    fprintf(out, C_BOLD "%.*s" C_OFF "%s%.*s" C_OFF "%s%s" C_OFF "\n", (int)(at - msg), msg, c, (int)n, at,
            note ? "" : C_BOLD, at + n);
  clang_disposeString(s);
}

static void print_one(CXTranslationUnit tu, CXDiagnostic d, FILE *out, int color, CXFile *last) {
  print_includes(tu, d, out, last);
  print_heading(d, out, color);
  print_snippet(tu, d, out, color);
  CXDiagnosticSet kids = clang_getChildDiagnostics(d);
  for (unsigned i = 0; kids && i < clang_getNumDiagnosticsInSet(kids); i++) {
    CXDiagnostic k = clang_getDiagnosticInSet(kids, i);
    CXString t = clang_getDiagnosticSpelling(k);
    int inclusion = !strncmp(clang_getCString(t), "in file included from", 21);   /* printed as the stack */
    clang_disposeString(t);
    if (!inclusion) print_one(tu, k, out, color, last);
    clang_disposeDiagnostic(k);
  }
}

/* Prints every error (and the notes attached to it) of tu on out, then
 * "N error(s) generated."; returns the number of errors. */
/* The names delayed.h defines. */
static const char *const delayed_names[] = {
  "DELAYED", "DELAYED_PURE", "DELAYED_NAME", "DELAYED_CUTOFF", "DELAYED_GRAIN", "DELAYED_RANK", "DELAYED_IN", "DELAYED_OUT",
  "DELAYED_INOUT", "DELAYED_IN_N", "DELAYED_OUT_N", "DELAYED_INOUT_N", "DELAYED_N", "DELAYED_IN_2D",
  "DELAYED_OUT_2D", "DELAYED_INOUT_2D", "DELAYED_IN_RANGE", "DELAYED_OUT_RANGE", "DELAYED_INOUT_RANGE",
  "delayed", "delayed_compute", "delayed_after", "delayed_bind",
  "delayed_token"};
#define NDELAYED_NAMES ((int)(sizeof delayed_names / sizeof *delayed_names))

/* An error about an unknown name (`unknown type name 'X'`, `undeclared
 * identifier 'X'`, `implicit declaration of function 'X'`): 1 when X is a name
 * of delayed.h (the include forgotten), 2 when it is a near miss of one (*near:
 * that name), else 0. */
static int about_delayed_h(CXDiagnostic d, const char **near) {
  CXString s = clang_getDiagnosticSpelling(d);
  const char *m = clang_getCString(s);
  int r = 0;
  if (m && (strstr(m, "unknown type name") || strstr(m, "undeclared") || strstr(m, "implicit declaration"))) {
    const char *q = strchr(m, '\'');
    const char *e = q ? strchr(q + 1, '\'') : NULL;
    if (e) {
      char name[64];
      size_t n = (size_t)(e - q - 1) < sizeof name - 1 ? (size_t)(e - q - 1) : sizeof name - 1;
      memcpy(name, q + 1, n);
      name[n] = 0;
      for (int i = 0; i < NDELAYED_NAMES && !r; i++)
        if (!strcmp(name, delayed_names[i])) r = 1;
      if (!r && (*near = nearest_name(name, delayed_names, NDELAYED_NAMES)) != NULL) r = 2;
    }
  }
  clang_disposeString(s);
  return r;
}

/* After errors: each word of the main file spelled like a name of delayed.h
 * but not one (DELAYED_CUTOF(...), DELAYED_IN_n(...): clang's errors are then
 * about what follows it) gets a note with the name it is nearest to. */
static void typo_notes(CXTranslationUnit tu, FILE *out, int color) {
  CXString tn = clang_getTranslationUnitSpelling(tu);
  CXFile f = clang_getFile(tu, clang_getCString(tn));
  clang_disposeString(tn);
  size_t len = 0;
  const char *src = f ? clang_getFileContents(tu, f, &len) : NULL;
  if (!src) return;
  CXString fn = clang_getFileName(f);
  unsigned line = 1, bol = 0;
  int notes = 0;
  for (size_t i = 0; i < len && notes < 8; i++) {
    if (src[i] == '\n') { line++; bol = (unsigned)i + 1; continue; }
    if (!(isalpha((unsigned char)src[i]) || src[i] == '_') || (i && (isalnum((unsigned char)src[i - 1]) || src[i - 1] == '_')))
      continue;
    size_t e = i;
    while (e < len && (isalnum((unsigned char)src[e]) || src[e] == '_')) e++;
    if (e - i >= 5 && e - i < 40 && !strncasecmp(src + i, "delay", 5)) {
      char w[40];
      memcpy(w, src + i, e - i);
      w[e - i] = 0;
      int known = 0;
      for (int k = 0; k < NDELAYED_NAMES && !known; k++) known = !strcmp(w, delayed_names[k]);
      const char *near = known ? NULL : nearest_name(w, delayed_names, NDELAYED_NAMES);
      if (near) {
        fprintf(out, "%s%s:%u:%u: %s%snote:%s '%s' is not a name of delayed.h: did you mean '%s'?\n",
                color ? "\033[1m" : "", clang_getCString(fn), line, (unsigned)i - bol + 1, color ? "\033[0m" : "",
                color ? "\033[1;30m" : "", color ? "\033[0m" : "", w, near);
        notes++;
      }
    }
    i = e - 1;
  }
  clang_disposeString(fn);
}

/* An error of a use of a function-like macro with too few or too many
 * arguments; and, on its line after it, clang's "unknown type name" for that
 * macro's name, which only repeats it (DELAYED_IN_RANGE(lo): the annotation
 * left unexpanded).  1 for the second, to be left out. */
static int follows_macro_args(CXDiagnostic d, CXFile *mf, unsigned *ml) {
  CXString s = clang_getDiagnosticSpelling(d);
  const char *t = clang_getCString(s);
  CXFile f;
  unsigned line;
  clang_getExpansionLocation(clang_getDiagnosticLocation(d), &f, &line, NULL, NULL);
  int args = strstr(t, "arguments provided to function-like macro invocation") != NULL;
  int repeat = !args && *mf && f && clang_File_isEqual(f, *mf) && line == *ml && !strncmp(t, "unknown type name", 17);
  clang_disposeString(s);
  if (args) { *mf = f; *ml = line; }
  return repeat;
}

/* Is the error's line one with DELAYED_NAME( not followed by a string
 * literal (DELAYED_NAME(42): clang's parse errors only)?  Its column, or 0. */
static unsigned bad_name_use(CXTranslationUnit tu, CXDiagnostic d, CXFile *file, unsigned *line) {
  unsigned off;
  clang_getExpansionLocation(clang_getDiagnosticLocation(d), file, line, NULL, &off);
  if (!*file) return 0;
  size_t len;
  const char *src = clang_getFileContents(tu, *file, &len);
  if (!src || off > len) return 0;
  size_t b = off, e = off;
  while (b > 0 && src[b - 1] != '\n') b--;
  while (e < len && src[e] != '\n') e++;
  for (size_t i = b; i + 13 <= e; i++)
    if (!memcmp(src + i, "DELAYED_NAME(", 13) && (i == b || !(isalnum((unsigned char)src[i - 1]) || src[i - 1] == '_'))) {
      size_t k = i + 13;
      while (k < e && (src[k] == ' ' || src[k] == '\t')) k++;
      if (k < e && src[k] != '"') return (unsigned)(i - b + 1);
    }
  return 0;
}

int diag_print_errors(CXTranslationUnit tu, FILE *out) {
  int color = use_color(out), errors = 0, located = 0, hinted = 0;
  CXFile last = NULL, mf = NULL, named_file = NULL;
  unsigned named_line = 0;
  unsigned ml = 0;
  unsigned n = clang_getNumDiagnostics(tu);
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic d = clang_getDiagnostic(tu, i);
    if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error && follows_macro_args(d, &mf, &ml)) {
      clang_disposeDiagnostic(d);
      continue;
    }
    if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
      CXFile bf;
      unsigned bl, bc = bad_name_use(tu, d, &bf, &bl);
      if (bc && named_file && clang_File_isEqual(bf, named_file) && bl == named_line) {   /* said: the one error */
        clang_disposeDiagnostic(d);
        continue;
      }
      if (bc) {
        CXString hn = clang_getFileName(bf);
        const char *path = clang_getCString(hn);
        while (path[0] == '.' && path[1] == '/') path += 2;
        fprintf(out, "%s%s:%u:%u: %serror:%s DELAYED_NAME takes a string literal, the task's name in traces and "
                "reports: DELAYED_NAME(\"name\")\n", color ? "\033[1m" : "", path, bl, bc, color ? "\033[1;31m" : "",
                color ? "\033[0m" : "");
        Line l = {0};
        if (read_line(tu, bf, bl, &l)) {      /* the line, and the caret under DELAYED_NAME */
          Buf m = {0};
          buf_add(&m, "", 0);
          int at = display_col(&l, bc);
          mark(&m, at, at + 1, '^');
          fprintf(out, "%s\n%s%s%s\n", l.text, color ? C_CARET : "", m.s, color ? C_OFF : "");
          free(m.s);
          free(l.text);
          free(l.col);
        }
        clang_disposeString(hn);
        named_file = bf;
        named_line = bl;
        located++;
        errors++;
        clang_disposeDiagnostic(d);
        continue;
      }
      CXFile f;
      clang_getExpansionLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, NULL);
      located += f != NULL;
      print_one(tu, d, out, color, &last);
      const char *near = NULL;
      int about = about_delayed_h(d, &near);
      if (!hinted && about == 1) {
        CXFile hf;
        unsigned hl, hc;
        clang_getExpansionLocation(clang_getDiagnosticLocation(d), &hf, &hl, &hc, NULL);
        CXString hn = clang_getFileName(hf);
        if (hf) fprintf(out, "%s%s:%u:%u: %s", color ? "\033[1m" : "", clang_getCString(hn), hl, hc, color ? "\033[0m" : "");
        clang_disposeString(hn);
        fprintf(out, "%snote:%s the annotations and delayed(), delayed_compute() come from delayed.h: did you forget "
                "#include \"delayed.h\"?\n", color ? "\033[1;30m" : "", color ? "\033[0m" : "");
        hinted = 1;
      }
      errors++;
    }
    clang_disposeDiagnostic(d);
  }
  if (errors) typo_notes(tu, out, color);
  if (located) fprintf(out, "%d error%s generated.\n", errors, errors == 1 ? "" : "s");
  return errors;
}
