/* openmp.c — the OpenMP target (the default): callbacks over the plan that
 * write each task as `_Pragma("omp task ... depend(...)")` and each wait as a
 * `taskwait depend(...)`; place.c puts their text where it goes.
 *
 *   - at entry, a parallel region when the function is not already inside one
 *     (and the plan's entry policy allows it): the function calls itself once
 *     from `parallel` + `master`, so the body runs on the calling thread;
 *   - a task: the run-time hook announcing it (spawn_hook.c), then the task
 *     with its captures as firstprivate (copied at the spawn: the argument
 *     temporaries, the captures by value, the hook's id) and shared clauses,
 *     and its accesses as depend clauses;
 *   - a wait: DELAYC_RT_WAIT(depend(...)) (delayc_rt.h knows the runtimes
 *     where `taskwait depend` is unsafe), a plain taskwait where the extent is
 *     unknown;
 *   - at every exit, a taskwait when the call spawned anything;
 *   - a loop of small tasks: batches of them (openmp_batch.c).
 * `_Pragma` keeps everything on the original lines. */
#include "lower/lower.h"
#include "analysis/analysis.h"

#include <stdlib.h>
#include <string.h>

/* ---- dependencies as clauses ---- */

static const char *acc_name(Acc a) { return a == ACC_IN ? "in" : a == ACC_OUT ? "out" : "inout"; }

/* The depend clauses naming dep's items, appended to b; 1 if one needed an
 * iterator. */
int omp_dep_clauses(Buf *b, Func *f, Dep *dep, int ndep) {
  int iter = 0;
  for (int pass = 0; pass < 3; pass++) {
    Acc want = (Acc)pass;
    Buf items = {0};
    buf_add(&items, "", 0);
    for (int i = 0; i < ndep; i++) {
      Dep *d = &dep[i];
      if (d->acc != want || d->unneeded || d->obj->regions) continue;   /* regions: region_spawn */
      Obj *o = d->obj;
      char *acc = lower_access(o);
      char *index = lower_expr(f, d->index), *start = lower_expr(f, d->start), *count = lower_expr(f, d->count);
      if (o->voidp) {             /* void *: its elements are bytes */
        char *t = fmt("((char *)%s)", acc);
        free(acc);
        acc = t;
      }
      int token = o->kind != OBJ_SCALAR && !o->elementwise;
      if (o->kind == OBJ_SCALAR) {
        buf_printf(&items, "%s%s", items.len ? ", " : "", acc);
      } else if (token) {
        buf_printf(&items, "%s%s[0]", items.len ? ", " : "", acc);
      } else if ((o->blocked || o->ranged) && count) {   /* a block's or a range's first element */
        buf_printf(&items, "%s%s[%s]", items.len ? ", " : "", acc, start ? start : "0");
      } else if (o->blocked && index) {    /* the block holding the element */
        buf_printf(&items, "%s%s[(%s) / %lld * %lld]", items.len ? ", " : "", acc, index, o->blocked, o->blocked);
      } else if (o->blocked) {                /* every block of the array */
        iter = 1;
        buf_printf(b, " depend(iterator(long \001k = 0:%lld), %s: %s[\001k * %lld])", o->nelem / o->blocked,
                   acc_name(want), acc, o->blocked);
      } else if (index) {
        buf_printf(&items, "%s%s[%s]", items.len ? ", " : "", acc, index);
      } else if (count) {      /* a constant of at most DELAYC_ITER_MAX (range_modes) */
        iter = 1;
        if (d->nconst > 0)
          buf_printf(b, " depend(iterator(long \001k = 0:%lld), %s: %s[(%s) + \001k])", d->nconst,
                     acc_name(want), acc, start ? start : "0");
        else
          buf_printf(b, " depend(iterator(long \001k = 0:(%s)), %s: %s[(%s) + \001k])", count,
                     acc_name(want), acc, start ? start : "0");
      } else {
        iter = 1;
        buf_printf(b, " depend(iterator(long \001k = 0:%lld), %s: %s[\001k])", o->nelem, acc_name(want), acc);
      }
      free(acc);
      free(index);
      free(start);
      free(count);
    }
    if (items.len) buf_printf(b, " depend(%s: %s)", acc_name(want), items.s);
    free(items.s);
  }
  return iter;
}

/* ---- run-time regions (runtime/task_regions.c) ---- */

/* Before a task with dependencies on objects of run-time regions: the runtime
 * registers its regions and lists the live tasks it must follow; *clauses gets
 * the task's token as depend(out:) and those tasks' tokens as depend(in:)
 * through an iterator.  "" when the task has none. */
static char *region_spawn(Lower *l, Site *s, char **clauses) {
  Buf r = {0};
  buf_add(&r, "", 0);
  int n = 0;
  for (int i = 0; i < s->ndep; i++) {
    if (!s->dep[i].obj->regions || s->dep[i].unneeded) continue;
    char *init = lower_region_init(l->f, &s->dep[i]);
    buf_printf(&r, "%s%s", n++ ? ", " : "", init);
    free(init);
  }
  if (!n) {
    free(r.s);
    *clauses = xstrdup("");
    return xstrdup("");
  }
  /* every 8 tasks it must follow count as one more spawned for the throttle
   * (DELAYC_RT_SPAWNED): libgomp's and libomp's work per pending task grows
   * with the dependencies the pending tasks share (tiles of one band, each
   * following the 64 readers of the last step: 20x slower at 2 threads when
   * 4096 such tasks were let pend); a task following a few (sparselu's) adds
   * nothing, as waiting more often would cost it the overlap */
  char *t = fmt("int \001np; char **\001pt; char *\001rt = delayc_rt_region_task(&\001rg, %d, "
                "(const delayc_rt_region[]){ %s }, &\001np, &\001pt); \001sp += \001np >> 3; ", n, r.s);
  *clauses = xstrdup(" firstprivate(\001rt) depend(out: *\001rt) depend(iterator(int \001j = 0:\001np), in: *\001pt[\001j])");
  free(r.s);
  return t;
}

/* Ordinary code about to touch a region waits for the live tasks that overlap
 * it, one by one (no iterator in a wait: gcc 12 warns on its array). */
static void region_waits(Buf *b, Lower *l, Dep *dep, int ndep) {
  for (int i = 0; i < ndep; i++) {
    if (!dep[i].obj->regions || dep[i].unneeded) continue;
    char *init = lower_region_init(l->f, &dep[i]);
    buf_printf(b, "{ char **\001pw; int \001nw = delayc_rt_region_wait_list(&\001rg, &(const delayc_rt_region)%s, &\001pw); "
                  "for (int \001j = 0; \001j < \001nw; \001j++) { DELAYC_RT_WAIT(depend(in: *\001pw[\001j])) } } ", init);
    free(init);
  }
}

/* A targeted wait goes through DELAYC_RT_WAIT (delayc_rt.h), which knows the
 * runtimes where `taskwait depend` is unsafe. */
static char *omp_wait(Lower *l, Dep *dep, int ndep, int full) {
  if (full) return xstrdup("_Pragma(\"omp taskwait\") ");
  if (!ndep) return xstrdup("");
  Buf b = {0}, w = {0};
  buf_add(&b, "", 0);
  buf_add(&w, "", 0);
  region_waits(&w, l, dep, ndep);
  int iter = omp_dep_clauses(&b, l->f, dep, ndep);
  if (b.len) buf_printf(&w, "%s(%s) ", iter ? "DELAYC_RT_WAIT_RANGE" : "DELAYC_RT_WAIT", b.s + 1);
  free(b.s);
  return lower_string_wait(l->f, dep, ndep, w.s);   /* "": every item orders nothing (deps.c drop_unneeded_deps) */
}

/* ---- data sharing ---- */

typedef struct Names { char **s; int n; } Names;

static void names_add(Names *ns, const char *s) {
  for (int i = 0; i < ns->n; i++)
    if (!strcmp(ns->s[i], s)) return;
  ns->s = xrealloc(ns->s, (size_t)(ns->n + 1) * sizeof *ns->s);
  ns->s[ns->n++] = xstrdup(s);
}

static void names_free(Names *ns) {
  for (int i = 0; i < ns->n; i++) free(ns->s[i]);
  free(ns->s);
}

static void clause(Buf *b, const char *kw, Names *ns) {
  if (!ns->n) return;
  buf_printf(b, " %s(", kw);
  for (int i = 0; i < ns->n; i++) buf_printf(b, "%s%s", i ? ", " : "", ns->s[i]);
  buf_puts(b, ")");
}

/* `omp task` with its clauses: firstprivate the argument temporaries (unless
 * args is 0), the captures by value and the hook's id; shared the captures by
 * reference; the depend clauses.  *iter: an iterator was needed. */
static char *task_pragma(Lower *l, Site *s, int args, int *iter, const char *more) {
  Names fp = {0}, sh = {0};
  for (int i = 0; args && i < s->narg; i++) {
    if (!lower_copies_arg(s, i)) continue;
    char *at = lower_arg(s->id, i);
    names_add(&fp, at);
    free(at);
  }
  for (int i = 0; i < s->ncap; i++) {
    Capture *c = &s->cap[i];
    char *nm = c->data ? lower_storage(c->data) : xstrdup(c->name);
    names_add(c->kind == CAP_VALUE ? &fp : &sh, nm);
    free(nm);
  }
  names_add(&fp, "\001tid");
  Buf pr = {0};
  buf_puts(&pr, "omp task default(shared)");
  clause(&pr, "firstprivate", &fp);
  clause(&pr, "shared", &sh);
  *iter = omp_dep_clauses(&pr, l->f, s->dep, s->ndep);
  if (*more) {
    buf_puts(&pr, more);
    *iter = 1;
  }
  names_free(&fp);
  names_free(&sh);
  char *pe = label_literal(pr.s);
  free(pr.s);
  return pe;
}

/* `{ hook; sp = 1; _Pragma("omp task ...") { BEGIN; run END; } } ` */
static char *omp_task(Lower *l, Site *s, const char *label, const char *run) {
  if (s->batch) return omp_batch_call(l, s);     /* a record of its loop's batch (openmp_batch.c) */
  int iter;
  char *more, *reg = region_spawn(l, s, &more);
  char *pe = task_pragma(l, s, 1, &iter, more);
  const char *done = *reg ? "delayc_rt_region_done(\001rt); " : "";
  char *hook = target_spawn_hook(l->f, s->dep, s->ndep, label, s->line);   /* run-time instrumentation */
  /* gcc's false -Wdangling-pointer on an iterator's dependence array (delayc_rt.h) */
  const char *rb = iter ? "DELAYC_RT_TASK_RANGE_BEGIN " : "";
  const char *re = iter ? "DELAYC_RT_TASK_RANGE_END " : "";
  char *r = fmt("{ %sDELAYC_RT_SPAWNED(\001sp) %s%s_Pragma(\"%s\") { %sDELAYC_RT_TASK_BEGIN_ID(\001tid, \"%s\", %u); "
                "%s%sDELAYC_RT_TASK_END_ID(\001tid, \"%s\", %u); } } ",
                hook, reg, rb, pe, re, label, s->line, run, done, label, s->line);
  free(reg);
  free(more);
  free(hook);
  free(pe);
  return r;
}

/* A chain of tasks in a for loop (deps.c find_fusions): one task running the
 * loop, whose text stays in place between the task's opening and closing. */
static void omp_fused_loop(Lower *l, Site *s) {
  int iter;
  char *more, *reg = region_spawn(l, s, &more);
  char *pe = task_pragma(l, s, 0, &iter, more);
  char *label = label_literal(s->callee->label);
  char *hook = target_spawn_hook(l->f, s->dep, s->ndep, label, s->line);
  const char *rb = *reg ? "DELAYC_RT_TASK_RANGE_BEGIN " : "";
  const char *re = *reg ? "DELAYC_RT_TASK_RANGE_END " : "";
  char *open = fmt("{ %s\001sp = 1; %s%s_Pragma(\"%s\") { %sDELAYC_RT_TASK_BEGIN_ID(\001tid, \"%s\", %u); ",
                   hook, reg, rb, pe, re, label, s->line);
  char *close = fmt(" %sDELAYC_RT_TASK_END_ID(\001tid, \"%s\", %u); } }", *reg ? "delayc_rt_region_done(\001rt); " : "",
                    label, s->line);
  free(reg);
  free(more);
  place_before(l, s->fuse_loop, PRE_STMT, open);
  place_after(l, s->fuse_loop, close);
  free(open);
  free(close);
  free(hook);
  free(label);
  free(pe);
}

/* A function not already inside a parallel region opens one and calls itself
 * from it, unless the plan says it may not (a longjmp must not leave a region
 * it opened).  The result starts zeroed: gcc -fanalyzer cannot know that the
 * master thread always runs the call. */
static char *omp_entry(Lower *l) {
  Func *f = l->f;
  if (!f->open_region) return xstrdup("");
  Buf args = {0};
  buf_add(&args, "", 0);
  for (int i = 0; i < f->nparam; i++) buf_printf(&args, "%s%s", i ? ", " : "", f->pname[i]);
  char *r;
  if (f->void_result) {
    r = fmt("if (omp_get_level() == 0) { _Pragma(\"omp parallel\") _Pragma(\"omp master\") %s(%s); return; } ",
            f->name, args.s);
  } else {
    char *t = decl_type(f->result);
    r = fmt("if (omp_get_level() == 0) { %s \001r = {0}; _Pragma(\"omp parallel\") _Pragma(\"omp master\") "
            "\001r = %s(%s); return \001r; } ", t, f->name, args.s);
    free(t);
  }
  free(args.s);
  return r;
}

/* The OpenMP target batches the loops of small tasks (analysis/batches.c). */
static void omp_batches(Lower *l) {
  for (int i = 0; i < l->f->nbatch; i++) omp_batch_place(l, l->f->batch[i]);
}

static const TargetOps omp_ops = {
  .includes = "#include <omp.h>\n#include \"delayc_rt.h\"\n",
  /* wait for the tasks this invocation spawned, if it spawned any (the
   * spawn flag: a taskwait costs a runtime call even with no child) */
  .exit_wait = "if (\001sp) { _Pragma(\"omp taskwait\") } ",
  .region_scope = 1,
  .entry = omp_entry,
  .wait = omp_wait,
  .task = omp_task,
  .fused_loop = omp_fused_loop,
  .batch_guard = omp_batch_guard,
  .batches = omp_batches,
  .batch_flush = omp_batch_flush,
  .loop_arenas = 1,
  .in_place = 1,
};

char *lower_omp(Analysis *a, size_t *outlen) { return lower_file(a, &omp_ops, NULL, outlen); }

void adapt_omp(Analysis *a) { an_batches(a); }
