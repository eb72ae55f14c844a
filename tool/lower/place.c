/* place.c — where lowered text goes, for every target.
 *
 * The plan (plan.h) says what runs as a task and where ordinary code waits;
 * a target (TargetOps, lower.h) says how a task, a wait, a function's entry
 * and exit are written.  This file puts that text in the input's text as
 * edits, keeping every line on its number:
 *   - renames: slot objects become (*<p>s_<name>), hoisted calls their
 *     temporaries;
 *   - per task, before its statement (hoisted) or in its place: the wait its
 *     arguments need, its arguments evaluated at the spawn, its result's
 *     declaration, then below a cutoff or read at once the call run inline
 *     (the serial clone when it has one), else the target's task;
 *   - per wait, the target's wait before the statement; for a loop whose
 *     condition reads task results, at the end of its body and before each
 *     `continue`;
 *   - at every return, the exit wait, the arena freed, `return c ? a : b;`
 *     split so each branch waits only for its own tasks;
 *   - at entry, the target's entry text, the spawn flag and the arena; at a
 *     fall-off end, the exit wait;
 *   - serial clones after their function, between #line directives;
 *   - updates of a global that tasks make in any order, atomic (atomic_updates.c);
 *   - for a unity build, each included .c file's lowered text in place of its
 *     #include line;
 *   - the marker line, the includes after the feature-test macros, `#line`,
 *     and generated names' prefix (__dc_, or __dcN_ when the source uses it).
 * Text put before a statement that is not directly in a block gets braces.
 * Variables that tasks write but whose scope ends before the task may run
 * (loop-local results) live in slots of the runtime's arena. */
#define _GNU_SOURCE
#include "lower/lower.h"
#include "analysis/analysis.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* Source text made to fit on one line: comments become a space, newlines too
 * (outside literals), so that what delayc moves never shifts a line. */
char *flatten(char *t) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = t; *p;) {
    if (*p == '"' || *p == '\'') {
      char q = *p;
      const char *e = p + 1;
      while (*e && *e != q) e += (*e == '\\' && e[1]) ? 2 : 1;
      if (*e) e++;
      buf_add(&b, p, (size_t)(e - p));
      p = e;
    } else if (p[0] == '/' && p[1] == '/') {
      while (*p && *p != '\n') p++;
      buf_add(&b, " ", 1);
    } else if (p[0] == '/' && p[1] == '*') {
      const char *e = strstr(p + 2, "*/");
      p = e ? e + 2 : p + strlen(p);
      buf_add(&b, " ", 1);
    } else if (p[0] == '\\' && p[1] == '\n') {
      p += 2;
    } else {
      buf_add(&b, *p == '\n' || *p == '\r' ? " " : p, 1);
      p++;
    }
  }
  free(t);
  return b.s;
}

char *render_with(Lower *l, Edits *ed, Node *n) {
  return flatten(ed_apply(ed, l->u->src, fe_own_beg(n), fe_own_end(n), NULL));   /* (in a macro's argument: there) */
}

char *render(Lower *l, Node *n) { return render_with(l, &l->ed, n); }

static char *arg_text(Lower *l, Edits *ed, Site *s, int i) {
  if (s->argsrc && s->argsrc[i]) return flatten(xstrdup(s->argsrc[i]));
  return render_with(l, ed, s->arg[i]);
}

static Buf *pre_of(Lower *l, Node *at, int part) {
  for (int i = 0; i < l->npre; i++)
    if (l->pre[i].at == at) return &l->pre[i].part[part];
  l->pre = xrealloc(l->pre, (size_t)(l->npre + 1) * sizeof *l->pre);
  memset(&l->pre[l->npre], 0, sizeof *l->pre);
  l->pre[l->npre].at = at;
  for (int k = 0; k < NPRE; k++) buf_add(&l->pre[l->npre].part[k], "", 0);
  return &l->pre[l->npre++].part[part];
}

/* A type usable in any declarator position, without top-level const. */
char *decl_type(const char *t) {
  int ptr = strchr(t, '*') || strchr(t, '[') || strchr(t, '(');
  if (!ptr)
    while (!strncmp(t, "const ", 6)) t += 6;
  char *r = xstrdup(t);
  size_t n = strlen(r);
  if (n > 5 && !strcmp(r + n - 5, "const") && (r[n - 6] == ' ' || r[n - 6] == '*')) {   /* `int *const`: top level */
    r[n - 5] = 0;
    while (n > 5 && r[strlen(r) - 1] == ' ') r[strlen(r) - 1] = 0;
  }
  if (!ptr) return r;     /* `int`, `struct s`, `size_t`: as the user spells it */
  char *s = fmt("__typeof__(%s)", r);
  free(r);
  return s;
}

/* A label inside a string literal (and so inside a _Pragma's string too). */
char *label_literal(const char *s) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') buf_add(&b, "\\", 1);
    if (*s == '\n') { buf_add(&b, " ", 1); continue; }
    buf_add(&b, s, 1);
  }
  return b.s;
}

/* ---- declarations of objects ---- */

/* The arena a slot comes from: the function's, or its loop's (loop_arenas). */
static char *arena_of(Lower *l, Obj *o) {
  return o->arena && l->ops->loop_arenas ? fmt("\001arena%d", o->arena) : xstrdup("\001arena");
}

static char *slot_decl(Lower *l, Obj *o) {
  char *t = decl_type(o->type);
  char *st = lower_storage(o);
  char *ar = arena_of(l, o);
  char *r = fmt("%s *%s = (%s *)delayc_rt_slot(&%s, sizeof(%s), __alignof__(%s)); ", t, st, t, ar, t, t);
  free(ar);
  free(st);
  free(t);
  return r;
}

/* `T x = f(..)` becomes a declaration without the initializer. */
char *target_decl(Lower *l, Obj *o) {
  if (o->slot) return slot_decl(l, o);
  char *t = decl_type(o->type);
  char *nm = o->temp ? lower_storage(o) : xstrdup(o->name);
  char *r = fmt("%s %s; ", t, nm);
  free(nm);
  free(t);
  return r;
}

/* ---- serial clones ----
 *
 * Below a DELAYED_CUTOFF the call runs inline; calling the rewritten function
 * there would pay its parallel bookkeeping (waits, the spawn flag) at every
 * level of the serial recursion.  A rewritten function that such a call
 * reaches gets a serial clone, `<p>serial_NAME`: its original text, `static`,
 * its calls of other cloned functions renamed to their clones.  The clone is
 * declared (one line, no newline) right before the function's definition and
 * defined after its closing brace between #line directives, so every line keeps
 * its number for the compiler; it sees the macros the function saw. */

static Clone *clone_of_name(Lower *l, const char *name) {
  for (int i = 0; i < l->nclone; i++)
    if (!strcmp(l->clone[i].f->name, name)) return &l->clone[i];
  return NULL;
}

/* The clones the plan decided (analysis/clones.c), with their names. */
static void list_clones(Lower *l) {
  for (int i = 0; i < l->a->nfn; i++) {
    Func *f = l->a->fn[i];
    if (!f->clone) continue;
    l->clone = xrealloc(l->clone, (size_t)(l->nclone + 1) * sizeof *l->clone);
    l->clone[l->nclone++] = (Clone){f, fmt("\001serial_%s", f->name)};
  }
}

/* The path as a C string literal's contents. */
static char *path_literal(const char *path) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = path; *p; p++) {
    if (*p == '"' || *p == '\\') buf_add(&b, "\\", 1);
    buf_add(&b, p, 1);
  }
  return b.s;
}

unsigned line_at(Unit *u, unsigned off) {
  unsigned line = 1;
  for (unsigned i = 0; i < off && i < u->len; i++) line += u->src[i] == '\n';
  return line;
}

/* Declarations and definitions of the clones, as edits of the output. */
static void emit_clones(Lower *l) {
  Unit *u = l->u;
  char *lit = path_literal(u->path);
  for (int i = 0; i < l->nclone; i++) {
    Clone *c = &l->clone[i];
    Func *f = c->f;
    Edits ce = {0};
    unsigned name_at = f->clone_name_at, def_at = f->clone_def_at;
    ed_replace(&ce, name_at, name_at + (unsigned)strlen(f->name), c->name);
    /* calls of cloned functions declared before this point: their clones */
    Node **st = xmalloc(sizeof *st * 64);
    int top = 0, cap = 64;
    st[top++] = f->body;
    while (top) {
      Node *n = st[--top];
      Node *r = fe_direct_callee(n);
      if (r) {
        char *nm = fe_spelling(clang_getCursorReferenced(r->cur));
        Clone *k = clone_of_name(l, nm);
        if (k && k->f->root->beg <= f->root->beg) ed_replace(&ce, r->beg, r->end, k->name);
        free(nm);
      }
      for (int k = 0; k < n->nkid; k++) {
        if (top == cap) { cap *= 2; st = xrealloc(st, sizeof *st * (size_t)cap); }
        st[top++] = n->kid[k];
      }
    }
    free(st);
    /* the clone checks extents as its original does (extent_checks.c) */
    Edits saved = l->ed;
    Func *of = l->f;
    l->ed = ce;
    l->f = f;
    extent_checks(l, 0);
    ce = l->ed;
    l->ed = saved;
    l->f = of;
    ed_sort(&ce);
    const char *pfx = clang_Cursor_getStorageClass(f->cur) == CX_SC_Static ? "__attribute__((unused)) "
                                                                              : "__attribute__((unused)) static ";
    char *decl = flatten(ed_apply(&ce, u->src, f->root->beg, f->body->beg, NULL));
    ed_insert(&l->out, f->root->beg, fmt("%s%s; ", pfx, decl));
    char *def = ed_apply(&ce, u->src, f->root->beg, f->body->end, NULL);
    unsigned end_line = line_at(u, def_at);
    ed_insert(&l->out, def_at, fmt("\n#line %u \"%s\"\n%s%s\n#line %u \"%s\"%s", line_at(u, f->root->beg), lit, pfx,
                                   def, end_line + (def_at < u->len), lit, def_at < u->len ? "" : "\n"));
    free(decl);
    free(def);
    for (int k = 0; k < ce.n; k++) free(ce.e[k].text);
    free(ce.e);
  }
  free(lit);
}

/* ---- one task ---- */

static char *call_text(Lower *l, Edits *ed, Site *s, const char *callee) {
  Buf b = {0};
  /* delayed_bind(f, t...) keeps its serial meaning, which reads the tokens */
  if (s->nbind) {
    buf_printf(&b, "delayed_bind(%s", callee);
    for (int i = 0; i < s->nbind; i++) {
      char *t = render_with(l, ed, s->bind[i]);
      buf_printf(&b, ", %s", t);
      free(t);
    }
    buf_puts(&b, ")(");
  } else {
    buf_printf(&b, "%s(", callee);
  }
  for (int i = 0; i < s->narg; i++) {
    if (i) buf_puts(&b, ", ");
    /* a constant argument as written (WIDTH): the compiler still sees the
     * constant at the call (its copy made `% width` a division, 3x slower) */
    char *a = lower_copies_arg(s, i) ? lower_arg(s->id, i) : arg_text(l, ed, s, i);
    buf_puts(&b, a);
    free(a);
  }
  buf_puts(&b, ")");
  return b.s;
}

static char *plain_access(Lower *l, Site *s, Obj *o) {
  (void)l, (void)s;
  return lower_access(o);
}

/* Where the result goes, or NULL: ed renames the user's text, access names
 * the plan's data. */
static char *result_place(Lower *l, Site *s, Edits *ed, char *(*access)(Lower *, Site *, Obj *)) {
  if (s->form == SITE_COPY)
    return s->target->kind == CXCursor_VarDecl ? access(l, s, s->tobj) : render_with(l, ed, s->target);
  if (s->fwd) return render_with(l, ed, s->fwd);
  if (s->form == SITE_DECL) return access(l, s, s->tobj);
  if (s->form == SITE_HOIST) return access(l, s, s->temp);
  if (s->form == SITE_ASSIGN) return render_with(l, ed, s->target);
  return NULL;
}

/* The statement a task runs: `x = f(a); `, `f(a); x = (delayed_token)0; `
 * (delayed_after), `x = y; ` (a copy); callee names the function called. */
static char *run_calling(Lower *l, Site *s, Edits *ed, char *(*access)(Lower *, Site *, Obj *), const char *callee) {
  char *lhs = result_place(l, s, ed, access);
  Buf b = {0};
  buf_add(&b, "", 0);
  if (s->form == SITE_COPY) {
    char *src = access(l, s, s->src);
    buf_printf(&b, "%s %s %s; ", lhs, s->op ? s->op : "=", src);
    free(src);
  } else {
    char *call = call_text(l, ed, s, callee);
    if (s->after) {
      buf_printf(&b, "%s; ", call);
      if (lhs) buf_printf(&b, "%s = (delayed_token)0; ", lhs);
    } else if (lhs) {
      buf_printf(&b, "%s = %s; ", lhs, call);
    } else {
      buf_printf(&b, "%s; ", call);
    }
    free(call);
  }
  free(lhs);
  return b.s;
}

char *task_run(Lower *l, Site *s, Edits *ed, char *(*access)(Lower *, Site *, Obj *)) {
  char *memo = s->memo ? memo_name(s) : NULL;   /* looked up first (memo.c) */
  char *r = run_calling(l, s, ed ? ed : &l->ed, access ? access : plain_access, memo ? memo : s->callee_text);
  free(memo);
  return r;
}

/* The arguments a task copies at its spawn, evaluated into its temporaries:
 * `T \001a3_0 = (expr); ...`. */
char *task_args(Lower *l, Site *s, Edits *ed) {
  Buf b = {0};
  if (!ed) ed = &l->ed;
  buf_add(&b, "", 0);
  for (int i = 0; i < s->narg; i++) {
    if (!lower_copies_arg(s, i)) continue;
    char *at = lower_arg(s->id, i);
    const char *pt = i < s->callee->nparam && !s->callee->param[i].vm ? s->callee->param[i].type : NULL;
    char *r = arg_text(l, ed, s, i);
    /* a variably modified pointer (`double (*m)[n]`) is kept as void *: a copy of
     * its own type would evaluate the bound again inside the task (clang's
     * firstprivate does, where the bound's variable is not captured) */
    int vm = i < s->callee->nparam && s->callee->param[i].vm;
    char *t = pt ? decl_type(pt) : vm ? xstrdup("void *") : fmt("__typeof__((void)0, (%s))", r);
    if (vm) buf_printf(&b, "%s %s = (void *)(%s); ", t, at, r);
    else buf_printf(&b, "%s %s = (%s); ", t, at, r);
    free(at);
    free(t);
    free(r);
  }
  return b.s;
}

/* The text of a task site: the wait its arguments need, its arguments
 * evaluated at the spawn, its result's declaration, then the call run inline
 * (below the cutoff, or read at once) or the target's task. */
static char *task_text(Lower *l, Site *s) {
  const TargetOps *ops = l->ops;
  Buf b = {0};
  buf_add(&b, "", 0);
  /* the shared state its arguments touch: wait before evaluating them */
  if (s->argwait && s->form != SITE_COPY) {
    if (s->batch && ops->batch_guard) {   /* pending records of its batch it must wait for */
      char *g = ops->batch_guard(l, s);
      buf_puts(&b, g);
      free(g);
    }
    char *w = ops->wait(l, s->argwait->dep, s->argwait->ndep, s->argwait->full);
    buf_puts(&b, w);
    free(w);
  }
  /* arguments evaluated at the call (a range batch's task evaluates them) */
  if (!(s->batch && s->batch->range)) {
    char *a = task_args(l, s, NULL);
    buf_puts(&b, a);
    free(a);
  }
  /* the result's declaration */
  Obj *declared = s->form == SITE_COPY ? (s->target->kind == CXCursor_VarDecl ? s->tobj : NULL)
                 : s->fwd ? NULL : s->form == SITE_DECL ? s->tobj : s->form == SITE_HOIST ? s->temp : NULL;
  if (s->batch && s->batch->range) declared = NULL;   /* a range batch's task declares it, per call */
  if (declared) {
    char *d = target_decl(l, declared);
    buf_puts(&b, d);
    free(d);
  }
  char *run = task_run(l, s, NULL, NULL);
  if (s->form != SITE_COPY && (s->cutoff || s->inline_call)) {
    /* inline: wait first only where the plan says another task may touch
     * the same objects; below the cutoff the callee's serial clone, when it
     * has one */
    char *w = s->wait_first ? ops->wait(l, s->dep, s->ndep, 0) : xstrdup("");
    Clone *sc = s->use_clone ? clone_of_name(l, s->callee->name) : NULL;
    char *serial = sc ? run_calling(l, s, &l->ed, plain_access, sc->name) : NULL;
    char *cut = lower_expr(l->f, s->cutoff);
    if (s->inline_call && sc) {          /* read at once: no task; serial below the cutoff */
      buf_printf(&b, "%sif (%s) { %s} else { %s} ", w, cut, serial, run);
    } else if (s->inline_call) {         /* read at once: no task at all */
      buf_printf(&b, "%s%s", w, run);
    } else {
      buf_printf(&b, "if (%s) { %s%s} else ", cut, w, serial ? serial : run);
    }
    free(cut);
    free(serial);
    free(w);
    if (s->inline_call) {
      free(run);
      return b.s;
    }
  }
  /* a copy's label names what it updates (`failed +=`), not a function the program lacks (blind 74a: 'copy') */
  char *tt = s->form == SITE_COPY && s->target && !s->target->macro ? fe_text(l->u, s->target->beg, s->target->end) : NULL;
  char *what = tt && strlen(tt) < 40 && !strchr(tt, '\n') ? fmt("%s %s", tt, s->op ? s->op : "=") : xstrdup("copy");
  char *label = label_literal(s->form == SITE_COPY ? what : s->callee->label);
  free(tt);
  free(what);
  char *t = ops->task(l, s, label, run);
  buf_puts(&b, t);
  free(t);
  free(label);
  free(run);
  return b.s;
}

/* ---- statements ---- */

static int is_return_in(Node *n, Node ***out, int *nout) {
  if (n->kind == CXCursor_ReturnStmt) {
    *out = xrealloc(*out, (size_t)(*nout + 1) * sizeof **out);
    (*out)[(*nout)++] = n;
  }
  for (int i = 0; i < n->nkid; i++) is_return_in(n->kid[i], out, nout);
  return *nout;
}

/* The `continue`s of a loop body (not those of loops nested in it). */
static void continues_of(Node *n, Node ***out, int *nout) {
  for (int i = 0; i < n->nkid; i++) {
    Node *k = n->kid[i];
    if (k->kind == CXCursor_ContinueStmt) {
      *out = xrealloc(*out, (size_t)(*nout + 1) * sizeof **out);
      (*out)[(*nout)++] = k;
    }
    if (k->kind == CXCursor_ForStmt || k->kind == CXCursor_WhileStmt || k->kind == CXCursor_DoStmt) continue;
    continues_of(k, out, nout);
  }
}

static int wraps(Node *n) { return n->parent && n->parent->kind != CXCursor_CompoundStmt; }

/* Put text before statement n (inside braces when n is not directly in a block). */
void place_before(Lower *l, Node *n, int part, const char *text) {
  if (!*text) return;
  buf_puts(pre_of(l, n, part), text);
}

void place_after(Lower *l, Node *n, const char *text) {
  unsigned end = fe_stmt_end(l->u, n);
  ed_insert(&l->out, end ? end : n->end, text);
}

void place_remove(Lower *l, Node *n) {
  ed_replace(&l->out, n->beg, fe_stmt_end(l->u, n), "");
}

int hoist_is_dropped(Lower *l, Site *h) {
  Node *x = h->call;
  while (x->parent && (x->parent->kind == CXCursor_ParenExpr ||
                       (x->parent->kind == CXCursor_UnexposedExpr && x->parent->nkid == 1)))
    x = x->parent;
  return x->parent && x->parent->kind == CXCursor_BinaryOperator && x == x->parent->kid[0] &&
         fe_binop_is(l->u, x->parent, ",");
}

/* Renames: a hoisted call becomes its temporary, a slot object's uses its slot. */
static void renames(Lower *l) {
  Func *f = l->f;
  l->ed = (Edits){0};
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (!s->serial && s->form == SITE_HOIST) {
      char *acc = lower_access(s->temp);
      if (hoist_is_dropped(l, s)) {     /* the value of `(f(1), f(2))`'s left operand is dropped: say so */
        char *v = fmt("((void)%s)", acc);
        free(acc);
        acc = v;
      }
      ed_replace(&l->ed, s->call->beg, s->call->end, acc);
      free(acc);
    }
  }
  Node **stack = xmalloc(sizeof *stack * 1);
  int top = 0, cap = 1;
  stack[top++] = f->body;
  while (top) {
    Node *n = stack[--top];
    if (n->kind == CXCursor_DeclRefExpr) {
      Obj *o = an_object_of(f, clang_getCursorReferenced(n->cur));
      if (o && o->slot) {
        /* in a macro's argument: there, once however often the macro uses it */
        unsigned b = fe_own_beg(n), e = fe_own_end(n);
        int done = 0;
        for (int k = 0; n->abeg < n->aend && k < l->ed.n && !done; k++) done = l->ed.e[k].beg == b && l->ed.e[k].end == e;
        char *acc = lower_access(o);
        if (!done) ed_replace(&l->ed, b, e, acc);
        free(acc);
      }
    }
    for (int i = 0; i < n->nkid; i++) {
      if (top == cap) { cap *= 2; stack = xrealloc(stack, sizeof *stack * (size_t)cap); }
      stack[top++] = n->kid[i];
    }
  }
  free(stack);
  ed_sort(&l->ed);
}

static void place_tasks(Lower *l) {
  Func *f = l->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial) continue;
    if (s->fused) {               /* forwarded into its producer */
      place_remove(l, s->stmt);
      continue;
    }
    if (s->fuse_loop) {           /* the loop is one task */
      l->ops->fused_loop(l, s);
      continue;
    }
    char *t = task_text(l, s);
    if (s->form == SITE_HOIST)
      place_before(l, s->stmt, !s->ternary ? PRE_HOIST : s->branch == 1 ? PRE_BR1 : PRE_BR2, t);
    else {
      place_before(l, s->stmt, PRE_STMT, t);
      int again = 0;              /* `int a = f(1), b = f(2);`: one statement, several tasks */
      for (int k = 0; k < i && !again; k++) again = !f->site[k]->serial && f->site[k]->stmt == s->stmt && f->site[k]->form != SITE_HOIST;
      if (!again) place_remove(l, s->stmt);   /* text comes from the prefix */
    }
    free(t);
  }
}

/* Declarations of slot objects not made by a task (arrays, plain variables):
 * `T x;` or `T x = init;` in a declaration of one variable. */
static void place_slots(Lower *l) {
  Func *f = l->f;
  Node **done = NULL;              /* declarations already rewritten */
  int ndone = 0;
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (!o->slot || o->temp || !o->declnode || o->task_declared) continue;
    Node *ds = o->declnode->parent;
    int seen = 0;
    for (int k = 0; k < ndone; k++) seen |= done[k] == ds;
    if (seen) continue;
    done = xrealloc(done, (size_t)(ndone + 1) * sizeof *done);
    done[ndone++] = ds;
    /* every variable of the declaration, in its order: slots into the arena,
     * the others declared as they were (`int *src = a, *dst = b;`) */
    Buf b = {0};
    buf_add(&b, "", 0);
    for (int k = 0; k < ds->nkid; k++) {
      Node *v = ds->kid[k];
      if (v->kind != CXCursor_VarDecl) continue;
      Obj *x = an_object_of(f, v->cur);
      Node *init = fe_var_init(l->u, v);
      char *r = init ? render(l, init) : NULL;
      if (x && x->slot && !x->task_declared) {
        char *sd = slot_decl(l, x);
        buf_puts(&b, sd);
        free(sd);
        if (r) {
          char *t = decl_type(x->type);
          char *st = lower_storage(x);
          buf_printf(&b, "{ %s \001i = %s; __builtin_memcpy(%s, &\001i, sizeof \001i); } ", t, r, st);
          free(st);
          free(t);
        }
      } else {
        char *ty = fe_type(clang_getCursorType(v->cur));
        char *nm = fe_spelling(v->cur);
        char *t = decl_type(ty);
        enum CX_StorageClass sc = clang_Cursor_getStorageClass(v->cur);
        const char *stor = sc == CX_SC_Static ? "static " : sc == CX_SC_Extern ? "extern " : "";
        if (r) buf_printf(&b, "%s%s %s = %s; ", stor, t, nm, r);
        else buf_printf(&b, "%s%s %s; ", stor, t, nm);
        free(t);
        free(nm);
        free(ty);
      }
      free(r);
    }
    place_before(l, ds, PRE_STMT, b.s);
    ed_replace(&l->out, ds->beg, ds->end, "");
    free(b.s);
  }
  free(done);
}

/* The waits: before their statement; a loop's at the end of its body and
 * before each continue.  A wait at a return is the exit wait (place_returns). */
static void place_waits(Lower *l) {
  Func *f = l->f;
  Unit *u = l->u;
  for (int i = 0; i < f->nsync; i++) {
    Sync *y = f->sync[i];
    char *w = l->ops->wait(l, y->dep, y->ndep, y->full);
    if (!y->loop) {
      if (y->at->kind != CXCursor_ReturnStmt) place_before(l, y->at, PRE_WAIT, w);
    } else {
      Node *loop = y->at;
      Node *body = loop->kind == CXCursor_DoStmt ? loop->kid[0] : loop->kid[loop->nkid - 1];
      unsigned ob, cb;
      if (fe_braces(u, body, &ob, &cb)) ed_insert(&l->out, cb, w);
      else {                      /* a single statement, or braces a macro writes */
        unsigned e = fe_stmt_end(u, body);
        ed_insert(&l->out, body->beg, "{ ");
        ed_insert(&l->out, e, fmt(" %s}", w));
      }
      Node **cs = NULL;
      int nc = 0;
      continues_of(body, &cs, &nc);
      if (body->kind == CXCursor_ContinueStmt) { cs = xrealloc(cs, sizeof *cs); cs[0] = body; nc = 1; }
      for (int k = 0; k < nc; k++) place_before(l, cs[k], PRE_WAIT, w);
      free(cs);
    }
    free(w);
  }
}

/* Does the function keep a scope of run-time regions (runtime/task_regions.c)? */
static int region_scope(Lower *l) {
  if (!l->ops->region_scope) return 0;
  for (int i = 0; i < l->f->nobj; i++)
    if (l->f->obj[i]->regions) return 1;
  return 0;
}

/* How many arenas of loops the function has (Func.arena_loop; 0 when the
 * target keeps every slot in the function's). */
static int loop_arenas(Lower *l) { return l->ops->loop_arenas ? l->f->narena : 0; }

/* What an exit frees after its wait: the slot arenas, the regions' scope ("" if
 * none); kept with the function's lowering (Lower.frees). */
static const char *exit_frees(Lower *l) {
  if (l->frees) return l->frees;
  Buf b = {0};
  buf_add(&b, "", 0);
  if (l->f->nslot > 0) buf_puts(&b, "delayc_rt_arena_free(&\001arena); ");
  for (int k = 1; k <= loop_arenas(l); k++) buf_printf(&b, "delayc_rt_arena_free(&\001arena%d); ", k);
  if (region_scope(l)) buf_puts(&b, "delayc_rt_regions_free(&\001rg); ");
  return l->frees = b.s;
}

/* At the start of each iteration of a loop whose body declares slots: when
 * its arena has grown big, every slot in it belongs to an iteration that is
 * over; once the function's tasks are done (and the records of batches around
 * the loop spawned), it is reset. */
static void place_reclaims(Lower *l) {
  Func *f = l->f;
  for (int k = 0; k < loop_arenas(l); k++) {
    Node *L = f->arena_loop[k];
    Buf b = {0};
    buf_printf(&b, "if (delayc_rt_arena_big(\001arena%d)) { ", k + 1);
    for (int i = 0; i < f->nbatch && l->ops->batch_flush; i++) {
      Node *p = L;
      while (p && p != f->batch[i]->loop) p = p->parent;
      if (!p) continue;             /* not a batch around the loop (or the loop's own) */
      char *fl = l->ops->batch_flush(l, f->batch[i]);
      buf_puts(&b, fl);
      free(fl);
    }
    buf_printf(&b, "%sdelayc_rt_arena_reset(&\001arena%d); } ", l->ops->exit_wait, k + 1);
    Node *body = L->kind == CXCursor_DoStmt ? L->kid[0] : L->kid[L->nkid - 1];
    unsigned ob, cb;
    if (body->kind == CXCursor_CompoundStmt && fe_braces(l->u, body, &ob, &cb)) {
      ed_insert(&l->out, ob, b.s);
    } else {                        /* a statement alone: braces of its own */
      char *open = fmt("{ %s", b.s);
      ed_insert(&l->out, body->beg, open);
      ed_insert(&l->out, fe_stmt_end(l->u, body), " }");
      free(open);
    }
    free(b.s);
  }
}

/* `return e;` in a function that frees at exits: the value, then the frees,
 * in a block of their own (two returns in one scope would declare the value
 * twice). */
static void return_text(Lower *l, Buf *b, Node *e) {
  char *t = decl_type(l->f->result);
  char *x = render(l, e);
  buf_printf(b, "{ %s \001ret = (%s); %sreturn \001ret; }", t, x, exit_frees(l));
  free(t);
  free(x);
}

static void place_returns(Lower *l) {
  Func *f = l->f;
  Unit *u = l->u;
  const char *exit_wait = l->ops->exit_wait;
  Node **rs = NULL;
  int nr = 0;
  is_return_in(f->body, &rs, &nr);
  for (int i = 0; i < nr; i++) {
    Node *r = rs[i];
    unsigned end = fe_stmt_end(u, r);
    if (!end) continue;
    Node *tern = NULL;
    for (int k = 0; k < f->nsite; k++)
      if (!f->site[k]->serial && f->site[k]->stmt == r && f->site[k]->ternary) tern = f->site[k]->ternary;
    Buf b = {0};
    if (tern) {
      /* return c ? a : b;  ->  if (c) { a's tasks; wait; return a; } else { ... } */
      char *cond = render(l, tern->kid[0]);
      buf_printf(&b, "if (%s) {", cond);
      free(cond);
      for (int k = 1; k <= 2; k++) {
        buf_printf(&b, " %s%s", pre_of(l, r, k == 1 ? PRE_BR1 : PRE_BR2)->s, exit_wait);
        if (*exit_frees(l)) {
          return_text(l, &b, tern->kid[k]);
          buf_puts(&b, " }");
        } else {
          char *e = render(l, tern->kid[k]);
          buf_printf(&b, "return (%s); }", e);
          free(e);
        }
        if (k == 1) buf_puts(&b, " else {");
      }
      buf_puts(&b, " ");
    } else {
      buf_puts(&b, exit_wait);
      if (r->nkid && *exit_frees(l)) {
        return_text(l, &b, r->kid[0]);
        buf_puts(&b, " ");
      } else {
        /* the wait and frees go before it; the statement itself stays
         * where the user wrote it (with its renames) */
        buf_puts(&b, exit_frees(l));
        place_before(l, r, PRE_STMT, b.s);
        free(b.s);
        continue;
      }
    }
    place_before(l, r, PRE_STMT, b.s);
    ed_replace(&l->out, r->beg, end, "");
    free(b.s);
  }
  free(rs);
}

/* The text before each statement, wrapped in braces where the statement is
 * not directly in a block. */
static void place_prefixes(Lower *l) {
  for (int i = 0; i < l->npre; i++) {
    Node *n = l->pre[i].at;
    Buf t = {0};
    buf_add(&t, "", 0);
    for (int k = 0; k < NJOIN; k++) buf_puts(&t, l->pre[i].part[k].s);
    for (int k = 0; k < NPRE; k++) free(l->pre[i].part[k].s);
    if (!t.len) continue;
    int w = wraps(n);
    unsigned end = fe_stmt_end(l->u, n);
    if (!end) end = n->end;
    char *open = fmt("%s%s", w ? "{ " : "", t.s);
    ed_insert(&l->out, n->beg, open);
    free(open);
    free(t.s);
    if (w) ed_insert(&l->out, end, " }");
  }
  l->npre = 0;
}

/* At the opening brace: the target's entry, the spawn flag, the arena; at a
 * closing brace the body may fall off: the exit wait. */
static void place_entry_exit(Lower *l) {
  Func *f = l->f;
  Unit *u = l->u;
  char *entry = l->ops->entry ? l->ops->entry(l) : xstrdup("");
  Buf ar = {0};
  buf_add(&ar, "", 0);
  for (int k = 1; k <= loop_arenas(l); k++) buf_printf(&ar, "delayc_rt_arena *\001arena%d = 0; ", k);
  char *e = fmt(" %sint \001sp = 0; %s%s%s", entry, f->nslot ? "delayc_rt_arena *\001arena = 0; " : "", ar.s,
                region_scope(l) ? "delayc_rt_regions *\001rg = 0; " : "");
  free(ar.s);
  free(entry);
  unsigned open_end, close_beg;    /* after `{` or `<%`: the analysis checked they are spelled */
  int braced = fe_braces(u, f->body, &open_end, &close_beg);
  assert(braced);
  (void)braced;
  /* a function with batches replays calls inside the loops that spawned
   * them, under DELAYC_RT_REPLAY_BEGIN/END (no -Wshadow); past the 4096th
   * column of a line gcc keeps no columns, and those pragmas' places are lost:
   * the body is bracketed as a whole too, from its braces (blind round 48b:
   * -Wshadow -Werror stopped the build).  The function's own shadowing is
   * then shown by the serial build only. */
  int bracket = f->nbatch && l->ops->batches;
  if (bracket) ed_insert(&l->out, open_end, " DELAYC_RT_REPLAY_BEGIN");
  ed_insert(&l->out, open_end, e);
  free(e);
  /* falling off the end: only void functions and main may (anything after a
   * final return would only confuse -Wreturn-type) */
  Node *last = f->body->nkid ? f->body->kid[f->body->nkid - 1] : NULL;
  if (f->void_result || strcmp(f->name, "main") == 0 || !last || last->kind != CXCursor_ReturnStmt) {
    char *x = fmt("; %s%s", l->ops->exit_wait, exit_frees(l));
    ed_insert(&l->out, close_beg, x);
    free(x);
  }
  if (bracket) ed_insert(&l->out, close_beg, "DELAYC_RT_REPLAY_END ");
}

/* One function: the plan's renames, tasks, slots, waits, returns, then the
 * text before each statement, then entry and exit.  Order matters where
 * several put text before one statement: hoisted tasks, the wait, the
 * statement's own replacement (Pre's parts); and returns read the text
 * hoisted into a split return's branches. */
static void lower_func(Lower *l) {
  renames(l);
  extent_checks(l, 1);
  place_tasks(l);
  place_slots(l);
  place_waits(l);
  place_returns(l);
  place_prefixes(l);
  if (l->ops->batches) l->ops->batches(l);   /* around loops: after the braces prefixes add */
  place_reclaims(l);
  place_entry_exit(l);
  /* renames outside replaced statements stay as edits of their own */
  for (int i = 0; i < l->ed.n; i++) ed_replace(&l->out, l->ed.e[i].beg, l->ed.e[i].end, l->ed.e[i].text);
}

/* ---- the file ---- */

/* Is the identifier at p (n bytes) reserved to the implementation: `_X...`
 * or `__...`?  Feature-test macros (_GNU_SOURCE, _POSIX_C_SOURCE,
 * _FILE_OFFSET_BITS, __STDC_WANT_LIB_EXT1__ ...) are such names. */
static int reserved_name(const char *p, size_t n) {
  return n >= 2 && p[0] == '_' && (p[1] == '_' || (p[1] >= 'A' && p[1] <= 'Z'));
}

static int ident_char(char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The length of the file's leading block of feature-test macros: blank lines,
 * comments and `#define`/`#undef` of reserved names, also inside whole
 * `#if`/`#ifdef`/`#ifndef` groups (`#ifndef _GNU_SOURCE` ... `#endif`), up to
 * the start of the line after the last such directive (0: none).  A
 * `#define` of another name (`#define N 3` before `#define _GNU_SOURCE`) is
 * passed over; anything else ends it. */
static size_t feature_block(const char *s, size_t len) {
  size_t p = 0, end = 0;
  int depth = 0;                    /* open #if groups */
  int feature = 0;                  /* this line's directive names a reserved name (or closes a group) */
  for (;;) {
    /* blanks and comments between directives */
    while (p < len) {
      if (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r' || s[p] == '\f' || s[p] == '\v') p++;
      else if (s[p] == '/' && p + 1 < len && s[p + 1] == '/') { while (p < len && s[p] != '\n') p++; }
      else if (s[p] == '/' && p + 1 < len && s[p + 1] == '*') {
        const char *e = memmem(s + p + 2, len - p - 2, "*/", 2);
        if (!e) return end;
        p = (size_t)(e - s) + 2;
      } else break;
    }
    if (p >= len || s[p] != '#') return end;
    p++;
    while (p < len && (s[p] == ' ' || s[p] == '\t')) p++;
    size_t d = p;
    while (p < len && ident_char(s[p])) p++;
#define IS(w) (p - d == sizeof w - 1 && !strncmp(s + d, w, sizeof w - 1))
    feature = 0;
    if (IS("define") || IS("undef") || IS("ifdef") || IS("ifndef")) {
      int def = IS("define") || IS("undef");
      if (IS("ifdef") || IS("ifndef")) depth++;
      if (p >= len || (s[p] != ' ' && s[p] != '\t')) return end;
      while (p < len && (s[p] == ' ' || s[p] == '\t')) p++;
      size_t m = p;
      while (p < len && ident_char(s[p])) p++;
      feature = reserved_name(s + m, p - m);
      /* a macro of the program's own (`#define N 3`) before a feature-test
       * macro: passed over, the block goes on to the feature-test macro */
      if (!feature && !def) return end;
    } else if (IS("if")) {          /* `#if !defined(_GNU_SOURCE)`: conditions are harmless */
      depth++;
    } else if (IS("elif") || IS("else")) {
      if (!depth) return end;
    } else if (IS("endif")) {
      if (!depth) return end;
      depth--;
      feature = 1;
    } else {
      return end;
    }
#undef IS
    /* the rest of the logical line: splices, comments and literals included */
    while (p < len && s[p] != '\n') {
      if (s[p] == '\\' && p + 1 < len && (s[p + 1] == '\n' || s[p + 1] == '\r')) {
        p += s[p + 1] == '\r' && p + 2 < len && s[p + 2] == '\n' ? 3 : 2;
      } else if (s[p] == '/' && p + 1 < len && s[p + 1] == '*') {
        const char *e = memmem(s + p + 2, len - p - 2, "*/", 2);
        if (!e) return end;
        p = (size_t)(e - s) + 2;
      } else if (s[p] == '/' && p + 1 < len && s[p + 1] == '/') {
        while (p < len && s[p] != '\n') p++;
      } else if (s[p] == '"' || s[p] == '\'') {
        char q = s[p++];
        while (p < len && s[p] != q && s[p] != '\n') p += s[p] == '\\' && p + 1 < len ? 2 : 1;
        if (p < len && s[p] == q) p++;
      } else {
        p++;
      }
    }
    if (p >= len) return end;       /* no newline after it: nothing follows anyway */
    p++;
    if (!depth && feature) end = p; /* only after whole #if groups, and a feature-test macro */
  }
}

/* The lowered text of one file: its functions' edits, and for a unity
 * build, each included .c file's lowered text in place of its #include line,
 * between #line directives.  Generated names still carry \001. */
static char *lower_text(Analysis *a, const TargetOps *ops, void *target, size_t *n) {
  Unit *u = a->u;
  Lower l = {0};
  l.a = a;
  l.u = u;
  l.ops = ops;
  l.target = target;
  list_clones(&l);
  for (int i = 0; i < a->nfn; i++) {
    l.f = a->fn[i];
    lower_func(&l);
    free(l.frees);
    l.frees = NULL;
    for (int k = 0; k < l.ed.n; k++) free(l.ed.e[k].text);
    free(l.ed.e);
  }
  /* functions that spawn nothing keep their text, but for their extent checks */
  for (int i = 0; i < a->nidle + a->nleaf; i++) {
    l.f = i < a->nidle ? a->idle[i] : a->leaf[i - a->nidle];
    l.ed = (Edits){0};
    extent_checks(&l, 1);
    if (l.f->open_region && ops->entry) {     /* main, for its callees' tasks (analyze.c main_region) */
      unsigned open_end, close_beg;
      char *entry = ops->entry(&l);
      if (*entry && fe_braces(u, l.f->body, &open_end, &close_beg)) {
        char *e = fmt(" %s", entry);
        ed_insert(&l.out, open_end, e);
        free(e);
      }
      free(entry);
    }
    for (int k = 0; k < l.ed.n; k++) {
      ed_replace(&l.out, l.ed.e[k].beg, l.ed.e[k].end, l.ed.e[k].text);
      free(l.ed.e[k].text);
    }
    free(l.ed.e);
  }
  l.f = NULL;
  atomic_updates(a, &l.out);
  emit_clones(&l);
  emit_memos(&l);
  Buf lit = {0}, com = {0};
  path_spellings(u->path, &lit, &com);
  for (int i = 0; i < a->nsub; i++) {
    size_t sn;
    char *st = lower_text(a->sub[i], ops, target, &sn);
    Buf sl = {0}, sc = {0};
    path_spellings(a->sub[i]->u->path, &sl, &sc);
    char *t = fmt("#line 1 \"%s\"\n%s%s#line %u \"%s\"\n", sl.s, st, sn && st[sn - 1] != '\n' ? "\n" : "",
                  a->sub_next_line[i], lit.s);
    ed_replace(&l.out, a->sub_beg[i], a->sub_end[i], t);
    free(t);
    free(st);
    free(sl.s);
    free(sc.s);
  }
  ed_sort(&l.out);
  l.out.line_file = lit.s;
  l.out.no_directive = fe_inside_macro_use;
  l.out.ctx = u;
  char *r = ed_apply(&l.out, u->src, 0, (unsigned)u->len, n);
  free(lit.s);
  free(com.s);
  for (int k = 0; k < l.out.n; k++) free(l.out.e[k].text);
  free(l.out.e);
  for (int k = 0; k < l.nclone; k++) free(l.clone[k].name);
  free(l.clone);
  free(l.pre);
  member_copies_free(&l);
  return r;
}

/* Does any file of the build (this one, the .c files it includes) hold s? */
static int any_source_has(Analysis *a, const char *s, size_t len) {
  if (memmem(a->u->src, a->u->len, s, len)) return 1;
  for (int i = 0; i < a->nsub; i++)
    if (any_source_has(a->sub[i], s, len)) return 1;
  return 0;
}

char *lower_file(Analysis *a, const TargetOps *ops, void *target, size_t *outlen) {
  Unit *u = a->u;
  size_t n = 0;
  lower_set_in_place(ops->in_place);
  char *body = lower_text(a, ops, target, &n);
  if (!an_has_tasks(a) && n == u->len && !memcmp(body, u->src, n)) {   /* no task, no check: as it is */
    *outlen = n;
    return body;
  }
  /* generated names are written with \001 for their prefix: __dc_, or
   * __dc1_, __dc2_ ... when the source itself uses __dc_ */
  if (any_source_has(a, "\001", 1)) {
    error("'%s' (or a file it includes) contains a control byte 0x01, which delayc reserves; remove it", u->path);
    free(body);
    return NULL;
  }
  char pfx[32] = "__dc_";
  for (int k = 1; any_source_has(a, pfx, strlen(pfx)); k++) snprintf(pfx, sizeof pfx, "__dc%d_", k);
  Buf named = {0};
  buf_add(&named, "", 0);
  for (size_t i = 0; i < n; i++) {
    if (body[i] == '\001') buf_puts(&named, pfx);
    else buf_add(&named, body + i, 1);
  }
  free(body);
  body = named.s;
  n = named.len;
  /* the path as a C string literal (for #line), and safe inside a comment */
  Buf lit = {0}, com = {0};
  path_spellings(u->path, &lit, &com);
  /* the includes go after the file's leading feature-test macros, which must
   * come before any system header (omp.h includes <stdlib.h>).  The leading
   * block is copied unchanged: edits are inside functions, after it. */
  size_t lead = feature_block(u->src, u->len);
  unsigned lead_lines = 0;
  for (size_t i = 0; i < lead; i++) lead_lines += u->src[i] == '\n';
  assert(lead <= n && memcmp(body, u->src, lead) == 0);
  Buf b = {0};
  buf_printf(&b, "/* " DELAYC_MARKER " by delayc " DELAYC_VERSION " from \"%s\": edit that file, not this one */\n", com.s);
  if (lead) {
    buf_printf(&b, "#line 1 \"%s\"\n", lit.s);
    buf_add(&b, body, lead);
  }
  buf_printf(&b, "%s#line %u \"%s\"\n", ops->includes, lead_lines + 1, lit.s);
  free(lit.s);
  free(com.s);
  buf_add(&b, body + lead, n - lead);
  free(body);
  *outlen = b.len;
  return b.s;
}
