/* plan.c — what the plan itself can answer and record: an object by its
 * declaration, an explanation, the holes of its expressions, whether two
 * regions may overlap; and its constructors — a site, a temporary, an access,
 * a wait, a site left serial — with which the analysis builds it. */
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

char *plan_hole_arg(int site, int arg) { return fmt("\002a%d.%d\003", site, arg); }

char *plan_hole_data(Obj *o) { return fmt("\002d%d\003", o->id); }

char *plan_expr(const char *expr, PlanFill fill, void *ctx) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = expr; *p;) {
    const char *h = strchr(p, '\002');
    if (!h) { buf_puts(&b, p); break; }
    buf_add(&b, p, (size_t)(h - p));
    char kind = h[1];
    int x = 0, y = 0;
    const char *q = h + 2;
    x = (int)strtol(q, (char **)&q, 10);
    if (*q == '.') y = (int)strtol(q + 1, (char **)&q, 10);
    char *t = fill(ctx, kind, x, y);
    buf_puts(&b, t);
    free(t);
    p = *q == '\003' ? q + 1 : q;
  }
  return b.s;
}

/* May two depend items of one function name the same storage?  The rule of
 * the items the targets emit: on different objects never; elements (a[i])
 * when their index texts are equal; ranges of an object named by their first
 * elements (ranged or blocked: analysis/deps.c proved them identical or
 * disjoint) when their starts are equal; anything else (a whole object, an
 * iterator over a range) always. */
int regions_overlap(Dep *a, Dep *b) {
  if (a->obj != b->obj) return 0;
  if (a->index && b->index) return strcmp(a->index, b->index) == 0;
  Obj *o = a->obj;
  if ((o->ranged || o->blocked) && a->count && b->count)
    return strcmp(a->start ? a->start : "0", b->start ? b->start : "0") == 0;
  return 1;
}

/* Does s write an object named whole (an array for want of a region, a
 * global, a resource) that orders every task writing it?  (Updates in any
 * order and regions of memory do not.) */
static int writes_chained(Site *s) {
  for (int i = 0; i < s->ndep; i++) {
    Dep *d = &s->dep[i];
    if (d->acc == ACC_IN || d->unneeded || (d->update && d->obj->update)) continue;
    if (d->obj->chained || (d->obj->ext == EXT_GLOBAL && !d->index) || d->obj->ext == EXT_RESOURCE) return 1;
  }
  return 0;
}

/* Does s read all of <memory> (a struct holding pointers read all the way
 * down, memory reached through a global's pointer) and write some of it?
 * Two such tasks order at run time, each after the other's write: a chain no
 * dependency names at compile time (blind round 61a: silent). */
int plan_memory_chained(const Site *s) {
  int all = 0, writes = 0;
  for (int i = 0; i < s->ndep; i++) {
    Dep *d = &s->dep[i];
    if (d->unneeded || d->obj->ext != EXT_MEMORY) continue;
    if (d->acc != ACC_OUT && !d->start && !d->count) all = 1;
    if (d->acc != ACC_IN) writes = 1;
  }
  return all && writes;
}

static void count_into(Analysis *a, PlanCounts *pc) {
  for (int i = 0; i < a->nfn + a->nidle; i++) {
    Func *f = i < a->nfn ? a->fn[i] : a->idle[i - a->nfn];
    int writers = 0;                       /* task instances writing chained objects: a chain from two */
    int alls = 0;                          /* task instances ordered with all shared state */
    int mems = 0;                          /* task instances reading all memory and writing some */
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (s->serial || s->fused || s->inline_call || s->form == SITE_COPY) continue;
      if (writes_chained(s)) writers += s->in_loop ? 2 : 1;
      if (s->touches_all) alls += s->in_loop ? 2 : 1;
      if (plan_memory_chained(s)) mems += s->in_loop ? 2 : 1;
    }
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (s->form == SITE_COPY) continue;  /* delayc's own tasks, not the user's calls */
      pc->calls++;
      int chained = 0;
      int in_loop = 0;
      if (s->serial || s->in_place) pc->serial++;
      else if (s->inline_call) {
        pc->inline_calls++;
        pc->inline_exit += s->inline_exit;
        pc->inline_read += s->inline_read;
        in_loop = s->in_loop;
        pc->inline_in_loop += in_loop;
      } else {
        pc->tasks++;
        chained = (writers > 1 && writes_chained(s)) || (alls > 1 && s->touches_all) ||
                  (mems > 1 && plan_memory_chained(s));
        pc->chained += chained;
      }
      if ((s->serial || s->in_place || chained || in_loop || s->inline_exit || s->inline_read) && !pc->line) {
        Node *at = s->call ? s->call : s->stmt;
        pc->line = at->line;
        pc->col = at->col;
        pc->path = a->u->path;
      }
    }
  }
  pc->calls += a->nopaque;
  pc->serial += a->nopaque;
  if (a->nopaque && !pc->line) {
    pc->line = a->opaque_line;
    pc->col = a->opaque_col;
    pc->path = a->u->path;
  }
  for (int i = 0; i < a->nsub; i++) count_into(a->sub[i], pc);
}

void plan_counts(Analysis *a, PlanCounts *pc) {
  memset(pc, 0, sizeof *pc);
  count_into(a, pc);
}

/* ---- constructors: the analysis builds the plan with these ---- */

Site *add_site(Func *f, SiteForm form, Node *call, Node *stmt) {
  Site *s = xcalloc(1, sizeof *s);
  s->id = f->nsite;
  s->form = form;
  s->call = call;
  s->stmt = stmt;
  s->line = (call ? call : stmt)->line;
  s->trip = -1;
  f->site = xrealloc(f->site, (size_t)(f->nsite + 1) * sizeof *f->site);
  f->site[f->nsite++] = s;
  return s;
}

/* The temporary holding hoisted site s's result (nested: in a slot). */
Obj *plan_temp(Func *f, Site *s, int nested) {
  Obj *o = xcalloc(1, sizeof *o);
  o->name = xstrdup("(temporary)");
  o->temp_site = s->id;
  o->type = xstrdup(s->callee->result);
  o->kind = OBJ_SCALAR;
  o->temp = 1;
  o->nested = nested;
  o->id = f->nobj;
  f->obj = xrealloc(f->obj, (size_t)(f->nobj + 1) * sizeof *f->obj);
  f->obj[f->nobj++] = o;
  return o;
}

/* An access of s to o; the same region named twice is one access (in and out: inout). */
Dep *add_dep(Site *s, Obj *o, Acc acc, char *index, char *start, char *count) {
  for (int i = 0; i < s->ndep; i++) {
    Dep *d = &s->dep[i];
    if (d->obj != o) continue;
    int same = (!d->index && !index && !d->count && !count && !d->start && !start) ||
               (d->index && index && !strcmp(d->index, index));
    if (same) {
      if (d->acc != acc) d->acc = ACC_INOUT;
      d->update = 0;            /* touched otherwise too */
      return d;
    }
  }
  s->dep = xrealloc(s->dep, (size_t)(s->ndep + 1) * sizeof *s->dep);
  s->dep[s->ndep++] = (Dep){o, acc, index, start, count, 0, 0, NULL, 0, NULL, NULL, 0, 0};
  return &s->dep[s->ndep - 1];
}

Sync *new_sync(Node *at, int loop) {
  Sync *y = xcalloc(1, sizeof *y);
  y->at = at;
  y->loop = loop;
  return y;
}


/* Leaves site s an ordinary call, with the reason (said once, by --explain). */
void serialize(Analysis *a, Site *s, const char *why) {
  if (s->serial) return;
  s->serial = 1;
  s->why = xstrdup(why);
  an_explain(a, s->call ? s->call : s->stmt, "call of '%s' runs serially: %s",
             s->callee ? s->callee->label : "copy", why);
}
