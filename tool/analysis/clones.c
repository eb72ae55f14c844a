/* clones.c — which functions get a serial clone, and which calls use it.
 *
 * Below a DELAYED_CUTOFF the call runs inline; calling the rewritten function
 * there would pay its parallel bookkeeping (omp_get_level, the spawn flag,
 * waits) at every level of the serial recursion.  A rewritten function that
 * such a call reaches — a callee of a site with a cutoff, and every rewritten
 * function a clone calls directly — gets a serial clone: its original text,
 * `static`, its calls of other cloned functions calling their clones.  A
 * function is not cloned when its text does not allow it (the reasons below,
 * said in --explain).  The plan records the decision and where the clone's
 * name and definition go (Func.clone*); the lowering writes it. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>

/* Can f be cloned?  NULL (with where its name is spelled and where the
 * clone's definition goes), or why not (frontend.c says for its text). */
const char *clone_refusal(Unit *u, Func *f, unsigned *name_at, unsigned *def_at) {
  return fe_copy_refusal(u, f->cur, f->root, f->body, name_at, def_at);
}

void plan_clones(Analysis *a) {
  Unit *u = a->u;
  char *mark = xcalloc((size_t)a->nfn + 1, 1);
  /* seeds: callees of sites with a cutoff */
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nsite; k++) {
      Site *s = a->fn[i]->site[k];
      if (s->serial || s->fused || !s->cutoff || !s->callee) continue;
      for (int j = 0; j < a->nfn; j++) if (!strcmp(a->fn[j]->name, s->callee->name)) mark[j] = 1;
    }
  /* and every rewritten function a clone calls directly */
  for (int changed = 1; changed;) {
    changed = 0;
    for (int i = 0; i < a->nfn; i++) {
      if (!mark[i]) continue;
      Node **st = xmalloc(sizeof *st * 64);
      int top = 0, cap = 64;
      st[top++] = a->fn[i]->body;
      while (top) {
        Node *n = st[--top];
        Node *r = fe_direct_callee(n);
        if (r) {
          char *nm = fe_spelling(clang_getCursorReferenced(r->cur));
          for (int j = 0; j < a->nfn; j++)
            if (!mark[j] && !strcmp(a->fn[j]->name, nm)) { mark[j] = 1; changed = 1; }
          free(nm);
        }
        for (int k = 0; k < n->nkid; k++) {
          if (top == cap) { cap *= 2; st = xrealloc(st, sizeof *st * (size_t)cap); }
          st[top++] = n->kid[k];
        }
      }
      free(st);
    }
  }
  for (int i = 0; i < a->nfn; i++) {
    if (!mark[i]) continue;
    Func *f = a->fn[i];
    unsigned name_at, def_at;
    const char *why = clone_refusal(u, f, &name_at, &def_at);
    if (why) {
      an_explain(a, f->root, "no serial clone of '%s' (%s): below a cutoff it runs its parallel version", f->name, why);
      continue;
    }
    f->clone = 1;
    f->clone_name_at = name_at;
    f->clone_def_at = def_at;
  }
  free(mark);
  /* the calls below a cutoff that can use a clone: one declared before them */
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nsite; k++) {
      Site *s = a->fn[i]->site[k];
      if (!s->cutoff || s->nbind || !s->call || !s->callee || strcmp(s->callee_text, s->callee->name)) continue;
      for (int j = 0; j < a->nfn; j++)
        if (a->fn[j]->clone && !strcmp(a->fn[j]->name, s->callee->name) && s->call->beg > a->fn[j]->root->beg)
          s->use_clone = 1;
    }
}
