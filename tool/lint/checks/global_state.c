/* global_state.c — delayed-global-state: a delayed function reads or
 * writes a mutable global or a `static` local.
 *
 * Dask: "avoid global state" — a task sees the globals of whichever process or
 * thread runs it: concurrent tasks race on them, and once tasks leave one
 * process (a distributed target) each has its own copy.  `const` data is fine,
 * and so are the standard library's own objects (stdout, errno: other rules).
 * Each access is reported; the note points at the declaration.  A global the
 * function only updates in any order (`total += n`: effects/commute.c) is
 * reported too, once, saying that delayc runs those tasks together. */
#include "lint/lint.h"

#include <stdlib.h>
#include <string.h>

static int in_system_header(CXCursor d) {
  return clang_Location_isInSystemHeader(clang_getCursorLocation(d));
}

/* Every use of d by f (and its callees) is an update in any order: its kind. */
static Update updated(Lint *L, LFunc *f, CXCursor d) {
  if (!f->ce) return UPD_NONE;
  const Effects *fx = callee_effects(L->u, f->ce);
  for (int i = 0; i < fx->ng; i++)
    if (clang_equalCursors(fx->g[i].decl, clang_getCanonicalCursor(d))) return fx->g[i].update;
  return UPD_NONE;
}

/* the globals a function only updates, reported once each (one update,
 * `if (w > g) g = w;`, names g twice) */
typedef struct Said { CXCursor g[32]; int n; } Said;

static int said_before(Said *s, CXCursor d) {
  CXCursor c = clang_getCanonicalCursor(d);
  for (int i = 0; i < s->n; i++)
    if (clang_equalCursors(s->g[i], c)) return 1;
  if (s->n < 32) s->g[s->n++] = c;
  return 0;
}

static void walk(Lint *L, LFunc *f, Node *n, Said *said) {
  if (n->kind == CXCursor_DeclRefExpr && !model_unevaluated(L->u, f, n)) {   /* not sizeof(g), typeof(g) */
    CXCursor d = clang_getCursorReferenced(n->cur);
    char *name = fe_spelling(d);
    int local = clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_FunctionDecl;
    Update up = UPD_NONE;
    int skip = !fx_is_mutable_global(d) || in_system_header(d) || !strncmp(name, "delayc__", 8);   /* not delayed.h's markers */
    if (!skip) {
      up = local ? UPD_NONE : updated(L, f, d);   /* a static local is not named where tasks spawn */
      skip = up && said_before(said, d);
    }
    if (!skip) {
      Finding *x = up ? lint_report(L, n, "delayed function '%s' updates the mutable %s '%s' (%s): delayc runs the "
                                    "tasks that only update it in any order, each update atomic, but a task run in "
                                    "another process updates its own copy", f->name, local ? "static local" : "global",
                                    name, fx_update_name(up))
                      : lint_report(L, n, "delayed function '%s' uses the mutable %s '%s': delayc orders the tasks that "
                                    "use it one after another (where one writes it), and a task run in another process "
                                    "sees its own copy", f->name, local ? "static local" : "global", name);
      unsigned off = lint_decl_off(L->u, d);
      if (off) lint_note(x, off, "'%s' is declared here; pass it in as an argument and return the result instead", name);
    }
    free(name);
  }
  for (int i = 0; i < n->nkid; i++) walk(L, f, n->kid[i], said);
}

void check_global_state(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    Said said = {.n = 0};
    if (f->delayed && f->body) walk(L, f, f->body, &said);
  }
}
