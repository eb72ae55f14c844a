/* deps.c — the dependencies of one task.
 *
 * Arguments that read no pending result are evaluated at the call; the others
 * in the task, after their producers (depend in).  Pointer arguments name the
 * memory behind them by the parameter's direction and count: an element, a range
 * (iterator), an aligned block of a constant size (its first element), a row, a
 * whole array.  Where the memory cannot be bounded, the call stays serial. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- 3. dependencies of a task ---- */

/* Side-effect free, counting a hoisted delayed call as the read of its result. */
int pure_but_hoisted(Ctx *c, Node *n) {
  if (n->kind == CXCursor_CallExpr && hoisted(c->f, n)) return 1;
  switch (n->kind) {
  case CXCursor_CallExpr: case CXCursor_CompoundAssignOperator: case CXCursor_StmtExpr:
    return 0;
  case CXCursor_BinaryOperator:
    if (fe_is_assign(c->u, n)) return 0;
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_incdec(c->u, n)) return 0;
    break;
  case CXCursor_UnaryExpr:
    return 1;
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!pure_but_hoisted(c, n->kid[i])) return 0;
  return 1;
}

Dep *add_dep(Site *s, Obj *o, Acc acc, char *index, char *start, char *count) {
  for (int i = 0; i < s->ndep; i++) {
    Dep *d = &s->dep[i];
    if (d->obj != o) continue;
    int same = (!d->index && !index && !d->count && !count && !d->start && !start) ||
               (d->index && index && !strcmp(d->index, index));
    if (same) {
      if (d->acc != acc) d->acc = ACC_INOUT;
      return d;
    }
  }
  s->dep = xrealloc(s->dep, (size_t)(s->ndep + 1) * sizeof *s->dep);
  s->dep[s->ndep++] = (Dep){o, acc, index, start, count, 0, 0, NULL, 0};
  return &s->dep[s->ndep - 1];
}

/* Expression text without blanks and integer casts, for comparing shapes. */
char *norm(const char *t) {
  static const char *casts[] = {"(long)", "(size_t)", "(int)", "(unsigned)", "(longlong)", "(unsignedlong)",
                                "(ptrdiff_t)", "(unsignedint)", NULL};
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = t; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n') buf_add(&b, p, 1);
  for (int again = 1; again;) {
    again = 0;
    for (int i = 0; casts[i]; i++) {
      char *q = strstr(b.s, casts[i]);
      if (q) { memmove(q, q + strlen(casts[i]), strlen(q + strlen(casts[i])) + 1); again = 1; }
    }
  }
  return b.s;
}

/* ---- starts and counts by value: object-like macros, linear forms ---- */

/* The unit's object-like macros by name (a name defined twice: unusable),
 * kept with the unit (fe_keep). */
typedef struct MacDef { char *name; CXCursor cur; int bad; } MacDef;
typedef struct Macros { MacDef *mac; int n; } Macros;

static void macros_dispose(void *data) {
  Macros *m = data;
  for (int i = 0; i < m->n; i++) free(m->mac[i].name);
  free(m->mac);
  free(m);
}

static enum CXChildVisitResult mac_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Macros *m = d;
  if (clang_getCursorKind(c) != CXCursor_MacroDefinition) return CXChildVisit_Continue;
  char *nm = fe_spelling(c);
  for (int i = 0; i < m->n; i++)
    if (!strcmp(m->mac[i].name, nm)) { m->mac[i].bad = 1; free(nm); return CXChildVisit_Continue; }
  m->mac = xrealloc(m->mac, (size_t)(m->n + 1) * sizeof *m->mac);
  m->mac[m->n++] = (MacDef){nm, c, clang_Cursor_isMacroFunctionLike(c) || clang_Cursor_isMacroBuiltin(c)};
  return CXChildVisit_Continue;
}

/* The replacement text of object-like macro `name`, or NULL. */
static char *macro_text(Unit *u, const char *name) {
  CXTranslationUnit tu = u->tu;
  Macros *m = fe_kept(u, macros_dispose);
  if (!m) {
    m = xcalloc(1, sizeof *m);
    clang_visitChildren(clang_getTranslationUnitCursor(tu), mac_visit, m);
    fe_keep(u, m, macros_dispose);
  }
  MacDef *macs = m->mac;
  for (int i = 0; i < m->n; i++) {
    if (strcmp(macs[i].name, name)) continue;
    if (macs[i].bad) return NULL;
    CXToken *tok;
    unsigned nt;
    clang_tokenize(tu, clang_getCursorExtent(macs[i].cur), &tok, &nt);
    Buf b = {0};
    buf_add(&b, "", 0);
    for (unsigned k = 1; k < nt; k++) {      /* token 0 is the name */
      CXString sp = clang_getTokenSpelling(tu, tok[k]);
      buf_printf(&b, "%s ", clang_getCString(sp));
      clang_disposeString(sp);
    }
    clang_disposeTokens(tu, tok, nt);
    return b.s;
  }
  return NULL;
}

/* An integer expression as k + sum(coef * atom): atoms are identifiers that
 * are neither parameters of the callee (replaced by the argument) nor
 * object-like macros (replaced by their text). */
#define LIN_ATOMS 8
typedef struct Lin { int ok, n; char *atom[LIN_ATOMS]; long long coef[LIN_ATOMS], k; } Lin;
typedef struct LinP { const char *p; Unit *u; Site *s; int depth; } LinP;

static Lin lin_const(long long k) { Lin l = {0}; l.ok = 1; l.k = k; return l; }
static Lin lin_fail(void) { Lin l = {0}; return l; }

static Lin lin_axpy(Lin a, Lin b, long long m) {   /* a + m*b */
  if (!a.ok || !b.ok) return lin_fail();
  long long t;
  if (__builtin_mul_overflow(b.k, m, &t) || __builtin_add_overflow(a.k, t, &a.k)) return lin_fail();
  for (int i = 0; i < b.n; i++) {
    int j = 0;
    while (j < a.n && strcmp(a.atom[j], b.atom[i])) j++;
    if (j == a.n) {
      if (a.n == LIN_ATOMS) return lin_fail();
      a.atom[a.n] = b.atom[i];
      a.coef[a.n++] = 0;
    }
    if (__builtin_mul_overflow(b.coef[i], m, &t) || __builtin_add_overflow(a.coef[j], t, &a.coef[j])) return lin_fail();
  }
  int w = 0;                      /* drop atoms that cancelled */
  for (int i = 0; i < a.n; i++)
    if (a.coef[i]) { a.atom[w] = a.atom[i]; a.coef[w++] = a.coef[i]; }
  a.n = w;
  return a;
}

static void lin_space(LinP *P) { while (*P->p == ' ' || *P->p == '\t' || *P->p == '\n' || *P->p == '\r') P->p++; }
static int lin_ident(char ch) { return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); }
static Lin lin_expr(LinP *P);

static Lin lin_text(const char *t, Unit *u, Site *s, int depth) {
  if (depth > 8) return lin_fail();
  LinP P = {t, u, s, depth};
  Lin l = lin_expr(&P);
  lin_space(&P);
  return *P.p ? lin_fail() : l;
}

static Lin lin_primary(LinP *P) {
  lin_space(P);
  const char *p = P->p;
  if (*p == '(') {
    /* an integer cast: (long), (unsigned long), (size_t), ... */
    static const char *words[] = {"long", "int", "unsigned", "signed", "short", "size_t", "ptrdiff_t",
                                  "ssize_t", "intptr_t", "uintptr_t", "const", NULL};
    const char *q = p + 1;
    int nw = 0;
    for (;;) {
      while (*q == ' ' || *q == '\t') q++;
      if (*q == ')') break;
      int hit = 0;
      for (int i = 0; words[i] && !hit; i++) {
        size_t n = strlen(words[i]);
        if (!strncmp(q, words[i], n) && !lin_ident(q[n])) { q += n; hit = 1; }
      }
      if (!hit) break;
      nw++;
    }
    if (nw && *q == ')') { P->p = q + 1; return lin_primary(P); }
    P->p = p + 1;
    Lin l = lin_expr(P);
    lin_space(P);
    if (*P->p != ')') return lin_fail();
    P->p++;
    return l;
  }
  if (*p >= '0' && *p <= '9') {
    char *e;
    unsigned long long v = strtoull(p, &e, 0);
    while (*e == 'u' || *e == 'U' || *e == 'l' || *e == 'L') e++;
    if (lin_ident(*e) || *e == '.' || v > (unsigned long long)1 << 62) return lin_fail();
    P->p = e;
    return lin_const((long long)v);
  }
  if (!lin_ident(*p)) return lin_fail();
  const char *q = p;
  while (lin_ident(*q)) q++;
  char *name = xstrndup(p, (size_t)(q - p));
  P->p = q;
  lin_space(P);
  if (*P->p == '(' || *P->p == '[' || *P->p == '.' || (P->p[0] == '-' && P->p[1] == '>')) { free(name); return lin_fail(); }
  Site *s = P->s;
  if (s)
    for (int i = 0; i < s->callee->nparam; i++) {
      if (strcmp(s->callee->param[i].name, name)) continue;
      free(name);
      if (i >= s->narg) return lin_fail();
      int ok;
      long long v = eval_int(s->arg[i], &ok);
      if (ok) return lin_const(v);
      char *t = s->argsrc && s->argsrc[i] ? xstrdup(s->argsrc[i])
                : fe_text(P->u, s->arg[i]->beg, s->arg[i]->end);
      Lin l = lin_text(t, P->u, NULL, P->depth + 1);
      free(t);
      return l;
    }
  char *m = macro_text(P->u, name);
  if (m) {
    Lin l = lin_text(m, P->u, s, P->depth + 1);
    free(m);
    free(name);
    return l;
  }
  Lin l = lin_const(0);
  l.n = 1;
  l.atom[0] = name;
  l.coef[0] = 1;
  return l;
}

static Lin lin_unary(LinP *P) {
  lin_space(P);
  if (*P->p == '-' && P->p[1] != '-') { P->p++; return lin_axpy(lin_const(0), lin_unary(P), -1); }
  if (*P->p == '+' && P->p[1] != '+') { P->p++; return lin_unary(P); }
  return lin_primary(P);
}

static Lin lin_term(LinP *P) {
  Lin l = lin_unary(P);
  for (;;) {
    lin_space(P);
    char op = *P->p;
    if (!l.ok || (op != '*' && op != '/' && op != '%') || P->p[1] == '=') return l;
    P->p++;
    Lin r = lin_unary(P);
    if (!r.ok) return r;
    if (op == '*') {
      if (!l.n) l = lin_axpy(lin_const(0), r, l.k);
      else if (!r.n) l = lin_axpy(lin_const(0), l, r.k);
      else return lin_fail();
    } else {
      if (l.n || r.n || r.k == 0) return lin_fail();
      l = lin_const(op == '/' ? l.k / r.k : l.k % r.k);
    }
  }
}

static Lin lin_expr(LinP *P) {
  Lin l = lin_term(P);
  for (;;) {
    lin_space(P);
    char op = *P->p;
    if (!l.ok || (op != '+' && op != '-') || P->p[1] == op || P->p[1] == '=' || P->p[1] == '>') return l;
    P->p++;
    l = lin_axpy(l, lin_term(P), op == '+' ? 1 : -1);
  }
}

/* The value of a count over the callee's parameters at this call, when it is
 * a compile-time constant (literals, constant arguments, object-like macros);
 * 0 otherwise. */
long long const_count(Unit *u, Site *s, const char *count) {
  Lin l = lin_text(count, u, s, 0);
  return l.ok && !l.n && l.k > 0 ? l.k : 0;
}

/* A range [start, start + count) where count is a constant argument C and start
 * is 0 or E*C: one of the aligned blocks of size C.  Two such ranges of the same
 * C are identical or disjoint, as OpenMP requires of depend items, so the block
 * can be named by its first element.  Returns C, or 0. */
long long aligned_block(Unit *u, Site *s, Param *pm, const char *start) {
  if (!pm->count || !start) return 0;
  char *cn = norm(pm->count);
  int k = -1;
  for (int i = 0; i < s->callee->nparam; i++)
    if (!strcmp(s->callee->param[i].name, cn)) k = i;
  free(cn);
  if (k >= 0 && k < s->narg) {
    int ok;
    long long v = eval_int(s->arg[k], &ok);
    if (ok && v > 0) return v;
  }
  /* a count that is a constant by itself: a literal or an object-like macro */
  return const_count(u, s, pm->count);
}

/* Is the term (a product at top level) a multiple of C: one of its factors a
 * constant multiple of C? */
static int term_multiple(Unit *u, const char *t, size_t n, long long C) {
  int depth = 0;
  size_t fb = 0;
  for (size_t j = 0; j <= n; j++) {
    char cj = j < n ? t[j] : 0;
    if (cj == '(' || cj == '[') depth++;
    else if (cj == ')' || cj == ']') depth--;
    if (depth) continue;
    if (cj == '/' || cj == '%') return 0;
    if (cj && cj != '*') continue;
    char *fac = xstrndup(t + fb, j - fb);
    Lin fl = lin_text(fac, u, NULL, 0);
    free(fac);
    if (fl.ok && !fl.n && fl.k && fl.k % C == 0) return 1;
    fb = j + 1;
  }
  return 0;
}

/* Is the start expression (the caller's text) a multiple of C?  A linear form
 * whose coefficients all are, or a sum of terms each with a constant factor
 * that is a multiple of C (`(k*nb + k) * BS2`). */
static int multiple_of(Unit *u, const char *start, long long C) {
  Lin l = lin_text(start, u, NULL, 0);
  if (l.ok) {
    if (l.k % C) return 0;
    for (int i = 0; i < l.n; i++)
      if (l.coef[i] % C) return 0;
    return 1;
  }
  size_t n = strlen(start), tb = 0;
  int depth = 0;
  for (size_t i = 0; i <= n; i++) {
    char ch = i < n ? start[i] : 0;
    if (ch == '(' || ch == '[') depth++;
    else if (ch == ')' || ch == ']') depth--;
    if (depth < 0) return 0;
    if (depth) continue;
    if (ch && ch != '+' && ch != '-') continue;
    if (ch && (start[i + 1] == ch || start[i + 1] == '>' || start[i + 1] == '=')) return 0;  /* ++ -- -> += */
    while (tb < i && (start[tb] == ' ' || start[tb] == '\t')) tb++;
    if (ch == '-' && tb == i) { tb = i + 1; continue; }          /* a leading minus */
    if (!term_multiple(u, start + tb, i - tb, C)) return 0;
    tb = i + 1;
  }
  return 1;
}
/* The text of an index expression, if it can be evaluated again in a depend
 * clause: side-effect free, and reading no tracked object. */
char *index_text(Ctx *c, Node *idx) {
  if (!pure_expr(c->u, idx) || has_macro(idx)) return NULL;
  Refs r = {0};
  collect_refs(c, idx, &r, 0);
  int n = r.n;
  free(r.r);
  if (n) return NULL;
  return fe_text(c->u, idx->beg, idx->end);
}

/* Substitute parameter names in an annotation expression by the temporaries
 * holding the arguments.  NULL if a needed argument is not evaluated at the call. */
char *subst_params(Site *s, const char *expr) {
  Buf b = {0};
  buf_add(&b, "", 0);
  const char *p = expr;
  while (*p) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_') {
      const char *q = p;
      while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_') q++;
      int done = 0;
      for (int i = 0; i < s->callee->nparam; i++) {
        const char *pn = s->callee->param[i].name;
        if (strlen(pn) == (size_t)(q - p) && !strncmp(pn, p, (size_t)(q - p))) {
          if (i >= s->narg || !s->argspawn[i]) { free(b.s); return NULL; }
          char *h = plan_hole_arg(s->id, i);
          buf_printf(&b, "(%s)", h);
          free(h);
          done = 1;
          break;
        }
      }
      if (!done) buf_add(&b, p, (size_t)(q - p));
      p = q;
    } else if (*p == '"' || *p == '\'') {
      free(b.s);        /* no literals in a count: refuse rather than mis-substitute */
      return NULL;
    } else {
      buf_add(&b, p++, 1);
    }
  }
  return b.s;
}

Acc dir_acc(Dir d) { return d == DIR_IN ? ACC_IN : d == DIR_OUT ? ACC_OUT : ACC_INOUT; }

/* The variable a pointer argument points into: X, &X, &X[i], X + i, (T *)X. */
Obj *pointer_base(Ctx *c, Node *arg) {
  Node *a = fe_strip(arg);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return NULL;
  if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
    a = fe_strip(a->kid[0]);
    if (a->kind == CXCursor_ArraySubscriptExpr) a = fe_strip(a->kid[0]);
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "+")) {
    Node *l = fe_strip(a->kid[0]);
    a = l->kind == CXCursor_DeclRefExpr ? l : fe_strip(a->kid[1]);
  } else if (a->kind == CXCursor_ArraySubscriptExpr &&
             clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) {
    a = fe_strip(a->kid[0]);      /* a row of a 2-D array */
  }
  if (!a || a->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = ref_decl(a);
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (a != fe_strip(arg) && !(t.kind == CXType_ConstantArray || t.kind == CXType_Pointer) &&
      fe_strip(arg)->kind != CXCursor_UnaryOperator)
    return NULL;
  int had = an_object_of(c->f, d) != NULL;
  Obj *o = get_obj(c->f, d);
  if (o && o->kind == OBJ_VIEW) return o->base;
  if (o && !had && o->kind == OBJ_BUFFER && !owned_buffer(c->u, c->f, o)) {
    c->f->nobj--;                /* a pointer of unknown provenance: not tracked */
    free(o);
    return NULL;
  }
  return o;
}

/* A pointer argument naming tracked memory: X, &X, &X[i], X + i, &x. */
int pointer_region(Ctx *c, Site *s, int i, Param *pm) {
  Node *a = fe_strip(s->arg[i]);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a) return 0;
  Acc acc = dir_acc(pm->dir);
  if (a->kind == CXCursor_StringLiteral) return pm->dir == DIR_IN;   /* read-only literal */
  Obj *o = NULL;
  char *start = NULL;      /* NULL: element 0; "": unknown */
  int one = 0;             /* &X[i], &x: the address of one element */
  if (a->kind == CXCursor_DeclRefExpr) {
    o = get_obj(c->f, ref_decl(a));
    if (o && o->kind == OBJ_SCALAR) o = NULL;    /* a pointer value held in a scalar */
  } else if (a->kind == CXCursor_UnaryOperator && fe_is_addrof(c->u, a)) {
    Node *x = fe_strip(a->kid[0]);
    one = 1;
    if (x->kind == CXCursor_DeclRefExpr) o = get_obj(c->f, ref_decl(x));
    else if (x->kind == CXCursor_ArraySubscriptExpr) {
      Node *base = fe_strip(x->kid[0]);
      if (base->kind == CXCursor_DeclRefExpr) {
        o = get_obj(c->f, ref_decl(base));
        if (o && o->kind == OBJ_SCALAR) o = NULL;
        start = index_text(c, x->kid[1]);
        if (o && !start) start = xstrdup("");
      }
    }
  } else if (a->kind == CXCursor_BinaryOperator && fe_binop_is(c->u, a, "+")) {
    Node *base = fe_strip(a->kid[0]), *off = a->kid[1];
    if (base->kind != CXCursor_DeclRefExpr) { base = fe_strip(a->kid[1]); off = a->kid[0]; }
    if (base->kind == CXCursor_DeclRefExpr) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind == OBJ_SCALAR) o = NULL;
      start = index_text(c, off);
      if (o && !start) start = xstrdup("");
    }
  } else if (a->kind == CXCursor_ArraySubscriptExpr &&
             clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_ConstantArray) {
    /* X[i] of a 2-D array decays to row i: exactly that row */
    Node *base = fe_strip(a->kid[0]);
    if (base->kind == CXCursor_DeclRefExpr) {
      o = get_obj(c->f, ref_decl(base));
      if (o && o->kind != OBJ_ARRAY) o = NULL;
      start = index_text(c, a->kid[1]);
      if (o && start) {
        add_dep(s, o, acc, NULL, start, xstrdup("1"))->nconst = 1;
        return 1;
      }
      return 0;
    }
  }
  if (o && o->kind == OBJ_VIEW) {
    /* where the view points now, as an index into its base */
    char *ba = plan_hole_data(o->base);
    char *off = fmt("(%s - %s)", o->name, ba);
    start = !start ? off : *start ? fmt("%s + (%s)", off, start) : start;
    o = o->base;
  }
  if (!o) return 0;
  if (o->kind == OBJ_BUFFER && !owned_buffer(c->u, c->f, o)) return 0;
  if (o->kind == OBJ_SCALAR) { add_dep(s, o, acc, NULL, NULL, NULL); return 1; }
  char *count = pm->count ? subst_params(s, pm->count) : NULL;
  char *csrc = count;             /* the count is pm->count at this call */
  /* counts are in the parameter's units, starts in the object's: they must agree */
  if (pm->psize <= 0 || o->esize <= 0 || pm->psize != o->esize) {
    if (o->kind != OBJ_ARRAY) return 0;
    start = NULL;                 /* an array: depend on all of it */
    count = NULL;
  }
  /* DELAYED_IN/OUT/INOUT with no count on the address of one element: that element */
  if (!count && one && pm->annotated && start && *start) count = xstrdup("1");
  if (start && !*start) { start = NULL; count = NULL; }   /* unknown start: whole */
  if (!count && start && o->kind == OBJ_BUFFER) return 0; /* unknown extent */
  if (!count) start = NULL;                                /* from start to the end: whole */
  if (!count && o->kind == OBJ_BUFFER) return 0;           /* an owned buffer of unknown size */
  Dep *d = add_dep(s, o, acc, NULL, start ? start : xstrdup("0"), count);
  if (count && count == csrc) d->csrc = pm->count;
  if (count) d->nconst = d->csrc ? const_count(c->u, s, d->csrc) : const_count(c->u, NULL, count);
  long long bs = aligned_block(c->u, s, pm, d->start);
  if (bs && pm->count) {
    /* the start must read E*C (or C*E, or 0) with C the count argument's text */
    int k = -1;
    for (int j = 0; j < s->callee->nparam; j++)
      if (!strcmp(s->callee->param[j].name, pm->count)) k = j;
    char *ct = k >= 0 ? norm(fe_text(c->u, s->arg[k]->beg, s->arg[k]->end)) : xstrdup("?");
    char *st = norm(d->start);
    size_t lc = strlen(ct), ls = strlen(st);
    int ok = !strcmp(st, "0") ||
             (ls > lc + 1 && !strcmp(st + ls - lc, ct) && st[ls - lc - 1] == '*') ||
             (ls > lc + 1 && !strncmp(st, ct, lc) && st[lc] == '*');
    if (ok || multiple_of(c->u, d->start, bs)) d->block = bs;
    free(ct);
    free(st);
  }
  return 1;
}

int refs_global_or_deref(Ctx *c, Node *n) {
  if (n->kind == CXCursor_UnaryExpr) return 0;
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = ref_decl(n);
    if (clang_getCursorKind(d) == CXCursor_VarDecl && !trackable(c->f, d)) {
      CXType t = clang_getCursorType(d);
      if (!clang_isConstQualifiedType(t)) return 1;
    }
  }
  if (n->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, n)) return 1;
  if (n->kind == CXCursor_MemberRefExpr) {
    /* p->m reads through a pointer */
    if (n->nkid && n->end > n->kid[0]->end) {
      unsigned q = fe_skip_space(c->u, n->kid[0]->end);
      if (q + 1 < c->u->len && c->u->src[q] == '-' && c->u->src[q + 1] == '>') return 1;
    }
  }
  if (n->kind == CXCursor_ArraySubscriptExpr) {
    Node *b = fe_strip(n->kid[0]);
    if (b->kind == CXCursor_DeclRefExpr) {
      Obj *o = an_object_of(c->f, ref_decl(b));
      if (!o && clang_getCanonicalType(clang_getCursorType(ref_decl(b))).kind == CXType_Pointer) return 1;
    } else return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (refs_global_or_deref(c, n->kid[i])) return 1;
  return 0;
}

int site_task_deps(Ctx *c, Site *s) {
  Func *f = c->f;
  s->ndep = 0;
  s->argtask = xcalloc((size_t)s->narg + 1, sizeof *s->argtask);
  s->argspawn = xcalloc((size_t)s->narg + 1, sizeof *s->argspawn);
  /* arguments: evaluated at the call unless they read task results */
  for (int i = 0; i < s->narg; i++) {
    Refs r = {0};
    collect_refs(c, s->arg[i], &r, 0);
    int reads = 0;
    for (int k = 0; k < r.n; k++) reads |= !r.r[k].addr || r.r[k].elem != NULL;
    Param *pm = i < s->callee->nparam ? &s->callee->param[i] : NULL;
    if (pm && pm->dir != DIR_VALUE && r.n && (!reads || pointer_base(c, s->arg[i]))) {
      s->argspawn[i] = 1;                                /* an address: known now */
    } else if (r.n && pm && pm->dir != DIR_VALUE) {
      free(r.r);
      serialize(c->a, s, fmt("pointer argument %d is itself a pending result", i + 1));
      return 0;
    } else if (r.n) {
      if (!pure_but_hoisted(c, s->arg[i])) { free(r.r); serialize(c->a, s, fmt("argument %d reads a pending result and has side effects", i + 1)); return 0; }
      if (refs_global_or_deref(c, s->arg[i])) { free(r.r); serialize(c->a, s, fmt("argument %d mixes a pending result with memory delayc does not track", i + 1)); return 0; }
      s->argtask[i] = 1;
      for (int k = 0; k < r.n; k++) {
        Ref *x = &r.r[k];
        if (x->elem) {
          char *idx = index_text(c, x->elem->kid[1]);
          add_dep(s, x->obj, ACC_IN, idx, NULL, NULL);
        } else {
          add_dep(s, x->obj, ACC_IN, NULL, NULL, NULL);
        }
      }
    } else {
      s->argspawn[i] = 1;
    }
    free(r.r);
  }
  /* pointer parameters: the memory behind them */
  for (int i = 0; i < s->narg && i < s->callee->nparam; i++) {
    Param *pm = &s->callee->param[i];
    if (pm->dir == DIR_VALUE || s->argtask[i]) continue;
    if (!pointer_region(c, s, i, pm)) {
      char *t = fe_text(c->u, s->arg[i]->beg, s->arg[i]->end);
      Node *a = fe_strip(s->arg[i]);
      int null = a && (a->kind == CXCursor_IntegerLiteral || !strcmp(t, "NULL") || !strcmp(t, "0"));
      if (!null) {
        serialize(c->a, s, fmt("pointer argument '%s' points to memory whose extent or aliasing delayc cannot prove", t));
        return 0;
      }
    }
  }
  /* bind tokens and values */
  for (int i = 0; i < s->nbind; i++) {
    Refs r = {0};
    collect_refs(c, s->bind[i], &r, 0);
    for (int k = 0; k < r.n; k++) add_dep(s, r.r[k].obj, ACC_IN, NULL, NULL, NULL);
    free(r.r);
  }
  /* the result */
  if (s->tobj) add_dep(s, s->tobj, ACC_OUT, s->tindex, NULL, NULL);
  if (s->temp) add_dep(s, s->temp, ACC_OUT, NULL, NULL, NULL);
  /* globals and resources its callee touches (shared_state.c) */
  shared_state_deps(c, s);
  (void)f;
  return 1;
}

/* ---- large ranges: no iterator of more than DELAYC_ITER_MAX elements ---- */

/* An atom of a start or count can be compared between two spawns when it is a
 * variable of the function declared once (no shadowing), never assigned, never
 * incremented and whose address is never taken: it holds one value. */
static int stable_atom(Ctx *c, const char *name) {
  Func *f = c->f;
  int decls = 0;
  for (int i = 0; i < f->nparam; i++) decls += !strcmp(f->pname[i], name);
  for (int i = 0; i < f->nvars; i++) {
    char *v = fe_spelling(f->vars[i]->cur);
    decls += !strcmp(v, name);
    free(v);
  }
  return decls == 1 && !assigned_in(c->u, f->body, name);
}

typedef struct Range { Site *s; Dep *d; Lin start, count; } Range;

/* Do these ranges pairwise share their first element or not overlap at all?
 * Range j follows range i when start_j - (start_i + count_i) is a constant
 * >= 0; following is taken transitively (counts are element counts: >= 0). */
static int ranges_disjoint(Ctx *c, Range *r, int n) {
  for (int i = 0; i < n; i++) {
    if (!r[i].start.ok || !r[i].count.ok) return 0;
    for (int k = 0; k < r[i].start.n; k++) if (!stable_atom(c, r[i].start.atom[k])) return 0;
    for (int k = 0; k < r[i].count.n; k++) if (!stable_atom(c, r[i].count.atom[k])) return 0;
  }
  char *after = xcalloc((size_t)n * (size_t)n, 1);     /* after[i*n+j]: j follows i */
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      if (i == j) continue;
      Lin gap = lin_axpy(lin_axpy(r[j].start, r[i].start, -1), r[i].count, -1);
      after[i * n + j] = gap.ok && !gap.n && gap.k >= 0;
    }
  for (int m = 0; m < n; m++)
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++)
        if (after[i * n + m] && after[m * n + j]) after[i * n + j] = 1;
  int ok = 1;
  for (int i = 0; i < n && ok; i++)
    for (int j = i + 1; j < n && ok; j++) {
      Lin d = lin_axpy(r[j].start, r[i].start, -1);
      ok = (d.ok && !d.n && d.k == 0) || after[i * n + j] || after[j * n + i];
    }
  free(after);
  return ok;
}

/* An object some task names by a range of run-time length, or of more than
 * DELAYC_ITER_MAX elements, gets no iterator.  When every task dependency on it
 * is a range, no task site runs more than once per call of the function (no
 * loop, no backward goto) and the ranges are shown pairwise disjoint or equal at
 * their start, each range is named by its first element (exact among these
 * tasks: `ranged`); ordinary code touching it then waits for every task.
 * Otherwise every dependency on it names its first element (coarser, never
 * wrong).  Either is said in --explain. */
void range_modes(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (o->kind == OBJ_SCALAR || !o->elementwise) continue;
    int big = 0, other = 0, once = !f->backjump, n = 0;
    Node *at = NULL;
    for (int k = 0; k < f->nsite; k++) {
      Site *s = f->site[k];
      if (s->serial || s->fused) continue;
      for (int j = 0; j < s->ndep; j++) {
        Dep *d = &s->dep[j];
        if (d->obj != o) continue;
        if (d->count) {
          n++;
          if (!o->blocked && !(d->nconst > 0 && d->nconst <= DELAYC_ITER_MAX)) { big = 1; if (!at) at = s->call; }
          once &= !s->in_loop;
        } else {
          other = 1;
          if (!d->index && o->kind == OBJ_ARRAY &&
              (o->blocked ? o->nelem / o->blocked : o->nelem) > DELAYC_ITER_MAX) { big = 1; if (!at) at = s->call; }
        }
      }
    }
    if (!big) continue;
    int disjoint = 0;
    if (!other && once && n <= 64) {
      Range *r = xcalloc((size_t)n, sizeof *r);
      int m = 0;
      for (int k = 0; k < f->nsite; k++) {
        Site *s = f->site[k];
        if (s->serial || s->fused) continue;
        for (int j = 0; j < s->ndep; j++) {
          Dep *d = &s->dep[j];
          if (d->obj != o) continue;
          r[m].s = s;
          r[m].d = d;
          r[m].start = lin_text(d->start ? d->start : "0", c->u, NULL, 0);
          r[m].count = d->csrc ? lin_text(d->csrc, c->u, s, 0) : lin_text(d->count, c->u, NULL, 0);
          m++;
        }
      }
      disjoint = ranges_disjoint(c, r, m);
      free(r);
    }
    if (disjoint) {
      o->ranged = 1;
      an_explain(c->a, at, "'%s': tasks name ranges of it whose length is not a constant of at most %d elements; "
                 "the ranges are disjoint, so each task depends on its range's first element (code that "
                 "touches '%s' otherwise waits for every task)", o->name, DELAYC_ITER_MAX, o->name);
    } else {
      o->elementwise = 0;
      o->blocked = 0;
      an_explain(c->a, at, "'%s': a task names a range of it (or all of it) whose length is not a constant of at most "
                 "%d elements, and delayc cannot show the ranges disjoint: every task and wait on '%s' depends on its "
                 "first element (wider than needed: the tasks that write it run one after another)", o->name, DELAYC_ITER_MAX, o->name);
    }
  }
}

/* ---- dependencies nothing needs ---- */

/* The induction variable of `for (v = A; ...; v++ / v-- / v += C / v -= C)`
 * (C a nonzero constant) that the body never assigns nor takes the address of:
 * each iteration has its own value.  NULL otherwise. */
static char *induction_var(Ctx *c, Node *loop) {
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return NULL;
  Node *init = loop->kid[0], *inc = fe_strip(loop->kid[2]), *body = loop->kid[3];
  char *v = NULL;
  if (init->kind == CXCursor_DeclStmt && init->nkid == 1 && init->kid[0]->kind == CXCursor_VarDecl)
    v = fe_spelling(init->kid[0]->cur);
  else if (fe_strip(init)->kind == CXCursor_BinaryOperator && fe_is_assign(c->u, fe_strip(init)) &&
           fe_strip(fe_strip(init)->kid[0])->kind == CXCursor_DeclRefExpr)
    v = fe_spelling(ref_decl(fe_strip(fe_strip(init)->kid[0])));
  if (!v || !inc) { free(v); return NULL; }
  int ok = 0;
  if (inc->kind == CXCursor_UnaryOperator && fe_is_incdec(c->u, inc) && names(inc->kid[0], v)) ok = 1;
  if (inc->kind == CXCursor_CompoundAssignOperator && inc->nkid == 2 && names(inc->kid[0], v)) {
    int k;
    long long step = eval_int(inc->kid[1], &k);
    unsigned p = fe_skip_space(c->u, inc->kid[0]->end);
    ok = k && step != 0 && p < c->u->len && (c->u->src[p] == '+' || c->u->src[p] == '-');
  }
  if (!ok || assigned_in(c->u, body, v) || assigned_in(c->u, loop->kid[1], v)) { free(v); return NULL; }
  return v;
}

/* A task's dependencies on an object no other task and no wait names (only the
 * function's final wait, a plain taskwait, reads it) order nothing, provided
 * the task's own instances touch distinct parts of it: it runs once per call of
 * the function (no loop around it, no backward goto), or it is in one `for`
 * loop and names only the elements [v] of its induction variable.  A depend
 * item costs a dependence-hash insertion per task (and LLVM's libomp 14 does
 * not throttle tasks with dependencies): such items are left out of the clause
 * (d->unneeded; the run-time trace still records them). */
void drop_unneeded_deps(Ctx *c) {
  Func *f = c->f;
  if (f->backjump) return;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->form == SITE_COPY) continue;
    Node *loop = NULL;
    int depth = 0;
    for (Node *p = s->stmt->parent; p && p != f->body; p = p->parent)
      if (is_loop(p)) { depth++; if (!loop) loop = p; }
    if (depth > 1) continue;
    char *v = loop ? induction_var(c, loop) : NULL;
    if (loop && !v) continue;
    for (int k = 0; k < s->ndep; k++) {
      Obj *o = s->dep[k].obj;
      int keep = o->escaped;
      for (int j = 0; j < f->nsite && !keep; j++) {
        Site *t = f->site[j];
        if (t == s || t->serial || t->fused) continue;
        for (int q = 0; q < t->ndep; q++) keep |= t->dep[q].obj == o;
      }
      for (int j = 0; j < f->nsync && !keep; j++)
        for (int q = 0; q < f->sync[j]->ndep; q++) keep |= f->sync[j]->dep[q].obj == o;
      for (int q = 0; q < s->ndep && !keep; q++) {
        Dep *d = &s->dep[q];
        if (d->obj != o) continue;
        if (d->count || d->start) keep = 1;                  /* ranges: not shown distinct */
        else if (loop) {
          char *ix = d->index ? norm(d->index) : NULL;
          keep = !ix || strcmp(ix, v);
          free(ix);
        }
      }
      if (!keep) s->dep[k].unneeded = 1;
    }
    free(v);
  }
}

/* ---- a chain of tasks in a loop: one task ---- */

/* Every name n reads is a local of the function (or an enumerator / function);
 * tracked objects among them only `x`; no globals, no `*p`, no calls but the
 * site's.  Returns 0 when something else shows up. */
static int loop_names_ok(Ctx *c, Node *n, Obj *x, Node *call) {
  if (n->kind == CXCursor_CallExpr && n != call) return 0;
  if (n->kind == CXCursor_StmtExpr || (n->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, n))) return 0;
  if (n->kind == CXCursor_MemberRefExpr || n->kind == CXCursor_ArraySubscriptExpr) return 0;
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    enum CXCursorKind k = clang_getCursorKind(d);
    if (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) {
      if (!clang_equalCursors(clang_getCursorSemanticParent(d), c->f->cur)) return 0;
      enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
      if (sc == CX_SC_Static || sc == CX_SC_Extern) return 0;
      Obj *o = an_object_of(c->f, d);
      if (o && o != x) return 0;
      CXType t = clang_getCanonicalType(clang_getCursorType(d));
      if (!o && (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
                 t.kind == CXType_VariableArray))
        return 0;                 /* memory behind it: not captured by value */
    } else if (k != CXCursor_EnumConstantDecl && k != CXCursor_FunctionDecl) {
      return 0;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (!loop_names_ok(c, n->kid[i], x, call)) return 0;
  return 1;
}

/* `for (int i = A; cond; i++) x = f(args);` where the body is only that task,
 * which reads and writes one scalar x: each task depends on the previous one
 * and nothing else runs in the loop, so the whole loop becomes one task (the
 * spawn loop moves into it).  The header declares its induction variable,
 * calls nothing and reads no tracked object; the arguments read only x, the
 * induction variable and locals the loop does not change (captured at the
 * spawn). */
void find_fusions(Ctx *c) {
  Func *f = c->f;
  if (f->backjump) return;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->form != SITE_ASSIGN || s->cutoff || s->after || s->nbind || s->fwd ||
        !s->tobj || s->tindex || s->tobj->kind != OBJ_SCALAR || s->tobj->slot || !s->call)
      continue;
    Node *body = s->stmt->parent, *loop = body;
    if (body && body->kind == CXCursor_CompoundStmt) {
      if (body->nkid != 1) continue;
      loop = body->parent;
    }
    if (!loop || loop->kind != CXCursor_ForStmt || loop->nkid != 4 || loop->kid[3] != (body->kind == CXCursor_CompoundStmt ? body : s->stmt))
      continue;
    if (loop->kid[0]->kind != CXCursor_DeclStmt) continue;        /* the induction variable is the loop's own */
    int alone = 1, reads_x = 0;
    for (int k = 0; k < f->nsite; k++)
      if (k != i && !f->site[k]->serial && f->site[k]->stmt->beg >= loop->beg && f->site[k]->stmt->end <= loop->end) alone = 0;
    for (int k = 0; k < s->ndep; k++) {
      if (s->dep[k].obj != s->tobj) alone = 0;
      if (s->dep[k].acc != ACC_OUT) reads_x = 1;
    }
    if (!alone || !reads_x) continue;
    int synced = 0;
    for (int k = 0; k < f->nsync; k++)
      synced |= f->sync[k]->at->beg >= loop->beg && f->sync[k]->at->end <= loop->end && f->sync[k]->at != loop;
    for (int k = 0; k < f->nsync; k++)
      synced |= f->sync[k]->at == loop && (f->sync[k]->ndep || f->sync[k]->full);
    if (synced) continue;
    char *v = induction_var(c, loop);
    if (!v) continue;
    free(v);
    if (!pure_expr(c->u, loop->kid[1]) || has_macro(loop->kid[0]) || has_macro(loop->kid[1]) || has_macro(loop->kid[2]))
      continue;
    if (!loop_names_ok(c, loop, s->tobj, s->call) || s->stmt->macro || loop->macro) continue;
    /* the arguments and the header must not name x except through the call */
    int hdr_x = 0;
    for (int k = 0; k < 3; k++) {
      Refs r = {0};
      collect_refs(c, loop->kid[k], &r, 1);
      hdr_x |= r.n > 0;
      free(r.r);
    }
    if (hdr_x) continue;
    s->fuse_loop = loop;
    an_explain(c->a, loop, "the loop's tasks calling '%s' form a chain on '%s': fused into one task that runs the loop",
               s->callee->label, s->tobj->name);
  }
}
