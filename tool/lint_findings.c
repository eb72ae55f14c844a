/* lint_findings.c — the findings of one file: reporting one with its notes and
 * fix-its, the suppression comments, the order they are printed in, and the
 * check globs of --checks and --warnings-as-errors.
 *
 * Suppression comments follow clang-tidy: on the finding's line
 * `NOLINT` or `NOLINT(check, glob*)`; on the line before it `NOLINTNEXTLINE(..)`;
 * around it `NOLINTBEGIN(..)` ... `NOLINTEND(..)`.  Without parentheses every
 * check is suppressed. */
#define _GNU_SOURCE   /* memmem */
#include "lint.h"

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
