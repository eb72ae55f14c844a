/* param_access.c — lint's view of what a function does through one of its
 * pointer parameters: every write, read, cast that drops the const, and store
 * where the walk cannot follow (access.c, macros and aliases included), and
 * every call that passes the pointer on to a parameter the callee may write
 * through (effects.c: its body, the library table, or a pointer to non-const
 * where delayc knows nothing more), reported at the argument.
 * Used by delayed-mutates-input and `delayc suggest`. */
#include "lint/lint.h"

typedef struct Ctx { Unit *u; AccessFn fn; void *arg; } Ctx;

static void on_access(void *arg, Node *at, Access kind, int argi) {
  Ctx *c = arg;
  if (kind == ACCESS_PASS) {
    if (!(fx_arg_mode(c->u, at, argi) & FX_WRITE)) return;
    at = at->kid[1 + argi];
  }
  c->fn(c->arg, at, kind, argi);
}

void lint_param_access(Unit *u, LFunc *f, int k, AccessFn fn, void *arg) {
  CXCursor param = clang_Cursor_getArgument(f->cur, (unsigned)k);
  if (!f->body || clang_Cursor_isNull(param)) return;
  Ctx c = {u, fn, arg};
  access_walk(u, f->body, param, 0, on_access, &c);
}
