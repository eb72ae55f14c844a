/* mutates_input.c — delayed-mutates-input: a delayed function writes
 * through a pointer parameter that is not marked DELAYED_OUT or DELAYED_INOUT.
 *
 * Dask: "don't mutate inputs" — a task that changes its argument in place races
 * with every other task reading it, and the graph cannot order them.  Found
 * (param_access.c): assignment and compound assignment to *p, p[i], p->f (and
 * deeper), ++/-- in either form ((*p)++, ++*p), passing p (or p + k, &p[i]) on
 * as a pointer to non-const — memcpy/memset/strcpy and the like included — and
 * casts that drop the const of a `const T *` parameter, also through local
 * aliases and macros.  One finding per statement and parameter; the note points
 * at the parameter.  An annotation naming fewer elements than the body
 * touches is this check's too (declared_extent.c), and DELAYED_PURE on a body
 * that touches more than its arguments (pure_declared.c). */
#include "lint/lint.h"

#include <stdlib.h>

typedef struct {
  Lint *L;
  LFunc *f;
  CXCursor param;
  const char *pname;
  Node **done; int ndone;        /* statements already reported */
  int declared_in;               /* annotated DELAYED_IN: a write is an error */
  int written;                   /* DELAYED_OUT: written (or handed on) before, in the text: an update reads that */
} Ctx;

static int reported(Ctx *c, Node *stmt) {
  for (int i = 0; i < c->ndone; i++)
    if (c->done[i] == stmt) return 1;
  c->done = xrealloc(c->done, (size_t)(c->ndone + 1) * sizeof *c->done);
  c->done[c->ndone++] = stmt;
  return 0;
}

static void on_access(void *arg, Node *at, Access kind, int argi) {
  Ctx *c = arg;
  (void)argi;
  static const char *const how[] = {
    [ACCESS_WRITE] = "writes to", [ACCESS_UPDATE] = "updates", [ACCESS_INCDEC] = "increments or decrements",
    [ACCESS_PASS] = "passes on, to a function that may write through it,", [ACCESS_CAST] = "casts away the const of"};
  /* an escape is not a write of this function's: effects.c counts it, lint does not */
  if (kind == ACCESS_READ || kind == ACCESS_ESCAPE || reported(c, at->macro ? at : model_stmt_of(at))) return;
  Finding *x = lint_report(c->L, at, "delayed function '%s' %s its input '%s'%s", c->f->name, how[kind], c->pname,
                           c->declared_in ? ", declared DELAYED_IN" : "");
  x->error = c->declared_in;    /* a declaration the body contradicts: an error, not a trust */
  unsigned off = lint_decl_off(c->L->u, c->param);
  if (off && c->declared_in)
    lint_note(x, off, "'%s' is declared DELAYED_IN here, but the function writes it: declare it DELAYED_INOUT "
              "(or DELAYED_OUT), or copy it first; delayc emit takes it as INOUT", c->pname);
  else if (off)
    lint_note(x, off, "'%s' is not marked DELAYED_OUT or DELAYED_INOUT: copy it first, or declare the direction", c->pname);
}

/* A DELAYED_OUT parameter the body updates (`*dst += v`, `dst[i]++`)
 * before it writes it anywhere: it reads what the caller gave it, which OUT
 * says it does not.  (Zeroed first, then counted into, `rho[c] = 0` and
 * `rho[k] += q`, is right.)  Every target orders OUT as INOUT, so no result
 * changes: a warning, with the edit. */
static void on_out_update(void *arg, Node *at, Access kind, int argi) {
  Ctx *c = arg;
  (void)argi;
  if (kind == ACCESS_WRITE || kind == ACCESS_PASS) c->written = 1;
  if ((kind != ACCESS_UPDATE && kind != ACCESS_INCDEC) || c->written ||
      reported(c, at->macro ? at : model_stmt_of(at)))
    return;
  Finding *x = lint_report(c->L, at, "delayed function '%s' updates its output '%s', declared DELAYED_OUT: it reads "
                           "what the caller gave it", c->f->name, c->pname);
  unsigned off = lint_decl_off(c->L->u, c->param);
  if (off) lint_note(x, off, "declare '%s' DELAYED_INOUT (DELAYED_OUT says the function only writes it)", c->pname);
}

void check_mutates_input(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (!f->delayed || !f->body) continue;
    int np = clang_Cursor_getNumArguments(f->cur);
    for (int k = 0; k < np && k < f->ce->nparam; k++) {
      Param *p = &f->ce->param[k];
      int declared_in = p->annotated && (p->dir == DIR_IN || p->contradicted);
      if (p->annotated && p->dir == DIR_OUT && *p->name) {
        Ctx c = {L, f, clang_Cursor_getArgument(f->cur, (unsigned)k), p->name, NULL, 0, 0, 0};
        lint_param_access(L->u, f, k, on_out_update, &c);
        free(c.done);
        continue;
      }
      if (p->dir == DIR_VALUE || (p->annotated && !declared_in) || !*p->name) continue;
      Ctx c = {L, f, clang_Cursor_getArgument(f->cur, (unsigned)k), p->name, NULL, 0, declared_in, 0};
      lint_param_access(L->u, f, k, on_access, &c);
      free(c.done);
    }
  }
  check_declared_extent(L);      /* and an extent the body goes beyond (declared_extent.c) */
  check_pure_declared(L);        /* and DELAYED_PURE on a body that touches more (pure_declared.c) */
}
