/* expr.c — expression text the passes compare and rewrite: a shape without
 * blanks and integer casts (norm), linear forms k + sum(coef * atom) through
 * the callee's parameters and object-like macros (const_count, aligned_block:
 * counts and starts known by value), and an annotation's expression over a
 * call's arguments as a plan expression with holes (subst_params). */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>

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

/* Linear forms (Lin, passes.h), parsed by recursive descent. */
typedef struct LinP { const char *p; Unit *u; Site *s; int depth; } LinP;

static Lin lin_const(long long k) { Lin l = {0}; l.ok = 1; l.k = k; return l; }
static Lin lin_fail(void) { Lin l = {0}; return l; }

Lin lin_axpy(Lin a, Lin b, long long m) {   /* a + m*b */
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

Lin lin_text(const char *t, Unit *u, Site *s, int depth) {
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
    const char *q = int_cast_end(p);               /* an integer cast: (long), (size_t) ... */
    if (q) { P->p = q; return lin_primary(P); }
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
  char *m = fe_macro_text(P->u, name);
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
  /* a quotient or a remainder anywhere in the product (`BS*h/2`): no multiple,
   * whatever factor comes first */
  for (size_t j = 0; j < n; j++) {
    if (t[j] == '(' || t[j] == '[') depth++;
    else if (t[j] == ')' || t[j] == ']') depth--;
    else if (!depth && (t[j] == '/' || t[j] == '%')) return 0;
  }
  depth = 0;
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
int multiple_of(Unit *u, const char *start, long long C) {
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
      /* a member's name (c->n, b.len) is not a parameter's (blind 73b:
       * DELAYED_OUT_N(c->n) beside a parameter n gave `(a)->((10))`) */
      const char *r = p;
      while (r > expr && (r[-1] == ' ' || r[-1] == '\t')) r--;
      int member = (r > expr && r[-1] == '.') || (r - 1 > expr && r[-1] == '>' && r[-2] == '-');
      for (int i = 0; i < s->callee->nparam && !member; i++) {
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

/* Is n a constant expression: literals, enumerators, sizeof, and operators
 * on them (a macro such as WIDTH expands to these), evaluated by libclang? */
static int constant_parts(Node *n) {
  if (n->kind == CXCursor_DeclRefExpr)
    return clang_getCursorKind(clang_getCursorReferenced(n->cur)) == CXCursor_EnumConstantDecl;
  if (n->kind == CXCursor_CallExpr || n->kind == CXCursor_CompoundAssignOperator || n->kind == CXCursor_StringLiteral)
    return 0;
  if (n->kind == CXCursor_UnaryExpr) return 1;            /* sizeof, _Alignof: not evaluated */
  for (int i = 0; i < n->nkid; i++)
    if (!constant_parts(n->kid[i])) return 0;
  return 1;
}

int an_constant_arg(Node *a) {
  CXType t = clang_getCanonicalType(clang_getCursorType(a->cur));
  if (t.kind < CXType_Bool || t.kind > CXType_LongDouble || !constant_parts(a)) return 0;
  CXEvalResult r = clang_Cursor_Evaluate(a->cur);
  int ok = r && (clang_EvalResult_getKind(r) == CXEval_Int || clang_EvalResult_getKind(r) == CXEval_Float);
  if (r) clang_EvalResult_dispose(r);
  return ok;
}

/* ---- what an annotation's expression reads when it is evaluated ----
 * A count, a range's bounds or a block's rows are evaluated twice: at the
 * spawn, for the task's regions, and when the task starts, for its checks
 * (lower/extent_checks.c).  Over the parameters' values and constants the
 * two agree.  An expression that reads memory (strlen(src) + 1, lens[k],
 * c->n) or a global (G) could read, at the spawn, what a pending task has
 * not written yet, and when the task starts, what ordinary code wrote since:
 * a region smaller than the checks allow (blind 73b). */

static int ident_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

static CXCursor found_global;
static const char *want_global;

static enum CXChildVisitResult global_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  (void)d;
  if (clang_getCursorKind(c) != CXCursor_VarDecl) return CXChildVisit_Continue;
  char *n = fe_spelling(c);
  int hit = !strcmp(n, want_global);
  free(n);
  if (!hit) return CXChildVisit_Continue;
  found_global = c;
  return CXChildVisit_Break;
}

static int param_index(Callee *ce, const char *p, size_t n) {
  for (int i = 0; i < ce->nparam; i++)
    if (strlen(ce->param[i].name) == n && !strncmp(ce->param[i].name, p, n)) return i;
  return -1;
}

static int reads_of(Unit *u, Callee *ce, const char *e, int depth, AnnReads *r) {
  int operand = 0;                /* the last token ends an operand: a '*' after it multiplies */
  int arrow = 0;                  /* the next '->' is a parameter's (c->n): r->arrow says which */
  for (const char *p = e; *p;) {
    if (*p == ' ' || *p == '\t' || *p == '\n') { p++; continue; }
    if (*p >= '0' && *p <= '9') {   /* a number, 1.5e3 and 0x1fULL included */
      while (ident_char(*p) || *p == '.') p++;
      operand = 1;
      continue;
    }
    if (ident_char(*p)) {
      const char *q = p;
      while (ident_char(*q)) q++;
      size_t n = (size_t)(q - p);
      char *name = xstrndup(p, n);
      const char *after = q;
      while (*after == ' ' || *after == '\t') after++;
      const char *before = p;
      while (before > e && (before[-1] == ' ' || before[-1] == '\t')) before--;
      int member = (before > e && before[-1] == '.') || (before - 1 > e && before[-1] == '>' && before[-2] == '-');
      if (!strcmp(name, "sizeof") || !strcmp(name, "_Alignof")) {
        free(name);                 /* not evaluated: skip its operand */
        p = after;
        if (*p == '(') {
          int lv = 0;
          do { lv += *p == '(' ? 1 : *p == ')' ? -1 : 0; p++; } while (*p && lv > 0);
        }
        operand = 1;
        continue;
      }
      char *mt = NULL, *ex = NULL;
      size_t used = 0;
      int k = member ? -1 : param_index(ce, p, n);
      if (member || k >= 0) {
        /* a member's name (its access was counted at '->'), a parameter's value */
        if (k >= 0 && k < 32 && after[0] == '-' && after[1] == '>') {
          r->arrow |= 1u << k;      /* c->n: the struct the argument points to */
          arrow = 1;
        }
      } else if (*after == '(' && depth < 8 && (ex = fe_expand_text(u, name, after, &used))) {
        reads_of(u, ce, ex, depth + 1, r);   /* MIN(n, CAP): what it expands to */
        q = after + used;
      } else if (*after == '(') {
        r->memory = 1;              /* a call: strlen(src) */
      } else if (depth < 8 && (mt = fe_macro_text(u, name))) {
        reads_of(u, ce, mt, depth + 1, r);
      } else if (r->nglobal < 8) {
        want_global = name;
        found_global = clang_getNullCursor();
        clang_visitChildren(clang_getTranslationUnitCursor(u->tu), global_visit, NULL);
        if (!clang_Cursor_isNull(found_global) && clang_Cursor_hasVarDeclGlobalStorage(found_global) == 1 &&
            !clang_isConstQualifiedType(clang_getCursorType(found_global)))   /* (a const one never changes) */
          r->global[r->nglobal++] = found_global;
      }
      free(mt);
      free(ex);
      free(name);
      p = q;
      operand = 1;
      continue;
    }
    /* (a '.' is a member of a value: a parameter's by value, or one reached
     * by what is counted here) */
    if (*p == '[' || (*p == '-' && p[1] == '>' && !arrow)) r->memory = 1;
    if (*p == '*' && !operand) r->memory = 1;   /* a dereference */
    if (*p == '-' && p[1] == '>') p++;
    arrow = 0;
    operand = *p == ')' || *p == ']';
    p++;
  }
  return r->memory || r->nglobal || r->arrow;
}

int an_expr_reads(Unit *u, Callee *ce, const char *e, AnnReads *r) {
  return e ? reads_of(u, ce, e, 0, r) : 0;
}

/* ... of all the annotations on the parameters of ce: weighed once per
 * callee (its sites ask twice each), after callee_effects has settled them */
int an_param_reads(Unit *u, Callee *ce, AnnReads *r) {
  if (ce->ann_reads) {
    *r = *(const AnnReads *)ce->ann_reads;
    return r->memory || r->nglobal || r->arrow;
  }
  memset(r, 0, sizeof *r);
  for (int i = 0; i < ce->nparam; i++) {
    Param *pm = &ce->param[i];
    an_expr_reads(u, ce, pm->count, r);
    an_expr_reads(u, ce, pm->first, r);
    an_expr_reads(u, ce, pm->rows, r);
    an_expr_reads(u, ce, pm->ld, r);
    an_expr_reads(u, ce, pm->vm_row, r);
  }
  if (ce->fx) {
    AnnReads *keep = xcalloc(1, sizeof *keep);
    *keep = *r;
    ce->ann_reads = keep;
  }
  return r->memory || r->nglobal || r->arrow;
}
