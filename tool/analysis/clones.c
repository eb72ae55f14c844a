/* clones.c — which functions get a serial clone, and which calls use it.
 *
 * Below a DELAYED_CUTOFF the call runs inline; calling the rewritten function
 * there would pay its parallel bookkeeping (omp_get_level, the spawn flag,
 * waits) at every level of the serial recursion.  A rewritten function that
 * such a call reaches — a callee of a site with a cutoff, and every rewritten
 * function a clone calls directly — gets a serial clone: its original text,
 * `static`, its calls of other cloned functions calling their clones.  A
 * function is not cloned when its text does not allow it (the reasons below,
 * said in --explain).  The plan records the decision and where the clone's
 * name and definition go (Func.clone*); the lowering writes it. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>

static int any_static_local(Node *n) {
  if (n->kind == CXCursor_VarDecl) {
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(n->cur);
    if (sc == CX_SC_Static || clang_getCursorTLSKind(n->cur) != CXTLS_None) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (any_static_local(n->kid[i])) return 1;
  return 0;
}

/* Can f be cloned?  NULL (with where its name is spelled and where the
 * clone's definition goes), or why not. */
const char *clone_refusal(Unit *u, Func *f, unsigned *name_at, unsigned *def_at) {
  if (!strcmp(f->name, "main")) return "it is main";
  if (clang_getCursorType(f->cur).kind != CXType_FunctionProto || f->variadic) return "it has no prototype or is variadic";
  if (clang_Cursor_getStorageClass(f->cur) == CX_SC_Extern) return "it is declared extern";
  CXFile file;
  unsigned off;
  CXSourceLocation loc = clang_getCursorLocation(f->cur);
  if (clang_Location_isFromMainFile(loc) == 0) return "its name is not spelled in this file";
  clang_getFileLocation(loc, &file, NULL, NULL, &off);
  size_t nl = strlen(f->name);
  if (!file || !clang_File_isEqual(file, u->file) || off + nl > u->len || strncmp(u->src + off, f->name, nl) ||
      off < f->root->beg || off >= f->body->beg)
    return "its name is written by a macro";
  for (unsigned p = f->root->beg; p < f->body->beg; p++)
    if (u->src[p] == '#') return "its declaration contains a preprocessor directive";
  char *body = fe_text(u, f->body->beg, f->body->end);
  int fn = strstr(body, "__func__") || strstr(body, "__FUNCTION__") || strstr(body, "__PRETTY_FUNCTION__");
  free(body);
  if (fn) return "its body names the function (__func__)";
  if (any_static_local(f->body)) return "it has static local variables (a clone would have its own)";
  /* the rest of the closing line must be blank or a // comment */
  unsigned p = f->root->end;
  if (p < f->body->end) p = f->body->end;
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

void plan_clones(Analysis *a) {
  Unit *u = a->u;
  char *mark = xcalloc((size_t)a->nfn + 1, 1);
  /* seeds: callees of sites with a cutoff */
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nsite; k++) {
      Site *s = a->fn[i]->site[k];
      if (s->serial || s->fused || !s->cutoff || !s->callee) continue;
      for (int j = 0; j < a->nfn; j++) if (!strcmp(a->fn[j]->name, s->callee->name)) mark[j] = 1;
    }
  /* and every rewritten function a clone calls directly */
  for (int changed = 1; changed;) {
    changed = 0;
    for (int i = 0; i < a->nfn; i++) {
      if (!mark[i]) continue;
      Node **st = xmalloc(sizeof *st * 64);
      int top = 0, cap = 64;
      st[top++] = a->fn[i]->body;
      while (top) {
        Node *n = st[--top];
        Node *r = fe_direct_callee(n);
        if (r) {
          char *nm = fe_spelling(clang_getCursorReferenced(r->cur));
          for (int j = 0; j < a->nfn; j++)
            if (!mark[j] && !strcmp(a->fn[j]->name, nm)) { mark[j] = 1; changed = 1; }
          free(nm);
        }
        for (int k = 0; k < n->nkid; k++) {
          if (top == cap) { cap *= 2; st = xrealloc(st, sizeof *st * (size_t)cap); }
          st[top++] = n->kid[k];
        }
      }
      free(st);
    }
  }
  for (int i = 0; i < a->nfn; i++) {
    if (!mark[i]) continue;
    Func *f = a->fn[i];
    unsigned name_at, def_at;
    const char *why = clone_refusal(u, f, &name_at, &def_at);
    if (why) {
      an_explain(a, f->root, "no serial clone of '%s' (%s): below a cutoff it runs its parallel version", f->name, why);
      continue;
    }
    f->clone = 1;
    f->clone_name_at = name_at;
    f->clone_def_at = def_at;
  }
  free(mark);
  /* the calls below a cutoff that can use a clone: one declared before them */
  for (int i = 0; i < a->nfn; i++)
    for (int k = 0; k < a->fn[i]->nsite; k++) {
      Site *s = a->fn[i]->site[k];
      if (!s->cutoff || s->nbind || !s->call || !s->callee || strcmp(s->callee_text, s->callee->name)) continue;
      for (int j = 0; j < a->nfn; j++)
        if (a->fn[j]->clone && !strcmp(a->fn[j]->name, s->callee->name) && s->call->beg > a->fn[j]->root->beg)
          s->use_clone = 1;
    }
}
