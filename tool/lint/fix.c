/* fix.c — `delayc lint --fix`: apply the fix-its of one file in place.
 *
 * The fix-its are byte ranges of the text that was linted.  The file is read
 * again first: if it changed meanwhile, nothing is written.  Overlapping fix-its
 * keep the first (in source order).  The new text replaces the file atomically
 * (output.c: a temporary beside it, then rename; mode kept). */
#include "lint/lint.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

typedef struct { unsigned beg, end; const char *text; int seq; } Repl;

/* by place; insertions at one place in the order the findings list them */
static int by_beg(const void *a, const void *b) {
  const Repl *x = a, *y = b;
  return x->beg != y->beg ? (x->beg < y->beg ? -1 : 1) : x->seq - y->seq;
}

int apply_fixes(LintFile *lf) {
  int n = 0;
  for (int k = 0; k < lf->nf; k++) n += lf->f[k].nfix;
  if (n == 0) return 0;
  size_t len;
  char *now;
  if (read_c_source(lf->path, &now, &len) != 0) return -1;
  if (len != lf->len || memcmp(now, lf->src, len)) {
    error("'%s' changed while it was linted: not fixed", lf->path);
    free(now);
    return -1;
  }
  free(now);
  Repl *r = xcalloc((size_t)n, sizeof *r);
  int m = 0;
  for (int k = 0; k < lf->nf; k++)
    for (int j = 0; j < lf->f[k].nfix; j++) {
      LFix *x = &lf->f[k].fix[j];
      assert(x->beg <= x->end && x->end <= lf->len);
      r[m] = (Repl){x->beg, x->end, x->text, m};
      m++;
    }
  qsort(r, (size_t)m, sizeof *r, by_beg);
  Buf out = {0};
  buf_add(&out, "", 0);
  unsigned at = 0;
  for (int i = 0; i < m; i++) {
    if (r[i].beg < at) continue;           /* overlaps the previous one */
    buf_add(&out, lf->src + at, r[i].beg - at);
    buf_puts(&out, r[i].text);
    at = r[i].end;
  }
  buf_add(&out, lf->src + at, lf->len - at);
  int rc = write_atomic(lf->path, out.s, out.len);
  free(out.s);
  free(r);
  return rc;
}
