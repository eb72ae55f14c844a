/* edits.c — the edit list: byte-range replacements on the original buffer.
 *
 * Edits are {beg, end, text}; an insertion has beg == end.  Applying them walks
 * the buffer once, front to back.  Edits may nest (a replaced statement contains
 * renamed variables) but never cross: when an edit lies inside one already
 * applied, it is skipped, because the outer edit's text was rendered with the
 * inner edits in it (see ed_apply over a sub-range).  At one offset, insertions
 * come first, in the order they were made, then the longest replacement.
 * A replacement never moves the lines after it: it ends with as many newlines
 * as it removed. */
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

/* The text of src[beg, end) with every edit inside it applied.  ed must be sorted.
 * Insertions exactly at beg are applied only when beg == 0 (whole file); a
 * sub-range render leaves insertions at its edges to the enclosing pass. */
char *ed_apply(Edits *ed, const char *src, unsigned beg, unsigned end, size_t *outlen) {
  Buf b = {0};
  unsigned pos = beg;
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
    for (unsigned k = e->beg; k < e->end; k++) lost += src[k] == '\n';
    for (const char *t = e->text; *t; t++) lost -= *t == '\n';
    for (; lost > 0; lost--) buf_add(&b, "\n", 1);
    pos = e->end;
  }
  buf_add(&b, src + pos, end - pos);
  if (outlen) *outlen = b.len;
  return b.s;
}
