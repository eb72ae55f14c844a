/* fusion.c — a chain of tasks in a loop becomes one task: `for (int i = A;
 * cond; i++) x = f(x, i);` where each task depends on the previous one and
 * nothing else runs in the loop; the target then spawns the whole loop once
 * (lower/: fused_loop). */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>

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
 * spawn), and change nothing. */
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
    char *v = induction_var(c->u, loop);
    if (!v) continue;
    free(v);
    if (!pure_expr(c->u, loop->kid[1]) || has_macro(loop->kid[0]) || has_macro(loop->kid[1]) || has_macro(loop->kid[2]))
      continue;
    if (!loop_names_ok(c, loop, s->tobj, s->call) || s->stmt->macro || loop->macro) continue;
    /* the arguments and the header's start change nothing (`f(v, k++)`):
     * the task has its own copies of the locals, and the loop after it
     * would see them unchanged */
    int changes = !pure_expr(c->u, loop->kid[0]);
    for (int k = 1; k < s->call->nkid; k++) changes |= !pure_expr(c->u, s->call->kid[k]);
    if (changes) continue;
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
