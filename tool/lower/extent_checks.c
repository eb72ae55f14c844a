/* extent_checks.c — the accesses of a DELAYED function's pointer parameters
 * that delayc could not show stay inside what the annotation declares,
 * checked when the program runs (delayc_rt.h, "extent checks").
 *
 * Tasks are ordered by the elements an annotation names, so an access
 * outside them races with the task that owns the element.  effects/ranges.c
 * weighs every use of the parameter: within the declaration (nothing to do),
 * beyond it wherever it runs (lint's error; the effects widen the
 * declaration, and the use is within what is taken), or not shown — those
 * are checked here, against the declaration's bounds evaluated when the
 * function starts:
 *
 *   p[e]                 p[delayc_rt_at(e, 0, lo, hi, site)]
 *   q[e], q = p + off    q[delayc_rt_at(e, off, lo, hi, site)]
 *   *p, p->m             *(p + delayc_rt_at(0, 0, lo, hi, site)), (p + ...)->m
 *   memset(p, 0, n)      memset(DELAYC_RT_BYTES(p, n, 1, p, lo, hi, sizeof *p, site), 0, n)
 *   strlen(p)            strlen(DELAYC_RT_READ(p, DELAYC_RT_READ_NUL, 0, 0, 0, p, lo, hi, sizeof *p, site))
 *   strchr(p, ',')       the same, DELAYC_RT_READ_CHR and ',': as far as the call itself reads
 *   *q++, q walking p    *DELAYC_RT_PTR(q++, p, lo, hi, sizeof *p, site)
 *   helper(p + k, m)     helper((delayc_rt_range(first, end, lo, hi, site), p + k), m)
 *
 * (helper's range over its parameters, from its body or its annotation, with
 * the call's arguments put in).  A block of rows, DELAYED_*_2D(rows, cols,
 * ld), takes the _2d forms (delayc_rt_at_2d ..., DELAYC_RT_BYTES_2D ...),
 * whose bounds carry the block's cols and ld after hi; a DELAYED callee's
 * own block handed on is checked row by row, delayc_rt_block(first, rows,
 * cols, ld, lo, hi, ...).  The edits are insertions, so the renames
 * inside the expressions still apply, but for a call's argument, replaced
 * whole (rendered with its renames): a task's arguments are rendered from
 * their own ranges.  A use no check can reach (the pointer
 * stored or walked, a macro's text) is not here: effects.c takes such a
 * parameter as reaching all it may. */
#include "lower/lower.h"
#include "effects/effects.h"

#include <stdlib.h>
#include <string.h>

/* "file:line:col\0function\0parameter\0declaration" as a C literal */
static char *site_literal(Lower *l, Node *at, const char *param, const char *decl) {
  char *path = label_literal(l->u->path), *fn = label_literal(l->f->name), *d = label_literal(decl);
  unsigned line = at->line, col = at->col;
  if (at->abeg < at->aend)         /* in a macro's argument: where it is spelled */
    clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(at->cur)), NULL, &line, &col, NULL);
  char *s = fmt("\"%s:%u:%u\\0%s\\0%s\\0%s\"", path, line, col, fn, param, d);
  free(path);
  free(fn);
  free(d);
  return s;
}

static char *text_of(Lower *l, Node *n) { return n ? render(l, n) : xstrdup("0"); }

/* Is use i of x to be checked: outside what is shown, and not one more
 * expansion of a macro's argument an earlier check already went into? */
static int to_check(ExtentUse *x, int i) {
  if (x[i].fit != FIT_UNKNOWN && x[i].fit != FIT_BEYOND) return 0;
  Node *a = x[i].at;
  for (int j = 0; j < i && a->abeg < a->aend; j++)
    if ((x[j].fit == FIT_UNKNOWN || x[j].fit == FIT_BEYOND) && x[j].kind == x[i].kind && x[j].at->abeg == a->abeg &&
        x[j].at->aend == a->aend)
      return 0;
  return 1;
}

/* the check of one use; 1: made.  shape: a block of rows' "cols, ld" (the
 * _2D forms of the checks), or NULL */
static int check_use(Lower *l, Param *p, ExtentUse *x, const char *lo, const char *hi, const char *shape,
                     const char *base, const char *decl) {
  Node *arg = x->call ? x->call->kid[1 + x->ptr_arg] : NULL;
  const char *d2 = shape ? "_2D" : "", *d2l = shape ? "_2d" : "";
  char *hi2 = shape ? fmt("%s, %s", hi, shape) : xstrdup(hi);   /* hi, and the rows' shape after it */
  hi = hi2;
  char *site = site_literal(l, x->kind == EXT_ELEMENT ? x->at : arg ? arg : x->at, p->name, decl);
  char *es = p->voidp ? xstrdup("1") : fmt("(long long)sizeof *%s", p->name);   /* bytes an element */
  int made = 1;
  switch (x->kind) {
  case EXT_ELEMENT: {
    char *off = text_of(l, x->offset);
    int moving = x->walk || x->ploop;
    if (moving && x->index) {      /* q[e], q moving: its offset now */
      char *q = render(l, x->name);
      free(off);
      off = fmt("((const char *)(%s) - %s) / %s", q, base, es);
      free(q);
    }
    if ((moving && !x->index) || x->neg || x->chained) {   /* *q++, q->m, *(p - e), *(p + a - b): the element it points to */
      char *h = fmt("DELAYC_RT_PTR%s(", d2);
      ed_insert(&l->ed, fe_own_beg(x->ptr), h);
      free(h);
      char *t = fmt(", %s, %s, %s, %s, %s)", base, lo, hi, es, site);
      ed_insert(&l->ed, fe_own_end(x->ptr), t);
      free(t);
    } else if (x->mindex) {        /* one use of an index macro: replaced by its expansion, checked */
      char *t = fmt("%s[delayc_rt_at%s((long long)(%s), (long long)(%s), %s, %s, %s)]", x->mbase, d2l, x->mindex, off, lo,
                    hi, site);
      ed_replace(&l->ed, x->at->beg, x->at->end, t);
      free(t);
    } else if (x->index) {
      char *h = fmt("delayc_rt_at%s((long long)(", d2l);
      ed_insert(&l->ed, fe_own_beg(x->index), h);
      free(h);
      char *t = fmt("), (long long)(%s), %s, %s, %s)", off, lo, hi, site);
      ed_insert(&l->ed, fe_own_end(x->index), t);
      free(t);
    } else {                       /* *p, p->m: the name itself, by 0 elements */
      Node *name = x->at->kind == CXCursor_MemberRefExpr || x->at->kind == CXCursor_UnaryOperator ? x->at->kid[0] : x->at;
      ed_insert(&l->ed, fe_own_beg(name), "(");
      char *t = fmt(" + delayc_rt_at%s(0, (long long)(%s), %s, %s, %s))", d2l, off, lo, hi, site);
      ed_insert(&l->ed, fe_own_end(name), t);
      free(t);
    }
    free(off);
    break;
  }
  case EXT_CALL: {
    /* the argument replaced, not wrapped: a task's argument is rendered from its own range */
    char *a = render(l, arg);
    if (x->block) {                 /* a callee's block of rows: row by row */
      char *from = x->walk || x->ploop || x->chain ? render(l, x->chain ? arg : x->name) : NULL;
      char *f = from ? fmt("((const char *)(%s) - %s) / %s + %s", from, base, es, x->chk_first) : xstrdup(x->chk_first);
      char *t = fmt("(delayc_rt_block((long long)(%s), (long long)(%s), (long long)(%s), (long long)(%s), %s, %s%s, %s), %s)",
                    f, x->chk_rows, x->chk_cols, x->chk_ld, lo, hi, shape ? "" : ", 0, 0", site, a);
      ed_replace(&l->ed, arg->beg, arg->end, t);
      free(t);
      free(f);
      free(from);
      free(a);
      break;
    }
    char *from = xstrdup("");
    if (x->walk || x->ploop || x->chain) {   /* the pointer's offset now: the argument's, for a chain */
      char *q = render(l, x->chain ? arg : x->name);
      free(from);
      from = fmt("((const char *)(%s) - %s) / %s + ", q, base, es);
      free(q);
    }
    char *t = fmt("(delayc_rt_range%s((long long)(%s%s), (long long)(%s%s), %s, %s, %s), %s)", d2l, from, x->chk_first,
                  from, x->chk_end, lo, hi, site, a);
    free(from);
    ed_replace(&l->ed, arg->beg, arg->end, t);
    free(t);
    free(a);
    break;
  }
  case EXT_BYTES: {               /* the pointer wrapped: a call may check two (memcpy(p, q, n)) */
    char *cnt;
    if (x->size_str) {              /* strcpy, strcat: the string's length and its NUL (and what is there) */
      char *src = render(l, x->call->kid[x->size_str]), *dst = x->size_cat ? render(l, arg) : NULL;
      cnt = dst ? fmt("strlen(%s) + strlen(%s) + 1", dst, src) : fmt("strlen(%s) + 1", src);
      free(src);
      free(dst);
    } else if (x->size_fmt) {       /* sprintf: what snprintf counts with the same format and values, and the NUL */
      Buf b = {0};
      buf_puts(&b, "snprintf((char *)0, 0");
      for (int j = x->size_fmt; j < x->call->nkid; j++) {
        char *t = render(l, x->call->kid[j]);
        buf_printf(&b, ", %s", t);
        free(t);
      }
      buf_puts(&b, ") + 1");
      cnt = b.s;
    } else {
      cnt = render(l, x->call->kid[1 + x->size_arg]);
    }
    char *size = x->size_arg2 >= 0 ? render(l, x->call->kid[1 + x->size_arg2]) : xstrdup("1");
    char *h = fmt("DELAYC_RT_BYTES%s(", d2);
    ed_insert(&l->ed, arg->beg, h);
    free(h);
    char *t = fmt(", (size_t)(%s), (size_t)(%s), (const void *)%s, %s, %s, %s, %s)", cnt, size, base, lo, hi, es, site);
    ed_insert(&l->ed, arg->end, t);
    free(t);
    free(cnt);
    free(size);
    break;
  }
  case EXT_STRING: {                /* how far the call reads, as its arguments say */
    char *other = x->other_arg >= 0 ? render(l, x->call->kid[1 + x->other_arg]) : xstrdup("0");
    char *cc = x->c_arg >= 0 ? render(l, x->call->kid[1 + x->c_arg]) : fmt("%d", x->c_const);
    char *n = x->size_arg >= 0 ? render(l, x->call->kid[1 + x->size_arg]) : xstrdup("0");
    char *h = fmt("DELAYC_RT_READ%s(", d2);
    ed_insert(&l->ed, arg->beg, h);
    free(h);
    static const char *kinds[] = {"NUL", "CHR", "MEMCHR", "CMP", "NCMP", "SPN", "CSPN", "NLEN", "INT"};   /* READ_* */
    char *t = fmt(", DELAYC_RT_READ_%s, (const void *)(%s), (long long)(%s), (long long)(%s), (const void *)%s, %s, %s, %s,"
                  " %s)", kinds[x->read], other, cc, n, base, lo, hi, es, site);
    ed_insert(&l->ed, arg->end, t);
    free(t);
    free(other);
    free(cc);
    free(n);
    break;
  }
  default:
    made = 0;
  }
  free(site);
  free(es);
  free(hi2);
  return made;
}

/* ---- checked copies of helpers ----
 *
 * A helper given part of a parameter whose range delayc cannot check in one
 * go (merge(a, na, b, nb, out) with its while loops, neighbours(board, r, c)
 * with its modulo) is called through a copy of itself that checks each use
 * it makes against bounds the call passes: its text under another name,
 * `long long __dc_xlo_out, long long __dc_xhi_out` added to its parameters,
 * the checks above in its body.  The call passes the caller's bounds less
 * the argument's offset from the parameter. */

typedef struct CopyArg { int arg; char *lo, *hi, *shape, *base, *es, *decl; } CopyArg;   /* shape: a block's, or NULL */
typedef struct CopyCall { Node *call; CXCursor callee; CopyArg a[8]; int n; } CopyCall;
typedef struct Copies { CopyCall *c; int n; } Copies;

static void copy_add(Copies *cs, ExtentUse *x, const char *lo, const char *hi, const char *shape, const char *base,
                     const char *es, const char *decl) {
  CopyCall *c = NULL;
  for (int i = 0; i < cs->n && !c; i++)
    if (cs->c[i].call == x->call) c = &cs->c[i];
  if (!c) {
    cs->c = xrealloc(cs->c, sizeof *cs->c * (size_t)(cs->n + 1));
    c = &cs->c[cs->n++];
    memset(c, 0, sizeof *c);
    c->call = x->call;
    c->callee = x->callee;
  }
  for (int i = 0; i < c->n; i++)
    if (c->a[i].arg == x->ptr_arg) return;
  if (c->n == 8) return;
  c->a[c->n++] = (CopyArg){x->ptr_arg, xstrdup(lo), xstrdup(hi), shape ? xstrdup(shape) : NULL, xstrdup(base),
                           xstrdup(es), xstrdup(decl)};
}

/* The copies extent_checks() is making, for member_checks.c's calls (a
 * struct's counted member handed to a helper): checked by the copy against
 * [lo, hi) of base, as a parameter's part is. */
static Copies *pending;

void extent_check_member_call(Node *call, int arg, const char *lo, const char *hi, const char *base, const char *es,
                              const char *decl) {
  Node *f = fe_direct_callee(call);
  if (!pending || !f) return;
  ExtentUse x = {0};
  x.call = call;
  x.ptr_arg = arg;
  x.callee = clang_getCursorReferenced(f->cur);
  copy_add(pending, &x, lo, hi, NULL, base, es, decl);
}

/* A call member_checks.c makes one of a copy checking the struct handed as
 * argument arg: that copy's checks are the ones its uses need (the struct's
 * own element is all it reaches: analysis/memory.c struct_handed). */
void extent_copy_drop(Node *call, int arg) {
  for (int i = 0; pending && i < pending->n; i++) {
    CopyCall *c = &pending->c[i];
    if (c->call != call) continue;
    for (int k = 0; k < c->n; k++)
      if (c->a[k].arg == arg) {
        CopyArg *x = &c->a[k];
        free(x->lo); free(x->hi); free(x->shape); free(x->base); free(x->es); free(x->decl);
        c->a[k] = c->a[--c->n];
        k--;
      }
  }
}

/* A recursive helper's copy calls itself: each call of def in its body is
 * one of the copy (cname), with the bounds it was given (bounds) after the
 * arguments, the pointers handed on unchanged (ranges.c clonable). */
static void self_calls(Lower *l, Node *n, CXCursor def, const char *cname, const char *bounds) {
  Node *f = n->kind == CXCursor_CallExpr ? fe_direct_callee(n) : NULL;
  if (f && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(f->cur)), clang_getCanonicalCursor(def)) &&
      l->u->src[n->end - 1] == ')') {
    ed_replace(&l->ed, f->beg, f->end, cname);
    char *t = fmt(", %s", bounds);
    ed_insert(&l->ed, n->end - 1, t);
    free(t);
  }
  for (int i = 0; i < n->nkid; i++) self_calls(l, n->kid[i], def, cname, bounds);
}

/* A checked copy's text, after the helper's definition (def_at), under
 * #line directives that keep the helper's own lines; its static storage
 * kept or given. */
void copy_place(Lower *l, CXCursor def, Node *root, unsigned def_at, const char *before, const char *text) {
  Unit *u = l->u;
  const char *pfx = clang_Cursor_getStorageClass(def) == CX_SC_Static ? "__attribute__((unused)) "
                                                                       : "__attribute__((unused)) static ";
  char *lit = label_literal(u->path);
  char *t = fmt("\n%s\n#line %u \"%s\"\n%s%s\n#line %u \"%s\"%s", before, line_at(u, root->beg), lit, pfx, text,
                line_at(u, def_at) + (def_at < u->len), lit, def_at < u->len ? "" : "\n");
  ed_insert(&l->out, def_at, t);
  free(t);
  free(lit);
  /* the original may now go uncalled: no -Wunused-function for it */
  if (clang_Cursor_getStorageClass(def) == CX_SC_Static) ed_insert(&l->out, root->beg, "__attribute__((unused)) ");
}

static void copy_emit(Lower *l, CopyCall *c, int emit) {
  Unit *u = l->u;
  CXCursor def = clang_getCursorDefinition(c->callee);
  Node *root = fe_tree(u, def), *body = NULL;
  for (int i = 0; i < root->nkid; i++)
    if (root->kid[i]->kind == CXCursor_CompoundStmt) body = root->kid[i];
  unsigned name_at, def_at, ob, cb;
  Node *fnref = fe_direct_callee(c->call);
  char *name = fe_spelling(def);
  if (!body || fe_copy_refusal(u, def, root, body, &name_at, &def_at) || !fnref || !fe_braces(u, body, &ob, &cb) ||
      u->src[c->call->end - 1] != ')') {
    free(name);
    fe_free_tree(root);
    return;                          /* ranges.c's clonable() made sure: never here */
  }
  char *cname = fmt("\001chk%u_%s", c->call->beg, name);
  Edits saved = l->ed;
  l->ed = (Edits){0};
  ed_replace(&l->ed, name_at, name_at + (unsigned)strlen(name), cname);
  Buf params = {0}, entry = {0}, args = {0}, self = {0};   /* self: the bounds its calls of itself pass on */
  buf_add(&params, "", 0);
  buf_add(&entry, "", 0);
  buf_add(&args, "", 0);
  buf_add(&self, "", 0);
  for (int i = 0; i < c->n; i++) {
    CopyArg *a = &c->a[i];
    CXCursor pc = clang_Cursor_getArgument(def, (unsigned)a->arg);
    Param hp = {0};
    hp.name = fe_spelling(pc);
    CXType pt = clang_getCanonicalType(clang_getCursorType(pc));
    hp.voidp = clang_getCanonicalType(clang_getPointeeType(pt)).kind == CXType_Void;
    char *vlo = fmt("\001xlo_%s", hp.name), *vhi = fmt("\001xhi_%s", hp.name), *vb = fmt("\001xb_%s", hp.name);
    char *vsh = a->shape ? fmt("\001xc_%s, \001xld_%s", hp.name, hp.name) : NULL;
    /* unused when the helper only hands the pointer on (`return t + r * ld;`) */
    buf_printf(&params, ", __attribute__((unused)) long long %s, __attribute__((unused)) long long %s", vlo, vhi);
    if (a->shape)
      buf_printf(&params, ", __attribute__((unused)) long long \001xc_%s, __attribute__((unused)) long long \001xld_%s",
                 hp.name, hp.name);
    buf_printf(&entry, " __attribute__((unused)) const char *const %s = (const char *)(%s);", vb, hp.name);
    ExtentUse *y;
    int n = fx_extent_uses(u, body, def, a->arg, NULL, NULL, 0, &y);
    for (int k = 0; k < n; k++)
      if (!fx_self_call(&y[k], def, a->arg) && to_check(y, k)) check_use(l, &hp, &y[k], vlo, vhi, vsh, vb, a->decl);
    fx_extent_uses_free(y, n);
    if (self.len) buf_printf(&self, ", ");
    buf_printf(&self, "%s, %s%s%s", vlo, vhi, vsh ? ", " : "", vsh ? vsh : "");
    /* at the call: the caller's bounds, less where the argument points */
    Node *arg = c->call->kid[1 + a->arg];
    char *at = render(&(Lower){.u = u, .ed = saved}, arg);
    buf_printf(&args, ", %s - ((const char *)(%s) - %s) / %s, %s - ((const char *)(%s) - %s) / %s", a->lo, at, a->base,
               a->es, a->hi, at, a->base, a->es);
    if (a->shape) buf_printf(&args, ", %s", a->shape);   /* a block's rows: the same, from any element */
    free(at);
    free(vsh);
    free(vlo);
    free(vhi);
    free(vb);
    free(hp.name);
  }
  self_calls(l, body, def, cname, self.s);
  free(self.s);
  /* the parameter list's closing parenthesis */
  int np = clang_Cursor_getNumArguments(def);
  CXSourceRange r = clang_getCursorExtent(clang_Cursor_getArgument(def, (unsigned)(np - 1)));
  unsigned close;
  clang_getFileLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &close);
  close = fe_skip_space(u, close);
  ed_insert(&l->ed, close, params.s);
  ed_insert(&l->ed, ob, entry.s);
  ed_sort(&l->ed);
  Edits ce = l->ed;
  l->ed = saved;
  const char *pfx = clang_Cursor_getStorageClass(def) == CX_SC_Static ? "__attribute__((unused)) "
                                                                       : "__attribute__((unused)) static ";
  char *decl = flatten(ed_apply(&ce, u->src, root->beg, body->beg, NULL));
  char *text = ed_apply(&ce, u->src, root->beg, body->end, NULL);
  if (emit) {                      /* once: a serial clone's calls use the same copy */
    ed_insert(&l->out, l->f->root->beg, fmt("%s%s; ", pfx, decl));
    copy_place(l, def, root, def_at, "", text);
  }
  /* the call: the copy, and the bounds */
  ed_replace(&l->ed, fnref->beg, fnref->end, cname);
  ed_insert(&l->ed, c->call->end - 1, args.s);
  free(decl);
  free(text);
  for (int k = 0; k < ce.n; k++) free(ce.e[k].text);
  free(ce.e);
  free(params.s);
  free(entry.s);
  free(args.s);
  free(cname);
  free(name);
  fe_free_tree(root);
}

void extent_checks(Lower *l, int emit_copies) {
  Func *f = l->f;
  Unit *u = l->u;
  Callee *ce = fe_callee(u, f->cur);
  unsigned ob, cb;
  if (!ce || !ce->delayed || !f->body || !fe_braces(u, f->body, &ob, &cb)) return;
  callee_effects(u, ce);          /* declarations widened where the body certainly goes beyond */
  int np = clang_Cursor_getNumArguments(f->cur);
  Copies copies = {0};
  Buf entry = {0};
  buf_add(&entry, "", 0);
  for (int k = 0; k < np && k < ce->nparam; k++) {
    Param *p = &ce->param[k];
    if (p->dir == DIR_VALUE || !p->annotated || p->unchecked || !*p->name) continue;
    char *lo, *hi;
    int one;
    if (!fx_declared_extent(f->cur, k, p, &lo, &hi, &one)) continue;
    const char *w = p->dir == DIR_IN ? "IN" : p->dir == DIR_OUT ? "OUT" : "INOUT";
    const char *dfirst = p->widened ? p->was_first : p->first, *dend = p->widened ? p->was_end : p->first ? p->end : p->count;
    char *decl = p->rows ? fmt("DELAYED_%s_2D(%s, %s, %s)", w, p->rows, p->count, p->ld)
               : dfirst ? fmt("DELAYED_%s_RANGE(%s, %s)", w, dfirst, dend) : dend && strcmp(dend, "1") ? fmt("DELAYED_%s_N(%s)", w, dend)
               : fmt("DELAYED_%s", w);
    char *vlo = fmt("\001xlo_%s", p->name), *vhi = fmt("\001xhi_%s", p->name), *vb = fmt("\001xb_%s", p->name);
    char *vsh = p->rows ? fmt("\001xc_%s, \001xld_%s", p->name, p->name) : NULL;
    char *es = p->voidp ? xstrdup("1") : fmt("(long long)sizeof *%s", p->name);
    ExtentUse *x;
    int n = fx_param_uses(u, f->body, f->cur, k, p, lo, hi, one, &x), made = 0, nchk = 0, looped = 0;
    Node *first_chk = NULL;
    for (int i = 0; i < n; i++) {
      if (!to_check(x, i)) continue;
      nchk++;
      if (!first_chk) first_chk = x[i].at;
      for (Node *q = x[i].at->parent; q && q != f->body && !looped; q = q->parent)
        looped = q->kind == CXCursor_ForStmt || q->kind == CXCursor_WhileStmt || q->kind == CXCursor_DoStmt;
      if (x[i].kind == EXT_CALL && x[i].clone) {
        copy_add(&copies, &x[i], vlo, vhi, vsh, vb, es, decl);
        made = 1;
      } else {
        made |= check_use(l, p, &x[i], vlo, vhi, vsh, vb, decl);
      }
    }
    free(es);
    if (made && first_chk)          /* said: a check in a loop costs at every access */
      an_explain(l->a, first_chk, "'%s' checks %d access%s of '%s' as the program runs%s: delayc cannot show %s "
                 "within the %s it declares for every call (the indexes' signs or ends are not known from the "
                 "parameters); bounds it can follow there (loops over the parameters' ranges, a count over them) "
                 "remove the checks", f->name, nchk, nchk == 1 ? "" : "es", p->name,
                 looped ? ", in a loop (each time it runs)" : "", nchk == 1 ? "it stays" : "they stay", decl);
    if (made && p->rows)            /* the block's hull, its rows |ld| apart */
      buf_printf(&entry, " __attribute__((unused)) const long long \001xr_%s = (long long)(%s), \001xc_%s = (long long)(%s),"
                 " \001xl_%s = (long long)(%s), \001xld_%s = \001xl_%s < 0 ? -\001xl_%s : \001xl_%s,"
                 " %s = delayc_rt_block_lo(\001xr_%s, \001xc_%s, \001xl_%s), %s = delayc_rt_block_hi(\001xr_%s, \001xc_%s,"
                 " \001xl_%s); __attribute__((unused)) const char *const %s = (const char *)(%s);",
                 p->name, p->rows, p->name, p->count, p->name, p->ld, p->name, p->name, p->name, p->name,
                 vlo, p->name, p->name, p->name, vhi, p->name, p->name, p->name, vb, p->name);
    else if (made)
      buf_printf(&entry, " __attribute__((unused)) const long long %s = (long long)(%s), %s = (long long)(%s);"
                 " __attribute__((unused)) const char *const %s = (const char *)(%s);", vlo, lo, vhi, hi, vb, p->name);
    fx_extent_uses_free(x, n);
    free(vlo);
    free(vhi);
    free(vb);
    free(vsh);
    free(decl);
    free(lo);
    free(hi);
  }
  if (entry.len) ed_insert_first(&l->ed, ob, entry.s);
  free(entry.s);
  pending = &copies;
  member_checks(l, ob, emit_copies);
  pending = NULL;
  for (int i = 0; i < copies.n; i++) {
    if (copies.c[i].n) copy_emit(l, &copies.c[i], emit_copies);
    for (int k = 0; k < copies.c[i].n; k++) {
      CopyArg *a = &copies.c[i].a[k];
      free(a->lo); free(a->hi); free(a->shape); free(a->base); free(a->es); free(a->decl);
    }
  }
  free(copies.c);
  ed_sort(&l->ed);
}
