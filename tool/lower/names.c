/* names.c — how generated code names what the plan names: a data's storage
 * (a slot through its pointer, a temporary, the variable itself, a global or
 * a resource of the runtime), the temporary that holds an argument evaluated
 * at the spawn, and the holes of a plan expression (plan.h).  Generated names
 * start with \001, the prefix each target replaces last (__dc_, or __dcN_ when
 * the source itself uses __dc_). */
#include "lower/lower.h"

#include <stdlib.h>

/* The storage's own name: \001s_<name> for a slot (a pointer into the arena),
 * \001t<site> for a temporary (two name spaces: no collision). */
char *lower_storage(Obj *o) {
  return o->temp ? fmt("\001t%d", o->temp_site) : fmt("\001s_%s", o->name);
}

char *lower_access(Obj *o) {
  if (o->ext) return xstrdup(o->access);
  if (o->slot) {
    char *st = lower_storage(o);
    char *r = fmt("(*%s)", st);
    free(st);
    return r;
  }
  return o->temp ? lower_storage(o) : xstrdup(o->name);
}

char *lower_arg(int site, int arg) { return fmt("\001a%d_%d", site, arg); }

static char *fill(void *ctx, char kind, int a, int b) {
  Func *f = ctx;
  if (kind == 'a') return lower_arg(a, b);
  if (kind == 'd' && a >= 0 && a < f->nobj) return lower_access(f->obj[a]);
  return xstrdup("");
}

char *lower_expr(Func *f, const char *expr) { return expr ? plan_expr(expr, fill, f) : NULL; }
