/* plan_print.c — the task plan as text or JSON (delayc plan): per function
 * its entry policy, its data, its tasks (arguments, result, captures,
 * accesses, cutoff and clone, inline or fused), its waits, its edges and the
 * explanations on its lines.  Tests check the analysis's decisions here
 * instead of matching a target's text.
 *
 * One writer serves both formats: an object's fields become `key: value`
 * lines (text, indented like YAML) or members (JSON); a list's items become
 * `- ` lines or elements. */
#include "plan/plan.h"

#include <stdlib.h>
#include <string.h>

typedef struct W {
  FILE *o;
  int json;
  int depth;
  int first[64];     /* per level: no item written yet */
  int list[64];      /* per level: a list (items have no key) */
  int item;          /* text: the next field opens a list item ("- ") */
} W;

static void indent(W *w, int d) {
  for (int i = 0; i < d; i++) fputs("  ", w->o);
}

/* Starts a field (key) or a list item (key NULL) at the current level. */
static void field(W *w, const char *key) {
  if (w->json) {
    fputs(w->first[w->depth] ? "\n" : ",\n", w->o);
    indent(w, w->depth);
    if (key) { json_str(w->o, key); fputs(": ", w->o); }
  } else {
    if (!key) { indent(w, w->depth); fputs("- ", w->o); }
    else if (w->item) { indent(w, w->depth - 1); fputs("- ", w->o); w->item = 0; }
    else indent(w, w->depth);
    if (key) fprintf(w->o, "%s:", key);
  }
  w->first[w->depth] = 0;
}

static void str(W *w, const char *key, const char *v) {
  field(w, key);
  if (w->json) json_str(w->o, v);
  else fprintf(w->o, "%s%s\n", key ? " " : "", v);
}

static void num(W *w, const char *key, long long v) {
  field(w, key);
  fprintf(w->o, w->json ? "%lld" : " %lld\n", v);
}

static void flag(W *w, const char *key, int v) {
  field(w, key);
  if (w->json) fputs(v ? "true" : "false", w->o);
  else fprintf(w->o, " %s\n", v ? "yes" : "no");
}

/* Opens an object ('{') or a list ('['), as a field (key) or a list item. */
static void open_(W *w, const char *key, char kind) {
  int in_list = w->list[w->depth];
  if (w->json) {
    field(w, key);
    fputc(kind, w->o);
  } else if (key) {
    field(w, key);
    fputc('\n', w->o);
  }
  w->depth++;
  w->first[w->depth] = 1;
  w->list[w->depth] = kind == '[';
  if (!w->json && kind == '{' && in_list) w->item = 1;   /* its first field starts the item */
}

static void close_(W *w, char kind) {
  int empty = w->first[w->depth];
  w->depth--;
  w->item = 0;
  if (w->json) {
    if (!empty) { fputc('\n', w->o); indent(w, w->depth); }
    fputc(kind == '{' ? '}' : ']', w->o);
  }
}

/* ---- the plan's parts ---- */

/* A hole of a plan expression, for a reader: an argument of the task as
 * evaluated at its spawn, `arg<N>` (`t<S>.arg<N>` of another task), or the
 * data's name. */
typedef struct Fill { Func *f; int site; } Fill;

static char *fill(void *ctx, char kind, int a, int b) {
  Fill *x = ctx;
  if (kind == 'a') return a == x->site ? fmt("arg%d", b) : fmt("t%d.arg%d", a, b);
  if (kind == 'd' && a >= 0 && a < x->f->nobj) return xstrdup(x->f->obj[a]->temp ? "(temporary)" : x->f->obj[a]->name);
  return xstrdup("?");
}

static char *expr(Func *f, int site, const char *e) {
  Fill x = {f, site};
  return plan_expr(e, fill, &x);
}

static const char *obj_name(Obj *o) { return o->temp ? "(temporary)" : o->name; }

static const char *mode_name(Acc a) { return a == ACC_IN ? "in" : a == ACC_OUT ? "out" : "inout"; }

/* `out r[i]`, `in a[lo : n]`, `inout x`, `in buf[blocks of 64]`. */
static char *access_text(Func *f, int site, Dep *d) {
  Obj *o = d->obj;
  Buf b = {0};
  buf_printf(&b, "%s %s", mode_name(d->acc), obj_name(o));
  char *ix = d->index ? expr(f, site, d->index) : NULL;
  char *st = d->start ? expr(f, site, d->start) : NULL;
  char *ct = d->count ? expr(f, site, d->count) : NULL;
  if (ix) buf_printf(&b, "[%s]", ix);
  else if (st || ct) buf_printf(&b, "[%s : %s]", st ? st : "0", ct ? ct : "end");
  if (d->block) buf_printf(&b, " (block of %lld)", d->block);
  if (d->unneeded) buf_puts(&b, " (orders nothing: left out)");
  free(ix);
  free(st);
  free(ct);
  return b.s;
}

static void accesses(W *w, Func *f, int site, Dep *dep, int ndep) {
  open_(w, "accesses", '[');
  for (int i = 0; i < ndep; i++) {
    char *t = access_text(f, site, &dep[i]);
    str(w, NULL, t);
    free(t);
  }
  close_(w, '[');
}

static const char *kind_name(Obj *o) {
  static const char *const k[] = {"scalar", "array", "buffer", "view"};
  if (o->ext == EXT_GLOBAL) return "global";
  if (o->ext == EXT_RESOURCE) return "resource";
  return k[o->kind];
}

static void data(W *w, Func *f) {
  open_(w, "data", '[');
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    open_(w, NULL, '{');
    str(w, "name", obj_name(o));
    str(w, "kind", kind_name(o));
    if (o->type) str(w, "type", o->type);
    if (o->kind == OBJ_ARRAY) num(w, "elements", o->nelem);
    else if (o->kind == OBJ_BUFFER) str(w, "elements", "unknown");
    if (o->kind == OBJ_ARRAY || o->kind == OBJ_BUFFER) num(w, "element_size", o->voidp ? 1 : o->esize);
    str(w, "storage", o->ext ? "shared state" : o->temp ? (o->slot ? "temporary in a slot" : "temporary")
                      : o->slot ? "slot" : o->fused ? "none (forwarded)" : "local");
    if (o->temp) num(w, "result_of", o->temp_site);
    if (o->base) str(w, "points_into", obj_name(o->base));
    if (o->elementwise) str(w, "named_by", "element");
    if (o->blocked) num(w, "named_by_blocks_of", o->blocked);
    if (o->ranged) str(w, "named_by", "range");
    if (o->regions) str(w, "named_by", "run-time region");
    if (o->escaped) flag(w, "escaped", 1);
    close_(w, '{');
  }
  close_(w, '[');
}

static const char *form_name(SiteForm k) {
  static const char *const n[] = {"call", "assignment", "declaration", "copy", "hoisted"};
  return n[k];
}

static char *node_text(Unit *u, Node *n) { return fe_text(u, n->beg, n->end); }

static void task(W *w, Func *f, Site *s) {
  Unit *u = f->u;
  open_(w, NULL, '{');
  char *id = fmt("t%d", s->id);
  str(w, "id", id);
  free(id);
  str(w, "callee", s->form == SITE_COPY ? "(copy)" : s->callee->label);
  num(w, "line", s->line);
  str(w, "form", form_name(s->form));
  if (s->serial) {
    str(w, "runs", "serial: an ordinary call");
    if (s->why) str(w, "why", s->why);
    close_(w, '{');
    return;
  }
  str(w, "runs", s->fused ? "nowhere: forwarded into its producer" : s->fuse_loop ? "as one task with its loop"
                 : s->inline_call ? "inline: its result is read at once" : "as a task");
  if (s->narg) {
    open_(w, "arguments", '[');
    for (int i = 0; i < s->narg; i++) {
      char *t = s->argsrc && s->argsrc[i] ? xstrdup(s->argsrc[i]) : node_text(u, s->arg[i]);
      char *a = fmt("%s (%s)", t, s->argspawn[i] ? "at the spawn" : "in the task");
      str(w, NULL, a);
      free(a);
      free(t);
    }
    close_(w, '[');
  }
  Node *dest = s->fwd ? s->fwd : s->form == SITE_ASSIGN || (s->form == SITE_COPY && s->target->kind != CXCursor_VarDecl)
                                      ? s->target : NULL;
  if (dest) {
    char *t = node_text(u, dest);
    str(w, "result", t);
    free(t);
  } else if (s->form == SITE_DECL || s->form == SITE_COPY) {
    str(w, "result", obj_name(s->tobj));
  } else if (s->form == SITE_HOIST) {
    str(w, "result", "(temporary)");
  }
  if (s->form == SITE_COPY) str(w, "copies", obj_name(s->src));
  if (s->ncap) {
    open_(w, "captures", '[');
    for (int i = 0; i < s->ncap; i++) {
      Capture *c = &s->cap[i];
      char *t = fmt("%s %s", c->kind == CAP_VALUE ? "value" : "shared",
                    c->data ? (c->data->temp ? "(temporary)" : c->data->name) : c->name);
      str(w, NULL, t);
      free(t);
    }
    close_(w, '[');
  }
  accesses(w, f, s->id, s->dep, s->ndep);
  if (s->cutoff) {
    char *c = expr(f, s->id, s->cutoff);
    str(w, "cutoff", c);
    free(c);
    flag(w, "serial_clone", s->use_clone);
  }
  if (s->cutoff || s->inline_call) flag(w, "waits_first", s->wait_first);
  if (s->fuse_loop) num(w, "fused_loop_line", s->fuse_loop->line);
  if (s->touches_all) flag(w, "touches_everything", 1);
  if (s->mem) str(w, "unplaced_memory", s->mem == 3 ? "reads and writes" : s->mem == 1 ? "reads" : "writes");
  if (s->argwait) {
    open_(w, "waits_before_arguments", '{');
    if (s->argwait->full) flag(w, "full", 1);
    accesses(w, f, s->id, s->argwait->dep, s->argwait->ndep);
    close_(w, '{');
  }
  close_(w, '{');
}

static void waits(W *w, Func *f) {
  open_(w, "waits", '[');
  for (int i = 0; i < f->nsync; i++) {
    Sync *y = f->sync[i];
    open_(w, NULL, '{');
    char *id = fmt("w%d", i);
    str(w, "id", id);
    free(id);
    num(w, "line", y->at->line);
    str(w, "where", y->loop ? "at the end of the loop's body and before each continue"
                    : y->at->kind == CXCursor_ReturnStmt ? "at the return (the exit wait)" : "before the statement");
    if (y->compute) flag(w, "delayed_compute", 1);
    if (y->full) {
      str(w, "covers", "every task (the extent cannot be named)");
      if (y->why) str(w, "because_of", obj_name(y->why));
    } else {
      accesses(w, f, -1, y->dep, y->ndep);
    }
    close_(w, '{');
  }
  close_(w, '[');
}

static void edges(W *w, Func *f) {
  open_(w, "edges", '[');
  for (int i = 0; i < f->nedge; i++) {
    Edge *e = &f->edge[i];
    int k = -1;
    for (int j = 0; j < f->nsync; j++)
      if (f->sync[j] == e->wait) k = j;
    char *t = e->to ? fmt("t%d -> t%d via %s", e->from->id, e->to->id, obj_name(e->obj))
                    : fmt("t%d -> w%d via %s", e->from->id, k, obj_name(e->obj));
    str(w, NULL, t);
    free(t);
  }
  close_(w, '[');
}

/* The line after the function's last. */
static unsigned end_line(Func *f) {
  unsigned line = f->root->line;
  for (unsigned i = f->root->beg; i < f->root->end && i < f->u->len; i++) line += f->u->src[i] == '\n';
  return line;
}

static void explanations(W *w, Analysis *a, Func *f) {
  open_(w, "explanations", '[');
  unsigned last = end_line(f);
  for (int i = 0; i < a->nex; i++) {
    Explain *x = &a->ex[i];
    if (x->line < f->root->line || x->line > last) continue;
    char *t = fmt("%u:%u: %s", x->line, x->col, x->msg);
    str(w, NULL, t);
    free(t);
  }
  close_(w, '[');
}

static void function(W *w, Analysis *a, Func *f, int idle) {
  open_(w, NULL, '{');
  str(w, "function", f->name);
  num(w, "line", f->root->line);
  str(w, "entry", idle ? "unchanged: none of its delayed calls is a task"
                  : f->open_region ? "opens a parallel region when called outside one"
                  : "opens no region (it may be left by longjmp)");
  if (f->clone) str(w, "serial_clone", "yes: calls below a cutoff use it");
  data(w, f);
  open_(w, "tasks", '[');
  for (int i = 0; i < f->nsite; i++) task(w, f, f->site[i]);
  close_(w, '[');
  waits(w, f);
  edges(w, f);
  explanations(w, a, f);
  close_(w, '{');
}

static int functions(W *w, Analysis *a, const char *only) {
  int found = 0;
  for (int i = 0; i < a->nfn + a->nidle; i++) {
    Func *f = i < a->nfn ? a->fn[i] : a->idle[i - a->nfn];
    if (only && strcmp(only, f->name)) continue;
    function(w, a, f, i >= a->nfn);
    found = 1;
  }
  for (int i = 0; i < a->nsub; i++) found |= functions(w, a->sub[i], only);   /* unity builds */
  return found;
}

int plan_write(Analysis *a, FILE *o, const char *format, const char *only) {
  W w = {0};
  w.o = o;
  w.json = !strcmp(format, "json");
  if (w.json) fputc('{', o);
  w.depth = w.json;             /* JSON: inside the document's object */
  w.first[w.depth] = 1;
  str(&w, "file", a->u->path);
  open_(&w, "functions", '[');
  int found = functions(&w, a, only);
  close_(&w, '[');
  if (w.json) fputs("\n}\n", o);
  if (only && !found) {
    error("no function named '%s' makes delayed calls", only);
    return -1;
  }
  return 0;
}
