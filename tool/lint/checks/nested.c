/* nested.c — delayed-nested: a delayed call inside a delayed function.
 *
 * Dask: "avoid calling delayed within delayed functions" — build the graph in
 * the caller, where every task is visible at once.  A recursive call is exempt
 * when the function has DELAYED_CUTOFF (divide and conquer: below the cutoff
 * it runs inline), and so is a mutual recursion whose functions all have one;
 * without one every level of the recursion spawns tasks, and
 * the finding suggests a cutoff.  So is the combining step of such a
 * recursion, a call of another delayed function beside the recursive ones
 * (msort's merge(a, lo, mid, hi) after its two halves): the graph is built
 * level by level by design, above the cutoff. */
#include "lint/lint.h"

#include <stdlib.h>

static LFunc *func_of(Lint *L, CXCursor fn) {
  for (int i = 0; i < L->m->nfn; i++)
    if (clang_equalCursors(clang_getCanonicalCursor(L->m->fn[i].cur), clang_getCanonicalCursor(fn))) return &L->m->fn[i];
  return NULL;
}

/* Do the delayed calls of `from` lead back to `to` (a mutual recursion,
 * even -> odd -> even), through functions that all have a cutoff? */
static int cycle_with_cutoffs(Lint *L, LFunc *from, LFunc *to, int depth) {
  if (!from || !from->ce || !from->ce->cutoff || depth > 16) return 0;
  for (int k = 0; k < from->ncall; k++) {
    LCall *c = &from->call[k];
    if (!c->ce) continue;
    if (clang_equalCursors(c->ce->cur, clang_getCanonicalCursor(to->cur))) return 1;
    LFunc *g = func_of(L, c->ce->cur);
    if (g && g != from && cycle_with_cutoffs(L, g, to, depth + 1)) return 1;
  }
  return 0;
}

/* Does f call itself (a divide and conquer, with its cutoff)? */
static int recursive(LFunc *f) {
  for (int k = 0; k < f->ncall; k++) {
    LCall *c = &f->call[k];
    CXCursor callee = c->fnref ? clang_getCursorReferenced(c->fnref->cur) : clang_getNullCursor();
    if (!clang_Cursor_isNull(callee) && clang_equalCursors(clang_getCanonicalCursor(callee), clang_getCanonicalCursor(f->cur)))
      return 1;
  }
  return 0;
}

void check_nested(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (!f->delayed) continue;
    int divide = f->ce->cutoff && recursive(f);    /* its other delayed calls combine the halves */
    for (int k = 0; k < f->ncall; k++) {
      LCall *c = &f->call[k];
      CXCursor callee = c->fnref ? clang_getCursorReferenced(c->fnref->cur) : clang_getNullCursor();
      int self = !clang_Cursor_isNull(callee) &&
                 clang_equalCursors(clang_getCanonicalCursor(callee), clang_getCanonicalCursor(f->cur));
      Finding *x;
      if (self && f->ce->cutoff) continue;
      if (!self && divide) continue;
      if (!self && f->ce->cutoff && !clang_Cursor_isNull(callee) && cycle_with_cutoffs(L, func_of(L, callee), f, 0))
        continue;                 /* a mutual recursion, each with its cutoff */
      if (self) {
        x = lint_report(L, c->call, "recursive delayed call of '%s' without a cutoff: every level of the recursion "
                        "spawns tasks, down to the smallest", f->name);
        unsigned off = lint_decl_off(L->u, f->cur);
        /* the example names an integer parameter of the function, if it has one */
        char *ex = NULL;
        int np = clang_Cursor_getNumArguments(f->cur);
        for (int k = 0; k < np && !ex; k++) {
          CXCursor p = clang_Cursor_getArgument(f->cur, (unsigned)k);
          CXType t = clang_getCanonicalType(clang_getCursorType(p));
          if (t.kind >= CXType_Char_U && t.kind <= CXType_Int128 && t.kind != CXType_Bool) {
            char *pn = fe_spelling(p);
            if (*pn) ex = fmt(", e.g. DELAYED_CUTOFF(%s < 20)", pn);
            free(pn);
          }
        }
        if (off) lint_note(x, off, "add DELAYED_CUTOFF(<condition on the parameters>) to '%s'%s, so that small calls "
                           "run inline", f->name, ex ? ex : "");
        free(ex);
      } else {
        const char *cn = c->ce ? c->ce->label : "a function pointer";
        x = lint_report(L, c->call, "delayed call of '%s' inside the delayed function '%s': the task graph is "
                        "built inside a task; call '%s' from the caller instead", cn, f->name, cn);
        unsigned off = lint_decl_off(L->u, f->cur);
        if (off) lint_note(x, off, "'%s' is delayed here", f->name);
      }
    }
  }
}
