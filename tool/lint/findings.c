/* findings.c — the findings of one file: reporting one with its notes and
 * fix-its, the suppression comments, the order they are printed in, and the
 * check globs of --checks and --warnings-as-errors.
 *
 * Suppression comments follow clang-tidy: on the finding's line
 * `NOLINT` or `NOLINT(check, glob*)`; on the line before it `NOLINTNEXTLINE(..)`;
 * around it `NOLINTBEGIN(..)` ... `NOLINTEND(..)`.  Without parentheses every
 * check is suppressed.
 *
 * A name in such a list, or a glob of --checks, that matches no check is a
 * warning (a typo would silently suppress or enable nothing); names of other
 * tools' checks in NOLINT lists (bugprone-*, clang-analyzer-*) are theirs and
 * left alone: only names that start with "delayed" or are one or two edits
 * from a check's name are ours. */
#define _GNU_SOURCE   /* memmem */
#include "lint/lint.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* The unit being linted and where each of its lines starts, made once by
 * lint_begin_unit(): findings and notes find their line by binary search, and
 * suppression comments are looked up by line, whatever the file's size. */
static Unit *cur_unit;
static unsigned *line_start;
static int nlines;

void lint_begin_unit(Unit *u) {
  cur_unit = u;
  free(line_start);
  line_start = NULL;
  nlines = 0;
  if (!u) return;
  int n = 1;
  for (size_t i = 0; i < u->len; i++) n += u->src[i] == '\n';
  line_start = xcalloc((size_t)n, sizeof *line_start);
  line_start[nlines++] = 0;
  for (size_t i = 0; i < u->len; i++)
    if (u->src[i] == '\n') line_start[nlines++] = (unsigned)i + 1;
  assert(nlines == n);
}

void lint_line_col(Unit *u, unsigned off, unsigned *line, unsigned *col) {
  if (off > u->len) off = (unsigned)u->len;
  unsigned bol = 0, l = 1;
  if (u == cur_unit && line_start) {
    int lo = 0, hi = nlines;           /* the last line starting at or before off */
    while (hi - lo > 1) {
      int mid = (lo + hi) / 2;
      if (line_start[mid] <= off) lo = mid; else hi = mid;
    }
    l = (unsigned)lo + 1;
    bol = line_start[lo];
  } else {                             /* a unit not being linted (suggest) */
    for (unsigned i = 0; i < off; i++)
      if (u->src[i] == '\n') { l++; bol = i + 1; }
  }
  *line = l;
  *col = off - bol + 1;
}

static char *line_text(Unit *u, unsigned off) {
  unsigned b = off, e = off;
  while (b > 0 && u->src[b - 1] != '\n') b--;
  while (e < u->len && u->src[e] != '\n' && u->src[e] != '\r') e++;
  return xstrndup(u->src + b, e - b);
}

static Finding *add(Lint *L, unsigned off, char *msg) {
  L->f = xrealloc(L->f, (size_t)(L->nf + 1) * sizeof *L->f);
  Finding *x = &L->f[L->nf++];
  memset(x, 0, sizeof *x);
  x->check = L->check;
  x->off = off;
  x->msg = msg;
  lint_line_col(L->u, off, &x->line, &x->col);
  x->srcline = line_text(L->u, off);
  return x;
}

Finding *lint_report_at(Lint *L, unsigned off, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *msg = vfmt(f, ap);
  va_end(ap);
  return add(L, off, msg);
}

Finding *lint_report(Lint *L, Node *at, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *msg = vfmt(f, ap);
  va_end(ap);
  return add(L, at->beg, msg);
}

void lint_note(Finding *x, unsigned off, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *msg = vfmt(f, ap);
  va_end(ap);
  x->note = xrealloc(x->note, (size_t)(x->nnote + 1) * sizeof *x->note);
  LNote *n = &x->note[x->nnote++];
  n->off = off;
  n->msg = msg;
  n->line = n->col = 0;
  n->srcline = NULL;
  if (cur_unit) {                      /* notes are resolved when added, like findings */
    lint_line_col(cur_unit, off, &n->line, &n->col);
    n->srcline = line_text(cur_unit, off);
  }
}

void lint_fix(Finding *x, unsigned beg, unsigned end, const char *text) {
  x->fix = xrealloc(x->fix, (size_t)(x->nfix + 1) * sizeof *x->fix);
  x->fix[x->nfix++] = (LFix){beg, end, xstrdup(text)};
}


/* Where a declaration's name is, in the main file; 0 if it is elsewhere. */
unsigned lint_decl_off(Unit *u, CXCursor d) {
  CXFile f;
  unsigned off;
  clang_getExpansionLocation(clang_getCursorLocation(d), &f, NULL, NULL, &off);
  if (!f || !clang_File_isEqual(f, u->file)) return 0;
  return off;
}

/* ---- globs ---- */

static int glob(const char *p, const char *s) {
  for (; *p; p++, s++) {
    if (*p == '*') {
      while (p[1] == '*') p++;
      if (!p[1]) return 1;
      for (; *s; s++)
        if (glob(p + 1, s)) return 1;
      return 0;
    }
    if (*p != *s) return 0;
  }
  return *s == 0;
}

/* clang-tidy's rule: the globs are read left to right, a '-' prefix removes,
 * the last glob that matches decides; none matching gives dflt. */
int globs_match(const char *globs, const char *name, int dflt) {
  if (!globs) return dflt;
  int r = dflt;
  char *copy = xstrdup(globs);
  for (char *t = strtok(copy, ",\n"); t; t = strtok(NULL, ",\n")) {
    while (*t == ' ' || *t == '\t') t++;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t')) t[--n] = 0;
    int neg = *t == '-';
    if (neg) t++;
    if (*t && glob(t, name)) r = !neg;
  }
  free(copy);
  return r;
}

/* Does glob (no '-' prefix) match some check? */
static int matches_a_check(const char *g) {
  for (int k = 0; k < lint_nchecks; k++)
    if (glob(g, lint_checks[k].name)) return 1;
  return 0;
}

/* The check nearest to a name that matches none, or NULL. */
static const char *nearest_check(const char *name) {
  const char *names[64];
  int n = 0;
  for (int k = 0; k < lint_nchecks && n < 64; k++) names[n++] = lint_checks[k].name;
  return nearest_name(name, names, n);
}

/* Warns, on standard error, of each glob of a --checks style list that matches
 * no check; `where` says where the list came from ("--checks", "Checks in F"). */
void lint_warn_globs(const char *globs, const char *where) {
  if (!globs) return;
  char *copy = xstrdup(globs);
  for (char *t = strtok(copy, ",\n"); t; t = strtok(NULL, ",\n")) {
    while (*t == ' ' || *t == '\t') t++;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t')) t[--n] = 0;
    const char *g = *t == '-' ? t + 1 : t;
    if (!*g || matches_a_check(g)) continue;
    const char *near = nearest_check(g);
    fprintf(stderr, "%s lint: warning: '%s' in %s matches no check", prog_name, t, where);
    if (near) fprintf(stderr, "; did you mean '%s%s'?", *t == '-' ? "-" : "", near);
    fputs(" (delayc lint --list-checks lists them)\n", stderr);
  }
  free(copy);
}

/* ---- NOLINT ---- */

/* Does the comment directive at p (just past its keyword) cover the check? */
static int covers(const char *p, const char *end, const char *check) {
  if (p >= end || *p != '(') return 1;          /* no list: every check */
  const char *close = memchr(p, ')', (size_t)(end - p));
  if (!close) return 0;                         /* malformed: clang-tidy ignores it */
  char *list = xstrndup(p + 1, (size_t)(close - p - 1));
  int r = 0;
  for (char *t = strtok(list, ","); t && !r; t = strtok(NULL, ",")) {
    while (*t == ' ' || *t == '\t') t++;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t')) t[--n] = 0;
    r = *t && glob(t, check);
  }
  free(list);
  return r;
}

/* Is p (on the line starting at b) inside a comment: after a // or a slash-star on the line,
 * or on a line of a block comment that starts with '*'? */
static int in_comment(const char *b, const char *p) {
  for (const char *q = b; q + 1 < p; q++)
    if (q[0] == '/' && (q[1] == '/' || q[1] == '*')) return 1;
  while (b < p && (*b == ' ' || *b == '\t')) b++;
  return b < p && *b == '*';
}

/* Does line [b, e) hold `word` (not followed by a longer keyword) covering check? */
static int line_has(const char *b, const char *e, const char *word, const char *check) {
  size_t n = strlen(word);
  for (const char *p = b; p + n <= e; p++) {
    if (memcmp(p, word, n)) continue;
    const char *q = p + n;
    /* a directive is a word of its own (not NOLINTNEXTLINE for NOLINT, not
     * "NOLINTBEGIN/..." in prose) inside a comment */
    if (q < e && *q != '(' && *q != ' ' && *q != '\t' && *q != '\r' && !(*q == '*' && q + 1 < e && q[1] == '/')) continue;
    if (!in_comment(b, p)) continue;
    if (covers(q, e, check)) return 1;
  }
  return 0;
}

/* Line i (0-based) of the unit being linted: [*b, *e), without its newline. */
static void line_at(int i, const char **b, const char **e) {
  *b = cur_unit->src + line_start[i];
  *e = i + 1 < nlines ? cur_unit->src + line_start[i + 1] - 1 : cur_unit->src + cur_unit->len;
}

/* Per line, how many NOLINTBEGIN regions covering check are open above it;
 * NULL when the file has no NOLINTBEGIN at all. */
static int *open_regions(const char *check) {
  if (!memmem(cur_unit->src, cur_unit->len, "NOLINTBEGIN", 11)) return NULL;
  int *depth = xcalloc((size_t)nlines, sizeof *depth);
  int d = 0;
  for (int k = 0; k < nlines; k++) {
    depth[k] = d;
    const char *b, *e;
    line_at(k, &b, &e);
    if (line_has(b, e, "NOLINTBEGIN", check)) d++;
    if (line_has(b, e, "NOLINTEND", check) && d > 0) d--;
  }
  return depth;
}

void lint_filter_nolint(Lint *L) {
  assert(L->u == cur_unit && line_start);
  int *regions[64] = {0};              /* per check (its index in lint_checks), made on demand */
  int made[64] = {0};
  assert(lint_nchecks <= 64);
  int k = 0;
  for (int i = 0; i < L->nf; i++) {
    Finding *x = &L->f[i];
    int ci = (int)(x->check - lint_checks), li = (int)x->line - 1;
    assert(li >= 0 && li < nlines);
    const char *b, *e;
    line_at(li, &b, &e);
    int quiet = line_has(b, e, "NOLINT", x->check->name);
    if (!quiet && li > 0) {
      line_at(li - 1, &b, &e);
      quiet = line_has(b, e, "NOLINTNEXTLINE", x->check->name);
    }
    if (!quiet) {
      if (!made[ci]) { regions[ci] = open_regions(x->check->name); made[ci] = 1; }
      quiet = regions[ci] && regions[ci][li] > 0;
    }
    if (!quiet) L->f[k++] = *x;
  }
  L->nf = k;
  for (int c = 0; c < 64; c++) free(regions[c]);
}

/* A name of a NOLINT list at [b, e) on line li (0-based) of path that matches
 * no check: a warning there, with the line and a caret, when the name is ours. */
static void check_nolint_name(const char *path, int li, const char *line, const char *lend, const char *b,
                              const char *e, const char *word, int color) {
  char *name = xstrndup(b, (size_t)(e - b));
  const char *near = matches_a_check(name) ? NULL : nearest_check(name);
  if (!matches_a_check(name) && (near || !strncmp(name, "delayed", 7))) {
    unsigned col = (unsigned)(b - line) + 1;
    fprintf(stderr, "%s%s:%d:%u: %swarning:%s %s'%s' in %s(...) matches no check", color ? "\033[1m" : "", path,
            li + 1, col, color ? "\033[0;1;35m" : "", color ? "\033[0m\033[1m" : "", "", name, word);
    if (near) fprintf(stderr, "; did you mean '%s'?", near);
    fprintf(stderr, " (delayc lint --list-checks lists them)%s\n%.*s\n", color ? "\033[0m" : "",
            (int)(lend - line), line);
    for (const char *p = line; p < b; p++) fputc(*p == '\t' ? '\t' : ' ', stderr);
    fprintf(stderr, "%s^%s\n", color ? "\033[0;1;32m" : "", color ? "\033[0m" : "");
  }
  free(name);
}

/* Warns of every name in the NOLINT, NOLINTNEXTLINE, NOLINTBEGIN and
 * NOLINTEND lists of the unit being linted that matches no check. */
void lint_warn_nolint_names(const char *path, int color) {
  assert(cur_unit && line_start);
  static const char *const words[] = {"NOLINTNEXTLINE", "NOLINTBEGIN", "NOLINTEND", "NOLINT"};
  if (!memmem(cur_unit->src, cur_unit->len, "NOLINT", 6)) return;
  for (int k = 0; k < nlines; k++) {
    const char *b, *e;
    line_at(k, &b, &e);
    for (const char *p = b; p + 6 <= e; p++) {
      if (memcmp(p, "NOLINT", 6)) continue;
      const char *word = NULL;
      for (int w = 0; w < 4 && !word; w++)
        if ((size_t)(e - p) >= strlen(words[w]) && !memcmp(p, words[w], strlen(words[w]))) word = words[w];
      const char *q = p + strlen(word);
      if (q >= e || *q != '(' || !in_comment(b, p)) { p = q - 1; continue; }
      const char *close = memchr(q, ')', (size_t)(e - q));
      if (!close) break;
      for (const char *t = q + 1; t < close;) {
        const char *comma = memchr(t, ',', (size_t)(close - t));
        const char *end = comma ? comma : close;
        const char *nb = t, *ne = end;
        while (nb < ne && (*nb == ' ' || *nb == '\t')) nb++;
        while (ne > nb && (ne[-1] == ' ' || ne[-1] == '\t')) ne--;
        if (nb < ne) check_nolint_name(path, k, b, e, nb, ne, word, color);
        t = end + 1;
      }
      p = close;
    }
  }
}

static int by_place(const void *a, const void *b) {
  const Finding *x = a, *y = b;
  if (x->off != y->off) return x->off < y->off ? -1 : 1;
  return strcmp(x->check->name, y->check->name);
}

/* In source order; one finding per check and place. */
void lint_sort(Lint *L) {
  if (L->nf == 0) return;
  qsort(L->f, (size_t)L->nf, sizeof *L->f, by_place);
  int k = 0;
  for (int i = 0; i < L->nf; i++) {
    if (k > 0 && L->f[k - 1].off == L->f[i].off && L->f[k - 1].check == L->f[i].check) continue;
    L->f[k++] = L->f[i];
  }
  L->nf = k;
}
