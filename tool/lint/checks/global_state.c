/* global_state.c — delayed-global-state: a delayed function reads or
 * writes a mutable global or a `static` local.
 *
 * Dask: "avoid global state" — a task sees the globals of whichever process or
 * thread runs it: concurrent tasks race on them, and once tasks leave one
 * process (a distributed target) each has its own copy.  `const` data is fine,
 * and so are the standard library's own objects (stdout, errno: other rules).
 * Each access is reported; the note points at the declaration. */
#include "lint/lint.h"

#include <stdlib.h>
#include <string.h>

static int in_system_header(CXCursor d) {
  return clang_Location_isInSystemHeader(clang_getCursorLocation(d));
}

static void walk(Lint *L, LFunc *f, Node *n) {
  if (n->kind == CXCursor_DeclRefExpr && !model_unevaluated(L->u, f, n)) {   /* not sizeof(g), typeof(g) */
    CXCursor d = clang_getCursorReferenced(n->cur);
    char *name = fe_spelling(d);
    if (fx_is_mutable_global(d) && !in_system_header(d) && strncmp(name, "delayc__", 8)) {   /* not delayed.h's markers */
      int local = clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_FunctionDecl;
      Finding *x = lint_report(L, n, "delayed function '%s' uses the mutable %s '%s': delayc orders the tasks that "
                               "use it one after another (where one writes it), and a task run in another process "
                               "sees its own copy", f->name, local ? "static local" : "global", name);
      unsigned off = lint_decl_off(L->u, d);
      if (off) lint_note(x, off, "'%s' is declared here; pass it in as an argument and return the result instead", name);
    }
    free(name);
  }
  for (int i = 0; i < n->nkid; i++) walk(L, f, n->kid[i]);
}

void check_global_state(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (f->delayed && f->body) walk(L, f, f->body);
  }
}
