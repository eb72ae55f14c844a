/* analyze.c — from a function body to its task plan: the driver of the analysis.
 *
 * For every function defined in the main file that makes delayed calls:
 *   1. sites.c    finds the delayed call sites and the form of each (a call
 *                 statement, `x = f(..)`, `T x = f(..)`, a call nested in an
 *                 expression, hoisted into a temporary);
 *   2. objects.c  finds the tracked objects: local variables whose storage tasks
 *                 write or read behind ordinary code; copies.c adds the plain
 *                 copies `dst = x` of pending values and forwards them;
 *                 pure_calls.c makes a DELAYED_PURE call made twice a copy;
 *   3. deps.c     gives each task its dependencies (scalars by address, elements,
 *                 ranges, aligned blocks, whole arrays) — or leaves the call
 *                 serial, with the reason, where a dependency cannot be named;
 *   4. syncs.c    finds the sync points: each ordinary statement that touches a
 *                 tracked object waits for exactly the tasks that touch it;
 *      shared_state.c, fusion.c, edges.c, captures.c complete the plan.
 * This file runs those steps in order (analyze_func: one named step each),
 * then the whole file's (unity builds, serial clones).  Below the passes:
 * tree.c (questions about the tree), expr.c (expression text), and the
 * plan's constructors (plan/plan.c).
 *
 * Invariant after an_run: every non-serial site's objects are tracked, every dep
 * names a tracked object, and a serial site is treated as ordinary code. */
#define _GNU_SOURCE
#include "analysis/analysis.h"
#include "analysis/passes.h"
#include "cost/cost.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- the function ---- */

int count_sites(Ctx *c, Node *n) {
  if (n->kind == CXCursor_CallExpr) {
    int r = an_is_delayed_call(c->u, n, NULL, NULL, NULL, NULL);
    if (r || pointer_call_to_delayed(c->u, n)) return 1;   /* (the latter said, serial: sites.c) */
  }
  for (int i = 0; i < n->nkid; i++)
    if (count_sites(c, n->kid[i])) return 1;
  return 0;
}

/* ---- the steps, in the order analyze_func runs them ---- */

/* The function's facts the steps read: its signature, its variables, whether
 * a goto jumps backwards or `typeof` is spelled.  NULL when it has no body or
 * makes no delayed call. */
static Func *new_func(Analysis *a, Unit *u, CXCursor fc) {
  Node *root = fe_tree(u, fc);
  Node *body = NULL;
  for (int i = 0; i < root->nkid; i++)
    if (root->kid[i]->kind == CXCursor_CompoundStmt) body = root->kid[i];
  if (!body) return NULL;
  Func *f = xcalloc(1, sizeof *f);
  f->u = u;
  f->cur = fc;
  f->name = fe_spelling(fc);
  f->root = root;
  f->body = body;
  Ctx c = {a, u, f, NULL, 0, 0};
  /* no delayed call: nothing to plan, but a DELAYED function keeps its
   * extent checks (lower/extent_checks.c) */
  if (!count_sites(&c, body)) {
    Callee *ce = fe_callee(u, fc);
    int main_fn = !strcmp(f->name, "main");       /* it may open the region its callees' tasks run in */
    if (!main_fn && (!ce || !ce->delayed)) { free(f->name); free(f); fe_free_tree(root); return NULL; }
    f->leaf = !main_fn;
  }
  CXType ft = clang_getCursorType(fc);
  f->variadic = ft.kind == CXType_FunctionProto && clang_isFunctionTypeVariadic(ft);
  CXType rt = clang_getResultType(ft);
  f->result = fe_type(rt);
  f->void_result = rt.kind == CXType_Void;
  int np = clang_Cursor_getNumArguments(fc);
  f->nparam = np > 0 ? np : 0;
  f->pname = xcalloc((size_t)f->nparam + 1, sizeof *f->pname);
  for (int i = 0; i < f->nparam; i++) f->pname[i] = fe_spelling(clang_Cursor_getArgument(fc, (unsigned)i));
  collect_vars(f, body);
  f->backjump = has_back_goto(body, body);
  for (unsigned k = body->beg; k + 6 <= body->end && !f->typeof_text; k++)
    f->typeof_text = !strncmp(u->src + k, "typeof", 6);
  return f;
}

/* The functions that change the calling thread's floating-point environment
 * (its rounding mode, its exception flags as the program reads them). */
static const char *const fenv_setters[] = {"fesetround", "fesetenv", "feupdateenv", "feholdexcept",
                                           "fesetexceptflag", "feclearexcept", "feraiseexcept", NULL};

static enum CXChildVisitResult fenv_visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  char **found = d;
  if (clang_getCursorKind(k) == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) {
      char *nm = fe_spelling(r);
      for (int i = 0; fenv_setters[i] && !*found; i++)
        if (!strcmp(nm, fenv_setters[i])) *found = xstrdup(nm);
      free(nm);
      if (*found) return CXChildVisit_Break;
    }
  }
  return CXChildVisit_Recurse;
}

/* Does the file change the floating-point environment anywhere?  It is each
 * thread's own: tasks would round, and raise flags, in their threads' (a
 * blind tester's fesetround(FE_UPWARD) around a loop of tasks). */
static char *file_sets_fenv(Unit *u) {
  char *found = NULL;
  int named = 0;                /* spelled in the file (not only by a header's macro): look */
  for (int i = 0; fenv_setters[i] && !named; i++) named = memmem(u->src, u->len, fenv_setters[i], strlen(fenv_setters[i])) != NULL;
  if (!named) return NULL;
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), fenv_visit, &found);
  return found;
}

/* Does n read errno where a task may have run on this thread before: at or
 * after the first task's call (by place), or in a loop that reaches it?
 * Before any task, errno is the function's own (`if (!f) { perror(path);
 * return 1; }` at the top of main). */
static int reads_errno_late(Node *n, unsigned first) {
  if (n->end <= first) {
    int loop_past = 0;                          /* a loop around it runs again after a task */
    for (Node *p = n->parent; p && !loop_past; p = p->parent)
      loop_past = (p->kind == CXCursor_ForStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt) &&
                  p->end > first;
    if (!loop_past) return 0;
  }
  if (n->end <= first || n->beg >= first || !n->nkid) return reads_errno(n);
  for (int i = 0; i < n->nkid; i++)
    if (reads_errno_late(n->kid[i], first)) return 1;
  return 0;
}

/* A function whose body cannot be re-entered from a parallel region, or
 * whose tasks would change what it means, spawns none: every site serial. */
static void refuse_function(Ctx *c) {
  Func *f = c->f;
  Node *body = f->body;
  const char *why = NULL;
  char *fenv = c->a->fenv ? fmt("the file changes the floating-point environment (%s), which is each thread's own: "
                                "a task would compute in another thread's", c->a->fenv) : NULL;
  if (fenv) why = fenv;
  if (f->variadic) why = "it is variadic (its body cannot be re-entered in a parallel region)";
  for (int i = 0; i < f->nparam; i++)
    if (!*f->pname[i]) why = "it has an unnamed parameter";
  unsigned ob, cb;
  if (!fe_braces(c->u, body, &ob, &cb)) why = "its braces are written by a macro";
  unsigned first = body->end;
  for (int i = 0; i < f->nsite; i++) {
    Node *at = f->site[i]->call ? f->site[i]->call : f->site[i]->stmt;
    if (at && at->beg < first) first = at->beg;
  }
  if (reads_errno_late(body, first)) why = "it reads errno after a task may have run on its thread";
  for (int i = 0; i < f->nvars; i++) {
    CXType t = clang_getCursorType(f->vars[i]->cur);
    if (t.kind == CXType_VariableArray)
      why = "it declares a variable-length array (its size is known only on the stack frame a task may outlive; "
            "allocate it with malloc instead, `double *v = malloc(n * sizeof *v);`, and free it at the end)";
  }
  if (why)
    for (int i = 0; i < f->nsite; i++)
      serialize(c->a, f->site[i], fmt("the function '%s' cannot spawn tasks: %s", f->name, why));
  free(fenv);
}

/* Results first, so that every result variable is a tracked object; hoisted
 * calls write temporaries. */
static void track_results(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++)
    if (!f->site[i]->serial) set_target(c, f->site[i]);
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (!s->serial && s->form == SITE_HOIST) s->temp = plan_temp(f, s, in_nested_scope(f, s->stmt));
  }
}

/* What task arguments read becomes tracked: the memory behind pointer
 * arguments, then the variables arguments name, and the copies of pending
 * values (copies.c).  A copy `y = x` makes y tracked, and a task reading y
 * makes its own reads tracked in the next round: four rounds follow chains
 * of four copies; a longer chain's last copies stay ordinary code, which
 * waits for what it reads (correct, less parallel). */
static void track_arguments(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || !s->callee) continue;
    for (int k = 0; k < s->narg && k < s->callee->nparam; k++)
      if (s->callee->param[k].dir != DIR_VALUE) pointer_base(c, s->arg[k]);
  }
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < f->nsite; i++) {
      Site *s = f->site[i];
      if (s->serial || !s->callee) continue;
      for (int k = 0; k < s->narg; k++) {
        Refs r = {0};
        collect_refs(c, s->arg[k], &r, 0);
        if (r.n) { free(r.r); r = (Refs){0}; collect_refs(c, s->arg[k], &r, 1); }
        free(r.r);
      }
    }
    find_copies(c, f->body);
  }
}

/* Objects declared in a nested scope (which may end before their task runs)
 * live in slots of the runtime's arena, named through a pointer — unless a
 * macro names them, where no rename reaches. */
static void choose_slots(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (!o->nested || o->fused) continue;
    o->slot = 1;
    if (o->temp) continue;
    Refs r = {0};
    collect_refs(c, f->body, &r, 0);
    for (int k = 0; k < r.n; k++)
      if (r.r[k].obj == o && r.r[k].node->macro && r.r[k].node->abeg == r.r[k].node->aend) {   /* (a macro's argument: renamed there) */
        o->slot = 0;
        an_explain(c->a, r.r[k].node, "'%s' is named inside a macro: tasks that write it run serially", o->name);
        break;
      }
    free(r.r);
  }
  /* a recovered argument text names variables as written: no slot may hide there */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || !s->argsrc) continue;
    for (int k = 0; k < s->narg && !s->serial; k++) {
      if (!s->argsrc[k]) continue;
      Refs r = {0};
      collect_refs(c, s->arg[k], &r, 0);
      for (int j = 0; j < r.n; j++)
        if (r.r[j].obj->slot || r.r[j].obj->temp) {
          serialize(c->a, s, "an argument uses a macro and a variable delayc renames");
          break;
        }
      free(r.r);
    }
  }
}

/* Each task's accesses (deps.c); a task on an object whose address ordinary
 * code stores, or that a macro names in a nested scope, stays serial. */
static void task_accesses(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial) continue;
    if (s->form == SITE_COPY) continue;
    if (!site_task_deps(c, s)) continue;
    for (int k = 0; k < s->ndep; k++) {
      Obj *o = s->dep[k].obj;
      if (o->escaped) {
        serialize(c->a, s, fmt("'%s' has its address stored by %s", o->name,
                               o->escaped == 2 ? "the task's function" : "ordinary code"));
        break;
      }
      if (o->nested && !o->slot && !o->temp) { serialize(c->a, s, fmt("'%s' is named inside a macro", o->name)); break; }
    }
  }
}

/* `int a = f(1), b = g(2);` is written once as its tasks' texts (lower/
 * place.c): when one of its calls is left serial, the others are too, and the
 * statement stays as written.  Returns how many it serialized. */
static int serialize_declaration(Ctx *c) {
  Func *f = c->f;
  int n = 0;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->form != SITE_DECL || s->stmt->nkid < 2) continue;
    for (int k = 0; k < f->nsite; k++) {
      Site *o = f->site[k];
      if (o != s && o->serial && o->form == SITE_DECL && o->stmt == s->stmt) {
        serialize(c->a, s, "another call of its declaration runs serially (declare each variable on its own line)");
        n++;
        break;
      }
    }
  }
  return n;
}

/* Calls just left serial are ordinary code: what they do with addresses may
 * be an escape too, which leaves more calls serial.  Each round that changes
 * anything serializes a site, so it ends within nsite rounds. */
static void settle_escapes(Ctx *c) {
  Func *f = c->f;
  for (int changed = 1, round = 0; changed && round <= f->nsite; round++) {
    changed = 0;
    find_escapes(c);
    for (int i = 0; i < f->nsite; i++) {
      Site *s = f->site[i];
      if (s->serial) continue;
      for (int k = 0; k < s->ndep; k++)
        if (s->dep[k].obj->escaped) {
          serialize(c->a, s, fmt("'%s' has its address stored by %s", s->dep[k].obj->name,
                                 s->dep[k].obj->escaped == 2 ? "the task's function" : "ordinary code"));
          changed = 1;
          break;
        }
    }
    if (serialize_declaration(c)) changed = 1;
  }
}

/* Copies again, now that producers may have fallen back to serial: a copy
 * forwarded into a serial producer is ordinary code again (its value is where
 * the serial call left it); a copy of objects that cannot be tracked, or of a
 * value no task produces, is ordinary code. */
static void settle_copies(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *k = f->site[i];
    if (!k->fused) continue;
    for (int j = 0; j < f->nsite; j++) {
      Site *p = f->site[j];
      if (p->fwd != k->target || !p->serial) continue;
      p->fwd = NULL;
      p->tobj = k->src;
      p->tindex = NULL;
      k->fused = 0;
      k->serial = 1;
      k->tobj = NULL;
    }
  }
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->form != SITE_COPY) continue;
    for (int k = 0; k < s->ndep; k++) {
      Obj *o = s->dep[k].obj;
      if (o->escaped || (o->nested && !o->slot)) { serialize(c->a, s, "its objects cannot be tracked"); break; }
    }
  }
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->form != SITE_COPY || s->fused) continue;
    int live = 0;
    for (int k = 0; k < f->nsite; k++)
      if (!f->site[k]->serial && (f->site[k]->tobj == s->src || f->site[k]->temp == s->src) && f->site[k] != s) live = 1;
    if (!live) { s->serial = 1; s->tobj = NULL; }
  }
}

/* How tasks name each object, once every task's accesses are final: by
 * aligned blocks of one size, element by element, by ranges (deps.c
 * range_modes); and each task's cutoff over its arguments. */
static void region_modes(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    long long bs = -1;
    for (int k = 0; k < f->nsite && bs; k++) {
      Site *s = f->site[k];
      if (s->serial || s->fused) continue;
      for (int j = 0; j < s->ndep; j++) {
        Dep *d = &s->dep[j];
        if (d->obj != o) continue;
        if (!d->block || (bs > 0 && d->block != bs)) { bs = 0; break; }
        bs = d->block;
      }
    }
    o->blocked = bs > 0 ? bs : 0;
  }
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) { continue; }
    f->ntask++;
    for (int k = 0; k < s->ndep; k++)
      if (s->dep[k].index || s->dep[k].count) s->dep[k].obj->elementwise = 1;
    if (s->callee && s->callee->cutoff) {
      int all = 1;
      for (int k = 0; k < s->narg; k++) all &= s->argspawn[k];
      s->cutoff = all ? subst_params(s, s->callee->cutoff) : NULL;
      if (!s->cutoff)
        an_explain(c->a, s->call, "cutoff of '%s' not applied here: an argument is a pending result", s->callee->label);
    }
    if (s->callee && s->callee->rank) {
      int all = 1;
      for (int k = 0; k < s->narg; k++) all &= s->argspawn[k];
      s->rank = all ? subst_params(s, s->callee->rank) : NULL;
      if (!s->rank)
        an_explain(c->a, s->call, "DELAYED_RANK of '%s' not applied here: an argument is a pending result",
                   s->callee->label);
    }
  }
  range_modes(c);               /* ranges of run-time length or of many elements: no iterator */
}

/* A statement that reads its hoisted results at once would only wait: the
 * last of its hoisted calls runs inline on this thread instead of as a task
 * (`return fib(n-1) + fib(n-2);` spawns one and computes the other).  Not
 * when the statement is itself a task: then the results feed that task. */
static void inline_reads(Ctx *c) {
  Func *f = c->f;
  for (int i = f->nsite - 1; i >= 0; i--) {
    Site *s = f->site[i];
    if (s->serial || s->form != SITE_HOIST) continue;
    int task_stmt = 0, later = 0, others = 0;
    for (int k = 0; k < f->nsite; k++) {
      Site *o = f->site[k];
      if (o->serial || o->stmt != s->stmt) continue;
      if (o->form != SITE_HOIST) task_stmt = 1;
      else if (k > i && o->branch == s->branch) later = 1;
      others += k != i;
    }
    if (!task_stmt && !later) {
      s->inline_call = 1;
      if (others) continue;     /* fib(n - 1) + fib(n - 2): the others are tasks beside it */
      s->inline_read = 1;
      /* (said: nothing that stays serial is silent; the edit where it pays, in a loop) */
      char *t = s->stmt ? fe_text(c->u, s->stmt->beg, s->stmt->end) : xstrdup("");
      if (strlen(t) > 60) strcpy(t + 57, "...");
      Node *up = s->call ? s->call->parent : NULL;
      while (up && (up->kind == CXCursor_UnexposedExpr || up->kind == CXCursor_ParenExpr)) up = up->parent;
      if (s->in_loop && up && up->kind == CXCursor_CompoundAssignOperator && up->nkid == 2 &&
          fe_strip(up->kid[1]) == s->call)   /* G += f(i), s.sum += f(i): the update of a local is a task */
        an_explain(c->a, s->call, "call of '%s' runs inline: the statement around it ('%s') updates what delayc "
                   "cannot give a task of its own (a global, a static or a member), so every iteration would wait; "
                   "accumulate into a local variable (t += %s(...)) and add it after the loop", s->callee->label, t,
                   s->callee->label);
      else if (s->in_loop)
        an_explain(c->a, s->call, "call of '%s' runs inline: its result is read at once by the statement around it "
                   "('%s'), so every iteration would wait for its task; store each result as it is (r[i] = %s(...)) "
                   "and compute with them after the loop", s->callee->label, t, s->callee->label);
      else
        an_explain(c->a, s->call, "call of '%s' runs inline: its result is read at once by the statement around it "
                   "('%s'), which would wait for its task; spawn other work before it reads the result (store the "
                   "result in a variable, and use it later)", s->callee->label, t);
      free(t);
    }
  }
}

/* A whole-buffer access needs an extent once the buffer is named element by
 * element elsewhere: without one, the task stays serial. */
static void buffer_extents(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial) continue;
    for (int k = 0; k < s->ndep; k++) {
      Dep *d = &s->dep[k];
      if (d->obj->kind == OBJ_BUFFER && d->obj->elementwise && !d->index && !d->count) {
        serialize(c->a, s, fmt("'%s' is accessed element by element elsewhere and this call names no extent for it", d->obj->name));
        f->ntask--;
        break;
      }
    }
  }
  f->ntask -= serialize_declaration(c);
}

/* Left by longjmp (a callee's, to a setjmp above it): its tasks are waited
 * for before each such call (syncs.c), and it opens no parallel region of its
 * own, which the longjmp would leave.  main is never left that way. */
static void longjmp_policy(Ctx *c) {
  Func *f = c->f;
  if (strcmp(f->name, "main") != 0 && calls_longjmp(c->u, f->body)) {
    f->longjmps = 1;
    an_explain(c->a, f->root, "'%s' may be left by longjmp: it waits for its tasks before each call that may jump, "
               "and opens no parallel region (its tasks run in parallel only when it is called inside one)", f->name);
  }
}

/* A task whose result the next statement waits for, with nothing spawned
 * between, would only make this thread wait: it runs inline instead, on this
 * thread, which then spawns what the callee spawns.  Above all in the function
 * that opens the parallel region (`long r = fib(38); printf(.., r);` in main):
 * spawned, that one task may be taken by another thread while this one, in
 * its wait, may run only its own children — none — and every task of the
 * program then runs on that one thread (libgomp).  Before an explicit
 * delayed_compute too (`nqueens(n, 0, a, &total); delayed_compute(total);`:
 * half the runs used one thread of two) when the callee spawns tasks itself;
 * a task that returns nothing but writes what the next statement reads, only
 * when it spawns tasks itself (a recursion's root: 8 runs of 10 on one thread
 * of two with libgomp). */
static enum CXChildVisitResult spawn_visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  void **st = d;
  if (clang_getCursorKind(k) == CXCursor_CallExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) {
      Callee *ce = fe_callee(st[0], r);
      if (ce && ce->delayed) { st[1] = (void *)1; return CXChildVisit_Break; }
    }
  }
  return CXChildVisit_Recurse;
}

/* Does the callee's body (in this unit) make delayed calls? */
static int callee_spawns(Unit *u, Callee *ce) {
  if (!ce) return 0;
  CXCursor def = clang_getCursorDefinition(ce->cur);
  if (clang_Cursor_isNull(def)) return 0;
  void *st[2] = {u, NULL};
  clang_visitChildren(def, spawn_visit, st);
  return st[1] != NULL;
}

static int writes_obj(Site *s, Obj *o) {   /* its result, or an OUT/INOUT argument's memory */
  if (s->tobj == o) return 1;
  for (int j = 0; j < s->ndep; j++)
    if (s->dep[j].obj == o && s->dep[j].acc != ACC_IN) return 1;
  return 0;
}

/* next is `X.m = v;` (or X->m), X the element the result of s goes to a
 * member of (pts[i] of `pts[i].x = f(i)`): the text of its left side, else NULL. */
static char *sibling_member(Unit *u, Site *s, Node *next) {
  Node *t = s->target ? fe_strip(s->target) : NULL;
  Node *a = fe_strip(next);
  if (!t || !a || t->kind != CXCursor_MemberRefExpr || !t->nkid || a->kind != CXCursor_BinaryOperator ||
      a->nkid != 2 || !fe_is_assign(u, a))
    return NULL;
  Node *l = fe_strip(a->kid[0]);
  if (!l || l->kind != CXCursor_MemberRefExpr || !l->nkid) return NULL;
  char *tb = fe_text(u, t->kid[0]->beg, t->kid[0]->end), *lb = fe_text(u, l->kid[0]->beg, l->kid[0]->end);
  char *r = !strcmp(tb, lb) ? fe_text(u, l->beg, l->end) : NULL;
  free(tb);
  free(lb);
  return r;
}

static void inline_waited(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->fuse_loop || s->inline_call || s->form == SITE_COPY ||
        s->form == SITE_HOIST)
      continue;
    Node *blk = s->stmt->parent, *next = NULL;
    if (!blk || blk->kind != CXCursor_CompoundStmt) continue;
    for (int k = 0; k + 1 < blk->nkid; k++)
      if (blk->kid[k] == s->stmt) next = blk->kid[k + 1];
    if (!next) continue;
    int waited = 0;
    for (int k = 0; k < f->nsync && !waited; k++) {
      Sync *y = f->sync[k];
      if (y->at != next || y->loop) continue;
      /* before an explicit compute, only a task that spawns tasks (the one that
       * strands threads); a void task, only one that spawns tasks (`work(a, 0,
       * n);` of a recursion, then a loop reading a) */
      if (y->compute || !s->tobj ? !callee_spawns(c->u, s->callee) : 0) continue;
      waited = y->full;
      for (int j = 0; j < y->ndep; j++) waited |= writes_obj(s, y->dep[j].obj);
    }
    for (int k = 0; k < f->nsite && waited; k++)    /* a task of the next statement runs first */
      if (!f->site[k]->serial && f->site[k]->stmt == next && f->site[k]->form == SITE_HOIST && !f->site[k]->inline_call)
        waited = 0;
    for (int k = i + 1; k < f->nsite && waited; k++)  /* `int a = f(1), b = f(2);`: only the last runs inline */
      if (!f->site[k]->serial && f->site[k]->stmt == s->stmt) waited = 0;
    if (!waited) continue;
    s->inline_call = 1;
    char *sib = s->tmember ? sibling_member(c->u, s, next) : NULL;
    if (sib)
      an_explain(c->a, s->call, "call of '%s' runs inline: the next statement writes '%s', another member of the "
                 "element its result goes to, and the task holds that element whole; write '%s' before the call, and "
                 "the %s run in parallel", s->callee->label, sib, sib, s->in_loop ? "iterations' calls" : "calls");
    else if (s->in_loop)
      an_explain(c->a, s->call, "call of '%s' runs inline: the next statement waits for what it writes, so each "
                 "iteration waits for its own call; store the results (an array indexed by the loop) and use them "
                 "after the loop, and the iterations' calls run in parallel", s->callee->label);
    else
      an_explain(c->a, s->call, "call of '%s' runs inline: the next statement waits for what it writes",
                 s->callee->label);
    free(sib);
    /* the result is there when the statement runs: no wait for it, unless a
     * task writes it too */
    int other = 0;
    for (int k = 0; k < f->nsite; k++) {
      Site *o = f->site[k];
      if (o == s || o->serial || o->fused || o->inline_call) continue;
      for (int j = 0; j < o->ndep; j++) other |= o->dep[j].obj == s->tobj;
    }
    for (int k = 0; k < f->nsync && !other && s->tobj; k++) {
      Sync *y = f->sync[k];
      if (y->at != next || y->loop || y->full) continue;
      int w = 0;
      for (int j = 0; j < y->ndep; j++)
        if (y->dep[j].obj != s->tobj) y->dep[w++] = y->dep[j];
      y->ndep = w;
      if (!w) {                   /* nothing left to wait for */
        free(y->dep);
        free(y);
        memmove(&f->sync[k], &f->sync[k + 1], (size_t)(f->nsync - k - 1) * sizeof *f->sync);
        f->nsync--;
        k--;
      }
    }
  }
}

/* A task a wait later in the same iteration of its loop waits for, of a call
 * smaller than a task costs (the README's seed loop without `restrict`: inc
 * and dbl spawned, then add run in place waits for both, a million times:
 * 300 times slower than the serial loop, blind round 61b): the wait keeps the
 * iterations from overlapping, and the iteration's own calls are too small to
 * gain from running beside each other.  It runs inline, the iteration as the
 * serial program runs it. */

static Node *loop_around(Node *n) {
  for (Node *p = n->parent; p; p = p->parent)
    if (p->kind == CXCursor_ForStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt) return p;
  return NULL;
}

/* Does n run in every iteration of loop that reaches it: no branch, no
 * inner loop between them? */
static int every_iteration(Node *n, Node *loop) {
  for (Node *p = n->parent; p && p != loop; p = p->parent)
    if (p->kind == CXCursor_IfStmt || p->kind == CXCursor_SwitchStmt || p->kind == CXCursor_ConditionalOperator ||
        p->kind == CXCursor_ForStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt)
      return 0;
  return 1;
}

static void inline_tiny_waited(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->fuse_loop || s->inline_call || s->form == SITE_COPY || !s->callee || !s->in_loop)
      continue;
    Node *loop = loop_around(s->stmt);
    long long cost = loop ? cost_function(s->callee->cur) : -1;
    if (cost < 0 || cost >= COST_TASK_NS || callee_spawns(c->u, s->callee)) continue;
    int waited = 0;
    for (int k = 0; k < f->nsync && !waited; k++) {
      Sync *y = f->sync[k];
      if (y->loop || y->at->beg < s->stmt->end || y->at->end > loop->end || !every_iteration(y->at, loop)) continue;
      waited = y->full;
      for (int j = 0; j < y->ndep; j++) waited |= writes_obj(s, y->dep[j].obj);
    }
    for (int k = 0; k < f->nsite && !waited; k++) {   /* a call run inline or in place after it reads it */
      Site *t = f->site[k];
      if (t == s || !(t->inline_call || t->in_place) || t->stmt->beg < s->stmt->end || t->stmt->end > loop->end ||
          !every_iteration(t->stmt, loop))
        continue;
      for (int j = 0; j < t->ndep; j++) waited |= t->dep[j].acc != ACC_OUT && writes_obj(s, t->dep[j].obj);
    }
    if (!waited) continue;
    s->inline_call = 1;
    an_explain(c->a, s->call, "call of '%s' runs inline: the iteration waits for it further on, and about %lld ns is "
               "less than a task costs (about 1 us); tasks pay where each iteration's calls are larger, or where "
               "the iterations run beside each other (their results stored, used after the loop)",
               s->callee->label, cost);
  }
}

/* The one task of a function that is not DELAYED, its last work before it
 * returns (a helper `process_block(out, lo, hi) { work(out + lo, ...); }`):
 * the return waits for it, so nothing runs beside it, and a loop calling the
 * helper runs the tasks one after another.  It runs inline, and says so with
 * the edit: the helper DELAYED (its calls become the tasks), or the call
 * where the helper is called (blind round 48b: silent). */
static void inline_at_exit(Ctx *c) {
  Func *f = c->f;
  Site *one = NULL;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->inline_call || s->form == SITE_COPY) continue;
    if (one) return;
    one = s;
  }
  Callee *self = fe_callee(c->u, f->cur);
  if (!one || one->in_loop || f->backjump || (self && self->delayed) || !one->stmt ||
      one->stmt->parent != f->body || !strcmp(f->name, "main"))
    return;
  int at = -1;
  for (int k = 0; k < f->body->nkid; k++)
    if (f->body->kid[k] == one->stmt) at = k;
  for (int k = at + 1; at >= 0 && k < f->body->nkid; k++) {      /* only `return;` or `return x;` after it */
    Node *r = f->body->kid[k];
    if (r->kind != CXCursor_ReturnStmt || has_kind(r, CXCursor_CallExpr)) return;
  }
  if (at < 0) return;
  one->inline_call = one->inline_exit = 1;
  an_explain(c->a, one->call, "call of '%s' runs inline: '%s' returns right after it, and waits for its tasks, so "
             "nothing runs beside it, and a loop calling '%s' runs these calls one after another; mark '%s' "
             "DELAYED (with the directions of its pointers: its calls become the tasks), or make the call of '%s' "
             "where '%s' is called", one->callee->label, f->name, f->name, f->name, one->callee->label, f->name);
}

/* A task in a loop that reads all memory reached through pointers and
 * writes some of it runs after the one before has written: the remark counts
 * it chained, and --explain says why and the edit (blind 64a: a risk
 * calculator reading a global struct's arrays, peak 1, and --explain spoke
 * only of batches). */
static void explain_memory_chains(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->inline_call || s->form == SITE_COPY || !s->in_loop || !s->callee ||
        !plan_memory_chained(s))
      continue;
    an_explain(c->a, s->call ? s->call : s->stmt, "call of '%s' runs after the one before: it reads all memory "
               "reached through pointers (a global's pointer, or data holding pointers read all the way down) and "
               "writes some of it, so each call waits for the last one's writes; pass '%s' the arrays it reads as "
               "parameters of their own, each with its count (DELAYED_IN_N(n) const T *p)", s->callee->label,
               s->callee->label);
  }
}

/* Does every delayed call of the function run inline or serially, some in a
 * loop (`out[i] = tiny(in[i]) & 1023` over pointers that may alias, blind
 * 62b)?  Nothing is spawned there: the function stays as written, the calls
 * plain calls.  Its slots, its waits before each inline call and its parallel
 * region would only cost (200,000 inline calls: 0.77 s against nothing
 * serially). */
static int all_inline(Ctx *c) {
  Func *f = c->f;
  int looped = 0;               /* (once, they cost little, and the plan shows them) */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (!s->serial && (!s->inline_call || s->cutoff || s->in_place)) return 0;
    looped |= s->in_loop;
  }
  return looped;
}

/* A call run inline (below its cutoff, or read at once) first waits for the
 * tasks that may touch its data: another site's, or its own in an earlier
 * iteration. */
static void inline_waits(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || (!s->cutoff && !s->inline_call)) continue;
    int shared = s->in_loop;
    for (int k = 0; k < s->ndep && !shared; k++)
      for (int j = 0; j < f->nsite && !shared; j++) {
        Site *o = f->site[j];
        if (o == s || o->serial || o->fused) continue;
        for (int q = 0; q < o->ndep; q++) shared |= o->dep[q].obj == s->dep[k].obj;
      }
    s->wait_first = shared;
  }
}

/* Where each slot is declared: by the task whose result it is, or by its own
 * statement — alone, when it shared that with other variables. */
static void slot_declarations(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (!o->slot || o->temp || !o->declnode) continue;
    Node *ds = o->declnode->parent;
    for (int k = 0; k < f->nsite; k++)
      o->task_declared |= !f->site[k]->serial && f->site[k]->stmt == ds &&
                          (f->site[k]->form == SITE_DECL || f->site[k]->form == SITE_COPY);
    if (!o->task_declared && ds->nkid != 1)
      an_explain(c->a, ds, "'%s' shares its declaration with other variables; declared alone", o->name);
  }
}

/* The loop whose body declares a slot: each iteration's slot is dead once the
 * iteration is over and its tasks are done, so the loop gets an arena of its
 * own, which the lowering frees at an iteration's start when it has grown big
 * (after a wait): a loop of a million iterations then holds a few MiB of
 * slots, not a million slots until the function returns. */
static Node *home_loop(Func *f, Obj *o) {
  Node *n = o->declnode ? o->declnode : o->temp ? f->site[o->temp_site]->stmt : NULL;
  for (Node *p = n ? n->parent : NULL, *k = n; p && k != f->body; k = p, p = p->parent) {
    if (!is_loop(p) || !p->nkid) continue;
    Node *body = p->kind == CXCursor_DoStmt ? p->kid[0] : p->kid[p->nkid - 1];
    if (k == body) return p;        /* not the init, the condition or the step */
  }
  return NULL;
}

static void slot_arenas(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (!o->slot) continue;
    Node *L = home_loop(f, o);
    if (!L) continue;
    int k = 0;
    while (k < f->narena && f->arena_loop[k] != L) k++;
    if (k == f->narena) {
      f->arena_loop = xrealloc(f->arena_loop, (size_t)(f->narena + 1) * sizeof *f->arena_loop);
      f->arena_loop[f->narena++] = L;
    }
    o->arena = k + 1;
  }
}

/* One function's plan.  The order is the dependence between the steps: sites
 * before objects (results are objects), objects before accesses (an access
 * names an object), every decision that leaves a site serial before the
 * steps that read which sites are tasks (modes, waits, edges, captures), and
 * waits before the steps that prune or explain them. */
static void analyze_func(Analysis *a, Unit *u, CXCursor fc) {
  Func *f = new_func(a, u, fc);
  if (!f) return;
  if (f->leaf) {                /* a DELAYED function with no delayed call: nothing to plan */
    a->leaf = xrealloc(a->leaf, (size_t)(a->nleaf + 1) * sizeof *a->leaf);
    a->leaf[a->nleaf++] = f;
    return;
  }
  Ctx c = {a, u, f, NULL, 0, 0};
  find_sites(&c, f->body);      /* the delayed calls and their forms (sites.c) */
  find_views(&c);               /* pointers into other objects (objects.c) */
  refuse_function(&c);
  track_results(&c);
  merge_pure_calls(&c);         /* a DELAYED_PURE call made twice: computed once (pure_calls.c) */
  track_arguments(&c);
  find_escapes(&c);             /* addresses stored by ordinary code (objects.c) */
  forward_copies(&c);           /* a copy read nowhere else: its producer writes it (copies.c) */
  choose_slots(&c);
  task_accesses(&c);
  settle_escapes(&c);
  settle_copies(&c);
  region_modes(&c);
  inline_reads(&c);
  buffer_extents(&c);
  if (f->ntask == 0) {          /* nothing to lower: the function stays as written */
    free(c.ord);
    a->idle = xrealloc(a->idle, (size_t)(a->nidle + 1) * sizeof *a->idle);
    a->idle[a->nidle++] = f;
    return;
  }
  longjmp_policy(&c);
  for (int i = 0; i < f->nobj; i++) f->nslot += f->obj[i]->slot;
  shared_state_clocks(&c);      /* a clock read waits for the tasks before it */
  shared_state_expand(&c);      /* tasks that touch everything: on all shared state */
  memory_globals(&c);           /* a parameter's memory may be a global (memory.c) */
  find_syncs(&c, f->body);      /* the waits of ordinary code (syncs.c) */
  shared_state_argwaits(&c);    /* arguments evaluated at a spawn touch shared state */
  hoist_loop_waits(&c);         /* a loop that spawns nothing waits once, before it (syncs.c) */
  drop_covered_waits(&c);       /* no wait after a full one with no spawn between (syncs.c) */
  inline_waited(&c);            /* a task waited for at once runs inline */
  inline_tiny_waited(&c);       /* ... and a tiny one waited for in its iteration */
  inline_at_exit(&c);           /* ... and a helper's one task before it returns */
  if (all_inline(&c)) {         /* no task left to spawn: as written, no region, slots or waits */
    free(c.ord);
    a->idle = xrealloc(a->idle, (size_t)(a->nidle + 1) * sizeof *a->idle);
    a->idle[a->nidle++] = f;
    return;
  }
  shared_state_prune(&c);       /* shared state only read: nothing to order */
  drop_unneeded_deps(&c);       /* depend items that order nothing (deps.c) */
  shared_state_commute(&c);     /* globals the tasks only update (total += n): in any order */
  find_fusions(&c);             /* a chain of tasks in a loop: one task (fusion.c) */
  shared_state_explain(&c);     /* the orders shared state introduced */
  explain_memory_chains(&c);    /* ... and reading all memory while writing some */
  find_edges(&c);               /* the order the dependencies impose (edges.c) */
  find_captures(&c);            /* what each task uses of the function, and how (captures.c) */
  inline_waits(&c);
  plan_memos(&c);               /* DELAYED_PURE calls that may repeat: the run-time memo (pure_calls.c) */
  f->open_region = !f->longjmps;  /* the entry policy */
  slot_declarations(&c);
  slot_arenas(&c);              /* a loop's slots in an arena of its own, freed as it goes */
  free(c.ord);
  a->fn = xrealloc(a->fn, (size_t)(a->nfn + 1) * sizeof *a->fn);
  a->fn[a->nfn++] = f;
}

typedef struct { Analysis *a; Unit *u; } RunCtx;

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  RunCtx *r = d;
  if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) && fe_in_main(r->u, c))
    analyze_func(r->a, r->u, c);
  return CXChildVisit_Continue;
}

/* Does the text of n, outside the lines the preprocessor skips, use OpenMP
 * (`#pragma omp`, `_Pragma("omp`, omp_ calls) or start threads? */
static int own_threads(Unit *u, Node *n) {
  CXSourceRangeList *skip = clang_getSkippedRanges(u->tu, u->file);
  int own = 0;
  for (unsigned k = n->beg; k < n->end && !own; k++) {
    const char *p = u->src + k;
    int hit = !strncmp(p, "omp_", 4) || !strncmp(p, "pthread_create", 14) || !strncmp(p, "thrd_create", 11);
    if (!strncmp(p, "pragma", 6)) {                  /* #pragma omp, _Pragma("omp */
      const char *q = p + 6;
      while (*q == ' ' || *q == '\t' || *q == '(' || *q == '"') q++;
      hit = !strncmp(q, "omp", 3);
    }
    for (unsigned r = 0; hit && skip && r < skip->count; r++) {
      unsigned b, e;
      clang_getFileLocation(clang_getRangeStart(skip->ranges[r]), NULL, NULL, NULL, &b);
      clang_getFileLocation(clang_getRangeEnd(skip->ranges[r]), NULL, NULL, NULL, &e);
      if (k >= b && k < e) hit = 0;
    }
    own = hit;
  }
  if (skip) clang_disposeSourceRangeList(skip);
  return own;
}

/* main, spawning nothing itself, calls functions that open a parallel region
 * whenever they are called outside one (a page's check spawning its three
 * checksums, called 3000 times from main's loop: 3000 regions opened and
 * closed, 3 to 12 times slower than serial at 2 threads, blind round 61a):
 * main opens the one region the program runs in, as it does when it spawns
 * tasks itself.  Not when main has OpenMP of its own or starts threads (a
 * region around it would nest theirs). */
static void main_region(Analysis *a) {
  Func *m = NULL;
  int opens = 0;
  for (int i = 0; i < a->nidle; i++)
    if (!strcmp(a->idle[i]->name, "main")) m = a->idle[i];
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nsite && a->fn[i]->open_region && !opens; k++) {
      Site *st = a->fn[i]->site[k];
      opens = !st->serial && !st->inline_call && !st->in_place;   /* a task it spawns */
    }
  if (!m || !opens || !m->body) return;
  if (own_threads(a->u, m->body)) return;
  m->open_region = 1;
  an_explain(a, m->root, "'main' opens the parallel region its callees' tasks run in: they spawn tasks, and would "
             "each open and close one per call");
}

void an_run(Analysis *a, Unit *u) {
  memset(a, 0, sizeof *a);
  a->u = u;
  a->fenv = file_sets_fenv(u);
  RunCtx r = {a, u};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), top_visit, &r);
  main_region(a);               /* main opens the region its callees' tasks run in */
  an_unity(a);                  /* the .c files it includes (unity builds) */
  plan_clones(a);               /* serial clones below cutoffs (clones.c) */
  for (int i = 0; i < a->nfn; i++) {
    Func *f = a->fn[i];
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (s->serial) continue;
      for (int j = 0; j < s->ndep; j++) assert(s->dep[j].obj);
    }
  }
}
