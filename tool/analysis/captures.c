/* captures.c — what each task uses of the spawning function, and how.
 *
 * A task runs later, on another thread: every local it names is either copied
 * at the spawn (CAP_VALUE) or shared with the function (CAP_REF), which the
 * dependencies make safe.  The rule, per variable the task's text names (its
 * result's destination, the arguments it evaluates itself, the objects of its
 * dependencies), in the order met:
 *   - a slot (a variable in the arena): its pointer, by value;
 *   - a temporary of a hoisted call: shared, or its slot pointer by value;
 *   - a tracked object (a result, an array, a buffer): shared;
 *   - any other local (a loop index, a view): by value.
 * A variable met both ways is copied (a clause cannot name it twice).  A
 * fused loop (deps.c find_fusions) copies every local it reads that it does
 * not declare, and shares the object it chains on.  Globals and the
 * runtime's resources are at file scope: no capture. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>

static int is_local(Func *f, CXCursor d) {
  enum CXCursorKind k = clang_getCursorKind(d);
  if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl) return 0;
  if (!clang_equalCursors(clang_getCursorSemanticParent(d), f->cur)) return 0;
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  return sc != CX_SC_Static && sc != CX_SC_Extern;
}

static int same(Capture *a, Obj *data, const char *name) {
  if (a->data && data)
    return a->data->temp == data->temp &&
           (data->temp ? a->data->temp_site == data->temp_site : !strcmp(a->data->name, data->name));
  if (a->data || data || !name) return 0;
  return !strcmp(a->name, name);
}

/* Adds a capture; one of each variable, a copy winning over sharing. */
static void capture(Site *s, CapKind kind, Obj *data, const char *name, CXCursor decl) {
  for (int i = 0; i < s->ncap; i++) {
    if (!same(&s->cap[i], data, name)) continue;
    if (s->cap[i].kind == CAP_VALUE || kind == CAP_REF) return;
    free(s->cap[i].name);                  /* shared first, copied now: the copy wins */
    memmove(&s->cap[i], &s->cap[i + 1], (size_t)(s->ncap - i - 1) * sizeof *s->cap);
    s->ncap--;
    break;
  }
  s->cap = xrealloc(s->cap, (size_t)(s->ncap + 1) * sizeof *s->cap);
  s->cap[s->ncap++] = (Capture){kind, data, data ? NULL : xstrdup(name), decl};
}

static void capture_data(Site *s, Obj *o) {
  capture(s, o->slot ? CAP_VALUE : CAP_REF, o, NULL, o->decl);
}

/* The locals named in n (a hoisted call stands for its temporary); with
 * by_value, tracked ones too are copied (the indexes of a result's target:
 * the element the spawn named, whatever ordinary code does to them after). */
static void names_of(Func *f, Site *s, Node *n, int by_value) {
  if (n->kind == CXCursor_CallExpr) {
    for (int i = 0; i < f->nsite; i++) {
      Site *h = f->site[i];
      if (h->call == n && h->form == SITE_HOIST && !h->serial && h->temp) { capture_data(s, h->temp); return; }
    }
  }
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    if (is_local(f, d)) {
      Obj *o = an_object_of(f, d);
      char *nm = fe_spelling(d);
      if (o && o->slot) capture(s, CAP_VALUE, o, NULL, d);
      else if (o && o->kind != OBJ_VIEW && !by_value) capture(s, CAP_REF, NULL, nm, d);
      else capture(s, CAP_VALUE, NULL, nm, d);
      free(nm);
    }
  }
  for (int i = 0; i < n->nkid; i++) names_of(f, s, n->kid[i], by_value);
}

static void names_in(Func *f, Site *s, Node *n) { names_of(f, s, n, 0); }

/* Does a task write the variable itself (`p = make(n)`), not what it points to? */
static int task_sets(Func *f, Obj *o) {
  for (int i = 0; i < f->nsite; i++) {
    Site *t = f->site[i];
    if (!t->serial && t->tobj == o && !t->tindex && !t->tmember) return 1;
  }
  return 0;
}

/* The target of a result, t[i][j] or t[i].m: the object by reference, the
 * locals of its indexes by value.  A pointer the result goes through (p[i],
 * p a buffer) is copied: the call names the element p points to at the spawn,
 * and ordinary code may point p elsewhere before the task runs (swapping two
 * buffers between sweeps); unless a task sets p itself. */
static void target_names(Func *f, Site *s, Node *n) {
  Node *x = fe_strip(n);
  if (x && x->kind == CXCursor_DeclRefExpr && x != fe_strip(s->target)) {
    CXCursor d = clang_getCursorReferenced(x->cur);
    Obj *o = is_local(f, d) ? an_object_of(f, d) : NULL;
    if (o && !o->slot && clang_getCanonicalType(clang_getCursorType(d)).kind == CXType_Pointer && !task_sets(f, o)) {
      char *nm = fe_spelling(d);
      capture(s, CAP_VALUE, NULL, nm, d);
      free(nm);
      return;
    }
    /* the storage the result goes to, a struct or an array not tracked
     * (s.arr[i] of a local struct s): shared, never a copy */
    if (is_local(f, d) && !o && clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer) {
      char *nm = fe_spelling(d);
      capture(s, CAP_REF, NULL, nm, d);
      free(nm);
      return;
    }
  }
  if (x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) {
    target_names(f, s, x->kid[0]);
    names_of(f, s, x->kid[1], 1);
    return;
  }
  if (x && x->kind == CXCursor_MemberRefExpr && x->nkid == 1) {
    target_names(f, s, x->kid[0]);
    return;
  }
  names_in(f, s, n);
}

static void dep_data(Site *s) {
  for (int i = 0; i < s->ndep; i++) {
    Obj *o = s->dep[i].obj;
    if (o->ext) continue;
    if (o->slot || o->temp) capture_data(s, o);
    else capture(s, CAP_REF, NULL, o->name, o->decl);
  }
}

/* A fused loop: the locals it reads that it does not declare, by value. */
static void loop_names(Func *f, Site *s, Node *loop, Node *n, Obj *x) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    if (is_local(f, d) && an_object_of(f, d) != x) {
      unsigned off;
      clang_getFileLocation(clang_getCursorLocation(d), NULL, NULL, NULL, &off);
      if (off < loop->beg || off >= loop->end) {
        char *nm = fe_spelling(d);
        capture(s, CAP_VALUE, NULL, nm, d);
        free(nm);
      }
    }
  }
  for (int i = 0; i < n->nkid; i++) loop_names(f, s, loop, n->kid[i], x);
}

void find_captures(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    if (s->fuse_loop) {
      loop_names(f, s, s->fuse_loop, s->fuse_loop, s->tobj);
      capture(s, CAP_REF, NULL, s->tobj->name, s->tobj->decl);
      continue;
    }
    if (s->form == SITE_COPY) {
      if (s->target->kind != CXCursor_VarDecl) names_in(f, s, s->target);
      dep_data(s);
      continue;
    }
    if (s->fwd) names_in(f, s, s->fwd);
    else if (s->form == SITE_ASSIGN) target_names(f, s, s->target);
    for (int k = 0; k < s->narg; k++)
      if (!s->argspawn[k]) names_in(f, s, s->arg[k]);
    dep_data(s);
  }
}
