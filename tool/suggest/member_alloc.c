/* member_alloc.c — the counts of a struct's pointer members, read from the
 * allocations the file makes for them, for `delayc suggest --fix`.
 *
 * `Image *image_new(int w, int h) { ... im->w = w; im->h = h; im->px =
 * malloc((size_t)w * h * sizeof(float)); ... }`: px points to w * h of the
 * struct's own members, so the struct may say `float *px DELAYED_N(w * h);`,
 * and a task given an image names the region its pixels are (blind 67a:
 * suggest asked the user for that edit, an array of constructed images ran
 * one call after the other until it was made).  A count is taken only when
 * every assignment of the member in the file is NULL or an allocation
 * (malloc, calloc, or the program's wrapper of one: xmalloc) of that same
 * count, and the count is made of the struct's
 * own members (`X->w`, or a value assigned to X->w in the same function) and
 * constants.  Emit checks the accesses through counted members as the
 * program runs, so a count the program later breaks (a member changed
 * without a new block) stops it with an error, not a wrong result. */
#include "suggest/suggest.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- one allocation's count, spelled in the struct's members ---- */

typedef struct Spell {
  Unit *u;
  Node *fn;          /* the function of the assignment */
  char *base;        /* the text of the struct's pointer at the assignment: `im` of im->px */
  CXType rec;
  int ok;
} Spell;

static int same_field(CXCursor a, CXCursor b) {
  return clang_equalCursors(clang_getCanonicalCursor(a), clang_getCanonicalCursor(b));
}

/* The same declaration, in this unit or in another file's (by USR: the
 * struct's header seen by another .c file of the program) */
static int same_decl(CXCursor a, CXCursor b) {
  if (same_field(a, b)) return 1;
  CXString x = clang_getCursorUSR(a), y = clang_getCursorUSR(b);
  const char *xs = clang_getCString(x), *ys = clang_getCString(y);
  int same = xs && ys && *xs && !strcmp(xs, ys);
  clang_disposeString(x);
  clang_disposeString(y);
  return same;
}

/* The field X->f or X.f names when its base's text is `base`, or a null cursor. */
static CXCursor member_of(Unit *u, Node *n, const char *base) {
  n = fe_strip(n);
  if (!n || n->kind != CXCursor_MemberRefExpr || !n->nkid) return clang_getNullCursor();
  char *b = fe_text(u, n->kid[0]->beg, n->kid[0]->end);
  int same = !strcmp(b, base);
  free(b);
  return same ? clang_getCursorReferenced(n->cur) : clang_getNullCursor();
}

/* In n, an assignment `base->f = v` of an integer field f of the record: f's name. */
static char *field_given(Spell *s, Node *n, CXCursor v) {
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_binop_is(s->u, n, "=")) {
    CXCursor f = member_of(s->u, n->kid[0], s->base);
    Node *r = fe_strip(n->kid[1]);
    while (r && r->kind == CXCursor_CStyleCastExpr && r->nkid) r = fe_strip(r->kid[r->nkid - 1]);
    if (!clang_Cursor_isNull(f) && r && r->kind == CXCursor_DeclRefExpr &&
        same_field(clang_getCursorReferenced(r->cur), v) &&
        clang_getCanonicalType(clang_getCursorType(f)).kind != CXType_Pointer)
      return fe_spelling(f);
  }
  for (int i = 0; i < n->nkid; i++) {
    char *r = field_given(s, n->kid[i], v);
    if (r) return r;
  }
  return NULL;
}

static int is_record_field(CXType rec, CXCursor f) {
  CXCursor parent = clang_getCursorSemanticParent(f);
  return clang_equalTypes(clang_getCanonicalType(clang_getCursorType(parent)), clang_getCanonicalType(rec)) ||
         same_decl(parent, clang_getTypeDeclaration(clang_getCanonicalType(rec)));
}

/* The count expression e, in the members of the record (`(size_t)w * h`: "w * h"), into b. */
static void spell(Spell *s, Node *e, Buf *b) {
  if (!s->ok) return;
  e = fe_strip(e);
  if (!e) { s->ok = 0; return; }
  switch (e->kind) {
  case CXCursor_ParenExpr:
    buf_puts(b, "(");
    spell(s, e->kid[0], b);
    buf_puts(b, ")");
    return;
  case CXCursor_CStyleCastExpr:
    spell(s, e->kid[e->nkid - 1], b);
    return;
  case CXCursor_IntegerLiteral: {
    char *t = fe_text(s->u, e->beg, e->end);
    buf_puts(b, t);
    free(t);
    return;
  }
  case CXCursor_BinaryOperator: {
    static const char *const ops[] = {"*", "+", "-", "/", NULL};
    for (int i = 0; ops[i]; i++)
      if (fe_binop_is(s->u, e, ops[i])) {
        spell(s, e->kid[0], b);
        buf_printf(b, " %s ", ops[i]);
        spell(s, e->kid[1], b);
        return;
      }
    s->ok = 0;
    return;
  }
  case CXCursor_MemberRefExpr: {
    CXCursor f = member_of(s->u, e, s->base);
    if (clang_Cursor_isNull(f) || !is_record_field(s->rec, f)) { s->ok = 0; return; }
    char *nm = fe_spelling(f);
    buf_puts(b, nm);
    free(nm);
    return;
  }
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(e->cur);
    if (clang_getCursorKind(d) == CXCursor_EnumConstantDecl || e->macro) {   /* a constant (an enum, a macro's) */
      char *t = fe_text(s->u, e->beg, e->end);
      buf_puts(b, t);
      free(t);
      return;
    }
    /* a local or a parameter the function also stores in a member: `im->w = w` */
    char *f = field_given(s, s->fn, d);
    if (!f) { s->ok = 0; return; }
    buf_puts(b, f);
    free(f);
    return;
  }
  default:
    if (e->macro) {            /* an object-like macro's number (ROWS): its name */
      char *t = fe_text(s->u, e->beg, e->end);
      int ident = *t && !strpbrk(t, " ()");
      if (ident) buf_puts(b, t);
      else s->ok = 0;
      free(t);
      return;
    }
    s->ok = 0;
  }
}

/* Is e `sizeof(T)` or `sizeof *p` of the member's element size? */
static int element_size(Node *e, long long size) {
  e = fe_strip(e);
  if (!e || e->kind != CXCursor_UnaryExpr) return 0;
  CXEvalResult r = clang_Cursor_Evaluate(e->cur);
  long long v = -1;
  if (r && clang_EvalResult_getKind(r) == CXEval_Int) v = clang_EvalResult_getAsLongLong(r);
  if (r) clang_EvalResult_dispose(r);
  return v == size;
}

/* The count an allocation call gives, in the record's members, or NULL. */
static char *allocation_count(Spell *s, Node *call, long long esize) {
  Node *f = fe_direct_callee(call);
  char *nm = f ? fe_spelling(clang_getCursorReferenced(f->cur)) : NULL;
  char *said = fe_text(s->u, call->beg, call->end);     /* written out, not a macro's expansion */
  if (nm && strncmp(said, nm, strlen(nm))) {
    free(nm);
    nm = NULL;
  }
  free(said);
  /* the program's own wrapper (xmalloc(n), xcalloc(n, size): an allocator, fx_allocator) as the C library's */
  int wrapper = nm && f && strcmp(nm, "malloc") && strcmp(nm, "calloc") &&
                fx_allocator(s->u, clang_getCursorReferenced(f->cur));
  int as_malloc = nm && (!strcmp(nm, "malloc") || (wrapper && call->nkid == 2));
  int as_calloc = nm && (!strcmp(nm, "calloc") || (wrapper && call->nkid == 3 && strstr(nm, "calloc")));
  Node *count = NULL;
  if (as_calloc && call->nkid == 3 && element_size(call->kid[2], esize)) count = call->kid[1];
  else if (as_malloc && call->nkid == 2) {
    Node *sz = fe_strip(call->kid[1]);
    while (sz && sz->kind == CXCursor_ParenExpr) sz = fe_strip(sz->kid[0]);
    if (sz && sz->kind == CXCursor_BinaryOperator && sz->nkid == 2 && fe_binop_is(s->u, sz, "*")) {
      if (element_size(sz->kid[1], esize)) count = sz->kid[0];
      else if (element_size(sz->kid[0], esize)) count = sz->kid[1];
    }
    if (!count && esize == 1) count = call->kid[1];     /* bytes: malloc(r->len) */
  }
  free(nm);
  if (!count) return NULL;
  Buf b = {0};
  buf_add(&b, "", 0);
  s->ok = 1;
  spell(s, count, &b);
  if (!s->ok) {
    free(b.s);
    return NULL;
  }
  return b.s;
}

/* ---- every assignment of the member in the file ---- */

typedef struct Scan {
  Unit *u;
  CXCursor field;
  CXType rec;
  long long esize;
  Node *fn;
  char *count;       /* the count every allocation gives */
  int bad;           /* an assignment of another kind, or another count */
} Scan;

static void scan(Scan *x, Node *n) {
  if (x->bad) return;
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_binop_is(x->u, n, "=")) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_MemberRefExpr && l->nkid && same_decl(clang_getCursorReferenced(l->cur), x->field)) {
      Node *r = fe_strip(n->kid[1]);
      while (r && r->kind == CXCursor_CStyleCastExpr && r->nkid) r = fe_strip(r->kid[r->nkid - 1]);
      if (fe_null_pointer(n->kid[1])) return;
      char *c = NULL;
      if (r && r->kind == CXCursor_CallExpr) {
        Spell s = {x->u, x->fn, fe_text(x->u, l->kid[0]->beg, l->kid[0]->end), x->rec, 1};
        c = allocation_count(&s, r, x->esize);
        free(s.base);
      }
      if (!c || (x->count && strcmp(c, x->count))) {
        free(c);
        x->bad = 1;
        return;
      }
      if (!x->count) x->count = c;
      else free(c);
      return;
    }
  }
  /* its address taken (`&im->px` handed to a function that may set it): not followed */
  if (n->kind == CXCursor_UnaryOperator && fe_is_addrof(x->u, n) && n->nkid) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_MemberRefExpr && same_decl(clang_getCursorReferenced(l->cur), x->field)) {
      x->bad = 1;
      return;
    }
  }
  for (int i = 0; i < n->nkid; i++) scan(x, n->kid[i]);
}

/* ---- the edit ---- */

typedef struct Members {
  Unit *u; Model *m; CXType rec; Ins *ins; int nins; int missing;
  char *hpath; char *hsrc; size_t hlen;   /* a header of the program declaring it: its path and text */
} Members;

/* The program's own header holding loc (not the system's, one it may write),
 * its text read once into ms: 1, or 0. */
static int own_header(Members *ms, CXSourceLocation loc) {
  if (clang_Location_isInSystemHeader(loc)) return 0;
  CXFile file;
  clang_getFileLocation(loc, &file, NULL, NULL, NULL);
  CXString nm = clang_getFileName(file);
  const char *path = clang_getCString(nm);
  while (path && path[0] == '.' && path[1] == '/') path += 2;   /* "./image.h": as the prototypes' (candidates.c) */
  int ok = path && *path && strncmp(path, "/usr/", 5) && access(path, W_OK) == 0;
  if (ok && ms->hpath && strcmp(ms->hpath, path)) ok = 0;
  if (ok && !ms->hpath) {
    ok = read_c_source(path, &ms->hsrc, &ms->hlen) == 0;
    if (ok) ms->hpath = xstrdup(path);
  }
  clang_disposeString(nm);
  return ok;
}

static enum CXVisitorResult member_field(CXCursor fc, CXClientData d) {
  Members *ms = d;
  CXType t = clang_getCanonicalType(clang_getCursorType(fc));
  if (t.kind != CXType_Pointer) return CXVisit_Continue;
  CXType pt = clang_getCanonicalType(clang_getPointeeType(t));
  char *have = NULL;
  if (pt.kind == CXType_FunctionProto || pt.kind == CXType_FunctionNoProto ||
      (fe_has_annotation(fc, "delayc.count", &have) && have)) {
    free(have);
    return CXVisit_Continue;
  }
  free(have);
  long long esize = clang_Type_getSizeOf(pt);
  Scan x = {ms->u, fc, ms->rec, esize, NULL, NULL, 0};
  /* every file of the program given (the constructor in synth.c, blind 72a), or this one */
  int nf;
  const ProgFile *pf = suggest_program_files(&nf);
  for (int f = 0; f < (nf ? nf : 1) && !x.bad; f++) {
    Model *m = nf ? pf[f].m : ms->m;
    x.u = nf ? pf[f].u : ms->u;
    for (int i = 0; i < m->nfn && !x.bad; i++)
      if (m->fn[i].body) {
        x.fn = m->fn[i].body;
        scan(&x, m->fn[i].body);
      }
  }
  /* where it is declared: `float *px;` in this file or a header of the
   * program (blind 71a: a struct in image.h got no count), the name then `;` */
  int ok = x.count && !x.bad && !fe_holds_pointer(pt) && esize > 0;
  CXSourceLocation loc = clang_getCursorLocation(fc);
  int main_file = clang_Location_isFromMainFile(loc);
  unsigned at = 0;
  int ends = 0;
  if (ok && main_file) {
    Node *decl = fe_tree(ms->u, fc);
    at = decl->end;
    ends = !decl->macro && at < ms->u->len && ms->u->src[fe_skip_space(ms->u, at)] == ';';
    fe_free_tree(decl);
  } else if (ok && own_header(ms, loc)) {
    CXSourceLocation e = clang_getRangeEnd(clang_getCursorExtent(fc));
    unsigned so;
    clang_getFileLocation(e, NULL, NULL, NULL, &at);
    clang_getSpellingLocation(e, NULL, NULL, NULL, &so);
    unsigned k = at;
    while (k < ms->hlen && (ms->hsrc[k] == ' ' || ms->hsrc[k] == '\t')) k++;
    ends = so == at && k < ms->hlen && ms->hsrc[k] == ';';   /* (not made by a macro) */
  }
  if (!ends) {
    ms->missing++;
  } else {
    ms->ins = xrealloc(ms->ins, (size_t)(ms->nins + 1) * sizeof *ms->ins);
    ms->ins[ms->nins++] = (Ins){at, 0, fmt(" DELAYED_N(%s)", x.count)};
  }
  free(x.count);
  return CXVisit_Continue;
}

int member_alloc_edits(Unit *u, Model *m, CXType rec, Ins **out, int *nout, char **hpath) {
  *out = NULL;
  *nout = 0;
  *hpath = NULL;
  rec = clang_getCanonicalType(rec);
  if (rec.kind != CXType_Record) return 0;
  Members ms = {u, m, rec, NULL, 0, 0, NULL, NULL, 0};
  clang_Type_visitFields(rec, member_field, &ms);
  free(ms.hsrc);
  if (ms.missing || !ms.nins) {
    for (int i = 0; i < ms.nins; i++) free(ms.ins[i].text);
    free(ms.ins);
    free(ms.hpath);
    return 0;
  }
  *out = ms.ins;
  *nout = ms.nins;
  *hpath = ms.hpath;
  return 1;
}

/* from's edits added to *to but those it holds already (two parameters
 * pointing to one struct: blind 73a wrote `DELAYED_N(rows * cols)` twice);
 * from is taken. */
void member_edits_merge(Ins **to, int *nto, Ins *from, int nfrom) {
  for (int i = 0; i < nfrom; i++) {
    int twice = 0;
    for (int j = 0; j < *nto && !twice; j++) twice = (*to)[j].off == from[i].off && !strcmp((*to)[j].text, from[i].text);
    if (twice) {
      free(from[i].text);
      continue;
    }
    *to = xrealloc(*to, (size_t)(*nto + 1) * sizeof **to);
    (*to)[(*nto)++] = from[i];
  }
  free(from);
}
