/* allocators.c — which calls return fresh memory: the C library's allocators,
 * and the file's own wrappers of them (`xmalloc`, `xcalloc`: call malloc, stop
 * the program when it fails, return the block).
 *
 * A function of the file is a wrapper when it returns a pointer and every
 * return gives either an allocator's result (a wrapper's too), NULL, or a
 * local pointer whose every use is being set from an allocator, tested
 * (`!p`, `p == NULL`), cleared by memset or returned: the block reaches the
 * caller through the result only.  Memory the result points to is then as
 * fresh as malloc's (access.c, analysis/memory.c). */
#include "effects/effects.h"

#include <stdlib.h>
#include <string.h>

static int library_allocator(const char *name) {
  static const char *const fns[] = {"malloc", "calloc", "realloc", "aligned_alloc", "reallocarray", "strdup",
                                    "strndup", NULL};
  for (int i = 0; fns[i]; i++)
    if (!strcmp(name, fns[i])) return 1;
  return 0;
}

typedef struct Known { CXCursor fn; int yes; } Known;
typedef struct AllocCache { Known *k; int n; } AllocCache;

static void cache_dispose(void *p) {
  AllocCache *c = p;
  free(c->k);
  free(c);
}

static int wrapper(Unit *u, CXCursor fn, int depth);

/* Is n (an expression) a call of an allocator? */
static int alloc_call(Unit *u, Node *n, int depth) {
  n = fe_strip(n);
  while (n && n->kind == CXCursor_CStyleCastExpr) n = fe_strip(n->kid[n->nkid - 1]);
  if (!n || n->kind != CXCursor_CallExpr || !n->nkid) return 0;
  Node *f = fe_strip(n->kid[0]);
  if (!f || f->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor fn = clang_getCursorReferenced(f->cur);
  char *nm = fe_spelling(fn);
  int lib = library_allocator(nm);
  free(nm);
  return lib || wrapper(u, fn, depth + 1);
}

typedef struct Walk { Unit *u; int depth, bad; } Walk;

static int refers(Node *n, CXCursor d) {
  n = fe_strip(n);
  return n && n->kind == CXCursor_DeclRefExpr &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), d);
}

/* Every use of the local p: set from an allocator, tested, memset, returned. */
static int use_ok(Walk *w, Node *use, CXCursor p) {
  Node *x = use, *q = use->parent;
  while (q && (q->kind == CXCursor_UnexposedExpr || q->kind == CXCursor_ParenExpr)) { x = q; q = q->parent; }
  if (!q) return 0;
  switch (q->kind) {
  case CXCursor_ReturnStmt:
    return 1;
  case CXCursor_IfStmt: case CXCursor_WhileStmt: case CXCursor_ConditionalOperator:
    return q->kid[0] == x;
  case CXCursor_UnaryOperator:            /* !p */
    return q->nkid == 1 && !fe_is_deref(w->u, q) && !fe_is_addrof(w->u, q) && !fe_is_incdec(w->u, q);
  case CXCursor_BinaryOperator:
    if (fe_is_assign(w->u, q)) return q->kid[0] == x && alloc_call(w->u, q->kid[1], w->depth);
    if (fe_binop_is(w->u, q, "==") || fe_binop_is(w->u, q, "!="))
      return fe_null_pointer(q->kid[q->kid[0] == x ? 1 : 0]);
    return fe_binop_is(w->u, q, "&&") || fe_binop_is(w->u, q, "||");
  case CXCursor_CallExpr: {                /* memset(p, 0, n) */
    Node *f = q->nkid ? fe_strip(q->kid[0]) : NULL;
    char *nm = f && f->kind == CXCursor_DeclRefExpr ? fe_spelling(clang_getCursorReferenced(f->cur)) : NULL;
    int ok = nm && !strcmp(nm, "memset") && q->nkid > 1 && q->kid[1] == x;
    free(nm);
    return ok;
  }
  default:
    (void)p;
    return 0;
  }
}

static void walk_uses(Walk *w, Node *n, CXCursor p) {
  if (w->bad || n->kind == CXCursor_UnaryExpr) return;     /* sizeof *p: not a use */
  if (n->kind == CXCursor_DeclRefExpr && refers(n, p) && !use_ok(w, n, p)) w->bad = 1;
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), p)) {
    Node *init = fe_var_init(w->u, n);
    if (init && !alloc_call(w->u, init, w->depth) && !fe_null_pointer(init)) w->bad = 1;
  }
  for (int i = 0; i < n->nkid && !w->bad; i++) walk_uses(w, n->kid[i], p);
}

static void walk_returns(Walk *w, Node *body, Node *n) {
  if (w->bad) return;
  if (n->kind == CXCursor_ReturnStmt) {
    Node *v = n->nkid ? fe_strip(n->kid[0]) : NULL;
    while (v && v->kind == CXCursor_CStyleCastExpr) v = fe_strip(v->kid[v->nkid - 1]);
    if (!v) { w->bad = 1; return; }
    if (alloc_call(w->u, v, w->depth) || fe_null_pointer(v)) return;
    CXCursor d = v->kind == CXCursor_DeclRefExpr ? clang_getCursorReferenced(v->cur) : clang_getNullCursor();
    enum CX_StorageClass sc = clang_Cursor_isNull(d) ? CX_SC_Invalid : clang_Cursor_getStorageClass(d);
    if (clang_Cursor_isNull(d) || clang_getCursorKind(d) != CXCursor_VarDecl || sc == CX_SC_Static ||
        sc == CX_SC_Extern || clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit) {
      w->bad = 1;
      return;
    }
    walk_uses(w, body, clang_getCanonicalCursor(d));
    return;
  }
  for (int i = 0; i < n->nkid && !w->bad; i++) walk_returns(w, body, n->kid[i]);
}

static int wrapper(Unit *u, CXCursor fn, int depth) {
  if (depth > 3 || clang_getCursorKind(fn) != CXCursor_FunctionDecl) return 0;
  CXType rt = clang_getCanonicalType(clang_getResultType(clang_getCursorType(fn)));
  if (rt.kind != CXType_Pointer) return 0;
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return 0;
  AllocCache *c = fe_kept(u, cache_dispose);
  if (!c) {
    c = xcalloc(1, sizeof *c);
    fe_keep(u, c, cache_dispose);
  }
  CXCursor can = clang_getCanonicalCursor(fn);
  for (int i = 0; i < c->n; i++)
    if (clang_equalCursors(c->k[i].fn, can)) return c->k[i].yes;
  c->k = xrealloc(c->k, (size_t)(c->n + 1) * sizeof *c->k);
  int at = c->n++;
  c->k[at] = (Known){can, 0};          /* while deciding: not (recursion) */
  Node *t = fe_tree(u, def);
  Node *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  int yes = 0;
  if (body) {
    Walk w = {u, depth, 0};
    walk_returns(&w, body, body);
    yes = !w.bad;
  }
  fe_free_tree(t);
  c = fe_kept(u, cache_dispose);       /* the array may have moved: look it up again */
  for (int i = 0; i < c->n; i++)
    if (clang_equalCursors(c->k[i].fn, can)) c->k[i].yes = yes;
  return yes;
}

int fx_allocator(Unit *u, CXCursor fn) {
  if (clang_Cursor_isNull(fn)) return 0;
  char *nm = fe_spelling(fn);
  int lib = library_allocator(nm);
  free(nm);
  return lib || wrapper(u, fn, 0);
}
