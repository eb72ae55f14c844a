/* lower_omp.c — the OpenMP target: the analysis becomes text edits.
 *
 * Each function with tasks gets, inside its own braces so no line moves:
 *   - at entry, a parallel region when it is not already inside one: the
 *     function calls itself once from `parallel` + `single`;
 *   - per task, its arguments evaluated into temporaries at the call, then
 *     `_Pragma("omp task ... depend(...)")` around the call;
 *   - per sync point, `_Pragma("omp taskwait depend(...)")` naming exactly what
 *     the statement touches (a plain taskwait where the extent is unknown);
 *   - at every exit, a taskwait, then the slot arena freed.
 * `_Pragma` keeps everything on the original lines; one `#line 1` after the
 * three lines of prologue maps the whole output back to the input file.
 * Variables that tasks write but whose scope ends before the task may run
 * (loop-local results) live in slots of the runtime's arena, named
 * `(*__dc_s_<name>)`. */
#define _GNU_SOURCE
#include "lower/lower.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* Text to put before a statement, in three parts that must stay in this order:
 * hoisted tasks, then the wait, then the statement's own replacement. */
enum { PRE_HOIST, PRE_WAIT, PRE_STMT, NJOIN,       /* joined, in this order */
       PRE_BR1 = NJOIN, PRE_BR2, NPRE };             /* the branches of a split return */
typedef struct Pre { Node *at; Buf part[NPRE]; } Pre;

typedef struct L {
  Analysis *a;
  Unit *u;
  Func *f;
  Edits ed;          /* renames (sorted): rendering reads them */
  Edits out;         /* everything else */
  Pre *pre; int npre;
} L;

/* Source text made to fit on one line: comments become a space, newlines too
 * (outside literals), so that what delayc moves never shifts a line. */
static char *flatten(char *t) {
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

static char *render(L *l, Node *n) {
  return flatten(ed_apply(&l->ed, l->u->src, n->beg, n->end, NULL));
}

static char *arg_text(L *l, Site *s, int i) {
  if (s->argsrc && s->argsrc[i]) return flatten(xstrdup(s->argsrc[i]));
  return render(l, s->arg[i]);
}

static Buf *pre_of(L *l, Node *at, int part) {
  for (int i = 0; i < l->npre; i++)
    if (l->pre[i].at == at) return &l->pre[i].part[part];
  l->pre = xrealloc(l->pre, (size_t)(l->npre + 1) * sizeof *l->pre);
  memset(&l->pre[l->npre], 0, sizeof *l->pre);
  l->pre[l->npre].at = at;
  for (int k = 0; k < NPRE; k++) buf_add(&l->pre[l->npre].part[k], "", 0);
  return &l->pre[l->npre++].part[part];
}

/* A type usable in any declarator position, without top-level const. */
static char *decl_type(const char *t) {
  int ptr = strchr(t, '*') || strchr(t, '[') || strchr(t, '(');
  if (!ptr)
    while (!strncmp(t, "const ", 6)) t += 6;
  char *r = xstrdup(t);
  size_t n = strlen(r);
  if (n > 6 && !strcmp(r + n - 6, " const")) r[n - 6] = 0;
  char *s = fmt("__typeof__(%s)", r);
  free(r);
  return s;
}

static char *pragma_escape(const char *s) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') buf_add(&b, "\\", 1);
    if (*s == '\n') { buf_add(&b, " ", 1); continue; }
    buf_add(&b, s, 1);
  }
  return b.s;
}

/* ---- dependencies as clauses ---- */

static const char *acc_name(Acc a) { return a == ACC_IN ? "in" : a == ACC_OUT ? "out" : "inout"; }

static int dep_iterators;   /* dep_clauses emitted an iterator (waits and tasks) */

static void dep_clauses(Buf *b, Func *f, Dep *dep, int ndep) {
  for (int pass = 0; pass < 3; pass++) {
    Acc want = (Acc)pass;
    Buf items = {0};
    buf_add(&items, "", 0);
    for (int i = 0; i < ndep; i++) {
      Dep *d = &dep[i];
      if (d->acc != want || d->unneeded) continue;
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
        dep_iterators = 1;
        buf_printf(b, " depend(iterator(long \001k = 0:%lld), %s: %s[\001k * %lld])", o->nelem / o->blocked,
                   acc_name(want), acc, o->blocked);
      } else if (index) {
        buf_printf(&items, "%s%s[%s]", items.len ? ", " : "", acc, index);
      } else if (count) {      /* a constant of at most DELAYC_ITER_MAX (range_modes) */
        dep_iterators = 1;
        if (d->nconst > 0)
          buf_printf(b, " depend(iterator(long \001k = 0:%lld), %s: %s[(%s) + \001k])", d->nconst,
                     acc_name(want), acc, start ? start : "0");
        else
          buf_printf(b, " depend(iterator(long \001k = 0:(%s)), %s: %s[(%s) + \001k])", count,
                     acc_name(want), acc, start ? start : "0");
      } else {
        dep_iterators = 1;
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
}

/* At an exit: wait for the tasks this invocation spawned, if it spawned any
 * (the __dc_sp flag: a taskwait costs a runtime call even with no child). */
#define EXIT_WAIT "if (\001sp) { _Pragma(\"omp taskwait\") } "

/* A targeted wait goes through DELAYC_RT_WAIT (delayc_rt.h), which knows the
 * runtimes where `taskwait depend` is unsafe. */
static char *wait_text(Func *f, Dep *dep, int ndep, int full) {
  if (full) return xstrdup("_Pragma(\"omp taskwait\") ");
  if (!ndep) return xstrdup("");
  Buf b = {0};
  buf_add(&b, "", 0);
  dep_iterators = 0;
  dep_clauses(&b, f, dep, ndep);
  char *r = fmt("%s(%s) ", dep_iterators ? "DELAYC_RT_WAIT_RANGE" : "DELAYC_RT_WAIT", b.s + 1);
  free(b.s);
  return r;
}

/* ---- data sharing ---- */

typedef struct Names { char **s; int n; } Names;

static void names_add(Names *ns, const char *s) {
  for (int i = 0; i < ns->n; i++)
    if (!strcmp(ns->s[i], s)) return;
  ns->s = xrealloc(ns->s, (size_t)(ns->n + 1) * sizeof *ns->s);
  ns->s[ns->n++] = xstrdup(s);
}

/* The task's captures (the plan's, analysis/captures.c) as firstprivate and
 * shared names, after what the target itself copies (argument temporaries). */
static void capture_names(Site *s, Names *fp, Names *sh) {
  for (int i = 0; i < s->ncap; i++) {
    Capture *c = &s->cap[i];
    char *nm = c->data ? lower_storage(c->data) : xstrdup(c->name);
    names_add(c->kind == CAP_VALUE ? fp : sh, nm);
    free(nm);
  }
}

static void clause(Buf *b, const char *kw, Names *ns) {
  if (!ns->n) return;
  buf_printf(b, " %s(", kw);
  for (int i = 0; i < ns->n; i++) buf_printf(b, "%s%s", i ? ", " : "", ns->s[i]);
  buf_puts(b, ")");
}

/* ---- declarations of objects ---- */

static char *slot_decl(Obj *o) {
  char *t = decl_type(o->type);
  char *st = lower_storage(o);
  char *r = fmt("%s *%s = (%s *)delayc_rt_slot(&\001arena, sizeof(%s), __alignof__(%s)); ", t, st, t, t, t);
  free(st);
  free(t);
  return r;
}

/* `T x = f(..)` becomes a declaration without the initializer. */
static char *target_decl(Obj *o) {
  if (o->slot) return slot_decl(o);
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
 * there would pay its parallel bookkeeping (omp_get_level, __dc_sp, waits) at
 * every level of the serial recursion.  A rewritten function that such a call
 * reaches gets a serial clone, `__dc_serial_NAME`: its original text, `static`,
 * its calls of other cloned functions renamed to their clones.  The clone is
 * declared (one line, no newline) right before the function's definition and
 * defined after its closing brace between #line directives, so every line keeps
 * its number for the compiler; it sees the macros the function saw. */
typedef struct Clone {
  Func *f;
  char *name;        /* \001serial_NAME */
  unsigned decl_at;  /* where its declaration goes: the definition's start */
  unsigned def_at;   /* where its definition goes: the end of the closing line */
} Clone;
static Clone *clones;   /* the plan's clones of the analysis being lowered (lower_text) */
static int nclone;

static Clone *clone_of_name(const char *name) {
  for (int i = 0; i < nclone; i++)
    if (!strcmp(clones[i].f->name, name)) return &clones[i];
  return NULL;
}

/* The clones the plan decided (analysis/clones.c), with their names. */
static void list_clones(Analysis *a) {
  free(clones);
  clones = NULL;
  nclone = 0;
  for (int i = 0; i < a->nfn; i++) {
    Func *f = a->fn[i];
    if (!f->clone) continue;
    clones = xrealloc(clones, (size_t)(nclone + 1) * sizeof *clones);
    clones[nclone++] = (Clone){f, fmt("\001serial_%s", f->name), f->root->beg, f->clone_def_at};
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

static unsigned line_at(Unit *u, unsigned off) {
  unsigned line = 1;
  for (unsigned i = 0; i < off && i < u->len; i++) line += u->src[i] == '\n';
  return line;
}

/* The clone of the function a site calls (the plan says whether it uses one). */
static Clone *site_clone(Site *s) {
  return s->use_clone ? clone_of_name(s->callee->name) : NULL;
}

/* Declarations and definitions of the clones, as edits of the output. */
static void emit_clones(L *l) {
  Unit *u = l->u;
  char *lit = path_literal(u->path);
  for (int i = 0; i < nclone; i++) {
    Clone *c = &clones[i];
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
        Clone *k = clone_of_name(nm);
        if (k && k->decl_at <= f->root->beg) ed_replace(&ce, r->beg, r->end, k->name);
        free(nm);
      }
      for (int k = 0; k < n->nkid; k++) {
        if (top == cap) { cap *= 2; st = xrealloc(st, sizeof *st * (size_t)cap); }
        st[top++] = n->kid[k];
      }
    }
    free(st);
    ed_sort(&ce);
    const char *pfx = clang_Cursor_getStorageClass(f->cur) == CX_SC_Static ? "__attribute__((unused)) "
                                                                              : "__attribute__((unused)) static ";
    char *decl = flatten(ed_apply(&ce, u->src, f->root->beg, f->body->beg, NULL));
    ed_insert(&l->out, c->decl_at, fmt("%s%s; ", pfx, decl));
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

static char *call_text(L *l, Site *s) {
  Buf b = {0};
  /* delayed_bind(f, t...) keeps its serial meaning, which reads the tokens */
  if (s->nbind) {
    buf_printf(&b, "delayed_bind(%s", s->callee_text);
    for (int i = 0; i < s->nbind; i++) {
      char *t = render(l, s->bind[i]);
      buf_printf(&b, ", %s", t);
      free(t);
    }
    buf_puts(&b, ")(");
  } else {
    buf_printf(&b, "%s(", s->callee_text);
  }
  for (int i = 0; i < s->narg; i++) {
    if (i) buf_puts(&b, ", ");
    if (s->argspawn[i]) {
      char *a = lower_arg(s->id, i);
      buf_puts(&b, a);
      free(a);
    }
    else {
      char *r = arg_text(l, s, i);
      buf_puts(&b, r);
      free(r);
    }
  }
  buf_puts(&b, ")");
  return b.s;
}

static char *task_text(L *l, Site *s) {
  Buf b = {0};
  buf_add(&b, "", 0);
  Names fp = {0}, sh = {0};
  /* the shared state its arguments touch: wait before evaluating them */
  if (s->argwait) {
    char *w = wait_text(l->f, s->argwait->dep, s->argwait->ndep, s->argwait->full);
    buf_puts(&b, w);
    free(w);
  }
  /* arguments evaluated at the call */
  for (int i = 0; i < s->narg; i++) {
    if (!s->argspawn[i]) continue;
    char *at = lower_arg(s->id, i);
    const char *pt = i < s->callee->nparam && !s->callee->param[i].vm ? s->callee->param[i].type : NULL;
    char *r = arg_text(l, s, i);
    char *t = pt ? decl_type(pt) : fmt("__typeof__((void)0, (%s))", r);
    buf_printf(&b, "%s %s = (%s); ", t, at, r);
    names_add(&fp, at);
    free(at);
    free(t);
    free(r);
  }
  /* where the result goes */
  char *lhs = NULL;
  if (s->fwd) {
    lhs = render(l, s->fwd);
  } else if (s->form == SITE_DECL) {
    buf_puts(&b, target_decl(s->tobj));
    lhs = lower_access(s->tobj);
  } else if (s->form == SITE_HOIST) {
    buf_puts(&b, target_decl(s->temp));
    lhs = lower_access(s->temp);
  } else if (s->form == SITE_ASSIGN) {
    lhs = render(l, s->target);
  }
  capture_names(s, &fp, &sh);
  Names sh2 = sh;

  char *call = call_text(l, s);
  Buf body = {0};
  buf_add(&body, "", 0);
  if (s->after) {
    buf_printf(&body, "%s; ", call);
    if (lhs) buf_printf(&body, "%s = (delayed_token)0; ", lhs);
  } else if (lhs) {
    buf_printf(&body, "%s = %s; ", lhs, call);
  } else {
    buf_printf(&body, "%s; ", call);
  }
  char *label = pragma_escape(s->callee->label);
  char *hook = target_spawn_hook(l->f, s->dep, s->ndep, label, s->line);   /* run-time instrumentation */
  names_add(&fp, "\001tid");
  Buf pr = {0};
  buf_puts(&pr, "omp task default(shared)");
  clause(&pr, "firstprivate", &fp);
  clause(&pr, "shared", &sh2);
  dep_iterators = 0;
  dep_clauses(&pr, l->f, s->dep, s->ndep);
  /* gcc's false -Wdangling-pointer on an iterator's dependence array (delayc_rt.h) */
  const char *rb = dep_iterators ? "DELAYC_RT_TASK_RANGE_BEGIN " : "";
  const char *re = dep_iterators ? "DELAYC_RT_TASK_RANGE_END " : "";
  char *pe = pragma_escape(pr.s);
  if (s->cutoff || s->inline_call) {
    /* inline below the cutoff: wait first only where the plan says another
     * task may touch the same objects */
    char *w = s->wait_first ? wait_text(l->f, s->dep, s->ndep, 0) : xstrdup("");
    /* below the cutoff: the callee's serial clone, when it has one */
    Clone *sc = site_clone(s);
    char *sbody = NULL;
    if (sc) {
      char *keep = s->callee_text;
      s->callee_text = sc->name;
      char *scall = call_text(l, s);
      s->callee_text = keep;
      Buf sb = {0};
      buf_add(&sb, "", 0);
      if (s->after) {
        buf_printf(&sb, "%s; ", scall);
        if (lhs) buf_printf(&sb, "%s = (delayed_token)0; ", lhs);
      } else if (lhs) {
        buf_printf(&sb, "%s = %s; ", lhs, scall);
      } else {
        buf_printf(&sb, "%s; ", scall);
      }
      free(scall);
      if (s->inline_call) {           /* read at once: no task; serial below the cutoff */
        char *cut = lower_expr(l->f, s->cutoff);
        buf_printf(&b, "%sif (%s) { %s} else { %s} ", w, cut, sb.s, body.s);
        free(cut);
        free(sb.s);
        free(w);
        free(pe); free(pr.s); free(body.s); free(call); free(lhs); free(label);
        return b.s;
      }
      sbody = sb.s;
    }
    if (s->inline_call) {             /* read at once: no task at all */
      buf_printf(&b, "%s%s", w, body.s);
      free(w);
      free(pe); free(pr.s); free(body.s); free(call); free(lhs); free(label);
      return b.s;
    }
    char *cut = lower_expr(l->f, s->cutoff);
    buf_printf(&b, "if (%s) { %s%s} else ", cut, w, sbody ? sbody : body.s);
    free(cut);
    free(sbody);
    free(w);
  }
  buf_printf(&b, "{ %s\001sp = 1; %s_Pragma(\"%s\") { %sDELAYC_RT_TASK_BEGIN_ID(\001tid, \"%s\", %u); %sDELAYC_RT_TASK_END_ID(\001tid, \"%s\", %u); } } ",
             hook, rb, pe, re, label, s->line, body.s, label, s->line);
  free(hook); free(pe); free(pr.s); free(body.s); free(call); free(lhs); free(label);
  return b.s;
}

static char *copy_text(L *l, Site *s) {
  Buf b = {0};
  buf_add(&b, "", 0);
  Names fp = {0}, sh = {0};
  char *lhs;
  if (s->target->kind == CXCursor_VarDecl) {
    buf_puts(&b, target_decl(s->tobj));
    lhs = lower_access(s->tobj);
  } else {
    lhs = render(l, s->target);
  }
  capture_names(s, &fp, &sh);
  Names sh2 = sh;
  char *src = lower_access(s->src);
  char *hook = target_spawn_hook(l->f, s->dep, s->ndep, "copy", s->line);   /* run-time instrumentation */
  names_add(&fp, "\001tid");
  Buf pr = {0};
  buf_puts(&pr, "omp task default(shared)");
  clause(&pr, "firstprivate", &fp);
  clause(&pr, "shared", &sh2);
  dep_iterators = 0;
  dep_clauses(&pr, l->f, s->dep, s->ndep);
  const char *rb = dep_iterators ? "DELAYC_RT_TASK_RANGE_BEGIN " : "";
  const char *re = dep_iterators ? "DELAYC_RT_TASK_RANGE_END " : "";
  char *pe = pragma_escape(pr.s);
  buf_printf(&b, "{ %s\001sp = 1; %s_Pragma(\"%s\") { %sDELAYC_RT_TASK_BEGIN_ID(\001tid, \"copy\", %u); %s = %s; "
                 "DELAYC_RT_TASK_END_ID(\001tid, \"copy\", %u); } } ", hook, rb, pe, re, s->line, lhs, src, s->line);
  free(hook); free(pe); free(pr.s); free(lhs); free(src);
  return b.s;
}

/* A chain of tasks in a for loop (find_fusions): one task running the loop,
 * whose text stays in place between the task's opening (this) and closing. */
static char *fused_loop_text(L *l, Site *s) {
  Names fp = {0}, sh = {0};
  capture_names(s, &fp, &sh);
  names_add(&fp, "\001tid");
  char *label = pragma_escape(s->callee->label);
  char *hook = target_spawn_hook(l->f, s->dep, s->ndep, label, s->line);
  Buf pr = {0};
  buf_puts(&pr, "omp task default(shared)");
  clause(&pr, "firstprivate", &fp);
  clause(&pr, "shared", &sh);
  dep_iterators = 0;
  dep_clauses(&pr, l->f, s->dep, s->ndep);
  char *pe = pragma_escape(pr.s);
  Buf b = {0};
  buf_printf(&b, "{ %s\001sp = 1; _Pragma(\"%s\") { DELAYC_RT_TASK_BEGIN_ID(\001tid, \"%s\", %u); ",
             hook, pe, label, s->line);
  free(hook); free(pe); free(pr.s); free(label);
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

static void continues_of(Node *n, Node *loop, Node ***out, int *nout) {
  for (int i = 0; i < n->nkid; i++) {
    Node *k = n->kid[i];
    if (k->kind == CXCursor_ContinueStmt) {
      *out = xrealloc(*out, (size_t)(*nout + 1) * sizeof **out);
      (*out)[(*nout)++] = k;
    }
    if (k->kind == CXCursor_ForStmt || k->kind == CXCursor_WhileStmt || k->kind == CXCursor_DoStmt) continue;
    continues_of(k, loop, out, nout);
  }
  (void)loop;
}

static int wraps(Node *n) { return n->parent && n->parent->kind != CXCursor_CompoundStmt; }

/* Put text before statement n (inside braces when n is not directly in a block). */
static void before(L *l, Node *n, int part, const char *text) {
  if (!*text) return;
  buf_puts(pre_of(l, n, part), text);
}

static void lower_func(L *l) {
  Func *f = l->f;
  Unit *u = l->u;
  /* 1. renames: slot objects and hoisted calls */
  l->ed = (Edits){0};
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (!s->serial && s->form == SITE_HOIST) {
      char *acc = lower_access(s->temp);
      /* the value of `(f(1), f(2))`'s left operand is dropped: say so */
      Node *x = s->call;
      while (x->parent && (x->parent->kind == CXCursor_ParenExpr ||
                           (x->parent->kind == CXCursor_UnexposedExpr && x->parent->nkid == 1)))
        x = x->parent;
      if (x->parent && x->parent->kind == CXCursor_BinaryOperator && x == x->parent->kid[0] &&
          fe_binop_is(u, x->parent, ",")) {
        char *v = fmt("((void)%s)", acc);
        free(acc);
        acc = v;
      }
      ed_replace(&l->ed, s->call->beg, s->call->end, acc);
    }
  }
  Node **stack = xmalloc(sizeof *stack * 1);
  int top = 0, cap = 1;
  stack[top++] = f->body;
  while (top) {
    Node *n = stack[--top];
    if (n->kind == CXCursor_DeclRefExpr) {
      Obj *o = an_object_of(f, clang_getCursorReferenced(n->cur));
      if (o && o->slot) ed_replace(&l->ed, n->beg, n->end, lower_access(o));
    }
    for (int i = 0; i < n->nkid; i++) {
      if (top == cap) { cap *= 2; stack = xrealloc(stack, sizeof *stack * (size_t)cap); }
      stack[top++] = n->kid[i];
    }
  }
  free(stack);
  ed_sort(&l->ed);

  /* 2. tasks */
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial) continue;
    if (s->fused) {               /* forwarded into its producer */
      ed_replace(&l->out, s->stmt->beg, fe_stmt_end(u, s->stmt), "");
      continue;
    }
    if (s->fuse_loop) {           /* the loop is one task: its text stays where it is */
      char *t = fused_loop_text(l, s);
      before(l, s->fuse_loop, PRE_STMT, t);
      unsigned end = fe_stmt_end(u, s->fuse_loop);
      char *label = pragma_escape(s->callee->label);
      ed_insert(&l->out, end ? end : s->fuse_loop->end,
                fmt(" DELAYC_RT_TASK_END_ID(\001tid, \"%s\", %u); } }", label, s->line));
      free(label);
      free(t);
      continue;
    }
    char *t = s->form == SITE_COPY ? copy_text(l, s) : task_text(l, s);
    if (s->form == SITE_HOIST)
      before(l, s->stmt, !s->ternary ? PRE_HOIST : s->branch == 1 ? PRE_BR1 : PRE_BR2, t);
    else {
      before(l, s->stmt, PRE_STMT, t);
      unsigned end = fe_stmt_end(u, s->stmt);
      ed_replace(&l->out, s->stmt->beg, end, "");   /* text comes from the prefix */
    }
    free(t);
  }
  /* 3. declarations of slot objects not made by a task (arrays, plain vars) */
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (!o->slot || o->temp || !o->declnode) continue;
    Node *ds = o->declnode->parent;
    int is_site = 0;
    for (int k = 0; k < f->nsite; k++)
      if (!f->site[k]->serial && f->site[k]->stmt == ds &&
          (f->site[k]->form == SITE_DECL || f->site[k]->form == SITE_COPY)) is_site = 1;
    if (is_site) continue;
    /* `T x;` or `T x = init;` in a declaration of one variable */
    Buf b = {0};
    buf_puts(&b, slot_decl(o));
    Node *v = o->declnode;
    Node *init = fe_var_init(u, v);
    if (init) {
      char *t = decl_type(o->type);
      char *r = render(l, init);
      char *st = lower_storage(o);
      buf_printf(&b, "{ %s \001i = %s; __builtin_memcpy(%s, &\001i, sizeof \001i); } ", t, r, st);
      free(st);
      free(t); free(r);
    }

    before(l, ds, PRE_STMT, b.s);
    ed_replace(&l->out, ds->beg, ds->end, "");
    free(b.s);
  }
  /* 4. sync points */
  for (int i = 0; i < f->nsync; i++) {
    Sync *y = f->sync[i];
    char *w = wait_text(l->f, y->dep, y->ndep, y->full);
    if (!y->loop) {
      if (y->at->kind != CXCursor_ReturnStmt) before(l, y->at, PRE_WAIT, w);
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
      continues_of(body, loop, &cs, &nc);
      if (body->kind == CXCursor_ContinueStmt) { cs = xrealloc(cs, sizeof *cs); cs[0] = body; nc = 1; }
      for (int k = 0; k < nc; k++) before(l, cs[k], PRE_WAIT, w);
      free(cs);
    }
    free(w);
  }
  /* 5. returns: wait for every task, free the arena, then return */
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
    if (tern) {
      /* return c ? a : b;  ->  if (c) { a's tasks; wait; return a; } else { ... } */
      Buf b = {0};
      char *cond = render(l, tern->kid[0]);
      buf_printf(&b, "if (%s) {", cond);
      free(cond);
      for (int k = 1; k <= 2; k++) {
        char *e = render(l, tern->kid[k]);
        buf_printf(&b, " %s" EXIT_WAIT, pre_of(l, r, k == 1 ? PRE_BR1 : PRE_BR2)->s);
        if (f->nslot) {
          char *t = decl_type(f->result);
          buf_printf(&b, "%s \001ret = (%s); delayc_rt_arena_free(&\001arena); return \001ret; }", t, e);
          free(t);
        } else {
          buf_printf(&b, "return (%s); }", e);
        }
        if (k == 1) buf_puts(&b, " else {");
        free(e);
      }
      buf_puts(&b, " ");
      before(l, r, PRE_STMT, b.s);
      ed_replace(&l->out, r->beg, end, "");
      free(b.s);
      continue;
    }
    Buf b = {0};
    buf_puts(&b, EXIT_WAIT);
    if (r->nkid && f->nslot) {
      char *t = decl_type(f->result);
      char *e = render(l, r->kid[0]);
      buf_printf(&b, "%s \001ret = (%s); delayc_rt_arena_free(&\001arena); return \001ret; ", t, e);
      free(t); free(e);
    } else {
      if (f->nslot) buf_puts(&b, "delayc_rt_arena_free(&\001arena); ");
      char *e = ed_apply(&l->ed, u->src, r->beg, end, NULL);
      buf_printf(&b, "%s ", e);
      free(e);
    }
    before(l, r, PRE_STMT, b.s);
    ed_replace(&l->out, r->beg, end, "");
    free(b.s);
  }
  free(rs);
  /* 6. prefixes, wrapped in braces where the statement is not in a block */
  for (int i = 0; i < l->npre; i++) {
    Node *n = l->pre[i].at;
    Buf t = {0};
    buf_add(&t, "", 0);
    for (int k = 0; k < NJOIN; k++) buf_puts(&t, l->pre[i].part[k].s);
    if (!t.len) continue;
    int w = wraps(n);
    unsigned end = fe_stmt_end(u, n);
    if (!end) end = n->end;
    ed_insert(&l->out, n->beg, fmt("%s%s", w ? "{ " : "", t.s));
    if (w) ed_insert(&l->out, end, " }");
  }
  /* 7. entry and exit */
  Buf e = {0};
  buf_puts(&e, " ");
  Buf args = {0};
  buf_add(&args, "", 0);
  for (int i = 0; i < f->nparam; i++) buf_printf(&args, "%s%s", i ? ", " : "", f->pname[i]);
  if (!f->open_region) {
    /* no region of its own (the plan's entry policy: a longjmp must not leave
     * a region it opened) */
  } else if (f->void_result) {
    buf_printf(&e, "if (omp_get_level() == 0) { _Pragma(\"omp parallel\") _Pragma(\"omp master\") %s(%s); return; } ",
               f->name, args.s);
  } else {
    char *t = decl_type(f->result);
    buf_printf(&e, "if (omp_get_level() == 0) { %s \001r; _Pragma(\"omp parallel\") _Pragma(\"omp master\") "
                   "\001r = %s(%s); return \001r; } ", t, f->name, args.s);
    free(t);
  }
  buf_puts(&e, "int \001sp = 0; ");
  if (f->nslot) buf_puts(&e, "delayc_rt_arena *\001arena = 0; ");
  unsigned open_end, close_beg;    /* after `{` or `<%`: analyze.c checked they are spelled */
  int braced = fe_braces(u, f->body, &open_end, &close_beg);
  assert(braced);
  (void)braced;
  ed_insert(&l->out, open_end, e.s);
  /* falling off the end: only void functions and main may (anything after a
   * final return would only confuse -Wreturn-type) */
  Node *last = f->body->nkid ? f->body->kid[f->body->nkid - 1] : NULL;
  if (f->void_result || strcmp(f->name, "main") == 0 || !last || last->kind != CXCursor_ReturnStmt)
    ed_insert(&l->out, close_beg, f->nslot ? "; " EXIT_WAIT "delayc_rt_arena_free(&\001arena); "
                                                   : "; " EXIT_WAIT);
  free(e.s);
  free(args.s);
  /* renames outside replaced statements stay as edits of their own */
  for (int i = 0; i < l->ed.n; i++) ed_replace(&l->out, l->ed.e[i].beg, l->ed.e[i].end, l->ed.e[i].text);
}

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
 * the start of the line after the last such directive (0: none).  Anything
 * else ends it. */
static size_t feature_block(const char *s, size_t len) {
  size_t p = 0, end = 0;
  int depth = 0;                    /* open #if groups */
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
    if (IS("define") || IS("undef") || IS("ifdef") || IS("ifndef")) {
      if (IS("ifdef") || IS("ifndef")) depth++;
      if (p >= len || (s[p] != ' ' && s[p] != '\t')) return end;
      while (p < len && (s[p] == ' ' || s[p] == '\t')) p++;
      size_t m = p;
      while (p < len && ident_char(s[p])) p++;
      if (!reserved_name(s + m, p - m)) return end;
    } else if (IS("if")) {          /* `#if !defined(_GNU_SOURCE)`: conditions are harmless */
      depth++;
    } else if (IS("elif") || IS("else")) {
      if (!depth) return end;
    } else if (IS("endif")) {
      if (!depth) return end;
      depth--;
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
    if (!depth) end = p;            /* only after whole #if groups */
  }
}

/* The lowered text of one file: its functions' edits, and for a unity
 * build, each included .c file's lowered text in place of its #include line,
 * between #line directives.  Generated names still carry \001. */
static char *lower_text(Analysis *a, size_t *n) {
  Unit *u = a->u;
  L l = {0};
  l.a = a;
  l.u = u;
  list_clones(a);
  for (int i = 0; i < a->nfn; i++) {
    l.f = a->fn[i];
    l.npre = 0;
    lower_func(&l);
  }
  emit_clones(&l);
  Buf lit = {0}, com = {0};
  path_spellings(u->path, &lit, &com);
  for (int i = 0; i < a->nsub; i++) {
    size_t sn;
    char *st = lower_text(a->sub[i], &sn);
    Buf sl = {0}, sc = {0};
    path_spellings(a->sub[i]->u->path, &sl, &sc);
    ed_replace(&l.out, a->sub_beg[i], a->sub_end[i],
               fmt("#line 1 \"%s\"\n%s%s#line %u \"%s\"\n", sl.s, st, sn && st[sn - 1] != '\n' ? "\n" : "",
                   a->sub_next_line[i], lit.s));
    free(st);
    free(sl.s);
    free(sc.s);
  }
  free(lit.s);
  free(com.s);
  ed_sort(&l.out);
  return ed_apply(&l.out, u->src, 0, (unsigned)u->len, n);
}

/* Does any file of the build (this one, the .c files it includes) hold s? */
static int any_source_has(Analysis *a, const char *s, size_t len) {
  if (memmem(a->u->src, a->u->len, s, len)) return 1;
  for (int i = 0; i < a->nsub; i++)
    if (any_source_has(a->sub[i], s, len)) return 1;
  return 0;
}

char *lower_omp(Analysis *a, size_t *outlen) {
  Unit *u = a->u;
  size_t n = 0;
  char *body = lower_text(a, &n);
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
  buf_printf(&b, "#include <omp.h>\n#include \"delayc_rt.h\"\n#line %u \"%s\"\n", lead_lines + 1, lit.s);
  free(lit.s);
  free(com.s);
  buf_add(&b, body + lead, n - lead);
  free(body);
  *outlen = b.len;
  return b.s;
}
