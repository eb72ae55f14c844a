/* own_bytes.c — does a function write the bytes of the struct a pointer
 * parameter points to, or only what its pointer members point to?
 *
 * `void smooth(Image *img)` writing `img->px[i]` leaves the Image itself (its
 * px, w, h) as it was: a task of it reads the struct and writes the pixels,
 * so the code that spawns the next task may read img->px and img->w without
 * waiting for it (analysis/memory.c; blind 67a, constructed images).  A use
 * of the parameter that may write there: an assignment to a member, `&`, a
 * member array decayed, the struct copied whole, the pointer handed to a
 * function that may (3 calls deep), or to one in another file whose summary
 * does not say FX_OWN_INTACT (program.c). */
#include "effects/effects.h"

#include <stdlib.h>

static int is_array(CXType t) { return clang_getCanonicalType(t).kind == CXType_ConstantArray; }

static Node *up_noop(Node *n) {
  Node *p = n->parent;
  while (p && (p->kind == CXCursor_ParenExpr || (p->kind == CXCursor_UnexposedExpr && p->nkid == 1))) p = p->parent;
  return p;
}

/* e: an lvalue in the struct's bytes (p->f, p[i], *p); 1 when what is done with it may write there */
static int writes_lvalue(Node *e) {
  for (;;) {
    Node *p = e->parent;
    while (p && p->kind == CXCursor_ParenExpr) p = p->parent;
    if (!p) return 1;
    CXType t = clang_getCanonicalType(clang_getCursorType(e->cur));
    if (p->kind == CXCursor_MemberRefExpr && p->nkid && fe_strip(p->kid[0]) == fe_strip(e)) {
      e = p;                     /* (p->in).f: still its bytes */
      continue;
    }
    if (p->kind == CXCursor_UnaryExpr) return 0;                               /* sizeof */
    if (p->kind == CXCursor_UnexposedExpr && p->nkid == 1 && !is_array(t) && t.kind != CXType_Record)
      return 0;                  /* a load: a number, or a member pointer (writes through it are not its bytes) */
    return 1;                    /* assigned, ++, &, an array member decayed, copied whole */
  }
}

static int writes_through_use(Unit *u, Node *ref, int depth) {
  Node *v = ref->parent;
  while (v && v->kind == CXCursor_ParenExpr) v = v->parent;
  if (!v || v->kind != CXCursor_UnexposedExpr) return 1;   /* not the pointer's value: `&p`, p = ... */
  Node *top = v;
  Node *w = up_noop(v);
  if (!w) return 1;
  if ((w->kind == CXCursor_MemberRefExpr || w->kind == CXCursor_ArraySubscriptExpr ||
       (w->kind == CXCursor_UnaryOperator && fe_is_deref(u, w))) && w->nkid && fe_strip(w->kid[0]) == fe_strip(top))
    return writes_lvalue(w);
  if (w->kind == CXCursor_BinaryOperator && w->nkid == 2 &&
      (fe_binop_is(u, w, "==") || fe_binop_is(u, w, "!=") || fe_binop_is(u, w, "&&") || fe_binop_is(u, w, "||")))
    return 0;                    /* p == NULL */
  if (w->kind == CXCursor_UnaryOperator && !fe_is_deref(u, w) && !fe_is_addrof(u, w)) return 0;   /* !p */
  if (w->kind == CXCursor_IfStmt || w->kind == CXCursor_WhileStmt || w->kind == CXCursor_ConditionalOperator)
    return w->nkid && fe_strip(w->kid[0]) == fe_strip(top) ? 0 : 1;
  if (w->kind == CXCursor_CallExpr) {          /* handed to a function of the file that writes none of them */
    Node *f = fe_direct_callee(w);
    for (int i = 1; f && i < w->nkid; i++)
      if (fe_strip(w->kid[i]) == fe_strip(top))
        return fx_own_bytes_written(u, clang_getCursorReferenced(f->cur), i - 1, depth + 1);
  }
  return 1;
}

typedef struct OwnScan { Unit *u; CXCursor prm; int depth, found; } OwnScan;

static void own_scan(OwnScan *o, Node *n) {
  if (o->found) return;
  if (n->kind == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), o->prm) &&
      writes_through_use(o->u, n, o->depth)) {
    o->found = 1;
    return;
  }
  for (int i = 0; i < n->nkid && !o->found; i++) own_scan(o, n->kid[i]);
}

int fx_own_bytes_written(Unit *u, CXCursor fn, int k, int depth) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) {  /* another file's: its summary says */
    char *name = fe_spelling(fn);
    const Effects *e = fx_program_lookup(name);
    free(name);
    return !(e && k >= 0 && k < e->nparam && (e->param[k] & FX_OWN_INTACT));
  }
  if (depth > 3 || k >= clang_Cursor_getNumArguments(def)) return 1;
  Node *root = fe_tree(u, def);
  OwnScan o = {u, clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)k)), depth, 0};
  int body = 0;
  for (int i = 0; i < root->nkid; i++)
    if (root->kid[i]->kind == CXCursor_CompoundStmt) {
      body = 1;
      own_scan(&o, root->kid[i]);
    }
  fe_free_tree(root);
  return !body || o.found;
}
