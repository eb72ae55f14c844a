/* effects.c — does a function touch mutable global or static state?
 *
 * A task that reads or writes a global races with ordinary code (and with other
 * tasks) that touch the same global, and no depend clause can name it.  Calls of
 * such functions stay serial.  The walk follows calls into functions defined in
 * the same translation unit; library functions are taken to be free of shared
 * state (documented in docs/lowering.md). */
#include "delayc.h"

#include <stdlib.h>
#include <string.h>

typedef struct Seen { char **usr; int n; } Seen;

typedef struct FxCtx { Seen *seen; char *hit; } FxCtx;

static int seen_add(Seen *s, CXCursor fn) {
  CXString u = clang_getCursorUSR(fn);
  const char *z = clang_getCString(u);
  for (int i = 0; i < s->n; i++)
    if (!strcmp(s->usr[i], z)) { clang_disposeString(u); return 0; }
  s->usr = xrealloc(s->usr, (size_t)(s->n + 1) * sizeof *s->usr);
  s->usr[s->n++] = xstrdup(z);
  clang_disposeString(u);
  return 1;
}

/* A variable with static storage whose type is not const. */
int fx_is_mutable_global(CXCursor d) {
  if (clang_getCursorKind(d) != CXCursor_VarDecl) return 0;
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
  CXCursor p = clang_getCursorSemanticParent(d);
  int global = clang_getCursorKind(p) == CXCursor_TranslationUnit || sc == CX_SC_Static || sc == CX_SC_Extern;
  if (!global) return 0;
  CXType t = clang_getCursorType(d);
  while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) t = clang_getArrayElementType(t);
  return !clang_isConstQualifiedType(t);
}

static void walk(CXCursor fn, FxCtx *c);

static enum CXChildVisitResult visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  FxCtx *c = d;
  if (c->hit) return CXChildVisit_Break;
  enum CXCursorKind kind = clang_getCursorKind(k);
  if (kind == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (fx_is_mutable_global(r)) { c->hit = fe_spelling(r); return CXChildVisit_Break; }
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) walk(r, c);
  } else if (kind == CXCursor_VarDecl && fx_is_mutable_global(k)) {
    c->hit = fe_spelling(k);      /* a static local */
    return CXChildVisit_Break;
  }
  return CXChildVisit_Recurse;
}

static void walk(CXCursor fn, FxCtx *c) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || !seen_add(c->seen, def)) return;
  clang_visitChildren(def, visit, c);
}

/* The name of a mutable global the function (or one it calls) touches, or NULL. */
char *fx_global_touched(CXCursor fn) {
  Seen s = {0};
  FxCtx c = {&s, NULL};
  walk(fn, &c);
  for (int i = 0; i < s.n; i++) free(s.usr[i]);
  free(s.usr);
  return c.hit;
}
