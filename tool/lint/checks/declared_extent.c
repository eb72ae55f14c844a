/* declared_extent.c — delayed-mutates-input, its other half: a pointer
 * parameter's annotation names fewer elements than the body touches.
 *
 * DELAYED_OUT on `double *p` says one element; DELAYED_OUT_N(n) elements
 * 0 .. n-1; DELAYED_OUT_RANGE(lo, hi) elements lo .. hi-1.  Tasks are ordered
 * by those elements only, so a body that writes p[n] (or reads it) races with
 * the task that owns it: the declaration is wrong, and delayc says so rather
 * than trust it.  What the body touches comes from effects/ranges.c (every use
 * p[e] with e over the loops around it); where it cannot be worked out, or the
 * bounds are not comparable (n against m), nothing is said. */
#include "lint/lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parameter k against the elements its body touches: sure, the uses every run
 * makes (an error, and emit widens to them); else also the guarded ones (a
 * warning: `if (i + 1 < hi) p[i + 1]` may be right).  1: reported. */
static int extent(Lint *L, LFunc *f, int k, Param *p, int sure) {
  char *first, *end;
  if (!fx_param_range(L->u, f->body, f->cur, k, sure, &first, &end)) return 0;
  /* the declaration (emit may have widened the parameter already) */
  const char *dfirst = p->widened ? p->was_first : p->first;
  const char *dend = p->widened ? p->was_end : p->first ? p->end : p->count;
  int one = p->widened ? !p->was_first && !strcmp(p->was_end, "1") : !p->first && !p->count;
  /* a bare annotation on an array parameter (`double v[static 8]`) names the array */
  long long asize = dfirst || dend ? -1 : fx_param_array_size(f->cur, k);
  char size[32];
  snprintf(size, sizeof size, "%lld", asize);
  if (asize == -2) { free(first); free(end); return 0; }
  if (asize > 0) { dend = size; one = 0; }
  const char *lo = dfirst ? dfirst : "0";
  const char *hi = dend ? dend : "1";
  int in = fx_range_within(first, end, lo, hi);
  /* one element declared, a loop's worth touched (p[i] for i < n): more than one */
  if (one && in < 0) in = 0;
  if (!in) {
    const char *w = p->dir == DIR_IN ? "IN" : p->dir == DIR_OUT ? "OUT" : "INOUT";
    long long ke;
    char *be = fx_bound_split(end, &ke);
    char *last = !*be ? fmt("%lld", ke - 1) : ke - 1 == 0 ? xstrdup(be)
               : ke - 1 > 0 ? fmt("%s + %lld", be, ke - 1) : fmt("%s - %lld", be, 1 - ke);
    free(be);
    char *decl = dfirst ? fmt("DELAYED_%s_RANGE(%s, %s)", w, dfirst, hi)
               : !one ? fmt("DELAYED_%s_N(%s)", w, hi) : fmt("DELAYED_%s (one element)", w);
    char *span = strcmp(first, last) ? fmt("'%s[%s]' to '%s[%s]'", p->name, first, p->name, last)
                                     : fmt("'%s[%s]'", p->name, first);
    unsigned off = lint_decl_off(L->u, clang_Cursor_getArgument(f->cur, (unsigned)k));
    if (!off) off = f->root->beg;
    Finding *x = sure
        ? lint_report_at(L, off, "delayed function '%s' touches %s, beyond the %s it declares: tasks on the other "
                         "elements would not wait for it", f->name, span, decl)
        : lint_report_at(L, off, "delayed function '%s' may touch %s, beyond the %s it declares (under a condition "
                         "delayc cannot follow): tasks on the other elements would not wait for it", f->name, span, decl);
    x->error = sure;         /* a declaration the body contradicts: an error, not a trust */
    if (!strcmp(first, "0"))
      lint_note(x, off, "declare DELAYED_%s_N(%s)%s", w, end, sure ? " (delayc emit takes it so)" : "");
    else
      lint_note(x, off, "declare DELAYED_%s_RANGE(%s, %s)%s", w, first, end, sure ? " (delayc emit takes it so)" : "");
    free(decl);
    free(last);
    free(span);
  }
  free(first);
  free(end);
  return !in;
}

void check_declared_extent(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (!f->delayed || !f->body) continue;
    int np = clang_Cursor_getNumArguments(f->cur);
    for (int k = 0; k < np && k < f->ce->nparam; k++) {
      Param *p = &f->ce->param[k];
      if (p->dir == DIR_VALUE || !p->annotated || p->rows || !*p->name) continue;
      if (!extent(L, f, k, p, 1)) extent(L, f, k, p, 0);
    }
  }
}
