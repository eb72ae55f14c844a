/* frontend.c — the libclang front end: parse the file with the user's flags and
 * delayc's own headers, refuse on error diagnostics, mirror function bodies into
 * Node trees with byte ranges in the main file, and read the DELAYED
 * annotations of functions and their parameters.
 *
 * Ranges: libclang gives expansion locations; where a node begins or ends inside
 * a macro expansion its range is widened to the whole expansion and the node is
 * marked `macro`, so that no later stage rewrites part of a macro use. */
#include "frontend/frontend.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#ifndef DELAYC_CLANG_RESOURCE_DIR
#define DELAYC_CLANG_RESOURCE_DIR ""
#endif

char *fe_spelling(CXCursor c) {
  CXString s = clang_getCursorSpelling(c);
  char *r = xstrdup(clang_getCString(s) ? clang_getCString(s) : "");
  clang_disposeString(s);
  return r;
}

char *fe_type(CXType t) {
  CXString s = clang_getTypeSpelling(t);
  char *r = xstrdup(clang_getCString(s) ? clang_getCString(s) : "");
  clang_disposeString(s);
  return r;
}

/* ---- parsing ---- */

typedef struct { Unit *u; unsigned *s, *e; char *ours; CXCursor *def; int n, cap; } MacroCtx;

/* The call-site macros of delayed.h use each argument once, verbatim, as an
 * expression: what is spelled inside them may be read and rewritten in place. */
static int our_macro(const char *name) {
  return !strcmp(name, "delayed") || !strcmp(name, "delayed_after") || !strcmp(name, "delayed_bind") ||
         !strcmp(name, "delayed_compute");
}

static enum CXChildVisitResult collect_macros(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  MacroCtx *m = d;
  if (clang_getCursorKind(c) != CXCursor_MacroExpansion) return CXChildVisit_Continue;
  CXSourceRange r = clang_getCursorExtent(c);
  CXFile f1, f2;
  unsigned o1, o2;
  clang_getExpansionLocation(clang_getRangeStart(r), &f1, NULL, NULL, &o1);
  clang_getExpansionLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &o2);
  if (!f1 || !clang_File_isEqual(f1, m->u->file)) return CXChildVisit_Continue;
  if (m->n == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 64;
    m->s = xrealloc(m->s, (size_t)m->cap * sizeof *m->s);
    m->e = xrealloc(m->e, (size_t)m->cap * sizeof *m->e);
    m->ours = xrealloc(m->ours, (size_t)m->cap);
    m->def = xrealloc(m->def, (size_t)m->cap * sizeof *m->def);
  }
  m->def[m->n] = clang_getCursorReferenced(c);   /* the definition in force there (#undef, #define again) */
  char *name = fe_spelling(c);
  m->s[m->n] = o1;
  m->e[m->n] = o2 > o1 ? o2 : o1;
  m->ours[m->n] = (char)our_macro(name);
  m->n++;
  free(name);
  return CXChildVisit_Continue;
}

/* The error diagnostics, as clang prints them (diag_print.c); their count. */
int fe_quiet_errors;
struct CXUnsavedFile *fe_also;
int fe_nalso;

static int print_diagnostics(Unit *u) {
  if (!fe_quiet_errors) return diag_print_errors(u->tu, stderr);
  int n = 0;
  for (unsigned i = 0, nd = clang_getNumDiagnostics(u->tu); i < nd; i++) {
    CXDiagnostic d = clang_getDiagnostic(u->tu, i);
    n += clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
    clang_disposeDiagnostic(d);
  }
  return n;
}

/* The text of u->file and the macro uses spelled in it.  0, or -1. */
static int read_file(Unit *u) {
  size_t len = 0;
  u->src = clang_getFileContents(u->tu, u->file, &len);
  u->len = len;
  if (!u->src) return -1;
  MacroCtx m = {u, NULL, NULL, NULL, NULL, 0, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), collect_macros, &m);
  u->mstart = m.s; u->mend = m.e; u->mours = m.ours; u->mdef = m.def; u->nmacro = m.n;
  for (int i = 1; i < m.n; i++) assert(u->mstart[i - 1] <= u->mstart[i]);   /* macros_upto() searches it */
  u->mmax = xcalloc((size_t)m.n + 1, sizeof *u->mmax);
  for (int i = 0; i < m.n; i++) u->mmax[i] = i && u->mmax[i - 1] > u->mend[i] ? u->mmax[i - 1] : u->mend[i];
  return 0;
}

/* Parse path (or the unsaved buffer standing for it).  Returns 0 on success;
 * on failure the diagnostics have been printed. */
int fe_parse(Unit *u, const char *path, int argc, const char *const *argv,
             const char *unsaved, size_t unsaved_len) {
  memset(u, 0, sizeof *u);
  u->path = path;
  const char **args = xcalloc((size_t)argc + 16, sizeof *args);
  int n = 0;
  const char *rd = getenv("DELAYC_RESOURCE_DIR");
  if (!rd || !*rd) rd = DELAYC_CLANG_RESOURCE_DIR;
  if (*rd) { args[n++] = "-resource-dir"; args[n++] = rd; }
  for (int i = 0; i < argc; i++) args[n++] = argv[i];
  args[n++] = "-D__DELAYC__=1";
  args[n++] = "-fno-openmp";          /* trap: -fopenmp hides directive bodies */
  args[n++] = "-ferror-limit=20";
  args[n++] = "-Wno-everything";
  args[n++] = "-Wignored-attributes";   /* DELAYED where it marks nothing: annotation_check.c */
  args[n++] = "-Wno-error=ignored-attributes";
  u->index = clang_createIndex(0, 0);
  struct CXUnsavedFile *uf = xcalloc((size_t)fe_nalso + 2, sizeof *uf);
  int nuf = 0;
  if (unsaved) uf[nuf++] = (struct CXUnsavedFile){path, unsaved, (unsigned long)unsaved_len};
  for (int i = 0; i < fe_nalso; i++) uf[nuf++] = fe_also[i];
  enum CXErrorCode rc = clang_parseTranslationUnit2(
      u->index, path, args, n, nuf ? uf : NULL, (unsigned)nuf,
      CXTranslationUnit_DetailedPreprocessingRecord, &u->tu);
  free(uf);
  free(args);
  if (rc != CXError_Success || !u->tu) {
    error("cannot parse '%s' (libclang error %d)", path, (int)rc);
    return -1;
  }
  if (print_diagnostics(u) > 0) return -1;
  u->file = clang_getFile(u->tu, path);
  if (!u->file) {
    error("cannot read '%s'", path);
    return -1;
  }
  return read_file(u) != 0 ? (error("cannot read '%s'", path), -1) : 0;
}

/* A view of the unit through a file it includes (a unity build's part.c): the
 * same parse, that file's text, offsets and macro uses, caches of its own.
 * "The main file" of every function taking a Unit is then that file.  The
 * view borrows the parse: dispose it (fe_dispose) before the unit. */
int fe_view(Unit *parent, CXFile file, Unit *view) {
  memset(view, 0, sizeof *view);
  CXString name = clang_getFileName(file);
  view->path = xstrdup(clang_getCString(name));
  clang_disposeString(name);
  view->index = parent->index;
  view->tu = parent->tu;
  view->file = file;
  view->borrowed = 1;
  return read_file(view);
}

static void callees_dispose(Unit *u);

/* ---- what the stages above keep with the unit ---- */

typedef struct UnitKept { void *data; void (*dispose)(void *); } UnitKept;

void fe_keep(Unit *u, void *data, void (*dispose)(void *)) {
  u->kept = xrealloc(u->kept, (size_t)(u->nkept + 1) * sizeof *u->kept);
  u->kept[u->nkept++] = (UnitKept){data, dispose};
}

void *fe_kept(Unit *u, void (*dispose)(void *)) {
  for (int i = 0; i < u->nkept; i++)
    if (u->kept[i].dispose == dispose) return u->kept[i].data;
  return NULL;
}

unsigned fe_generation;

void fe_dispose(Unit *u) {
  fe_generation++;                /* cursors kept by caches outside units may now be stale */
  for (int i = u->nkept - 1; i >= 0; i--) u->kept[i].dispose(u->kept[i].data);
  free(u->kept);
  callees_dispose(u);
  if (u->borrowed) {              /* a view: the parse is its unit's */
    free((char *)u->path);
    u->tu = NULL;
    u->index = NULL;
  }
  if (u->tu) clang_disposeTranslationUnit(u->tu);
  if (u->index) clang_disposeIndex(u->index);
  free(u->mstart);
  free(u->mend);
  free(u->mours);
  free(u->mdef);
  free(u->mmax);
  memset(u, 0, sizeof *u);
}

int fe_in_main(Unit *u, CXCursor c) {
  CXFile f;
  clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), &f, NULL, NULL, NULL);
  return f && clang_File_isEqual(f, u->file);
}

/* ---- the Node tree ---- */

/* The number of macro expansions starting at or before off (mstart is sorted). */
static int macros_upto(Unit *u, unsigned off) {
  int lo = 0, hi = u->nmacro;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (u->mstart[mid] <= off) lo = mid + 1; else hi = mid;
  }
  return lo;
}

static int macro_at(Unit *u, unsigned off) {
  int i = macros_upto(u, off) - 1;
  return i >= 0 && u->mstart[i] == off ? i : -1;
}

/* Calls fn for each macro expansion containing [beg, end): those starting at or
 * before beg whose end reaches end.  mmax[i] (the largest end among the first
 * i + 1) stops the backward scan once nothing earlier can reach that far. */
static void macros_covering(Unit *u, unsigned beg, unsigned end, void (*fn)(Unit *, int, void *), void *arg) {
  for (int i = macros_upto(u, beg) - 1; i >= 0 && u->mmax[i] >= end; i--)
    if (end <= u->mend[i] && u->mstart[i] < u->mend[i]) fn(u, i, arg);
}

static void first_foreign(Unit *u, int i, void *arg) {
  if (!u->mours[i] && *(int *)arg < 0) *(int *)arg = i;
}

typedef struct { unsigned at; int found; } Inside;

static void ends_after(Unit *u, int i, void *arg) {
  Inside *x = arg;
  if (u->mend[i] > x->at) x->found = 1;
}

int fe_inside_macro_use(void *unit, unsigned at) {
  Inside x = {at, 0};
  if (at > 0) macros_covering(unit, at - 1, at, ends_after, &x);   /* a use from before at to after it */
  return x.found;
}

/* Is [beg, end) spelled inside a use of a user's macro (not delayed.h's)? */
int fe_in_user_macro(Unit *u, unsigned beg, unsigned end) {
  int found = -1;
  macros_covering(u, beg, end, first_foreign, &found);
  return found >= 0;
}

/* Inside one of our macros, a token spelled in the main file within the
 * invocation keeps its own offset. */
static int in_ours(Unit *u, unsigned exp, CXFile sf, unsigned sp) {
  int m = macro_at(u, exp);
  return m >= 0 && u->mours[m] && sf && clang_File_isEqual(sf, u->file) && sp >= u->mstart[m] && sp <= u->mend[m];
}

static void mark_inside(Unit *u, int i, void *arg) {
  Node *n = arg;
  if (!u->mours[i]) n->foreign = 1;
  if (!(u->mstart[i] == n->beg && u->mend[i] == n->end && !n->macro)) n->macro = 1;
}

static int plain_use(Unit *u, int m);

typedef struct { unsigned beg, end; int n, ok; } ArgCtx;

static void arg_inside(Unit *u, int i, void *arg) {
  ArgCtx *a = arg;
  a->n++;
  if (u->mours[i] || u->mstart[i] >= a->beg || a->end >= u->mend[i] || !plain_use(u, i)) a->ok = 0;
}

/* A node of a user's macro use spelled whole in one of its arguments keeps
 * that spelling (abeg, aend): the text there is what each expansion of the
 * argument is made of, so an edit of it applies to all alike.  Only when no
 * other use starts inside it, and every use around it takes its arguments
 * plainly (no #x that would print the edit, no x##y). */
static void arg_spelling(Unit *u, Node *n, CXFile sb, unsigned spb, CXFile se, unsigned spe) {
  if (!sb || !se || !clang_File_isEqual(sb, u->file) || !clang_File_isEqual(se, u->file) || !spb || spb >= spe ||
      spe > u->len || macros_upto(u, spe - 1) != macros_upto(u, spb - 1))
    return;
  ArgCtx a = {spb, spe, 0, 1};
  macros_covering(u, spb, spe, arg_inside, &a);
  if (a.n && a.ok) { n->abeg = spb; n->aend = spe; }
}

static void set_range(Unit *u, Node *n) {
  CXSourceRange r = clang_getCursorExtent(n->cur);
  CXSourceLocation b = clang_getRangeStart(r), e = clang_getRangeEnd(r);
  CXFile fb, fe, sb, se;
  unsigned ob, oe, spb, spe;
  clang_getExpansionLocation(b, &fb, &n->line, &n->col, &ob);
  clang_getExpansionLocation(e, &fe, NULL, NULL, &oe);
  clang_getSpellingLocation(b, &sb, NULL, NULL, &spb);
  clang_getSpellingLocation(e, &se, NULL, NULL, &spe);
  if (!fb || !clang_File_isEqual(fb, u->file)) { n->beg = n->end = 0; n->macro = 1; return; }
  if (!fe || !clang_File_isEqual(fe, u->file)) oe = ob;
  int ours_b = 0, ours_e = 0;
  if (spb != ob || !sb || !clang_File_isEqual(sb, u->file)) {
    if (in_ours(u, ob, sb, spb)) { ob = spb; ours_b = 1; }
    else {
      n->macro = 1;
      int m = macro_at(u, ob);
      if (m < 0 || !u->mours[m]) n->foreign = 1;
    }
  }
  if (spe != oe || !se || !clang_File_isEqual(se, u->file)) {
    if (in_ours(u, oe, se, spe)) {
      oe = spe;
      ours_e = 1;
      /* a macro use inside our macro's argument ends at its name's start: widen */
      int m = macro_at(u, oe);
      if (m >= 0) oe = u->mend[m];
    }
    else {
      n->macro = 1;
      int m = macro_at(u, oe);
      if (m < 0 || !u->mours[m]) n->foreign = 1;
      if (m >= 0) oe = u->mend[m];
    }
  }
  if (ours_b != ours_e && !n->macro) n->macro = 1;   /* straddles our macro's parentheses */
  if (oe < ob) oe = ob;
  n->beg = ob;
  n->end = oe;
  if (ours_b && ours_e) return;
  /* inside a macro use: not to be rewritten piecewise.  A node that is exactly
   * one use (`N`, `CALL`) may still be copied as a whole, but not taken apart. */
  macros_covering(u, ob, oe, mark_inside, n);
  if (n->foreign) arg_spelling(u, n, sb, spb, se, spe);
}

typedef struct { Unit *u; Node *parent; } TreeCtx;

static enum CXChildVisitResult tree_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  TreeCtx *t = d;
  Node *k = fe_tree(t->u, c);
  Node *par = t->parent;
  k->parent = par;
  par->kid = xrealloc(par->kid, (size_t)(par->nkid + 1) * sizeof *par->kid);
  par->kid[par->nkid++] = k;
  return CXChildVisit_Continue;
}

Node *fe_tree(Unit *u, CXCursor c) {
  Node *n = xcalloc(1, sizeof *n);
  n->cur = c;
  n->kind = clang_getCursorKind(c);
  set_range(u, n);
  TreeCtx t = {u, n};
  clang_visitChildren(c, tree_visit, &t);
  return n;
}

Node *fe_def_tree(Unit *u, CXCursor def, Node **body) {
  Node *root = fe_tree(u, def);
  *body = NULL;
  for (int i = 0; root && i < root->nkid; i++)
    if (root->kid[i]->kind == CXCursor_CompoundStmt) *body = root->kid[i];
  return root;
}

void fe_free_tree(Node *n) {
  if (!n) return;
  for (int i = 0; i < n->nkid; i++) fe_free_tree(n->kid[i]);
  free(n->kid);
  free(n);
}

char *fe_text(Unit *u, unsigned beg, unsigned end) {
  if (end > u->len) end = (unsigned)u->len;
  if (beg > end) beg = end;
  return xstrndup(u->src + beg, end - beg);
}

unsigned fe_skip_space(Unit *u, unsigned pos) {
  const char *s = u->src;
  while (pos < u->len) {
    if (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r' ||
        s[pos] == '\f' || s[pos] == '\v') { pos++; continue; }
    if (s[pos] == '\\' && pos + 1 < u->len && s[pos + 1] == '\n') { pos += 2; continue; }
    if (s[pos] == '/' && pos + 1 < u->len && s[pos + 1] == '/') {
      while (pos < u->len && s[pos] != '\n') pos++;
      continue;
    }
    if (s[pos] == '/' && pos + 1 < u->len && s[pos + 1] == '*') {
      pos += 2;
      while (pos + 1 < u->len && !(s[pos] == '*' && s[pos + 1] == '/')) pos++;
      pos += 2;
      continue;
    }
    break;
  }
  return pos > u->len ? (unsigned)u->len : pos;
}

/* The braces of a compound statement as spelled: `{ }`, the digraphs `<% %>`
 * (C99 6.4.6) or the trigraphs `??< ??>`.  Sets *open_end just past the opening
 * token and *close_beg at the start of the closing one.  Returns 0 when either is
 * not spelled in place (written by a macro, split by a line splice). */
int fe_braces(Unit *u, Node *block, unsigned *open_end, unsigned *close_beg) {
  const char *s = u->src;
  unsigned b = block->beg, e = block->end;
  if (block->kind != CXCursor_CompoundStmt || e > u->len || e < b + 2) return 0;
  if (s[b] == '{') *open_end = b + 1;
  else if (e - b >= 4 && !strncmp(s + b, "<%", 2)) *open_end = b + 2;
  else if (e - b >= 6 && !strncmp(s + b, "?\?<", 3)) *open_end = b + 3;
  else return 0;
  if (s[e - 1] == '}') *close_beg = e - 1;
  else if (!strncmp(s + e - 2, "%>", 2)) *close_beg = e - 2;
  else if (e >= 3 && !strncmp(s + e - 3, "?\?>", 3)) *close_beg = e - 3;
  else return 0;
  return *open_end <= *close_beg;
}

/* Expression statements, return, break, continue, goto and do-while end before
 * their ';' in libclang's extent; include it.  Returns 0 if there is none. */
unsigned fe_stmt_end(Unit *u, Node *stmt) {
  switch (stmt->kind) {
  case CXCursor_CompoundStmt: case CXCursor_DeclStmt: case CXCursor_NullStmt:
    return stmt->end;
  case CXCursor_IfStmt: case CXCursor_WhileStmt: case CXCursor_ForStmt:
  case CXCursor_SwitchStmt: case CXCursor_LabelStmt: case CXCursor_CaseStmt:
  case CXCursor_DefaultStmt:
    /* these end where their last sub-statement ends, ';' included */
    return stmt->nkid ? fe_stmt_end(u, stmt->kid[stmt->nkid - 1]) : stmt->end;
  default:
    break;
  }
  if (stmt->end > 0 && u->src[stmt->end - 1] == ';') return stmt->end;
  unsigned p = fe_skip_space(u, stmt->end);
  if (p < u->len && u->src[p] == ';') return p + 1;
  return 0;
}

/* The initializer of a VarDecl node, or NULL.  Its children also hold array
 * size expressions (`int v[6]`): the initializer is the child after the '='. */
Node *fe_var_init(Unit *u, Node *v) {
  if (v->kind != CXCursor_VarDecl || !v->nkid) return NULL;
  Node *k = v->kid[v->nkid - 1];
  int depth = 0;
  for (unsigned p = v->beg; p < k->beg && p < u->len; p++) {
    char ch = u->src[p];
    if (ch == '(' || ch == '[') depth++;
    else if (ch == ')' || ch == ']') depth--;
    else if (ch == '=' && depth == 0) return k;
  }
  return NULL;
}

/* The function a call names directly (`f(...)`, not through a macro), or NULL. */
Node *fe_direct_callee(Node *call) {
  if (call->kind != CXCursor_CallExpr || !call->nkid) return NULL;
  Node *n = fe_strip(call->kid[0]);
  if (!n || n->kind != CXCursor_DeclRefExpr || n->macro) return NULL;
  if (clang_getCursorKind(clang_getCursorReferenced(n->cur)) != CXCursor_FunctionDecl) return NULL;
  return n;
}

/* Is n a null pointer constant: 0, NULL, (void *)0? */
int fe_null_pointer(Node *n) {
  n = fe_strip(n);
  while (n && n->kind == CXCursor_CStyleCastExpr && n->nkid) n = fe_strip(n->kid[n->nkid - 1]);
  if (!n) return 0;
  if (n->kind == CXCursor_GNUNullExpr) return 1;
  if (n->kind != CXCursor_IntegerLiteral) return 0;
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  int z = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
  if (r) clang_EvalResult_dispose(r);
  return z;
}

Node *fe_strip(Node *n) {
  while (n && (n->kind == CXCursor_UnexposedExpr || n->kind == CXCursor_ParenExpr) && n->nkid == 1)
    n = n->kid[0];
  return n;
}

unsigned fe_own_beg(Node *n) { return n->abeg < n->aend ? n->abeg : n->beg; }
unsigned fe_own_end(Node *n) { return n->abeg < n->aend ? n->aend : n->end; }

/* The operator of a binary node: the first punctuation after the left operand. */
static const char *binop(Unit *u, Node *b, char out[4]) {
  out[0] = 0;
  if (b->nkid != 2) return out;
  unsigned p = fe_skip_space(u, fe_own_end(b->kid[0])), end = fe_own_end(b);
  if (p < end && u->src[p] == ',') { out[0] = ','; out[1] = 0; return out; }
  return fe_binop_token(u->src + p, end > p ? end - p : 0, out);
}

/* The binary operator at s (n bytes there), the longest one as C's lexer
 * takes it: `x=-7` is `=` then `-7` (blind round 59b: read as "=-", the
 * write was missed); "" for none. */
const char *fe_binop_token(const char *s, size_t n, char out[4]) {
  static const char *const ops[] = {"<<=", ">>=", "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", "+=", "-=", "*=",
                                    "/=", "%=", "&=", "|=", "^=", "=", "+", "-", "*", "/", "%", "<", ">", "&", "|",
                                    "^", NULL};
  out[0] = 0;
  for (int i = 0; ops[i]; i++) {
    size_t k = strlen(ops[i]);
    if (k <= n && !strncmp(s, ops[i], k)) {
      memcpy(out, ops[i], k + 1);
      break;
    }
  }
  return out;
}

int fe_binop_is(Unit *u, Node *b, const char *op) {
  char o[4];
  return strcmp(binop(u, b, o), op) == 0;
}

/* Is t a pointer to a handle of the C library (FILE, DIR)?  What it points
 * to is the library's: a stream's state is the console's or the files'
 * (effects.c's resources), no memory of the program. */
int fe_library_handle(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind != CXType_Pointer) return 0;
  CXType r = clang_getCanonicalType(clang_getPointeeType(t));
  if (r.kind != CXType_Record) return 0;
  CXCursor d = clang_getTypeDeclaration(r);
  if (!clang_Location_isInSystemHeader(clang_getCursorLocation(d))) return 0;
  char *nm = fe_spelling(d);
  int h = !strcmp(nm, "_IO_FILE") || !strcmp(nm, "__sFILE") || !strcmp(nm, "__dirstream");
  free(nm);
  return h;
}

int fe_is_assign(Unit *u, Node *b) {
  if (b->kind == CXCursor_CompoundAssignOperator) return 1;
  if (b->kind != CXCursor_BinaryOperator) return 0;
  char o[4];
  binop(u, b, o);
  return strcmp(o, "=") == 0;
}

/* Prefix operators start before their operand; postfix ones after it. */
static const char *unop(Unit *u, Node *n, char out[3]) {
  out[0] = 0;
  if (n->kind != CXCursor_UnaryOperator || n->nkid != 1) return out;
  unsigned p = fe_own_beg(n) < fe_own_beg(n->kid[0]) ? fe_own_beg(n) : fe_skip_space(u, fe_own_end(n->kid[0]));
  out[0] = u->src[p];
  out[1] = (p + 1 < u->len && (u->src[p + 1] == '+' || u->src[p + 1] == '-')) ? u->src[p + 1] : 0;
  out[2] = 0;
  return out;
}

int fe_is_incdec(Unit *u, Node *n) {
  char o[3];
  unop(u, n, o);
  return strcmp(o, "++") == 0 || strcmp(o, "--") == 0;
}

int fe_is_addrof(Unit *u, Node *n) {
  char o[3];
  unop(u, n, o);
  return fe_own_beg(n) < (n->nkid ? fe_own_beg(n->kid[0]) : fe_own_beg(n)) && o[0] == '&';
}

int fe_is_deref(Unit *u, Node *n) {
  char o[3];
  unop(u, n, o);
  return n->nkid && fe_own_beg(n) < fe_own_beg(n->kid[0]) && o[0] == '*';
}

/* ---- annotations ---- */

typedef struct { const char *prefix; char *value; int found; } AnnCtx;

static enum CXChildVisitResult ann_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  AnnCtx *a = d;
  if (clang_getCursorKind(c) != CXCursor_AnnotateAttr) return CXChildVisit_Continue;
  char *s = fe_spelling(c);
  size_t n = strlen(a->prefix);
  if (strncmp(s, a->prefix, n) == 0 && (s[n] == 0 || s[n] == '=')) {
    a->found = 1;
    free(a->value);
    a->value = s[n] == '=' ? xstrdup(s + n + 1) : NULL;
  }
  free(s);
  return CXChildVisit_Continue;
}

/* Does c carry annotate("prefix") or annotate("prefix=value")? */
int fe_has_annotation(CXCursor c, const char *prefix, char **value) {
  AnnCtx a = {prefix, NULL, 0};
  if (clang_Cursor_hasAttrs(c)) clang_visitChildren(c, ann_visit, &a);
  if (value) *value = a.value; else free(a.value);
  return a.found;
}

/* Is the attribute attr written inside decl's text, not inherited from
 * another declaration of the same function? */
int fe_attr_written_on(CXCursor attr, CXCursor decl) {
  CXFile fa = NULL, fd = NULL;
  unsigned oa, b, e;
  CXSourceRange r = clang_getCursorExtent(decl);
  clang_getExpansionLocation(clang_getCursorLocation(attr), &fa, NULL, NULL, &oa);
  clang_getExpansionLocation(clang_getRangeStart(r), &fd, NULL, NULL, &b);
  clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
  return fa && fd && clang_File_isEqual(fa, fd) && oa >= b && oa <= e;
}

typedef struct { CXCursor decl; const char *prefix; int written; } WrittenCtx;

static enum CXChildVisitResult written_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  WrittenCtx *w = d;
  if (clang_getCursorKind(c) != CXCursor_AnnotateAttr) return CXChildVisit_Continue;
  char *s = fe_spelling(c);
  if (!strncmp(s, w->prefix, strlen(w->prefix)) && fe_attr_written_on(c, w->decl)) w->written = 1;
  free(s);
  return w->written ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* Does c (a declaration or one of its parameters) carry an annotation that
 * starts with prefix, written on decl itself? */
static int annotated_on(CXCursor c, CXCursor decl, const char *prefix) {
  WrittenCtx w = {decl, prefix, 0};
  if (clang_Cursor_hasAttrs(c)) clang_visitChildren(c, written_visit, &w);
  return w.written;
}

/* text with each identifier that names parameter k of decl (not a member
 * after . or ->) spelled as to[k] instead */
static char *renamed(const char *text, CXCursor decl, const char *const *to, int np) {
  if (!text) return NULL;
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *c = text; *c;) {
    if (*c >= '0' && *c <= '9') {                 /* a number and its suffix: 1e3, 0x10u */
      while (c_ident_char(*c)) buf_add(&b, c++, 1);
      continue;
    }
    if (!c_ident_char(*c)) {
      buf_add(&b, c++, 1);
      continue;
    }
    const char *e = c, *q = c;
    while (c_ident_char(*e)) e++;
    while (q > text && q[-1] == ' ') q--;
    int member = (q > text && q[-1] == '.') || (q - 1 > text && q[-1] == '>' && q[-2] == '-');
    const char *with = NULL;
    for (int k = 0; k < np && !member && !with; k++) {
      char *nm = fe_spelling(clang_Cursor_getArgument(decl, (unsigned)k));
      if (*nm && *to[k] && strlen(nm) == (size_t)(e - c) && !strncmp(nm, c, (size_t)(e - c))) with = to[k];
      free(nm);
    }
    if (with) buf_puts(&b, with); else buf_add(&b, c, (size_t)(e - c));
    c = e;
  }
  return b.s;
}

/* Annotations name the parameters of the declaration they are written on; a
 * header's prototype may name them otherwise than the definition, whose
 * names the Params carry (`DELAYED int f(DELAYED_IN_N(n) const int *p, int
 * n);` over `int f(const int *p, int m) {...}`): their texts are put in the
 * definition's names, by position. */
static void params_renamed(CXCursor fn, Callee *c) {
  CXCursor cand[3] = {clang_getCursorDefinition(fn), fn, clang_getCanonicalCursor(fn)};
  int done_fn = 0, *done = xcalloc((size_t)c->nparam + 1, sizeof *done);   /* each text renamed once */
  const char **to = xcalloc((size_t)c->nparam + 1, sizeof *to);
  for (int k = 0; k < c->nparam; k++) to[k] = c->param[k].name;
  for (int d = 0; d < 3; d++) {
    CXCursor decl = cand[d];
    if (clang_Cursor_isNull(decl) || clang_Cursor_getNumArguments(decl) != c->nparam) continue;
    if (!done_fn && annotated_on(decl, decl, "delayc.cutoff")) {     /* DELAYED_CUTOFF(n < 1000) */
      char *t = renamed(c->cutoff, decl, to, c->nparam);
      free(c->cutoff);
      c->cutoff = t;
      done_fn = 1;
    }
    for (int i = 0; i < c->nparam; i++) {
      if (done[i] || !annotated_on(clang_Cursor_getArgument(decl, (unsigned)i), decl, "delayc.")) continue;
      done[i] = 1;
      Param *p = &c->param[i];
      char **text[] = {&p->count, &p->first, &p->end, &p->rows, &p->ld};
      for (int k = 0; k < 5; k++) {
        char *t = renamed(*text[k], decl, to, c->nparam);
        free(*text[k]);
        *text[k] = t;
      }
    }
  }
  free(done);
  free(to);
}

char *fe_attr_by_position(CXCursor attr, CXCursor fn) {
  char *sp = fe_spelling(attr);
  CXCursor cand[3] = {fn, clang_getCanonicalCursor(fn), clang_getCursorDefinition(fn)};
  for (int d = 0; d < 3; d++) {
    if (clang_Cursor_isNull(cand[d]) || !fe_attr_written_on(attr, cand[d])) continue;
    int np = clang_Cursor_getNumArguments(cand[d]);
    char **at = xcalloc((size_t)(np > 0 ? np : 0) + 1, sizeof *at);
    for (int k = 0; k < np; k++) at[k] = fmt("@%d", k);
    char *r = renamed(sp, cand[d], (const char *const *)at, np);
    for (int k = 0; k < np; k++) free(at[k]);
    free(at);
    free(sp);
    return r;
  }
  return sp;
}

/* A struct member's DELAYED_N(count) as C text over the struct reached as
 * `prefix` ("(b)." or "(p)->"): each member the count names prefixed, the
 * whole in parentheses (`DELAYED_N(n + 1)`: "((p)->n + 1)"; one member or
 * one number as it is).  NULL when the count names something not a member of rec, or is more
 * than members, numbers and + - * / ( ). */
char *fe_member_count(CXType rec, const char *count, const char *prefix) {
  rec = clang_getCanonicalType(rec);
  if (!count || !*count || rec.kind != CXType_Record) return NULL;
  Buf b = {0};
  buf_add(&b, "", 0);
  int atoms = 0, ops = 0;
  for (const char *c = count; *c;) {
    if (c_ident_char(*c) && !(*c >= '0' && *c <= '9')) {
      const char *e = c;
      while (c_ident_char(*e)) e++;
      char *name = xstrndup(c, (size_t)(e - c));
      int field = clang_Type_getOffsetOf(rec, name) >= 0;
      if (field) buf_printf(&b, "%s%s", prefix, name);
      free(name);
      if (!field) { free(b.s); return NULL; }
      c = e;
      atoms++;
    } else if (*c >= '0' && *c <= '9') {
      while (c_ident_char(*c)) buf_add(&b, c++, 1);      /* a number and its suffix */
      atoms++;
    } else if (strchr(" \t+-*/()", *c)) {
      ops += *c != ' ' && *c != '\t';
      buf_add(&b, c++, 1);
    } else {
      free(b.s);
      return NULL;
    }
  }
  if (atoms == 1 && !ops) return b.s;                     /* one member, or one number */
  char *r = fmt("(%s)", b.s);
  free(b.s);
  return r;
}

/* Annotations may sit on any declaration of a function: look at the one
 * referenced, the canonical one and the definition. */
static int fn_annotation(CXCursor fn, const char *prefix, char **value) {
  CXCursor c[3] = {fn, clang_getCanonicalCursor(fn), clang_getCursorDefinition(fn)};
  for (int i = 0; i < 3; i++)
    if (!clang_Cursor_isNull(c[i]) && fe_has_annotation(c[i], prefix, value)) return 1;
  if (value) *value = NULL;
  return 0;
}

static int param_annotation(CXCursor fn, int i, const char *prefix, char **value);

/* DELAYED_IN_2D(rows, cols, ld) and friends: "rows;cols;ld" — count is cols. */
static int param_2d(CXCursor fn, int i, Param *p) {
  static const char *const ann[] = {"delayc.in_2d", "delayc.out_2d", "delayc.inout_2d"};
  static const Dir dir[] = {DIR_IN, DIR_OUT, DIR_INOUT};
  for (int k = 0; k < 3; k++) {
    char *two = NULL;
    if (!param_annotation(fn, i, ann[k], &two) || !two) continue;
    char *a = strchr(two, ';'), *b = a ? strchr(a + 1, ';') : NULL;
    if (b) {
      p->rows = xstrndup(two, (size_t)(a - two));
      p->count = xstrndup(a + 1, (size_t)(b - a - 1));
      p->ld = xstrdup(b + 1);
      p->dir = dir[k];
      p->annotated = 1;
    }
    free(two);
    return b != NULL;
  }
  return 0;
}

/* DELAYED_IN_RANGE(lo, hi) and friends: "lo;hi" — elements lo .. hi-1, a
 * count of hi - lo (none when hi <= lo). */
static int param_range(CXCursor fn, int i, Param *p) {
  static const char *const ann[] = {"delayc.in_range", "delayc.out_range", "delayc.inout_range"};
  static const Dir dir[] = {DIR_IN, DIR_OUT, DIR_INOUT};
  for (int k = 0; k < 3; k++) {
    char *two = NULL;
    if (!param_annotation(fn, i, ann[k], &two) || !two) continue;
    char *a = strchr(two, ';');
    if (a) {
      p->first = xstrndup(two, (size_t)(a - two));
      p->end = xstrdup(a + 1);
      p->count = fmt("(%s) > (%s) ? (%s) - (%s) : 0", a + 1, p->first, a + 1, p->first);
      p->dir = dir[k];
      p->annotated = 1;
    }
    free(two);
    return a != NULL;
  }
  return 0;
}

static int param_annotation(CXCursor fn, int i, const char *prefix, char **value) {
  CXCursor c[3] = {fn, clang_getCanonicalCursor(fn), clang_getCursorDefinition(fn)};
  for (int k = 0; k < 3; k++) {
    if (clang_Cursor_isNull(c[k]) || clang_Cursor_getNumArguments(c[k]) <= i) continue;
    if (fe_has_annotation(clang_Cursor_getArgument(c[k], (unsigned)i), prefix, value)) return 1;
  }
  if (value) *value = NULL;
  return 0;
}

/* Does a value of type t hold a pointer to data (a field, an element)?  A task
 * given such a value can reach memory no dependency names. */
static enum CXVisitorResult field_visit(CXCursor c, CXClientData d);

static int holds_pointer(CXType t, int depth) {
  t = clang_getCanonicalType(t);
  if (depth > 8) return 1;
  switch (t.kind) {
  case CXType_Pointer: {
    CXType pt = clang_getCanonicalType(clang_getPointeeType(t));
    return pt.kind != CXType_FunctionProto && pt.kind != CXType_FunctionNoProto;
  }
  case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray:
    return holds_pointer(clang_getArrayElementType(t), depth + 1);
  case CXType_Record: {
    int found = 0;
    clang_Type_visitFields(t, field_visit, &found);
    return found;
  }
  default:
    return 0;
  }
}

/* Does the body convert parameter prm (a `void *ctx`, a `char *`) to a
 * pointer to data holding pointers (`Ctx *c = ctx;`, `(Ctx *)ctx`)?  What
 * it reaches is then that data, pointers and all (blind 63b: a pthread-style
 * `work(void *ctx)` given &jobs[q], whose buffers the task writes). */
typedef struct ConvScan { CXCursor prm; int found, depth; } ConvScan;
static int converted_to_deep(CXCursor def, CXCursor prm, int depth);

static enum CXChildVisitResult last_child(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  *(CXCursor *)d = c;
  return CXChildVisit_Continue;
}

static enum CXChildVisitResult conv_visit(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  ConvScan *x = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CallExpr) {   /* handed on: to a function that converts it, or copied into such data */
    int na = clang_Cursor_getNumArguments(c);
    CXCursor fn = clang_getCursorReferenced(c);
    for (int i = 0; i < na && !x->found; i++) {
      CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
      while (clang_getCursorKind(a) == CXCursor_UnexposedExpr || clang_getCursorKind(a) == CXCursor_ParenExpr ||
             clang_getCursorKind(a) == CXCursor_CStyleCastExpr) {
        CXCursor next = clang_getNullCursor();
        clang_visitChildren(a, last_child, &next);
        if (clang_Cursor_isNull(next)) break;
        a = next;
      }
      if (clang_getCursorKind(a) != CXCursor_DeclRefExpr ||
          !clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(a)), x->prm))
        continue;
      CXCursor def = clang_getCursorDefinition(fn);
      /* handed to a function through a pointer (`cb(ctx, i)`, blind 67b): it
       * may convert a `void *` to anything */
      CXType pt = clang_getCanonicalType(clang_getCursorType(x->prm));
      if (clang_getCursorKind(fn) != CXCursor_FunctionDecl && pt.kind == CXType_Pointer &&
          clang_getCanonicalType(clang_getPointeeType(pt)).kind == CXType_Void) {
        x->found = 1;
        break;
      }
      if (!clang_Cursor_isNull(def) && x->depth < 3 && i < clang_Cursor_getNumArguments(def))
        x->found = converted_to_deep(def, clang_Cursor_getArgument(def, (unsigned)i), x->depth + 1);
      for (int j = 0; j < na && clang_Cursor_isNull(def) && !x->found; j++) {   /* memcpy(&job, arg, ...) */
        CXType t = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(c, (unsigned)j)));
        x->found = j != i && t.kind == CXType_Pointer && holds_pointer(clang_getPointeeType(t), 1);
      }
    }
    if (x->found) return CXChildVisit_Break;
  }
  if (k == CXCursor_CStyleCastExpr || k == CXCursor_UnexposedExpr) {
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    if (t.kind == CXType_Pointer && holds_pointer(clang_getPointeeType(t), 1)) {
      CXCursor in = clang_getNullCursor();     /* the converted expression: its last child, through parentheses */
      clang_visitChildren(c, last_child, &in);
      while (!clang_Cursor_isNull(in) && (clang_getCursorKind(in) == CXCursor_ParenExpr ||
                                          clang_getCursorKind(in) == CXCursor_UnexposedExpr)) {
        CXCursor next = clang_getNullCursor();
        clang_visitChildren(in, last_child, &next);
        in = next;
      }
      if (!clang_Cursor_isNull(in) && clang_getCursorKind(in) == CXCursor_DeclRefExpr &&
          clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(in)), x->prm)) {
        x->found = 1;
        return CXChildVisit_Break;
      }
    }
  }
  return CXChildVisit_Recurse;
}

static int converted_to_deep(CXCursor def, CXCursor prm, int depth) {
  if (clang_Cursor_isNull(def) || clang_Cursor_isNull(prm)) return 0;
  ConvScan x = {clang_getCanonicalCursor(prm), 0, depth};
  clang_visitChildren(def, conv_visit, &x);
  return x.found;
}

static enum CXVisitorResult field_visit(CXCursor c, CXClientData d) {
  int *found = d;
  if (holds_pointer(clang_getCursorType(c), 1)) { *found = 1; return CXVisit_Break; }
  return CXVisit_Continue;
}

int fe_holds_pointer(CXType t) { return holds_pointer(t, 0); }

/* A type whose size depends on a run-time value (a VLA somewhere inside):
 * it cannot be spelled outside its prototype. */
static int variably_modified(CXType t) {
  t = clang_getCanonicalType(t);
  switch (t.kind) {
  case CXType_VariableArray: case CXType_DependentSizedArray: return 1;
  case CXType_Pointer: return variably_modified(clang_getPointeeType(t));
  case CXType_ConstantArray: case CXType_IncompleteArray: return variably_modified(clang_getArrayElementType(t));
  default: return 0;
  }
}

/* A parameter of a variably modified type whose elements are rows of a
 * run-time length, `double a[n][m]` (a pointer to `double [m]`) or
 * `double (*a)[m]`: the bytes of one row as C text over the parameters
 * ("(long long)(m) * 8"), or NULL (the bounds as written, from the row
 * type's spelling; an element of no constant size). */
static char *vm_row_bytes(CXType pt) {
  CXType can = clang_getCanonicalType(pt), row;
  if (can.kind == CXType_Pointer) row = clang_getPointeeType(pt);
  else if (can.kind == CXType_VariableArray || can.kind == CXType_IncompleteArray ||
           can.kind == CXType_ConstantArray)
    row = clang_getArrayElementType(pt);
  else return NULL;
  CXType el = clang_getCanonicalType(row);
  if (el.kind != CXType_VariableArray) return NULL;
  while (el.kind == CXType_VariableArray || el.kind == CXType_ConstantArray) el = clang_getCanonicalType(clang_getArrayElementType(el));
  long long es = clang_Type_getSizeOf(el);
  if (es <= 0) return NULL;
  CXString sp = clang_getTypeSpelling(clang_getCanonicalType(row));
  const char *t = clang_getCString(sp);
  Buf b = {0};
  buf_add(&b, "", 0);
  int groups = 0, ok = 1;
  for (const char *q = strchr(t, '['); q && ok; q = strchr(q, '[')) {
    int depth = 0;
    const char *e = q;
    for (; *e; e++) {
      if (*e == '[') depth++;
      else if (*e == ']' && !--depth) break;
    }
    if (!*e || e == q + 1) ok = 0;
    else buf_printf(&b, "(long long)(%.*s) * ", (int)(e - q - 1), q + 1);
    groups++;
    q = *e ? e + 1 : e;
  }
  clang_disposeString(sp);
  char *r = ok && groups ? fmt("%s%lld", b.s, es) : NULL;
  free(b.s);
  return r;
}

/* The callees met so far, hashed by canonical cursor, in the unit: a file of
 * thousands of functions asks for them at every call. */
typedef struct CalleeCache { CXCursor key; Callee *c; struct CalleeCache *next; } CalleeCache;
#define CALLEE_BUCKETS 4096

static void callees_dispose(Unit *u) {
  if (!u->callees) return;
  for (int b = 0; b < CALLEE_BUCKETS; b++)
    while (u->callees[b]) {
      CalleeCache *n = u->callees[b]->next;
      free(u->callees[b]);
      u->callees[b] = n;
    }
  free(u->callees);
  u->callees = NULL;
}

Callee *fe_callee(Unit *u, CXCursor fn) {
  CXCursor key = clang_getCanonicalCursor(fn);
  unsigned bucket = clang_hashCursor(key) % CALLEE_BUCKETS;
  if (!u->callees) u->callees = xcalloc(CALLEE_BUCKETS, sizeof *u->callees);
  for (CalleeCache *e = u->callees[bucket]; e; e = e->next)
    if (clang_equalCursors(e->key, key)) return e->c;
  Callee *c = xcalloc(1, sizeof *c);
  c->cur = key;
  c->name = fe_spelling(fn);
  c->delayed = fn_annotation(fn, "delayc.delayed", NULL);
  /* test hook: every function defined in the file counts as DELAYED, to run the
   * analysis and the lowering over code written without delayc in mind */
  if (!c->delayed && getenv("DELAYC_TEST_ALL_DELAYED") && !clang_Cursor_isNull(clang_getCursorDefinition(fn)))
    c->delayed = 1;
  c->pure = fn_annotation(fn, "delayc.pure", NULL);
  if (!fn_annotation(fn, "delayc.name", &c->label) || !c->label) c->label = xstrdup(c->name);
  fn_annotation(fn, "delayc.cutoff", &c->cutoff);
  char *grain = NULL;
  if (fn_annotation(fn, "delayc.grain", &grain) && grain) c->grain = strtol(grain, NULL, 10) > 0 ? strtol(grain, NULL, 10) : 0;
  free(grain);
  fn_annotation(fn, "delayc.rank", &c->rank);
  CXType t = clang_getCursorType(fn);
  c->prototyped = t.kind == CXType_FunctionProto;
  c->variadic = c->prototyped && clang_isFunctionTypeVariadic(t);
  CXType rt = clang_getResultType(t);
  c->result = fe_type(rt);
  c->void_result = rt.kind == CXType_Void;
  CXType rc = clang_getCanonicalType(rt);
  c->result_pointer = (rc.kind == CXType_Pointer &&
                       clang_getCanonicalType(clang_getPointeeType(rc)).kind != CXType_FunctionProto) ||
                      (rc.kind == CXType_Record && holds_pointer(rc, 0));   /* a struct of pointers (blind 65b) */
  int np = c->prototyped ? clang_getNumArgTypes(t) : 0;
  if (np < 0) np = 0;
  c->nparam = np;
  c->param = xcalloc((size_t)np + 1, sizeof *c->param);
  CXCursor def = clang_getCursorDefinition(fn);
  for (int i = 0; i < np; i++) {
    Param *p = &c->param[i];
    CXType pt = clang_getArgType(t, (unsigned)i);
    CXType can = clang_getCanonicalType(pt);
    p->vm = variably_modified(pt);
    if (p->vm) p->vm_row = vm_row_bytes(pt);
    int array = can.kind == CXType_ConstantArray || can.kind == CXType_IncompleteArray ||
                can.kind == CXType_VariableArray || can.kind == CXType_DependentSizedArray;
    if (array) {
      /* `T a[N]` is adjusted to `T *a` (C11 6.7.6.3p7) */
      CXType et = clang_getArrayElementType(pt);          /* keeps typedefs and qualifiers */
      if (et.kind == CXType_Invalid) et = clang_getArrayElementType(can);
      char *el = fe_type(et);
      p->type = fmt("__typeof__(%s) *", el);
      free(el);
    } else {
      p->type = fe_type(pt);
    }
    CXCursor pc = clang_Cursor_getArgument(clang_Cursor_isNull(def) ? fn : def, (unsigned)i);
    p->name = clang_Cursor_isNull(pc) ? xstrdup("") : fe_spelling(pc);
    if (!*p->name && clang_Cursor_getNumArguments(fn) > i) {
      free(p->name);
      p->name = fe_spelling(clang_Cursor_getArgument(fn, (unsigned)i));
    }
    if (can.kind != CXType_Pointer && !array) {
      p->dir = DIR_VALUE;
      p->reaches = holds_pointer(pt, 0);
      continue;
    }
    if (param_2d(fn, i, p)) continue;   /* DELAYED_*_2D(rows, cols, ld) */
    if (param_range(fn, i, p)) continue;   /* DELAYED_*_RANGE(lo, hi) */
    if (param_annotation(fn, i, "delayc.in", &p->count)) { p->dir = DIR_IN; p->annotated = 1; }
    else if (param_annotation(fn, i, "delayc.out", &p->count)) { p->dir = DIR_OUT; p->annotated = 1; }
    else if (param_annotation(fn, i, "delayc.inout", &p->count)) { p->dir = DIR_INOUT; p->annotated = 1; }
    else {
      CXType pointee = array ? clang_getArrayElementType(can) : clang_getPointeeType(can);
      p->dir = clang_isConstQualifiedType(pointee) ? DIR_IN : DIR_INOUT;
      /* a pointer to a function is a value; so is a stream (FILE *) given to
       * a function of the program: the library's handle, whose use in its
       * body is the console's or the files' (a library function made a task,
       * delayed(fclose)(f), keeps the stream as memory its tasks order on) */
      if (clang_getCanonicalType(pointee).kind == CXType_FunctionProto ||
          clang_getCanonicalType(pointee).kind == CXType_FunctionNoProto ||
          (fe_library_handle(can) && !clang_Location_isInSystemHeader(clang_getCursorLocation(fn))))
        p->dir = DIR_VALUE;
    }
  }
  for (int i = 0; i < np; i++) {
    Param *p = &c->param[i];
    if (p->dir == DIR_VALUE) continue;
    CXType can = clang_getCanonicalType(clang_getArgType(t, (unsigned)i));
    CXType pointee = can.kind == CXType_Pointer ? clang_getPointeeType(can) : clang_getArrayElementType(can);
    p->reaches = holds_pointer(pointee, 1) ||
                 (!clang_Cursor_isNull(def) && converted_to_deep(def, clang_Cursor_getArgument(def, (unsigned)i), 0));
    CXType pc = clang_getCanonicalType(pointee);
    p->voidp = pc.kind == CXType_Void;
    p->psize = p->voidp ? 1 : clang_Type_getSizeOf(pc);
  }
  params_renamed(fn, c);
  CalleeCache *e = xcalloc(1, sizeof *e);
  e->key = key;
  e->c = c;
  e->next = u->callees[bucket];
  u->callees[bucket] = e;
  return c;
}

/* ---- macros ---- */

/* The unit's macros by name (a name defined twice: unusable; fn: function-like),
 * kept with the unit (fe_keep). */
typedef struct MacDef { char *name; CXCursor cur; int bad, fn, plain; } MacDef;   /* bad: defined twice, or builtin;
                                                                                     plain: macro_plain's answer + 1 */
typedef struct Macros { MacDef *mac; int n; CXTranslationUnit tu; } Macros;

static void macros_dispose(void *data) {
  Macros *m = data;
  for (int i = 0; i < m->n; i++) free(m->mac[i].name);
  free(m->mac);
  free(m);
}

/* Is macro definition def function-like: its name followed at once by "("?
 * (libclang 14's clang_Cursor_isMacroFunctionLike answers 0 for a macro
 * #undef'd later in the file: it asks the macro's state at the end.) */
int fe_macro_function_like(CXTranslationUnit tu, CXCursor def) {
  if (clang_Cursor_isNull(def) || clang_getCursorKind(def) != CXCursor_MacroDefinition) return 0;
  CXToken *tok;
  unsigned nt, a = 0, b = 1;
  clang_tokenize(tu, clang_getCursorExtent(def), &tok, &nt);
  int fn = 0;
  if (nt >= 2) {
    CXString sp = clang_getTokenSpelling(tu, tok[1]);
    clang_getSpellingLocation(clang_getRangeEnd(clang_getTokenExtent(tu, tok[0])), NULL, NULL, NULL, &a);
    clang_getSpellingLocation(clang_getRangeStart(clang_getTokenExtent(tu, tok[1])), NULL, NULL, NULL, &b);
    fn = !strcmp(clang_getCString(sp), "(") && a == b;
    clang_disposeString(sp);
  }
  clang_disposeTokens(tu, tok, nt);
  return fn;
}

static enum CXChildVisitResult mac_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Macros *m = d;
  if (clang_getCursorKind(c) != CXCursor_MacroDefinition) return CXChildVisit_Continue;
  char *nm = fe_spelling(c);
  for (int i = 0; i < m->n; i++)
    if (!strcmp(m->mac[i].name, nm)) { m->mac[i].bad = 1; free(nm); return CXChildVisit_Continue; }
  m->mac = xrealloc(m->mac, (size_t)(m->n + 1) * sizeof *m->mac);
  m->mac[m->n++] = (MacDef){nm, c, clang_Cursor_isMacroBuiltin(c), fe_macro_function_like(m->tu, c), 0};
  return CXChildVisit_Continue;
}

static MacDef *macro_def(Unit *u, const char *name) {
  Macros *m = fe_kept(u, macros_dispose);
  if (!m) {
    m = xcalloc(1, sizeof *m);
    m->tu = u->tu;
    clang_visitChildren(clang_getTranslationUnitCursor(u->tu), mac_visit, m);
    fe_keep(u, m, macros_dispose);
  }
  for (int i = 0; i < m->n; i++)
    if (!strcmp(m->mac[i].name, name)) return m->mac[i].bad ? NULL : &m->mac[i];
  return NULL;
}

/* Does macro d's replacement, and each macro it names, leave its arguments
 * whole: no # or ##?  A name defined twice is not known, so not plain. */
static int macro_plain(Unit *u, MacDef *d, int depth) {
  if (d->plain) return d->plain - 1;
  if (depth > 8 || d->bad) return 0;
  d->plain = 2;                    /* a macro naming itself is not expanded again */
  CXToken *tok;
  unsigned nt;
  clang_tokenize(u->tu, clang_getCursorExtent(d->cur), &tok, &nt);
  int ok = 1;
  for (unsigned k = 1; ok && k < nt; k++) {
    CXString sp = clang_getTokenSpelling(u->tu, tok[k]);
    const char *t = clang_getCString(sp);
    if (!strcmp(t, "#") || !strcmp(t, "##") || !strcmp(t, "#@")) ok = 0;
    else if (clang_getTokenKind(tok[k]) == CXToken_Identifier) {
      Macros *m = fe_kept(u, macros_dispose);
      for (int i = 0; ok && i < m->n; i++)
        if (!strcmp(m->mac[i].name, t)) ok = macro_plain(u, &m->mac[i], depth + 1);
    }
    clang_disposeString(sp);
  }
  clang_disposeTokens(u->tu, tok, nt);
  d->plain = ok + 1;
  return ok;
}

/* Is expansion m of the main file a use of a macro that takes its arguments plainly? */
static int plain_use(Unit *u, int m) {
  unsigned p = u->mstart[m];
  while (p < u->len && c_ident_char(u->src[p])) p++;
  char *name = xstrndup(u->src + u->mstart[m], p - u->mstart[m]);
  MacDef *d = macro_def(u, name), once = {name, u->mdef[m], 0, 1, 0};   /* once: a name defined again */
  int r = d ? macro_plain(u, d, 0) : !clang_Cursor_isNull(u->mdef[m]) && macro_plain(u, &once, 0);
  free(name);
  return r;
}

/* The replacement text of object-like macro `name`, or NULL. */
/* Is `name` an object-like macro defined once, in a header or in the main
 * file before offset `before`, so that code placed there can spell it? */
int fe_macro_before(Unit *u, const char *name, unsigned before) {
  MacDef *d = macro_def(u, name);
  if (!d || d->fn) return 0;
  CXFile f;
  unsigned off;
  clang_getExpansionLocation(clang_getCursorLocation(d->cur), &f, NULL, NULL, &off);
  return f && (!clang_File_isEqual(f, u->file) || off < before);
}

char *fe_macro_text(Unit *u, const char *name) {
  CXTranslationUnit tu = u->tu;
  MacDef *d = macro_def(u, name);
  if (!d || d->fn) return NULL;
  CXToken *tok;
  unsigned nt;
  clang_tokenize(tu, clang_getCursorExtent(d->cur), &tok, &nt);
  Buf b = {0};
  buf_add(&b, "", 0);
  for (unsigned k = 1; k < nt; k++) {        /* token 0 is the name */
    CXString sp = clang_getTokenSpelling(tu, tok[k]);
    buf_printf(&b, "%s ", clang_getCString(sp));
    clang_disposeString(sp);
  }
  clang_disposeTokens(tu, tok, nt);
  return b.s;
}

static int tok_is(Unit *u, CXToken t, const char *s) {
  CXString sp = clang_getTokenSpelling(u->tu, t);
  int r = !strcmp(clang_getCString(sp), s);
  clang_disposeString(sp);
  return r;
}

/* The tokens of a use of function-like macro `name` whose argument list is
 * text[0, len) ("(" to its ")"), expanded one level: its replacement's
 * tokens, a parameter replaced by its argument's text (one element, in
 * parentheses).  NULL when it is not such a use, or its macro stringizes,
 * pastes or takes variable arguments. */
static char **expand_list(Unit *u, CXCursor def, const char *text, size_t len, int *n) {
  *n = 0;
  if (clang_Cursor_isNull(def) || clang_getCursorKind(def) != CXCursor_MacroDefinition ||
      !fe_macro_function_like(u->tu, def) || len < 2 || text[0] != '(' || text[len - 1] != ')')
    return NULL;
  /* the arguments, split at the commas outside brackets */
  char *args[16];
  int na = 0, depth = 0;
  size_t from = 1;
  for (size_t q = 1; q < len; q++) {
    char ch = text[q];
    if (ch == '"' || ch == '\'') {
      for (q++; q < len && text[q] != ch; q++) if (text[q] == '\\') q++;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{') depth++;
    else if ((ch == ')' || ch == ']' || ch == '}') && depth) depth--;
    else if ((ch == ',' && !depth) || q == len - 1) {
      if (na == 16) { for (int i = 0; i < na; i++) free(args[i]); return NULL; }
      size_t a = from, z = q;
      while (a < z && (text[a] == ' ' || text[a] == '\t' || text[a] == '\n')) a++;
      while (z > a && (text[z - 1] == ' ' || text[z - 1] == '\t' || text[z - 1] == '\n')) z--;
      args[na++] = xstrndup(text + a, z - a);
      from = q + 1;
    }
  }
  CXToken *tok;
  unsigned nt;
  clang_tokenize(u->tu, clang_getCursorExtent(def), &tok, &nt);
  char **out = NULL;
  char *params[16];
  int np = 0, ok = nt >= 3, k = 2;   /* name ( params ) body */
  for (; ok && k < (int)nt; k++) {
    CXString sp = clang_getTokenSpelling(u->tu, tok[k]);
    const char *t = clang_getCString(sp);
    if (!strcmp(t, ")")) { clang_disposeString(sp); k++; break; }
    if (strcmp(t, ",")) {
      if (np == 16 || !strcmp(t, "...")) ok = 0;
      else params[np++] = xstrdup(t);
    }
    clang_disposeString(sp);
  }
  if (np != na && !(np == 0 && na == 1 && !*args[0])) ok = 0;
  int body = k;
  for (; ok && k < (int)nt; k++) {
    CXString sp = clang_getTokenSpelling(u->tu, tok[k]);
    const char *t = clang_getCString(sp);
    char *piece = NULL;
    if (!strcmp(t, "#") || !strcmp(t, "##") || !strcmp(t, "__VA_ARGS__")) ok = 0;
    for (int i = 0; ok && !piece && i < np; i++)
      if (!strcmp(t, params[i])) {
        /* parenthesized, unless the replacement has its own parentheses around it */
        int wrapped = k > body && k + 1 < (int)nt && tok_is(u, tok[k - 1], "(") && tok_is(u, tok[k + 1], ")");
        piece = wrapped ? xstrdup(args[i]) : fmt("(%s)", args[i]);
      }
    if (ok) {
      out = xrealloc(out, sizeof *out * (size_t)(*n + 1));
      out[(*n)++] = piece ? piece : xstrdup(t);
    }
    clang_disposeString(sp);
  }
  clang_disposeTokens(u->tu, tok, nt);
  for (int i = 0; i < np; i++) free(params[i]);
  for (int i = 0; i < na; i++) free(args[i]);
  if (!ok || !*n) {
    for (int i = 0; i < *n; i++) free(out[i]);
    free(out);
    *n = 0;
    return NULL;
  }
  return out;
}

char **fe_expand_use(Unit *u, unsigned beg, unsigned end, int *n) {
  *n = 0;
  unsigned p = beg;
  while (p < end && c_ident_char(u->src[p])) p++;
  int m = macro_at(u, beg);
  if (p == beg || p >= end || m < 0) return NULL;
  p = fe_skip_space(u, p);
  return p < end ? expand_list(u, u->mdef[m], u->src + p, end - p, n) : NULL;
}

char *fe_expand_use_text(Unit *u, unsigned beg, unsigned end) {
  int n;
  char **t = fe_expand_use(u, beg, end, &n);
  if (!t) return NULL;
  char *r = fe_join_tokens(t, 0, n);
  for (int i = 0; i < n; i++) free(t[i]);
  free(t);
  return r;
}

/* The definition of macro name, or a null cursor (none, or defined twice) */
static CXCursor def_named(Unit *u, const char *name) {
  MacDef *d = macro_def(u, name);
  return d ? d->cur : clang_getNullCursor();
}

char *fe_join_tokens(char **t, int from, int to) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (int i = from; i < to; i++) {
    /* C's spacing: none inside brackets, before , ; or after a unary-looking ( [ */
    const char *prev = i > from ? t[i - 1] : "";
    int tight = !b.len || !strcmp(prev, "(") || !strcmp(prev, "[") || !strcmp(t[i], ")") || !strcmp(t[i], "]") ||
                !strcmp(t[i], "[") || !strcmp(t[i], ",") || !strcmp(t[i], ";") || !strcmp(t[i], ".") ||
                !strcmp(t[i], "->") || !strcmp(prev, ".") || !strcmp(prev, "->") ||
                (!strcmp(t[i], "(") && i > from && c_ident_char(prev[strlen(prev) - 1]) && strcmp(prev, "return") &&
                 strcmp(prev, "if") && strcmp(prev, "while") && strcmp(prev, "for") && strcmp(prev, "switch"));
    buf_printf(&b, "%s%s", tight ? "" : " ", t[i]);
  }
  return b.s;
}

char *fe_expand_text(Unit *u, const char *name, const char *text, size_t *used) {
  int depth = 0;
  size_t len = 0;
  if (*text != '(') return NULL;
  for (const char *c = text; *c; c++) {
    if (*c == '(') depth++;
    else if (*c == ')' && --depth == 0) { len = (size_t)(c - text) + 1; break; }
  }
  int n;
  char **t = len ? expand_list(u, def_named(u, name), text, len, &n) : NULL;
  if (!t) return NULL;
  char *r = fe_join_tokens(t, 0, n);
  for (int i = 0; i < n; i++) free(t[i]);
  free(t);
  *used = len;
  return r;
}

/* The index of the ")" that closes the "(" at t[from], or n */
static int closing(char **t, int n, int from) {
  int d = 0, k = from;
  for (; k < n; k++) {
    if (!strcmp(t[k], "(")) d++;
    else if (!strcmp(t[k], ")") && --d == 0) break;
  }
  return k;
}

char *fe_macro_subscript(Unit *u, unsigned beg, unsigned end, const char *name, char **base) {
  *base = NULL;
  int n, open = -1, depth = 0, ok = 0;
  char **t = fe_expand_use(u, beg, end, &n);
  /* one use of another macro, L3(p, (i) + 0): expanded in turn */
  for (int level = 0; t && level < 4 && n >= 3 && c_ident_char(t[0][0]) && !strcmp(t[1], "(") && !strcmp(t[n - 1], ")");
       level++) {
    CXCursor def = closing(t, n, 1) == n - 1 ? def_named(u, t[0]) : clang_getNullCursor();
    char *list = clang_Cursor_isNull(def) ? NULL : fe_join_tokens(t, 1, n);
    int n2;
    char **t2 = list ? expand_list(u, def, list, strlen(list), &n2) : NULL;
    free(list);
    if (!t2) break;
    for (int i = 0; i < n; i++) free(t[i]);
    free(t);
    t = t2;
    n = n2;
  }
  char **all = t;
  if (!t) return NULL;
  int total = n;
  /* ((m)[(i) * ld + (j)]): the parentheses around the whole left out */
  while (n >= 2 && !strcmp(t[0], "(") && !strcmp(t[n - 1], ")") && closing(t, n, 0) == n - 1) {
    t++;
    n -= 2;
  }
  for (int i = n - 1; i >= 0 && open < 0 && !strcmp(t[n - 1], "]"); i--) {   /* the [ of the last ] */
    if (!strcmp(t[i], "]")) depth++;
    else if (!strcmp(t[i], "[") && --depth == 0) open = i;
  }
  if (open == 1 || (open == 3 && !strcmp(t[0], "(") && !strcmp(t[2], ")"))) {   /* p[...] or (p)[...] */
    const char *b = t[open - (open == 3 ? 2 : 1)];
    size_t nl = strlen(name), bl = strlen(b);
    ok = !strcmp(b, name) || (bl == nl + 2 && b[0] == '(' && b[bl - 1] == ')' && !strncmp(b + 1, name, nl));   /* (p) */
  }
  char *index = ok ? fe_join_tokens(t, open + 1, n - 1) : NULL;
  if (ok) *base = fe_join_tokens(t, 0, open);
  for (int i = 0; i < total; i++) free(all[i]);
  free(all);
  return index;
}

/* Is [beg, end) exactly one use of a user's macro in the main file? */
/* Text without blanks and without the parentheses around all of it. */
static char *bare_text(const char *t, size_t len) {
  char *s = xmalloc(len + 1), *w = s;
  for (size_t i = 0; i < len; i++)
    if (t[i] != ' ' && t[i] != '\t' && t[i] != '\n') *w++ = t[i];
  *w = 0;
  for (;;) {
    size_t n = strlen(s);
    int depth = 0, whole = n >= 2 && s[0] == '(' && s[n - 1] == ')';
    for (size_t i = 0; whole && i < n - 1; i++) {
      depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
      if (!depth) whole = 0;                 /* (a) < (b): closes before the end */
    }
    if (!whole) return s;
    memmove(s, s + 1, n - 2);
    s[n - 2] = 0;
  }
}

char *fe_bare_text(const char *t) { return bare_text(t, strlen(t)); }

int fe_min_text(const char *t, char **a, char **b) {
  char *s = bare_text(t, strlen(t));
  const char *q = NULL, *c = NULL, *cmp = NULL;
  int d = 0, nested = 0;
  for (const char *p = s; *p; p++) {          /* the top level's `?`, `:` and `<`/`>` */
    if (*p == '(') d++;
    else if (*p == ')') d--;
    else if (!d && *p == '?') { if (q) nested++; else q = p; }
    else if (!d && *p == ':' && q) { if (nested) nested--; else if (!c) c = p; }
    else if (!d && !q && (*p == '<' || *p == '>') && p[1] != *p && (p == s || p[-1] != *p) && !cmp) cmp = p;
  }
  int ok = 0;
  if (q && c && cmp) {
    size_t oplen = cmp[1] == '=' ? 2 : 1;
    char *l = bare_text(s, (size_t)(cmp - s)), *r = bare_text(cmp + oplen, (size_t)(q - cmp - oplen));
    char *yes = bare_text(q + 1, (size_t)(c - q - 1)), *no = bare_text(c + 1, strlen(c + 1));
    int less = *cmp == '<';
    ok = !strcmp(yes, less ? l : r) && !strcmp(no, less ? r : l);
    if (ok) { *a = yes; *b = no; }
    else { free(yes); free(no); }
    free(l);
    free(r);
  }
  free(s);
  return ok;
}

/* ---- what a variable holds ---- */

static int refers_to(Node *n, CXCursor d) {
  n = fe_strip(n);
  return n && n->kind == CXCursor_DeclRefExpr &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), clang_getCanonicalCursor(d));
}

static int sets_var(Unit *u, Node *n, CXCursor d) {
  int k = n->kind;
  return (k == CXCursor_CompoundAssignOperator || (k == CXCursor_BinaryOperator && fe_is_assign(u, n)) ||
          (k == CXCursor_UnaryOperator && (fe_is_incdec(u, n) || fe_is_addrof(u, n)))) &&
         n->nkid && refers_to(n->kid[0], d);
}

static int sets_below(Unit *u, Node *n, CXCursor d, Node *parent, int *down) {
  if (sets_var(u, n, d)) {
    Node *c = parent && parent->nkid == 2 ? fe_strip(parent->kid[0]) : NULL;
    if (c && c->kind == CXCursor_BinaryOperator && c->nkid == 2 && refers_to(c->kid[0], d) &&
        n->kind == CXCursor_BinaryOperator && (fe_binop_is(u, c, ">") || fe_binop_is(u, c, ">="))) {
      char *x = fe_text(u, fe_own_beg(c->kid[1]), fe_own_end(c->kid[1])), *y = fe_text(u, fe_own_beg(n->kid[1]), fe_own_end(n->kid[1]));
      char *bx = bare_text(x, strlen(x)), *by = bare_text(y, strlen(y));
      if (!strcmp(bx, by)) (*down)++;
      free(x); free(y); free(bx); free(by);
    }
    return 1;
  }
  int sets = 0;
  for (int i = 0; i < n->nkid; i++) {
    Node *x = n->kid[i], *p = NULL;
    if (n->kind == CXCursor_IfStmt && n->nkid == 2 && i == 1) {      /* the if's statement, bare or alone in braces */
      if (x->kind == CXCursor_CompoundStmt && x->nkid == 1) x = x->kid[0];
      x = fe_strip(x);
      p = n;
    }
    sets += sets_below(u, x, d, p, down);
  }
  return sets;
}

int fe_sets_of(Unit *u, Node *n, CXCursor d, int *down) {
  *down = 0;
  return sets_below(u, n, d, NULL, down);
}

Node *fe_value_before(Unit *u, Node *at, CXCursor d, Node *top, int *assigned) {
  for (Node *c = at, *b = at->parent; b; c = b, b = b == top ? NULL : b->parent) {
    if (b->kind != CXCursor_CompoundStmt) continue;
    int i = 0;
    while (i < b->nkid && b->kid[i] != c) i++;
    for (i--; i >= 0; i--) {
      Node *x = fe_strip(b->kid[i]);
      if (x->kind == CXCursor_BinaryOperator && x->nkid == 2 && fe_is_assign(u, x) && refers_to(x->kid[0], d))
        return *assigned = 1, x->kid[1];                             /* d = X; */
      if (x->kind == CXCursor_DeclStmt)
        for (int k = 0; k < x->nkid; k++)
          if (x->kid[k]->kind == CXCursor_VarDecl &&
              clang_equalCursors(clang_getCanonicalCursor(x->kid[k]->cur), clang_getCanonicalCursor(d)))
            return *assigned = 0, fe_var_init(u, x->kid[k]);         /* T d = X; */
    }
  }
  return NULL;
}

int fe_one_macro_use(Unit *u, unsigned beg, unsigned end) {
  for (int i = 0; i < u->nmacro; i++)
    if (u->mstart[i] == beg && u->mend[i] == end && !u->mours[i]) return 1;
  return 0;
}

/* ---- copies of a function's text ---- */

static int any_static_local(Node *n) {
  if (n->kind == CXCursor_VarDecl) {
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(n->cur);
    if (sc == CX_SC_Static || clang_getCursorTLSKind(n->cur) != CXTLS_None) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (any_static_local(n->kid[i])) return 1;
  return 0;
}

const char *fe_copy_refusal(Unit *u, CXCursor fn, Node *root, Node *body, unsigned *name_at, unsigned *def_at) {
  char *name = fe_spelling(fn);
  size_t nl = strlen(name);
  int is_main = !strcmp(name, "main");
  CXType ft = clang_getCursorType(fn);
  CXFile file;
  unsigned off;
  CXSourceLocation loc = clang_getCursorLocation(fn);
  clang_getFileLocation(loc, &file, NULL, NULL, &off);
  int spelled = clang_Location_isFromMainFile(loc) && file && clang_File_isEqual(file, u->file) && off + nl <= u->len &&
                !strncmp(u->src + off, name, nl) && off >= root->beg && off < body->beg;
  free(name);
  if (is_main) return "it is main";
  if (ft.kind != CXType_FunctionProto || clang_isFunctionTypeVariadic(ft)) return "it has no prototype or is variadic";
  if (clang_Cursor_getStorageClass(fn) == CX_SC_Extern) return "it is declared extern";
  if (!clang_Location_isFromMainFile(loc)) return "its name is not spelled in this file";
  if (!spelled) return "its name is written by a macro";
  for (unsigned p = root->beg; p < body->beg; p++)
    if (u->src[p] == '#') return "its declaration contains a preprocessor directive";
  char *text = fe_text(u, body->beg, body->end);
  int names = strstr(text, "__func__") || strstr(text, "__FUNCTION__") || strstr(text, "__PRETTY_FUNCTION__");
  free(text);
  if (names) return "its body names the function (__func__)";
  if (any_static_local(body)) return "it has static local variables (a clone would have its own)";
  /* the rest of the closing line must be blank or a // comment */
  unsigned p = root->end;
  if (p < body->end) p = body->end;
  while (p < u->len && (u->src[p] == ' ' || u->src[p] == '\t' || u->src[p] == '\r')) p++;
  if (p + 1 < u->len && u->src[p] == '/' && u->src[p + 1] == '/') {
    while (p < u->len && u->src[p] != '\n') p++;
    if (u->src[p - 1] == '\\' || (p >= 2 && u->src[p - 1] == '\r' && u->src[p - 2] == '\\')) return "a comment continues its last line";
  }
  if (p < u->len && u->src[p] != '\n') return "other code follows its closing brace on the same line";
  *name_at = off;
  *def_at = p;
  return NULL;
}
