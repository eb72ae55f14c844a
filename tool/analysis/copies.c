/* copies.c — plain copies of pending values: `dst = x;` and `T dst = x;`.
 *
 * A copy is not a use (Dask's output.append(c)): it becomes a small task after
 * x's producer.  When x is read nowhere else and nothing between touches dst,
 * the copy is forwarded into the producer, which then writes dst directly. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- updates with a pending value: dst += f(x) ---- */

/* `dst op= f(x);`: f(x) is hoisted into a task of its own, and the update is
 * a small task after it (in: its result, inout: dst), so that calls feeding
 * one accumulator run in parallel and only the updates keep their order, and
 * updates of distinct elements run in parallel too. */
static void compound_update(Ctx *c, Node *n) {
  Func *f = c->f;
  Node *call = fe_strip(n->kid[1]);
  Site *h = call && call->kind == CXCursor_CallExpr ? hoisted(f, call) : NULL;
  if (!h || !h->temp || h->ternary || h->stmt != n || has_macro(n)) return;
  for (int i = 0; i < f->nsite; i++)
    if (f->site[i]->stmt == n && f->site[i] != h && !f->site[i]->serial) return;   /* done, or more calls */
  Node *t = fe_strip(n->kid[0]);
  Obj *o = NULL;
  char *idx = NULL;
  if (t->kind == CXCursor_DeclRefExpr) {
    o = get_obj(f, ref_decl(t));
  } else if (t->kind == CXCursor_ArraySubscriptExpr) {
    Node *b = fe_strip(t->kid[0]);
    o = b->kind == CXCursor_DeclRefExpr ? get_obj(f, ref_decl(b)) : NULL;
    if (o && (o->kind == OBJ_ARRAY || (o->kind == OBJ_BUFFER && owned_buffer(c->u, f, o)))) idx = index_text(c, t->kid[1]);
    if (!idx) o = NULL;
  }
  if (!o || o->escaped || (t->kind == CXCursor_DeclRefExpr && o->kind != OBJ_SCALAR)) { free(idx); return; }
  unsigned p = fe_skip_space(c->u, n->kid[0]->end), q = p;
  while (q < n->kid[1]->beg && c->u->src[q] != '=') q++;
  Site *s = add_site(f, SITE_COPY, NULL, n);
  s->op = fe_text(c->u, p, q + 1);
  s->source = call;
  s->src = h->temp;
  s->target = n->kid[0];
  s->wrap = needs_wrap(n);
  s->in_loop = loop_depth_info(c, n, &s->trip);
  s->tobj = o;
  s->tindex = idx;
  add_dep(s, h->temp, ACC_IN, NULL, NULL, NULL);
  add_dep(s, o, ACC_INOUT, idx, NULL, NULL);
}

/* ---- copies of pending values: dst = x ---- */

void find_copies(Ctx *c, Node *n) {
  for (int i = 0; i < n->nkid; i++) find_copies(c, n->kid[i]);
  if (n->kind == CXCursor_CompoundAssignOperator && stmt_parent_ok(n)) {
    compound_update(c, n);
    return;
  }
  Node *dst = NULL, *src = NULL, *stmt = NULL;
  if (n->kind == CXCursor_BinaryOperator && fe_is_assign(c->u, n) && stmt_parent_ok(n)) {
    dst = n->kid[0]; src = n->kid[1]; stmt = n;
  } else if (n->kind == CXCursor_DeclStmt && n->nkid == 1 && n->kid[0]->kind == CXCursor_VarDecl &&
             fe_var_init(c->u, n->kid[0]) && stmt_parent_ok(n)) {
    Node *v = n->kid[0];
    CXType t = clang_getCanonicalType(clang_getCursorType(v->cur));
    if (t.kind == CXType_ConstantArray) return;
    src = fe_var_init(c->u, v);
    if (src->kind == CXCursor_InitListExpr) return;
    dst = v; stmt = n;
  }
  if (!stmt) return;
  Node *sv = fe_strip(src);
  if (!sv || sv->kind != CXCursor_DeclRefExpr) return;
  Obj *so = an_object_of(c->f, ref_decl(sv));
  if (!so || so->kind != OBJ_SCALAR || so->escaped) return;
  /* only values some task produces */
  int produced = 0;
  for (int i = 0; i < c->f->nsite; i++)
    if (!c->f->site[i]->serial && c->f->site[i]->tobj == so) produced = 1;
  if (!produced) return;
  for (int i = 0; i < c->f->nsite; i++)
    if (c->f->site[i]->stmt == stmt) return;
  Site *s = add_site(c->f, SITE_COPY, NULL, stmt);
  s->source = sv;
  s->src = so;
  s->target = dst;
  s->wrap = needs_wrap(stmt);
  s->in_loop = loop_depth_info(c, stmt, &s->trip);
  if (dst->kind == CXCursor_VarDecl) {
    s->form = SITE_COPY;
    if (has_const_member(clang_getCursorType(dst->cur))) { s->serial = 1; s->tobj = NULL; return; }
    s->tobj = get_obj(c->f, dst->cur);
    if (!s->tobj) { serialize(c->a, s, "the copy's destination cannot be tracked"); return; }
  } else {
    Node *t = fe_strip(dst);
    if (t->kind == CXCursor_DeclRefExpr) s->tobj = get_obj(c->f, ref_decl(t));
    else if (t->kind == CXCursor_ArraySubscriptExpr) {
      Node *b = fe_strip(t->kid[0]);
      Obj *o = b->kind == CXCursor_DeclRefExpr ? get_obj(c->f, ref_decl(b)) : NULL;
      if (o && (o->kind == OBJ_ARRAY || (o->kind == OBJ_BUFFER && owned_buffer(c->u, c->f, o)))) {
        s->tindex = index_text(c, t->kid[1]);
        if (s->tindex) s->tobj = o;
      }
    }
    if (!s->tobj || has_macro(stmt)) { s->serial = 1; s->tobj = NULL; return; }   /* an ordinary read, waited for */
  }
  s->ndep = 0;
  add_dep(s, so, ACC_IN, NULL, NULL, NULL);
  add_dep(s, s->tobj, ACC_OUT, s->tindex, NULL, NULL);
}

/* ---- forwarding: `T c = f(..); ... dst = c;` becomes `dst = f(..)` ---- */

int count_refs(Node *n, CXCursor d) {
  int k = n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d);
  for (int i = 0; i < n->nkid; i++) k += count_refs(n->kid[i], d);
  return k;
}

int names_any(Node *n, Node *of) {
  /* does n name any variable that `of` names? */
  if (of->kind == CXCursor_DeclRefExpr && count_refs(n, clang_getCursorReferenced(of->cur))) return 1;
  for (int i = 0; i < of->nkid; i++)
    if (names_any(n, of->kid[i])) return 1;
  return 0;
}

void forward_copies(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *k = f->site[i];
    if (k->serial || k->form != SITE_COPY || k->fused || k->op || k->target->kind == CXCursor_VarDecl) continue;
    Site *p = NULL;
    for (int j = 0; j < f->nsite; j++)
      if (!f->site[j]->serial && f->site[j]->form == SITE_DECL && f->site[j]->tobj == k->src && !f->site[j]->after)
        p = f->site[j];
    if (!p || p->fwd || k->src->escaped || p->stmt->parent != k->stmt->parent) continue;
    /* the producer writes the destination: it must be declared before it */
    if (k->tobj && k->tobj->declnode && k->tobj->declnode->beg > p->stmt->beg) continue;
    if (count_refs(f->body, k->src->decl) != 1) continue;       /* read only by this copy */
    Node *blk = p->stmt->parent;
    int ip = -1, ik = -1;
    for (int j = 0; j < blk->nkid; j++) {
      if (blk->kid[j] == p->stmt) ip = j;
      if (blk->kid[j] == k->stmt) ik = j;
    }
    if (ip < 0 || ik <= ip) continue;
    int clash = 0;
    for (int j = ip + 1; j < ik && !clash; j++) clash = names_any(blk->kid[j], k->target);
    if (clash) continue;
    p->fwd = k->target;
    p->tobj = k->tobj;
    p->tindex = k->tindex;
    k->fused = 1;
    k->src->slot = 0;
    k->src->nested = 0;
    k->src->fused = 1;
  }
}
