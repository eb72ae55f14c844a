/* openmp_batch.c — the OpenMP lowering of a batched loop (Batch, plan.h;
 * analysis/batches.c decides which loops).
 *
 * Where the loop's block opens (or in braces of their own around the loop):
 * a record type holding, per task of the loop, what its task would have copied
 * at the spawn (its argument temporaries, its captures by value), a static
 * site for the run-time policy (runtime/task_batch.c), the buffer, and one
 * grown region per run-time region the tasks name.
 * Where an iteration starts: a full buffer is spawned (the flush).
 * At each call: the record is appended and the call's regions grow the
 * batch's; before a call whose arguments wait on run-time regions, pending
 * records that write what they read are spawned first (the guard).
 * After the loop: what is left is spawned.
 * The flush is one task that replays its records in their order, each with the
 * copies the task would have had, then times itself for the policy. */
#include "lower/lower.h"
#include "analysis/tree.h"

#include <stdlib.h>
#include <string.h>

/* A field of a site's record: the name the task's text uses, its type. */
typedef struct Field { char *name, *type; } Field;

static int site_fields(Site *s, Field *out, int max) {
  int n = 0;
  for (int i = 0; i < s->narg && n < max; i++) {
    if (!lower_copies_arg(s, i)) continue;
    Param *pm = &s->callee->param[i];
    out[n++] = (Field){ lower_arg(s->id, i), pm->vm ? xstrdup("void *") : decl_type(pm->type) };
  }
  for (int i = 0; i < s->ncap && n < max; i++) {
    Capture *c = &s->cap[i];
    if (c->kind != CAP_VALUE) continue;
    if (c->data) {
      char *t = decl_type(c->data->type);
      out[n++] = (Field){ lower_storage(c->data), c->data->slot ? fmt("%s *", t) : xstrdup(t) };
      free(t);
    } else {
      char *sp = fe_type(clang_getCursorType(c->decl));
      out[n++] = (Field){ xstrdup(c->name), decl_type(sp) };
      free(sp);
    }
  }
  return n;
}

static void fields_free(Field *f, int n) {
  for (int i = 0; i < n; i++) {
    free(f[i].name);
    free(f[i].type);
  }
}

#define MAXF 256                 /* batches.c takes no call copying more than 200 values */

/* The record type, the site, the buffer and the boxes: before the loop.  A
 * range batch: the site, its count, its first index. */
static char *batch_decls(Batch *b, int nbox) {
  Buf t = {0};
  if (b->range) {
    char *ty = fe_type(clang_getCursorType(b->ivar));
    char *dt = decl_type(ty);
    buf_printf(&t, "static delayc_rt_batch_site \001b%d_site = DELAYC_RT_BATCH_SITE(%lld, %ld); "
               "int \001b%d_n = 0, \001b%d_k = 0; long \001b%d_g = 0; %s \001b%d_lo = 0; ",
               b->id, b->est_ns > 0 ? b->est_ns : 0, b->grain, b->id, b->id, b->id, dt, b->id);
    free(ty);
    free(dt);
    return t.s;
  }
  /* members are generated names too: a user's macro named k or f0 must not
   * reach them */
  buf_printf(&t, "struct \001b%d_rec { int \001k; union { ", b->id);
  for (int k = 0; k < b->nsite; k++) {
    Field f[MAXF];
    int n = site_fields(b->site[k], f, MAXF);
    buf_puts(&t, "struct { ");
    for (int i = 0; i < n; i++) buf_printf(&t, "%s \001f%d; ", f[i].type, i);
    if (!n) buf_puts(&t, "char \001f_; ");    /* a struct has a member */
    buf_printf(&t, "} \001s%d; ", k);
    fields_free(f, n);
  }
  buf_printf(&t, "} \001u; }; static delayc_rt_batch_site \001b%d_site = DELAYC_RT_BATCH_SITE(%lld, %ld); "
             "void *\001b%d = 0; int \001b%d_n = 0, \001b%d_cap = 0, \001b%d_k = 0; long \001b%d_g = 0; ",
             b->id, b->est_ns > 0 ? b->est_ns : 0, b->grain, b->id, b->id, b->id, b->id, b->id);
  if (nbox) buf_printf(&t, "delayc_rt_region \001b%d_box[%d] = {{0}}; ", b->id, nbox);
  return t.s;
}

/* The grown regions of the batch's first k sites: the first box of site k. */
static int boxes_before(Batch *b, int k) {
  int n = 0;
  for (int j = 0; j < k; j++)
    for (int i = 0; i < b->site[j]->ndep; i++) n += batch_dep(b, &b->site[j]->dep[i]) == BDEP_REGION;
  return n;
}

static int nboxes(Batch *b) { return boxes_before(b, b->nsite); }

/* The dependencies every call has alike, once: their objects merged. */
static int once_deps(Batch *b, Dep **out) {
  Dep *d = NULL;
  int n = 0;
  for (int k = 0; k < b->nsite; k++)
    for (int i = 0; i < b->site[k]->ndep; i++) {
      Dep *x = &b->site[k]->dep[i];
      if (batch_dep(b, x) != BDEP_ONCE) continue;
      int j = 0;
      while (j < n && d[j].obj != x->obj) j++;
      if (j < n) {
        if (d[j].acc != x->acc) d[j].acc = ACC_INOUT;
        if (d[j].update != x->update) d[j].update = 0;
        continue;
      }
      d = xrealloc(d, (size_t)(n + 1) * sizeof *d);
      d[n++] = *x;
    }
  *out = d;
  return n;
}

/* The batch's task pragma, in pr: firstprivate(first, the hook's id, the grown
 * regions' token), what its calls share, the dependencies named once and the
 * grown regions'.  1 when a depend clause uses an iterator. */
static int is_local(Batch *b, Obj *o) {
  for (int q = 0; o && q < b->nlocal; q++)
    if (b->local[q] == o) return 1;
  return 0;
}

static int batch_pragma(Buf *pr, Batch *b, Dep *once, int nonce, int nbox, const char *first) {
  buf_printf(pr, "omp task default(shared) firstprivate(%s", first);
  if (nbox) buf_puts(pr, ", \001rt");
  buf_puts(pr, ")");
  char **sh = NULL;                  /* what the calls share, each name once */
  int nsh = 0;
  for (int k = 0; k < b->nsite; k++)
    for (int i = 0; i < b->site[k]->ncap; i++) {
      Capture *c = &b->site[k]->cap[i];
      if (c->kind != CAP_REF || (b->range && is_local(b, c->data))) continue;   /* a range's own results */
      char *nm = c->data ? lower_storage(c->data) : xstrdup(c->name);
      int dup = 0;
      for (int j = 0; j < nsh && !dup; j++) dup = !strcmp(sh[j], nm);
      if (dup) {
        free(nm);
        continue;
      }
      sh = xrealloc(sh, (size_t)(nsh + 1) * sizeof *sh);
      sh[nsh++] = nm;
    }
  for (int j = 0; j < nsh; j++) {
    buf_printf(pr, "%s%s", j ? ", " : " shared(", sh[j]);
    free(sh[j]);
  }
  if (nsh) buf_puts(pr, ")");
  free(sh);
  int iter = omp_dep_clauses(pr, b->f, once, nonce);
  if (nbox) {
    buf_puts(pr, " depend(out: *\001rt) depend(iterator(int \001j = 0:\001np), in: *\001pt[\001j])");
    iter = 1;
  }
  return iter;
}

/* The batch's spawn hook (instrumentation: its grown regions, the
 * dependencies named once) and its grown regions registered, in t. */
static void spawn_hook(Lower *l, Batch *b, Buf *t, Dep *once, int nonce, int nbox, const char *label, unsigned line) {
  Buf items = {0};
  buf_add(&items, "", 0);
  int nitem = target_dep_items(&items, l->f, once, nonce);
  char *boxes = nbox ? fmt("\001b%d_box", b->id) : xstrdup("0");
  if (nitem)
    buf_printf(t, "long \001tid = DELAYC_RT__ON() ? delayc_rt_batch_spawn(\"%s\", %u, %d, %s, %d, "
               "(const delayc_rt_dep[]){ %s }) : 0L; ", label, line, nbox, boxes, nitem, items.s + 2);
  else
    buf_printf(t, "long \001tid = DELAYC_RT__ON() ? delayc_rt_batch_spawn(\"%s\", %u, %d, %s, 0, 0) : 0L; ",
               label, line, nbox, boxes);
  free(items.s);
  free(boxes);
  if (nbox)
    buf_printf(t, "int \001np; char **\001pt; char *\001rt = delayc_rt_batch_regions(&\001rg, %d, \001b%d_box, "
               "&\001np, &\001pt); ", nbox, b->id);
}

/* The task that runs a full buffer. */
static char *range_flush_text(Lower *l, Batch *b);

static char *flush_text(Lower *l, Batch *b) {
  if (b->range) return range_flush_text(l, b);
  int id = b->id, nbox = nboxes(b);
  char *label = label_literal(b->label);
  unsigned line = b->site[0]->line;
  Buf t = {0};
  buf_printf(&t, "{ struct \001b%d_rec *\001r = \001b%d; int \001n = \001b%d_n; \001b%d = 0; \001b%d_n = 0; "
             "\001b%d_cap = 0; \001b%d_k++; ", id, id, id, id, id, id, id);
  Dep *once;
  int nonce = once_deps(b, &once);
  spawn_hook(l, b, &t, once, nonce, nbox, label, line);
  /* the pragma */
  Buf pr = {0};
  int iter = batch_pragma(&pr, b, once, nonce, nbox, "\001r, \001n, \001tid");
  free(once);
  char *pe = label_literal(pr.s);
  free(pr.s);
  buf_printf(&t, "DELAYC_RT_SPAWNED(\001sp) %s_Pragma(\"%s\") { %sDELAYC_RT_TASK_BEGIN_ID(\001tid, \"%s\", %u); "
             "long \001bt0 = delayc_rt_batch_start(&\001b%d_site); for (int \001q = 0; \001q < \001n; \001q++) { "
             "struct \001b%d_rec *\001e = &\001r[\001q]; (void)\001e; ",
             iter ? "DELAYC_RT_TASK_RANGE_BEGIN " : "", pe, iter ? "DELAYC_RT_TASK_RANGE_END " : "", label, line, id, id);
  free(pe);
  if (b->nsite > 1) buf_puts(&t, "switch (\001e->\001k) { ");
  for (int k = 0; k < b->nsite; k++) {
    Site *s = b->site[k];
    Field fl[MAXF];
    int n = site_fields(s, fl, MAXF);
    if (b->nsite > 1) buf_printf(&t, "case %d: ", k);
    buf_puts(&t, "{ DELAYC_RT_REPLAY_BEGIN ");
    for (int i = 0; i < n; i++)     /* (void): a copy only a dependency named is not read */
      buf_printf(&t, "__typeof__(\001e->\001u.\001s%d.\001f%d) %s = \001e->\001u.\001s%d.\001f%d; (void)%s; ", k, i,
                 fl[i].name, k, i, fl[i].name);
    char *run = task_run(l, s, NULL, NULL);
    buf_printf(&t, "%sDELAYC_RT_REPLAY_END } ", run);
    free(run);
    if (b->nsite > 1) buf_puts(&t, "break; ");
    fields_free(fl, n);
  }
  if (b->nsite > 1) buf_puts(&t, "} ");
  buf_printf(&t, "} delayc_rt_batch_done(&\001b%d_site, \001bt0, \001n, \001r); %sDELAYC_RT_TASK_END_ID(\001tid, \"%s\", %u); } } ",
             id, nbox ? "delayc_rt_region_done(\001rt); " : "", label, line);
  free(label);
  return t.s;
}

/* The variables n names (each once in names), but the index. */
static void arg_names(Node *n, CXCursor ivar, Batch *b, char ***names, int *nn) {
  for (int k = 0; k < b->nread; k++)
    if (b->read[k] == n) return;              /* X[i]: read from the copy */
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    enum CXCursorKind k = clang_getCursorKind(d);
    int own = 0;                              /* a result of the body's: the task's own */
    for (int q = 0; q < b->nlocal; q++) own |= clang_equalCursors(b->local[q]->decl, d);
    if ((k == CXCursor_VarDecl || k == CXCursor_ParmDecl) && !clang_equalCursors(d, ivar) && !own) {
      char *nm = fe_spelling(d);
      int dup = 0;
      for (int i = 0; i < *nn && !dup; i++) dup = !strcmp((*names)[i], nm);
      if (dup) {
        free(nm);
      } else {
        *names = xrealloc(*names, (size_t)(*nn + 1) * sizeof **names);
        (*names)[(*nn)++] = nm;
      }
    }
  }
  for (int i = 0; i < n->nkid; i++) arg_names(n->kid[i], ivar, b, names, nn);
}

/* The name of a range batch's induction variable (the user's). */
static char *ivar_name(Batch *b) { return fe_spelling(b->ivar); }

/* A range batch's task: the calls of iterations lo .. lo + n - 1, their
 * arguments evaluated there (made of the index and values the loop does not
 * change, copied at the spawn). */
static char *range_flush_text(Lower *l, Batch *b) {
  int id = b->id;
  char *label = label_literal(b->label);
  unsigned line = b->site[0]->line;
  char *iv = ivar_name(b);
  Buf t = {0};
  buf_printf(&t, "{ __typeof__(\001b%d_lo) \001lo = \001b%d_lo; int \001n = \001b%d_n; \001b%d_n = 0; \001b%d_k++; ",
             id, id, id, id, id);
  Dep *once;
  int nonce = once_deps(b, &once);
  /* the regions X[lo] .. X[lo + n - 1] of the calls' X[i] */
  int nbox = nboxes(b);
  if (nbox) {
    buf_printf(&t, "delayc_rt_region \001b%d_box[%d] = { ", id, nbox);
    for (int k = 0, j = 0; k < b->nsite; k++)
      for (int i = 0; i < b->site[k]->ndep; i++) {
        Dep *d = &b->site[k]->dep[i];
        if (batch_dep(b, d) != BDEP_REGION) continue;
        char *x = lower_access(d->obj);
        buf_printf(&t, "%s{ (const void *)&%s[\001lo], (size_t)\001n * sizeof(%s[0]), %d, 0, 0 }", j++ ? ", " : "", x, x,
                   region_write(d));
        free(x);
      }
    buf_puts(&t, " }; ");
  }
  spawn_hook(l, b, &t, once, nonce, nbox, label, line);
  /* the elements the arguments read, copied now: the calls read the copy */
  Buf first = {0};
  buf_puts(&first, "\001lo, \001n, \001tid");
  Edits ed = {0};
  for (int k = 0; k < l->ed.n; k++) ed_replace(&ed, l->ed.e[k].beg, l->ed.e[k].end, l->ed.e[k].text);
  for (int k = 0; k < b->nread; k++) {
    char *x = render(l, fe_strip(b->read[k]->kid[0]));
    buf_printf(&t, "__typeof__((%s)[0]) *\001c%d = delayc_rt_batch_copy(&(%s)[\001lo], (size_t)\001n * sizeof (%s)[0]); ",
               x, k, x, x);
    buf_printf(&first, ", \001c%d", k);
    char *cp = fmt("\001c%d[\001q]", k);
    ed_replace(&ed, b->read[k]->beg, b->read[k]->end, cp);
    free(cp);
    free(x);
  }
  ed_sort(&ed);
  /* what the calls copy, their arguments' variables included: the loop's
   * unchanged values, at the spawn */
  char **seen = NULL;
  int nseen = 0;
  for (int k = 0; k < b->nsite; k++) {
    for (int i = 0; i < b->site[k]->ncap; i++) {
      Capture *c = &b->site[k]->cap[i];
      if (c->kind != CAP_VALUE || c->data || clang_equalCursors(c->decl, b->ivar)) continue;
      int own = 0;
      for (int q = 0; q < b->nlocal; q++) own |= clang_equalCursors(b->local[q]->decl, c->decl);
      if (own) continue;
      int dup = 0;
      for (int j = 0; j < nseen && !dup; j++) dup = !strcmp(seen[j], c->name);
      if (dup) continue;
      seen = xrealloc(seen, (size_t)(nseen + 1) * sizeof *seen);
      seen[nseen++] = xstrdup(c->name);
    }
    for (int i = 0; i < b->site[k]->narg; i++) arg_names(b->site[k]->arg[i], b->ivar, b, &seen, &nseen);
  }
  for (int j = 0; j < nseen; j++) {
    buf_printf(&first, ", %s", seen[j]);
    free(seen[j]);
  }
  free(seen);
  Buf pr = {0};
  int iter = batch_pragma(&pr, b, once, nonce, nbox, first.s);
  free(first.s);
  free(once);
  char *pe = label_literal(pr.s);
  free(pr.s);
  buf_printf(&t, "DELAYC_RT_SPAWNED(\001sp) %s_Pragma(\"%s\") { %sDELAYC_RT_TASK_BEGIN_ID(\001tid, \"%s\", %u); "
             "long \001bt0 = delayc_rt_batch_start(&\001b%d_site); for (int \001q = 0; \001q < \001n; \001q++) { "
             "DELAYC_RT_REPLAY_BEGIN __typeof__(\001lo) %s = (__typeof__(\001lo))(\001lo + \001q); (void)%s; ",
             iter ? "DELAYC_RT_TASK_RANGE_BEGIN " : "", pe, iter ? "DELAYC_RT_TASK_RANGE_END " : "", label, line,
             b->id, iv, iv);
  free(pe);
  /* the body's results, this call's */
  for (int q = 0; q < b->nlocal; q++) {
    Obj *o = b->local[q];
    char *ty = decl_type(o->type), *acc = lower_access(o);
    if (o->slot) {
      char *st = lower_storage(o);
      buf_printf(&t, "%s \001v%d; %s *%s = &\001v%d; ", ty, q, ty, st, q);
      free(st);
    } else {
      buf_printf(&t, "%s %s; ", ty, acc);
    }
    free(ty);
    free(acc);
  }
  for (int k = 0; k < b->nsite; k++) {
    Site *s = b->site[k];
    char *args = task_args(l, s, &ed);
    char *run = task_run(l, s, NULL, NULL);
    buf_printf(&t, "{ %s%s} ", args, run);
    free(args);
    free(run);
  }
  buf_puts(&t, "DELAYC_RT_REPLAY_END } if (DELAYC_RT__ON()) delayc_rt_batch_range((long)\001lo); ");
  for (int k = 0; k < b->nread; k++) buf_printf(&t, "delayc_rt_batch_free((void *)\001c%d); ", k);
  buf_printf(&t, "delayc_rt_batch_done(&\001b%d_site, \001bt0, \001n, 0); %sDELAYC_RT_TASK_END_ID(\001tid, \"%s\", %u); } } ",
             id, nbox ? "delayc_rt_region_done(\001rt); " : "", label, line);
  for (int k = 0; k < ed.n; k++) free(ed.e[k].text);
  free(ed.e);
  free(label);
  free(iv);
  return t.s;
}

/* Before a call's argument wait (its arguments read memory a task may write):
 * pending records that write what the wait names are spawned first, so that
 * the wait finds them. */
char *omp_batch_guard(Lower *l, Site *s) {
  Batch *b = s->batch;
  int nbox = nboxes(b);
  if (!s->argwait || !nbox) return xstrdup("");
  Buf t = {0};
  buf_add(&t, "", 0);
  char *flush = flush_text(l, b);
  for (int i = 0; i < s->argwait->ndep; i++) {
    Dep *d = &s->argwait->dep[i];
    if (!d->obj->regions || d->unneeded) continue;
    if (d->string) {              /* a string's length: not known before the wait */
      buf_printf(&t, "if (\001b%d_n) %s", b->id, flush);
      continue;
    }
    char *init = lower_region_init(l->f, d);
    buf_printf(&t, "if (\001b%d_n && delayc_rt_region_overlap(\001b%d_box, %d, &(const delayc_rt_region)%s)) %s",
               b->id, b->id, nbox, init, flush);
    free(init);
  }
  free(flush);
  return t.s;
}

char *omp_batch_flush(Lower *l, Batch *b) {
  char *flush = flush_text(l, b);
  char *r = fmt("if (\001b%d_n) %s", b->id, flush);
  free(flush);
  return r;
}

char *omp_batch_call(Lower *l, Site *s) {
  Batch *b = s->batch;
  int id = b->id, k = s->batch_k;
  Buf t = {0};
  if (b->range) {                 /* the iteration's first call counts it; the task makes the calls */
    if (k) return xstrdup("");
    char *iv = ivar_name(b);
    buf_printf(&t, "{ if (!\001b%d_n) { \001b%d_g = delayc_rt_batch_grain(&\001b%d_site, \001b%d_k); \001b%d_lo = %s; } "
               "\001b%d_n++; } ", id, id, id, id, id, iv, id);
    free(iv);
    return t.s;
  }
  /* a tile of other rows than the batch's (DELAYED_*_2D): the batch is
   * spawned first (its box stays a block of rows, apart from the next's) */
  buf_puts(&t, "{ ");
  int box0 = boxes_before(b, k);
  for (int i = 0; i < s->ndep; i++) {
    if (batch_dep(b, &s->dep[i]) != BDEP_REGION) continue;
    if (s->dep[i].rows) {
      char *init = lower_region_init(l->f, &s->dep[i]), *flush = flush_text(l, b);
      buf_printf(&t, "if (\001b%d_n && !delayc_rt_region_joins(&\001b%d_box[%d], &(const delayc_rt_region)%s)) %s", id,
                 id, box0, init, flush);
      free(init);
      free(flush);
    }
    box0++;
  }
  buf_printf(&t, "if (!\001b%d_n) \001b%d_g = delayc_rt_batch_grain(&\001b%d_site, \001b%d_k); "
             "struct \001b%d_rec *\001e = delayc_rt_batch_push(&\001b%d, &\001b%d_n, &\001b%d_cap, sizeof *\001e, \001b%d_g); "
             "\001e->\001k = %d; ", id, id, id, id, id, id, id, id, id, k);
  Field fl[MAXF];
  int n = site_fields(s, fl, MAXF);
  for (int i = 0; i < n; i++) buf_printf(&t, "\001e->\001u.\001s%d.\001f%d = %s; ", k, i, fl[i].name);
  fields_free(fl, n);
  /* the call's regions grow the batch's: box numbers in the order of the sites */
  int box = boxes_before(b, k);
  for (int i = 0; i < s->ndep; i++) {
    if (batch_dep(b, &s->dep[i]) != BDEP_REGION) continue;
    char *init = lower_region_init(l->f, &s->dep[i]);
    buf_printf(&t, "delayc_rt_region_grow(&\001b%d_box[%d], &(const delayc_rt_region)%s); ", id, box++, init);
    free(init);
  }
  buf_puts(&t, "} ");
  return t.s;
}

/* A label, case or goto anywhere in the function: a jump may enter a block
 * past its declarations. */
static int enters(Node *n) {
  if (n->kind == CXCursor_LabelStmt || n->kind == CXCursor_CaseStmt || n->kind == CXCursor_DefaultStmt ||
      n->kind == CXCursor_GotoStmt || n->kind == CXCursor_IndirectGotoStmt)
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (enters(n->kid[i])) return 1;
  return 0;
}

static int within(Node *n, Node *loop) { return n->beg >= loop->beg && n->end <= loop->end; }

/* May a full buffer also be spawned where an iteration of loop L (inside the
 * batch's loop, around a call) starts?  When every dependency the batch
 * leaves to its own order is on data declared in L (or a temporary of a call
 * in L): records split there need no order between them (a pass loop around
 * a row loop: batches of rows, not one batch a pass). */
static int inner_flush_ok(Batch *b, Node *L) {
  if (b->range) return 0;
  for (int k = 0; k < b->nsite; k++)
    for (int j = 0; j < b->site[k]->ndep; j++) {
      Dep *d = &b->site[k]->dep[j];
      if (d->unneeded || batch_dep(b, d) != BDEP_SKIP) continue;
      Obj *o = d->obj;
      int in = 0;
      if (o->temp) {
        for (int i = 0; i < b->f->nsite; i++)
          if (b->f->site[i]->id == o->temp_site) in = within(b->f->site[i]->stmt, L);
      } else {
        in = o->declnode && within(o->declnode, L) && !o->escaped;
      }
      if (!in) return 0;
    }
  return 1;
}

/* `check` where each iteration of loop's body starts */
static void place_check(Lower *l, Node *loop, const char *check) {
  unsigned ob, cb;
  Node *body = loop->kind == CXCursor_DoStmt ? loop->kid[0] : loop->kid[loop->nkid - 1];
  if (fe_braces(l->u, body, &ob, &cb)) ed_insert(&l->out, ob, check);
  else {                          /* a statement alone: braces of its own (inside a wrap's) */
    char *open = fmt("{ %s", check);
    ed_insert(&l->out, body->beg, open);
    ed_insert(&l->out, fe_stmt_end(l->u, body), " }");
    free(open);
  }
}

/* The batch is spawned when full only where an iteration starts: a call's
 * record and the records of the calls it feeds (through data declared in the
 * loop) are then in one batch, in their order.  Loops inside it, around its
 * calls, start iterations too where that order allows (inner_flush_ok). */
void omp_batch_place(Lower *l, Batch *b) {
  /* the declarations open the loop's block: text before the loop on its line
   * would move its columns, and after the statement before it could look like
   * that statement's body (-Wmisleading-indentation) */
  char *decls = batch_decls(b, nboxes(b));
  unsigned ob, cb, pos = b->loop->beg;
  /* `if (c) for (...)`, or a block a case label or a goto may enter past its
   * opening: braces of its own around the loop, so nothing jumps past them */
  int wrap = b->loop->parent->kind != CXCursor_CompoundStmt || enters(l->f->body);
  if (!wrap && fe_braces(l->u, b->loop->parent, &ob, &cb)) pos = ob;
  char *d = fmt(wrap ? "{ %s" : " %s", decls);
  if (wrap) ed_insert_first(&l->out, pos, d);   /* around the braces a wait before the loop gets */
  else ed_insert(&l->out, pos, d);
  free(d);
  free(decls);
  char *flush = flush_text(l, b);
  char *check = fmt("if (\001b%d_n && \001b%d_n >= \001b%d_g) %s", b->id, b->id, b->id, flush);
  place_check(l, b->loop, check);
  Node *done[64];
  int ndone = 0;
  for (int k = 0; k < b->nsite; k++)
    for (Node *n = b->site[k]->stmt->parent; n && n != b->loop && ndone < 64; n = n->parent) {
      if (!is_loop(n) || !within(n, b->loop)) continue;
      int seen = 0;
      for (int i = 0; i < ndone; i++) seen |= done[i] == n;
      if (seen) continue;
      done[ndone++] = n;
      if (inner_flush_ok(b, n)) place_check(l, n, check);
    }
  free(check);
  char *after = fmt(" if (\001b%d_n) %s%s", b->id, flush, wrap ? "}" : "");
  place_after(l, b->loop, after);         /* after the braces a wrapped body got */
  free(after);
  free(flush);
}
