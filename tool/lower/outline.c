/* outline.c — a task moved out of its function, for the targets whose tasks
 * are functions of their own (pthreads.c, starpu.c).
 *
 * The task becomes `static void <p>task<K>(void *)` with a capture struct,
 * inserted right before the function that spawns it (on the same line: no
 * line moves): the plan's captures by value are copied into the struct and
 * declared again inside the task under their own names; the captures by
 * reference are pointers, and the task's text names them `(*<p>c->x)`; the
 * arguments evaluated at the spawn are copied.  The spawn calls the target's
 * spawn function, `SPAWN(label, line, <p>task<K>, &cap, sizeof cap, n, deps)`,
 * with the dependence list the target writes.
 * A task that cannot move out of its function — a capture whose type cannot
 * be spelled at file scope (a local struct, a variably modified type), a name
 * of the function's that the plan does not capture (a static local, a local
 * type or enumerator, a function pointer), a shared variable reached through a
 * macro — is refused (NULL): the target runs it in place. */
#define _GNU_SOURCE
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

/* ---- types spelled at file scope ---- */

/* Does t mean the same at file scope: no type declared inside a function, no
 * variably modified type?  (A spelling with no name is refused by its caller.) */
static int file_scope_type(CXType t) {
  for (int guard = 0; guard < 16; guard++) {
    CXType c = clang_getCanonicalType(t);
    if (c.kind == CXType_Pointer) { t = clang_getPointeeType(c); continue; }
    if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray) { t = clang_getArrayElementType(c); continue; }
    if (c.kind == CXType_VariableArray || c.kind == CXType_DependentSizedArray) return 0;
    if (c.kind == CXType_Record || c.kind == CXType_Enum) {
      CXCursor d = clang_getTypeDeclaration(c);
      /* declared at file scope (an anonymous one is spelled by its typedef's name) */
      return clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit;
    }
    return 1;
  }
  return 0;
}

/* t without a top-level const (a task may write what is declared const: its result). */
static char *unconst(char *t) {
  size_t m = strlen(t);
  if (m > 6 && !strcmp(t + m - 5, "const") && t[m - 6] == '*') {   /* `int *const` */
    t[m - 5] = 0;
    return t;
  }
  if (strchr(t, '*') || strchr(t, '[') || strchr(t, '(')) return t;
  char *b = t;
  while (!strncmp(b, "const ", 6)) b += 6;
  char *r = xstrdup(b);
  size_t n = strlen(r);
  if (n > 6 && !strcmp(r + n - 6, " const")) r[n - 6] = 0;
  free(t);
  return r;
}

/* The type of a capture as a struct member can hold it (by value, or what
 * the pointer points to), or NULL when it cannot be spelled at file scope. */
static char *capture_type(Capture *c) {
  Obj *o = c->data;
  if (o && o->temp) {                                  /* the callee's result type */
    char *t = decl_type(o->type);
    if (!o->slot) return t;
    char *r = fmt("%s *", t);                          /* in a slot: its pointer, by value */
    free(t);
    return r;
  }
  CXCursor d = o ? o->decl : c->decl;
  CXType t = clang_getCursorType(d);
  if (clang_Cursor_isNull(d) || !file_scope_type(t)) return NULL;
  CXType ct = clang_getCanonicalType(t);
  if (!o && clang_getCursorKind(d) == CXCursor_ParmDecl &&
      (ct.kind == CXType_ConstantArray || ct.kind == CXType_IncompleteArray)) {
    /* a parameter declared as an array (double a[R][N]) is a pointer to its
     * element: captured as one, not as the array it spells */
    char *es = fe_type(clang_getArrayElementType(ct));
    char *r = strstr(es, "(unnamed") || strstr(es, "(anonymous") || strstr(es, "typeof") ? NULL
            : fmt("__typeof__(__typeof__(%s) *)", es);
    free(es);
    return r;
  }
  if (!o && c->kind == CAP_VALUE && (ct.kind == CXType_ConstantArray || ct.kind == CXType_IncompleteArray))
    return NULL;                                       /* an array is not copied by `=` */
  char *sp = fe_type(t);
  /* typeof(k) may name a local of the function */
  if (strstr(sp, "(unnamed") || strstr(sp, "(anonymous") || strstr(sp, "typeof")) { free(sp); return NULL; }
  if (o) {                                             /* a slot: its pointer, by value, */
    free(sp);                                          /* typed as the slot is declared */
    char *dt = decl_type(o->type);
    char *r = fmt("%s *", dt);
    free(dt);
    return r;
  }
  if (c->kind == CAP_REF) sp = unconst(sp);
  char *r = fmt("__typeof__(%s)", sp);
  free(sp);
  return r;
}

/* The name generated code gives a capture in the spawning function. */
static char *capture_name(Capture *c) {
  return c->data ? lower_storage(c->data) : xstrdup(c->name);
}

static char *function_type(Func *f);

/* ---- the task's text, its shared variables renamed ---- */

static Capture *capture_of_decl(Site *s, CXCursor d) {
  for (int i = 0; i < s->ncap; i++) {
    Capture *c = &s->cap[i];
    if (c->data ? !c->data->temp && clang_equalCursors(c->data->decl, d) : clang_equalCursors(c->decl, d)) return c;
  }
  return NULL;
}

static Capture *capture_of_data(Site *s, Obj *o) {
  for (int i = 0; i < s->ncap; i++) {
    Capture *c = &s->cap[i];
    if (c->data == o || (!c->data && !o->temp && !o->ext && !strcmp(c->name, o->name))) return c;
  }
  return NULL;
}

static char *shared_name(const char *name) { return fmt("(*\001c->%s)", name); }

/* How the task names the plan's data: what it shares, through its pointer. */
static char *task_access(Lower *l, Site *s, Obj *o) {
  (void)l;
  Capture *c = capture_of_data(s, o);
  if (!c || c->kind != CAP_REF) return lower_access(o);
  char *nm = capture_name(c);
  char *r = shared_name(nm);
  free(nm);
  return r;
}

typedef struct Walk {
  Lower *l;
  Site *s;
  Node *root;        /* declarations inside it move with the task's text */
  Edits *ren;        /* the renames of the task's text */
  int loop;          /* a fused loop: its arguments are in its text */
  int self;          /* it names the function itself */
  int ok;
} Walk;

/* Is cursor d declared in the function being lowered (outside w->root)? */
static int local_decl(Walk *w, CXCursor d) {
  CXFile file;
  unsigned off;
  clang_getFileLocation(clang_getCursorLocation(d), &file, NULL, NULL, &off);
  Func *f = w->l->f;
  if (!file || !clang_File_isEqual(file, w->l->u->file)) return 0;
  if (off < f->root->beg || off >= f->body->end) return 0;
  return off < w->root->beg || off >= w->root->end;
}

/* Every name of the function the text uses must be captured; a shared one is
 * renamed, which needs its own spelling at its place (not a macro's). */
static void walk(Walk *w, Node *n) {
  Site *s = w->s;
  Func *f = w->l->f;
  if (n != s->call && n->kind == CXCursor_CallExpr)
    for (int i = 0; i < f->nsite; i++)
      if (f->site[i]->call == n && f->site[i]->form == SITE_HOIST && !f->site[i]->serial) return;  /* its temporary */
  for (int i = 0; !w->loop && i < s->narg; i++)
    if (s->argspawn[i] && n == s->arg[i]) return;     /* evaluated at the spawn */
  if (n->kind == CXCursor_DeclRefExpr || n->kind == CXCursor_TypeRef) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    if (!clang_Cursor_isNull(d) && clang_equalCursors(clang_getCanonicalCursor(d), clang_getCanonicalCursor(f->cur))) {
      w->self = 1;                                    /* the function itself: declared before the task */
    } else if (!clang_Cursor_isNull(d) && local_decl(w, d)) {
      Capture *c = n->kind == CXCursor_DeclRefExpr ? capture_of_decl(s, d) : NULL;
      if (!c) {
        w->ok = 0;
      } else if (c->kind == CAP_REF && !c->data) {
        size_t len = strlen(c->name);
        if (n->end - n->beg != len || memcmp(w->l->u->src + n->beg, c->name, len)) w->ok = 0;
        else {
          char *r = shared_name(c->name);
          ed_replace(w->ren, n->beg, n->end, r);
          free(r);
        }
      }
    }
  }
  for (int i = 0; i < n->nkid; i++) walk(w, n->kid[i]);
}

/* The renames of a task's text: its shared temporaries and variables through
 * the capture struct, then the function's own renames (slots, temporaries).
 * 0 when the text uses a name of the function it cannot take along. */
static int task_renames(Lower *l, Site *s, Node **roots, int nroot, int loop, Edits *ren) {
  *ren = (Edits){0};
  for (int i = 0; i < l->f->nsite; i++) {
    Site *h = l->f->site[i];
    if (h->serial || h->form != SITE_HOIST || !h->temp) continue;
    Capture *c = capture_of_data(s, h->temp);
    if (!c || c->kind != CAP_REF) continue;
    char *nm = lower_storage(h->temp);
    char *r = shared_name(nm);
    char *t = hoist_is_dropped(l, h) ? fmt("((void)%s)", r) : xstrdup(r);
    ed_replace(ren, h->call->beg, h->call->end, t);
    free(t);
    free(r);
    free(nm);
  }
  int ok = 1;
  for (int i = 0; i < nroot; i++) {
    if (!roots[i]) continue;
    Walk w = {l, s, roots[i], ren, loop, 0, 1};
    walk(&w, roots[i]);
    char *ft = w.self ? function_type(l->f) : NULL;
    ok &= w.ok && (!w.self || ft);
    free(ft);
  }
  for (int i = 0; i < l->ed.n; i++) ed_replace(ren, l->ed.e[i].beg, l->ed.e[i].end, l->ed.e[i].text);
  ed_sort(ren);
  return ok;
}

static void edits_free(Edits *ed) {
  for (int i = 0; i < ed->n; i++) free(ed->e[i].text);
  free(ed->e);
}

/* ---- the outlined task ---- */

/* The function's type spelled at file scope, or NULL. */
static char *function_type(Func *f) {
  CXType ft = clang_getCursorType(f->cur);
  for (int i = 0; i < clang_getNumArgTypes(ft); i++)    /* `double (*a)[m]`: m is not there */
    if (!file_scope_type(clang_getArgType(ft, (unsigned)i))) return NULL;
  char *sp = fe_type(ft);
  if (strchr(sp, '(') && !strstr(sp, "(unnamed") && !strstr(sp, "(anonymous") && file_scope_type(clang_getResultType(ft)))
    return sp;
  free(sp);
  return NULL;
}

/* Declares the spawning function before its first outlined task (which may
 * call it: recursion), when its type can be spelled there. */
static void declare_function(Lower *l, Outliner *pt, Buf *b) {
  Func *f = l->f;
  for (int i = 0; i < pt->ndeclared; i++)
    if (pt->declared[i] == f) return;
  pt->declared = xrealloc(pt->declared, (size_t)(pt->ndeclared + 1) * sizeof *pt->declared);
  pt->declared[pt->ndeclared++] = f;
  char *sp = function_type(f);
  if (sp)
    buf_printf(b, "%s__typeof__(%s) %s; ", clang_Cursor_getStorageClass(f->cur) == CX_SC_Static ? "static " : "",
               sp, f->name);
  free(sp);
}

/* The task's outlined function and its spawn, or NULL when the task cannot
 * move out of its function.  roots: the nodes its text comes from. */
char *outline_task(Lower *l, Outliner *pt, Site *s, const char *label, Node **roots, int nroot, Node *loop) {
  /* what it copies: the arguments evaluated at the spawn, then the plan's captures */
  int n = 0, cap = s->narg + s->ncap;
  char **name = xcalloc((size_t)cap + 1, sizeof *name), **type = xcalloc((size_t)cap + 1, sizeof *type);
  int *ref = xcalloc((size_t)cap + 1, sizeof *ref);
  int ok = 1;
  for (int i = 0; !loop && i < s->narg && ok; i++) {
    if (!lower_copies_arg(s, i)) continue;
    /* a variably modified parameter's argument is held as a void * (place.c) */
    int vm = i < s->callee->nparam && s->callee->param[i].vm;
    const char *t = vm ? "void *" : i < s->callee->nparam ? s->callee->param[i].type : NULL;
    ok = t != NULL;                    /* typed by the call's own expression: not at file scope */
    name[n] = lower_arg(s->id, i);
    type[n++] = t ? decl_type(t) : NULL;
  }
  for (int i = 0; i < s->ncap && ok; i++) {
    name[n] = capture_name(&s->cap[i]);
    ref[n] = s->cap[i].kind == CAP_REF;
    type[n] = capture_type(&s->cap[i]);
    ok = type[n++] != NULL;
  }
  Edits ren;
  ok &= task_renames(l, s, roots, nroot, loop != NULL, &ren);
  char *r = NULL;
  if (ok) {
    unsigned loop_end = loop ? fe_stmt_end(l->u, loop) : 0;   /* the body's `;` too */
    char *run = !loop ? task_run(l, s, &ren, task_access)
                      : flatten(ed_apply(&ren, l->u->src, loop->beg, loop_end ? loop_end : loop->end, NULL));
    int k = pt->ntask++;
    Buf fn = {0};
    buf_add(&fn, "", 0);
    declare_function(l, pt, &fn);
    buf_printf(&fn, "struct \001cap%d {", k);
    for (int i = 0; i < n; i++) buf_printf(&fn, " %s %s%s;", type[i], ref[i] ? "*" : "", name[i]);
    buf_printf(&fn, " char \001pad; }; static void \001task%d(void *\001p) { struct \001cap%d *\001c = (struct \001cap%d *)\001p; (void)\001c; ",
               k, k, k);
    for (int i = 0; i < n; i++)
      if (!ref[i]) buf_printf(&fn, "%s %s = \001c->%s; (void)%s; ", type[i], name[i], name[i], name[i]);   /* a slot only the dependences name */
    buf_printf(&fn, "%s%s } ", run, loop ? " " : "");
    ed_insert(&l->out, l->f->root->beg, fn.s);
    free(fn.s);
    free(run);
    /* the spawn */
    Buf b = {0};
    buf_printf(&b, "{ \001sp = 1; struct \001cap%d \001c = {", k);
    for (int i = 0; i < n; i++) buf_printf(&b, "%s %s%s", i ? "," : "", ref[i] ? "&" : "", name[i]);
    buf_printf(&b, "%s 0 }; ", n ? "," : "");
    Buf deps = {0};
    buf_add(&deps, "", 0);
    int nd = pt->deps(&deps, l->f, s->dep, s->ndep);
    if (nd)
      buf_printf(&b, "delayc_rt_dep \001d[] = {%s }; %s(\"%s\", %u, \001task%d, &\001c, sizeof \001c, %d, \001d); } ",
                 deps.s + 1, pt->spawn, label, s->line, k, nd);
    else
      buf_printf(&b, "%s(\"%s\", %u, \001task%d, &\001c, sizeof \001c, 0, 0); } ", pt->spawn, label, s->line, k);
    free(deps.s);
    r = b.s;
  }
  edits_free(&ren);
  for (int i = 0; i < n; i++) { free(name[i]); free(type[i]); }
  free(name);
  free(type);
  free(ref);
  return r;
}


/* Does the text hold a preprocessor directive (which one line cannot hold)? */
/* A task of a call: its text comes from the call and from the lvalue its
 * result goes to (a copy's: its target). */
char *outline_site(Lower *l, Outliner *o, Site *s, const char *label) {
  Node *roots[2] = { s->call, NULL };
  if (s->form == SITE_COPY) roots[0] = s->target->kind == CXCursor_VarDecl ? NULL : s->target;
  else roots[1] = s->fwd ? s->fwd : s->form == SITE_ASSIGN ? s->target : NULL;
  return outline_task(l, o, s, label, roots, 2, NULL);
}

void outline_fused_loop(Lower *l, Outliner *o, Site *s, int can, const char *wait_all) {
  Node *loop = s->fuse_loop;
  char *label = label_literal(s->callee->label);
  char *r = !can || has_directive(l->u, loop) ? NULL : outline_task(l, o, s, label, &loop, 1, loop);
  if (r) {
    place_before(l, loop, PRE_STMT, r);
    place_remove(l, loop);
  } else {
    place_before(l, loop, PRE_STMT, wait_all);   /* the loop runs in place */
  }
  free(r);
  free(label);
}

int has_directive(Unit *u, Node *n) {
  for (unsigned i = n->beg; i < n->end; i++)
    if (u->src[i] == '\n') {
      unsigned k = i + 1;
      while (k < n->end && (u->src[k] == ' ' || u->src[k] == '\t')) k++;
      if (k < n->end && u->src[k] == '#') return 1;
    }
  return 0;
}
