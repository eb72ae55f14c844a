/* edges.c — the order the dependencies impose, as edges of the plan.
 *
 * A task follows the latest earlier task (in the text) that touches an item
 * it touches, one of the two writing it (regions_overlap: the rule of the
 * depend items every target emits); a wait follows the latest earlier task on
 * each of its items.  The graph draws these edges; the targets order by the
 * items themselves, so the edges are a picture of the plan, not an input of
 * the lowering. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>

static unsigned site_pos(Site *s) { return (s->call ? s->call : s->stmt)->beg; }

static int cmp_site(const void *a, const void *b) {
  unsigned x = site_pos(*(Site *const *)a), y = site_pos(*(Site *const *)b);
  return x < y ? -1 : x > y;
}

static int touches(Site *s, Dep *d) {
  for (int j = 0; j < s->ndep; j++)
    if (regions_overlap(&s->dep[j], d) && (s->dep[j].acc != ACC_IN || d->acc != ACC_IN)) return 1;
  return 0;
}

static void add_edge(Func *f, Site *from, Site *to, Sync *wait, Obj *obj) {
  f->edge = xrealloc(f->edge, (size_t)(f->nedge + 1) * sizeof *f->edge);
  f->edge[f->nedge++] = (Edge){from, to, wait, obj};
}

void find_edges(Ctx *c) {
  Func *f = c->f;
  Site **task = xcalloc((size_t)f->nsite + 1, sizeof *task);
  int n = 0;
  for (int k = 0; k < f->nsite; k++)
    if (!f->site[k]->serial && !f->site[k]->fused) task[n++] = f->site[k];
  qsort(task, (size_t)n, sizeof *task, cmp_site);
  for (int b = 0; b < n; b++)
    for (int k = 0; k < task[b]->ndep; k++) {
      Dep *d = &task[b]->dep[k];
      for (int a = b - 1; a >= 0; a--)
        if (touches(task[a], d)) { add_edge(f, task[a], task[b], NULL, d->obj); break; }
    }
  for (int y = 0; y < f->nsync; y++) {
    Sync *s = f->sync[y];
    for (int k = 0; k < s->ndep; k++)
      for (int a = n - 1; a >= 0; a--) {
        if (site_pos(task[a]) > s->at->beg || !touches(task[a], &s->dep[k])) continue;
        add_edge(f, task[a], NULL, s, s->dep[k].obj);
        break;
      }
  }
  free(task);
}
