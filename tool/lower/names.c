/* names.c — how generated code names what the plan names: a data's storage
 * (a slot through its pointer, a temporary, the variable itself, a global or
 * a resource of the runtime), the temporary that holds an argument evaluated
 * at the spawn, and the holes of a plan expression (plan.h).  Generated names
 * start with \001, the prefix each target replaces last (__dc_, or __dcN_ when
 * the source itself uses __dc_). */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

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

static int in_place;           /* the file's target writes tasks where their calls are */
void lower_set_in_place(int yes) { in_place = yes; }
int lower_copies_arg(const Site *s, int i) { return s->argspawn[i] && !(in_place && s->argconst && s->argconst[i]); }

static char *fill(void *ctx, char kind, int a, int b) {
  Func *f = ctx;
  if (kind == 'a') {
    for (int i = 0; i < f->nsite; i++) {   /* a constant argument: its own text (lower_copies_arg) */
      Site *s = f->site[i];
      if (s->id != a || b >= s->narg || !s->argspawn[b] || lower_copies_arg(s, b)) continue;
      char *t = s->argsrc && s->argsrc[b] ? xstrdup(s->argsrc[b]) : fe_text(f->u, s->arg[b]->beg, s->arg[b]->end);
      char *r = fmt("(%s)", t);
      free(t);
      return r;
    }
    return lower_arg(a, b);
  }
  if (kind == 'd' && a >= 0 && a < f->nobj) return lower_access(f->obj[a]);
  return xstrdup("");
}

char *lower_expr(Func *f, const char *expr) { return expr ? plan_expr(expr, fill, f) : NULL; }

/* A dependency on an object of run-time regions as its first element and its
 * element count ("-1": to the end of the object's memory, a buffer's extent
 * unknown): *first is an lvalue, malloc'd, as is the count.  <memory>'s
 * regions start where the argument points; all of it: *first NULL. */
void lower_region(Func *f, Dep *d, char **first, char **count) {
  Obj *o = d->obj;
  if (o->ext == EXT_MEMORY) {
    char *start = lower_expr(f, d->start), *n = lower_expr(f, d->count);
    /* `hole + (lo)` for a DELAYED_*_RANGE: parenthesized before the star */
    *first = !start ? NULL : strpbrk(start, " +-*/?") ? fmt("(*(%s))", start) : fmt("(*%s)", start);
    *count = start && n ? fmt("(%s)", n) : xstrdup("-1");
    free(start);
    free(n);
    return;
  }
  char *acc = lower_access(o);
  if (o->voidp) {                 /* void *: its elements are bytes */
    char *t = fmt("((char *)%s)", acc);
    free(acc);
    acc = t;
  }
  char *index = lower_expr(f, d->index), *start = lower_expr(f, d->start), *n = lower_expr(f, d->count);
  if (index) {
    *first = fmt("%s[%s]", acc, index);
    *count = xstrdup("1");
  } else if (start || n) {
    *first = fmt("%s[%s]", acc, start ? start : "0");
    *count = n ? fmt("(%s)", n) : o->kind == OBJ_ARRAY ? fmt("%lld - (%s)", o->nelem, start) : xstrdup("-1");
  } else {
    *first = fmt("%s[0]", acc);
    *count = o->kind == OBJ_ARRAY ? fmt("%lld", o->nelem) : xstrdup("-1");
  }
  free(acc);
  free(index);
  free(start);
  free(n);
}

/* A region's write flag (delayc_rt_region): 0 read, 1 written, 2 updated in
 * any order; DELAYC_RT_OWN (4) for a variable of the function, whose storage
 * no pointer reaches (memory.c: a published one is also named by <memory>). */
int region_write(Dep *d) { return (d->update ? 2 : d->acc != ACC_IN) | (d->obj->ext ? 0 : 4); }

/* ... as a delayc_rt_region initializer: { &first, bytes, write } */
char *lower_region_init(Func *f, Dep *d) {
  char *first, *count;
  lower_region(f, d, &first, &count);
  if (!first) {
    free(count);
    return fmt("{ (const void *)0, (size_t)-1, %d, 0, 0 }", region_write(d));
  }
  if (d->rows && strcmp(count, "-1")) {     /* rows blocks of count elements, ld apart */
    char *rows = lower_expr(f, d->rows), *ld = lower_expr(f, d->ld);
    /* no rows (zero or negative): one block, as conservative as any */
    char *r = fmt("{ (const void *)&%s, (size_t)(%s) * sizeof(%s), %d, (size_t)((%s) > 0 ? (%s) : 0), "
                  "(ptrdiff_t)(%s) * (ptrdiff_t)sizeof(%s) }",
                  first, count, first, region_write(d), rows, rows, ld, first);
    free(rows);
    free(ld);
    free(first);
    free(count);
    return r;
  }
  char *r = !strcmp(count, "-1") ? fmt("{ (const void *)&%s, (size_t)-1, %d, 0, 0 }", first, region_write(d))
          : !strcmp(count, "1")  ? fmt("{ (const void *)&%s, sizeof(%s), %d, 0, 0 }", first, first, region_write(d))
                                 : fmt("{ (const void *)&%s, (size_t)(%s) * sizeof(%s), %d, 0, 0 }", first, count, first, region_write(d));
  free(first);
  free(count);
  return r;
}

/* A wait w whose items include C strings (Dep.string, `strlen(lines[i])` at a
 * spawn): w again with the string's length doubled, from 64 bytes, until the
 * NUL is within what it waited for; no byte is read before its wait.  w as
 * it is when there is none (it is taken, and returned). */
char *lower_string_wait(Func *f, Dep *dep, int ndep, char *w) {
  Buf cond = {0};
  for (int i = 0; i < ndep; i++) {
    if (!dep[i].string || dep[i].unneeded) continue;
    char *s = lower_expr(f, dep[i].start);
    buf_printf(&cond, "%sdelayc_rt_strnlen(%s, %s) < %s", cond.len ? " && " : "", s, DEP_STRING_LEN, DEP_STRING_LEN);
    free(s);
  }
  if (!cond.len || !*w) { free(cond.s); return w; }
  char *r = fmt("{ size_t %s = 64; for (;;) { %sif (%s) break; %s *= 2; } } ", DEP_STRING_LEN, w, cond.s,
                DEP_STRING_LEN);
  free(cond.s);
  free(w);
  return r;
}
