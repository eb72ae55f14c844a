/* pthreads.c — the pthreads target (--target=pthreads): the plan on the
 * runtime's own scheduler (runtime/delayc_task.h), no OpenMP needed.
 * Callbacks over the plan; place.c puts their text where it goes.
 *
 *   - a task becomes an outlined function (outline.c), spawned with
 *     `dct_spawn(label, line, <p>task<K>, &cap, sizeof cap, n, deps)` and the
 *     task's accesses as the runtime's dependence list (spawn_hook.c);
 *   - a targeted wait is dct_wait_deps(n, deps): it waits for the tasks that
 *     conflict with the items, as `taskwait depend` does; a full one is
 *     dct_wait(), every task this thread spawned;
 *   - no region at entry: the pool starts itself, and a thread waiting in
 *     dct_wait runs tasks.
 * A task that cannot move out of its function (outline.c says which) runs in
 * place after a dct_wait(): correct, serial.  Input that uses
 * OpenMP itself is refused. */
#define _GNU_SOURCE
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

static char *pt_task(Lower *l, Site *s, const char *label, const char *run) {
  char *r = outline_site(l, l->target, s, label);
  if (r) return r;
  an_explain(l->a, s->call ? s->call : s->stmt, "--target=pthreads: call of '%s' runs in place, after every earlier "
             "task: its task cannot move out of '%s' into a function of its own (it uses a type, or a variable "
             "through a macro, that only '%s' knows); --target=openmp makes it a task", s->callee_text, l->f->name,
             l->f->name);
  return fmt("{ dct_wait(); %s} ", run);      /* in place, after every earlier task */
}

static void pt_fused_loop(Lower *l, Site *s) { outline_fused_loop(l, l->target, s, 1, "dct_wait(); "); }

/* A targeted wait waits for the tasks that conflict with its items only
 * (dct_wait_deps: an empty task with those dependencies), as OpenMP's
 * `taskwait depend` does; a full one for every task. */
static char *pt_wait(Lower *l, Dep *dep, int ndep, int full) {
  if (full) return xstrdup("dct_wait(); ");
  if (!ndep) return xstrdup("");
  Buf b = {0};
  buf_add(&b, "", 0);
  int n = target_dep_items(&b, l->f, dep, ndep);
  char *r = n ? fmt("{ const delayc_rt_dep \001wd[] = { %s }; dct_wait_deps(%d, \001wd); } ", b.s + 2, n)
              : xstrdup("");
  free(b.s);
  return lower_string_wait(l->f, dep, ndep, r);
}

static const TargetOps pt_ops = {
  .includes = "#include \"delayc_task.h\"\n\n",
  .exit_wait = "if (\001sp) { dct_wait(); } ",
  .wait = pt_wait,
  .task = pt_task,
  .fused_loop = pt_fused_loop,
  .loop_arenas = 1,
};

/* Does the file hold `#pragma omp`? */
static int uses_openmp(Unit *u) {
  for (const char *q = u->src; (q = memmem(q, u->len - (size_t)(q - u->src), "pragma", 6)); q += 6) {
    const char *r = q + 6;
    while (*r == ' ' || *r == '\t') r++;
    if (!strncmp(r, "omp", 3)) return 1;
  }
  return 0;
}

char *lower_pthreads(Analysis *a, size_t *outlen) {
  if (uses_openmp(a->u)) {
    error("'%s' uses OpenMP itself; --target=pthreads cannot lower it (use --target=openmp)", a->u->path);
    return NULL;
  }
  Outliner pt = { .spawn = "dct_spawn", .deps = target_dep_items };
  char *r = lower_file(a, &pt_ops, &pt, outlen);
  free(pt.declared);
  return r;
}
