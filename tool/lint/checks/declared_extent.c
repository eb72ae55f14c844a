/* declared_extent.c — delayed-mutates-input, its other half: a pointer
 * parameter's annotation names fewer elements than the body touches.
 *
 * DELAYED_OUT on `double *p` says one element; DELAYED_OUT_N(n) elements
 * 0 .. n-1; DELAYED_OUT_RANGE(lo, hi) elements lo .. hi-1.  Tasks are ordered
 * by those elements only, so a body that writes p[n] (or reads it) races with
 * the task that owns it: the declaration is wrong, and delayc says so rather
 * than trust it.  Each use is weighed by effects/ranges.c (p[e] with e over
 * the loops around it):
 *   - beyond the declaration wherever it runs: an error, with the declaration
 *     to write (emit takes it so);
 *   - beyond it under a condition delayc cannot follow: a warning;
 *   - not shown either way (p[2 * i] for i < n against n; p[idx[i]]): a
 *     warning when the range is known, and emit checks it at run time;
 *   - the pointer copied, offset, walked or handed to a function delayc does
 *     not know: a warning, and emit takes the parameter as reaching all it
 *     may (the worst), since it cannot check the declaration. */
#include "lint/lint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *word(Dir d) { return d == DIR_IN ? "IN" : d == DIR_OUT ? "OUT" : "INOUT"; }

/* The direction as the user wrote it: a DELAYED_IN the body writes is taken
 * as INOUT (Param.contradicted), but quoted as written. */
static const char *written(const Param *p) { return p->contradicted ? "IN" : word(p->dir); }

/* 'p[first]' to 'p[end - 1]' */
static char *span_text(Unit *u, const char *name, const char *first, const char *end) {
  char *last = fx_bound_add(u, end, -1);
  char *r = strcmp(first, last) ? fmt("'%s[%s]' to '%s[%s]'", name, first, name, last) : fmt("'%s[%s]'", name, first);
  free(last);
  return r;
}

/* a use beyond the declaration (what) for large values of its own names:
 * the warning, at the parameter, with the access; 1 */
static int likely_beyond(Lint *L, LFunc *f, Param *p, ExtentUse *x, unsigned off, const char *what) {
  char *span = span_text(L->u, p->name, x->first, x->end);
  Finding *r = lint_report_at(L, off, "delayed function '%s' may touch %s, beyond %s, for some arguments: delayc emit "
                              "checks these accesses when the program runs", f->name, span, what);
  lint_note(r, x->at->beg, "this access");
  free(span);
  return 1;
}

/* The edit that lets a check reach use x (an element inside a macro's own
 * text, or a pointer handed on), as a note at the use */
static void opaque_note(Finding *r, const ExtentUse *x, const char *name, const char *form) {
  if (x->kind == EXT_ELEMENT)
    lint_note(r, x->at->beg, "spell the access '%s%s' where delayc can check it: outside the macro, or in an argument of "
              "one that neither stringizes (#) nor pastes (##) it", name, form);
  else
    lint_note(r, x->at->beg, "index '%s' itself (%s%s) for each element it touches, and delayc checks them", name, name,
              form);
}

/* why no check can reach use x */
static const char *opaque_why(const ExtentUse *x) {
  return x->kind == EXT_ELEMENT ? "it is used inside a macro's expansion, where no check can go"   /* an element */
                                : "the pointer is copied, moved or handed on";
}

/* A block of rows, DELAYED_*_2D(rows, cols, ld): a use beyond its hull,
 * [0, (rows - 1) * ld + cols), is beyond the block.  Uses inside the hull
 * that delayc cannot show miss the gaps between rows are checked at run
 * time; no declaration is proposed (a block widened is not a block). */
static void block_extent(Lint *L, LFunc *f, int k, Param *p) {
  const char *cols = p->widened ? p->was_end : p->count;   /* (emit may have taken it as all memory already) */
  if (!cols || !p->ld) return;
  char *decl = fmt("DELAYED_%s_2D(%s, %s, %s)", written(p), p->rows, cols, p->ld);
  char *hi = fx_block_end(p->rows, cols, p->ld);
  unsigned off = lint_decl_off(L->u, clang_Cursor_getArgument(f->cur, (unsigned)k));
  if (!off) off = f->root->beg;
  ExtentUse *x;
  int n = fx_extent_uses_2d(L->u, f->body, f->cur, k, p->rows, cols, p->ld, &x);
  int said = 0;
  for (int sure = 1; sure >= 0 && !said; sure--) {
    char *sf, *se, *first, *end;
    if (!fx_extent_beyond(L->u, x, n, sure, "0", hi, &sf, &se, &first, &end)) continue;
    char *span = span_text(L->u, p->name, sf, se);
    Finding *r = sure
        ? lint_report_at(L, off, "delayed function '%s' touches %s, beyond the block of rows its %s declares: tasks on "
                         "the other elements would not wait for it", f->name, span, decl)
        : lint_report_at(L, off, "delayed function '%s' may touch %s, beyond the block of rows its %s declares (under a "
                         "condition or through a call delayc cannot follow): tasks on the other elements would not wait "
                         "for it", f->name, span, decl);
    r->error = sure;
    lint_note(r, off, "its last row ends before element %s; declare the rows and columns it touches%s", hi,
              sure ? " (delayc emit takes it as reaching all the memory it may)" : "");
    free(span); free(sf); free(se); free(first); free(end);
    said = 1;
  }
  for (int j = 0; j < n && !said; j++) {
    if (x[j].fit == FIT_UNKNOWN && x[j].ranged && x[j].likely) {
      char *what = fmt("the block of rows its %s declares", decl);
      said = likely_beyond(L, f, p, &x[j], off, what);
      free(what);
    } else if (x[j].fit == FIT_OPAQUE) {
      char *t = fx_use_text(L->u, x[j].at);
      Finding *r = lint_report_at(L, off, "delayc cannot check the %s that delayed function '%s' declares on '%s': %s "
                                  "('%s'); tasks on '%s' wait as if it reached all the memory it may", decl, f->name,
                                  p->name, opaque_why(&x[j]), t, p->name);
      opaque_note(r, &x[j], p->name, "[r * ld + c]");
      free(t);
      said = 1;
    }
  }
  fx_extent_uses_free(x, n);
  free(hi);
  free(decl);
}

/* ---- a struct member's count (DELAYED_N(cnt) on member m) ----
 * `for (v = 0; v < P->cnt; v++) ... P->m[v + K] ...` with K a constant
 * above 0 reaches P->m[P->cnt + K - 1] on every run of the loop: beyond the
 * count the struct declares (the emitted program stops there as it runs). */
typedef struct MemberWalk {
  Lint *L; LFunc *f; const char *p; const char *sep; int said;
} MemberWalk;

static void member_beyond(MemberWalk *w, Node *n, const char *v, const char *cnt, const char *rec) {
  if (w->said) return;
  if (n->kind == CXCursor_ArraySubscriptExpr && n->nkid == 2) {
    Node *m = fe_strip(n->kid[0]);
    char *base = m && m->kind == CXCursor_MemberRefExpr && m->nkid ? fe_text(w->L->u, m->kid[0]->beg, m->kid[0]->end) : NULL;
    char *ix = fe_text(w->L->u, n->kid[1]->beg, n->kid[1]->end);
    if (base && !strcmp(base, w->p)) {
      char *mem = fe_spelling(clang_getCursorReferenced(m->cur)), *count = NULL;
      if (fe_has_annotation(clang_getCursorReferenced(m->cur), "delayc.count", &count) && count && !strcmp(count, cnt)) {
        size_t vl = strlen(v);
        long k = 0;
        char tail[8];
        if (!strncmp(ix, v, vl) && sscanf(ix + vl, " + %ld%7s", &k, tail) == 1 && k > 0) {
          Finding *r = lint_report_at(w->L, n->beg, "delayed function '%s' touches '%s%s%s[%s%s%s%s]', beyond the "
                                      "DELAYED_N(%s) its struct declares on '%s': tasks on the other elements would "
                                      "not wait for it", w->f->name, w->p, w->sep, mem, w->p, w->sep, cnt,
                                      k > 1 ? " + ..." : "", cnt, mem);
          r->error = 1;
          lint_note(r, n->beg, "declare DELAYED_N(%s + %ld) on '%s' where '%s' declares it", cnt, k, mem, rec);
          w->said = 1;
        }
      }
      free(count);
      free(mem);
    }
    free(base);
    free(ix);
  }
  for (int i = 0; i < n->nkid; i++) member_beyond(w, n->kid[i], v, cnt, rec);
}

static void member_loops(MemberWalk *w, Node *n, const char *rec) {
  if (w->said) return;
  if (n->kind == CXCursor_ForStmt && n->nkid == 4) {
    Node *c = fe_strip(n->kid[1]);
    if (c && c->kind == CXCursor_BinaryOperator && c->nkid == 2 && fe_binop_is(w->L->u, c, "<")) {
      char *v = fe_text(w->L->u, c->kid[0]->beg, c->kid[0]->end), *b = fe_text(w->L->u, c->kid[1]->beg, c->kid[1]->end);
      char *want = fmt("%s%s", w->p, w->sep);
      size_t wl = strlen(want);
      if (!strncmp(b, want, wl) && b[wl]) {
        const char *cnt = b + wl;
        int ident = 1;
        for (const char *q = cnt; *q && ident; q++) ident = c_ident_char(*q);
        if (ident) member_beyond(w, n->kid[3], v, cnt, rec);
      }
      free(v); free(b); free(want);
    }
  }
  for (int i = 0; i < n->nkid; i++) member_loops(w, n->kid[i], rec);
}

/* A body that changes a counted member or the count it names (`v->n += 2`,
 * `v.d += 1`, `v->d[v->n++]`): its tasks were given regions read at their
 * spawn, so emit takes them as reaching all memory; said here. */
static void moved_members(Lint *L, LFunc *f) {
  int np = clang_Cursor_getNumArguments(f->cur);
  for (int k = 0; k < np; k++) {
    CXCursor a = clang_Cursor_getArgument(f->cur, (unsigned)k);
    Node *at = memory_members_moved(L->u, f->body, a);
    if (!at) continue;
    char *p = fe_spelling(a), *t = fe_text(L->u, at->beg, at->end);
    Finding *r = lint_report(L, at, "delayed function '%s' changes what the counted members of '%s' name ('%s'): "
                             "a task's regions are read when it is spawned, so its calls are ordered with all memory "
                             "reached through pointers (or stay serial)", f->name, p, t);
    lint_note(r, at->beg, "keep the pointer and its count as they were given (copy them into locals and change "
              "those), or declare the most it may reach (DELAYED_N(cap))");
    free(p);
    free(t);
  }
}

static void member_extents(Lint *L, LFunc *f) {
  int np = clang_Cursor_getNumArguments(f->cur);
  for (int k = 0; k < np; k++) {
    CXCursor a = clang_Cursor_getArgument(f->cur, (unsigned)k);
    CXType t = clang_getCanonicalType(clang_getCursorType(a)), rec = t;
    int ptr = t.kind == CXType_Pointer;
    if (ptr) rec = clang_getCanonicalType(clang_getPointeeType(t));
    if (rec.kind != CXType_Record) continue;
    char *p = fe_spelling(a);
    CXString rs = clang_getTypeSpelling(ptr ? clang_getPointeeType(clang_getCursorType(a)) : clang_getCursorType(a));
    char *rn = xstrdup(clang_getCString(rs));
    clang_disposeString(rs);
    MemberWalk w = {L, f, p, ptr ? "->" : ".", 0};
    if (*p) member_loops(&w, f->body, rn);
    free(rn);
    free(p);
  }
}

/* ---- a count in bytes on a typed pointer ----
 * `DELAYED_OUT_N(nbytes) double *p` whose body runs to `nbytes /
 * sizeof(double)`: the count is the bytes, the declaration eight times the
 * elements touched, and the tasks order on all of them (blind 63b: silent,
 * the blocks of one array ran one after another). */
static Node *divided_by_sizeof(Unit *u, Node *n, const char *count) {
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_binop_is(u, n, "/")) {
    Node *l = fe_strip(n->kid[0]), *r = fe_strip(n->kid[1]);
    if (l && r && l->kind == CXCursor_DeclRefExpr && r->kind == CXCursor_UnaryExpr) {
      char *nm = fe_spelling(clang_getCursorReferenced(l->cur));
      int hit = !strcmp(nm, count) && !strncmp(u->src + r->beg, "sizeof", 6);
      free(nm);
      if (hit) return n;
    }
  }
  for (int i = 0; i < n->nkid; i++) {
    Node *x = divided_by_sizeof(u, n->kid[i], count);
    if (x) return x;
  }
  return NULL;
}

static void bytes_count(Lint *L, LFunc *f, int k, Param *p) {
  if (!p->count || p->first || p->rows || p->voidp || p->psize <= 1) return;
  const char *c = p->count;
  for (const char *q = c; *q; q++)
    if (!(isalnum((unsigned char)*q) || *q == '_')) return;      /* one parameter */
  Node *at = divided_by_sizeof(L->u, f->body, c);
  if (!at) return;
  unsigned off = lint_decl_off(L->u, clang_Cursor_getArgument(f->cur, (unsigned)k));
  char *t = fe_text(L->u, at->beg, at->end);
  Finding *r = lint_report_at(L, off ? off : f->root->beg, "DELAYED_%s_N(%s) of '%s' counts elements, and the body "
                              "takes '%s' as bytes ('%s'): the tasks are ordered on %lld times the elements they touch",
                              written(p), c, p->name, c, t, p->psize);
  lint_note(r, at->beg, "declare DELAYED_%s_N(%s), or pass the number of elements", written(p), t);
  free(t);
}

void check_declared_extent(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (!f->delayed || !f->body) continue;
    int np = clang_Cursor_getNumArguments(f->cur);
    for (int k = 0; k < np && k < f->ce->nparam; k++) {
      Param *p = &f->ce->param[k];
      if (p->dir == DIR_VALUE || !p->annotated || !*p->name) continue;
      if (p->rows) { block_extent(L, f, k, p); continue; }
      bytes_count(L, f, k, p);
      /* the declaration (emit may have widened the parameter already) */
      const char *dfirst = p->widened ? p->was_first : p->first;
      const char *dend = p->widened ? p->was_end : p->first ? p->end : p->count;
      int one = p->widened ? !p->was_first && !strcmp(p->was_end, "1") : !p->first && !p->count;
      /* a bare annotation on an array parameter (`double v[static 8]`) names the array */
      long long asize = dfirst || dend ? -1 : fx_param_array_size(f->cur, k);
      char size[32];
      snprintf(size, sizeof size, "%lld", asize);
      if (asize == -2) continue;
      if (asize > 0) { dend = size; one = 0; }
      const char *lo = dfirst ? dfirst : "0", *hi = dend ? dend : "1";
      char *decl = dfirst ? fmt("DELAYED_%s_RANGE(%s, %s)", written(p), dfirst, hi)
                 : !one ? fmt("DELAYED_%s_N(%s)", written(p), hi) : fmt("DELAYED_%s (one element)", written(p));
      unsigned off = lint_decl_off(L->u, clang_Cursor_getArgument(f->cur, (unsigned)k));
      if (!off) off = f->root->beg;
      ExtentUse *x;
      int n = fx_extent_uses(L->u, f->body, f->cur, k, lo, hi, one, &x);
      int said = 0;
      int j = dfirst ? fx_extent_reversed(x, n, lo, hi) : -1;     /* RANGE(hi, lo) over uses [lo, hi) */
      if (j >= 0) {
        Finding *r = lint_report_at(L, off, "the %s of delayed function '%s' is reversed: its body touches %s[%s .. "
                                    "%s - 1], and a range is (first, end)", decl, f->name, p->name, x[j].first,
                                    x[j].end);
        r->error = 1;
        lint_note(r, off, "declare DELAYED_%s_RANGE(%s, %s) (delayc emit takes it so)", word(p->dir), x[j].first,
                  x[j].end);
        said = 1;
      }
      for (int sure = 1; sure >= 0 && !said; sure--) {
        char *sf, *se, *first, *end;
        if (!fx_extent_beyond(L->u, x, n, sure, lo, hi, &sf, &se, &first, &end)) continue;
        char *span = span_text(L->u, p->name, sf, se);
        /* the beyond uses through a call: say which */
        char *through = NULL;
        for (int j = 0; j < n && !through; j++)
          if (x[j].fit == FIT_BEYOND && x[j].sure == sure && x[j].kind == EXT_CALL) {
            char *cn = fe_spelling(x[j].callee);
            through = fmt("through its call of '%s', as far as delayc can tell", cn);
            free(cn);
          }
        Finding *r = sure
            ? lint_report_at(L, off, "delayed function '%s' touches %s, beyond the %s it declares: tasks on the other "
                             "elements would not wait for it", f->name, span, decl)
            : lint_report_at(L, off, "delayed function '%s' may touch %s, beyond the %s it declares (%s): tasks on "
                             "the other elements would not wait for it", f->name, span, decl,
                             through ? through : "under a condition delayc cannot follow");
        r->error = sure;         /* a declaration the body contradicts: an error, not a trust */
        if (!strcmp(first, "0"))
          lint_note(r, off, "declare DELAYED_%s_N(%s)%s", word(p->dir), end, sure ? " (delayc emit takes it so)" : "");
        else
          lint_note(r, off, "declare DELAYED_%s_RANGE(%s, %s)%s", word(p->dir), first, end,
                    sure ? " (delayc emit takes it so)" : "");
        said = 1;
        free(through);
        free(span); free(sf); free(se); free(first); free(end);
      }
      for (int j = 0; j < n && !said; j++) {
        if (x[j].fit == FIT_UNKNOWN && x[j].ranged && x[j].likely) {
          char *what = fmt("the %s it declares", decl);
          said = likely_beyond(L, f, p, &x[j], off, what);
          free(what);
        } else if (x[j].fit == FIT_OPAQUE && x[j].along) {
          char *t = fx_use_text(L->u, x[j].at);
          Finding *r = lint_report_at(L, off, "delayed function '%s' reads '%s' along ('%s'), past the one element its %s "
                                      "declares: tasks on '%s' wait as if it reached all the memory it may",
                                      f->name, p->name, t, decl, p->name);
          lint_note(r, off, "declare DELAYED_%s_N(n), n the elements it may reach (a string's size, its NUL included)",
                    word(p->dir));
          free(t);
          said = 1;
        } else if (x[j].fit == FIT_OPAQUE) {
          char *t = fx_use_text(L->u, x[j].at);
          Finding *r = lint_report_at(L, off, "delayc cannot check the %s that delayed function '%s' declares on '%s': "
                                      "%s ('%s'); tasks on '%s' wait as if it reached all the memory it may", decl,
                                      f->name, p->name, opaque_why(&x[j]), t, p->name);
          opaque_note(r, &x[j], p->name, "[i]");
          free(t);
          said = 1;
        }
      }
      fx_extent_uses_free(x, n);
      free(decl);
    }
    member_extents(L, f);
    moved_members(L, f);
  }
}
