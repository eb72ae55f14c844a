/* large_by_value.c — delayed-large-by-value: a delayed call passes a
 * struct or union larger than MaxBytes (default 1024) by value.
 *
 * Dask: "avoid repeatedly putting large inputs into delayed calls" — a task
 * captures its arguments when it is spawned, so a large value is copied once
 * per task.  Pass a `const` pointer marked DELAYED_IN instead.  Option:
 * delayed-large-by-value.MaxBytes. */
#include "lint/lint.h"

#include <stdlib.h>

void check_large_by_value(Lint *L) {
  long long max = config_int(L->cfg, "delayed-large-by-value.MaxBytes", 1024);
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    for (int k = 0; k < f->ncall; k++) {
      LCall *c = &f->call[k];
      if (!c->ce || !c->fnref) continue;
      CXCursor callee = clang_getCursorReferenced(c->fnref->cur);
      for (int a = 1; a < c->call->nkid; a++) {
        Node *arg = c->call->kid[a];
        CXType t = a - 1 < c->ce->nparam ? clang_getArgType(clang_getCursorType(callee), (unsigned)(a - 1))
                                         : clang_getCursorType(arg->cur);
        CXType ct = clang_getCanonicalType(t);
        if (ct.kind != CXType_Record) continue;
        long long size = clang_Type_getSizeOf(ct);
        if (size <= max) continue;
        char *ts = fe_type(t);
        Finding *x = lint_report(L, arg, "argument %d of the delayed call of '%s' copies a %s of %lld bytes into the "
                                 "task (more than %lld)", a, c->ce->label, ts, size, max);
        if (a - 1 < c->ce->nparam) {
          CXCursor def = clang_getCursorDefinition(callee);
          CXCursor pc = clang_Cursor_getArgument(clang_Cursor_isNull(def) ? callee : def, (unsigned)(a - 1));
          unsigned off = clang_Cursor_isNull(pc) ? 0 : lint_decl_off(L->u, pc);
          if (off) lint_note(x, off, "pass a pointer instead: 'DELAYED_IN const %s *%s'", ts, c->ce->param[a - 1].name);
        }
        free(ts);
      }
    }
  }
}
