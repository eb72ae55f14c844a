/* deps.c — the dependencies of one task.
 *
 * Arguments that read no pending result are evaluated at the call; the others
 * in the task, after their producers (depend in).  Pointer arguments name the
 * memory behind them by the parameter's direction and count: an element, a range
 * (iterator), an aligned block of a constant size (its first element), a row, a
 * whole array.  Where the memory cannot be bounded, the call stays serial. */
#include "delayc.h"
#include "analyze.h"

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
  s->dep[s->ndep++] = (Dep){o, acc, index, start, count, 0};
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

/* A range [start, start + count) where count is a constant argument C and start
 * is 0 or E*C: one of the aligned blocks of size C.  Two such ranges of the same
 * C are identical or disjoint, as OpenMP requires of depend items, so the block
 * can be named by its first element.  Returns C, or 0. */
long long aligned_block(Site *s, Param *pm, const char *start) {
  if (!pm->count || !start) return 0;
  char *cn = norm(pm->count);
  int k = -1;
  for (int i = 0; i < s->callee->nparam; i++)
    if (!strcmp(s->callee->param[i].name, cn)) k = i;
  free(cn);
  if (k < 0 || k >= s->narg) return 0;
  int ok;
  long long v = eval_int(s->arg[k], &ok);
  if (!ok || v <= 0) return 0;
  return v;
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
          if (i >= s->narg || !s->argtemp[i]) { free(b.s); return NULL; }
          buf_printf(&b, "(%s)", s->argtemp[i]);
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
        add_dep(s, o, acc, NULL, start, xstrdup("1"));
        return 1;
      }
      return 0;
    }
  }
  if (o && o->kind == OBJ_VIEW) {
    /* where the view points now, as an index into its base */
    char *ba = an_access(o->base);
    char *off = fmt("(%s - %s)", o->name, ba);
    start = !start ? off : *start ? fmt("%s + (%s)", off, start) : start;
    o = o->base;
  }
  if (!o) return 0;
  if (o->kind == OBJ_BUFFER && !owned_buffer(c->u, c->f, o)) return 0;
  if (o->kind == OBJ_SCALAR) { add_dep(s, o, acc, NULL, NULL, NULL); return 1; }
  char *count = pm->count ? subst_params(s, pm->count) : NULL;
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
  long long bs = aligned_block(s, pm, d->start);
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
    if (ok) d->block = bs;
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

/* If an argument is a function (pointer), the shared state it may touch. */
char *function_arg_state(Node *arg) {
  CXType t = clang_getCanonicalType(clang_getCursorType(arg->cur));
  if (t.kind != CXType_Pointer) return NULL;
  CXType pt = clang_getCanonicalType(clang_getPointeeType(t));
  if (pt.kind != CXType_FunctionProto && pt.kind != CXType_FunctionNoProto) return NULL;
  Node *a = fe_strip(arg);
  while (a && (a->kind == CXCursor_CStyleCastExpr || (a->kind == CXCursor_UnaryOperator && a->nkid == 1)))
    a = fe_strip(a->kid[a->nkid - 1]);
  if (a && a->kind == CXCursor_DeclRefExpr &&
      clang_getCursorKind(clang_getCursorReferenced(a->cur)) == CXCursor_FunctionDecl)
    return fx_global_touched(clang_getCursorReferenced(a->cur));
  return fx_any_taken_touches(clang_Cursor_getTranslationUnit(arg->cur));   /* a pointer: any target */
}

int site_task_deps(Ctx *c, Site *s) {
  Func *f = c->f;
  s->ndep = 0;
  s->argtask = xcalloc((size_t)s->narg + 1, sizeof *s->argtask);
  s->argtemp = xcalloc((size_t)s->narg + 1, sizeof *s->argtemp);
  /* arguments: evaluated at the call unless they read task results */
  for (int i = 0; i < s->narg; i++) {
    Refs r = {0};
    collect_refs(c, s->arg[i], &r, 0);
    int reads = 0;
    for (int k = 0; k < r.n; k++) reads |= !r.r[k].addr || r.r[k].elem != NULL;
    Param *pm = i < s->callee->nparam ? &s->callee->param[i] : NULL;
    if (pm && pm->dir != DIR_VALUE && r.n && (!reads || pointer_base(c, s->arg[i]))) {
      s->argtemp[i] = fmt("\001a%d_%d", s->id, i);     /* an address: known now */
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
      s->argtemp[i] = fmt("\001a%d_%d", s->id, i);
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
  (void)f;
  return 1;
}
