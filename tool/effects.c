/* effects.c — does a function touch state shared with the rest of the program?
 *
 * A task that reads or writes a mutable global races with ordinary code and
 * other tasks that touch it, and no depend clause can name it; so do library
 * functions with hidden state (rand, strtok) or that write a shared stream
 * (printf to stdout).  Calls of such functions stay serial.  The walk follows
 * calls into functions defined in this translation unit; an indirect call may
 * reach any function whose address is taken here.  Other library functions are
 * taken to be free of shared state (docs/lowering.md). */
#include "delayc.h"

#include <stdlib.h>
#include <string.h>

/* Library functions with hidden or shared state. */
static const char *const stateful[] = {
    "rand", "srand", "random", "srandom", "drand48", "lrand48", "mrand48", "srand48", "seed48",
    "strtok", "strerror", "asctime", "ctime", "gmtime", "localtime", "setlocale", "getenv", "setenv",
    "putenv", "unsetenv", "tmpnam", "mktemp",
    "printf", "vprintf", "puts", "putchar", "scanf", "vscanf", "getchar", "gets", "perror",
    "exit", "abort", "atexit", "signal", "raise", "system",
    "__errno_location", "__error", NULL};   /* errno: per thread, read by the caller */

int fx_is_stateful(const char *name) {
  for (int i = 0; stateful[i]; i++)
    if (!strcmp(name, stateful[i])) return 1;
  return 0;
}

typedef struct Seen { char **usr; int n; } Seen;

typedef struct FxCtx {
  CXTranslationUnit tu;
  Seen *seen;
  char *hit;
} FxCtx;

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

/* Functions whose address is taken anywhere in the unit: what an indirect call may reach. */
typedef struct { CXCursor *fn; int n; } Taken;

static enum CXChildVisitResult taken_visit(CXCursor k, CXCursor p, CXClientData d) {
  Taken *t = d;
  if (clang_getCursorKind(k) == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) {
      int called = clang_getCursorKind(p) == CXCursor_UnexposedExpr || clang_getCursorKind(p) == CXCursor_CallExpr;
      (void)called;   /* a callee is wrapped in an implicit cast too: keep every reference */
      t->fn = xrealloc(t->fn, (size_t)(t->n + 1) * sizeof *t->fn);
      t->fn[t->n++] = r;
    }
  }
  return CXChildVisit_Recurse;
}

static Taken t;                  /* the functions whose address is taken in ... */
static CXTranslationUnit done;   /* ... this unit */

static CXTranslationUnit jumps_done;   /* unit_jumps' cache */

void fx_forget(void) {
  free(t.fn);
  t.fn = NULL;
  t.n = 0;
  done = NULL;
  jumps_done = NULL;
}

static void indirect(FxCtx *c) {
  if (done != c->tu) {
    free(t.fn);
    t.fn = NULL;
    t.n = 0;
    clang_visitChildren(clang_getTranslationUnitCursor(c->tu), taken_visit, &t);
    done = c->tu;
  }
  for (int i = 0; i < t.n && !c->hit; i++) walk(t.fn[i], c);
}

static int is_direct_call(CXCursor call) {
  CXCursor r = clang_getCursorReferenced(call);
  return !clang_Cursor_isNull(r) && clang_getCursorKind(r) == CXCursor_FunctionDecl;
}

static enum CXChildVisitResult visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  FxCtx *c = d;
  if (c->hit) return CXChildVisit_Break;
  enum CXCursorKind kind = clang_getCursorKind(k);
  if (kind == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (fx_is_mutable_global(r)) { c->hit = fe_spelling(r); return CXChildVisit_Break; }
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) {
      char *name = fe_spelling(r);
      for (int i = 0; stateful[i]; i++)
        if (!strcmp(name, stateful[i]) && clang_Cursor_isNull(clang_getCursorDefinition(r))) {
          c->hit = fmt("%s()", name);
          break;
        }
      free(name);
      if (c->hit) return CXChildVisit_Break;
      walk(r, c);
    }
  } else if (kind == CXCursor_CallExpr && !is_direct_call(k)) {
    indirect(c);
    if (c->hit) return CXChildVisit_Break;
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

/* What shared state any function whose address is taken in the unit touches:
 * the possible targets of a function pointer.  NULL when none. */
char *fx_any_taken_touches(CXTranslationUnit tu) {
  Seen s = {0};
  FxCtx c = {tu, &s, NULL};
  indirect(&c);
  for (int i = 0; i < s.n; i++) free(s.usr[i]);
  free(s.usr);
  return c.hit;
}

/* What shared state the function (or one it may call) touches: a global's name,
 * or "rand()" for a library function; NULL when none. */
char *fx_global_touched(CXCursor fn) {
  char *self = fe_spelling(fn);
  if (fx_is_stateful(self) && clang_Cursor_isNull(clang_getCursorDefinition(fn))) {
    char *r = fmt("%s()", self);      /* delayed(rand)(): the call itself */
    free(self);
    return r;
  }
  free(self);
  Seen s = {0};
  FxCtx c = {clang_Cursor_getTranslationUnit(fn), &s, NULL};
  walk(fn, &c);
  for (int i = 0; i < s.n; i++) free(s.usr[i]);
  free(s.usr);
  return c.hit;
}

/* ---- longjmp: may a call leave its caller without returning? ----
 *
 * A function that spawned tasks must wait for them before it is left, and a
 * longjmp leaves every frame up to the setjmp's (setjmp_pending_tasks.c).  A
 * call may longjmp when its callee is longjmp (or siglongjmp ...) or a function
 * defined in this unit that may call one, directly or through a function
 * pointer (any function whose address is taken here).  Library functions other
 * than these are assumed to return (docs/lowering.md). */
static const char *const jumps[] = {"longjmp", "siglongjmp", "_longjmp", "__longjmp_chk",
                                    "__builtin_longjmp", NULL};

static int is_jump_fn(CXCursor fn) {
  if (!clang_Cursor_isNull(clang_getCursorDefinition(fn))) return 0;
  char *name = fe_spelling(fn);
  int hit = 0;
  for (int i = 0; jumps[i] && !hit; i++) hit = !strcmp(name, jumps[i]);
  free(name);
  return hit;
}

typedef struct JmpCtx { CXTranslationUnit tu; Seen *seen; int hit; } JmpCtx;

static void jwalk(CXCursor fn, JmpCtx *c);

static enum CXChildVisitResult jvisit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  JmpCtx *c = d;
  if (c->hit) return CXChildVisit_Break;
  enum CXCursorKind kind = clang_getCursorKind(k);
  if (kind == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) {
      if (is_jump_fn(r)) { c->hit = 1; return CXChildVisit_Break; }
      jwalk(r, c);
    }
  } else if (kind == CXCursor_CallExpr && !is_direct_call(k)) {
    if (done != c->tu) {          /* what an indirect call may reach (indirect()'s cache) */
      free(t.fn);
      t = (Taken){0};
      clang_visitChildren(clang_getTranslationUnitCursor(c->tu), taken_visit, &t);
      done = c->tu;
    }
    for (int i = 0; i < t.n && !c->hit; i++) jwalk(t.fn[i], c);
  }
  return c->hit ? CXChildVisit_Break : CXChildVisit_Recurse;
}

static void jwalk(CXCursor fn, JmpCtx *c) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || !seen_add(c->seen, def)) return;
  clang_visitChildren(def, jvisit, c);
}

/* Does the unit name a longjmp function at all?  (Most do not: then no walk.) */
static enum CXChildVisitResult any_jump_visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  if (clang_getCursorKind(k) == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl && is_jump_fn(r)) {
      *(int *)d = 1;
      return CXChildVisit_Break;
    }
  }
  return CXChildVisit_Recurse;
}

static int jumps_here;                  /* ... for jumps_done */

static int unit_jumps(CXTranslationUnit tu) {
  if (jumps_done != tu) {
    jumps_here = 0;
    clang_visitChildren(clang_getTranslationUnitCursor(tu), any_jump_visit, &jumps_here);
    jumps_done = tu;
  }
  return jumps_here;
}

/* May calling fn leave the caller by longjmp?  fn may be longjmp itself. */
int fx_may_longjmp(CXCursor fn) {
  CXTranslationUnit tu = clang_Cursor_getTranslationUnit(fn);
  if (!unit_jumps(tu)) return 0;
  if (is_jump_fn(fn)) return 1;
  Seen s = {0};
  JmpCtx c = {tu, &s, 0};
  jwalk(fn, &c);
  for (int i = 0; i < s.n; i++) free(s.usr[i]);
  free(s.usr);
  return c.hit;
}

/* May the call (a CallExpr cursor) leave its caller by longjmp?  A call through
 * a pointer may reach any function whose address is taken in the unit. */
int fx_call_may_longjmp(CXCursor call) {
  CXTranslationUnit tu = clang_Cursor_getTranslationUnit(call);
  if (!unit_jumps(tu)) return 0;
  if (is_direct_call(call)) return fx_may_longjmp(clang_getCursorReferenced(call));
  Seen s = {0};
  JmpCtx c = {tu, &s, 0};
  jvisit(call, clang_getNullCursor(), &c);
  for (int i = 0; i < s.n; i++) free(s.usr[i]);
  free(s.usr);
  return c.hit;
}
