/* syncs.c — the sync points: where ordinary code waits, and for what.
 *
 * Each ordinary statement (and loop header) that touches a tracked object waits
 * for the tasks that touch it — reads for writers, writes for everyone — and only
 * where such a task can be pending (spawned earlier, or in an enclosing loop).
 * A wait whose extent cannot be named waits for every task, and says why. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- 4. sync points ---- */

int reaches_memory(Ctx *c, Node *n) {
  for (;;) {
    Node *p = n->parent;
    if (!p) return 1;
    if (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr || p->kind == CXCursor_CStyleCastExpr ||
        (p->kind == CXCursor_BinaryOperator && (fe_binop_is(c->u, p, "+") || fe_binop_is(c->u, p, "-")))) {
      n = p;                                      /* still an address */
      continue;
    }
    if (p->kind == CXCursor_VarDecl) {            /* the declaration of a view: no access */
      Obj *v = an_object_of(c->f, p->cur);
      return !(v && v->kind == OBJ_VIEW);
    }
    if (p->kind == CXCursor_UnaryOperator && !fe_is_deref(c->u, p) && !fe_is_addrof(c->u, p) && !fe_is_incdec(c->u, p))
      return 0;                                   /* !p, -p */
    if (p->kind == CXCursor_BinaryOperator && !fe_is_assign(c->u, p) &&
        (fe_binop_is(c->u, p, "==") || fe_binop_is(c->u, p, "!=") || fe_binop_is(c->u, p, "&&") ||
         fe_binop_is(c->u, p, "||") || fe_binop_is(c->u, p, "<") || fe_binop_is(c->u, p, ">") ||
         fe_binop_is(c->u, p, "<=") || fe_binop_is(c->u, p, ">=")))
      return 0;
    if ((p->kind == CXCursor_IfStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt) &&
        n != p->kid[p->kind == CXCursor_DoStmt ? 0 : p->nkid - 1])
      return 0;                                   /* if (p) */
    return 1;
  }
}

/* Can a task touching o still be pending when ordinary code reaches `at`?
 * Only if such a task is spawned earlier in the text, or in a loop around
 * `at` (a previous iteration), or the function jumps backwards. */
int pending_possible(Ctx *c, Node *at, Obj *o) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    int touches = 0;
    for (int k = 0; k < s->ndep; k++) touches |= s->dep[k].obj == o;
    if (!touches) continue;
    if (f->backjump) return 1;    /* a goto back: any task on it may be pending anywhere */
    Node *sn = s->form == SITE_HOIST ? s->stmt : s->call ? s->call : s->stmt;
    if (sn->beg < at->beg || sn == at) return 1;      /* hoisted: spawned just before */
    for (Node *l = at->parent; l && l != f->body; l = l->parent)
      if (is_loop(l) && l->beg <= sn->beg && sn->end <= l->end) return 1;
    if (is_loop(at) && at->beg <= sn->beg && sn->end <= at->end) return 1;
  }
  return 0;
}

/* Can any task of the function be pending at `at`? */
static int any_pending(Ctx *c, Node *at) {
  Func *f = c->f;
  if (f->backjump) return 1;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    Node *sn = s->form == SITE_HOIST ? s->stmt : s->call ? s->call : s->stmt;
    if (sn->beg < at->beg || sn == at) return 1;
    for (Node *l = at->parent; l && l != f->body; l = l->parent)
      if (is_loop(l) && l->beg <= sn->beg && sn->end <= l->end) return 1;
    if (is_loop(at) && at->beg <= sn->beg && sn->end <= at->end) return 1;
  }
  return 0;
}

void sync_full(Ctx *c, Sync *y, Obj *o) {
  if (!pending_possible(c, y->at, o)) return;
  y->full = 1;
  if (!y->why) y->why = o;
}

void add_sync_dep(Ctx *c, Sync *y, Obj *o, Acc acc, char *index) {
  if (!pending_possible(c, y->at, o)) return;
  if ((o->blocked && (o->kind != OBJ_ARRAY || o->nelem % o->blocked)) ||   /* blocks of unknown extent */
      o->ranged ||                                   /* tasks name ranges by their first element */
      (!index && o->kind == OBJ_ARRAY && o->elementwise && !o->regions &&  /* an iterator over too many elements */
       (o->blocked ? o->nelem / o->blocked : o->nelem) > DELAYC_ITER_MAX)) {
    y->full = 1;
    if (!y->why) y->why = o;
    return;
  }
  for (int i = 0; i < y->ndep; i++) {
    Dep *d = &y->dep[i];
    if (d->obj == o && !d->start && ((!d->index && !index) || (d->index && index && !strcmp(d->index, index)))) {
      if (d->acc != acc) d->acc = ACC_INOUT;
      return;
    }
  }
  y->dep = xrealloc(y->dep, (size_t)(y->ndep + 1) * sizeof *y->dep);
  y->dep[y->ndep++] = (Dep){o, acc, index, NULL, NULL, 0, 0, NULL, 0, NULL, NULL, 0, 0};
}

/* y waits for the tasks whose regions of o (run-time regions: <memory>)
 * overlap count elements (NULL: one) from address start (a pointer expression). */
void add_sync_region(Ctx *c, Sync *y, Obj *o, Acc acc, char *start, char *count) {
  if (!pending_possible(c, y->at, o)) { free(start); free(count); return; }
  for (int i = 0; i < y->ndep; i++) {
    Dep *d = &y->dep[i];
    if (d->obj == o && ((!d->index && !d->start) ||         /* already all of it */
                        (d->start && !strcmp(d->start, start) && !strcmp(d->count, count ? count : "1")))) {
      if (d->acc != acc) d->acc = ACC_INOUT;
      free(start);
      free(count);
      return;
    }
  }
  y->dep = xrealloc(y->dep, (size_t)(y->ndep + 1) * sizeof *y->dep);
  int string = count && !strcmp(count, DEP_STRING_LEN);
  y->dep[y->ndep++] = (Dep){o, acc, NULL, start, count ? count : xstrdup("1"), 0, count ? 0 : 1, NULL, 0, NULL, NULL, 0,
                            string};
}

int is_compute(Node *n) {
  return n->kind == CXCursor_CallExpr && n->nkid >= 1 && names(n->kid[0], "delayc__mark_compute");
}

/* An array reached from the object (a row M[r] of a 2-D array, a member s.a)
 * and used as a value decays to a pointer: ordinary code may write through it.
 * Not when it is subscripted further or is sizeof's operand, nor when it is
 * passed to a parameter that points to const. */
static int is_array_type(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray;
}

static int array_passed_on(Unit *u, Node *ref) {
  (void)u;
  Node *x = ref;
  for (;;) {
    Node *p = x->parent;
    if (!p) return 0;
    if (p->kind == CXCursor_ParenExpr || (p->kind == CXCursor_UnexposedExpr && p->nkid == 1)) {
      if (is_array_type(clang_getCursorType(x->cur)) &&
          clang_getCanonicalType(clang_getCursorType(p->cur)).kind == CXType_Pointer) {
        /* a decay: subscripted (M[r]: go on from the element), or the use */
        Node *q = p;
        while (q->parent && (q->parent->kind == CXCursor_ParenExpr ||
                             (q->parent->kind == CXCursor_UnexposedExpr && q->parent->nkid == 1)))
          q = q->parent;
        if (q->parent && q->parent->kind == CXCursor_ArraySubscriptExpr && q == q->parent->kid[0]) {
          x = q->parent;
          continue;
        }
        break;
      }
      x = p;
      continue;
    }
    if (p->kind == CXCursor_MemberRefExpr && p->nkid >= 1 && x == p->kid[0] &&
        clang_getCanonicalType(clang_getCursorType(x->cur)).kind != CXType_Pointer) {
      x = p;                        /* s.a, not p->a */
      continue;
    }
    break;
  }
  /* x: the largest lvalue over the object; an array-to-pointer decay above it? */
  if (!is_array_type(clang_getCursorType(x->cur))) return 0;
  if (x == ref) return 0;           /* the whole array: collect_refs' `addr` */
  while (x->parent && (x->parent->kind == CXCursor_ParenExpr ||
                       (x->parent->kind == CXCursor_UnexposedExpr && x->parent->nkid == 1)))
    x = x->parent;
  Node *p = x->parent;
  if (!p || p->kind == CXCursor_UnaryExpr) return 0;    /* sizeof M[r] */
  if (p->kind == CXCursor_CallExpr && x != p->kid[0]) {
    /* the parameter's pointee type: const means the callee only reads */
    CXType ft = clang_getCanonicalType(clang_getCursorType(p->kid[0]->cur));
    if (ft.kind == CXType_Pointer) ft = clang_getCanonicalType(clang_getPointeeType(ft));
    int i = 0;
    while (i + 1 < p->nkid && p->kid[i + 1] != x) i++;
    if (ft.kind == CXType_FunctionProto && i < clang_getNumArgTypes(ft)) {
      CXType pt = clang_getCanonicalType(clang_getArgType(ft, (unsigned)i));
      if (pt.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(pt))) return 0;
    }
  }
  return 1;
}

/* May the wait before y->at name the element an index picks by its text?
 * Not when the statement would read it otherwise: the index is spelled by a
 * macro, or names a variable the statement declares (`int k = n, v = a[k];`,
 * a for-init, a statement expression's local) or assigns (`(k = n + 3) < m
 * && a[k]`), or whose address is taken; nor in a loop's header, evaluated
 * again at each iteration after the body and the increment changed it.
 * Then the wait is for the whole object. */
static int index_stable_at(Ctx *c, Node *idx, Node *at) {
  if (idx->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(idx->cur);
    enum CXCursorKind k = clang_getCursorKind(d);
    if (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) {
      unsigned off = 0;
      CXFile file = NULL;
      clang_getFileLocation(clang_getCursorLocation(d), &file, NULL, NULL, &off);
      if (clang_File_isEqual(file, c->u->file) && off >= at->beg && off < at->end) return 0;
      if (tree_changes_var(c->u, at, d) || tree_takes_address(c->u, c->f->body, d)) return 0;
    }
  }
  for (int i = 0; i < idx->nkid; i++)
    if (!index_stable_at(c, idx->kid[i], at)) return 0;
  return 1;
}

static int index_stable(Ctx *c, Node *elem, Sync *y) {
  if (has_macro(elem) || is_loop(y->at)) return 0;
  return index_stable_at(c, elem->kid[1], y->at);
}

/* Does a task of f write o (a dependency that is not a read, or its result
 * stored there)? */
static int task_writes_obj(Func *f, Obj *o) {
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    if (s->tobj == o) return 1;
    for (int k = 0; k < s->ndep; k++)
      if (s->dep[k].obj == o && s->dep[k].acc != ACC_IN) return 1;
  }
  return 0;
}

/* The pointer value n (p, p + k, through casts) is an argument a call only
 * reads through (strlen(q + i * KL)): memory.c's read_only_arg of it. */
static int read_only_use(Ctx *c, Node *n) {
  Node *p = n->parent;
  while (p && (p->kind == CXCursor_CStyleCastExpr ||
               (p->kind == CXCursor_BinaryOperator && (fe_binop_is(c->u, p, "+") || fe_binop_is(c->u, p, "-")) &&
                clang_getCanonicalType(clang_getCursorType(p->cur)).kind == CXType_Pointer) ||
               ((p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->parent &&
                p->parent->kind != CXCursor_CallExpr))) {
    n = p;
    p = p->parent;
  }
  return memory_read_only_arg(c->u, n);
}

/* Waits for the ordinary accesses in node n (not descending into sub-statements
 * when `shallow`). */
void sync_refs(Ctx *c, Node *n, Sync *y, int shallow, int compute) {
  if (n->kind == CXCursor_UnaryExpr) return;
  if (n->kind == CXCursor_GenericSelectionExpr) {    /* the controlling expression is not evaluated */
    for (int i = 1; i < n->nkid; i++) sync_refs(c, n->kid[i], y, shallow, compute);
    return;
  }
  if (shallow && n != y->at && !is_expr(n) && n->kind != CXCursor_DeclStmt && n->kind != CXCursor_VarDecl)
    return;
  if (is_compute(n)) { compute = 1; y->compute = 1; }
  if (n->kind == CXCursor_CallExpr) {
    Site *h = hoisted(c->f, n);
    if (h) { add_sync_dep(c, y, h->temp, ACC_IN, NULL); return; }
  }
  if (!(n->kind == CXCursor_DeclRefExpr && c->f->typeof_text && unevaluated(c->u, c->f->typeof_text, n)))
    ordinary_effects(c, n, y);        /* the shared state it touches (shared_state.c) */
  if (n->kind == CXCursor_CallExpr) {
    /* a call that may longjmp out of the function: every task first */
    if (c->f->longjmps && !y->full && any_pending(c, y->at) && fx_call_may_longjmp(c->u, n->cur)) {
      y->full = 1;
      char *nm = fe_spelling(n->cur);
      an_explain(c->a, n, "waits for every task: the call of '%s' may leave the function by longjmp", nm);
      free(nm);
    }
  }
  if (n->kind == CXCursor_DeclRefExpr) {
    Obj *o = an_object_of(c->f, ref_decl(n));
    if (o && c->f->typeof_text && unevaluated(c->u, c->f->typeof_text, n)) o = NULL;   /* typeof(x) */
    if (o) {
      Refs r = {0};
      collect_refs(c, n, &r, 0);
      Ref *x = r.n ? &r.r[0] : NULL;
      if (x) o = x->obj;           /* a view stands for its base */
      /* written, or its address passed on (`f(M[r])` may write the row) */
      int writes = x && (x->write || x->addr || array_passed_on(c->u, n));
      Acc acc = compute ? ACC_IN : writes ? ACC_INOUT : ACC_IN;
      char *idx = NULL;
      if (x && x->elem && !x->addr && index_stable(c, x->elem, y)) idx = index_text(c, x->elem->kid[1]);
      /* read where no task writes it (strlen(q + i * KL) beside tasks that
       * read q): nothing to wait for (blind 74a: every call of a loop waited,
       * 600,000 tasks one by one) */
      int quiet = !compute && !task_writes_obj(c->f, o);
      if (o->kind == OBJ_BUFFER && !idx && !(x && x->elem)) {
        /* the pointer value: compared or tested, the memory is not touched;
         * passed on or stored, all of it may be */
        if (x && (x->write || reaches_memory(c, n)) && !(quiet && !x->write && read_only_use(c, n))) sync_full(c, y, o);
      } else if (o->kind == OBJ_BUFFER && !idx) {
        if (!(quiet && !writes)) sync_full(c, y, o);
      } else {
        add_sync_dep(c, y, o, acc, idx);
      }
      free(r.r);
    }
  }
  for (int i = 0; i < n->nkid; i++) sync_refs(c, n->kid[i], y, shallow, compute);
}

void keep_sync(Ctx *c, Sync *y) {
  Func *f = c->f;
  if (!y->ndep && !y->full) { free(y); return; }
  char *shared = shared_state_wait_words(c->f, y);
  if (shared && *shared && !y->full && shared_state_clock_only(y))
    an_explain(c->a, y->at, "waits for the tasks spawned before it: it reads a clock, and the serial program reads it "
               "after their work");
  else if (shared && *shared && !y->full)
    an_explain(c->a, y->at, "waits for the tasks that use %s: this code uses it too", shared);
  free(shared);
  if (y->full && y->why && y->at->kind != CXCursor_ReturnStmt)
    an_explain(c->a, y->at, "waits for every task: %s",
               y->why->blocked ? fmt("'%s' is split into blocks among tasks, and this code touches it otherwise", y->why->name)
               : y->why->ranged ? fmt("tasks name ranges of '%s' by their first element, and this code touches it otherwise", y->why->name)
               : y->why->elementwise && y->why->kind == OBJ_ARRAY && y->why->nelem > DELAYC_ITER_MAX
                 ? fmt("this code touches all of '%s', more than %d elements that tasks name one by one", y->why->name, DELAYC_ITER_MAX)
                               : fmt("this code touches all of '%s', whose extent delayc does not know", y->why->name));
  f->sync = xrealloc(f->sync, (size_t)(f->nsync + 1) * sizeof *f->sync);
  f->sync[f->nsync++] = y;
}

Site *task_site_at(Func *f, Node *stmt) {
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (!s->serial && s->form != SITE_HOIST && s->stmt == stmt) return s;
  }
  return NULL;
}

void find_syncs(Ctx *c, Node *n) {
  Func *f = c->f;
  switch (n->kind) {
  case CXCursor_CompoundStmt:
    for (int i = 0; i < n->nkid; i++) find_syncs(c, n->kid[i]);
    return;
  case CXCursor_LabelStmt: case CXCursor_CaseStmt: case CXCursor_DefaultStmt:
    if (n->nkid) find_syncs(c, n->kid[n->nkid - 1]);
    return;
  case CXCursor_IfStmt: case CXCursor_SwitchStmt: {
    Sync *y = new_sync(n, 0);
    sync_refs(c, n->kid[0], y, 1, 0);
    keep_sync(c, y);
    for (int i = 1; i < n->nkid; i++) find_syncs(c, n->kid[i]);
    return;
  }
  case CXCursor_WhileStmt: case CXCursor_ForStmt: case CXCursor_DoStmt: {
    Node *body = n->kind == CXCursor_DoStmt ? n->kid[0] : n->kid[n->nkid - 1];
    Sync *y = new_sync(n, 0), *back = new_sync(n, 1);
    for (int i = 0; i < n->nkid; i++) {
      if (n->kid[i] == body) continue;
      int step = n->kind == CXCursor_ForStmt && n->nkid == 4 && i == 2;   /* runs after a round, never before */
      if (n->kind != CXCursor_DoStmt && !step) sync_refs(c, n->kid[i], y, 0, 0);
      int init = n->kind == CXCursor_ForStmt && n->nkid == 4 && i == 0;
      if (!init) sync_refs(c, n->kid[i], back, 0, 0);
    }
    keep_sync(c, y);
    keep_sync(c, back);
    find_syncs(c, body);
    return;
  }
  default:
    break;
  }
  /* a leaf statement: a task, or ordinary code */
  if (task_site_at(f, n)) return;
  Sync *y = new_sync(n, 0);
  sync_refs(c, n, y, 0, 0);
  keep_sync(c, y);
}

/* ---- waits in loops that spawn nothing ----
 *
 * A loop that spawns no task, over memory the tasks before it name by run-time
 * regions (fft's combine loop over out[k], a sum over a block), would compare
 * its regions with the live tasks' at every iteration.  Its waits on such
 * objects move before the loop, widened to all of the object: no task is
 * pending on them inside it.  The outermost such loop takes them.  A full wait
 * inside it moves there whole (on a cluster each one was a collective of every
 * rank: a loop over an array of 3,200 elements, 3,200 of them), and so does a
 * wait for one element of the tasks' results per iteration (a sum over
 * out[i]): a taskwait per element (2 million of them after a loop of 2 million
 * tasks) becomes one wait. */

static int spawns_in(Func *f, Node *n) {
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial) continue;
    Node *x = s->call ? s->call : s->stmt;
    if (x->beg >= n->beg && x->end <= n->end) return 1;
  }
  return 0;
}

static Sync *sync_before(Ctx *c, Node *loop) {
  Func *f = c->f;
  for (int i = 0; i < f->nsync; i++)
    if (f->sync[i]->at == loop && !f->sync[i]->loop) return f->sync[i];
  Sync *y = new_sync(loop, 0);
  f->sync = xrealloc(f->sync, (size_t)(f->nsync + 1) * sizeof *f->sync);
  f->sync[f->nsync++] = y;
  return y;
}

/* The "waits for ..." explanations at y's place no longer hold. */
static void unexplain(Analysis *a, Sync *y) {
  int e = 0;
  for (int k = 0; k < a->nex; k++) {
    int gone = a->ex[k].line == y->at->line && a->ex[k].col == y->at->col &&
               ((y->full && !strncmp(a->ex[k].msg, "waits for every task", 20)) ||
                !strncmp(a->ex[k].msg, "waits for the tasks that use", 28) ||
                !strncmp(a->ex[k].msg, "waits before the loop", 21));
    if (gone) free(a->ex[k].msg);
    else a->ex[e++] = a->ex[k];
  }
  a->nex = e;
}

void hoist_loop_waits(Ctx *c) {
  Func *f = c->f;
  int n0 = f->nsync;
  Sync **moved_to = xcalloc((size_t)n0 + 1, sizeof *moved_to);
  for (int i = 0; i < n0; i++) {
    Sync *y = f->sync[i];
    Node *L = NULL;               /* the outermost loop around y that spawns nothing */
    for (Node *p = y->loop ? y->at : y->at->parent; p && p != f->body; p = p->parent)
      if (is_loop(p) && !spawns_in(f, p)) L = p;
    if (!L) continue;
    /* a wait for one element per iteration (`s += out[i]` after a loop of
     * `out[i] = f(i)`): a taskwait per element, or one wait before the loop */
    Obj *elementwise = NULL;
    for (int k = 0; k < y->ndep && !y->full; k++)
      if (!y->dep[k].obj->regions && y->dep[k].index) elementwise = y->dep[k].obj;
    if (y->full || elementwise) {  /* the whole wait: once, before the loop */
      Sync *to = sync_before(c, L);
      if (!to->full) {
        char *what = elementwise ? fmt("the loop reads the tasks' results in '%s' element by element",
                                       elementwise->name)
                   : y->why ? fmt("this code touches '%s' in ways the tasks' regions do not name", y->why->name)
                            : xstrdup("this code touches what the tasks touch");
        an_explain(c->a, L, "waits for every task before the loop: %s; the loop spawns no task, so it waits once "
                   "instead of at every iteration", what);
        free(what);
      }
      to->full = 1;
      if (!to->why) to->why = y->why;
      unexplain(c->a, y);
      y->full = 0;
      for (int k = 0; k < y->ndep; k++) {
        free(y->dep[k].index);
        free(y->dep[k].start);
        free(y->dep[k].count);
      }
      y->ndep = 0;
      continue;
    }
    Sync *to = NULL;
    int w = 0;
    for (int k = 0; k < y->ndep; k++) {
      Dep *d = &y->dep[k];
      /* memory through pointers, or a whole object declared outside the loop
       * (a global `u` the copy-back loop writes: once, not per element) */
      Node *dn = d->obj->declnode;
      if (!d->obj->regions && (d->index || d->obj->temp || (dn && dn->beg >= L->beg && dn->end <= L->end))) {
        y->dep[w++] = *d;
        continue;
      }
      if (!to) to = sync_before(c, L);
      add_sync_dep(c, to, d->obj, d->acc, NULL);
      free(d->index);
      free(d->start);
      free(d->count);
    }
    y->ndep = w;
    if (to && !w) unexplain(c->a, y);
    moved_to[i] = to;
  }
  for (int i = 0; i < n0; i++) {       /* say it once per loop */
    Sync *to = moved_to[i];
    int first = 1;
    for (int k = 0; k < i; k++) first &= moved_to[k] != to;
    if (!to || !first) continue;
    Buf w = {0};
    buf_add(&w, "", 0);
    for (int k = 0; k < to->ndep; k++) {
      Sync just = *to;
      just.dep = &to->dep[k];
      just.ndep = 1;
      char *one = to->dep[k].obj->ext ? shared_state_wait_words(c->f, &just) : fmt("'%s'", to->dep[k].obj->name);
      if (!strstr(w.s, one)) buf_printf(&w, "%s%s", w.len ? ", " : "", one);
      free(one);
    }
    an_explain(c->a, to->at, "waits before the loop for the tasks that use %s: the loop touches it and spawns "
               "no task, so it waits once instead of at every iteration", w.s);
    free(w.s);
  }
  free(moved_to);
}

/* ---- waits after a full wait ---- */

static int has_label_in(Node *n, unsigned beg, unsigned end) {
  if ((n->kind == CXCursor_LabelStmt || n->kind == CXCursor_CaseStmt || n->kind == CXCursor_DefaultStmt) &&
      n->beg > beg && n->beg <= end)
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (n->kid[i]->end > beg && n->kid[i]->beg <= end && has_label_in(n->kid[i], beg, end)) return 1;
  return 0;
}

/* Does the full wait w (a plain taskwait before statement w->at) leave no task
 * pending at y?  When w->at is a statement of a block B, y lies in B after it,
 * no task is spawned from w->at up to y (nor anywhere in a loop inside B around
 * y: its next iteration), and no label lets control reach y without passing w. */
static int covered_by(Ctx *c, Sync *w, Sync *y) {
  Func *f = c->f;
  Node *B = w->at->parent;
  if (!B || B->kind != CXCursor_CompoundStmt || w->at->kind == CXCursor_ReturnStmt) return 0;
  if (y->at == w->at || y->at->beg < w->at->end) return 0;
  Node *x = y->at;
  while (x && x != B) x = x->parent;
  if (!x) return 0;                               /* not inside B */
  unsigned end = y->at->end;
  for (Node *p = y->at; p && p != B; p = p->parent)
    if (is_loop(p) && p->end > end) end = p->end;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    Node *sn = s->form == SITE_HOIST ? s->stmt : s->call ? s->call : s->stmt;
    if (sn->end > w->at->beg && sn->beg < end) return 0;
  }
  return !has_label_in(B, w->at->beg, y->at->beg);
}

/* Does w wait for at least what y would wait for?  A full wait does; a
 * targeted one when each of y's items is one of w's (the same object and
 * element, or the whole object), with a mode at least as strong (inout
 * waits for readers too). */
static int waits_for_all_of(Sync *w, Sync *y) {
  if (w->full) return 1;
  if (y->full) return 0;
  for (int i = 0; i < y->ndep; i++) {
    Dep *d = &y->dep[i];
    int ok = 0;
    for (int k = 0; k < w->ndep && !ok; k++) {
      Dep *e = &w->dep[k];
      ok = e->obj == d->obj &&
           ((!e->index && !e->start) || (d->index && e->index && !strcmp(e->index, d->index)) ||
            (d->start && e->start && !strcmp(e->start, d->start) && !strcmp(e->count, d->count) &&
             !d->index && !e->index)) &&                   /* one region */
           (e->acc == ACC_INOUT || e->acc == d->acc);
    }
    if (!ok) return 0;
  }
  return 1;
}

/* No wait where no task can be pending: after a wait that covered it with no
 * spawn reachable before the statement (msort's check loop after
 * delayed_compute; printf after printf after the printing tasks). */
void drop_covered_waits(Ctx *c) {
  Func *f = c->f;
  if (f->backjump || !f->nsync) return;
  char *drop = xcalloc((size_t)f->nsync, 1);
  for (int i = 0; i < f->nsync; i++)
    for (int k = 0; k < f->nsync && !drop[i]; k++)
      if (k != i && !f->sync[k]->loop && !f->sync[i]->loop && waits_for_all_of(f->sync[k], f->sync[i]) &&
          covered_by(c, f->sync[k], f->sync[i]))
        drop[i] = 1;
  int w = 0;
  for (int i = 0; i < f->nsync; i++) {
    if (!drop[i]) { f->sync[w++] = f->sync[i]; continue; }
    unexplain(c->a, f->sync[i]);
  }
  f->nsync = w;
  free(drop);
}
