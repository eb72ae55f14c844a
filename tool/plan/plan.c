/* plan.c — what the plan itself can answer and record: an object by its
 * declaration, how generated code names an object, an explanation. */
#include "plan/plan.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* One explanation for --explain, at a node (said once per place). */
void an_explain(Analysis *a, Node *at, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = vfmt(f, ap);
  va_end(ap);
  for (int i = 0; i < a->nex; i++)        /* said once (a wait and an argwait at one place) */
    if (a->ex[i].line == (at ? at->line : 0) && a->ex[i].col == (at ? at->col : 0) && !strcmp(a->ex[i].msg, s)) {
      free(s);
      return;
    }
  a->ex = xrealloc(a->ex, (size_t)(a->nex + 1) * sizeof *a->ex);
  a->ex[a->nex++] = (Explain){at ? at->line : 0, at ? at->col : 0, s};
}

Obj *an_object_of(Func *f, CXCursor ref) {
  for (int i = 0; i < f->nobj; i++)
    if (!f->obj[i]->temp && !f->obj[i]->ext && clang_equalCursors(f->obj[i]->decl, ref)) return f->obj[i];
  return NULL;
}

char *an_access(Obj *o) {
  if (o->ext) return xstrdup(o->access);
  if (o->slot) return fmt("(*\001%s)", o->cname);
  return o->temp ? fmt("\001%s", o->cname) : xstrdup(o->name);
}

