/* tree.c — questions about the Node tree the passes share: statement
 * positions, loops and their trip counts and induction variables, what a
 * subtree holds (a kind, a macro, a side effect, a backward goto, a read of
 * errno), a constant's value, the variables a function declares.  Below every
 * pass: it knows the tree, not the plan being built. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>

int is_loop(Node *n) {
  return n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt;
}

int is_expr(Node *n) { return clang_isExpression(n->kind); }

/* A statement position: a child of a block, or the body of if/loop/label --
 * outside statement expressions, whose statements stay ordinary code. */
int stmt_parent_ok(Node *n) {
  Node *p = n->parent;
  if (!p) return 0;
  for (Node *q = p; q; q = q->parent)
    if (q->kind == CXCursor_StmtExpr) return 0;
  switch (p->kind) {
  case CXCursor_CompoundStmt: case CXCursor_LabelStmt: case CXCursor_CaseStmt:
  case CXCursor_DefaultStmt:
    return 1;
  case CXCursor_IfStmt: return n != p->kid[0];
  case CXCursor_WhileStmt: case CXCursor_ForStmt: case CXCursor_SwitchStmt:
    return n == p->kid[p->nkid - 1];
  case CXCursor_DoStmt: return n == p->kid[0];
  default: return 0;
  }
}

int needs_wrap(Node *n) { return n->parent && n->parent->kind != CXCursor_CompoundStmt; }

int has_kind(Node *n, enum CXCursorKind k) {
  if (n->kind == k) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_kind(n->kid[i], k)) return 1;
  return 0;
}

int has_macro(Node *n) {
  if (n->macro) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_macro(n->kid[i])) return 1;
  return 0;
}

/* Side-effect free: no calls, assignments, ++/--, statement expressions. */
int pure_expr(Unit *u, Node *n) {
  switch (n->kind) {
  case CXCursor_CallExpr: case CXCursor_CompoundAssignOperator: case CXCursor_StmtExpr:
    return 0;
  case CXCursor_BinaryOperator:
    if (fe_is_assign(u, n)) return 0;
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_incdec(u, n)) return 0;
    break;
  case CXCursor_UnaryExpr:    /* sizeof, alignof: not evaluated (VLAs aside) */
    return 1;
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!pure_expr(u, n->kid[i])) return 0;
  return 1;
}

int names(Node *n, const char *name) {
  n = fe_strip(n);
  if (!n || n->kind != CXCursor_DeclRefExpr) return 0;
  char *s = fe_spelling(n->cur);
  int r = strcmp(s, name) == 0;
  free(s);
  return r;
}

/* A goto to a label earlier in the text makes "earlier" meaningless. */
int has_back_goto(Node *body, Node *n) {
  if (n->kind == CXCursor_GotoStmt || n->kind == CXCursor_IndirectGotoStmt) {
    if (n->kind == CXCursor_IndirectGotoStmt) return 1;
    CXCursor lbl = clang_getCursorReferenced(n->kid ? n->kid[0]->cur : n->cur);
    if (n->nkid && !clang_Cursor_isNull(lbl)) {
      CXSourceRange r = clang_getCursorExtent(lbl);
      unsigned off;
      clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL, &off);
      if (off < n->beg) return 1;
    } else {
      return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (has_back_goto(body, n->kid[i])) return 1;
  return 0;
}

void collect_vars(Func *f, Node *n) {
  if (n->kind == CXCursor_VarDecl) {
    f->vars = xrealloc(f->vars, (size_t)(f->nvars + 1) * sizeof *f->vars);
    f->vars[f->nvars++] = n;
  }
  for (int i = 0; i < n->nkid; i++) collect_vars(f, n->kid[i]);
}

/* The value of a constant integer expression (*ok = 0 when it is not one). */
long long eval_int(Node *n, int *ok) {
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  *ok = 0;
  if (!r) return 0;
  long long v = 0;
  if (clang_EvalResult_getKind(r) == CXEval_Int) { v = clang_EvalResult_getAsLongLong(r); *ok = 1; }
  clang_EvalResult_dispose(r);
  return v;
}

/* Trip count of `for (i = A; i OP B; STEP)` with constant A, B and step: OP one
 * of < <= != > >=, STEP ++/-- or += / -= a constant.  -1 when not known.  Used
 * for graph labels and by delayed-too-fine. */
long long trip_count(Unit *u, Node *loop) {
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return -1;
  Node *init = loop->kid[0], *cond = fe_strip(loop->kid[1]), *inc = fe_strip(loop->kid[2]);
  Node *lo = NULL;
  if (init->kind == CXCursor_DeclStmt && init->nkid == 1 && init->kid[0]->nkid >= 1)
    lo = init->kid[0]->kid[init->kid[0]->nkid - 1];
  else if (fe_strip(init)->kind == CXCursor_BinaryOperator && fe_strip(init)->nkid == 2)
    lo = fe_strip(init)->kid[1];
  if (!lo || !cond || cond->kind != CXCursor_BinaryOperator || cond->nkid != 2 || !inc) return -1;
  long long step = 0;
  int ok;
  if (inc->kind == CXCursor_UnaryOperator && fe_is_incdec(u, inc)) {
    char *t = fe_text(u, inc->beg, inc->end);
    step = strstr(t, "++") ? 1 : -1;
    free(t);
  } else if (inc->kind == CXCursor_CompoundAssignOperator && inc->nkid == 2) {
    step = eval_int(inc->kid[1], &ok);
    if (!ok) return -1;
    unsigned p = fe_skip_space(u, inc->kid[0]->end);
    if (p < u->len && u->src[p] == '-') step = -step;
    else if (p >= u->len || u->src[p] != '+') return -1;
  } else {
    return -1;
  }
  int ok1, ok2;
  long long a = eval_int(lo, &ok1), b = eval_int(cond->kid[1], &ok2);
  if (!ok1 || !ok2 || step == 0) return -1;
  long long span;
  if (step > 0 && (fe_binop_is(u, cond, "<") || fe_binop_is(u, cond, "!="))) span = b - a;
  else if (step > 0 && fe_binop_is(u, cond, "<=")) span = b - a + 1;
  else if (step < 0 && (fe_binop_is(u, cond, ">") || fe_binop_is(u, cond, "!="))) span = a - b;
  else if (step < 0 && fe_binop_is(u, cond, ">=")) span = a - b + 1;
  else return -1;
  if (span <= 0) return 0;
  long long st = step > 0 ? step : -step;
  return (span + st - 1) / st;
}

int in_nested_scope(Func *f, Node *stmt) { return stmt->parent != f->body; }

int loop_depth_info(Ctx *c, Node *n, long long *trip) {
  *trip = -1;
  for (Node *p = n->parent; p && p != c->f->body; p = p->parent)
    if (is_loop(p)) {
      int header = p->nkid > 0 && n != p->kid[p->nkid - 1];
      (void)header;
      *trip = trip_count(c->u, p);
      return 1;
    }
  return 0;
}


/* errno is `(*__errno_location())` in glibc: a call names it.  perror, err,
 * warn and a format with %m read it without naming it. */
int reads_errno(Node *n) {
  if (n->kind == CXCursor_CallExpr) {
    char *nm = fe_spelling(n->cur);
    int e = !strcmp(nm, "__errno_location") || !strcmp(nm, "__error") || !strcmp(nm, "perror") ||
            !strcmp(nm, "err") || !strcmp(nm, "errx") || !strcmp(nm, "warn") || !strcmp(nm, "warnx") ||
            !strcmp(nm, "error") || !strcmp(nm, "error_at_line");
    free(nm);
    /* the C library's, not a function of the program named so (a DELAYED warn) */
    CXCursor f = clang_getCursorReferenced(n->cur);
    if (e && !clang_Cursor_isNull(f) &&
        (!clang_Cursor_isNull(clang_getCursorDefinition(f)) || !clang_Location_isInSystemHeader(clang_getCursorLocation(f))))
      e = 0;
    if (e) return 1;
  }
  if (n->kind == CXCursor_StringLiteral) {
    char *t = fe_spelling(n->cur);          /* "...%m..." in a printf format */
    int e = 0;
    for (char *p = strchr(t, '%'); p && !e; p = strchr(p + 1, '%'))
      if (p[1] == '%') p++;
      else e = p[1] == 'm';
    free(t);
    if (e) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (reads_errno(n->kid[i])) return 1;
  return 0;
}

CXCursor ref_decl(Node *n) { return clang_getCursorReferenced(n->cur); }

/* Is the variable `name` assigned, incremented or its address taken in n? */
int assigned_in(Unit *u, Node *n, const char *name) {
  if ((n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n)) ||
      n->kind == CXCursor_CompoundAssignOperator) {
    if (names(n->kid[0], name)) return 1;
  }
  if (n->kind == CXCursor_UnaryOperator && (fe_is_incdec(u, n) || fe_is_addrof(u, n)) &&
      names(n->kid[0], name))
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (assigned_in(u, n->kid[i], name)) return 1;
  return 0;
}

/* The induction variable of `for (v = A; ...; v++ / v-- / v += C / v -= C)`
 * (C a nonzero constant) that the body never assigns nor takes the address of:
 * each iteration has its own value.  NULL otherwise. */
char *induction_var(Unit *u, Node *loop) {
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return NULL;
  Node *init = loop->kid[0], *inc = fe_strip(loop->kid[2]), *body = loop->kid[3];
  char *v = NULL;
  if (init->kind == CXCursor_DeclStmt && init->nkid == 1 && init->kid[0]->kind == CXCursor_VarDecl)
    v = fe_spelling(init->kid[0]->cur);
  else if (fe_strip(init)->kind == CXCursor_BinaryOperator && fe_is_assign(u, fe_strip(init)) &&
           fe_strip(fe_strip(init)->kid[0])->kind == CXCursor_DeclRefExpr)
    v = fe_spelling(ref_decl(fe_strip(fe_strip(init)->kid[0])));
  if (!v || !inc) { free(v); return NULL; }
  int ok = 0;
  if (inc->kind == CXCursor_UnaryOperator && fe_is_incdec(u, inc) && names(inc->kid[0], v)) ok = 1;
  if (inc->kind == CXCursor_CompoundAssignOperator && inc->nkid == 2 && names(inc->kid[0], v)) {
    int k;
    long long step = eval_int(inc->kid[1], &k);
    unsigned p = fe_skip_space(u, inc->kid[0]->end);
    ok = k && step != 0 && p < u->len && (u->src[p] == '+' || u->src[p] == '-');
  }
  if (!ok || assigned_in(u, body, v) || assigned_in(u, loop->kid[1], v)) { free(v); return NULL; }
  return v;
}


/* The function a call names directly (`f(..)`, `(*f)(..)`, `(&f)(..)`), or NULL. */
Node *callee_fn(Node *n) {
  n = fe_strip(n);
  if (!n) return NULL;
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1) n = fe_strip(n->kid[0]);
  if (n && n->kind == CXCursor_DeclRefExpr) {
    CXCursor r = clang_getCursorReferenced(n->cur);
    if (clang_getCursorKind(r) == CXCursor_FunctionDecl) return n;
  }
  return NULL;
}

/* ---- unevaluated operands ---- */

/* Does the text from `from` to `to` leave a `typeof (` group open?  (GNU
 * __typeof__, __typeof, C23 typeof and typeof_unqual.)  Comments and literals
 * are skipped; parentheses balance within a statement. */
static int in_typeof_text(Unit *u, unsigned from, unsigned to) {
  const char *t = u->src;
  int depth = 0, open = 0, next_typeof = 0;
  int *kind = NULL, cap = 0;          /* per open '(': 1 if it opens a typeof */
  for (unsigned k = from; k < to && k < u->len;) {
    char ch = t[k];
    if (ch == '/' && k + 1 < to && (t[k + 1] == '/' || t[k + 1] == '*')) { k = fe_skip_space(u, k); continue; }
    if (ch == '"' || ch == '\'') {
      for (k++; k < to && t[k] != ch && t[k] != '\n'; k++) if (t[k] == '\\') k++;
      k++;
      continue;
    }
    if (ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
      unsigned b = k;
      while (k < to && (t[k] == '_' || (t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') ||
                        (t[k] >= '0' && t[k] <= '9')))
        k++;
      size_t n = k - b;
      next_typeof = (n == 6 && !strncmp(t + b, "typeof", 6)) || (n == 8 && !strncmp(t + b, "__typeof", 8)) ||
                    (n == 10 && !strncmp(t + b, "__typeof__", 10)) ||
                    (n == 13 && !strncmp(t + b, "typeof_unqual", 13)) ||
                    (n == 17 && !strncmp(t + b, "__typeof_unqual__", 17));
      continue;
    }
    if (ch == '(') {
      if (depth == cap) { cap = cap ? 2 * cap : 16; kind = xrealloc(kind, (size_t)cap * sizeof *kind); }
      kind[depth++] = next_typeof;
      open += next_typeof;
    } else if (ch == ')' && depth > 0) {
      open -= kind[--depth];
    }
    if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') next_typeof = 0;
    k++;
  }
  free(kind);
  return open > 0;
}

/* Is n inside an operand C never evaluates: sizeof or _Alignof of an
 * expression (unless its type is a VLA), _Generic's controlling expression, or
 * typeof (C11 6.5.3.4, 6.5.1.1; GNU typeof)?  A delayed call there is left
 * alone (no task), and its reads need no wait.  typeof_text: the function
 * spells typeof somewhere (else no need to look). */
int unevaluated(Unit *u, int typeof_text, Node *n) {
  Node *top = n;      /* the outermost expression or declaration around n */
  int in_stmt = 0;
  for (Node *x = n, *p = n->parent; p; x = p, p = p->parent) {
    if (p->kind == CXCursor_UnaryExpr && x->end == p->end && is_expr(x)) {
      CXType t = clang_getCanonicalType(clang_getCursorType(x->cur));
      if (t.kind != CXType_VariableArray) return 1;      /* sizeof expr */
    }
    if (p->kind == CXCursor_GenericSelectionExpr && p->nkid && x == p->kid[0]) return 1;
    if (!in_stmt && (is_expr(p) || p->kind == CXCursor_VarDecl || p->kind == CXCursor_DeclStmt)) top = p;
    else in_stmt = 1;
  }
  /* typeof(...) hides in types (declarations, casts, sizeof(type)): by text */
  return typeof_text && !n->macro && in_typeof_text(u, top->beg, n->beg);
}


/* Does n take the address of variable d (&d, &d[i] of an array d)? */
int tree_takes_address(Unit *u, Node *n, CXCursor d) {
  if (n->kind == CXCursor_UnaryOperator && fe_is_addrof(u, n)) {
    Node *x = fe_strip(n->kid[0]);
    /* &a[i] of an array is a's address; &p[i] of a pointer only p's value */
    while (x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid &&
           clang_getCanonicalType(clang_getCursorType(fe_strip(x->kid[0])->cur)).kind != CXType_Pointer)
      x = fe_strip(x->kid[0]);
    if (x && x->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(x->cur), d)) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (tree_takes_address(u, n->kid[i], d)) return 1;
  return 0;
}

/* Does n assign variable d (=, op=, ++, --)? */
int tree_changes_var(Unit *u, Node *n, CXCursor d) {
  if ((fe_is_assign(u, n) || fe_is_incdec(u, n)) && n->nkid) {
    Node *x = fe_strip(n->kid[0]);
    if (x && x->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(x->cur), d)) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (tree_changes_var(u, n->kid[i], d)) return 1;
  return 0;
}

/* A member access through a pointer, p->m (not s.m)? */
int tree_member_arrow(Unit *u, Node *m) {
  if (m->kind != CXCursor_MemberRefExpr || !m->nkid || m->end <= m->kid[0]->end) return 0;
  unsigned q = fe_skip_space(u, m->kid[0]->end);
  return q + 1 < u->len && u->src[q] == '-' && u->src[q + 1] == '>';
}

/* Is n made of constants and of variables `var` accepts, with no memory read
 * (subscript, member, dereference), no call, no address taken, no side
 * effect?  var(ctx, d) decides a variable or parameter d; node(ctx, n), when
 * given, first decides a whole subtree (1 yes, 0 no, -1 look inside). */
int plain_operands(Unit *u, Node *n, int (*var)(void *ctx, CXCursor d), int (*node)(void *ctx, Node *n), void *ctx) {
  int r = node ? node(ctx, n) : -1;
  if (r >= 0) return r;
  switch (n->kind) {
  case CXCursor_ArraySubscriptExpr: case CXCursor_MemberRefExpr: case CXCursor_CallExpr:
  case CXCursor_StmtExpr: case CXCursor_InitListExpr: case CXCursor_CompoundLiteralExpr:
    return 0;
  case CXCursor_UnaryOperator:
    if (fe_is_deref(u, n) || fe_is_addrof(u, n)) return 0;
    break;
  case CXCursor_DeclRefExpr: {
    CXCursor d = ref_decl(n);
    enum CXCursorKind k = clang_getCursorKind(d);
    if (k == CXCursor_EnumConstantDecl) return 1;
    return (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) && var(ctx, d);
  }
  default:
    break;
  }
  if (!pure_expr(u, n)) return 0;
  for (int i = 0; i < n->nkid; i++)
    if (!plain_operands(u, n->kid[i], var, node, ctx)) return 0;
  return 1;
}
