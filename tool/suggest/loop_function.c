/* loop_function.c — the DELAYED function a loop's body becomes (`delayc
 * suggest`, loop_bodies.c decides which loops): its parameters (the loop
 * variable, the rows X[v] the body uses with their directions and counts,
 * the variables it reads), its temporaries, its text (the body's, with X[v]
 * -> the row's parameter and continue -> return, re-indented), where it goes
 * (before the function the loop is in and its leading comment), the call that
 * replaces the body, and the old declarations of the temporaries taken out. */
#include "suggest/loop_bodies.h"
#include "effects/poly.h"

#include <stdlib.h>
#include <string.h>

#define WIDTH_CAP 64            /* iterations at once that count for the ranking */

/* ---- the new function's text ---- */

/* A type spelled so that a name can follow it ("float", "const Body *"), or NULL. */
static char *plain_type(CXType t) {
  char *s = fe_type(t);
  if (strchr(s, '[') || strchr(s, '(') || strstr(s, "(unnamed") || strstr(s, "(anonymous")) {
    free(s);
    return NULL;
  }
  return s;
}

/* The text of X's declaration from its name on: "[IMG_H][IMG_W][3]" — the
 * dimensions as the user wrote them (macros kept), or NULL. */
static char *dims_after(Unit *u, CXCursor d, const char *name, int pointer);

static char *dims_text(Unit *u, CXCursor d, const char *name) { return dims_after(u, d, name, 0); }

/* ... of a pointer to rows, `double (*src)[NY]`: "[NY]", or NULL */
static char *pointer_dims_text(Unit *u, CXCursor d, const char *name) { return dims_after(u, d, name, 1); }

static char *dims_after(Unit *u, CXCursor d, const char *name, int pointer) {
  CXSourceRange r = clang_getCursorExtent(d);
  CXFile f1;
  unsigned b, en;
  clang_getExpansionLocation(clang_getRangeStart(r), &f1, NULL, NULL, &b);
  clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &en);
  if (!f1 || !clang_File_isEqual(f1, u->file) || en > u->len || b >= en) return NULL;
  size_t nl = strlen(name);
  for (unsigned o = b; o + nl <= en; o++) {
    if (memcmp(u->src + o, name, nl) || (o > b && (u->src[o - 1] == '_' || ((u->src[o - 1] | 32) >= 'a' &&
                                                   (u->src[o - 1] | 32) <= 'z'))))
      continue;
    unsigned p = o + (unsigned)nl;
    while (p < en && (u->src[p] == ' ' || u->src[p] == '\t')) p++;
    if (pointer) {                                  /* (*name)[...] */
      if (p >= en || u->src[p] != ')') continue;
      for (p++; p < en && (u->src[p] == ' ' || u->src[p] == '\t');) p++;
    }
    if (p >= en || u->src[p] != '[') continue;
    unsigned q = p;
    int depth = 0;
    while (q < en) {
      if (u->src[q] == '[') depth++;
      else if (u->src[q] == ']' && --depth == 0) {
        unsigned z = q + 1;
        while (z < en && (u->src[z] == ' ' || u->src[z] == '\t')) z++;
        if (z >= en || u->src[z] != '[') { q = z; break; }
        q = z - 1;
      }
      q++;
    }
    if (depth) return NULL;
    while (q > p && (u->src[q - 1] == ' ' || u->src[q - 1] == '\t')) q--;
    return fe_text(u, p, q);
  }
  return NULL;
}

/* Split "[A][B][C]" after its first group: *first "A", return "[B][C]". */
static char *rest_dims(const char *dims, char **first) {
  const char *p = dims;
  int depth = 0;
  for (; *p; p++) {
    if (*p == '[') depth++;
    else if (*p == ']' && --depth == 0) break;
  }
  if (!*p) return NULL;
  *first = xstrndup(dims + 1, (size_t)(p - dims - 1));
  return xstrdup(p + 1);
}

/* A name neither the file nor another suggestion's new function uses. */
char *suggest_fresh_name(Unit *u, Found *fd, const char *base) {
  char *s = xstrdup(base);
  for (int k = 2;; k++) {
    int taken = names_word(u->src, s);
    for (int i = 0; i < fd->ns && !taken; i++) taken = !strcmp(fd->s[i].name, s);
    if (!taken) return s;
    free(s);
    s = fmt("%s_%d", base, k);
  }
}

/* Where a function's leading comment starts (else the function's start). */
static unsigned before_comment(Unit *u, unsigned at) {
  unsigned ls = at;
  while (ls > 0 && u->src[ls - 1] != '\n') ls--;
  for (;;) {
    unsigned p = ls;
    while (p > 0 && (u->src[p - 1] == ' ' || u->src[p - 1] == '\t' || u->src[p - 1] == '\n')) p--;
    if (p >= 2 && u->src[p - 1] == '/' && u->src[p - 2] == '*') {
      unsigned q = p - 2;
      while (q >= 2 && !(u->src[q - 2] == '/' && u->src[q - 1] == '*')) q--;
      if (q < 2) break;
      unsigned s = q - 2, l = s;
      while (l > 0 && (u->src[l - 1] == ' ' || u->src[l - 1] == '\t')) l--;
      if (l > 0 && u->src[l - 1] != '\n') break;
      ls = l;
      continue;
    }
    break;
  }
  return ls;
}

/* a token that is v, in any number of parentheses: "(y)", "((y))" */
static int is_name(const char *t, const char *v) {
  size_t n = strlen(t), lv = strlen(v);
  while (n >= 2 && t[0] == '(' && t[n - 1] == ')') { t++; n -= 2; }
  while (n && (*t == ' ')) { t++; n--; }
  while (n && t[n - 1] == ' ') n--;
  return n == lv && !strncmp(t, v, lv);
}

char *macro_row_text(Unit *u, Node *row, const char *x, const char *v, const char *rowrep) {
  if (!fe_one_macro_use(u, row->beg, row->end)) return NULL;
  int n, no = 0;
  char **t = fe_expand_use(u, row->beg, row->end, &n);
  if (!t) return NULL;
  char **o = xcalloc((size_t)n + 1, sizeof *o);    /* t's tokens, the row's X [ v ] as rowrep */
  int hits = 0, ok = 1;
  for (int i = 0; i < n; i++) {
    if (!strcmp(t[i], x)) {
      /* X [ v ] or X [ ( v ) ]: the index's tokens up to the matching ] */
      int j = i + 1, depth = 0, k;
      Buf ix = {0};
      buf_add(&ix, "", 0);
      if (j < n && !strcmp(t[j], "[")) {
        for (k = j + 1; k < n; k++) {
          if (!strcmp(t[k], "[")) depth++;
          if (!strcmp(t[k], "]") && !depth--) break;
          buf_printf(&ix, "%s", t[k]);
        }
        if (k < n && is_name(ix.s, v)) {
          o[no++] = (char *)rowrep;
          hits++;
          i = k;
          free(ix.s);
          continue;
        }
      }
      free(ix.s);
      ok = 0;                       /* X otherwise: not a row of its own */
    }
    o[no++] = t[i];
  }
  char *r = ok && hits == 1 ? fe_join_tokens(o, 0, no) : NULL;
  for (int i = 0; i < n; i++) free(t[i]);
  free(t);
  free(o);
  return r;
}

/* The body's text, rewritten, re-indented to four spaces. */
static char *body_text(Ext *e, char **rowrep) {
  Unit *u = e->u;
  unsigned tb, te;
  if (e->body->kind == CXCursor_CompoundStmt) {
    if (!fe_braces(u, e->body, &tb, &te)) return NULL;
  } else {
    tb = e->body->beg;
    te = fe_stmt_end(u, e->body);
  }
  Edits ed = {0};
  for (int i = 0; i < e->nrows; i++) {
    if (!rowrep[i]) continue;
    Node *r = e->rows[i];
    if (access_no_text(u, r) && !e->rowk[i]) {     /* inside a macro's use: the use expanded, the row in it */
      char *x = fe_spelling(clang_getCursorReferenced(fe_strip(r->kid[0])->cur));
      char *v = fe_spelling(clang_getCursorReferenced(fe_strip(r->kid[1])->cur));
      char *t = macro_row_text(u, r, x, v, rowrep[i]);
      free(x);
      free(v);
      int dup = 0;
      for (int k = 0; k < ed.n; k++) dup |= ed.e[k].beg == r->beg;
      if (t && !dup) ed_replace(&ed, r->beg, r->end, t);
      free(t);
      continue;
    }
    ed_replace(&ed, r->beg, r->end, rowrep[i]);
  }
  for (int i = 0; i < e->nwins; i++) {      /* X of X[y] in a window: the parameter's name */
    CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(e->wins[i]->cur));
    for (int k = 0; k < e->no; k++)
      if (clang_equalCursors(e->o[k].d, d) && e->o[k].pname && strcmp(e->o[k].pname, e->o[k].name))
        ed_replace(&ed, e->wins[i]->beg, e->wins[i]->end, e->o[k].pname);
  }
  char *ret = e->red ? fmt("return %s", e->o[e->red - 1].name) : xstrdup("return");   /* a sum's part: returned */
  for (int i = 0; i < e->nconts && !e->block; i++) ed_replace(&ed, e->conts[i]->beg, e->conts[i]->end, ret);
  free(ret);
  ed_sort(&ed);
  size_t len;
  char *t = ed_apply(&ed, u->src, tb, te, &len);
  for (int k = 0; k < ed.n; k++) free(ed.e[k].text);
  free(ed.e);
  /* the smallest indentation of its lines (the first line's own, for a bare statement) */
  int minws = -1;
  for (char *l = t; *l; ) {
    char *p = l;
    while (*p == ' ' || *p == '\t') p++;
    if (*p && *p != '\n' && (l != t || e->body->kind != CXCursor_CompoundStmt)) {
      int ws = (int)(p - l);
      if (l == t) ws = (int)e->body->col - 1;
      if (minws < 0 || ws < minws) minws = ws;
    }
    char *nl = strchr(l, '\n');
    if (!nl) break;
    l = nl + 1;
  }
  if (minws < 0) minws = 0;
  Buf b = {0};
  buf_add(&b, "", 0);
  int first = 1;
  for (char *l = t; *l; first = 0) {
    char *nl = strchr(l, '\n');
    size_t n = nl ? (size_t)(nl - l) : strlen(l);
    char *p = l;
    int drop = 0;
    while (drop < minws && p < l + n && (*p == ' ' || *p == '\t')) { p++; drop++; }
    int blank = 1;
    for (char *q = p; q < l + n; q++) blank &= *q == ' ' || *q == '\t' || *q == '\r';
    if (first && e->body->kind == CXCursor_CompoundStmt && blank) { /* the rest of the `{` line */ }
    else if (blank) buf_puts(&b, "\n");
    else {
      buf_puts(&b, first && e->body->kind == CXCursor_CompoundStmt ? "    " : "    ");
      buf_add(&b, p, (size_t)(l + n - p));
      buf_puts(&b, "\n");
    }
    if (!nl) break;
    l = nl + 1;
  }
  free(t);
  /* no blank lines at the end */
  while (b.len >= 2 && b.s[b.len - 1] == '\n' && b.s[b.len - 2] == '\n') b.s[--b.len] = 0;
  return b.s;
}

/* ---- one loop ---- */

Node *decl_node(Node *n, CXCursor d) {
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), d)) return n;
  for (int i = 0; i < n->nkid; i++) {
    Node *r = decl_node(n->kid[i], d);
    if (r) return r;
  }
  return NULL;
}

/* Is declarator d one of the n that go? */
static int goes(CXCursor *gone, int n, CXCursor d) {
  for (int k = 0; k < n; k++)
    if (clang_equalCursors(clang_getCanonicalCursor(d), gone[k])) return 1;
  return 0;
}

/* The edit that takes the declarators in gone out of the declaration ds, all
 * of them at once (`double x, y, z, tot;` -> `double tot;`, `double acc;` ->
 * nothing), or 0 when it cannot tell safely. */
static int drop_declarators(Unit *u, Node *ds, CXCursor *gone, int ngone, Ins *out) {
  if (!ds || ds->kind != CXCursor_DeclStmt || access_no_text(u, ds)) return 0;
  int nv = 0, ng = 0;
  for (int i = 0; i < ds->nkid; i++) {
    if (ds->kid[i]->kind != CXCursor_VarDecl) continue;
    nv++;
    ng += goes(gone, ngone, ds->kid[i]->cur);
  }
  unsigned end = fe_stmt_end(u, ds);
  if (!ng) return 0;
  if (ng == nv) {                      /* the whole line, when it holds only what goes (`float prev, cur;`) */
    unsigned b = ds->beg, en = end;
    while (b > 0 && (u->src[b - 1] == ' ' || u->src[b - 1] == '\t')) b--;
    while (en < u->len && (u->src[en] == ' ' || u->src[en] == '\t')) en++;
    if ((b > 0 && u->src[b - 1] != '\n') || en >= u->len || u->src[en] != '\n') return 0;
    *out = (Ins){b, en + 1 - b, xstrdup("")};
    return 1;
  }
  /* the declarators' texts: the first from its name (no `*` before it), the
   * others from after the previous ',', each to the next ',' or ';' outside
   * brackets; the kept ones are written again, joined by ", " */
  unsigned from = 0, q = 0;
  int i = 0, n = 0;
  Buf kept = {0};
  buf_add(&kept, "", 0);
  for (int k = 0; k < ds->nkid; k++) {
    Node *d = ds->kid[k];
    if (d->kind != CXCursor_VarDecl) continue;
    CXFile f;
    unsigned name;
    clang_getExpansionLocation(clang_getCursorLocation(d->cur), &f, NULL, NULL, &name);
    if (!f || !clang_File_isEqual(f, u->file) || name <= ds->beg || name >= end || name < q) goto no;
    unsigned b = name;
    if (i == 0) {                     /* from its stars on: `unsigned char *img, *row;` */
      unsigned p = name;
      while (p > ds->beg && (u->src[p - 1] == ' ' || u->src[p - 1] == '\t' || u->src[p - 1] == '*')) p--;
      char c = u->src[p - 1];
      if (!(c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))) goto no;
      while (p < name && u->src[p] != '*') p++;
      from = b = p;
    } else {
      b = q + 1;
      while (b < name && (u->src[b] == ' ' || u->src[b] == '\t')) b++;
    }
    int depth = 0;
    for (q = name; q < end; q++) {
      char c = u->src[q];
      if (c == '(' || c == '[' || c == '{') depth++;
      else if (c == ')' || c == ']' || c == '}') depth--;
      else if (depth == 0 && (c == ',' || c == ';')) break;
    }
    if (q >= end) goto no;
    if (!goes(gone, ngone, d->cur)) {
      if (n++) buf_puts(&kept, ", ");
      buf_add(&kept, u->src + b, q - b);
    }
    i++;
  }
  *out = (Ins){from, q - from, kept.s};
  return 1;
no:
  free(kept.s);
  return 0;
}

static int in_replaced_body(Found *fd, const int *chosen, int nchosen, unsigned off) {
  for (int i = 0; i < nchosen; i++) {
    Sugg *s = &fd->s[chosen[i]];
    if (s->kind == SK_LOOP && s->nins >= 2 && off >= s->ins[1].off && off < s->ins[1].off + s->ins[1].len) return 1;
  }
  return 0;
}

void drop_moved_declarations(Unit *u, Found *fd, const int *chosen, int nchosen) {
  CXCursor *gone = NULL;
  int ngone = 0;
  for (int i = 0; i < nchosen; i++) {
    Sugg *s = &fd->s[chosen[i]];
    for (int k = 0; k < s->nmoved; k++) {
      int all = 1;
      for (int j = 0; j < s->moved[k].nuse && all; j++) all = in_replaced_body(fd, chosen, nchosen, s->moved[k].use[j]);
      if (!all || goes(gone, ngone, s->moved[k].d)) continue;
      gone = xrealloc(gone, (size_t)(ngone + 1) * sizeof *gone);
      gone[ngone++] = s->moved[k].d;
    }
  }
  /* one edit a declaration, with the first chosen suggestion that moves one of it */
  Node **done = xcalloc((size_t)ngone + 1, sizeof *done);
  int ndone = 0;
  for (int i = 0; i < nchosen; i++) {
    Sugg *s = &fd->s[chosen[i]];
    for (int k = 0; k < s->nmoved; k++) {
      Node *ds = s->moved[k].ds;
      int seen = 0;
      for (int j = 0; j < ndone; j++) seen |= done[j] == ds;
      Ins d;
      if (seen || !goes(gone, ngone, s->moved[k].d) || !drop_declarators(u, ds, gone, ngone, &d)) continue;
      done[ndone++] = ds;
      int clash = 0;
      for (int c = 0; c < nchosen; c++) {
        Sugg *t = &fd->s[chosen[c]];
        for (int j = 0; j < t->nins; j++)
          clash |= (d.off < t->ins[j].off + t->ins[j].len && t->ins[j].off < d.off + d.len) || d.off == t->ins[j].off;
      }
      if (clash) { free(d.text); continue; }
      s->ins = xrealloc(s->ins, (size_t)(s->nins + 1) * sizeof *s->ins);
      s->ins[s->nins++] = d;
    }
  }
  free(done);
  free(gone);
}

/* The macros the body [beg, end) uses that are defined past where the new
 * function goes (at: inside the function, `#define CELL(r, c) tab[r][c]`):
 * defined again before it (*pre) and undefined after it (*post), so the
 * function sees them and the text after it is as it was. */
static void local_macros(Unit *u, unsigned beg, unsigned end, unsigned at, Buf *pre, Buf *post) {
  char **seen = NULL;
  int nseen = 0;
  for (int i = 0; i < u->nmacro; i++) {
    if (u->mstart[i] < beg || u->mend[i] > end || clang_Cursor_isNull(u->mdef[i])) continue;
    CXFile file;
    unsigned off;
    clang_getSpellingLocation(clang_getCursorLocation(u->mdef[i]), &file, NULL, NULL, &off);
    if (!file || !clang_File_isEqual(file, u->file) || off < at) continue;
    char *name = fe_spelling(u->mdef[i]);
    int dup = 0;
    for (int k = 0; k < nseen; k++) dup |= !strcmp(seen[k], name);
    CXSourceRange r = clang_getCursorExtent(u->mdef[i]);
    unsigned b, e;
    clang_getSpellingLocation(clang_getRangeStart(r), NULL, NULL, NULL, &b);
    clang_getSpellingLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
    if (dup || e <= b || e > u->len) { free(name); continue; }
    if (!pre->s) { buf_add(pre, "", 0); buf_add(post, "", 0); }
    buf_puts(pre, "#define ");
    buf_add(pre, u->src + b, e - b);
    buf_puts(pre, "\n");
    buf_puts(post, "#undef ");
    buf_puts(post, name);
    buf_puts(post, "\n");
    seen = xrealloc(seen, (size_t)(nseen + 1) * sizeof *seen);
    seen[nseen++] = name;
  }
  for (int k = 0; k < nseen; k++) free(seen[k]);
  free(seen);
}

typedef struct NewParam { char *decl, *arg; } NewParam;

/* The new function's parameters (declaration and argument each), its
 * temporaries' declarations, and what each X[v] of the body becomes. */
typedef struct Params {
  NewParam *p; int n; Buf temps; char **rowrep; Buf shown;
  const char *lo, *hi;      /* a block's bounds' names (Ext.block), else NULL */
  Ins *mx; int nmx;         /* counts of the members of a struct a parameter points to (member_alloc.c) */
  char *mpath;              /* ... said in this header, else in the file */
} Params;

/* The counts of the pointer members of record rec that the program's
 * allocations show, to say in its declaration with the new function (blind
 * 73a: the README's own `im->px = malloc(w * h * sizeof(float))` gave the
 * function proposal its DELAYED_N(w * h), never a loop's body). */
static void member_counts_of(Ext *e, Params *ps, CXType rec) {
  Ins *mx = NULL;
  int nmx = 0;
  char *mpath = NULL;
  if (!member_alloc_edits(e->u, e->m, rec, &mx, &nmx, &mpath)) return;
  if (ps->nmx && (!mpath != !ps->mpath || (mpath && strcmp(mpath, ps->mpath)))) {   /* (two files' structs: one) */
    for (int i = 0; i < nmx; i++) free(mx[i].text);
    free(mx);
    free(mpath);
    return;
  }
  member_edits_merge(&ps->mx, &ps->nmx, mx, nmx);   /* (src and dst of one struct: once) */
  if (mpath && !ps->mpath) ps->mpath = mpath;
  else free(mpath);
}

static void add_param(Params *ps, char *decl, char *arg) {
  ps->p = xrealloc(ps->p, (size_t)(ps->n + 1) * sizeof *ps->p);
  ps->p[ps->n++] = (NewParam){decl, arg};
}

/* Does another parameter's declaration (an annotation's count) name parameter i's variable? */
static int named_elsewhere(Params *ps, int i) {
  for (int j = 0; j < ps->n; j++)
    if (j != i && names_word(ps->p[j].decl, ps->p[i].arg)) return 1;
  return 0;
}

/* Every X[v] of o in the body becomes rep (a format with the parameter's name). */
static void rewrite_rows(Ext *e, Outer *o, Params *ps, const char *rep) {
  for (int i = 0; i < e->nrows; i++)
    if (clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(fe_strip(e->rows[i]->kid[0])->cur)),
                           o->d))
      ps->rowrep[i] = fmt(rep, o->pname);
}

/* The parameter for the rows X[v] of o: a row of an array of rows, `E name[d2]..`
 * with the count d2 (the declaration's own text, else numbers), or one
 * element, `E *name`; in, out or both as the body uses them.  NULL, or why not. */
static char *row_param(Ext *e, Outer *o, const char *vname, Found *fd, Params *ps) {
  Unit *u = e->u;
  char *pbase = fmt("%s_%s", o->name, vname);
  o->pname = suggest_fresh_name(u, fd, pbase);
  free(pbase);
  CXType rt = clang_getCursorType(o->row->cur);
  if (o->row->kind != CXCursor_ArraySubscriptExpr) rt = clang_getPointeeType(rt);   /* X + v * W: its elements */
  CXType rc = clang_getCanonicalType(rt);
  const char *dir = o->row_w && o->row_r ? "INOUT" : o->row_w ? "OUT" : "IN";
  char *ts = plain_type(rt);
  const char *cq = o->row_w || clang_isConstQualifiedType(rt) || (ts && !strncmp(ts, "const ", 6)) ? "" : "const ";
  char *bad = NULL;
  if (o->flat && ts) {                    /* X[v * W + k]: the row from X + v * W, W elements, as X_v[k] */
    int plain = 1;
    for (const char *c = o->flat; *c; c++) plain &= c_ident_char(*c);
    char *w = fmt(plain ? "%s" : "(%s)", o->flat);
    /* a block: its rows from X + v_lo * W, (v_hi - v_lo) * W elements, as X_v[(v - v_lo) * W + k] */
    /* (in the index's own type when wider than int: `(size_t)y * W`) */
    char *cast = o->flat_cast ? fmt("(%s)", o->flat_cast) : xstrdup("");
    /* a loop stepping by K (`by += B`) has K rows an iteration: `(by + y) * W + x` for y < B */
    char *k = ps->lo ? NULL : loop_stride(e);
    char *cnt = ps->lo ? fmt("(%s - %s) * %s", ps->hi, ps->lo, w) : k ? fmt("%s * %s", k, w) : xstrdup(o->flat);
    free(k);
    char *at = ps->lo ? fmt("%s(%s - %s) * %s + ", cast, vname, ps->lo, w) : xstrdup("");
    add_param(ps, fmt("DELAYED_%s_N(%s) %s%s *%s", dir, cnt, cq, ts, o->pname),
              fmt("%s + %s%s * %s", o->name, cast, vname, w));
    free(cast);
    for (int i = 0; i < e->nrows; i++)
      if (e->rowk[i] && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(
                                               fe_strip(e->rows[i]->kid[0])->cur)), o->d))
        ps->rowrep[i] = e->rows[i]->kind == CXCursor_ArraySubscriptExpr ? fmt("%s[%s%s]", o->pname, at, e->rowk[i])
                        : !strcmp(e->rowk[i], "0") && !*at ? xstrdup(o->pname)      /* X + v * W + k: X_v + k */
                        : fmt("(%s + %s%s)", o->pname, at, e->rowk[i]);
    free(w);
    free(cnt);
    free(at);
  } else if (o->flat) {
    bad = fmt("the type of the elements of '%s' cannot be written as a parameter", o->name);
  } else if (rc.kind == CXType_ConstantArray && !ts) {
    CXType el = rc;                       /* the element under all the dimensions */
    while (el.kind == CXType_ConstantArray) el = clang_getCanonicalType(clang_getArrayElementType(el));
    char *es = plain_type(el);
    char *first = NULL, *inner = NULL, *count = NULL;
    char *dims = o->array ? dims_text(u, o->d, o->name) : NULL;     /* "[H][W][3]" */
    char *rest = dims ? rest_dims(dims, &first) : NULL;            /* "[W][3]" */
    if (!dims && (rest = pointer_dims_text(u, o->d, o->name)))     /* (*X)[W][3]: "[W][3]" */
      first = xstrdup("");
    if (rest && *rest == '[') free(rest_dims(rest, &count));       /* W */
    if (rest && count) {
      inner = rest;
      rest = NULL;
    } else {
      free(count);
      Buf d = {0};
      buf_add(&d, "", 0);
      for (CXType a = rc; a.kind == CXType_ConstantArray; a = clang_getCanonicalType(clang_getArrayElementType(a)))
        buf_printf(&d, "[%lld]", clang_getArraySize(a));
      inner = d.s;
      count = fmt("%lld", clang_getArraySize(rc));
    }
    if (!es) {
      bad = fmt("the type of '%s[%s]' cannot be written as a parameter", o->name, vname);
    } else if (ps->lo) {                  /* a block: its rows from &X[v_lo], as X_v[v - v_lo] */
      add_param(ps, fmt("DELAYED_%s_N(%s - %s) %s%s %s[]%s", dir, ps->hi, ps->lo, cq, es, o->pname, inner),
                fmt("&%s[%s]", o->name, vname));
      char *rep = fmt("%%s[%s - %s]", vname, ps->lo);
      rewrite_rows(e, o, ps, rep);
      free(rep);
    } else {
      add_param(ps, fmt("DELAYED_%s_N(%s) %s%s %s%s", dir, count, cq, es, o->pname, inner),
                fmt("%s[%s]", o->name, vname));
      rewrite_rows(e, o, ps, "%s");
    }
    free(es); free(inner); free(first); free(count); free(rest); free(dims);
  } else if (ts && rc.kind != CXType_IncompleteArray && rc.kind != CXType_VariableArray && ps->lo) {
    add_param(ps, fmt("DELAYED_%s_N(%s - %s) %s%s *%s", dir, ps->hi, ps->lo, cq, ts, o->pname),
              fmt("&%s[%s]", o->name, vname));    /* a block: its elements from &X[v_lo], as X_v[v - v_lo] */
    char *rep = fmt("%%s[%s - %s]", vname, ps->lo);
    rewrite_rows(e, o, ps, rep);
    free(rep);
  } else if (ts && rc.kind != CXType_IncompleteArray && rc.kind != CXType_VariableArray) {
    add_param(ps, fmt("DELAYED_%s %s%s *%s", dir, cq, ts, o->pname), fmt("&%s[%s]", o->name, vname));
    rewrite_rows(e, o, ps, "(*%s)");
  } else {
    bad = fmt("the type of '%s[%s]' cannot be written as a parameter", o->name, vname);
  }
  free(ts);
  return bad;
}

/* The parameter for a window of rows of o (X[y] for y in [v, v + K), the
 * loop stepping v by K): X whole, `DELAYED_OUT_RANGE(v, v + K) E name[][W]`,
 * indexed as before (its uses renamed, body_text).  NULL, or why not. */
static char *window_param(Ext *e, Outer *o, const char *vname, Found *fd, Params *ps) {
  Unit *u = e->u;
  char *pbase = fmt("%s_%s", o->name, vname);
  o->pname = suggest_fresh_name(u, fd, pbase);
  free(pbase);
  const char *dir = o->row_w && o->row_r ? "INOUT" : o->row_w ? "OUT" : "IN";
  if (o->win_flat) {                     /* rows [v, v + K) of a flat array, W apart: X whole, a range */
    CXType pt = clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(o->d)));
    char *es = plain_type(pt);
    int plain = 1;
    for (const char *c = o->win_flat; *c; c++) plain &= c_ident_char(*c);
    char *w = fmt(plain ? "%s" : "(%s)", o->win_flat);
    char *bad = NULL;
    if (!es || !e->win_k)
      bad = fmt("the type of the elements of '%s' cannot be written as a parameter", o->name);
    else
      add_param(ps, fmt("DELAYED_%s_RANGE(%s * %s, (%s + %s) * %s) %s%s *%s", dir, vname, w, vname, e->win_k, w,
                        o->row_w || clang_isConstQualifiedType(pt) ? "" : "const ", es, o->pname),
                xstrdup(o->name));
    free(es);
    free(w);
    return bad;
  }
  CXType rc = clang_getCanonicalType(clang_getCursorType(o->d)), el = rc;
  while (el.kind == CXType_ConstantArray) el = clang_getCanonicalType(clang_getArrayElementType(el));
  char *es = plain_type(el), *first = NULL, *rest = NULL;
  char *dims = dims_text(u, o->d, o->name);          /* "[H][W]" */
  if (dims) rest = rest_dims(dims, &first);          /* "[W]" */
  if (!rest) {                                       /* the numbers */
    Buf d = {0};
    buf_add(&d, "", 0);
    for (CXType a = clang_getCanonicalType(clang_getArrayElementType(rc)); a.kind == CXType_ConstantArray;
         a = clang_getCanonicalType(clang_getArrayElementType(a)))
      buf_printf(&d, "[%lld]", clang_getArraySize(a));
    rest = d.s;
  }
  char *bad = NULL;
  if (!es || !e->win_k)
    bad = fmt("the type of the elements of '%s' cannot be written as a parameter", o->name);
  else
    add_param(ps, fmt("DELAYED_%s_RANGE(%s, %s + %s) %s%s %s[]%s", dir, vname, vname, e->win_k,
                      o->row_w || clang_isConstQualifiedType(el) ? "" : "const ", es, o->pname, rest),
              xstrdup(o->name));
  free(es);
  free(first);
  free(rest);
  free(dims);
  return bad;
}

/* t (a bound over the loop's variable v, rising with it: `i - 2`, `y * w`) at
 * v = by, spelled; NULL when it does not rise with v. */
static char *block_bound(Unit *u, const char *t, const char *v, const char *by) {
  Poly p, a, b, x;
  if (!parse_text(u, t, 0, &p)) return NULL;
  if (!p_split(p, v, &a, &b)) { p_free(&p); return NULL; }
  int rising = 1;
  for (int i = 0; i < a.n; i++) rising &= a.t[i].c > 0;
  p_free(&a);
  p_free(&b);
  if (!rising || !parse_text(u, by, 0, &x)) { p_free(&p); return NULL; }
  char *r = p_subst(&p, v, x) ? p_spell(p) : NULL;
  p_free(&p);
  p_free(&x);
  return r;
}

/* The elements the body reads through o, a parameter of the function it
 * never writes through, when delayc can show them (through the pointers made
 * from it too): 1 with first and end (spelled over the function's
 * parameters), or 0. */
static int read_range(Ext *e, Outer *o, char **first, char **end) {
  *first = *end = NULL;
  if (clang_getCursorKind(o->d) != CXCursor_ParmDecl) return 0;   /* (a pointer made from it is followed) */
  int k = -1;
  for (int i = 0; i < clang_Cursor_getNumArguments(e->f->cur); i++)
    if (clang_equalCursors(clang_getCanonicalCursor(clang_Cursor_getArgument(e->f->cur, (unsigned)i)),
                           clang_getCanonicalCursor(o->d)))
      k = i;
  int ok = k >= 0 && fx_param_range(e->u, e->body, e->f->cur, k, FX_RANGE_LIKELY, first, end);
  if (ok && e->block) {                   /* over a block: from its first iteration's first to its last's end */
    char *v = fe_spelling(e->v), *last = fmt("%s - 1", e->hi);
    char *f = block_bound(e->u, *first, v, e->lo), *t = block_bound(e->u, *end, v, last);
    free(*first);
    free(*end);
    *first = f;
    *end = t;
    ok = f && t;
    free(v);
    free(last);
  } else if (ok) {
    suggest_whole_rows(e->u, first, end);   /* (a region read: wider, it orders with no more than the rows' writers) */
  }
  return ok;
}

static int is_loop_var(Ext *e, const char *w) {
  char *v = fe_spelling(e->v);
  int r = !strcmp(v, w);
  free(v);
  return r;
}

/* Does every identifier of text name a variable the new function takes by
 * value (or a global, or a macro)?  Then an annotation can say it. */
static int spoken(Ext *e, const char *text) {
  for (const char *p = text; *p;) {
    if (!c_ident_char(*p) || (*p >= '0' && *p <= '9')) {
      while (*p >= '0' && *p <= '9') p++;
      while (*p && c_ident_char(*p)) p++;     /* a number's suffix */
      if (*p && !c_ident_char(*p)) p++;
      continue;
    }
    const char *q = p;
    while (c_ident_char(*q)) q++;
    char *w = xstrndup(p, (size_t)(q - p)), *m = NULL;
    int ok = 0;
    for (int i = 0; i < e->no && !ok; i++)
      ok = !strcmp(e->o[i].name, w) && (e->o[i].global || (!e->o[i].row && !e->o[i].written && !e->o[i].array));
    if (!ok) ok = !clang_Cursor_isNull(e->v) && is_loop_var(e, w) && !e->block;   /* kept as a parameter */
    if (!ok) ok = e->block && (!strcmp(w, e->lo) || !strcmp(w, e->hi));           /* a block's bounds */
    if (!ok) ok = (m = fe_macro_text(e->u, w)) != NULL;
    free(m);
    free(w);
    if (!ok) return 0;
    p = q;
  }
  return 1;
}

/* ---- a global pointer to one block ---- */

/* The values a pointer variable is set to: its initializer, its plain
 * assignments (`=`), anywhere in the file; anything else (`+=`, `++`, `&p`)
 * is `other`. */
typedef struct Sets { CXCursor d; Node *value[16]; int n, other; } Sets;

static void sets_walk(Unit *u, Node *n, Sets *w) {
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), w->d)) {
    Node *init = fe_var_init(u, n);
    if (init && w->n < 16) w->value[w->n++] = init;
    else if (init) w->other = 1;
  }
  if ((n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(u, n)) ||
      n->kind == CXCursor_CompoundAssignOperator ||
      (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && (fe_is_incdec(u, n) || fe_is_addrof(u, n)))) {
    Node *t = fe_strip(n->kid[0]);
    if (t && t->kind == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(t->cur)), w->d)) {
      if (n->kind == CXCursor_BinaryOperator && w->n < 16) w->value[w->n++] = n->kid[1];
      else w->other = 1;
    }
  }
  for (int i = 0; i < n->nkid; i++) sets_walk(u, n->kid[i], w);
}

/* n's text with its casts' `(type)` left out (`(size_t)W * H`: `W * H`) */
static void cast_spans(Node *n, unsigned *skip, int *ns) {
  if (n->kind == CXCursor_CStyleCastExpr && n->nkid && *ns < 16) {
    skip[2 * *ns] = n->beg;
    skip[2 * *ns + 1] = n->kid[n->nkid - 1]->beg;
    (*ns)++;
  }
  for (int i = 0; i < n->nkid; i++) cast_spans(n->kid[i], skip, ns);
}

static char *text_without_casts(Unit *u, Node *n) {
  unsigned skip[32];
  int ns = 0;
  cast_spans(n, skip, &ns);
  Buf b = {0};
  buf_add(&b, "", 0);
  for (unsigned o = n->beg; o < n->end; o++) {
    int in = 0;
    for (int i = 0; i < ns && !in; i++) in = o >= skip[2 * i] && o < skip[2 * i + 1];
    if (!in) buf_add(&b, u->src + o, 1);
  }
  return b.s;
}

/* sizeof(T) or sizeof x: the bytes it counts, else -1 */
static long long sizeof_bytes(Node *n) {
  n = fe_strip(n);
  if (!n || n->kind != CXCursor_UnaryExpr) return -1;
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  long long v = r && clang_EvalResult_getKind(r) == CXEval_Int ? clang_EvalResult_getAsLongLong(r) : -1;
  if (r) clang_EvalResult_dispose(r);
  return v;
}

/* The elements of a block from malloc(X * sizeof(T)) or calloc(X,
 * sizeof(T)) (X for elements of one byte: malloc(X)): X's text, or NULL. */
static char *alloc_count(Ext *e, Node *value, CXCursor d) {
  Node *v = fe_strip(value);
  while (v && v->kind == CXCursor_CStyleCastExpr) v = fe_strip(v->kid[v->nkid - 1]);
  Node *c = v && v->kind == CXCursor_CallExpr ? fe_direct_callee(v) : NULL;
  if (!c) return NULL;
  char *fn = fe_spelling(clang_getCursorReferenced(c->cur));
  int is_malloc = !strcmp(fn, "malloc"), is_calloc = !strcmp(fn, "calloc");
  free(fn);
  CXType pt = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(d))));
  long long es = clang_Type_getSizeOf(pt);
  if (es < 1) return NULL;
  Node *x = NULL;
  char *t = NULL;
  if (is_calloc && v->nkid == 3 && sizeof_bytes(v->kid[2]) == es) x = v->kid[1];
  else if (is_malloc && v->nkid == 2) {
    /* the product's factors, one of them sizeof the element: the others
     * (sizeof(double) * NX * NY: NX * NY) */
    Node *f[8];
    int nf = 0, bad = 0, at = -1;
    Node *stack[8];
    int ns = 0;
    stack[ns++] = v->kid[1];
    while (ns && !bad) {
      Node *a = fe_strip(stack[--ns]);
      if (a && a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(e->u, a, "*") && ns + 2 <= 8) {
        stack[ns++] = a->kid[1];
        stack[ns++] = a->kid[0];
      } else if (a && nf < 8) {
        f[nf++] = a;
      } else {
        bad = 1;
      }
    }
    for (int i = 0; i < nf && at < 0 && !bad; i++)
      if (sizeof_bytes(f[i]) == es) at = i;
    if (!bad && at >= 0 && nf > 1) {
      Buf b = {0};
      buf_add(&b, "", 0);
      for (int i = 0, k = 0; i < nf && !bad; i++) {
        if (i == at) continue;
        if (f[i]->end <= f[i]->beg ||
            (fe_in_user_macro(e->u, f[i]->beg, f[i]->end) && !fe_one_macro_use(e->u, f[i]->beg, f[i]->end)))
          bad = 1;                         /* (NX, one use of a macro, is its name) */
        char *ft = bad ? NULL : text_without_casts(e->u, f[i]);
        if (ft) buf_printf(&b, "%s%s", k++ ? " * " : "", ft);
        free(ft);
      }
      if (!bad) t = b.s;
      else free(b.s);
    }
    if (!t && !bad && nf == 1 && at == 0) t = xstrdup("1");   /* malloc(sizeof *scene): one */
    if (!t && es == 1) x = v->kid[1];
  }
  if (!t) {
    if (!x || x->end <= x->beg || (fe_in_user_macro(e->u, x->beg, x->end) && !fe_one_macro_use(e->u, x->beg, x->end)))
      return NULL;
    t = text_without_casts(e->u, x);
  }
  for (char *q = t; *q; q++)
    if (*q == '\n' || *q == ';' || *q == ',') { free(t); return NULL; }
  return t;
}

/* The elements of the block pointer variable d always holds: every value it
 * is set to, in every function of the file, is a block of one count from
 * malloc or calloc, or a variable of the same kind (buffers swapped, `t = u;
 * u = v; v = t;`); NULL or a null pointer constant aside.  The count's text,
 * or NULL. */
static char *block_count_of(Ext *e, CXCursor d, CXCursor *seen, int *nseen) {
  for (int i = 0; i < *nseen; i++)
    if (clang_equalCursors(seen[i], d)) return xstrdup("");          /* already followed */
  if (*nseen >= 16) return NULL;
  seen[(*nseen)++] = d;
  Sets w = {d, {0}, 0, 0};
  for (int i = 0; i < e->m->nfn; i++)
    if (e->m->fn[i].body) sets_walk(e->u, e->m->fn[i].body, &w);
  if (w.other || !w.n) return NULL;
  char *count = NULL;
  for (int i = 0; i < w.n; i++) {
    Node *v = fe_strip(w.value[i]);
    while (v && v->kind == CXCursor_CStyleCastExpr) v = fe_strip(v->kid[v->nkid - 1]);
    char *c = NULL;
    if (v && v->kind == CXCursor_DeclRefExpr && clang_getCursorKind(clang_getCursorReferenced(v->cur)) == CXCursor_VarDecl)
      c = block_count_of(e, clang_getCanonicalCursor(clang_getCursorReferenced(v->cur)), seen, nseen);
    else if (v && (v->kind == CXCursor_IntegerLiteral || v->kind == CXCursor_GNUNullExpr))
      c = xstrdup("");                                               /* NULL, 0: no block yet */
    else
      c = v ? alloc_count(e, v, d) : NULL;
    if (!c) { free(count); return NULL; }
    if (!*c) { free(c); continue; }
    if (count && !suggest_same_text(count, c)) { free(c); free(count); return NULL; }
    if (!count) count = c;
    else free(c);
  }
  return count ? count : xstrdup("");
}

static char *block_count(Ext *e, CXCursor d) {
  CXCursor seen[16];
  int nseen = 0;
  char *c = block_count_of(e, d, seen, &nseen);
  if (c && !*c) { free(c); c = NULL; }
  return c;
}

static int spoken(Ext *e, const char *text);

/* A global pointer the body only reads through, to the one block it is set
 * to (`img = malloc((size_t)W * H)`): a parameter of that count, so the tasks
 * read that block, not all memory (else ordered with every task writing
 * through a pointer).  Nothing when the block is not known. */
static void global_block_param(Ext *e, Outer *o, Params *ps) {
  CXType t = clang_getCanonicalType(clang_getCursorType(o->d));
  if (t.kind != CXType_Pointer || o->row_w || o->passed) return;
  CXType pt = clang_getPointeeType(clang_getCursorType(o->d));
  if (clang_getCanonicalType(pt).kind == CXType_FunctionProto || clang_getCanonicalType(pt).kind == CXType_Void) return;
  char *n = block_count(e, clang_getCanonicalCursor(o->d));
  char *pts = n && spoken(e, n) ? plain_type(pt) : NULL;
  if (pts) {
    add_param(ps, fmt("DELAYED_IN_N(%s) %s%s *%s", n, clang_isConstQualifiedType(pt) ? "" : "const ", pts, o->name),
              xstrdup(o->name));
    buf_printf(&ps->shown, " %s ", o->name);
  }
  free(pts);
  free(n);
}

/* The parameter for a variable of the function the body reads: a local array
 * whole (DELAYED_IN_N of its size), a pointer (to const when the body only
 * reaches through it), a value.  NULL, or why not. */
static char *read_param(Ext *e, Outer *o, Params *ps) {
  CXType t = clang_getCursorType(o->d);
  CXType c = clang_getCanonicalType(t);
  char *bad = NULL;
  if (o->array && c.kind == CXType_IncompleteArray && clang_getCursorKind(o->d) == CXCursor_ParmDecl) {
    /* a parameter `double bt[][N]`, a pointer to its rows: as declared, with
     * the rows the body reads when delayc can show them */
    char *dims = dims_text(e->u, o->d, o->name), *first = NULL, *rest = dims ? rest_dims(dims, &first) : NULL;
    CXType el = clang_getCanonicalType(clang_getArrayElementType(c));
    while (el.kind == CXType_ConstantArray) el = clang_getCanonicalType(clang_getArrayElementType(el));
    char *es = plain_type(el), *f = NULL, *end = NULL;
    if (!rest || !es || !first || *first || strchr(rest, '*') || !read_range(e, o, &f, &end) || !spoken(e, f) ||
        !spoken(e, end)) {
      bad = fmt("'%s' is a parameter of rows whose count delayc cannot show", o->name);
    } else {
      char *sf = suggest_spell(e->u, f, e->loop->beg, e->loop->end), *se = suggest_spell(e->u, end, e->loop->beg, e->loop->end);
      char *ann = !strcmp(sf, "0") ? fmt("DELAYED_IN_N(%s)", se) : fmt("DELAYED_IN_RANGE(%s, %s)", sf, se);
      add_param(ps, fmt("%s %s%s %s[]%s", ann, clang_isConstQualifiedType(el) ? "" : "const ", es, o->name, rest),
                xstrdup(o->name));
      buf_printf(&ps->shown, " %s ", o->name);
      free(sf); free(se); free(ann);
    }
    free(dims); free(first); free(rest); free(es); free(f); free(end);
    return bad;
  }
  if (o->array) {
    if (c.kind != CXType_ConstantArray) return fmt("'%s' is an array of variable size", o->name);
    char *dims = dims_text(e->u, o->d, o->name), *first = NULL, *rest = dims ? rest_dims(dims, &first) : NULL;
    CXType el = c;
    while (el.kind == CXType_ConstantArray) el = clang_getCanonicalType(clang_getArrayElementType(el));
    char *es = plain_type(el);
    if (!rest || !es) bad = fmt("the type of '%s' cannot be written as a parameter", o->name);
    else add_param(ps, fmt("DELAYED_IN_N(%s) const %s %s%s", first, es, o->name, dims), xstrdup(o->name));
    free(dims); free(first); free(rest); free(es);
    return bad;
  }
  if (c.kind == CXType_Pointer) {
    CXType pt = clang_getPointeeType(t);
    char *pts = plain_type(pt), *ts = plain_type(t);
    /* a parameter the body reads part of (v->kind, *v; src[y * w + x]): DELAYED_IN says which,
     * else its tasks would be ordered with every task that writes through pointers */
    char *first, *end, *in = xstrdup("");
    if (read_range(e, o, &first, &end) && spoken(e, first) && spoken(e, end)) {
      char *sf = suggest_spell(e->u, first, e->loop->beg, e->loop->end), *se = suggest_spell(e->u, end, e->loop->beg, e->loop->end);
      free(first);
      free(end);
      first = sf;
      end = se;
      free(in);
      in = !strcmp(first, "0") && !strcmp(end, "1") ? xstrdup("DELAYED_IN ")
         : !strcmp(first, "0") ? fmt("DELAYED_IN_N(%s) ", end) : fmt("DELAYED_IN_RANGE(%s, %s) ", first, end);
      /* every use inside, where the loop's facts hold (y >= 0, h >= 1): emit,
       * without them in the new function, checks what it cannot show, and
       * those checks pass */
      buf_printf(&ps->shown, " %s ", o->name);
    } else {
      /* a local pointer to a block of one count (from malloc, or swapped
       * with another such): all of it, DELAYED_IN_N(NX * NY) */
      char *n = block_count(e, clang_getCanonicalCursor(o->d));
      if (n && spoken(e, n)) {
        free(in);
        in = fmt("DELAYED_IN_N(%s) ", n);
        buf_printf(&ps->shown, " %s ", o->name);
      }
      free(n);
    }
    free(first);
    free(end);
    CXType ra = clang_getCanonicalType(pt);
    if (ra.kind == CXType_Record) member_counts_of(e, ps, ra);
    if (!pts && !o->passed && ra.kind == CXType_ConstantArray) {
      /* a pointer to rows, double (*src)[NY]: the same parameter as double src[][NY] */
      Buf dims = {0};
      buf_add(&dims, "", 0);
      CXType el = ra;
      char *written = pointer_dims_text(e->u, o->d, o->name);
      if (written) buf_puts(&dims, written);
      for (; el.kind == CXType_ConstantArray; el = clang_getCanonicalType(clang_getArrayElementType(el)))
        if (!written) buf_printf(&dims, "[%lld]", clang_getArraySize(el));
      free(written);
      char *es = plain_type(el);
      if (es)
        add_param(ps, fmt("%s%s%s %s[]%s", in, clang_isConstQualifiedType(el) ? "" : "const ", es, o->name, dims.s),
                  xstrdup(o->name));
      else
        bad = fmt("the type of '%s' cannot be written as a parameter", o->name);
      free(es);
      free(dims.s);
    } else if (pts && !o->passed && !clang_isConstQualifiedType(pt) && clang_getCanonicalType(pt).kind != CXType_FunctionProto)
      add_param(ps, fmt("%sconst %s *%s", in, pts, o->name), xstrdup(o->name));
    else if (pts && !o->passed && *in && clang_getCanonicalType(pt).kind != CXType_FunctionProto)
      add_param(ps, fmt("%s%s *%s", in, pts, o->name), xstrdup(o->name));
    else if (ts)                    /* (passed on: its type as it is, the range still what the body reads) */
      add_param(ps, fmt("%s%s%s%s", in, ts, ts[strlen(ts) - 1] == '*' ? "" : " ", o->name), xstrdup(o->name));
    else
      bad = fmt("the type of '%s' cannot be written as a parameter", o->name);
    free(in);
    free(pts);
    free(ts);
    return bad;
  }
  char *ts = plain_type(t);
  if (!ts) return fmt("the type of '%s' cannot be written as a parameter", o->name);
  add_param(ps, fmt("%s %s", ts, o->name), xstrdup(o->name));
  free(ts);
  return NULL;
}

/* The new function for the loop e describes, and the edits that put it in. */
/* A loop in blocks: its header `for (v = A; v < B; v++)` (or <=), whose
 * variable the function does not use after it (the blocks would leave it
 * elsewhere).  NULL with the block's end as the call's argument in *hi_arg
 * (`i + 512 < n ? i + 512 : n`) and the increment in *inc, or why not. */
static char *block_head(Ext *e, const char *vname, char **hi_arg, Node **inc) {
  Unit *u = e->u;
  Node *loop = e->loop;
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4 || clang_Cursor_isNull(e->v))
    return xstrdup("it is not a for loop over a counter, which blocks need");
  Node *c = fe_strip(loop->kid[1]), *in = fe_strip(loop->kid[2]), *l = c && c->nkid == 2 ? fe_strip(c->kid[0]) : NULL;
  int lt = c && c->kind == CXCursor_BinaryOperator && fe_binop_is(u, c, "<");
  int le = c && c->kind == CXCursor_BinaryOperator && fe_binop_is(u, c, "<=");
  if ((!lt && !le) || !l || l->kind != CXCursor_DeclRefExpr ||
      !clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), e->v) ||
      access_no_text(u, c))
    return fmt("its condition is not '%s < bound' (or <=), which blocks need", vname);
  char *it = in ? fe_text(u, in->beg, in->end) : NULL, *i1 = fmt("%s++", vname), *i2 = fmt("++%s", vname);
  int step = it && (suggest_same_text(it, i1) || suggest_same_text(it, i2));
  free(it); free(i1); free(i2);
  if (!step) return fmt("it does not step '%s' by one, which blocks need", vname);
  if (loop->kid[0]->kind != CXCursor_DeclStmt && e->f->body) {   /* declared outside: its value after the loop */
    int used = !ext_dead_after(e, e->v);    /* (set again before it is read: `for (i = 0; ...)`) */
    if (used) return fmt("'%s' is used after the loop, where blocks would leave another value", vname);
  }
  char *bt = fe_text(u, c->kid[1]->beg, c->kid[1]->end), *b = bt;
  int plain = 1;
  for (const char *q = bt; *q; q++) plain &= c_ident_char(*q);
  if (!plain) b = fmt("(%s)", bt);
  *hi_arg = lt ? fmt("%s + %lld < %s ? %s + %lld : %s", vname, e->block, b, vname, e->block, b)
               : fmt("%s + %lld <= %s ? %s + %lld : %s + 1", vname, e->block, b, vname, e->block, b);
  if (b != bt) free(b);
  free(bt);
  *inc = in;
  return NULL;
}

int loop_function(Ext *e, const char *vname, long long iter, long long trip, Found *fd, char **why) {
  Unit *u = e->u;
  LFunc *f = e->f;
  Node *loop = e->loop;
  for (int k = 0; k < fd->ns; k++)      /* proposed already (a second look after verification) */
    if (fd->s[k].kind == SK_LOOP && fd->s[k].beg == loop->beg) return 1;
  char *hi_arg = NULL;
  Node *inc = NULL;
  if (e->block) {
    char *no = block_head(e, vname, &hi_arg, &inc);
    if (no) {
      *why = fmt("its iterations are too small to be tasks of their own, and %s", no);
      free(no);
      return 0;
    }
    char *lo = fmt("%s_lo", vname), *hi = fmt("%s_hi", vname);
    e->lo = suggest_fresh_name(u, fd, lo);
    e->hi = suggest_fresh_name(u, fd, hi);
    free(lo);
    free(hi);
  }
  Params ps = {NULL, 0, {0}, xcalloc((size_t)e->nrows + 1, sizeof(char *)), {0}, e->lo, e->hi, NULL, 0, NULL};
  buf_add(&ps.temps, "", 0);
  int counted = !clang_Cursor_isNull(e->v);   /* not a walk along a list with no counter */
  char *vt = counted ? plain_type(clang_getCursorType(e->v)) : NULL;
  char *bad = NULL;
  if (counted && !vt) bad = fmt("the type of '%s' cannot be written as a parameter", vname);
  else if (e->block) {
    add_param(&ps, fmt("%s %s", vt, e->lo), xstrdup(vname));
    add_param(&ps, fmt("%s %s", vt, e->hi), hi_arg);
    hi_arg = NULL;
  } else if (counted) add_param(&ps, fmt("%s %s", vt, vname), xstrdup(vname));
  for (int k = 0; k < e->no && !bad; k++) {
    Outer *o = &e->o[k];
    if (clang_equalCursors(o->d, e->v)) continue;
    if (o->written) {                         /* a temporary: declared in the new function */
      char *ts = plain_type(clang_getCursorType(o->d));
      if (!ts) bad = fmt("the type of '%s' cannot be written again", o->name);
      else if (k + 1 == e->red) buf_printf(&ps.temps, "    %s %s = 0;\n", ts, o->name);   /* its part, returned */
      else buf_printf(&ps.temps, "    %s %s;\n", ts, o->name);
      free(ts);
      continue;
    }
    if (o->row && o->global && !o->row_w) {               /* a global only read: by name */
      if (o->win) o->pname = xstrdup(o->name);
      continue;
    }
    if (o->win) {                                         /* a window of its rows: X whole, a range */
      if ((bad = window_param(e, o, vname, fd, &ps))) break;
      continue;
    }
    if (o->row && (bad = row_param(e, o, vname, fd, &ps))) break;
    if (o->row && !o->other) continue;
    if (!o->global) bad = read_param(e, o, &ps);          /* a global: by name */
    else global_block_param(e, o, &ps);                   /* ... but a block a pointer holds: its count */
  }
  /* the loop variable, when the body uses it other than as a rewritten row's index */
  int rewritten = 0;
  for (int i = 0; i < e->nrows; i++) rewritten += ps.rowrep[i] != NULL;
  if (!bad && counted && !e->block && ps.n > 1 && e->vrefs <= rewritten && !named_elsewhere(&ps, 0)) {
    free(ps.p[0].decl);
    free(ps.p[0].arg);
    memmove(ps.p, ps.p + 1, (size_t)(ps.n - 1) * sizeof *ps.p);
    ps.n--;
  }
  char *text = bad ? NULL : body_text(e, ps.rowrep);
  if (!bad && !text) bad = xstrdup("delayc cannot find the body's braces");
  /* a variable the body used only in a row's index is still a count of an annotation */
  for (int i = 0; text && i < ps.n; i++)
    if (!names_word(text, ps.p[i].arg) && named_elsewhere(&ps, i)) buf_printf(&ps.temps, "    (void)%s;\n", ps.p[i].arg);
  int ok = 0;
  if (bad) {
    *why = bad;
  } else {
    char *base = fmt(e->block ? "%s_%s_blocks" : "%s_%s_iteration", f->name, vname);
    char *name = suggest_fresh_name(u, fd, base);
    free(base);
    Buf decl = {0}, call = {0};
    Outer *red = e->red ? &e->o[e->red - 1] : NULL;     /* a sum: its part returned, added at the call */
    char *rt = red ? plain_type(clang_getCursorType(red->d)) : xstrdup("void");
    buf_printf(&decl, "DELAYED static %s %s(", rt, name);
    if (red) buf_printf(&call, "%s += ", red->name);
    buf_printf(&call, "%s(", name);
    char *give = red ? fmt("    return %s;\n", red->name) : xstrdup("");
    free(rt);
    for (int i = 0; i < ps.n; i++) {
      buf_printf(&decl, "%s%s", i ? ", " : "", ps.p[i].decl);
      buf_printf(&call, "%s%s", i ? ", " : "", ps.p[i].arg);
    }
    buf_puts(&decl, ps.n ? ")" : "void)");
    buf_puts(&call, ");");
    Sugg s = {0};
    s.kind = SK_LOOP;
    s.name = name;
    s.off = loop->beg;
    s.beg = loop->beg;
    s.end = loop->end;
    s.work = iter;
    s.width = trip > WIDTH_CAP ? WIDTH_CAP : trip < 1 ? 1 : trip;
    s.calls = trip < 1 ? 1 : trip;
    s.at_once = s.calls;
    unsigned at = before_comment(u, f->root->beg);
    unsigned be0 = e->body->kind == CXCursor_CompoundStmt ? e->body->end : fe_stmt_end(u, e->body);
    Buf pre = {0}, post = {0};
    local_macros(u, e->body->beg, be0, at, &pre, &post);
    char *fn;
    if (e->block) {                       /* the body as written, over the block's iterations */
      Buf in = {0};
      buf_add(&in, "", 0);
      for (const char *q = text; *q;) {
        const char *nl = strchr(q, '\n');
        size_t n = nl ? (size_t)(nl - q) : strlen(q);
        if (n) buf_puts(&in, "    ");
        buf_add(&in, q, n);
        buf_puts(&in, "\n");
        q += n + (nl ? 1 : 0);
      }
      fn = fmt("%s/* Iterations %s .. %s - 1 of the loop over '%s' in %s() (delayc suggest): a task a block. */\n"
               "%s\n{\n%s    %s %s;\n    for (%s = %s; %s < %s; %s++) {\n%s    }\n%s}\n%s\n",
               pre.s ? pre.s : "", e->lo, e->hi, vname, f->name, decl.s, ps.temps.s, vt, vname, vname, e->lo, vname,
               e->hi, vname, in.s, give, post.s ? post.s : "");   /* (declared apart: C89 code stays C89) */
      free(in.s);
    } else {
      fn = fmt("%s/* One iteration of the loop over '%s' in %s() (delayc suggest). */\n%s\n{\n%s%s%s}\n%s\n",
               pre.s ? pre.s : "", vname, f->name, decl.s, ps.temps.s, text, give, post.s ? post.s : "");
    }
    free(give);
    free(pre.s);
    free(post.s);
    s.ins = xcalloc(3, sizeof *s.ins);
    s.ins[0] = (Ins){at, 0, fn};
    unsigned be = e->body->kind == CXCursor_CompoundStmt ? e->body->end : fe_stmt_end(u, e->body);
    s.ins[1] = (Ins){e->body->beg, be - e->body->beg,
                     e->body->kind == CXCursor_CompoundStmt ? fmt("{ %s }", call.s) : xstrdup(call.s)};
    s.nins = 2;
    if (e->block) {                       /* the loop steps a block at a time */
      s.ins[2] = (Ins){inc->beg, inc->end - inc->beg, fmt("%s += %lld", vname, e->block)};
      s.nins = 3;
      s.block = e->block;
    }
    if (ps.nmx && ps.mpath) {             /* the members' counts: in the struct's header ... */
      s.mpath = ps.mpath;
      s.mins = ps.mx;
      s.nmins = ps.nmx;
      ps.mpath = NULL;
      ps.mx = NULL;
      ps.nmx = 0;
    } else if (ps.nmx) {                  /* ... or this file */
      s.ins = xrealloc(s.ins, (size_t)(s.nins + ps.nmx) * sizeof *s.ins);
      memcpy(s.ins + s.nins, ps.mx, (size_t)ps.nmx * sizeof *ps.mx);
      s.nins += ps.nmx;
      ps.nmx = 0;
    }
    /* the temporaries it declares again: their old declarations may go */
    for (int k = 0; k < e->no; k++) {
      Outer *o = &e->o[k];
      Node *v = o->written && o->after && k + 1 != e->red ? decl_node(f->body, o->d) : NULL;
      if (!v) continue;
      s.moved = xrealloc(s.moved, (size_t)(s.nmoved + 1) * sizeof *s.moved);
      Moved *mv = &s.moved[s.nmoved++];
      *mv = (Moved){o->d, v->parent, xcalloc((size_t)o->nafter + 1, sizeof *mv->use), o->nafter};
      memcpy(mv->use, o->after, (size_t)o->nafter * sizeof *mv->use);
    }
    s.decl = xstrdup(decl.s);
    s.shown = ps.shown.s ? xstrdup(ps.shown.s) : NULL;
    s.site = xcalloc(1, sizeof *s.site);
    s.site[0] = e->block ? (SiteNote){e->body->beg, fmt("each block of %lld iterations would be a task: %s", e->block,
                                                        call.s)}
                         : (SiteNote){e->body->beg, fmt("each iteration would be a task: %s", call.s)};
    s.nsite = 1;
    fd->s = xrealloc(fd->s, (size_t)(fd->ns + 1) * sizeof *fd->s);
    fd->s[fd->ns++] = s;
    free(decl.s);
    free(call.s);
    ok = 1;
  }
  free(text);
  for (int i = 0; i < ps.n; i++) { free(ps.p[i].decl); free(ps.p[i].arg); }
  free(ps.p);
  for (int i = 0; i < ps.nmx; i++) free(ps.mx[i].text);
  free(ps.mx);
  free(ps.mpath);
  for (int i = 0; i < e->nrows; i++) free(ps.rowrep[i]);
  free(ps.rowrep);
  free(ps.temps.s);
  free(ps.shown.s);
  free(vt);
  free(hi_arg);
  return ok;
}
