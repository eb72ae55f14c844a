/* edits.c — the edit list: byte-range replacements on the original buffer.
 *
 * Edits are {beg, end, text}; an insertion has beg == end.  Applying them walks
 * the buffer once, front to back.  Edits may nest (a replaced statement contains
 * renamed variables) but never cross: when an edit lies inside one already
 * applied, it is skipped, because the outer edit's text was rendered with the
 * inner edits in it (see ed_apply over a sub-range).  At one offset, insertions
 * come first, in the order they were made, then the longest replacement.
 * A replacement never moves the lines after it: it ends with as many newlines
 * as it removed.  Given the file's name (line_file), the whole-file pass also
 * keeps columns: where user text follows an edit on the same line and the edit
 * moved it, the text goes on a line of its own after `#line N "file"`, padded
 * to its column (tabs kept, so display columns match too) — but not inside a
 * macro's use (no_directive), where a directive is not allowed. */
#include "util/util.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static void add(Edits *ed, unsigned beg, unsigned end, const char *text) {
  assert(beg <= end);
  if (ed->n == ed->cap) {
    ed->cap = ed->cap ? ed->cap * 2 : 64;
    ed->e = xrealloc(ed->e, (size_t)ed->cap * sizeof *ed->e);
  }
  ed->e[ed->n++] = (Edit){beg, end, xstrdup(text), ed->seq++};
}

void ed_replace(Edits *ed, unsigned beg, unsigned end, const char *text) { add(ed, beg, end, text); }
void ed_insert(Edits *ed, unsigned at, const char *text) { add(ed, at, at, text); }

/* An opening that must enclose what the other insertions there open: it goes
 * first at its offset, whenever it was made. */
void ed_insert_first(Edits *ed, unsigned at, const char *text) {
  add(ed, at, at, text);
  ed->e[ed->n - 1].seq -= 1 << 30;
}

static int cmp(const void *pa, const void *pb) {
  const Edit *a = pa, *b = pb;
  if (a->beg != b->beg) return a->beg < b->beg ? -1 : 1;
  int ai = a->beg == a->end, bi = b->beg == b->end;
  if (ai != bi) return ai ? -1 : 1;            /* insertions first */
  if (!ai && a->end != b->end) return a->end > b->end ? -1 : 1;  /* outer first */
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void ed_sort(Edits *ed) {
  if (ed->n) qsort(ed->e, (size_t)ed->n, sizeof *ed->e, cmp);
}

/* Does src[from, to) hold something a compiler could point at: more than
 * blanks, comments and the closing ; ) } , ? */
static int significant(const char *src, unsigned from, unsigned to) {
  for (unsigned k = from; k < to; k++) {
    if (src[k] == '/' && k + 1 < to && src[k + 1] == '/') return 0;   /* to the line's end */
    if (src[k] == '/' && k + 1 < to && src[k + 1] == '*') {
      const char *close = strstr(src + k + 2, "*/");
      if (!close || (unsigned)(close - src) + 2 > to) return 0;       /* runs past the line */
      k = (unsigned)(close - src) + 1;
      continue;
    }
    if (!strchr(" \t\r\f\v;)},", src[k])) return 1;
  }
  return 0;
}

/* The column of the output's end, in bytes, or -1 when its last line holds a
 * generated name (\001, renamed later to a prefix of unknown length). */
static long out_column(const Buf *b) {
  size_t k = b->len;
  while (k > 0 && b->s[k - 1] != '\n') {
    if (b->s[k - 1] == '\001') return -1;
    k--;
  }
  return (long)(b->len - k);
}

/* Does text leave a call of a macro open (`DELAYC_RT_READ(`, its last
 * unclosed parenthesis after a name in capitals)?  The user's text after it
 * is then that macro's argument, where a directive has undefined behaviour
 * (C11 6.10.3p11; gcc and clang -Wpedantic warn). */
static int opens_macro_call(const char *text) {
  int depth = 0;
  const char *open = NULL;
  for (const char *t = text + strlen(text); t > text; t--) {
    if (t[-1] == ')') depth++;
    else if (t[-1] == '(' && depth-- == 0) { open = t - 1; break; }
  }
  if (!open) return 0;
  const char *e = open;
  while (e > text && e[-1] == ' ') e--;
  const char *b = e;
  while (b > text && ((b[-1] >= 'A' && b[-1] <= 'Z') || (b[-1] >= '0' && b[-1] <= '9') || b[-1] == '_')) b--;
  return e - b >= 2 && !(*b >= '0' && *b <= '9');
}

/* Put the user's text at src[at] back on its line and column; blanks before
 * it stay where they are.  Returns the offset copying resumes from. */
static unsigned realign(Buf *b, const char *src, unsigned at, unsigned line, const char *file) {
  unsigned tok = at;
  while (src[tok] == ' ' || src[tok] == '\t') tok++;
  unsigned bol = at;
  while (bol > 0 && src[bol - 1] != '\n') bol--;
  long col = out_column(b);
  if (col >= 0 && col + (long)(tok - at) == (long)(tok - bol)) return at;
  buf_add(b, src + at, tok - at);
  buf_printf(b, "\n#line %u \"%s\"\n", line, file);
  for (unsigned k = bol; k < tok; k++) buf_add(b, src[k] == '\t' ? "\t" : " ", 1);
  return tok;
}

/* The text of src[beg, end) with every edit inside it applied.  ed must be sorted.
 * Insertions exactly at beg are applied only when beg == 0 (whole file); a
 * sub-range render leaves insertions at its edges to the enclosing pass. */
char *ed_apply(Edits *ed, const char *src, unsigned beg, unsigned end, size_t *outlen) {
  Buf b = {0};
  unsigned pos = beg, line = 1;  /* line: of src[pos], counted in a whole-file pass */
  int whole = beg == 0;
  buf_add(&b, "", 0);
  for (int i = 0; i < ed->n; i++) {
    Edit *e = &ed->e[i];
    if (e->beg < beg || e->end > end) continue;
    int ins = e->beg == e->end;
    if (ins && !whole && (e->beg == beg || e->beg == end)) continue;
    if (e->beg < pos) {
      /* nested in an edit already applied: its text is in that edit's */
      assert(e->end <= pos && "crossing edits");
      continue;
    }
    buf_add(&b, src + pos, e->beg - pos);
    buf_puts(&b, e->text);
    /* keep every later line where it was: a replacement gives back the
     * newlines of the text it replaces */
    int lost = 0;
    for (unsigned k = pos; k < e->end; k++) line += src[k] == '\n';
    for (unsigned k = e->beg; k < e->end; k++) lost += src[k] == '\n';
    for (const char *t = e->text; *t; t++) lost -= *t == '\n';
    for (; lost > 0; lost--) buf_add(&b, "\n", 1);
    pos = e->end;
    if (whole && ed->line_file) {
      /* the user's text up to the next edit or the end of the line */
      unsigned to = pos;
      while (to < end && src[to] != '\n') to++;
      for (int j = i + 1; j < ed->n; j++)
        if (ed->e[j].beg >= pos) {
          if (ed->e[j].beg < to) to = ed->e[j].beg;
          break;
        }
      if (significant(src, pos, to) && !(ed->no_directive && ed->no_directive(ed->ctx, pos)) &&
          !opens_macro_call(e->text))
        pos = realign(&b, src, pos, line, ed->line_file);
    }
  }
  buf_add(&b, src + pos, end - pos);
  if (outlen) *outlen = b.len;
  return b.s;
}
