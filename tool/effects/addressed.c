/* addressed.c — which globals a pointer may reach.
 *
 * A `static` global of the file whose address the file never takes — no
 * `&g`, `&g.f`, `&g[i]`, no array of it used as a pointer (passed, assigned,
 * offset) other than indexed in place (`g[i]`) — cannot be reached through
 * any pointer: no other file can name it and nothing here hands out its
 * address.  Memory reached through pointers of unknown origin is then never
 * such a global, so tasks that read or write through such pointers need not
 * order with the tasks that use it (analysis/shared_state.c, memory.c).
 * Every other global is taken as reachable. */
#include "effects/effects.h"

#include <stdlib.h>

typedef struct Addressed { CXCursor *g; int n; } Addressed;

static void addressed_dispose(void *p) {
  Addressed *a = p;
  free(a->g);
  free(a);
}

static void mark(Addressed *a, CXCursor d) {
  d = clang_getCanonicalCursor(d);
  for (int i = 0; i < a->n; i++)
    if (clang_equalCursors(a->g[i], d)) return;
  a->g = xrealloc(a->g, (size_t)(a->n + 1) * sizeof *a->g);
  a->g[a->n++] = d;
}

static int is_array(Node *n) {
  enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(n->cur)).kind;
  return k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray;
}

/* Does the use r of a global hand out a pointer into it? */
static int gives_address(Unit *u, Node *r) {
  Node *n = r;
  for (Node *p = n->parent; p; n = p, p = p->parent) {
    switch (p->kind) {
    case CXCursor_ParenExpr:
      continue;
    case CXCursor_UnexposedExpr:            /* an implicit conversion: an array decays here */
      if (is_array(n) && !is_array(p)) {
        Node *q = p->parent;
        if (q && q->kind == CXCursor_ArraySubscriptExpr && q->nkid == 2 && q->kid[0] == p) { p = q; continue; }
        return 1;                           /* a pointer into it, other than indexed in place */
      }
      continue;
    case CXCursor_ArraySubscriptExpr:
      if (p->kid[0] != n) return 0;         /* used as an index */
      if (clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Pointer)
        return 0;                           /* p[i] of a pointer p: what it points to, not p (`&parts[i]`) */
      continue;
    case CXCursor_MemberRefExpr:            /* g.f: still its storage; p->f is what p points to */
      if (clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Pointer) return 0;
      continue;
    case CXCursor_UnaryOperator:
      return fe_is_addrof(u, p);            /* &g, &g[i], &g.f */
    case CXCursor_UnaryExpr:                /* sizeof, _Alignof */
      return 0;
    case CXCursor_AsmStmt: case CXCursor_MSAsmStmt:
      return 1;
    default:
      return is_array(n);                   /* an array used whole with no conversion seen: taken as a pointer */
    }
  }
  return 0;
}

static void scan(Unit *u, Addressed *a, Node *n) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    if (clang_getCursorKind(d) == CXCursor_VarDecl && gives_address(u, n)) mark(a, d);
  }
  for (int i = 0; i < n->nkid; i++) scan(u, a, n->kid[i]);
}

static enum CXChildVisitResult top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  void **args = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if ((k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) || k == CXCursor_VarDecl) {
    Node *t = fe_tree(args[0], c);
    scan(args[0], args[1], t);
    fe_free_tree(t);
  }
  return CXChildVisit_Continue;
}

int fx_unaddressed(Unit *u, CXCursor g) {
  if (clang_getCursorLinkage(g) != CXLinkage_Internal) return 0;
  if (clang_getCursorKind(clang_getCursorSemanticParent(g)) != CXCursor_TranslationUnit) return 0;
  Addressed *a = fe_kept(u, addressed_dispose);
  if (!a) {
    a = xcalloc(1, sizeof *a);
    void *args[2] = {u, a};
    clang_visitChildren(clang_getTranslationUnitCursor(u->tu), top, args);
    fe_keep(u, a, addressed_dispose);
  }
  g = clang_getCanonicalCursor(g);
  for (int i = 0; i < a->n; i++)
    if (clang_equalCursors(a->g[i], g)) return 0;
  return 1;
}
