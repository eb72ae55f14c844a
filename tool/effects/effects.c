/* effects.c — what a call touches besides the memory its caller hands it.
 *
 * The effects of a function (Effects, delayc.h) are: the mutable globals and
 * static variables it reads or writes, the resources it uses (the console, the
 * file system, the environment ... library.c), what it does with the
 * memory each pointer parameter reaches, and whether it touches everything —
 * a function whose body delayc cannot see, nor finds in its table of the C
 * library, nor in the summaries of the program's other files, is assumed to
 * read and write all global state, every resource, and everything its pointer
 * arguments reach.  An indirect call may reach any function whose address is
 * taken in the unit.  The analysis orders tasks on these (analyze.c): what
 * delayc cannot see, it assumes the worst about.
 *
 * How: each function's own body is read once (globals and parameters through
 * access.c, calls through the table), then effects are joined over the call
 * graph, one strongly connected component at a time (Tarjan), so recursion
 * needs no special case.  Everything is cached in the unit (u->fx) and freed
 * with it.
 *
 * Calls that may longjmp are the other effect read here (at the end). */
#include "effects/effects.h"

#include <stdlib.h>
#include <string.h>

/* ---- the cache ---- */

typedef struct Bind {         /* a pointer into a root's memory passed to a callee */
  int param;                  /* the root: parameter index, or -1 */
  int global;                 /* ... or index into the own globals, or -1 */
  struct Entry *callee;
  int arg;
} Bind;

typedef struct Entry {
  CXCursor key;               /* the canonical declaration */
  CXCursor def;               /* its definition, or a null cursor */
  Effects fx;                 /* own effects, then (state 2) the whole call's */
  int state;                  /* 0 new, 1 own effects read, 2 done */
  int index, low, onstack;    /* Tarjan */
  struct Entry **edge; int nedge;   /* the functions with bodies it may call */
  unsigned char *hot;               /* ... edge[i] from a loop of little work per iteration (commute.c) */
  Bind *bind; int nbind;
  struct Entry *next;         /* hash chain */
  struct Entry *stack_next;
} Entry;

#define FX_BUCKETS 1024
typedef struct FxCache {
  Entry *bucket[FX_BUCKETS];
  CXCursor *taken; int ntaken, taken_done;   /* functions whose address is taken */
  int open;                                  /* the unit reaches other files: a function or object of
                                                its own headers defined elsewhere, or no main here */
  int counter;                               /* Tarjan's index */
  Entry *stack;
  int jumps, jumps_known;                    /* the unit names a longjmp function */
  int exit_uniform, exit_known;              /* every exit in the unit has one constant status */
  struct Fatal { CXCursor fn; int yes; } *fatal; int nfatal;   /* functions that always end the process */
} FxCache;

static void cache_dispose(void *data);

static FxCache *cache_of(Unit *u) {
  FxCache *c = fe_kept(u, cache_dispose);
  if (!c) {
    c = xcalloc(1, sizeof *c);
    fe_keep(u, c, cache_dispose);          /* freed with the unit */
  }
  return c;
}

static void free_effects(Effects *e) {
  for (int i = 0; i < RES_COUNT; i++) free(e->why[i]);
  for (int i = 0; i < e->ng; i++) { free(e->g[i].name); free(e->g[i].why); }
  free(e->g);
  free(e->all_why);
  for (int i = 0; i < e->nunseen; i++) free(e->unseen[i]);
  free(e->unseen);
  free(e->param);
  free(e->tls);
}

static void cache_dispose(void *data) {
  FxCache *c = data;
  for (int b = 0; b < FX_BUCKETS; b++)
    while (c->bucket[b]) {
      Entry *e = c->bucket[b];
      c->bucket[b] = e->next;
      free_effects(&e->fx);
      free(e->edge);
      free(e->hot);
      free(e->bind);
      free(e);
    }
  free(c->taken);
  free(c->fatal);
  free(c);
}

static Entry *entry_of(Unit *u, CXCursor fn) {
  FxCache *c = cache_of(u);
  CXCursor key = clang_getCanonicalCursor(fn);
  unsigned b = clang_hashCursor(key) % FX_BUCKETS;
  for (Entry *e = c->bucket[b]; e; e = e->next)
    if (clang_equalCursors(e->key, key)) return e;
  Entry *e = xcalloc(1, sizeof *e);
  e->key = key;
  e->def = clang_getCursorDefinition(fn);
  e->index = -1;
  e->next = c->bucket[b];
  c->bucket[b] = e;
  return e;
}

/* ---- small helpers ---- */

/* why names the first call that brings the resource in, or the first that
 * writes it once one does (a literal message before `exit(3)` reads the
 * console; the exit, its status unlike the file's others, writes it: the
 * remarks name the exit, blind round 61a) */
static void add_res(Effects *e, Resource r, int mode, const char *why) {
  int now_writes = (mode & FX_WRITE) && !(e->res[r] & FX_WRITE);
  e->res[r] |= (unsigned char)mode;
  if (why && (!e->why[r] || now_writes)) {
    free(e->why[r]);
    e->why[r] = xstrdup(why);
  }
}

static void set_all(Effects *e, const char *why) {
  if (!e->all) e->all_why = xstrdup(why);
  e->all = 1;
  e->all_other = 1;
}

/* `name`, a function of another file e's function calls unseen, in e's list (once). */
void fx_add_unseen(Effects *e, const char *name) {
  for (int i = 0; i < e->nunseen; i++)
    if (!strcmp(e->unseen[i], name)) return;
  e->unseen = xrealloc(e->unseen, (size_t)(e->nunseen + 1) * sizeof *e->unseen);
  e->unseen[e->nunseen++] = xstrdup(name);
}

/* Everything, for a call of `name`, a function of another file delayc does
 * not see: the program's summaries may know it later (program.c). */
static void set_all_unseen(Effects *e, const char *why, const char *name) {
  if (!e->all) e->all_why = xstrdup(why);
  e->all = 1;
  fx_add_unseen(e, name);
}

/* Index of the global in e (canonical cursor), added when missing. */
static int global_index(Effects *e, CXCursor d, const char *why) {
  CXCursor k = clang_getCanonicalCursor(d);
  for (int i = 0; i < e->ng; i++)
    if (clang_equalCursors(e->g[i].decl, k)) return i;
  e->g = xrealloc(e->g, (size_t)(e->ng + 1) * sizeof *e->g);
  e->g[e->ng] = (FxGlobal){k, fe_spelling(k), 0, why ? xstrdup(why) : NULL,
                           clang_getCursorLinkage(k) == CXLinkage_External, UPD_NONE, 0};
  return e->ng++;
}

/* Join src into dst: resources, globals, everything (not the parameters). */
static int join(Effects *dst, const Effects *src) {
  int changed = 0;
  for (int r = 0; r < RES_COUNT; r++)
    if ((dst->res[r] | src->res[r]) != dst->res[r]) {
      add_res(dst, (Resource)r, src->res[r], src->why[r]);
      changed = 1;
    }
  for (int i = 0; i < src->ng; i++) {
    int k = global_index(dst, src->g[i].decl, src->g[i].why);
    /* updates in any order only when every use, here and in the callees, is one of one kind */
    Update up = dst->g[k].mode == 0 ? src->g[i].update : dst->g[k].update == src->g[i].update ? src->g[i].update : UPD_NONE;
    if (up != dst->g[k].update) { dst->g[k].update = up; changed = 1; }
    if (src->g[i].hot && !dst->g[k].hot) { dst->g[k].hot = 1; changed = 1; }
    if ((dst->g[k].mode | src->g[i].mode) != dst->g[k].mode) { dst->g[k].mode |= src->g[i].mode; changed = 1; }
  }
  if (src->all && !dst->all) { set_all(dst, src->all_why); changed = 1; }
  if (src->all) dst->all_other = 1;    /* (a callee's unseen calls are no calls of dst's own) */
  if ((dst->mem | src->mem) != dst->mem) { dst->mem |= src->mem; changed = 1; }
  if (src->tls && !dst->tls) { dst->tls = xstrdup(src->tls); changed = 1; }
  return changed;
}

/* Join src, a member of the same component of the call graph (or the
 * component's whole), into dst: as join, keeping which functions of other
 * files make it `all` (each member's own calls of them). */
static int join_member(Effects *dst, const Effects *src) {
  int other = dst->all_other, changed = join(dst, src);
  dst->all_other = other | src->all_other;
  for (int i = 0; i < src->nunseen; i++) fx_add_unseen(dst, src->unseen[i]);
  return changed;
}

static int is_pointer_to_const(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind == CXType_Pointer) return clang_isConstQualifiedType(clang_getPointeeType(t));
  if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
    return clang_isConstQualifiedType(clang_getArrayElementType(t));
  return 0;
}

static int is_pointer_type(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
         t.kind == CXType_VariableArray;
}

/* What a function delayc knows only by its type does with parameter i: reads a
 * pointer to const, writes any other pointer (and what lies past the fixed
 * parameters). */
static int mode_by_type(CXType ft, int i) {
  ft = clang_getCanonicalType(ft);
  if (ft.kind != CXType_FunctionProto || i >= clang_getNumArgTypes(ft)) return FX_READ | FX_WRITE;
  CXType pt = clang_getArgType(ft, (unsigned)i);
  if (!is_pointer_type(pt)) return 0;
  CXType pointee = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(pt)));
  if (pointee.kind == CXType_FunctionProto || pointee.kind == CXType_FunctionNoProto) return 0;
  return is_pointer_to_const(pt) ? FX_READ : FX_READ | FX_WRITE;
}

static int mode_of_letter(char ch) {
  return ch == 'w' ? FX_READ | FX_WRITE : ch == 'r' ? FX_READ : ch == 'p' ? FX_READ | FX_KEEP : 0;
}

/* Parameter i of a library function: by its letter, else by its type. */
static int lib_param_mode(const LibFn *lib, CXType ft, int i) {
  size_t n = strlen(lib->param);
  CXType c = clang_getCanonicalType(ft);
  int fixed = c.kind == CXType_FunctionProto ? clang_getNumArgTypes(c) : (int)n;
  if ((size_t)i < n) return mode_of_letter(lib->param[i]);
  if (i >= fixed && lib->va) return mode_of_letter(lib->va);
  return mode_by_type(ft, i);
}

static int is_system(CXCursor d) {
  return clang_Location_isInSystemHeader(clang_getCursorLocation(d));
}

/* A function of a header whose functions are pure (math.h ...). */
static int in_pure_header(CXCursor fn) {
  CXFile f;
  clang_getExpansionLocation(clang_getCursorLocation(fn), &f, NULL, NULL, NULL);
  if (!f) return 0;
  CXString s = clang_getFileName(f);
  int r = clang_getCString(s) && fx_pure_header(clang_getCString(s));
  clang_disposeString(s);
  return r;
}

/* A global of the C library's, however it is declared (`extern char **environ;`). */
static int standard_global(const char *name) {
  return !strcmp(name, "stdout") || !strcmp(name, "stderr") || !strcmp(name, "stdin") ||
         !strcmp(name, "environ") || !strcmp(name, "__environ");
}

/* The resource a global of the C library's headers stands for. */
static Resource system_global(const char *name) {
  if (!strcmp(name, "stdout") || !strcmp(name, "stderr") || !strcmp(name, "stdin") ||
      !strncmp(name, "_IO_2_1_", 8))
    return RES_CONSOLE;
  if (!strcmp(name, "environ") || !strcmp(name, "__environ")) return RES_ENV;
  return RES_LIBC;
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

/* ---- the function named by a call ---- */

/* The DeclRefExpr naming a function in an expression of function (pointer)
 * type: f, &f, *f, (T)f, delayed(f) — (mark, f) under __DELAYC__. */
static Node *function_named(Node *n) {
  for (int guard = 0; n && guard < 8; guard++) {
    n = fe_strip(n);
    if (!n) return NULL;
    if (n->kind == CXCursor_UnaryOperator && n->nkid == 1) n = n->kid[0];
    else if (n->kind == CXCursor_CStyleCastExpr && n->nkid) n = n->kid[n->nkid - 1];
    else if (n->kind == CXCursor_BinaryOperator && n->nkid == 2) n = n->kid[1];
    else break;
  }
  if (!n || n->kind != CXCursor_DeclRefExpr) return NULL;
  return clang_getCursorKind(clang_getCursorReferenced(n->cur)) == CXCursor_FunctionDecl ? n : NULL;
}

static Node *direct_callee(Node *call) {
  if (call->kind != CXCursor_CallExpr || call->nkid < 1) return NULL;
  return function_named(call->kid[0]);
}

static int is_marker(CXCursor fn) {
  char *nm = fe_spelling(fn);
  int r = !strncmp(nm, "delayc__", 8);
  free(nm);
  return r;
}

/* Functions whose address is taken anywhere in the unit: what an indirect call
 * may reach.  A name that is only the callee of direct calls is not taken: the
 * callee of a CallExpr is found first (its first child, through implicit
 * casts and parentheses) and remembered, then passed over. */
typedef struct Taken { FxCache *c; CXCursor *callee; int ncallee; int main; } Taken;

static enum CXChildVisitResult first_child(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  *(CXCursor *)d = k;
  return CXChildVisit_Break;
}

static void note_callee(Taken *t, CXCursor call) {
  CXCursor k = clang_getNullCursor();
  clang_visitChildren(call, first_child, &k);
  for (int guard = 0; guard < 4 && !clang_Cursor_isNull(k); guard++) {
    enum CXCursorKind kind = clang_getCursorKind(k);
    if (kind == CXCursor_DeclRefExpr) {
      t->callee = xrealloc(t->callee, (size_t)(t->ncallee + 1) * sizeof *t->callee);
      t->callee[t->ncallee++] = k;
      return;
    }
    if (kind != CXCursor_UnexposedExpr && kind != CXCursor_ParenExpr) return;
    CXCursor next = clang_getNullCursor();
    clang_visitChildren(k, first_child, &next);
    k = next;
  }
}

/* Are a and b the same reference, seen from two visits?  (clang_equalCursors
 * tells them apart when one visit started at the call.)  The same declaration,
 * at the same place, spelled at the same place (inside a macro's use). */
static int same_place(CXCursor a, CXCursor b) {
  if (!clang_equalCursors(clang_getCursorReferenced(a), clang_getCursorReferenced(b))) return 0;
  CXSourceLocation la = clang_getCursorLocation(a), lb = clang_getCursorLocation(b);
  unsigned ea, eb, sa, sb;
  clang_getExpansionLocation(la, NULL, NULL, NULL, &ea);
  clang_getExpansionLocation(lb, NULL, NULL, NULL, &eb);
  clang_getSpellingLocation(la, NULL, NULL, NULL, &sa);
  clang_getSpellingLocation(lb, NULL, NULL, NULL, &sb);
  return ea == eb && sa == sb && clang_equalLocations(la, lb);
}

/* Is declaration r one of another file of the program: declared here (or in
 * the program's own headers), defined nowhere in the unit, not the C
 * library's? */
static int of_other_file(CXCursor r) {
  enum CXCursorKind k = clang_getCursorKind(r);
  if (k != CXCursor_FunctionDecl && k != CXCursor_VarDecl) return 0;
  if (k == CXCursor_VarDecl && clang_getCursorKind(clang_getCursorSemanticParent(r)) != CXCursor_TranslationUnit)
    return 0;
  if (!clang_Cursor_isNull(clang_getCursorDefinition(r))) return 0;
  /* `int counter;` is a (tentative) definition, which libclang does not call one; only `extern` is elsewhere */
  if (k == CXCursor_VarDecl && clang_Cursor_getStorageClass(r) != CX_SC_Extern) return 0;
  char *nm = fe_spelling(r);
  if (!strcmp(nm, "dlsym") || !strcmp(nm, "dlvsym")) { free(nm); return 1; }   /* a function of a shared object */
  if (clang_Location_isInSystemHeader(clang_getCursorLocation(r)) || is_marker(r)) { free(nm); return 0; }
  int lib = fx_library(nm) || fx_pure_builtin(nm);
  free(nm);
  return !lib;
}

static enum CXChildVisitResult taken_visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  Taken *t = d;
  enum CXCursorKind kind = clang_getCursorKind(k);
  if (kind == CXCursor_CallExpr) note_callee(t, k);
  if (kind == CXCursor_FunctionDecl && clang_isCursorDefinition(k)) {
    char *nm = fe_spelling(k);
    t->main |= !strcmp(nm, "main");
    free(nm);
  }
  if (kind == CXCursor_DeclRefExpr && of_other_file(clang_getCursorReferenced(k))) t->c->open = 1;
  if (kind == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(k);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl && !is_marker(r)) {
      for (int i = 0; i < t->ncallee; i++)   /* f(...): called, not taken (the same node: its place) */
        if (same_place(t->callee[i], k)) return CXChildVisit_Recurse;
      for (int i = 0; i < t->c->ntaken; i++)
        if (clang_equalCursors(clang_getCanonicalCursor(t->c->taken[i]), clang_getCanonicalCursor(r)))
          return CXChildVisit_Recurse;
      t->c->taken = xrealloc(t->c->taken, (size_t)(t->c->ntaken + 1) * sizeof *t->c->taken);
      t->c->taken[t->c->ntaken++] = r;
    }
  }
  return CXChildVisit_Recurse;
}

static void taken_functions(Unit *u) {
  FxCache *c = cache_of(u);
  if (c->taken_done) return;
  c->taken_done = 1;
  Taken t = {c, NULL, 0, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), taken_visit, &t);
  free(t.callee);
  if (!t.main) c->open = 1;          /* a library, or part of a program: its callers are elsewhere */
}

/* ---- streams and descriptors: whose is it? ---- */

typedef enum { H_CONSOLE, H_OWN, H_OWN_MEMORY, H_UNKNOWN } Handle;   /* H_OWN_MEMORY: tmpfile, fmemopen */

/* Is every value v ever takes the result of one of the opening functions
 * (fopen for a stream, open for a descriptor)?  Checked over the function body. */
static int opened_only(Unit *u, Node *n, CXCursor v, const char *const *openers, int *seen) {
  Node *val = NULL;
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(n->cur, v)) val = access_var_init(u, n);
  else if (n->kind == CXCursor_BinaryOperator && n->nkid == 2) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(l->cur), v) &&
        (access_no_text(u, n) || fe_is_assign(u, n)))
      val = n->kid[1];
  } else if (n->kind == CXCursor_UnaryOperator && n->nkid == 1) {
    Node *k = fe_strip(n->kid[0]);
    if (k && k->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(k->cur), v) &&
        n->beg < k->beg && !access_no_text(u, n) && u->src[n->beg] == '&')
      return 0;                        /* &v: set elsewhere */
  }
  if (val) {
    Node *x = fe_strip(val);
    while (x && x->kind == CXCursor_CStyleCastExpr) x = fe_strip(x->kid[x->nkid - 1]);
    Node *callee = x && x->kind == CXCursor_CallExpr ? direct_callee(x) : NULL;
    int ok = 0;
    if (callee) {
      char *nm = fe_spelling(clang_getCursorReferenced(callee->cur));
      const LibFn *lib = fx_library(nm);
      for (int i = 0; openers[i] && !ok; i++) ok = lib && !strcmp(lib->name, openers[i]);
      free(nm);
    }
    if (!ok) return 0;
    *seen = 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!opened_only(u, n->kid[i], v, openers, seen)) return 0;
  return 1;
}

/* Is v passed to a call other than the C library's (a task, a helper, which
 * may then use the stream or descriptor while this function closes it)? */
static int passed_on(Node *n, CXCursor v) {
  if (n->kind == CXCursor_CallExpr) {
    Node *fr = direct_callee(n);
    int lib = 0;
    if (fr) {
      char *nm = fe_spelling(clang_getCursorReferenced(fr->cur));
      lib = fx_library(nm) != NULL;
      free(nm);
    }
    for (int i = 1; i < n->nkid && !lib; i++) {
      Node *a = fe_strip(n->kid[i]);
      while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
      if (a && a->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(a->cur), v)) return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (passed_on(n->kid[i], v)) return 1;
  return 0;
}

static Handle handle_of(Unit *u, Node *body, Node *arg, int fd) {
  static const char *const fopeners[] = {"fopen", "fopen64", "fdopen", "tmpfile", "fmemopen", "open_memstream", NULL};
  static const char *const memopeners[] = {"tmpfile", "fmemopen", "open_memstream", NULL};
  static const char *const fdopeners[] = {"open", "open64", "openat", "creat", "mkstemp", NULL};
  Node *a = fe_strip(arg);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return H_UNKNOWN;
  if (fd) {
    CXEvalResult r = clang_Cursor_Evaluate(a->cur);
    if (r) {
      int known = clang_EvalResult_getKind(r) == CXEval_Int;
      long long v = known ? clang_EvalResult_getAsLongLong(r) : -1;
      clang_EvalResult_dispose(r);
      if (known) return v >= 0 && v <= 2 ? H_CONSOLE : H_UNKNOWN;
    }
  }
  if (a->kind != CXCursor_DeclRefExpr) return H_UNKNOWN;
  CXCursor v = clang_getCursorReferenced(a->cur);
  if (!fd && is_system(v)) {
    char *nm = fe_spelling(v);
    Resource r = system_global(nm);
    free(nm);
    return r == RES_CONSOLE ? H_CONSOLE : H_UNKNOWN;
  }
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(v);
  if (clang_getCursorKind(v) != CXCursor_VarDecl || sc == CX_SC_Static || sc == CX_SC_Extern ||
      clang_getCursorKind(clang_getCursorSemanticParent(v)) == CXCursor_TranslationUnit)
    return H_UNKNOWN;
  int seen = 0;
  if (!opened_only(u, body, v, fd ? fdopeners : fopeners, &seen) || !seen || passed_on(body, v)) return H_UNKNOWN;
  seen = 0;
  return !fd && opened_only(u, body, v, memopeners, &seen) && seen ? H_OWN_MEMORY : H_OWN;
}

/* ---- the end of the process ---- */

static const char *const enders[] = {"exit", "_Exit", "_exit", "quick_exit", "abort", NULL};

static int is_ender(CXCursor fn) {
  if (clang_getCursorKind(fn) != CXCursor_FunctionDecl) return 0;
  char *name = fe_spelling(fn);
  int hit = 0;
  for (int i = 0; enders[i] && !hit; i++) hit = !strcmp(name, enders[i]);
  free(name);
  return hit;
}

typedef struct ExitScan { int refs, calls, constant, same; long long status; char how[16]; } ExitScan;

static enum CXChildVisitResult exit_visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  ExitScan *s = d;
  enum CXCursorKind kind = clang_getCursorKind(k);
  if (kind == CXCursor_DeclRefExpr && is_ender(clang_getCursorReferenced(k))) s->refs++;
  if (kind == CXCursor_CallExpr && is_ender(clang_getCursorReferenced(k))) {
    s->calls++;
    /* the same end: the same function (exit flushes, _Exit does not, abort
     * signals) and the same status */
    char *how = fe_spelling(clang_getCursorReferenced(k));
    int abort_ = !strcmp(how, "abort");
    CXCursor a = clang_Cursor_getNumArguments(k) == 1 ? clang_Cursor_getArgument(k, 0)
                                                       : clang_getNullCursor();
    CXEvalResult r = clang_Cursor_isNull(a) ? NULL : clang_Cursor_Evaluate(a);
    long long v = 0;
    int known = abort_ || (r && clang_EvalResult_getKind(r) == CXEval_Int);
    if (r && !abort_ && known) v = clang_EvalResult_getAsLongLong(r);
    if (r) clang_EvalResult_dispose(r);
    if (!known) s->constant = 0;
    else if (s->calls == 1) { s->status = v; snprintf(s->how, sizeof s->how, "%s", how); }
    else if (v != s->status || strcmp(how, s->how)) s->same = 0;
    free(how);
  }
  return CXChildVisit_Recurse;
}

/* Does every exit (_Exit, quick_exit ...) of the unit end the process with one
 * constant status, each named only to be called?  Then which of two runs first
 * changes nothing the program shows.  (Exits of the program's other files are
 * not seen: two files ending with different statuses on two failing tasks is
 * the one case this leaves; docs/lowering.md says so.) */
int fx_unit_end(Unit *u, char *how, size_t n, long long *status) {
  ExitScan s = {0, 0, 1, 1, 0, ""};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), exit_visit, &s);
  snprintf(how, n, "%s", s.calls ? s.how : "");
  *status = s.status;
  return s.constant && s.same && s.refs == s.calls;
}

static int unit_exit_uniform(Unit *u) {
  FxCache *c = cache_of(u);
  if (!c->exit_known) {
    char how[16];
    long long status;
    c->exit_uniform = fx_unit_end(u, how, sizeof how, &status);
    c->exit_known = 1;
  }
  return c->exit_uniform;
}

/* ---- one library call ---- */

/* ---- error paths: a message, then the end of the process ---- */

static int ends_process(Unit *u, Node *n, int depth);

/* Does the function fn (of the unit) end the process on every path: its
 * last statement does, and it has no return? */
static int fatal_function(Unit *u, CXCursor fn, int depth) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || depth > 3 || !fe_in_main(u, def)) return 0;
  /* asked at every message followed by a call: once per function */
  FxCache *c = cache_of(u);
  for (int i = 0; i < c->nfatal; i++)
    if (clang_equalCursors(c->fatal[i].fn, def)) return c->fatal[i].yes;
  Node *t = fe_tree(u, def);
  Node *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  int r = 0;
  if (body && body->nkid) {
    Node *st[64];
    int sp = 0, ret = 0;
    st[sp++] = body;
    while (sp && !ret) {
      Node *x = st[--sp];
      ret = x->kind == CXCursor_ReturnStmt;
      for (int i = 0; i < x->nkid && sp < 64; i++) st[sp++] = x->kid[i];
      if (sp >= 64) ret = 1;                 /* too big to tell */
    }
    r = !ret && ends_process(u, body->kid[body->nkid - 1], depth + 1);
  }
  fe_free_tree(t);
  c = cache_of(u);
  c->fatal = xrealloc(c->fatal, (size_t)(c->nfatal + 1) * sizeof *c->fatal);
  c->fatal[c->nfatal++] = (struct Fatal){def, r};
  return r;
}

/* Is the statement n a call that ends the process (exit, abort, a function
 * of the unit that always does)? */
static int ends_process(Unit *u, Node *n, int depth) {
  Node *c = fe_strip(n);
  if (!c || c->kind != CXCursor_CallExpr) return 0;
  Node *fr = direct_callee(c);
  if (!fr) return 0;
  CXCursor fn = clang_getCursorReferenced(fr->cur);
  char *nm = fe_spelling(fn);
  const LibFn *lib = fx_library(nm);
  free(nm);
  if (lib) return lib->kind == LIB_END;
  return fatal_function(u, fn, depth);
}

/* Can statement n leave its block other than by falling through: a return,
 * a goto or a label, a break or continue of a loop or switch around it? */
int fx_may_jump(Node *n, int inner) {
  switch (n->kind) {
  case CXCursor_ReturnStmt: case CXCursor_GotoStmt: case CXCursor_IndirectGotoStmt: case CXCursor_LabelStmt:
    return 1;
  case CXCursor_BreakStmt: case CXCursor_ContinueStmt:
    return !inner;
  case CXCursor_ForStmt: case CXCursor_WhileStmt: case CXCursor_DoStmt: case CXCursor_SwitchStmt:
    inner = 1;                /* their own break and continue stay inside */
    break;
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++)
    if (fx_may_jump(n->kid[i], inner)) return 1;
  return 0;
}

/* Is the call on an error path: a later statement of its block ends the
 * process, and nothing between them can jump past it?  Its console output
 * then only says why the program stops. */
static int error_path(Unit *u, Node *call) {
  Node *s = call;
  while (s->parent && s->parent->kind != CXCursor_CompoundStmt) s = s->parent;
  Node *blk = s->parent;
  if (!blk) return 0;
  int after = 0;
  for (int i = 0; i < blk->nkid; i++) {
    if (blk->kid[i] == s) { after = 1; continue; }
    if (!after) continue;
    if (ends_process(u, blk->kid[i], 0)) return 1;
    if (fx_may_jump(blk->kid[i], 0)) return 0;     /* the end may be skipped: a warning, not last words */
  }
  return 0;
}

/* A string literal, under implicit conversions and parentheses? */
static int literal_cursor(CXCursor c) {
  for (int depth = 0; depth < 8; depth++) {
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_StringLiteral) return 1;
    if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr) return 0;
    CXCursor kid = clang_getNullCursor();
    clang_visitChildren(c, first_child, &kid);
    if (clang_Cursor_isNull(kid)) return 0;
    c = kid;
  }
  return 0;
}

typedef struct LitArgs { CXCursor fn; unsigned k; int calls, bad; } LitArgs;

static enum CXChildVisitResult lit_args_visit(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  LitArgs *w = d;
  if (clang_getCursorKind(c) == CXCursor_CallExpr &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(c)), w->fn)) {
    w->calls++;
    if ((int)w->k >= clang_Cursor_getNumArguments(c) || !literal_cursor(clang_Cursor_getArgument(c, w->k))) w->bad = 1;
  }
  return w->bad ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* Is d parameter k of a function of the unit that every call gives a string
 * literal (`die("block 5 failed")` for `die(const char *msg)`), the
 * function's address never taken? */
static int literal_param(Unit *u, CXCursor d) {
  if (clang_getCursorKind(d) != CXCursor_ParmDecl) return 0;
  CXCursor fn = clang_getCursorSemanticParent(d);
  if (clang_getCursorKind(fn) != CXCursor_FunctionDecl || clang_getCursorLinkage(fn) != CXLinkage_Internal) return 0;
  int k = -1;
  for (int i = 0; i < clang_Cursor_getNumArguments(fn); i++)
    if (clang_equalCursors(clang_getCanonicalCursor(clang_Cursor_getArgument(fn, (unsigned)i)), clang_getCanonicalCursor(d)))
      k = i;
  if (k < 0) return 0;
  taken_functions(u);               /* its address taken: called where no literal is seen */
  FxCache *c = cache_of(u);
  for (int i = 0; i < c->ntaken; i++)
    if (clang_equalCursors(clang_getCanonicalCursor(c->taken[i]), clang_getCanonicalCursor(fn))) return 0;
  LitArgs w = {clang_getCanonicalCursor(fn), (unsigned)k, 0, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), lit_args_visit, &w);
  return w.calls > 0 && !w.bad;
}

/* Is every argument of the call a literal, the standard stream it writes to,
 * or a parameter every call gives a literal (`fprintf(stderr, "out of
 * memory\n")`, `perror("malloc")`, die's `fprintf(stderr, "%s\n", msg)`)?
 * Its text is then the same whichever task prints it. */
static int constant_message(Unit *u, Node *call) {
  for (int i = 1; i < call->nkid; i++) {
    Node *a = fe_strip(call->kid[i]);
    if (!a) return 0;
    if (a->kind == CXCursor_StringLiteral || a->kind == CXCursor_IntegerLiteral || a->kind == CXCursor_CharacterLiteral)
      continue;
    if (a->kind == CXCursor_DeclRefExpr && literal_param(u, clang_getCursorReferenced(a->cur))) continue;
    if (a->kind == CXCursor_DeclRefExpr) {
      char *n = fe_spelling(clang_getCursorReferenced(a->cur));
      int std = !strcmp(n, "stderr") || !strcmp(n, "stdout");
      free(n);
      if (std) continue;
    }
    return 0;
  }
  return 1;
}

const char *fx_message_edit(const char *why) {
  if (why && strstr(why, FX_WHY_EXIT_STATUS))
    return "end the program with one status everywhere in the file (the same exit(1) on every failure, not exit(1) "
           "here and exit(3) there): then the first end in "
           "any order ends it as the serial one does";
  if (!why || !strstr(why, FX_WHY_MESSAGE_VALUES)) return NULL;
  return "make that message literals only (fprintf(stderr, \"out of memory\\n\"); exit(1);): then the first "
         "failure in any order ends the program as the serial one does";
}

static void lib_call(Unit *u, Effects *e, Node *body, Node *call, const LibFn *lib, const char *fname) {
  char *why = fname ? fmt("%s() in '%s'", lib->name, fname) : fmt("%s()", lib->name);
  /* a message on the way to exit or abort reads the console, as the end
   * itself does (LIB_END below): it stays after what printed before it and
   * before what prints after it; two tasks on such paths need no order when
   * the message is the same text in both (literals only): the first of them
   * to end the process ends it for both.  A message that says which record
   * failed (`printf("record %d: bad\n", rec); exit(3);`) writes the console:
   * the serial program names the first failure, and so must the tasks. */
  int message = (lib->kind == LIB_STREAM_OUT || lib->kind == LIB_FD_OUT || strchr(lib->res, 'C')) &&
                error_path(u, call);
  int last_words = message && constant_message(u, call);
  if (message && !last_words) {          /* the remarks name the edit: literals only */
    char *w = fmt("%s, %s", why, FX_WHY_MESSAGE_VALUES);
    free(why);
    why = w;
  }
  for (const char *p = lib->res; *p; p++) {
    if (*p == '*') { set_all(e, why); continue; }
    int r = fx_resource_of_letter(*p);
    if (r == RES_CONSOLE && last_words) { add_res(e, RES_CONSOLE, FX_READ, why); continue; }
    if (r >= 0) add_res(e, (Resource)r, *p >= 'a' ? FX_READ : FX_READ | FX_WRITE, why);
  }
  int narg = call->nkid - 1;
  Node *arg = lib->arg < narg ? call->kid[1 + lib->arg] : NULL;
  switch (lib->kind) {
  case LIB_PLAIN:
    break;
  case LIB_END:
    /* The end of the process orders with what prints or writes files: those
     * before it in the serial order stay before it, those after it wait for
     * it.  Two ends need no order between them when they end the same way
     * (abort; exits of one constant status in the unit): it reads the console
     * and the files.  Else the first one's status is the program's: it writes. */
    if (unit_exit_uniform(u)) {
      add_res(e, RES_CONSOLE, FX_READ, why);
      if (strcmp(lib->name, "abort")) add_res(e, RES_FILES, FX_READ, why);
    } else {
      char *w = fmt("%s, %s", why, FX_WHY_EXIT_STATUS);
      add_res(e, RES_CONSOLE, FX_READ | FX_WRITE, w);
      add_res(e, RES_FILES, FX_READ | FX_WRITE, w);
      free(w);
    }
    if (!strcmp(lib->name, "exit") || !strcmp(lib->name, "quick_exit"))   /* exit handlers run */
      if (strstr(u->src, "atexit") || strstr(u->src, "on_exit")) set_all(e, why);
    break;
  case LIB_STREAM_OUT: case LIB_FD_OUT: {
    Handle h = arg ? handle_of(u, body, arg, lib->kind == LIB_FD_OUT) : H_UNKNOWN;
    if (h == H_OWN_MEMORY) break;      /* an anonymous file, or memory */
    if (h == H_CONSOLE && last_words) { add_res(e, RES_CONSOLE, FX_READ, why); break; }
    if (h != H_OWN) add_res(e, RES_CONSOLE, FX_READ | FX_WRITE, why);
    if (h != H_CONSOLE) add_res(e, RES_FILES, FX_READ | FX_WRITE, why);
    break;
  }
  case LIB_STREAM_IN: case LIB_FD_IN: case LIB_STREAM_CLOSE: case LIB_FD_CLOSE: {
    int fd = lib->kind == LIB_FD_IN || lib->kind == LIB_FD_CLOSE;
    Handle h = arg ? handle_of(u, body, arg, fd) : H_UNKNOWN;
    if (h == H_OWN || h == H_OWN_MEMORY) break;   /* its own file: the open said how it is used */
    add_res(e, RES_CONSOLE, FX_READ | FX_WRITE, why);   /* reading consumes the stream */
    if (h == H_UNKNOWN) add_res(e, RES_FILES, FX_READ | FX_WRITE, why);
    break;
  }
  case LIB_FOPEN: {
    Node *m = arg ? fe_strip(arg) : NULL;
    int read_only = 0;
    if (m && m->kind == CXCursor_StringLiteral) {
      char *t = fe_spelling(m->cur);         /* "r", "rb" ... with the quotes */
      read_only = t[0] == '"' && t[1] == 'r' && !strchr(t, '+');
      free(t);
    }
    add_res(e, RES_FILES, read_only ? FX_READ : FX_READ | FX_WRITE, why);
    break;
  }
  case LIB_OPEN: {
    int read_only = 0;
    if (arg) {
      CXEvalResult r = clang_Cursor_Evaluate(fe_strip(arg)->cur);
      if (r) {
        read_only = clang_EvalResult_getKind(r) == CXEval_Int && (clang_EvalResult_getAsLongLong(r) & 3) == 0;
        clang_EvalResult_dispose(r);
      }
    }
    add_res(e, RES_FILES, read_only ? FX_READ : FX_READ | FX_WRITE, why);
    break;
  }
  case LIB_SETLOCALE: {
    Node *a = narg > 1 ? fe_strip(call->kid[2]) : NULL;
    while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
    int query = a && (a->kind == CXCursor_IntegerLiteral || a->kind == CXCursor_GNUNullExpr);
    add_res(e, RES_LOCALE, query ? FX_READ : FX_READ | FX_WRITE, why);
    add_res(e, RES_LIBC, FX_READ | FX_WRITE, why);
    break;
  }
  }
  free(why);
}

/* ---- a function's own body ---- */

typedef struct Own {
  Unit *u;
  Entry *e;
  Node *body;
  char *fname;
  int global;                 /* the root being walked: own global index, or -1 */
  int param;                  /* ... or parameter index, or -1 */
  int mode;                   /* what the walk found */
  Update update;              /* a global's: the kind of update every access so far is part of */
  int plain;                  /* ... or some access is not one */
} Own;

static void add_edge(Entry *e, Entry *to, int hot) {
  for (int i = 0; i < e->nedge; i++)
    if (e->edge[i] == to) { e->hot[i] |= (unsigned char)hot; return; }
  e->edge = xrealloc(e->edge, (size_t)(e->nedge + 1) * sizeof *e->edge);
  e->hot = xrealloc(e->hot, (size_t)(e->nedge + 1));
  e->hot[e->nedge] = (unsigned char)hot;
  e->edge[e->nedge++] = to;
}

/* The sums and bit updates src makes of globals, called from a loop of
 * little work per iteration: not in any order in dst (commute.c). */
static void demote_sums(Effects *dst, const Effects *src) {
  for (int i = 0; i < src->ng; i++) {
    if (src->g[i].update == UPD_MIN || src->g[i].update == UPD_MAX || !src->g[i].update) continue;
    for (int k = 0; k < dst->ng; k++)
      if (clang_equalCursors(dst->g[k].decl, src->g[i].decl)) { dst->g[k].update = UPD_NONE; dst->g[k].hot = 1; }
  }
}

/* Is the call in a loop whose iterations do little work?  The sums its callee
 * makes of a global are then not made in any order (commute.c). */
static int hot_call(Unit *u, Node *call) {
  long long w = fx_loop_iteration(u, call);
  return w >= 0 && w < UPDATE_MIN_NS;
}

/* The effects of calling fn, a function delayc may not see, by what it knows
 * of it: the table, a pure header, the program's other files, or nothing. */
static void unseen_call(Own *o, Node *call, CXCursor fn) {
  char *nm = fe_spelling(fn);
  const LibFn *lib = fx_library(nm);
  if (lib) lib_call(o->u, &o->e->fx, o->body, call, lib, o->fname);
  else if (!fx_pure_builtin(nm) && !in_pure_header(fn)) {
    const Effects *pe = fx_program_lookup(nm);
    if (pe) fx_program_join(o->u, &o->e->fx, pe);
    else {
      char *why = fmt("'%s' (its body is not visible to delayc), called in '%s'", nm, o->fname);
      set_all_unseen(&o->e->fx, why, nm);
      free(why);
    }
  }
  free(nm);
}

int fx_indirect_targets(Unit *u, const CXCursor **fns) {
  FxCache *c = cache_of(u);
  taken_functions(u);
  *fns = c->taken;
  return c->open ? -1 : c->ntaken;
}

/* A call through a pointer: any function whose address is taken here, and,
 * when the unit reaches other files (a table of pointers another file fills),
 * any function of theirs. */
static void indirect_targets(Own *o, Node *call) {
  FxCache *c = cache_of(o->u);
  taken_functions(o->u);
  for (int k = 0; k < c->ntaken; k++) {
    Entry *t = entry_of(o->u, c->taken[k]);
    if (!clang_Cursor_isNull(t->def)) add_edge(o->e, t, hot_call(o->u, call));
    else unseen_call(o, call, c->taken[k]);
  }
  if (c->open) {
    char *why = fmt("a call through a function pointer in '%s', which may reach a function of another file", o->fname);
    set_all(&o->e->fx, why);
    free(why);
  }
}

static void own_call(Own *o, Node *call) {
  Node *fr = direct_callee(call);
  if (fr) {
    CXCursor fn = clang_getCursorReferenced(fr->cur);
    if (is_marker(fn)) return;
    Entry *to = entry_of(o->u, fn);
    if (!clang_Cursor_isNull(to->def)) add_edge(o->e, to, hot_call(o->u, call));
    else unseen_call(o, call, fn);
    /* a library function that calls back a function it is given (qsort's comparator) */
    char *nm = fe_spelling(fn);
    const LibFn *lib = fx_library(nm);
    free(nm);
    for (int i = 0; lib && lib->param[i] && i + 1 < call->nkid; i++) {
      if (lib->param[i] != 'x') continue;
      Node *f = function_named(call->kid[1 + i]);
      if (f) {
        Entry *cb = entry_of(o->u, clang_getCursorReferenced(f->cur));
        if (!clang_Cursor_isNull(cb->def)) add_edge(o->e, cb, hot_call(o->u, call));
        else unseen_call(o, call, clang_getCursorReferenced(f->cur));
      } else {
        indirect_targets(o, call);
      }
    }
    return;
  }
  indirect_targets(o, call);
}

/* What a function without a body here does with argument i: by the table,
 * the program's other files, or its type. */
static int unseen_arg_mode(CXCursor fn, int i) {
  char *nm = fe_spelling(fn);
  const LibFn *lib = fx_library(nm);
  const Effects *pe = lib ? NULL : fx_program_lookup(nm);
  int m = lib ? lib_param_mode(lib, clang_getCursorType(fn), i)
        : pe && i < pe->nparam ? pe->param[i] : mode_by_type(clang_getCursorType(fn), i);
  free(nm);
  return m;
}

/* What the call does with the memory its argument i reaches: FX_READ | FX_WRITE. */
int fx_arg_mode(Unit *u, Node *call, int i) {
  Node *fr = direct_callee(call);
  if (!fr) {                          /* through a pointer: by the pointer's type */
    CXType ft = clang_getCanonicalType(clang_getCursorType(call->kid[0]->cur));
    if (ft.kind == CXType_Pointer) ft = clang_getPointeeType(ft);
    return mode_by_type(ft, i);
  }
  CXCursor fn = clang_getCursorReferenced(fr->cur);
  if (is_marker(fn)) return FX_READ;
  Entry *e = entry_of(u, fn);
  if (clang_Cursor_isNull(e->def)) return unseen_arg_mode(fn, i);
  const Effects *fx = fx_of(u, fn);
  return i < fx->nparam ? fx->param[i] : FX_READ | FX_WRITE;
}

/* What a pointer (or array) expression points to, or an invalid type. */
static CXType pointee_of(Node *n) {
  CXType t = clang_getCanonicalType(clang_getCursorType(n->cur));
  if (t.kind == CXType_Pointer) return clang_getPointeeType(t);
  if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) return clang_getArrayElementType(t);
  return (CXType){CXType_Invalid, {0, 0}};
}

/* Does the write at `at` (an access of kind `kind` to a parameter's memory)
 * store a pointer there: an assignment or ++/-- of a pointer or of a value
 * holding one (a struct copied whole), or a write delayc cannot see the
 * lvalue of (an atomic, a cast away of const) into memory that holds one? */
static int stores_pointer(Node *at, Access kind) {
  Node *lv = NULL;
  if ((kind == ACCESS_WRITE || kind == ACCESS_UPDATE || kind == ACCESS_INCDEC) && at->nkid >= 1 &&
      (at->kind == CXCursor_BinaryOperator || at->kind == CXCursor_CompoundAssignOperator ||
       at->kind == CXCursor_UnaryOperator))
    lv = at->kid[0];
  if (lv) return fe_holds_pointer(clang_getCursorType(lv->cur));
  for (int i = 0; i < at->nkid; i++) {      /* unknown: by what the memory holds */
    CXType p = pointee_of(at->kid[i]);
    if (p.kind != CXType_Invalid && fe_holds_pointer(p)) return 1;
  }
  return at->nkid == 0;
}

/* An access to the root being walked (access.c). */
static void on_access(void *arg, Node *at, Access kind, int argi) {
  Own *o = arg;
  if (o->global >= 0) {
    CXCursor g = o->e->fx.g[o->global].decl;
    Update up = kind == ACCESS_ESCAPE ? UPD_NONE : fx_update_at(o->u, at, g);   /* PASS: __sync_fetch_and_add(&g, n) */
    if (!up || (o->update && o->update != up)) o->plain = 1;
    if (!up && kind != ACCESS_PASS && kind != ACCESS_ESCAPE && fx_update_hot(o->u, at, g)) o->e->fx.g[o->global].hot = 1;
    o->update = up;
  }
  if (kind == ACCESS_READ) { o->mode |= FX_READ; return; }
  if (kind == ACCESS_ESCAPE && o->param >= 0) o->mode |= FX_KEEP;   /* the parameter's pointer stored */
  if (kind != ACCESS_PASS) {
    o->mode |= FX_READ | FX_WRITE;
    if (o->param >= 0 && kind != ACCESS_ESCAPE && stores_pointer(at, kind)) o->mode |= FX_PSTORE;
    return;
  }
  /* passed on to argument argi of the call `at`: a callee with a body here is
   * joined later (scc), any other is known now */
  Node *fr = direct_callee(at);
  CXCursor fn = fr ? clang_getCursorReferenced(fr->cur) : clang_getNullCursor();
  Entry *to = fr && !is_marker(fn) ? entry_of(o->u, fn) : NULL;
  if (to && !clang_Cursor_isNull(to->def)) {
    o->e->bind = xrealloc(o->e->bind, (size_t)(o->e->nbind + 1) * sizeof *o->e->bind);
    o->e->bind[o->e->nbind++] = (Bind){o->param, o->global, to, argi};
    return;
  }
  int m = fx_arg_mode(o->u, at, argi);
  /* a function without a body here that writes there (memcpy into a struct
   * of pointers): it may store pointers */
  if ((m & FX_WRITE) && argi + 1 < at->nkid && fe_holds_pointer(pointee_of(at->kid[argi + 1]))) m |= FX_PSTORE;
  o->mode |= m;
}

typedef struct Collect { Own *o; CXCursor *g; int ng; } Collect;

static void collect(Collect *k, Node *n) {
  Own *o = k->o;
  if (n->kind == CXCursor_UnaryExpr) return;   /* sizeof acc[y]: not evaluated, nothing read */
  if (n->kind == CXCursor_DeclRefExpr || (n->kind == CXCursor_VarDecl && fx_is_mutable_global(n->cur))) {
    CXCursor d = n->kind == CXCursor_VarDecl ? n->cur : clang_getCursorReferenced(n->cur);
    if (fx_is_mutable_global(d)) {
      char *nm = fe_spelling(d);
      if (clang_getCursorTLSKind(d) != CXTLS_None) {
        if (!o->e->fx.tls) o->e->fx.tls = fmt("'%s' in '%s'", nm, o->fname);   /* each thread its own */
      } else if (is_system(d) || standard_global(nm)) {
        char *why = fmt("'%s' in '%s'", nm, o->fname);
        Resource r = system_global(nm);
        /* the stream of a message on an error path (lib_call): read only */
        Node *c = n->parent;
        while (c && (c->kind == CXCursor_UnexposedExpr || c->kind == CXCursor_ParenExpr)) c = c->parent;
        int last_words = r == RES_CONSOLE && c && c->kind == CXCursor_CallExpr && n->kind == CXCursor_DeclRefExpr &&
                         error_path(o->u, c);
        add_res(&o->e->fx, r, last_words ? FX_READ : FX_READ | FX_WRITE, why);   /* stdout is there to be written, stdin to be consumed */
        free(why);
      } else if (strncmp(nm, "delayc__", 8)) {
        CXCursor can = clang_getCanonicalCursor(d);
        int have = 0;
        for (int i = 0; i < k->ng && !have; i++) have = clang_equalCursors(k->g[i], can);
        if (!have) {
          k->g = xrealloc(k->g, (size_t)(k->ng + 1) * sizeof *k->g);
          k->g[k->ng++] = can;
        }
      }
      free(nm);
    }
  } else if (n->kind == CXCursor_CallExpr) {
    own_call(o, n);
  } else if (n->kind == CXCursor_AsmStmt || n->kind == CXCursor_MSAsmStmt) {
    char *why = fmt("an asm statement in '%s'", o->fname);
    set_all(&o->e->fx, why);
    free(why);
  }
  for (int i = 0; i < n->nkid; i++) collect(k, n->kid[i]);
}

/* An access through a pointer of unknown origin (access_unknown_walk). */
static void on_mem(void *arg, Node *at, Access kind, int argi) {
  Own *o = arg;
  if (kind == ACCESS_ESCAPE) return;       /* a local of this call published: gone when it returns */
  int m = kind == ACCESS_READ ? FX_READ : kind == ACCESS_PASS ? fx_arg_mode(o->u, at, argi) : FX_READ | FX_WRITE;
  o->e->fx.mem |= (unsigned char)m;
}

/* A struct passed by value that holds pointers: what the body does with the
 * memory those pointers reach.  Conservative: a write, an increment, or a
 * pass to a call through any expression built on the parameter (d.text[i] = x,
 * d.p->n++, f(d.text)) counts by what it does; a copy of a pointer it holds
 * into a variable (char *t = d.text) or of the whole struct counts as a write,
 * unless the copy points to const. */
static int rooted_at(Node *n, CXCursor pc) {
  for (n = fe_strip(n); n; ) {
    if (n->kind == CXCursor_DeclRefExpr) return clang_equalCursors(clang_getCursorReferenced(n->cur), pc);
    if (!n->nkid) return 0;
    n = fe_strip(n->kid[n->kind == CXCursor_CStyleCastExpr ? n->nkid - 1 : 0]);
  }
  return 0;
}

static int const_pointee(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(t)) &&
         !fe_holds_pointer(clang_getPointeeType(t));
}

static int deep_mode(Unit *u, Node *n, CXCursor pc) {
  int m = 0;
  if (n->kind == CXCursor_UnaryExpr) return 0;               /* sizeof */
  if ((fe_is_assign(u, n) || (n->kind == CXCursor_UnaryOperator && fe_is_incdec(u, n))) && n->nkid &&
      rooted_at(n->kid[0], pc)) {
    Node *l = fe_strip(n->kid[0]);
    if (l->kind != CXCursor_DeclRefExpr && l->kind != CXCursor_MemberRefExpr) m |= FX_READ | FX_WRITE;  /* through a pointer */
    else if (l->kind == CXCursor_MemberRefExpr && l->nkid && rooted_at(l->kid[0], pc) &&
             clang_getCanonicalType(clang_getCursorType(fe_strip(l->kid[0])->cur)).kind == CXType_Pointer)
      m |= FX_READ | FX_WRITE;                                 /* d.p->n = ... */
  }
  if (n->kind == CXCursor_CallExpr)
    for (int i = 1; i < n->nkid; i++) {
      if (!rooted_at(n->kid[i], pc)) continue;
      CXType t = clang_getCanonicalType(clang_getCursorType(n->kid[i]->cur));
      if (t.kind == CXType_Pointer) m |= fx_arg_mode(u, n, i - 1);
      else if (fe_holds_pointer(t)) m |= FX_READ | FX_WRITE;  /* passed on whole */
    }
  if ((n->kind == CXCursor_VarDecl || (n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n))) && n->nkid) {
    Node *v = n->kind == CXCursor_VarDecl ? fe_var_init(u, n) : n->kid[1];
    CXType t = clang_getCanonicalType(clang_getCursorType(n->kind == CXCursor_VarDecl ? n->cur : n->kid[0]->cur));
    if (v && rooted_at(v, pc) && fe_holds_pointer(t) && !const_pointee(t)) m |= FX_READ | FX_WRITE;
  }
  m |= FX_READ;
  for (int i = 0; i < n->nkid; i++) m |= deep_mode(u, n->kid[i], pc);
  return m;
}

/* &p of the parameter p somewhere in n? */
static int addr_taken(Unit *u, Node *n, CXCursor pc) {
  if (n->kind == CXCursor_UnaryOperator && fe_is_addrof(u, n) && n->nkid) {
    Node *x = fe_strip(n->kid[0]);
    if (x && x->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(x->cur), pc)) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (addr_taken(u, n->kid[i], pc)) return 1;
  return 0;
}

static void read_own(Unit *u, Entry *e) {
  e->state = 1;
  CXCursor def = e->def;
  int np = clang_Cursor_getNumArguments(e->key);
  if (np < 0) np = 0;
  e->fx.nparam = np;
  e->fx.param = xcalloc((size_t)np + 1, 1);
  Node *root = fe_tree(u, def);
  Node *body = NULL;
  for (int i = 0; i < root->nkid; i++)
    if (root->kid[i]->kind == CXCursor_CompoundStmt) body = root->kid[i];
  Own o = {u, e, body, fe_spelling(def), -1, -1, 0, UPD_NONE, 0};
  if (body) {
    Collect k = {&o, NULL, 0};
    collect(&k, body);
    for (int i = 0; i < k.ng; i++) {
      char *why = fmt("'%s'", o.fname);
      o.global = global_index(&e->fx, k.g[i], why);
      free(why);
      o.param = -1;
      o.mode = 0;
      o.update = UPD_NONE;
      o.plain = 0;
      access_walk(u, body, k.g[i], 1, on_access, &o);
      e->fx.g[o.global].mode |= o.mode ? o.mode : FX_READ;
      e->fx.g[o.global].update = o.plain ? UPD_NONE : o.update;
    }
    free(k.g);
    access_unknown_walk(u, body, 1, on_mem, &o);
    for (int i = 0; i < np; i++) {
      CXCursor pc = clang_Cursor_getArgument(def, (unsigned)i);
      CXType pt = clang_getCanonicalType(clang_getCursorType(pc));
      if (pt.kind == CXType_Record && fe_holds_pointer(pt)) {   /* a struct of pointers by value */
        e->fx.param[i] |= (unsigned char)deep_mode(u, body, pc);
        continue;
      }
      if (!is_pointer_type(clang_getCursorType(pc))) continue;
      o.global = -1;
      o.param = i;
      o.mode = 0;
      access_walk(u, body, pc, 0, on_access, &o);
      if (addr_taken(u, body, pc)) o.mode |= FX_KEEP | FX_PSTORE;   /* memcpy(slot, &p, sizeof p): its bytes copied */
      e->fx.param[i] |= (unsigned char)o.mode;
    }
  }
  free(o.fname);
  fe_free_tree(root);
}

/* ---- the clocks: whether a reading leaves the function (clock_flow.c) ---- */

typedef struct ClockCtx { Unit *u; } ClockCtx;

/* Does a call of a function with effects e store what it is given anywhere
 * that outlives the call (or print it)? */
static int stores_anything(const Effects *e) {
  if (e->all || (e->mem & FX_WRITE)) return 1;
  for (int r = 0; r < RES_COUNT; r++)
    if (e->res[r] & FX_WRITE) return 1;
  for (int i = 0; i < e->ng; i++)
    if (e->g[i].mode & FX_WRITE) return 1;
  for (int i = 0; i < e->nparam; i++)
    if (e->param[i] & (FX_WRITE | FX_KEEP | FX_PSTORE)) return 1;
  return 0;
}

static int clock_call(void *ctx, Node *call, unsigned *written) {
  ClockCtx *c = ctx;
  Node *fr = direct_callee(call);
  if (!fr) return CLOCK_CALL_READING | CLOCK_CALL_KEEPS;     /* through a pointer: any function */
  CXCursor fn = clang_getCursorReferenced(fr->cur);
  if (is_marker(fn)) return 0;
  Entry *t = entry_of(c->u, fn);
  if (clang_Cursor_isNull(t->def)) {
    char *nm = fe_spelling(fn);
    const LibFn *lib = fx_library(nm);
    free(nm);
    if (lib && strpbrk(lib->res, "tT")) {
      for (int i = 0; lib->param[i] && i < 32; i++)
        if (lib->param[i] == 'w' && written) *written |= 1u << i;
      return CLOCK_CALL_READING | CLOCK_CALL_CLOCK;
    }
  } else if (t->state != 2) {
    return CLOCK_CALL_READING | CLOCK_CALL_KEEPS;            /* of the component being joined */
  }
  const Effects *e = fx_of(c->u, fn);
  return (e->res[RES_TIME] & FX_WRITE ? CLOCK_CALL_READING : 0) | (stores_anything(e) ? CLOCK_CALL_KEEPS : 0);
}

/* The clocks of a component of the call graph (all: its joined effects):
 * read, and written when a reading leaves one of its functions — returned,
 * stored, passed to a function that keeps it — so that the tasks that hand
 * readings out keep their serial order (clock_flow.c).  A callee that only
 * returns a reading counts as a reader: its caller's use of the result
 * decides. */
static void clock_order(Unit *u, Entry *members, Effects *all) {
  int mode = 0, out = 0;
  for (Entry *m = members; m; m = m->stack_next) {
    mode |= m->fx.res[RES_TIME];
    for (int i = 0; i < m->nedge; i++) {
      const Effects *t = &m->edge[i]->fx;
      if (m->edge[i]->state == 2 && t->res[RES_TIME]) mode |= t->time_returned ? FX_READ : t->res[RES_TIME];
    }
  }
  ClockCtx c = {u};
  ClockQuery q = {&c, clock_call};
  for (Entry *m = members; m; m = m->stack_next) {
    Node *root = fe_tree(u, m->def);
    for (int i = 0; i < root->nkid; i++)
      if (root->kid[i]->kind == CXCursor_CompoundStmt) out |= fx_clock_flow(u, root->kid[i], &q);
    fe_free_tree(root);
  }
  all->res[RES_TIME] = (unsigned char)((mode ? mode : FX_READ) | (out ? FX_WRITE : 0));
  all->time_returned = out == CLOCK_RETURNED && !(mode & FX_WRITE);
}

/* ---- joining over the call graph (Tarjan's strongly connected components) ---- */

static void bind_apply(Entry *e, Bind *b, int *changed) {
  int m = b->arg < b->callee->fx.nparam ? b->callee->fx.param[b->arg] : FX_READ | FX_WRITE;
  if (!b->callee->fx.param) m = FX_READ | FX_WRITE;
  unsigned char *slot = b->param >= 0 ? &e->fx.param[b->param] : (unsigned char *)NULL;
  if (slot) {
    if ((*slot | m) != *slot) { *slot |= (unsigned char)m; *changed = 1; }
  } else if (b->global >= 0) {
    int *g = &e->fx.g[b->global].mode;
    if ((*g | m) != *g) { *g |= m; *changed = 1; }
    if (e->fx.g[b->global].update) { e->fx.g[b->global].update = UPD_NONE; *changed = 1; }   /* its address passed on */
  }
}

static void scc(Unit *u, Entry *e) {
  FxCache *c = cache_of(u);
  if (!e->state) read_own(u, e);
  e->index = e->low = c->counter++;
  e->stack_next = c->stack;
  c->stack = e;
  e->onstack = 1;
  for (int i = 0; i < e->nedge; i++) {
    Entry *t = e->edge[i];
    if (t->state != 2 && t->index < 0) {
      scc(u, t);
      if (t->low < e->low) e->low = t->low;
    } else if (t->onstack && t->index < e->low) {
      e->low = t->index;
    }
  }
  if (e->low != e->index) return;
  /* e is the root of a component: pop it */
  Entry *members = NULL;
  Entry *x;
  do {
    x = c->stack;
    c->stack = x->stack_next;
    x->onstack = 0;
    x->stack_next = members;
    members = x;
  } while (x != e);
  /* parameters and globals passed on: a fixed point inside the component
   * (callees outside it are done) */
  for (int changed = 1; changed;) {
    changed = 0;
    for (Entry *m = members; m; m = m->stack_next)
      for (int i = 0; i < m->nbind; i++) bind_apply(m, &m->bind[i], &changed);
  }
  /* everything any member may reach: its callees' effects and each other's */
  Effects all = {0};
  for (Entry *m = members; m; m = m->stack_next) {
    join_member(&all, &m->fx);
    for (int i = 0; i < m->nedge; i++)
      if (m->edge[i]->state == 2) {
        join(&all, &m->edge[i]->fx);
        if (m->hot[i]) demote_sums(&all, &m->edge[i]->fx);
      }
  }
  if (all.res[RES_TIME] && !all.all) clock_order(u, members, &all);
  for (Entry *m = members; m; m = m->stack_next) {
    join_member(&m->fx, &all);
    m->fx.res[RES_TIME] = all.res[RES_TIME];
    m->fx.time_returned = all.time_returned;
    m->state = 2;
  }
  free_effects(&all);
}

/* The effects of calling fn (cached in the unit). */
const Effects *fx_of(Unit *u, CXCursor fn) {
  Entry *e = entry_of(u, fn);
  if (e->state == 2) return &e->fx;
  if (clang_Cursor_isNull(e->def)) {
    /* no body: what the table, the program's other files or its type say */
    e->state = 2;
    char *nm = fe_spelling(e->key);
    const LibFn *lib = fx_library(nm);
    const Effects *pe = lib ? NULL : fx_program_lookup(nm);
    int np = clang_Cursor_getNumArguments(e->key);
    if (np < 0) np = 0;
    e->fx.nparam = np;
    e->fx.param = xcalloc((size_t)np + 1, 1);
    CXType ft = clang_getCursorType(e->key);
    if (lib) {
      Node call = {.kind = CXCursor_CallExpr};     /* no arguments known: the worst for streams */
      lib_call(u, &e->fx, NULL, &call, lib, NULL);
      if (strchr(lib->param, 'x')) {     /* it calls back a function it is given: any of them */
        FxCache *c = cache_of(u);
        taken_functions(u);
        for (int k = 0; k < c->ntaken; k++)
          if (!clang_equalCursors(clang_getCanonicalCursor(c->taken[k]), e->key)) join(&e->fx, fx_of(u, c->taken[k]));
        if (c->open) set_all(&e->fx, "a function of another file it may be given to call back");
      }
      for (int i = 0; i < np; i++) e->fx.param[i] = (unsigned char)lib_param_mode(lib, ft, i);
    } else if (pe) {
      fx_program_join(u, &e->fx, pe);
      for (int i = 0; i < np; i++)
        e->fx.param[i] = (unsigned char)(i < pe->nparam ? pe->param[i] : mode_by_type(ft, i));
    } else {
      if (!fx_pure_builtin(nm) && !in_pure_header(e->key)) {
        char *why = fmt("'%s' (its body is not visible to delayc)", nm);
        set_all(&e->fx, why);
        free(why);
      }
      /* unseen: it may keep any pointer it is given (not delayed.h's markers,
       * not the system's headers: the C library's table says what they keep) */
      int keeps = !is_marker(e->key) && !clang_Location_isInSystemHeader(clang_getCursorLocation(e->key));
      for (int i = 0; i < np; i++) {
        int m = mode_by_type(ft, i);
        e->fx.param[i] = (unsigned char)(m && keeps ? m | FX_KEEP : m);
      }
    }
    free(nm);
    return &e->fx;
  }
  scc(u, e);
  return &e->fx;
}

/* The effects of one call expression (a CallExpr node of the unit's tree):
 * its callee's, or for a library function, the table's with this call's
 * arguments (which stream, which mode).  *fresh: out is the caller's to free. */
void fx_of_call(Unit *u, Node *call, Node *body, const char *fname, Effects *out) {
  memset(out, 0, sizeof *out);
  Entry tmp = {0};
  Own o = {u, &tmp, body, xstrdup(fname), -1, -1, 0, UPD_NONE, 0};
  tmp.fx.nparam = 0;
  own_call(&o, call);
  join(out, &tmp.fx);
  for (int i = 0; i < tmp.nedge; i++) join(out, fx_of(u, tmp.edge[i]->key));
  free_effects(&tmp.fx);
  free(tmp.edge);
  free(o.fname);
}

void fx_free(Effects *e) { free_effects(e); memset(e, 0, sizeof *e); }

/* A file-scope variable of the unit by name, or a null cursor. */
typedef struct FindVar { const char *name; CXCursor found; } FindVar;

static enum CXChildVisitResult find_var_visit(CXCursor k, CXCursor p, CXClientData d) {
  (void)p;
  FindVar *f = d;
  if (clang_getCursorKind(k) == CXCursor_VarDecl) {
    char *nm = fe_spelling(k);
    int hit = !strcmp(nm, f->name);
    free(nm);
    if (hit) { f->found = k; return CXChildVisit_Break; }
  }
  return CXChildVisit_Continue;
}

/* Join the summary of a function of another file of the program (program.c):
 * a global with external linkage is the unit's own declaration of that name;
 * one static in its file — or one the unit does not declare — is global state
 * delayc cannot name here. */
void fx_program_join(Unit *u, Effects *dst, const Effects *src) {
  Effects flat = *src;
  flat.g = NULL;
  flat.ng = 0;
  join(dst, &flat);
  for (int i = 0; i < src->ng; i++) {
    FindVar f = {src->g[i].name, clang_getNullCursor()};
    if (src->g[i].external)
      clang_visitChildren(clang_getTranslationUnitCursor(u->tu), find_var_visit, &f);
    if (!clang_Cursor_isNull(f.found)) {
      int k = global_index(dst, f.found, src->g[i].why);
      dst->g[k].mode |= src->g[i].mode;
      dst->g[k].update = UPD_NONE;       /* another file's uses are not known one by one */
    } else {
      add_res(dst, RES_GLOBALS, src->g[i].mode, src->g[i].why);
    }
  }
}

/* A short text for --explain and lint: the first global or resource, or NULL. */
char *fx_describe(const Effects *e) {
  if (!e) return NULL;
  for (int i = 0; i < e->ng; i++)
    if (e->g[i].mode & FX_WRITE) return fmt("'%s'", e->g[i].name);
  for (int i = 0; i < e->ng; i++) return fmt("'%s'", e->g[i].name);
  for (int r = 0; r < RES_COUNT; r++)
    if (e->res[r]) return fmt("%s (%s)", fx_resource_name((Resource)r), e->why[r] ? e->why[r] : "");
  if (e->all) return fmt("everything: %s", e->all_why);
  if (e->mem) return xstrdup("memory reached through a pointer delayc cannot place");
  if (e->tls) return fmt("the thread-local %s", e->tls);
  return NULL;
}

int fx_touches_anything(const Effects *e) {
  if (e->all || e->ng || e->mem || e->tls) return 1;
  for (int r = 0; r < RES_COUNT; r++)
    if (e->res[r]) return 1;
  return 0;
}

/* ---- longjmp: may a call leave its caller by longjmp? ----
 *
 * A function that spawned tasks must wait for them before it is left, and a
 * longjmp leaves every frame up to the setjmp's (setjmp_pending_tasks.c).  A
 * call may longjmp when its callee is longjmp (or siglongjmp ...) or a function
 * defined in this unit that may call one, directly or through a function
 * pointer (any function whose address is taken here).  Library functions other
 * than these, and functions of other files, are assumed to return
 * (docs/lowering.md). */
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

typedef struct Seen { char **usr; int n; } Seen;

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

static void seen_free(Seen *s) {
  for (int i = 0; i < s->n; i++) free(s->usr[i]);
  free(s->usr);
}

static int is_direct_call(CXCursor call) {
  CXCursor r = clang_getCursorReferenced(call);
  return !clang_Cursor_isNull(r) && clang_getCursorKind(r) == CXCursor_FunctionDecl;
}

typedef struct JmpCtx { Unit *u; Seen *seen; int hit; } JmpCtx;

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
    FxCache *fc = cache_of(c->u);
    taken_functions(c->u);
    for (int i = 0; i < fc->ntaken && !c->hit; i++) jwalk(fc->taken[i], c);
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

static int unit_jumps(Unit *u) {
  FxCache *c = cache_of(u);
  if (!c->jumps_known) {
    c->jumps = 0;
    clang_visitChildren(clang_getTranslationUnitCursor(u->tu), any_jump_visit, &c->jumps);
    c->jumps_known = 1;
  }
  return c->jumps;
}

/* May calling fn leave the caller by longjmp?  fn may be longjmp itself. */
int fx_may_longjmp(Unit *u, CXCursor fn) {
  if (!unit_jumps(u)) return 0;
  if (is_jump_fn(fn)) return 1;
  Seen s = {0};
  JmpCtx c = {u, &s, 0};
  jwalk(fn, &c);
  seen_free(&s);
  return c.hit;
}

/* May the call (a CallExpr cursor) leave its caller by longjmp?  A call through
 * a pointer may reach any function whose address is taken in the unit. */
int fx_call_may_longjmp(Unit *u, CXCursor call) {
  if (!unit_jumps(u)) return 0;
  if (is_direct_call(call)) return fx_may_longjmp(u, clang_getCursorReferenced(call));
  Seen s = {0};
  JmpCtx c = {u, &s, 0};
  jvisit(call, clang_getNullCursor(), &c);
  seen_free(&s);
  return c.hit;
}

/* ---- what a task's callee touches ---- */

/* Does the body only read what a pointer parameter points to as values
 * that hold no pointers (v->kind, v->span, p[i].x), never passing it on,
 * storing it or reading a pointer through it?  Then what the data's pointer
 * members lead to is not the task's: the parameter does not reach past it. */
typedef struct Shallow { int deep; } Shallow;

static void shallow_use(void *ctx, Node *at, Access kind, int arg) {
  (void)arg;
  Shallow *s = ctx;
  if (kind != ACCESS_READ || !at || fe_holds_pointer(clang_getCursorType(at->cur))) s->deep = 1;
}

static int reads_shallow(Unit *u, CXCursor fn, int k) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || k >= clang_Cursor_getNumArguments(def)) return 0;
  Node *t = fe_tree(u, def), *body = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) body = t->kid[i];
  Shallow s = {!body};
  if (body) access_walk(u, body, clang_Cursor_getArgument(def, (unsigned)k), 0, shallow_use, &s);
  fe_free_tree(t);
  return !s.deep;
}

/* What a call of c touches (effects.c), computed on first use.  A pointer
 * parameter declared DELAYED_IN, or a pointer to const, that the body writes
 * after all is taken as INOUT, and one whose body touches more elements than
 * declared is taken as touching those: a declaration that contradicts the body
 * is not trusted (delayed-mutates-input reports it). */
/* p taken as reaching all it may: its declaration kept as was_first/was_end */
static void reach_all(Param *p) {
  p->widened = 1;
  p->was_first = p->first;
  p->was_end = p->first ? p->end : p->count ? p->count : xstrdup("1");
  p->first = p->end = p->count = NULL;
}

const Effects *callee_effects(Unit *u, Callee *c) {
  if (c->fx) return c->fx;
  c->fx = fx_of(u, c->cur);
  c->longjmps = fx_may_longjmp(u, c->cur);
  for (int i = 0; i < c->nparam && i < c->fx->nparam; i++) {
    Param *p = &c->param[i];
    /* a struct with pointer members the body never follows (a View's name) */
    if (p->reaches && p->dir == DIR_IN && !(c->fx->param[i] & FX_WRITE) && reads_shallow(u, c->cur, i)) p->reaches = 0;
    if (p->dir == DIR_IN && (c->fx->param[i] & FX_WRITE)) {
      p->contradicted = c->fx->param[i] & FX_KEEP ? 2 : 1;   /* 2: the pointer handed on (`*pp = q`) */
      p->dir = DIR_INOUT;
    }
    /* an extent the body goes beyond (p[n] under DELAYED_OUT_N(n)): the
     * elements it touches instead; one it uses in a way no check can reach
     * (the pointer stored, walked): all it may reach (ranges.c weighs the
     * uses; delayed-mutates-input reports both) */
    char *lo, *hi;
    int one;
    if (p->dir == DIR_VALUE || !p->annotated) continue;
    CXCursor def = clang_getCursorDefinition(c->cur);
    if (clang_Cursor_isNull(def) && fx_param_beyond(c->fx->param[i]) && !p->widened) {
      /* its body, in another file, goes beyond what it declares (a summary
       * says so): all it may reach, as for a use no check follows */
      p->unchecked = xstrdup("its body, in another file, goes beyond the extent declared");
      reach_all(p);
      continue;
    }
    int j = clang_Cursor_isNull(def) && i < c->fx->nparam ? fx_param_within(c->fx->param[i]) : -1;
    if (j >= 0 && j < c->nparam && p->count && !p->first && !p->rows && *c->param[j].name &&
        strcmp(p->count, c->param[j].name)) {
      /* its body, in another file, stays within [0, parameter j): the
       * larger of the two, the declaration not trusted alone */
      p->widened = 1;
      p->was_first = NULL;
      p->was_end = p->count;
      p->count = fmt("((%s) > (%s) ? (%s) : (%s))", p->was_end, c->param[j].name, p->was_end, c->param[j].name);
      continue;
    }
    if (!fx_declared_extent(c->cur, i, p, &lo, &hi, &one)) continue;
    Node *t = clang_Cursor_isNull(def) ? NULL : fe_tree(u, def), *body = NULL;
    for (int k = 0; t && k < t->nkid; k++)
      if (t->kid[k]->kind == CXCursor_CompoundStmt) body = t->kid[k];
    ExtentUse *x = NULL;
    int n = body ? fx_param_uses(u, body, def, i, p, lo, hi, one, &x) : 0;
    char *sf, *se, *first, *end;
    for (int k = 0; k < n && !p->unchecked; k++)
      if (x[k].fit == FIT_OPAQUE || (p->rows && x[k].fit == FIT_BEYOND && x[k].sure)) p->unchecked = fx_use_text(u, x[k].at);
    int rev = p->first && !p->rows && !p->unchecked ? fx_extent_reversed(x, n, lo, hi) : -1;
    if (rev >= 0) {       /* RANGE(hi, lo) over [lo, hi): the range the body touches */
      p->widened = 1;
      p->was_first = p->first;
      p->was_end = p->end;
      p->first = xstrdup(x[rev].first);
      p->end = xstrdup(x[rev].end);
      p->count = fmt("(%s) > (%s) ? (%s) - (%s) : 0", p->end, p->first, p->end, p->first);
    } else if (p->unchecked) {   /* a block is not widened: all it may reach */
      reach_all(p);
    } else if (!p->rows && fx_extent_beyond(u, x, n, 1, lo, hi, &sf, &se, &first, &end)) {
      p->widened = 1;
      p->was_first = p->first;
      p->was_end = p->first ? p->end : p->count ? p->count : xstrdup("1");
      if (!strcmp(first, "0")) {
        free(first);
        p->first = NULL;
        p->count = end;
      } else {
        p->first = first;
        p->end = end;
        p->count = fmt("(%s) > (%s) ? (%s) - (%s) : 0", end, first, end, first);
      }
      free(sf);
      free(se);
    }
    fx_extent_uses_free(x, n);
    fe_free_tree(t);
    free(lo);
    free(hi);
  }
  return c->fx;
}
