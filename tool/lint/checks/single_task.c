/* single_task.c — delayed-single-task: a function that spawns exactly one
 * task and then waits for it.
 *
 * Dask: a graph of one task is a function call with overhead — nothing runs
 * beside it.  Found: a function (not itself delayed: delayed-nested covers
 * those) with exactly one delayed call, outside any loop, whose result is then
 * read or computed before any other work is done (statements in between that
 * call a function or loop count as work that overlaps the task), unless that
 * task spawns tasks itself (the root of a recursion with a cutoff).  Reported
 * at the call; the note points at the wait. */
#include "lint/lint.h"
#include "analysis/tree.h"

#include <stdlib.h>

static int has_work(Node *n) {
  if (n->kind == CXCursor_CallExpr && !model_is_marker(n, "compute")) return 1;
  if (model_is_loop(n)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_work(n->kid[i])) return 1;
  return 0;
}

static int has_compute(Node *n) {
  if (model_is_marker(n, "compute")) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_compute(n->kid[i])) return 1;
  return 0;
}

/* The first statement after the call's that waits for it, with no work between. */
static Node *wait_after(LFunc *f, LCall *c) {
  Node *st = c->stmt, *blk = st->parent;
  if (!blk || blk->kind != CXCursor_CompoundStmt) return NULL;
  int i = 0;
  while (i < blk->nkid && blk->kid[i] != st) i++;
  for (i++; i < blk->nkid; i++) {
    Node *s = blk->kid[i];
    if (has_compute(s)) return s;
    if (c->use == RES_VAR || c->use == RES_ELEM) {
      Node *r = model_first_read(f, s, c->target);
      if (r) return r;
    }
    for (int j = 0; j < c->nouts; j++) {
      Node *r = model_first_read(f, s, c->outs[j]);
      if (r) return r;
    }
    if (has_work(s)) return NULL;
  }
  return NULL;
}

/* Does the task's function spawn tasks of its own (a recursion with a
 * cutoff, a driver of a graph)?  Then the one task is the root of many. */
static int spawns_more(Lint *L, LCall *c) {
  if (!c->ce) return 0;
  for (int i = 0; i < L->m->nfn; i++)
    if (clang_equalCursors(clang_getCanonicalCursor(L->m->fn[i].cur), c->ce->cur)) return L->m->fn[i].ncall > 0;
  return 0;
}

void check_single_task(Lint *L) {
  for (int i = 0; i < L->m->nfn; i++) {
    LFunc *f = &L->m->fn[i];
    if (f->delayed || f->ncall != 1 || has_back_goto(f->body, f->body)) continue;   /* a goto loop spawns many */
    LCall *c = &f->call[0];
    if (c->loop || c->after || spawns_more(L, c)) continue;
    const char *name = c->ce ? c->ce->label : "a function pointer";
    Node *w = c->use == RES_USED ? c->call : wait_after(f, c);
    if (!w) continue;
    Finding *x = lint_report(L, c->call, "'%s' spawns only this task of '%s' and then waits for it: nothing runs in "
                             "parallel; call it directly, or spawn more work before the wait", f->name, name);
    if (w != c->call) lint_note(x, w->beg, "the wait for it is here");
  }
}
