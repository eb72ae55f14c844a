/* member_checks.c — the elements a DELAYED function reaches through a
 * struct's counted pointer member, checked when the program runs.
 *
 * `typedef struct { double *data DELAYED_N(n); int n; } Buffer;` says that
 * data points to n elements: tasks given Buffers are ordered by those
 * elements only (analysis/memory.c), so a body that goes past them races
 * with the task that owns them — a declaration that lies, which delayc does
 * not trust.  Each `b.data[e]` / `b->data[e]` of a parameter b of such a
 * struct (by value, or a pointer to it) becomes
 *
 *   b.data[delayc_rt_at(e, 0, 0, n, site)]
 *
 * with n the count member, read when the function starts (for a pointer,
 * when it is not null: it may be tested in the body first).  The
 * one shape proven without a check is the loop over the count itself,
 * `for (i = 0; i < b.n; i++) ... b.data[i]` with i not changed in its body.
 * A use inside a macro's own text is not reached (the access's text is not
 * there to wrap). */
#include "lower/lower.h"
#include "effects/effects.h"
#include "analysis/tree.h"
#include "analysis/analysis.h"

#include <stdlib.h>
#include <string.h>

/* The count member's name of member m of record type rec (DELAYED_N), or NULL. */
typedef struct Want { const char *name; char *count; } Want;

static enum CXVisitorResult find_field(CXCursor fc, CXClientData d) {
  Want *w = d;
  char *nm = fe_spelling(fc);
  int hit = !strcmp(nm, w->name);
  free(nm);
  if (!hit) return CXVisit_Continue;
  char *count = NULL;
  if (fe_has_annotation(fc, "delayc.count", &count) && count && *count) w->count = count;
  else free(count);
  return CXVisit_Break;
}

static char *member_count(CXType rec, const char *member) {
  Want w = {member, NULL};
  clang_Type_visitFields(clang_getCanonicalType(rec), find_field, &w);
  return w.count;
}

/* text without blanks */
static char *squeeze(const char *t) {
  char *s = xstrdup(t), *o = s;
  for (const char *p = t; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n') *o++ = *p;
  *o = 0;
  return s;
}

static int is_var_ref(Node *n, CXCursor v) {
  n = fe_strip(n);
  return n && n->kind == CXCursor_DeclRefExpr &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), v);
}

static int zero_value(Node *n) {
  CXEvalResult r = n ? clang_Cursor_Evaluate(n->cur) : NULL;
  int z = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
  if (r) clang_EvalResult_dispose(r);
  return z;
}

/* `v = 0`, or a declaration of v alone with 0 */
static int starts_at_zero(Unit *u, Node *init, CXCursor v) {
  if (init->kind == CXCursor_DeclStmt && init->nkid == 1 && init->kid[0]->kind == CXCursor_VarDecl &&
      clang_equalCursors(clang_getCanonicalCursor(init->kid[0]->cur), v))
    return zero_value(fe_var_init(u, init->kid[0]));
  Node *a = fe_strip(init);
  return a && a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_is_assign(u, a) && is_var_ref(a->kid[0], v) &&
         zero_value(a->kid[1]);
}

/* Is index ix a loop over the count, `for (i = 0; i < hi; i++)` around at,
 * hi spelled as `count` (blanks aside), i not changed in the loop's body? */
static int counted_loop(Unit *u, Node *at, Node *ix, const char *count) {
  ix = fe_strip(ix);
  if (!ix || ix->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor v = clang_getCanonicalCursor(clang_getCursorReferenced(ix->cur));
  char *want = squeeze(count);
  size_t wl = strlen(want);
  if (wl > 2 && want[0] == '(' && want[wl - 1] == ')' && !strchr(want + 1, '(')) {   /* "(b.n)": b.n */
    memmove(want, want + 1, wl - 2);
    want[wl - 2] = 0;
  }
  int ok = 0;
  for (Node *l = at->parent; l && !ok; l = l->parent) {
    if (l->kind != CXCursor_ForStmt || l->nkid != 4) continue;
    Node *c = fe_strip(l->kid[1]), *inc = fe_strip(l->kid[2]);
    char *vn = fe_spelling(v);
    if (!c || c->kind != CXCursor_BinaryOperator || c->nkid != 2 || !fe_binop_is(u, c, "<") || !is_var_ref(c->kid[0], v) ||
        access_no_text(u, c) || !inc || !starts_at_zero(u, l->kid[0], v) || assigned_in(u, l->kid[3], vn)) {
      free(vn);
      continue;
    }
    char *t = fe_text(u, c->kid[1]->beg, c->kid[1]->end), *hi = squeeze(t);
    char *it = fe_text(u, inc->beg, inc->end), *is = squeeze(it);
    char *i1 = fmt("%s++", vn), *i2 = fmt("++%s", vn), *i3 = fmt("%s+=1", vn);
    ok = !strcmp(hi, want) && (!strcmp(is, i1) || !strcmp(is, i2) || !strcmp(is, i3));
    free(t); free(hi); free(it); free(is); free(vn); free(i1); free(i2); free(i3);
  }
  free(want);
  return ok;
}

typedef struct MC {
  Lower *l; CXCursor p; int byvalue; const char *pname; Buf *entry; char **seen; int nseen;
  Node *first; int nchk, looped;    /* the checks made: the first, how many, one in a loop */
  char *count;                      /* the first one's count, as the function spells it (src->w * src->h) */
  const char *fname;                /* the function checked: l->f's, or a helper's in its copy */
  int given;                        /* in a helper's copy: the bounds are its parameters */
  int emit;                         /* write the copies of helpers (not again for a serial clone) */
  Buf *protos;                      /* the copies' prototypes the checked text needs before it */
} MC;

/* A check made at n: the first one's count is said; one in a loop costs at every access. */
static void noted(MC *m, Node *n, const char *ct) {
  if (!m->first) {
    m->first = n;
    m->count = xstrdup(ct);
  }
  m->nchk++;
  for (Node *q = n->parent; q && q != m->l->f->body && !m->looped; q = q->parent)
    m->looped = q->kind == CXCursor_ForStmt || q->kind == CXCursor_WhileStmt || q->kind == CXCursor_DoStmt;
}

/* The bound of counted member `member` of the parameter, as the check reads
 * it (the value at the start for a struct by value), and its site literal;
 * NULL when it says no count. */
static char *member_bound(MC *m, Node *at, const char *member, CXType bt, char **site, char **ct_out) {
  Lower *l = m->l;
  Unit *u = l->u;
  CXType rec = bt.kind == CXType_Pointer ? clang_getPointeeType(bt) : bt;
  char *count = member_count(rec, member);
  if (!count) return NULL;
  const char *sep = bt.kind == CXType_Pointer ? "->" : ".";
  char *pre = fmt("%s%s", m->pname, sep), *ct = fe_member_count(rec, count, pre);
  free(pre);
  if (!ct) {
    free(count);
    return NULL;
  }
  /* read once, when the function starts: the body changes no count (else
   * no check is made: memory_members_moved), so the bound is a register's
   * compare at each access, not two loads and a product (blind 69a: a blur
   * through im->px ran 2x slower at one thread); a pointer may be null until
   * the body tests it */
  char *hi = fmt("\001mhi_%s_%s", m->pname, member);
  int had = m->given;               /* (a copy's: its parameters) */
  for (int i = 0; i < m->nseen; i++) had |= !strcmp(m->seen[i], hi);
  if (!had) {
    if (m->byvalue)
      buf_printf(m->entry, " __attribute__((unused)) const long long %s = (long long)(%s);", hi, ct);
    else
      buf_printf(m->entry, " __attribute__((unused)) const long long %s = %s ? (long long)(%s) : 0;", hi, m->pname, ct);
    m->seen = xrealloc(m->seen, (size_t)(m->nseen + 1) * sizeof *m->seen);
    m->seen[m->nseen++] = xstrdup(hi);
  }
  char *path = label_literal(u->path), *fn = label_literal(m->fname);
  *site = fmt("\"%s:%u:%u\\0%s\\0%s%s%s\\0DELAYED_N(%s)\"", path, at->line, at->col, fn, m->pname, sep, member, count);
  free(path);
  free(fn);
  free(count);
  *ct_out = ct;
  return hi;
}

/* The member an argument is, or points into by arithmetic (b->data,
 * b->data + k, &b->data[k], through casts), or NULL. */
static Node *arg_member(Unit *u, Node *arg) {
  Node *x = fe_strip(arg);
  for (;;) {
    while (x && x->kind == CXCursor_CStyleCastExpr && x->nkid) x = fe_strip(x->kid[x->nkid - 1]);
    if (!x) return NULL;
    if (x->kind == CXCursor_BinaryOperator && x->nkid == 2 && (fe_binop_is(u, x, "+") || fe_binop_is(u, x, "-")) &&
        clang_getCanonicalType(clang_getCursorType(x->cur)).kind == CXType_Pointer)
      x = fe_strip(x->kid[0]);
    else if (x->kind == CXCursor_UnaryOperator && fe_is_addrof(u, x) && x->nkid) {
      Node *e = fe_strip(x->kid[0]);
      if (!e || e->kind != CXCursor_ArraySubscriptExpr || e->nkid != 2) return NULL;
      x = fe_strip(e->kid[0]);
    } else break;
  }
  return x && x->kind == CXCursor_MemberRefExpr && x->nkid ? x : NULL;
}

/* ---- the struct itself handed to a helper ----
 * `setm(b, i, v)` with `b->data[i] = v` in setm: the call is one of a copy
 * of setm that checks what it reaches through its parameter's counted
 * members against the bounds the task read, passed after the arguments:
 *
 *   static void \001mck0_setm_w(Buf *b, int i, int v, long long \001mhi_b_data)
 *
 * one copy per helper, argument and DELAYED function w; the helpers it
 * hands the struct to are copied the same way (analysis/memory.c
 * struct_handed says which calls may be). */

typedef struct StructCopy { char *name, *proto; int emitted, busy; } StructCopy;

static CXType record_of(MC *m) {
  CXType t = clang_getCanonicalType(clang_getCursorType(m->p));
  return t.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(t)) : t;
}

/* Is arg the parameter itself (p; &p for one by value)? */
static int param_arg(MC *m, Node *arg) {
  Node *x = fe_strip(arg);
  while (x && x->kind == CXCursor_CStyleCastExpr && x->nkid) x = fe_strip(x->kid[x->nkid - 1]);
  if (m->byvalue) {
    if (!x || x->kind != CXCursor_UnaryOperator || !fe_is_addrof(m->l->u, x) || !x->nkid) return 0;
    x = fe_strip(x->kid[0]);
  }
  return x && is_var_ref(x, m->p);
}

/* the counted members of record rec, in their order */
typedef struct Counted { char **name; int n; } Counted;

static enum CXVisitorResult counted_visit(CXCursor fc, CXClientData d) {
  Counted *c = d;
  char *count = NULL;
  if (fe_has_annotation(fc, "delayc.count", &count) && count && *count) {
    c->name = xrealloc(c->name, (size_t)(c->n + 1) * sizeof *c->name);
    c->name[c->n++] = fe_spelling(fc);
  }
  free(count);
  return CXVisit_Continue;
}

static void check_sub(MC *m, Node *n);

/* The copy named cname of the helper def checking its parameter a: its
 * prototype (made once for the file, written once when m->emit). */
static StructCopy *struct_copy_made(MC *m, CXCursor def, int a, const char *cname, const Counted *cm) {
  Lower *l = m->l;
  Unit *u = l->u;
  StructCopy *sc = NULL;
  for (int i = 0; i < l->nscopy && !sc; i++)
    if (!strcmp(l->scopy[i].name, cname)) sc = &l->scopy[i];
  if (sc && (sc->busy || sc->emitted || !m->emit)) return sc;
  Node *body, *root = fe_def_tree(u, def, &body);
  unsigned name_at, def_at, ob, cb;
  char *name = fe_spelling(def);
  if (!body || fe_copy_refusal(u, def, root, body, &name_at, &def_at) || !fe_braces(u, body, &ob, &cb)) {
    free(name);
    fe_free_tree(root);
    return NULL;                    /* struct_handed made sure: never here */
  }
  if (!sc) {
    l->scopy = xrealloc(l->scopy, (size_t)(l->nscopy + 1) * sizeof *l->scopy);
    sc = &l->scopy[l->nscopy++];
    *sc = (StructCopy){xstrdup(cname), NULL, 0, 0};
  }
  int at = (int)(sc - l->scopy);
  l->scopy[at].busy = 1;
  CXCursor q = clang_Cursor_getArgument(def, (unsigned)a);
  char *qn = fe_spelling(q);
  Edits saved = l->ed;
  l->ed = (Edits){0};
  ed_replace(&l->ed, name_at, name_at + (unsigned)strlen(name), cname);
  Buf params = {0}, protos = {0};
  buf_add(&params, "", 0);
  buf_add(&protos, "", 0);
  for (int k = 0; k < cm->n; k++)
    buf_printf(&params, ", __attribute__((unused)) long long \001mhi_%s_%s", qn, cm->name[k]);
  char *via = fmt("%s' through '%s", m->fname, name);   /* "delayed function 'w' through 'setm' touches" */
  MC mq = {l, clang_getCanonicalCursor(q), 0, qn, NULL, NULL, 0, NULL, 0, 0, NULL, via, 1, m->emit, &protos};
  check_sub(&mq, body);
  free(mq.count);
  free(via);
  int np = clang_Cursor_getNumArguments(def);
  unsigned close;
  clang_getFileLocation(clang_getRangeEnd(clang_getCursorExtent(clang_Cursor_getArgument(def, (unsigned)(np - 1)))),
                        NULL, NULL, NULL, &close);
  ed_insert(&l->ed, fe_skip_space(u, close), params.s);
  ed_sort(&l->ed);
  Edits ce = l->ed;
  l->ed = saved;
  sc = &l->scopy[at];
  sc->busy = 0;
  if (!sc->proto) {
    const char *pfx = clang_Cursor_getStorageClass(def) == CX_SC_Static ? "__attribute__((unused)) "
                                                                         : "__attribute__((unused)) static ";
    char *decl = flatten(ed_apply(&ce, u->src, root->beg, body->beg, NULL));
    sc->proto = fmt("%s%s; ", pfx, decl);
    free(decl);
  }
  if (m->emit) {
    char *text = ed_apply(&ce, u->src, root->beg, body->end, NULL);
    copy_place(l, def, root, def_at, protos.s, text);   /* (the copies it calls declared before it) */
    free(text);
    sc->emitted = 1;
  }
  for (int k = 0; k < ce.n; k++) free(ce.e[k].text);
  free(ce.e);
  free(params.s);
  free(protos.s);
  free(qn);
  free(name);
  fe_free_tree(root);
  return sc;
}

static void struct_copy(MC *m, Node *call, int a) {
  Lower *l = m->l;
  Node *fnref = fe_direct_callee(call);
  CXCursor def = clang_getCursorDefinition(clang_getCursorReferenced(fnref->cur));
  CXType bt = clang_getCanonicalType(clang_getCursorType(m->p)), rec = record_of(m);
  Counted cm = {NULL, 0};
  clang_Type_visitFields(rec, counted_visit, &cm);
  /* (one per task's function: its messages name it) */
  char *name = fe_spelling(def), *cname = fmt("\001mck%d_%s_%s", a, name, l->f->name);
  StructCopy *sc = struct_copy_made(m, def, a, cname, &cm);
  if (sc) {
    Buf args = {0};
    buf_add(&args, "", 0);
    for (int k = 0; k < cm.n; k++) {
      char *site = NULL, *ct = NULL, *hi = member_bound(m, call, cm.name[k], bt, &site, &ct);
      buf_printf(&args, ", %s", hi ? hi : "0x7fffffffffffffffLL");
      if (hi && k == 0) noted(m, call, ct);
      free(hi);
      free(site);
      free(ct);
    }
    ed_replace(&l->ed, fnref->beg, fnref->end, cname);
    ed_insert(&l->ed, call->end - 1, args.s);
    extent_copy_drop(call, a);
    if (sc->proto && !strstr(m->protos->s, sc->proto)) buf_printf(m->protos, "%s", sc->proto);
    free(args.s);
  }
  for (int k = 0; k < cm.n; k++) free(cm.name[k]);
  free(cm.name);
  free(name);
  free(cname);
}

void member_copies_free(Lower *l) {
  for (int i = 0; i < l->nscopy; i++) {
    free(l->scopy[i].name);
    free(l->scopy[i].proto);
  }
  free(l->scopy);
  l->scopy = NULL;
  l->nscopy = 0;
}

/* memcpy(b->data, src, bytes) and its kin: the bytes against the member's count */
static void check_bytes(MC *m, Node *call) {
  Unit *u = m->l->u;
  Node *f = fe_direct_callee(call);
  if (!f) return;
  char buf[64], *nm = fe_spelling(clang_getCursorReferenced(f->cur));
  const char *ln = fx_library_name(nm, buf, sizeof buf);
  int set = !strcmp(ln, "memset"), two = !strcmp(ln, "memcpy") || !strcmp(ln, "memmove") || !strcmp(ln, "memcmp");
  int lib = fx_library(ln) != NULL;
  free(nm);
  if (!lib) {                       /* a helper given the member: a copy of it checks each use */
    for (int a = 0; a + 1 < call->nkid; a++)
      if (param_arg(m, call->kid[1 + a]) && memory_struct_handed(u, call, a, record_of(m)) == 1) struct_copy(m, call, a);
    for (int a = 0; a + 1 < call->nkid && !m->given; a++) {
      Node *arg = call->kid[1 + a], *mr = arg_member(u, arg);
      Node *base = mr ? fe_strip(mr->kid[0]) : NULL;
      int j;
      if (base && is_var_ref(base, m->p) && fe_strip(arg) == mr && !fx_helper_clonable(u, call, a) &&
          (j = memory_summary_within(u, call, a)) >= 0) {
        /* a function of another file whose summary bounds its uses by
         * argument j (crc32_buf(b->out, b->outlen) in crc.c): [0, that) checked here */
        char *member = fe_spelling(clang_getCursorReferenced(mr->cur)), *site = NULL, *ct = NULL;
        CXType bt = clang_getCanonicalType(clang_getCursorType(base->cur));
        char *hi = member_bound(m, arg, member, bt, &site, &ct);
        if (hi) {
          char *n = render(m->l, call->kid[1 + j]);
          char *t = fmt("(delayc_rt_range(0, (long long)(%s), 0, %s, %s), ", n, hi, site);
          ed_insert(&m->l->ed, arg->beg, t);   /* (the check, then the argument itself) */
          free(t);
          ed_insert(&m->l->ed, arg->end, ")");
          noted(m, call, ct);
          free(n);
        }
        free(hi);
        free(site);
        free(ct);
        free(member);
        continue;
      }
      if (!base || !is_var_ref(base, m->p) || !fx_helper_clonable(u, call, a)) continue;
      char *member = fe_spelling(clang_getCursorReferenced(mr->cur)), *site = NULL, *ct = NULL;
      CXType bt = clang_getCanonicalType(clang_getCursorType(base->cur));
      char *hi = member_bound(m, arg, member, bt, &site, &ct);
      if (hi) {
        CXType rec = bt.kind == CXType_Pointer ? clang_getPointeeType(bt) : bt;
        char *count = member_count(rec, member);
        char *mt = render(m->l, mr), *b = fmt("(const char *)(%s)", mt), *es = fmt("(long long)sizeof *(%s)", mt);
        char *decl = fmt("DELAYED_N(%s)", count ? count : ct);
        extent_check_member_call(call, a, "0", hi, b, es, decl);
        noted(m, call, ct);
        free(count); free(mt); free(b); free(es); free(decl);
      }
      free(hi);
      free(site);
      free(ct);
      free(member);
    }
    return;
  }
  if ((!set && !two) || call->nkid != 4) return;
  for (int a = 0; a < (set ? 1 : 2); a++) {
    Node *arg = call->kid[1 + a], *mr = arg_member(u, arg);
    Node *base = mr ? fe_strip(mr->kid[0]) : NULL;
    if (!base || !is_var_ref(base, m->p) || access_no_text(u, arg)) continue;
    char *member = fe_spelling(clang_getCursorReferenced(mr->cur)), *site = NULL, *ct = NULL;
    CXType bt = clang_getCanonicalType(clang_getCursorType(base->cur));
    char *hi = member_bound(m, arg, member, bt, &site, &ct);
    if (hi) {
      char *mt = render(m->l, mr), *bytes = render(m->l, call->kid[3]);
      ed_insert(&m->l->ed, arg->beg, "DELAYC_RT_BYTES(");   /* (the argument, b->data + k, against b->data's count) */
      char *t = fmt(", (size_t)(%s), (size_t)1, (const void *)(%s), 0, %s, (long long)sizeof *(%s), %s)", bytes, mt, hi,
                    mt, site);
      ed_insert(&m->l->ed, arg->end, t);
      free(t);
      free(mt);
      free(bytes);
      noted(m, call, ct);
    }
    free(hi);
    free(site);
    free(ct);
    free(member);
  }
}

static void check_sub(MC *m, Node *n) {
  Lower *l = m->l;
  Unit *u = l->u;
  if (n->kind == CXCursor_ArraySubscriptExpr && n->nkid == 2 && !access_no_text(u, n) && !access_no_text(u, n->kid[1])) {
    Node *mr = fe_strip(n->kid[0]);
    Node *base = mr && mr->kind == CXCursor_MemberRefExpr && mr->nkid ? fe_strip(mr->kid[0]) : NULL;
    Node *up = n->parent;
    while (up && up->kind == CXCursor_ParenExpr) up = up->parent;
    int addr = up && up->kind == CXCursor_UnaryOperator && fe_is_addrof(u, up);   /* &b.data[n]: an address */
    if (base && !addr && is_var_ref(base, m->p)) {
      char *member = fe_spelling(clang_getCursorReferenced(mr->cur));
      CXType bt = clang_getCanonicalType(clang_getCursorType(base->cur));
      char *site = NULL, *ct = NULL, *hi = member_bound(m, n, member, bt, &site, &ct);
      if (hi && !counted_loop(u, n, n->kid[1], ct)) {
        noted(m, n, ct);
        ed_insert(&l->ed, fe_own_beg(n->kid[1]), "delayc_rt_at((long long)(");
        char *t = fmt("), 0, 0, %s, %s)", hi, site);
        ed_insert(&l->ed, fe_own_end(n->kid[1]), t);
        free(t);
      }
      free(hi);
      free(site);
      free(ct);
      free(member);
    }
  }
  if (n->kind == CXCursor_CallExpr && !access_no_text(u, n)) check_bytes(m, n);
  for (int i = 0; i < n->nkid; i++) check_sub(m, n->kid[i]);
}

void member_checks(Lower *l, unsigned open_brace, int emit_copies) {
  Func *f = l->f;
  Buf entry = {0}, protos = {0};
  buf_add(&entry, "", 0);
  buf_add(&protos, "", 0);
  MC m = {l, clang_getNullCursor(), 0, NULL, &entry, NULL, 0, NULL, 0, 0, NULL, f->name, 0, emit_copies, &protos};
  int np = clang_Cursor_getNumArguments(f->cur);
  for (int k = 0; k < np; k++) {
    CXCursor p = clang_Cursor_getArgument(f->cur, (unsigned)k);
    CXType t = clang_getCanonicalType(clang_getCursorType(p));
    CXType rec = t.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(t)) : t;
    if (rec.kind != CXType_Record) continue;
    char *pn = fe_spelling(p);
    if (*pn && !memory_members_moved(l->u, f->body, p)) {   /* (moved: its tasks reach all memory) */
      m.p = clang_getCanonicalCursor(p);
      m.byvalue = t.kind == CXType_Record;
      m.pname = pn;
      m.first = NULL;
      m.nchk = m.looped = 0;
      check_sub(&m, f->body);
      if (m.first && m.looped)      /* said: a check in a loop costs at every access (blind 63a: 1.6x at 1 thread) */
        an_explain(l->a, m.first, "'%s' checks %d access%s through the counted members of '%s' as the program runs, "
                   "in a loop (each time it runs): delayc cannot show %s within the counts the struct declares; a "
                   "loop over the count itself (for (i = 0; i < %s; i++) ... [i]) needs none, and "
                   "-DDELAYC_RT_NO_EXTENT_CHECKS compiles them out once the counts are known right", f->name, m.nchk,
                   m.nchk == 1 ? "" : "es", pn, m.nchk == 1 ? "it stays" : "they stay", m.count);
      free(m.count);
      m.count = NULL;
    }
    free(pn);
  }
  if (entry.len) ed_insert_first(&l->ed, open_brace, entry.s);
  if (protos.len) ed_insert(&l->out, f->root->beg, protos.s);
  free(entry.s);
  free(protos.s);
  for (int i = 0; i < m.nseen; i++) free(m.seen[i]);
  free(m.seen);
}
