/* check_mutates_input.c — delayed-mutates-input: a delayed function writes
 * through a pointer parameter that is not marked DELAYED_OUT or DELAYED_INOUT.
 *
 * Dask: "don't mutate inputs" — a task that changes its argument in place races
 * with every other task reading it, and the graph cannot order them.  Found
 * (lint_access.c): assignment and compound assignment to *p, p[i], p->f (and
 * deeper), ++/-- in either form ((*p)++, ++*p), passing p (or p + k, &p[i]) on
 * as a pointer to non-const — memcpy/memset/strcpy and the like included — and
 * casts that drop the const of a `const T *` parameter, also through local
 * aliases and macros.  One finding per statement and parameter; the note points
 * at the parameter. */
#include "lint.h"

#include <stdlib.h>

typedef struct {
  Lint *L;
  LFunc *f;
  CXCursor param;
  const char *pname;
  Node **done; int ndone;        /* statements already reported */
} Ctx;

static int reported(Ctx *c, Node *stmt) {
  for (int i = 0; i < c->ndone; i++)
    if (c->done[i] == stmt) return 1;
  c->done = xrealloc(c->done, (size_t)(c->ndone + 1) * sizeof *c->done);
  c->done[c->ndone++] = stmt;
  return 0;
}

static void on_access(void *arg, Node *at, Access kind) {
  Ctx *c = arg;
  static const char *const how[] = {
    [ACCESS_WRITE] = "writes to", [ACCESS_UPDATE] = "updates", [ACCESS_INCDEC] = "increments or decrements",
    [ACCESS_PASS] = "passes on, as a pointer to non-const,", [ACCESS_CAST] = "casts away the const of"};
  if (kind == ACCESS_READ || reported(c, model_stmt_of(at))) return;
  Finding *x = lint_report(c->L, at, "delayed function '%s' %s its input '%s'", c->f->name, how[kind], c->pname);
  unsigned off = lint_decl_off(c->L->u, c->param);
  if (off)
    lint_note(x, off, "'%s' is not marked DELAYED_OUT or DELAYED_INOUT: copy it first, or declare the direction", c->pname);
}

void check_mutates_input(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (!f->delayed || !f->body) continue;
    int np = clang_Cursor_getNumArguments(f->cur);
    for (int k = 0; k < np && k < f->ce->nparam; k++) {
      Param *p = &f->ce->param[k];
      if (p->dir == DIR_VALUE || (p->annotated && (p->dir == DIR_OUT || p->dir == DIR_INOUT)) || !*p->name) continue;
      Ctx c = {L, f, clang_Cursor_getArgument(f->cur, (unsigned)k), p->name, NULL, 0};
      lint_param_access(L->u, f, k, on_access, &c);
      free(c.done);
    }
  }
}
