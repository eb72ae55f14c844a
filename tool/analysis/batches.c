/* batches.c — loops whose tasks are too small to run one by one become batches
 * (Batch, plan.h): the OpenMP target's adapt step, after the plan is finished.
 *
 * A loop is batched when every task in it can wait for a later spawn:
 *   - no ordinary code in the loop waits for a task of it (no sync inside);
 *     an argument wait on run-time regions is allowed: the lowering spawns the
 *     pending records it needs first (openmp_batch.c, omp_batch_guard);
 *   - the loop is left only at its end or by break (no return, goto or label);
 *   - each dependency is one a batch can carry (batch_dep): on data declared in
 *     the loop, or on X[i] of the loop's own index i that nothing outside the
 *     batch orders (the batch's own order keeps them); on run-time regions
 *     (grown to cover every call of the batch); the same for every call (named
 *     once; a write there is a chain, batched only for calls under
 *     CHAIN_MAX_NS); or elements and ranges of a local array, whose regions are
 *     then compared at run time (the object's mode changes for the function);
 *   - what a task copies at the spawn has a type a record field can have,
 *     spelled where the function opens, and what it shares is declared before
 *     the loop;
 *   - the calls are small: the cost model (cost/cost.h) estimates them under
 *     BATCH_MAX_NS, or cannot tell (the run-time policy measures).
 * The outermost such loop around a task wins: its batches are the largest.
 * How many calls go in one batch is the runtime's choice (runtime/task_batch.c). */
#include "analysis/analysis.h"
#include "analysis/passes.h"
#include "cost/cost.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* past this estimate of one iteration's calls, ~ns, the tasks are coarse enough */
#define BATCH_MAX_NS 100000
#define BATCH_MAX_SITES 8
/* a chain (every call writes the same variable) is batched below this estimate
 * of an iteration's calls, ~ns: a batch then runs it serially, as fast as the
 * serial program, where a task per call would cost far more than the calls */
#define CHAIN_MAX_NS 1000

static int inside(Node *n, Node *loop) { return n->beg >= loop->beg && n->end <= loop->end; }

/* A return, a goto or a label in the loop: it may be left (or entered) past its end. */
static int jumps(Node *n) {
  if (n->kind == CXCursor_ReturnStmt || n->kind == CXCursor_GotoStmt || n->kind == CXCursor_IndirectGotoStmt ||
      n->kind == CXCursor_LabelStmt)
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (jumps(n->kid[i])) return 1;
  return 0;
}

/* A case or default label in the loop of a switch around it (Duff's device):
 * a jump enters the loop past the batch's start. */
static int entered_by_case(Node *n, Node *loop) {
  if (n->kind == CXCursor_SwitchStmt && n != loop) return 0;      /* its own labels stay in it */
  if (n->kind == CXCursor_CaseStmt || n->kind == CXCursor_DefaultStmt) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (entered_by_case(n->kid[i], loop)) return 1;
  return 0;
}

/* Is the object the loop's own (declared in it, or a temporary of a call in it)? */
static int loop_local(Func *f, Obj *o, Node *loop) {
  if (o->temp) {
    for (int i = 0; i < f->nsite; i++)
      if (f->site[i]->id == o->temp_site) return inside(f->site[i]->stmt, loop);
    return 0;
  }
  return o->declnode && inside(o->declnode, loop);
}

static int in_batch(Batch *b, Site *s) { return s->batch == b || (!s->batch && inside(s->stmt, b->loop)); }

/* No task outside the batch and no targeted wait needs the object's order
 * (full waits wait for the batches too). */
static int only_batch_orders(Batch *b, Obj *o) {
  Func *f = b->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *t = f->site[i];
    if (t->serial || t->fused) continue;
    if (!in_batch(b, t))
      for (int k = 0; k < t->ndep; k++)
        if (t->dep[k].obj == o && !t->dep[k].unneeded) return 0;
    if (t->argwait && !t->argwait->full)
      for (int k = 0; k < t->argwait->ndep; k++)
        if (t->argwait->dep[k].obj == o && !t->argwait->dep[k].unneeded) return 0;
  }
  for (int i = 0; i < f->nsync; i++) {
    Sync *y = f->sync[i];
    if (y->full) continue;
    for (int k = 0; k < y->ndep; k++)
      if (y->dep[k].obj == o && !y->dep[k].unneeded) return 0;
  }
  return 1;
}

/* Is the dependency X[i], i the batched loop's induction variable, and are
 * all the batch's dependencies on X so?  Then every call touching an element
 * runs in that element's iteration, in one batch, in the text's order. */
static int per_iteration(Batch *b, Dep *d) {
  if (!d->index || d->start || d->count || d->rows) return 0;
  char *v = induction_var(b->f->u, b->loop);
  if (!v) return 0;
  int ok = 1;
  for (int k = 0; k < b->nsite && ok; k++)
    for (int j = 0; j < b->site[k]->ndep && ok; j++) {
      Dep *x = &b->site[k]->dep[j];
      if (x->obj != d->obj || x->unneeded) continue;
      char *n = x->index && !x->start && !x->count && !x->rows ? norm(x->index) : NULL;
      ok = n && !strcmp(n, v);
      free(n);
    }
  free(v);
  return ok && only_batch_orders(b, d->obj);
}

BatchDep batch_dep(Batch *b, Dep *d) {
  if (d->unneeded || (loop_local(b->f, d->obj, b->loop) && !d->obj->escaped)) return BDEP_SKIP;
  if (d->obj->regions) return BDEP_REGION;
  if (per_iteration(b, d)) return BDEP_SKIP;
  if (!d->index && !d->start && !d->count && !d->rows) return BDEP_ONCE;
  /* elements or ranges of a local array or buffer that other tasks or waits
   * name one by one: its regions can be compared at run time instead, and a
   * batch's grow to cover its calls */
  Obj *o = d->obj;
  if (!o->ext && !o->escaped && (o->kind == OBJ_ARRAY || o->kind == OBJ_BUFFER)) return BDEP_FLIP;
  return BDEP_NO;
}

/* A type a record field can have, spelled where the function's block opens. */
static int spellable(Unit *u, CXType t, Node *body) {
  CXType c = clang_getCanonicalType(t);
  if (has_const_member(c)) return 0;       /* a record field of its type could not be assigned */
  if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray || c.kind == CXType_VariableArray ||
      c.kind == CXType_DependentSizedArray)
    return 0;
  char *sp = fe_type(t);   /* typeof(k) may name a local of the loop */
  int ok = !strchr(sp, '[') && !strstr(sp, "unnamed") && !strstr(sp, "anonymous") && !strstr(sp, "typeof");
  free(sp);
  CXCursor d = clang_getTypeDeclaration(t);
  if (ok && !clang_Cursor_isNull(d) && clang_getCursorKind(d) != CXCursor_NoDeclFound) {
    CXFile file;
    unsigned off;
    clang_getSpellingLocation(clang_getCursorLocation(d), &file, NULL, NULL, &off);
    if (file && clang_File_isEqual(file, u->file) && off >= body->beg && off <= body->end) ok = 0;
  }
  return ok;
}

/* Why the site cannot go in a batch of this loop (NULL: it can). */
static const char *site_refuses(Ctx *c, Batch *b, Site *s) {
  Node *loop = b->loop;
  if (s->cutoff || s->use_clone) return "a call has a cutoff (DELAYED_CUTOFF)";
  if (s->inline_call || s->wait_first) return "a call runs inline";
  if (s->after || s->nbind) return "a call is ordered by delayed_after or delayed_bind";
  if (s->ternary || s->in_place) return "a call is a branch of a conditional return";
  if (s->narg + s->ncap > 200) return "a call copies more than 200 values";   /* openmp_batch.c's record */
  if (s->argwait) {
    /* its arguments read memory a task may be writing: decided at run time (a
     * pending record writing what they read is spawned first, openmp_batch.c),
     * when they wait only on run-time regions */
    if (s->argwait->full) return "the arguments of a call wait for every task";
    for (int i = 0; i < s->argwait->ndep; i++)
      if (!s->argwait->dep[i].obj->regions && !s->argwait->dep[i].unneeded)
        return "the arguments of a call wait for shared state";
  }
  for (int i = 0; i < s->narg; i++) {
    if (!s->argspawn[i]) continue;
    if (i >= s->callee->nparam) return "a call passes variadic arguments";
    CXCursor pm = clang_Cursor_getArgument(s->callee->cur, (unsigned)i);
    /* `double out[3]`, `const double g[N][M]` are pointers (frontend's
     * Param.type): their innermost element must be spellable */
    CXType pt = clang_Cursor_isNull(pm) ? (CXType){0} : clang_getCursorType(pm);
    for (CXType e = pt; e.kind != CXType_Invalid;) {
      int k = clang_getCanonicalType(e).kind;
      if (k != CXType_ConstantArray && k != CXType_IncompleteArray) break;
      pt = clang_getArrayElementType(e);
      if (pt.kind == CXType_Invalid) pt = clang_getArrayElementType(clang_getCanonicalType(e));
      e = pt;
    }
    if (!s->callee->param[i].vm && (clang_Cursor_isNull(pm) || !spellable(c->u, pt, c->f->body)))
      return "a call copies an argument of a type a record field cannot have";
  }
  for (int i = 0; i < s->ndep; i++) {
    Dep *d = &s->dep[i];
    BatchDep k = batch_dep(b, d);
    if (k == BDEP_NO) return "a later task or wait needs its results one by one, and delayc names them element by element";
    /* each call writes what the next reads or writes: a chain, which batches
     * would serialize with the loop's other calls */
    /* a chain: batches would serialize it with the loop's other calls, which
     * pays only where a task would cost more than the calls it holds */
    if (k == BDEP_ONCE && d->acc != ACC_IN && (b->est_ns < 0 || b->est_ns >= CHAIN_MAX_NS))
      return s->form == SITE_COPY   /* (failed += f(&m[i]): the calls run side by side, blind 74a) */
             ? "the updates of their results, in order, form a chain (the calls themselves run side by side), which "
               "batches would order with the calls"
             : "its calls form a chain on what they all write";
  }
  for (int i = 0; i < s->ncap; i++) {
    Capture *k = &s->cap[i];
    if (k->data) {
      if (k->kind == CAP_REF && loop_local(c->f, k->data, loop)) return "a call shares data declared in the loop";
      continue;
    }
    Node *v = find_var(c->f, k->decl);
    if (k->kind == CAP_REF) {
      if (v && inside(v, loop)) return "a call shares a variable declared in the loop";
      continue;
    }
    if (!spellable(c->u, clang_getCursorType(k->decl), c->f->body)) {
      static char why[200];         /* (one answer at a time: the caller prints it before asking again) */
      char *nm = fe_spelling(k->decl);
      snprintf(why, sizeof why, "a call copies '%s' into its task (%s), which a batch's record cannot hold", nm,
               clang_getCanonicalType(clang_getCursorType(k->decl)).kind == CXType_ConstantArray
                   ? "an array: an index reading it, out[idx[i]], copies it whole" : "of a type the function declares");
      free(nm);
      return why;
    }
  }
  return NULL;
}

/* Is the site a task whose text a batch takes (not forwarded, not serial, not
 * a loop fused into one task already)? */
static int task_site(Site *s) { return !s->serial && !s->fused && !s->fuse_loop; }

static long long iteration_cost(Batch *b) {
  long long sum = 0;
  for (int i = 0; i < b->nsite; i++) {
    Site *s = b->site[i];
    if (!s->callee) continue;       /* a copy: a few operations */
    long long c = cost_function(s->callee->cur);
    if (c < 0) return -1;
    sum += c;
  }
  return sum;
}

/* Try the loop: fills b (its sites) and returns NULL, or the reason it stays. */
static const char *try_loop(Ctx *c, Batch *b, Node *loop) {
  Func *f = c->f;
  b->f = f;
  b->loop = loop;
  b->nsite = 0;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->fuse_loop && !s->serial && inside(s->stmt, loop))   /* a task no batch holds */
      return "a loop in it is one task already";
    if (!task_site(s) || !inside(s->stmt, loop)) continue;
    if (b->nsite == BATCH_MAX_SITES) return "it spawns more than 8 kinds of tasks";
    b->site = xrealloc(b->site, (size_t)(b->nsite + 1) * sizeof *b->site);
    b->site[b->nsite++] = s;
  }
  if (!loop->parent) return "it is not a statement of a block";
  if (clang_Cursor_isFunctionInlined(f->cur) && clang_Cursor_getStorageClass(f->cur) != CX_SC_Static)
    return "the function is inline and not static: it cannot keep the loop's measurements";
  if (f->backjump || f->longjmps) return "the function jumps backwards or may be left by longjmp";
  if (jumps(loop)) return "it holds a return, a goto or a label";
  if (entered_by_case(loop, loop)) return "a case label of a switch around it is inside it";
  for (int i = 0; i < f->nsync; i++) {
    Sync *y = f->sync[i];
    if (inside(y->at, loop) && !(y->at == loop && !y->loop)) return "ordinary code in it waits for tasks";
  }
  b->est_ns = iteration_cost(b);
  for (int i = 0; i < b->nsite; i++) {
    const char *why = site_refuses(c, b, b->site[i]);
    if (why) return why;
  }
  /* A batch may then be spawned between two calls of an iteration: only run-
   * time regions and dependencies named once may order its calls (not the
   * order kept inside a batch). */
  int guarded = 0;
  for (int i = 0; i < b->nsite; i++) guarded |= b->site[i]->argwait != NULL;
  for (int i = 0; guarded && i < b->nsite; i++)
    for (int k = 0; k < b->site[i]->ndep; k++) {
      Dep *d = &b->site[i]->dep[k];
      if (!d->unneeded && batch_dep(b, d) == BDEP_SKIP)
        return "the arguments of a call wait for tasks, and calls of one iteration feed each other";
    }
  return NULL;
}

/* ---- range batches: no record per call ---- */

/* Is n made only of the loop's variable i, constants, and locals or
 * parameters of plain type the function never gives the address of and the
 * loop never assigns?  (No memory read, no call: evaluated inside the task,
 * later, it gives what it gave at the call.) */
/* X[i] an argument reads, copied at a range batch's spawn: X a local pointer or
 * array (or a parameter) the loop does not change, of plain elements, that no
 * task of the function may write (so the elements are those of the call's
 * time); b->read gets it.  0: not such a read. */
static int range_read(Ctx *c, Node *n, Node *loop, CXCursor iv, Batch *b) {
  if (!b || n->kind != CXCursor_ArraySubscriptExpr || n->nkid != 2) return 0;
  Node *x = fe_strip(n->kid[0]), *ix = fe_strip(n->kid[1]);
  if (!x || !ix || x->kind != CXCursor_DeclRefExpr || ix->kind != CXCursor_DeclRefExpr ||
      !clang_equalCursors(ref_decl(ix), iv) || x->macro || ix->macro)
    return 0;
  CXCursor d = ref_decl(x);
  enum CXCursorKind k = clang_getCursorKind(d);
  if ((k != CXCursor_VarDecl && k != CXCursor_ParmDecl) || clang_Cursor_hasVarDeclGlobalStorage(d) == 1) return 0;
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (t.kind != CXType_Pointer && t.kind != CXType_ConstantArray) return 0;
  CXType et = clang_getCanonicalType(t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getArrayElementType(t));
  if (!((et.kind >= CXType_Bool && et.kind <= CXType_LongDouble) || et.kind == CXType_Enum) ||
      clang_isVolatileQualifiedType(et))
    return 0;
  Obj *o = an_object_of(c->f, d);
  if ((o && (o->slot || o->escaped)) || tree_changes_var(c->u, loop, d) ||
      (t.kind == CXType_Pointer && tree_takes_address(c->u, c->f->body, d)))
    return 0;
  /* no task of the function may write what X reaches */
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    if (s->touches_all || (s->mem & FX_WRITE)) return 0;
    for (int j = 0; j < s->ndep; j++) {
      Dep *dp = &s->dep[j];
      if (dp->acc != ACC_IN && (dp->obj == o || dp->obj->ext == EXT_MEMORY || (o && o->kind == OBJ_VIEW && o->base == dp->obj)))
        return 0;
    }
  }
  b->read = xrealloc(b->read, (size_t)(b->nread + 1) * sizeof *b->read);
  b->read[b->nread++] = n;
  return 1;
}

/* What index_value accepts: the index, locals of plain type the loop does
 * not change and whose address is never taken, the body's own results (b's),
 * and X[i] reads (range_read, recorded in b).  b NULL: no reads, no results. */
typedef struct IndexCtx { Ctx *c; Node *loop; CXCursor iv; Batch *b; } IndexCtx;

static int index_var(void *ctx, CXCursor d) {
  IndexCtx *x = ctx;
  if (clang_equalCursors(d, x->iv)) return 1;
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (clang_isVolatileQualifiedType(t) || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
      clang_Cursor_hasVarDeclGlobalStorage(d) == 1)
    return 0;
  Obj *o = an_object_of(x->c->f, d);
  if (o) {                                    /* a task's data: only a result of the body's */
    for (int q = 0; x->b && q < x->b->nlocal; q++)
      if (x->b->local[q] == o) return 1;
    return 0;
  }
  return !tree_takes_address(x->c->u, x->c->f->body, d) && !tree_changes_var(x->c->u, x->loop, d);
}

static int index_read(void *ctx, Node *n) {
  IndexCtx *x = ctx;
  return range_read(x->c, n, x->loop, x->iv, x->b) ? 1 : -1;
}

static int index_value(Ctx *c, Node *n, Node *loop, CXCursor iv, Batch *b) {
  IndexCtx x = {c, loop, iv, b};
  return plain_operands(c->u, n, index_var, index_read, &x);
}

/* Is d the element X[i] of a local array or buffer, i the loop's index? */
int range_element(Dep *d, CXCursor ivar) {
  if (!d->index || d->start || d->count || d->rows || d->obj->ext ||
      (d->obj->kind != OBJ_ARRAY && d->obj->kind != OBJ_BUFFER))
    return 0;
  char *iv = fe_spelling(ivar), *ix = norm(d->index);
  int same = !strcmp(iv, ix);
  free(iv);
  free(ix);
  return same;
}

/* May the batch be a range of its loop's index (Batch.range)?  The loop is
 * `for (i = A; i < E; i++)` (or <=, ++i, i += 1) whose body holds only the
 * batch's calls, each a statement of its own whose result goes to no
 * variable of the body; every argument, every value a call copies and E are
 * made of i and values the loop does not change; the calls' dependencies are
 * the same for every call, kept by the batch's order, or X[i] of a local
 * array compared at run time (a range's region is known at its spawn). */
static int range_ok(Ctx *c, Batch *b) {
  Node *loop = b->loop;
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4 || b->f->typeof_text) return 0;
  char *iv = induction_var(c->u, loop);
  if (!iv) return 0;
  free(iv);
  Node *init = loop->kid[0], *cond = fe_strip(loop->kid[1]), *inc = fe_strip(loop->kid[2]), *body = loop->kid[3];
  Node *ivn = NULL;
  if (init->kind == CXCursor_DeclStmt) ivn = init->kid[0];
  else ivn = fe_strip(fe_strip(init)->kid[0]);
  CXCursor ivar = ivn->kind == CXCursor_VarDecl ? ivn->cur : ref_decl(ivn);
  CXType it = clang_getCanonicalType(clang_getCursorType(ivar));
  if (it.kind < CXType_Char_U || it.kind > CXType_LongLong || clang_isVolatileQualifiedType(it) ||
      clang_Cursor_hasVarDeclGlobalStorage(ivar) == 1 || tree_takes_address(c->u, b->f->body, ivar))
    return 0;
  /* the step is one, upwards */
  int up = 0;
  if (inc->kind == CXCursor_UnaryOperator && fe_is_incdec(c->u, inc)) {
    char *t = fe_text(c->u, inc->beg, inc->end);
    up = strstr(t, "++") != NULL;
    free(t);
  } else if (inc->kind == CXCursor_CompoundAssignOperator && inc->nkid == 2 && fe_binop_is(c->u, inc, "+=")) {
    int ok;
    up = eval_int(inc->kid[1], &ok) == 1 && ok;
  }
  if (!up || !cond || cond->kind != CXCursor_BinaryOperator || cond->nkid != 2 ||
      !(fe_binop_is(c->u, cond, "<") || fe_binop_is(c->u, cond, "<=")))
    return 0;
  Node *lhs = fe_strip(cond->kid[0]);
  if (!lhs || lhs->kind != CXCursor_DeclRefExpr || !clang_equalCursors(ref_decl(lhs), ivar) ||
      !index_value(c, cond->kid[1], loop, ivar, NULL) || has_macro(cond))
    return 0;
  /* the body: the batch's calls, nothing else */
  Node **st = body->kind == CXCursor_CompoundStmt ? body->kid : &body;
  int nst = body->kind == CXCursor_CompoundStmt ? body->nkid : 1;
  for (int k = 0; k < nst; k++) {
    int mine = 0;
    for (int j = 0; j < b->nsite; j++) mine |= b->site[j]->stmt == st[k];
    if (!mine) return 0;
  }
  b->nlocal = 0;
  for (int j = 0; j < b->nsite; j++) {
    Site *s = b->site[j];
    if (!s->callee || s->form == SITE_HOIST || s->form == SITE_COPY || s->argwait || s->narg > s->callee->nparam)
      return 0;
    /* `T a = f(..);` in the body: a's storage is the task's, per call */
    if (s->form == SITE_DECL) {
      Obj *o = s->tobj;
      if (!o || s->stmt->nkid != 1 || o->escaped || o->ext || o->kind != OBJ_SCALAR || !loop_local(b->f, o, loop) ||
          clang_getCursorKind(o->decl) != CXCursor_VarDecl)
        return 0;
      b->local = xrealloc(b->local, (size_t)(b->nlocal + 1) * sizeof *b->local);
      b->local[b->nlocal++] = o;
    }
    for (int k = 0; k < s->narg; k++)
      if (s->callee->param[k].vm || !index_value(c, s->arg[k], loop, ivar, b) || has_macro(s->arg[k])) {
        return 0;
      }
    for (int k = 0; k < s->ncap; k++) {
      Capture *x = &s->cap[k];
      if (x->kind != CAP_VALUE) continue;
      if (x->data) {                              /* a result of the body's: the task's own */
        int mine = 0;
        for (int q = 0; q < b->nlocal; q++) mine |= b->local[q] == x->data;
        if (!mine) return 0;
        continue;
      }
      if (clang_equalCursors(x->decl, ivar)) continue;   /* the index: the task's own */
      Node *v = find_var(b->f, x->decl);
      if ((v && inside(v, loop)) || tree_changes_var(c->u, loop, x->decl)) return 0;
    }
    for (int k = 0; k < s->ndep; k++) {
      Dep *d = &s->dep[k];
      BatchDep m = batch_dep(b, d);
      if (m == BDEP_SKIP || m == BDEP_ONCE) continue;
      /* X[i] of a local array or buffer compared at run time: a range's region
       * is X[lo] .. X[lo + n - 1], made at the spawn (openmp_batch.c) */
      if ((m != BDEP_REGION && m != BDEP_FLIP) || !range_element(d, ivar)) return 0;
    }
  }
  b->range = ivn;
  b->ivar = ivar;
  return 1;
}

static void plan_range(Ctx *c, Batch *b) {
  if (range_ok(c, b)) return;
  b->range = NULL;                /* what the try collected goes */
  b->nread = b->nlocal = 0;
}

/* DELAYED_GRAIN of the batch's callees: the smallest, 0 for none */
static long grain_of(Batch *b) {
  long grain = 0;
  for (int k = 0; k < b->nsite; k++) {
    long g = b->site[k]->callee ? b->site[k]->callee->grain : 0;
    if (g > 0 && (!grain || g < grain)) grain = g;
  }
  return grain;
}

static char *join_labels(Batch *b) {
  Buf l = {0};
  buf_add(&l, "", 0);
  for (int i = 0; i < b->nsite; i++) {
    if (!b->site[i]->callee) continue;      /* a copy of a result: not a function of the user's */
    const char *lb = b->site[i]->callee->label;
    int seen = 0;
    for (int k = 0; k < i; k++)
      seen |= b->site[k]->callee && !strcmp(lb, b->site[k]->callee->label);
    if (!seen) buf_printf(&l, "%s%s", l.len ? "+" : "", lb);
  }
  if (!l.len) buf_puts(&l, "copy");
  return l.s;
}

static void plan_function(Ctx *c) {
  Func *f = c->f;
  Node **tried = NULL;            /* loops already refused: said once */
  int ntried = 0;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (!task_site(s) || s->inline_call || s->batch || !s->in_loop) continue;
    int seen = 0;
    for (int k = 0; k < ntried; k++) seen |= inside(s->stmt, tried[k]);
    if (seen) continue;
    Node *loops[64];
    int nl = 0;
    for (Node *n = s->stmt->parent; n && n != f->body && nl < 64; n = n->parent)
      if (is_loop(n)) loops[nl++] = n;
    Batch *b = xcalloc(1, sizeof *b);
    const char *why = "no loop";
    for (int k = nl - 1; k >= 0; k--) {          /* the outermost first; coarse: an inner one */
      why = try_loop(c, b, loops[k]);
      if (!why && b->est_ns > BATCH_MAX_NS && !grain_of(b) && k > 0) why = "coarse";
      if (!why) break;
    }
    if (why) {
      if (nl) {
        char *lb = b->nsite ? join_labels(b) : xstrdup(s->callee ? s->callee->label : "copy");
        an_explain(c->a, loops[0], "the loop's calls of '%s' are tasks one by one, not batches: %s", lb, why);
        for (int k = i; k < f->nsite; k++)      /* (suggest weighs small calls by it) */
          if (task_site(f->site[k]) && !f->site[k]->batch && inside(f->site[k]->stmt, loops[0]))
            f->site[k]->no_batch = why;
        free(lb);
        tried = xrealloc(tried, (size_t)(ntried + 1) * sizeof *tried);
        tried[ntried++] = loops[0];
      }
      free(b->site);
      free(b);
      continue;
    }
    b->grain = grain_of(b);
    b->label = join_labels(b);
    if (b->est_ns > BATCH_MAX_NS && !b->grain) {
      an_explain(c->a, b->loop, "the loop's calls of '%s' are tasks one by one: about %lld us per iteration, "
                 "coarse enough", b->label, b->est_ns / 1000);
      free(b->site);
      free(b->label);
      free(b);
      continue;
    }
    b->id = f->nbatch;
    for (int k = 0; k < b->nsite; k++)     /* objects whose regions are now compared at run time */
      for (int j = 0; j < b->site[k]->ndep; j++)
        if (batch_dep(b, &b->site[k]->dep[j]) == BDEP_FLIP) {
          Obj *o = b->site[k]->dep[j].obj;
          o->regions = 1;
          o->blocked = 0;
          o->ranged = 0;
          an_explain(c->a, b->loop, "'%s': the loop's batches name ranges of it that cover their calls, so its regions "
                     "are compared at run time (each task and wait on it waits only for the tasks it overlaps)",
                     o->name);
        }
    for (int k = 0; k < b->nsite; k++) {
      b->site[k]->batch = b;
      b->site[k]->batch_k = k;
    }
    plan_range(c, b);
    f->batch = xrealloc(f->batch, (size_t)(f->nbatch + 1) * sizeof *f->batch);
    f->batch[f->nbatch++] = b;
    const char *chain = NULL;
    for (int k = 0; k < b->nsite && !chain; k++)
      for (int j = 0; j < b->site[k]->ndep && !chain; j++)
        if (batch_dep(b, &b->site[k]->dep[j]) == BDEP_ONCE && b->site[k]->dep[j].acc != ACC_IN)
          chain = b->site[k]->dep[j].obj->name;
    if (chain)
      an_explain(c->a, b->loop, "the loop's calls of '%s' form a chain on '%s': they run in batches one after "
                 "another, about as fast as the serial loop (a task per call would cost more than the calls)",
                 b->label, chain);
    if (b->range) {
      char *iv = fe_spelling(b->ivar);
      an_explain(c->a, b->loop, "the loop's batches are ranges of '%s': the calls' arguments are made of '%s' and "
                 "values the loop does not change, so a batch's task makes its calls and the loop keeps no record "
                 "of them", iv, iv);
      free(iv);
    }
    if (b->grain)
      an_explain(c->a, b->loop, "the loop's calls of '%s' run in batches of %ld calls (DELAYED_GRAIN)", b->label,
                 b->grain);
    else if (b->est_ns >= 0 && b->est_ns < 1000)
      an_explain(c->a, b->loop, "the loop's calls of '%s' run in batches: about %lld ns each, less than a task costs "
                 "(about 1 us); the runtime sizes each batch to tens of microseconds", b->label, b->est_ns);
    else if (b->est_ns >= 0)
      an_explain(c->a, b->loop, "the loop's calls of '%s' run in batches: about %lld ns each, so that tasks of tens "
                 "of microseconds (the runtime sizes them) keep the cost of a task small beside its work",
                 b->label, b->est_ns);
    else
      an_explain(c->a, b->loop, "the loop's calls of '%s' run in batches: their cost is unknown here, so the "
                 "runtime measures them and sizes each batch to tens of microseconds", b->label);
  }
  free(tried);
}

void an_batches(Analysis *a) {
  if (a->no_batch) return;
  for (int i = 0; i < a->nfn; i++) {
    Ctx c = {a, a->u, a->fn[i], NULL, 0, 0};
    plan_function(&c);
  }
  for (int i = 0; i < a->nsub; i++) {
    a->sub[i]->no_batch = a->no_batch;
    an_batches(a->sub[i]);
  }
}
