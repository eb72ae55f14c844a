/* atomic_updates.c — the updates of a global that tasks make in any order,
 * made atomic where they are written.
 *
 * analysis/shared_state.c (shared_state_commute) lets the tasks of a function
 * that only update a global (`total += n;`, `if (d < best) best = d;`:
 * effects/commute.c) run together.  Each such statement of the file, of a
 * global some function lets run so, becomes its atomic form — the same
 * result when it runs alone:
 *
 *   total += n;              __atomic_fetch_add(&(total), (n), __ATOMIC_RELAXED);
 *   hist[b]--;               __atomic_fetch_sub(&(hist[b]), 1, __ATOMIC_RELAXED);
 *   sum = sum + n;           __atomic_fetch_add(&(sum), (n), __ATOMIC_RELAXED);
 *   mask |= bit;             __atomic_fetch_or(&(mask), (bit), __ATOMIC_RELAXED);
 *   if (d < best) best = d;  DELAYC_RT_KEEP_VP((d), &(best), <);   (delayc_rt.h)
 *
 * Relaxed order is enough: the tasks' own dependencies order everything that
 * reads the global after them.  Such statements are never in a function that
 * spawns tasks (commute.c), so no other edit of the lowering falls inside
 * them, and the text is the statement's own words on one line. */
#include "lower/lower.h"
#include "effects/effects.h"

#include <stdlib.h>
#include <string.h>

/* Does some function of the analysis let tasks update g in any order? */
static int updated_in_any_order(Analysis *a, CXCursor g) {
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nobj; k++) {
      Obj *o = a->fn[i]->obj[k];
      if (o->ext == EXT_GLOBAL && o->update && clang_equalCursors(o->decl, g)) return 1;
    }
  return 0;
}

static char *text(Unit *u, Node *n) { return flatten(fe_text(u, n->beg, n->end)); }

static char *atomic_text(Unit *u, UpdateStmt *us) {
  char *lv = text(u, us->lv), *r;
  if (us->form == UF_IF) {
    char *v = text(u, us->val);
    int v_first = us->cmp->kid[0] == us->val;
    const char *semi = us->stmt->kid[1]->kind == CXCursor_CompoundStmt ? ";" : "";   /* else the if's own stays */
    r = v_first ? fmt("DELAYC_RT_KEEP_VP((%s), &(%s), %s)%s", v, lv, us->rel, semi)
                : fmt("DELAYC_RT_KEEP_PV(&(%s), (%s), %s)%s", lv, v, us->rel, semi);
    free(v);
  } else {
    static const char *const fn[] = {[UPD_ADD] = "add", [UPD_OR] = "or", [UPD_AND] = "and", [UPD_XOR] = "xor"};
    char *v = us->val ? text(u, us->val) : xstrdup("1");
    r = fmt("__atomic_fetch_%s(&(%s), (%s), __ATOMIC_RELAXED)", us->sub ? "sub" : fn[us->op], lv, v);
    free(v);
  }
  free(lv);
  return r;
}

typedef struct Walk { Analysis *a; Unit *u; Edits *ed; } Walk;

static void walk(Walk *w, Node *n) {
  UpdateStmt us;
  if (fx_update_stmt(w->u, n, &us) && updated_in_any_order(w->a, us.global)) {
    if (us.atomic) return;                /* `#pragma omp atomic` says so already */
    char *t = atomic_text(w->u, &us);
    /* the if up to its assignment's end (a `;` after it stays), the expression alone */
    Node *last = us.form == UF_IF ? n->kid[1] : n;
    ed_replace(w->ed, n->beg, last->end, t);
    free(t);
    return;
  }
  for (int i = 0; i < n->nkid; i++) walk(w, n->kid[i]);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Walk *w = d;
  if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) && fe_in_main(w->u, c)) {
    Node *root = fe_tree(w->u, c);
    walk(w, root);
    fe_free_tree(root);
  }
  return CXChildVisit_Continue;
}

void atomic_updates(Analysis *a, Edits *ed) {
  int any = 0;
  for (int i = 0; i < a->nfn && !any; i++)
    for (int k = 0; k < a->fn[i]->nobj && !any; k++) any = a->fn[i]->obj[k]->update != 0;
  if (!any) return;
  Walk w = {a, a->u, ed};
  clang_visitChildren(clang_getTranslationUnitCursor(a->u->tu), visit, &w);
}
