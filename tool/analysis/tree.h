/* tree.h — questions about the Node tree (tree.c): statement positions,
 * loops and their trip counts and induction variables, what a subtree holds,
 * operands C never evaluates, the function a call names.  Below the passes,
 * which use them through passes.h; other stages (lint, suggest) may use them
 * too. */
#ifndef DELAYC_TREE_H
#define DELAYC_TREE_H

#include "frontend/frontend.h"
#include "plan/plan.h"

int is_loop(Node *n);
int is_expr(Node *n);
int stmt_parent_ok(Node *n);
int needs_wrap(Node *n);
int has_kind(Node *n, enum CXCursorKind k);
int has_macro(Node *n);
int pure_expr(Unit *u, Node *n);
/* n made of constants and of the variables var accepts: no memory read, no call (tree.c) */
int plain_operands(Unit *u, Node *n, int (*var)(void *ctx, CXCursor d), int (*node)(void *ctx, Node *n), void *ctx);
int tree_takes_address(Unit *u, Node *n, CXCursor d);   /* &d, &d[i] in n */
int tree_changes_var(Unit *u, Node *n, CXCursor d);     /* d =, op=, ++, -- in n */
int tree_member_arrow(Unit *u, Node *m);                /* p->m, not s.m */
int names(Node *n, const char *name);
int has_back_goto(Node *body, Node *n);
void collect_vars(Func *f, Node *n);
long long eval_int(Node *n, int *ok);
long long trip_count(Unit *u, Node *loop);
int in_nested_scope(Func *f, Node *stmt);
int reads_errno(Node *n);
CXCursor ref_decl(Node *n);
int assigned_in(Unit *u, Node *n, const char *name);
char *induction_var(Unit *u, Node *loop);   /* of a for loop, malloc'd, or NULL */
Node *callee_fn(Node *n);                   /* the function a call names directly, or NULL */
int unevaluated(Unit *u, int typeof_text, Node *n);   /* in sizeof, _Generic's control, typeof */

#endif /* DELAYC_TREE_H */
