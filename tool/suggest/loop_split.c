/* loop_split.c — loops that compute values with a proposed function, then fold
 * them in order (`delayc suggest`):
 *
 *     for (arg = 0; arg < NUM_ARGS; arg++) {
 *         long r = vm_run(p, arg);
 *         h = h * 33u + (unsigned long)r;        each iteration needs the last one's h
 *         if (r > best) { best = r; best_arg = arg; }
 *     }
 *
 * The iterations depend on each other, their calls do not.  The loop becomes
 * two: the calls first, each storing its result in an array indexed by the
 * loop (emit makes them tasks, run in batches when small), then the loop as
 * written, reading the results back:
 *
 *     {
 *         long *r_of_arg = malloc(sizeof *r_of_arg * (size_t)(NUM_ARGS));
 *         if (!r_of_arg)
 *             abort();          (no memory for the results)
 *         for (arg = 0; arg < NUM_ARGS; arg++)
 *             r_of_arg[arg] = vm_run(p, arg);
 *         for (arg = 0; arg < NUM_ARGS; arg++) {
 *             long r = r_of_arg[arg];
 *             ...
 *         }
 *         free(r_of_arg);
 *
 * This is what dask.delayed users write (`results = [delayed(f)(x) ...]`,
 * then the fold).  It holds only when nothing the rest does can be seen by
 * the calls, nor the other way round:
 *   - the header is `v = A` (or `T v = A`), `v < B` (`<=`, `B > v`, `v != B`),
 *     `v++` (`++v`, `v += 1`); A and B read nothing the rest changes: the array
 *     has B - A elements, allocated (the program's own end, or abort(), where
 *     there is no memory for it), or on the stack when A and B are numbers
 *     and B - A is small; a number as B is named once for both loops and the
 *     size (`const long s_end = 60;`, `enum { s_end = 6 };` on the stack), so
 *     that an edit of it is an edit of all three;
 *   - the calls: calls of proposed functions in statements of the body, run in
 *     every iteration (not under ?:, && or ||, not after a statement that may
 *     `continue`), arguments that call nothing, assign nothing and name no
 *     variable of the iteration;
 *   - the functions return their value and do nothing else the rest could see:
 *     no write through a parameter, a kept pointer, memory they cannot place, a
 *     resource (reading the console is an error path's last words: then the
 *     rest may not write it); globals only updated in any order (commute.c);
 *   - the rest leaves the loop by no return, goto, break, exit, abort or
 *     longjmp (continue skips the rest of one iteration in both versions); it
 *     writes neither v, nor a variable the calls' arguments or the bounds read,
 *     nor a global the calls use, reads no global they update; what it writes
 *     through pointers (or calls that write memory) meets nothing the calls,
 *     their arguments or the bounds read, and what it writes by name meets
 *     nothing they read through pointers: any variable whose address is taken
 *     counts as reachable through a pointer.
 * Then each call runs once per iteration with the arguments the serial loop
 * gives it, and the rest sees the same values in the same order. */
#include "suggest/suggest.h"
#include "analysis/tree.h"
#include "effects/effects.h"
#include "cost/cost.h"

#include <stdlib.h>
#include <string.h>

#define SPLIT_MIN_RUN 1000000         /* ~ns a run of the loop does, for calls under --min-work: 1 ms */
#define SPLIT_MIN_CALL 500            /* ~ns a call does at least: emit's batches carry the rest */
#define WIDTH_CAP 64

static int mentions(Node *n, CXCursor d) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor r = model_ref(n);
    if (!clang_Cursor_isNull(r) && clang_equalCursors(clang_getCanonicalCursor(r), d)) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (mentions(n->kid[i], d)) return 1;
  return 0;
}

/* ---- the loop's header ---- */

static int is_var(Node *n, CXCursor v) {
  if (!n || n->kind != CXCursor_DeclRefExpr) return 0;
  CXCursor d = model_ref(n);
  return !clang_Cursor_isNull(d) && clang_equalCursors(clang_getCanonicalCursor(d), v);
}

typedef struct Head {
  CXCursor v;          /* canonical */
  Node *a, *b;         /* start and bound expressions */
  long long count;     /* iterations */
  int le;              /* v <= B */
} Head;

static int head_of(Unit *u, Node *loop, Head *h) {
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return 0;
  h->v = suggest_loop_var(loop);
  if (clang_Cursor_isNull(h->v)) return 0;
  CXType vt = clang_getCanonicalType(clang_getCursorType(h->v));
  if (vt.kind < CXType_Char_U || vt.kind > CXType_LongLong) return 0;   /* an integer */
  Node *init = loop->kid[0];
  if (init->kind == CXCursor_DeclStmt) {
    if (init->nkid != 1) return 0;
    h->a = fe_var_init(u, init->kid[0]);
  } else {
    Node *b = fe_strip(init);
    if (!b || b->kind != CXCursor_BinaryOperator || b->nkid != 2 || !fe_binop_is(u, b, "=")) return 0;
    h->a = b->kid[1];
  }
  Node *c = fe_strip(loop->kid[1]);
  if (!h->a || !c || c->kind != CXCursor_BinaryOperator || c->nkid != 2) return 0;
  /* v < B, v <= B, v != B (counting up from A), B > v, B >= v */
  int vl_ = is_var(fe_strip(c->kid[0]), h->v), vr = is_var(fe_strip(c->kid[1]), h->v);
  if (vl_ && (fe_binop_is(u, c, "<") || fe_binop_is(u, c, "<=") || fe_binop_is(u, c, "!="))) {
    h->le = fe_binop_is(u, c, "<=");
    h->b = c->kid[1];
  } else if (vr && (fe_binop_is(u, c, ">") || fe_binop_is(u, c, ">="))) {
    h->le = fe_binop_is(u, c, ">=");
    h->b = c->kid[0];
  } else {
    return 0;
  }
  /* the step: v++, ++v, v += 1 */
  char *st = fe_text(u, loop->kid[2]->beg, loop->kid[2]->end), *vn = fe_spelling(h->v);
  char sp[128];
  size_t k = 0;
  for (const char *p = st; *p && k + 1 < sizeof sp; p++)
    if (*p != ' ' && *p != '\t') sp[k++] = *p;
  sp[k] = 0;
  size_t vl = strlen(vn);
  int step = (!strncmp(sp, vn, vl) && (!strcmp(sp + vl, "++") || !strcmp(sp + vl, "+=1"))) ||
             (!strncmp(sp, "++", 2) && !strcmp(sp + 2, vn));
  free(st);
  free(vn);
  if (!step) return 0;
  int oka, okb;
  long long a = eval_int(h->a, &oka), b = eval_int(h->b, &okb);
  if (oka && okb) {
    h->count = b - a + (h->le ? 1 : 0);
    return h->count >= 2;
  }
  h->count = -1;                  /* known at run time: the arrays are allocated */
  /* bounds both loops can read: no call, no assignment (what the rest writes is checked later) */
  return pure_expr(u, h->a) && pure_expr(u, h->b);
}

/* ---- the calls ---- */

typedef struct Lead {
  Node *call;          /* the call of a proposed function */
  int stmt;            /* the statement of the body it is in */
  Node *decl;          /* the variable it initializes whole (`long r = f(..)`), or NULL */
  int sugg;            /* the suggestion of the function called */
  const Effects *fx;
  char *type;          /* its result's type, spelled */
} Lead;

#define MAX_LEADS 8

/* The suggestion proposing the function a call names, or -1. */
static int proposed(Found *fd, Node *call) {
  Node *c = call && call->kind == CXCursor_CallExpr ? fe_direct_callee(call) : NULL;
  if (!c) return -1;
  char *nm = fe_spelling(clang_getCursorReferenced(c->cur));
  int r = -1;
  for (int i = 0; i < fd->ns && r < 0; i++)
    if (fd->s[i].kind == SK_FUNCTION && !fd->s[i].why && !strcmp(fd->s[i].name, nm)) r = i;
  free(nm);
  return r;
}

/* Does n name a variable declared inside b (a value of this iteration)? */
int suggest_declared_in(Unit *u, Node *n, Node *b) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = model_ref(n);
    if (!clang_Cursor_isNull(d) && clang_getCursorKind(d) == CXCursor_VarDecl) {
      CXFile f;
      unsigned off;
      clang_getExpansionLocation(clang_getCursorLocation(d), &f, NULL, NULL, &off);
      if (f && clang_File_isEqual(f, u->file) && off >= b->beg && off < b->end) return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (suggest_declared_in(u, n->kid[i], b)) return 1;
  return 0;
}

/* Is the call evaluated whenever its statement st runs: reached from st only
 * through expressions that evaluate it unconditionally (not the arms of ?:,
 * not the right of && or ||, not after a comma, not in sizeof), the variable
 * declarations of st, or the condition of an if or a switch?  *decl: the
 * variable it initializes whole, if any. */
static int unconditional(Unit *u, Node *call, Node *st, Node **decl) {
  *decl = NULL;
  Node *c = call;
  for (Node *p = call->parent; p; c = p, p = p->parent) {
    switch (p->kind) {
    case CXCursor_ConditionalOperator:
      if (p->nkid == 3 && p->kid[0] != c) return 0;
      break;
    case CXCursor_BinaryOperator:
      if ((fe_binop_is(u, p, "&&") || fe_binop_is(u, p, "||")) && p->nkid == 2 && p->kid[1] == c) return 0;
      if (fe_binop_is(u, p, ",")) return 0;
      break;
    case CXCursor_UnaryExpr: case CXCursor_StmtExpr:
      return 0;
    case CXCursor_VarDecl:
      if (clang_Cursor_getStorageClass(p->cur) == CX_SC_Static) return 0;
      if (fe_strip(c) == call && !*decl) *decl = p;
      break;
    case CXCursor_DeclStmt:
      break;
    case CXCursor_IfStmt: case CXCursor_SwitchStmt:
      if (p->kid[0] != c) return 0;         /* the condition only */
      break;
    default:
      if (!clang_isExpression(p->kind)) return 0;
    }
    if (p == st) return 1;
  }
  return 0;
}

/* The text at the call is the call itself (`f(...)`, not a macro around it). */
static int spelled_call(Unit *u, Node *call) {
  Node *c = fe_direct_callee(call);
  if (!c || call->end <= call->beg || u->src[call->end - 1] != ')') return 0;
  char *nm = fe_spelling(clang_getCursorReferenced(c->cur));
  size_t n = strlen(nm);
  int ok = call->end - call->beg > n && !memcmp(u->src + call->beg, nm, n);
  unsigned o = call->beg + (unsigned)n;
  while (ok && o < call->end && (u->src[o] == ' ' || u->src[o] == '\t')) o++;
  ok = ok && o < call->end && u->src[o] == '(';
  free(nm);
  return ok;
}

/* Does n hold a `continue` of the loop around it (not of a loop inside n)? */
static int has_continue(Node *n, int inner) {
  if (n->kind == CXCursor_ContinueStmt) return !inner;
  if (n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt) inner = 1;
  for (int i = 0; i < n->nkid; i++)
    if (has_continue(n->kid[i], inner)) return 1;
  return 0;
}

typedef struct Finder {
  Unit *u;
  Found *fd;
  Node *body, *st;
  int stmt;
  Lead *l; int *nl;
} Finder;

/* Is call the whole value of `X[v] = call;`, v the loop's variable?  Its
 * result goes to an element of its own: emit makes it a task as it is. */
static int stored_by_index(Unit *u, Node *call, Node *loop) {
  Node *p = call->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
  if (!p || p->kind != CXCursor_BinaryOperator || p->nkid != 2 || !fe_is_assign(u, p) || fe_strip(p->kid[1]) != call)
    return 0;
  Node *t = fe_strip(p->kid[0]);
  if (!t || t->kind != CXCursor_ArraySubscriptExpr || t->nkid != 2) return 0;
  /* (a local array of the function: a task on a global's element, a region
   * of <memory>, would wait for a task reading memory through a pointer of
   * unknown extent, as run_vm(progs[p]) does: split, its results go to an
   * array of their own, copied in order) */
  Node *base = fe_strip(t->kid[0]);
  CXCursor d = base && base->kind == CXCursor_DeclRefExpr ? clang_getCursorReferenced(base->cur) : clang_getNullCursor();
  if (clang_getCursorKind(d) != CXCursor_VarDecl || clang_Cursor_getStorageClass(d) == CX_SC_Static ||
      clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit ||
      clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_ConstantArray)
    return 0;
  Node *ix = fe_strip(t->kid[1]);
  CXCursor v = suggest_loop_var(loop);
  return ix && ix->kind == CXCursor_DeclRefExpr && !clang_Cursor_isNull(v) &&
         clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(ix->cur)), v);
}

static int names_var(Node *n, CXCursor d) {
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(n->cur)), d))
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (names_var(n->kid[i], d)) return 1;
  return 0;
}

/* Is the array a call's result was stored in (per[c] = f(c)) used again in a
 * later statement of the body (total += per[c])?  Then emit runs the call
 * inline (the next statement waits for it): not a task as it stands. */
static int used_later(Finder *x, Node *call) {
  Node *p = call->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
  Node *base = p && p->nkid == 2 ? fe_strip(p->kid[0]) : NULL;
  base = base && base->kind == CXCursor_ArraySubscriptExpr ? fe_strip(base->kid[0]) : NULL;
  if (!base || base->kind != CXCursor_DeclRefExpr || x->body->kind != CXCursor_CompoundStmt) return 0;
  CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(base->cur));
  for (int i = x->stmt + 1; i < x->body->nkid; i++)
    if (names_var(x->body->kid[i], d)) return 1;
  return 0;
}

static void find_leads(Finder *x, Node *n) {
  if (*x->nl >= MAX_LEADS) return;
  if (n->kind == CXCursor_CallExpr) {
    int sg = proposed(x->fd, n);
    Node *decl;
    if (sg >= 0 && stored_by_index(x->u, n, x->body->parent) && !used_later(x, n))
      return;                            /* sums[c] = chunk(..): a task already */
    if (sg >= 0 && !suggest_declared_in(x->u, n, x->body) && unconditional(x->u, n, x->st, &decl) &&
        spelled_call(x->u, n)) {
      x->l[(*x->nl)++] = (Lead){n, x->stmt, decl, sg, NULL, NULL};
      return;                            /* the arguments stay with it */
    }
  }
  for (int i = 0; i < n->nkid; i++) find_leads(x, n->kid[i]);
}

/* What makes f's calls unfit to run before the rest: NULL when they may. */
static char *lead_refuses(const Effects *fx, const char *fn) {
  if (fx->all) return fmt("'%s' may do anything (%s)", fn, fx->all_why ? fx->all_why : "a body delayc cannot see");
  if (fx->tls) return fmt("'%s' uses the thread-local '%s'", fn, fx->tls);
  /* reading the console: the last words of an error path (effects.c) */
  for (int r = 0; r < RES_COUNT; r++)
    if (fx->res[r] & FX_WRITE) return fmt("'%s' changes %s", fn, fx_resource_name((Resource)r));
  if (fx->mem & FX_WRITE) return fmt("'%s' writes memory delayc cannot place", fn);
  for (int k = 0; k < fx->nparam; k++)
    if (fx->param[k] & (FX_WRITE | FX_KEEP)) return fmt("'%s' writes through a parameter or keeps it", fn);
  for (int i = 0; i < fx->ng; i++)
    if ((fx->g[i].mode & FX_WRITE) && (!fx->g[i].update || fx->g[i].hot))
      return fmt("'%s' writes the global '%s'", fn, fx->g[i].name);
  return NULL;
}

/* ---- the rest of the body ---- */

typedef struct Rest {
  Unit *u;
  LFunc *caller;
  CXCursor v;
  Node *a, *b;         /* the loop's bounds: both loops read them */
  Lead *l; int nl;
  CXCursor *at; int nat;   /* variables of the caller whose address is taken */
  int memw;            /* writes through pointers, or calls what writes memory */
  int namew;           /* writes by name a variable a pointer may reach */
  char *why;
} Rest;

static int is_lead(Rest *r, Node *n) {
  for (int i = 0; i < r->nl; i++)
    if (r->l[i].call == n) return 1;
  return 0;
}

static const FxGlobal *lead_global(Rest *r, CXCursor d, int write_only) {
  for (int i = 0; i < r->nl; i++)
    for (int k = 0; k < r->l[i].fx->ng; k++) {
      const FxGlobal *g = &r->l[i].fx->g[k];
      if (!clang_Cursor_isNull(g->decl) && clang_equalCursors(g->decl, d) && (!write_only || (g->mode & FX_WRITE)))
        return g;
    }
  return NULL;
}

static void refuse(Rest *r, char *why) {
  if (!r->why) r->why = why;
  else free(why);
}

static int global_var(CXCursor d) {
  return clang_getCursorKind(d) == CXCursor_VarDecl &&
         (clang_getCursorSemanticParent(d).kind == CXCursor_TranslationUnit ||
          clang_Cursor_getStorageClass(d) == CX_SC_Static || clang_Cursor_getStorageClass(d) == CX_SC_Extern);
}

/* May a pointer reach d: a global (unless a static whose address the file
 * never takes), or a variable of the caller whose address is taken? */
static int reachable(Rest *r, CXCursor d) {
  if (global_var(d)) return !fx_unaddressed(r->u, d);
  for (int i = 0; i < r->nat; i++)
    if (clang_equalCursors(r->at[i], d)) return 1;
  return 0;
}

/* Does n name a variable a pointer may reach? */
static int names_reachable(Rest *r, Node *n) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = model_ref(n);
    if (!clang_Cursor_isNull(d) && reachable(r, clang_getCanonicalCursor(d))) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (names_reachable(r, n->kid[i])) return 1;
  return 0;
}

/* Does n load through a pointer (*p, p->m, p[i] of a pointer)? */
static int loads(Node *n) {
  if (n->kind == CXCursor_UnaryOperator || n->kind == CXCursor_MemberRefExpr || n->kind == CXCursor_ArraySubscriptExpr) {
    Node *b = n->nkid ? n->kid[0] : NULL;
    if (b && clang_getCanonicalType(clang_getCursorType(b->cur)).kind == CXType_Pointer) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (loads(n->kid[i])) return 1;
  return 0;
}

/* The variables of the function whose address is taken: &x, or an array
 * used other than by an element (it decays to a pointer). */
static void taken(Rest *r, Node *n) {
  Node *x = NULL;
  if (n->kind == CXCursor_UnaryOperator && fe_is_addrof(r->u, n) && n->nkid) x = fe_strip(n->kid[0]);
  while (x && (x->kind == CXCursor_MemberRefExpr || x->kind == CXCursor_ArraySubscriptExpr) && x->nkid)
    x = fe_strip(x->kid[0]);
  if (n->kind == CXCursor_DeclRefExpr &&
      clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_ConstantArray) {
    Node *p = n->parent;
    while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
    if (!p || p->kind != CXCursor_ArraySubscriptExpr) x = n;
  }
  if (x && x->kind == CXCursor_DeclRefExpr) {
    CXCursor d = model_ref(x);
    if (!clang_Cursor_isNull(d)) {
      r->at = xrealloc(r->at, (size_t)(r->nat + 1) * sizeof *r->at);
      r->at[r->nat++] = clang_getCanonicalCursor(d);
    }
  }
  for (int i = 0; i < n->nkid; i++) taken(r, n->kid[i]);
}

/* A variable the rest writes: not v, not one the calls' arguments read, not a global they use. */
static void writes_var(Rest *r, CXCursor d) {
  d = clang_getCanonicalCursor(d);
  char *nm = fe_spelling(d);
  if (clang_equalCursors(d, r->v)) refuse(r, fmt("the rest of the body writes the loop variable '%s'", nm));
  for (int i = 0; i < r->nl && !r->why; i++) {
    Node *call = r->l[i].call;
    for (int k = 1; k < call->nkid; k++)
      if (mentions(call->kid[k], d)) {
        refuse(r, fmt("the rest of the body writes '%s', which the call's arguments read", nm));
        break;
      }
  }
  if (!r->why && (mentions(r->a, d) || mentions(r->b, d)))
    refuse(r, fmt("the rest of the body writes '%s', which the loop's bounds read", nm));
  if (!r->why && lead_global(r, d, 0)) refuse(r, fmt("the rest of the body writes the global '%s', which the call uses", nm));
  if (reachable(r, d)) r->namew = 1;
  free(nm);
}

/* The storage an lvalue (or, with through, what an argument points to) writes. */
static void writes(Rest *r, Node *lv, int through) {
  Node *p = fe_strip(lv);
  if (through && p && p->kind == CXCursor_UnaryOperator && fe_is_addrof(r->u, p)) {
    p = fe_strip(p->kid[0]);
    through = 0;
  }
  while (p) {
    CXType t = clang_getCanonicalType(clang_getCursorType(p->cur));
    if (p->kind == CXCursor_DeclRefExpr) {
      if (through && t.kind == CXType_Pointer) { r->memw = 1; return; }
      CXCursor d = model_ref(p);
      if (clang_Cursor_isNull(d)) { r->memw = 1; return; }
      writes_var(r, d);
      return;
    }
    if (p->kind == CXCursor_ArraySubscriptExpr && p->nkid == 2) {
      Node *base = fe_strip(p->kid[0]);
      CXType bt = clang_getCanonicalType(clang_getCursorType(base->cur));
      if (bt.kind != CXType_ConstantArray && bt.kind != CXType_IncompleteArray && bt.kind != CXType_VariableArray) {
        r->memw = 1;
        return;
      }
      p = base;
      through = 0;
      continue;
    }
    if (p->kind == CXCursor_MemberRefExpr && p->nkid) {
      CXType bt = clang_getCanonicalType(clang_getCursorType(p->kid[0]->cur));
      if (bt.kind == CXType_Pointer) { r->memw = 1; return; }
      p = fe_strip(p->kid[0]);
      through = 0;
      continue;
    }
    r->memw = 1;          /* *p, a call's result ... */
    return;
  }
}

/* May the call end the program or leave by longjmp (exit, abort, assert, a
 * function of the file that may)?  Unknown callees: as the effects say. */
static int may_end(Unit *u, Node *call, int depth) {
  static const char *const enders[] = {"exit", "_Exit", "_exit", "quick_exit", "abort", "__assert_fail",
                                       "__builtin_trap", "longjmp", "siglongjmp", "_longjmp", NULL};
  if (fx_call_may_longjmp(u, call->cur)) return 1;
  Node *c = fe_direct_callee(call);
  if (!c) return 1;                                   /* through a pointer */
  CXCursor fn = clang_getCursorReferenced(c->cur);
  char *nm = fe_spelling(fn);
  int end = 0;
  for (int i = 0; enders[i] && !end; i++) end = !strcmp(nm, enders[i]);
  free(nm);
  if (end) return 1;
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || depth > 6) return depth > 6;
  Node *t = fe_tree(u, def);
  int hit = 0;
  Node *st[256];
  int sp = 0;
  if (t) st[sp++] = t;
  while (sp && !hit) {
    Node *x = st[--sp];
    if (x->kind == CXCursor_CallExpr) hit = may_end(u, x, depth + 1);
    for (int i = 0; i < x->nkid; i++) {
      if (sp == 256) { hit = 1; break; }          /* too big to tell */
      st[sp++] = x->kid[i];
    }
  }
  fe_free_tree(t);
  return hit;
}

static void rest_walk(Rest *r, Node *n, int breakable) {
  if (r->why || is_lead(r, n)) return;       /* a call moved to the first loop: checked on its own */
  Unit *u = r->u;
  switch (n->kind) {
  case CXCursor_ReturnStmt:
  case CXCursor_GotoStmt:
  case CXCursor_IndirectGotoStmt:
    refuse(r, xstrdup("the rest of the body can leave the loop (return, goto): the calls of the iterations "
                      "after it would run too"));
    return;
  case CXCursor_BreakStmt:
    if (!breakable)
      refuse(r, xstrdup("the rest of the body can leave the loop (break): the calls of the iterations after "
                        "it would run too"));
    return;
  case CXCursor_ForStmt: case CXCursor_WhileStmt: case CXCursor_DoStmt: case CXCursor_SwitchStmt:
    breakable = 1;
    break;
  case CXCursor_CompoundAssignOperator:
    writes(r, n->kid[0], 0);
    break;
  case CXCursor_BinaryOperator:
    if (fe_is_assign(u, n)) writes(r, n->kid[0], 0);
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_incdec(u, n) || fe_is_addrof(u, n)) writes(r, n->kid[0], 0);
    break;
  case CXCursor_DeclRefExpr: {
    CXCursor d = model_ref(n);
    if (!clang_Cursor_isNull(d) && lead_global(r, clang_getCanonicalCursor(d), 1)) {
      char *nm = fe_spelling(d);
      refuse(r, fmt("the rest of the body reads the global '%s', which the calls update", nm));
      free(nm);
    }
    break;
  }
  case CXCursor_CallExpr: {
    Effects e = {0};
    fx_of_call(u, n, r->caller->body, r->caller->name, &e);
    Node *c = fe_direct_callee(n);
    char *cn = c ? fe_spelling(clang_getCursorReferenced(c->cur)) : xstrdup("a function through a pointer");
    if (e.all) refuse(r, fmt("the rest of the body calls '%s', which may do anything", cn));
    if (!r->why && may_end(u, n, 0))
      refuse(r, fmt("the rest of the body calls '%s', which may end the program: the calls of the iterations after "
                    "it would run too", cn));
    if (e.mem & FX_WRITE) r->memw = 1;
    for (int k = 0; k < RES_COUNT && !r->why; k++)
      for (int i = 0; i < r->nl && !r->why; i++)
        if ((e.res[k] & FX_WRITE) && r->l[i].fx->res[k])
          refuse(r, fmt("the rest of the body calls '%s', which changes %s, and the calls read it", cn,
                        fx_resource_name((Resource)k)));
    for (int i = 0; i < e.ng && !r->why; i++) {
      if (clang_Cursor_isNull(e.g[i].decl)) continue;
      const FxGlobal *lg = lead_global(r, e.g[i].decl, 0);
      if (lg && ((lg->mode & FX_WRITE) || (e.g[i].mode & FX_WRITE)))
        refuse(r, fmt("the rest of the body calls '%s', which uses the global '%s' as the calls do", cn, lg->name));
      else if ((e.g[i].mode & FX_WRITE) && !fx_unaddressed(u, e.g[i].decl))
        r->namew = 1;
    }
    for (int k = 1; k < n->nkid && !r->why; k++)
      if (fx_arg_mode(u, n, k - 1) & FX_WRITE) writes(r, n->kid[k], 1);
    free(cn);
    fx_free(&e);
    break;
  }
  default:
    break;
  }
  for (int i = 0; i < n->nkid; i++) rest_walk(r, n->kid[i], breakable);
}

/* Pointers: what the rest writes through them against what the calls, their
 * arguments and the bounds read by name or through pointers. */
static void rest_aliasing(Rest *r, Head *h) {
  int lead_mem = 0, lead_globals = 0, args = 0;
  for (int i = 0; i < r->nl; i++) {
    const Effects *fx = r->l[i].fx;
    lead_mem |= (fx->mem & FX_READ) != 0;
    for (int k = 0; k < fx->nparam; k++) lead_mem |= fx->param[k] != 0;
    for (int k = 0; k < fx->ng; k++) lead_globals |= clang_Cursor_isNull(fx->g[k].decl) || !fx_unaddressed(r->u, fx->g[k].decl);
    for (int k = 1; k < r->l[i].call->nkid; k++)
      args |= names_reachable(r, r->l[i].call->kid[k]) || loads(r->l[i].call->kid[k]);
  }
  int bounds = names_reachable(r, h->a) || names_reachable(r, h->b) || loads(h->a) || loads(h->b) ||
               reachable(r, h->v);
  if (r->memw && (lead_mem || lead_globals || args || bounds))
    refuse(r, xstrdup(lead_mem || lead_globals
        ? "the rest of the body writes through pointers, and the calls read memory a pointer may reach"
        : "the rest of the body writes through pointers, and the calls' arguments or the loop's bounds read "
          "variables a pointer may reach"));
  else if (r->namew && lead_mem)
    refuse(r, xstrdup("the rest of the body writes variables a pointer may reach, and the calls read through "
                      "pointers"));
}

/* Does the file declare a function of this name (malloc: <stdlib.h> included)? */
typedef struct Decl { const char *name; int found; } Decl;
static enum CXChildVisitResult decl_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Decl *x = d;
  if (clang_getCursorKind(c) == CXCursor_FunctionDecl) {
    CXString s = clang_getCursorSpelling(c);
    x->found = !strcmp(clang_getCString(s), x->name);
    clang_disposeString(s);
  }
  return x->found ? CXChildVisit_Break : CXChildVisit_Continue;
}
static int declares(Unit *u, const char *name) {
  Decl x = {name, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), decl_visit, &x);
  return x.found;
}

/* ---- the text ---- */

static int digits(const char *s) {
  if (!*s) return 0;
  for (; *s; s++)
    if (*s < '0' || *s > '9') return 0;
  return 1;
}

/* The blanks that start the line offset o is on. */
static char *line_indent(Unit *u, unsigned o) {
  unsigned s = o;
  while (s > 0 && u->src[s - 1] != '\n') s--;
  unsigned e = s;
  while (e < o && (u->src[e] == ' ' || u->src[e] == '\t')) e++;
  return fe_text(u, s, e);
}

/* Text [beg, end) of the file, a level deeper: `step` after each newline. */
static void put_deeper(Buf *b, Unit *u, unsigned beg, unsigned end, const char *step) {
  for (unsigned o = beg; o < end; o++) {
    buf_add(b, &u->src[o], 1);
    if (u->src[o] == '\n' && o + 1 < end && u->src[o + 1] != '\n') buf_puts(b, step);
  }
}

/* How the program stops where there is no memory for the results: as its
 * other ends do when they all end it one way (exit(EXIT_FAILURE) beside
 * exit(EXIT_FAILURE)), so that tasks on error paths stay unordered
 * (effects.c, "the end of the process"); else abort(). */
static char *end_call(Unit *u) {
  char how[16];
  long long status;
  int one = fx_unit_end(u, how, sizeof how, &status);
  if (one && status == 1 && (!strcmp(how, "exit") || !strcmp(how, "_Exit"))) return fmt("%s(EXIT_FAILURE)", how);
  if (one && status > 1 && (!strcmp(how, "exit") || !strcmp(how, "_Exit"))) return fmt("%s(%lld)", how, status);
  return xstrdup("abort()");          /* (a status of 0 would say the run succeeded) */
}

/* text as a term of an expression: a name or a number as it is, else in parentheses */
static char *term(const char *t) {
  int plain = *t != 0;
  for (const char *p = t; *p; p++)
    plain &= *p == '_' || (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z');
  return plain ? xstrdup(t) : fmt("(%s)", t);
}

/* The most results of a split loop between two numbers kept on the stack */
#define SPLIT_STACK_MAX 256

/* The loop's new text, its results allocated:
 *     {
 *         long *r_of_i = malloc(sizeof *r_of_i * (size_t)(n > 0 ? n : 1));
 *         if (!r_of_i)
 *             abort();          (no memory for the results)
 *         ...the two loops...
 *         free(r_of_i);
 *     }
 * A number as the bound is named once, before the results, and both loops
 * read it: `const long s_end = 60;`, `for (s = 10; s < s_end; s++)`. */
static char *split_text(Unit *u, Node *loop, Head *h, Lead *l, int nl, char **arr, int heap) {
  Node *body = loop->kid[3];
  char *ind = line_indent(u, loop->beg);
  const char *step = strchr(ind, '\t') ? "\t" : "    ";
  char *vn = fe_spelling(h->v);
  int ok0;
  long long a = eval_int(h->a, &ok0);
  char *at = fe_text(u, h->a->beg, h->a->end), *bt = fe_text(u, h->b->beg, h->b->end);
  /* a number as the bound, named once for both loops and the results' size
   * (`const long s_end = 60;`): an edit of it is an edit of all three */
  char *named = NULL;
  if (digits(bt)) {
    char *base = fmt("%s_%s", vn, h->le ? "last" : "end");
    named = xstrdup(base);
    for (int k = 2; names_word(u->src, named); k++) {
      free(named);
      named = fmt("%s_%d", base, k);
    }
    free(base);
    free(bt);
    bt = xstrdup(named);
  }
  char *A = term(at), *B = term(bt);
  char *idx = ok0 && a == 0 ? xstrdup(vn) : fmt("%s - %s", vn, A);
  char *cnt;
  if (h->count > 0 && !named)
    cnt = ok0 && a == 0 ? (h->le ? fmt("%s + 1", B) : xstrdup(bt))
          : (h->le ? fmt("%s - %s + 1", B, A) : fmt("%s - %s", B, A));
  else if (ok0 && a == 0)
    cnt = h->le ? fmt("%s >= 0 ? %s + 1 : 1", B, B) : fmt("%s > 0 ? %s : 1", B, B);
  else
    cnt = h->le ? fmt("%s >= %s ? %s - %s + 1 : 1", B, A, B, A) : fmt("%s > %s ? %s - %s : 1", B, A, B, A);
  char *head = fe_text(u, loop->beg, body->beg);
  if (named) {                          /* the first loop's header with the bound named */
    char *t = fmt("%.*s%s%s", (int)(h->b->beg - loop->beg), head, named, head + (h->b->end - loop->beg));
    free(head);
    head = t;
  }
  size_t hl = strlen(head);
  while (hl && (head[hl - 1] == ' ' || head[hl - 1] == '\t' || head[hl - 1] == '\n')) head[--hl] = 0;
  /* the two loops sit one level deeper than the loop */
  char *in = fmt("%s%s", ind, step);
  char *deeper = xstrdup(step);
  Buf b = {0};
  buf_add(&b, "", 0);
  buf_puts(&b, "{\n");
  if (named) {
    char *num = fe_text(u, h->b->beg, h->b->end);
    if (heap)
      buf_printf(&b, "%s%sconst long %s = %s;          /* the loop's bound, for both loops and the results */\n", ind,
                 step, named, num);
    else
      buf_printf(&b, "%s%senum { %s = %s };          /* the loop's bound, for both loops and the results (on the "
                 "stack: keep it small) */\n", ind, step, named, num);
    free(num);
  }
  for (int i = 0; i < nl; i++) {
    const char *ts = l[i].type, *sp = ts[strlen(ts) - 1] == '*' ? "" : " ";
    if (heap) buf_printf(&b, "%s%s%s%s*%s = malloc(sizeof *%s * (size_t)(%s));\n", ind, step, ts, sp, arr[i], arr[i], cnt);
    else buf_printf(&b, "%s%s%s%s%s[%s];\n", ind, step, ts, sp, arr[i], cnt);
  }
  if (heap) {
    buf_printf(&b, "%s%sif (", ind, step);
    for (int i = 0; i < nl; i++) buf_printf(&b, "%s!%s", i ? " || " : "", arr[i]);
    buf_puts(&b, ")\n");
    char *end = end_call(u);
    buf_printf(&b, "%s%s%s%s;          /* no memory for the results */\n", ind, step, step, end);
    free(end);
  }
  buf_printf(&b, "%s%s%s\n", in, head, nl > 1 ? " {" : "");
  for (int i = 0; i < nl; i++) {
    char *call = fe_text(u, l[i].call->beg, l[i].call->end);
    buf_printf(&b, "%s%s%s[%s] = %s;\n", in, step, arr[i], idx, call);
    free(call);
  }
  if (nl > 1) buf_printf(&b, "%s}\n", in);
  buf_puts(&b, in);
  unsigned o = loop->beg;
  if (named) {                          /* the second loop's header too */
    put_deeper(&b, u, o, h->b->beg, deeper);
    buf_puts(&b, named);
    o = h->b->end;
  }
  for (int i = 0; i < nl; i++) {
    put_deeper(&b, u, o, l[i].call->beg, deeper);
    buf_printf(&b, "%s[%s]", arr[i], idx);
    o = l[i].call->end;
  }
  put_deeper(&b, u, o, fe_stmt_end(u, loop), deeper);     /* with the `;` of a body without braces */
  buf_puts(&b, "\n");
  if (heap)
    for (int i = 0; i < nl; i++) buf_printf(&b, "%s%sfree(%s);\n", ind, step, arr[i]);
  buf_printf(&b, "%s}", ind);
  free(in); free(deeper); free(head); free(cnt); free(idx); free(A); free(B); free(at); free(bt); free(vn); free(ind);
  free(named);
  return b.s;
}

static int split_loop(Unit *u, Found *fd, LFunc *caller, Node *loop, Lead *l, int *nl, char **why);

/* A call whose loop is not split runs inline (its result is used at once):
 * its note says so, with the reason. */
static void inline_notes(Found *fd, Lead *l, int nl, const char *vn, const char *why) {
  for (int i = 0; i < nl; i++) {
    Sugg *g = &fd->s[l[i].sugg];
    for (int k = 0; k < g->nsite; k++)
      if (g->site[k].off == l[i].call->beg) {
        free(g->site[k].msg);
        g->site[k].msg = fmt("a call in the loop over '%s' whose result the rest of the body uses at once: it runs "
                             "inline (%s)", vn, why);
      }
  }
}

/* Try to split the loop; 1 and the edit made, 0 and *why (or NULL: not this shape). */
static int split(Unit *u, Found *fd, LFunc *caller, Node *loop, char **why) {
  Lead l[MAX_LEADS];
  int nl = 0;
  int ok = split_loop(u, fd, caller, loop, l, &nl, why);
  if (*why && nl) {
    char *w = fmt("the loop cannot be split into its calls of '%s' first and the rest of the body after: %s",
                  fd->s[l[0].sugg].name, *why);
    free(*why);
    *why = w;
    CXCursor v = suggest_loop_var(loop);
    char *vn = clang_Cursor_isNull(v) ? xstrdup("?") : fe_spelling(v);
    inline_notes(fd, l, nl, vn, w);
    free(vn);
    for (int i = 0; i < nl; i++)      /* the reason of a loop around its own calls, not another's */
      if (!fd->s[l[i].sugg].split_why) fd->s[l[i].sugg].split_why = xstrdup(w);
  }
  for (int i = 0; i < nl; i++) free(l[i].type);
  return ok;
}

/* The global array whose element the call's result is stored to (`g[i] =
 * f(x);`), or NULL. */
static char *global_element_of(Unit *u, Node *call) {
  Node *p = call->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
  if (!p || p->kind != CXCursor_BinaryOperator || p->nkid != 2 || !fe_is_assign(u, p) || fe_strip(p->kid[1]) != call)
    return NULL;
  Node *t = fe_strip(p->kid[0]);
  while (t && t->kind == CXCursor_ArraySubscriptExpr) t = fe_strip(t->kid[0]);
  if (!t || t->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor d = clang_getCursorReferenced(t->cur);
  if (clang_getCursorKind(d) != CXCursor_VarDecl || !(clang_Cursor_getStorageClass(d) == CX_SC_Static ||
      clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit))
    return NULL;
  return fe_spelling(d);
}

/* Is statement st `X[v] = f(...);` (X an array of the function, one of its
 * indices the loop's v alone, the others names: `score[a][b]` in the loop
 * over b; or a member of such an element, `book[i].price`) or a call alone? */
static int own_element_store(Unit *u, Node *st, CXCursor v) {
  Node *x = fe_strip(st);
  if (x && x->kind == CXCursor_CallExpr) return 1;
  if (!x || x->kind != CXCursor_BinaryOperator || x->nkid != 2 || !fe_binop_is(u, x, "=")) return 0;
  Node *l = fe_strip(x->kid[0]), *r = fe_strip(x->kid[1]);
  if (!r || r->kind != CXCursor_CallExpr) return 0;
  while (l && l->kind == CXCursor_MemberRefExpr && l->nkid == 1 &&      /* book[i].price: a member of it */
         clang_getCanonicalType(clang_getCursorType(l->kid[0]->cur)).kind != CXType_Pointer)
    l = fe_strip(l->kid[0]);
  if (!l || l->kind != CXCursor_ArraySubscriptExpr) return 0;
  int by_v = 0;
  while (l && l->kind == CXCursor_ArraySubscriptExpr && l->nkid == 2) {
    Node *ix = fe_strip(l->kid[1]);
    if (!ix || ix->kind != CXCursor_DeclRefExpr) return 0;
    by_v |= clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(ix->cur)), clang_getCanonicalCursor(v));
    l = fe_strip(l->kid[0]);
  }
  if (!l || l->kind != CXCursor_DeclRefExpr ||      /* an array of the function (a global's: stored_by_index) */
      clang_getCursorKind(clang_getCursorSemanticParent(clang_getCursorReferenced(l->cur))) == CXCursor_TranslationUnit)
    return 0;
  return by_v;
}

static int split_loop(Unit *u, Found *fd, LFunc *caller, Node *loop, Lead *l, int *pnl, char **why) {
  *why = NULL;
  Head h;
  if (!head_of(u, loop, &h)) return 0;
  Node *body = loop->kid[3];
  /* the body's statements: a block's, or the one statement */
  Node **st = body->kind == CXCursor_CompoundStmt ? body->kid : &loop->kid[3];
  int nst = body->kind == CXCursor_CompoundStmt ? body->nkid : 1;
  /* the calls, in statements no `continue` before them can skip */
  int nl = 0, cont = -1;
  for (int i = 0; i < nst && nl < MAX_LEADS; i++) {
    Finder x = {u, fd, body, st[i], i, l, &nl};
    find_leads(&x, st[i]);
    if (has_continue(st[i], 0)) { cont = i; break; }
  }
  *pnl = nl;
  if (!nl && cont >= 0) {
    /* a call after a statement that may `continue`: some iterations skip it,
     * so the calls cannot all be made first; said, with the edit */
    Lead after[MAX_LEADS];
    int na = 0;
    for (int i = cont + 1; i < nst && !na; i++) {
      Finder x = {u, fd, body, st[i], i, after, &na};
      find_leads(&x, st[i]);
    }
    if (na) {
      char *fn = fe_spelling(clang_getCursorReferenced(fe_direct_callee(after[0].call)->cur));
      *why = fmt("its call of '%s' comes after a statement that may `continue` (line %u): some iterations skip "
                 "it, so the calls cannot all be made first; make the skip a condition around what follows it "
                 "(if (!skip) { ... }), with no `continue` before the call", fn, st[cont]->line);
      free(fn);
      for (int i = 0; i < na; i++) free(after[i].type);
    }
    return 0;
  }
  if (!nl) return 0;
  /* each statement already stores its call's result in the iteration's own
   * element (`res[i] = work(rows[i], &cnt[i]);`), or is the call alone: the
   * calls are tasks as they are, nothing to split (nor to run inline) */
  int stored = 1;
  for (int i = 0; i < nst && stored; i++) stored = own_element_store(u, st[i], h.v);
  if (stored) return 0;
  /* another suggestion edits inside the loop: leave it */
  for (int i = 0; i < fd->ns; i++)
    if (!fd->s[i].why)
      for (int k = 0; k < fd->s[i].nins; k++)
        if (fd->s[i].ins[k].off >= loop->beg && fd->s[i].ins[k].off < loop->end) return 0;
  if (loop->end - loop->beg < 4 || memcmp(u->src + loop->beg, "for", 3)) return 0;   /* not a macro's */
  for (int i = 0; i < nl; i++) {
    CXType t = clang_getCursorType(l[i].call->cur);
    l[i].type = fe_type(t);
    if (t.kind == CXType_Void || strchr(l[i].type, '[') || strchr(l[i].type, '(') || clang_Type_getSizeOf(t) <= 0) {
      *why = fmt("the result of '%s' has a type delayc cannot spell as an array's element (%s)",
                 fd->s[l[i].sugg].name, l[i].type);
      return 0;
    }
    Node *c = fe_direct_callee(l[i].call);
    CXCursor fn = clang_getCursorReferenced(c->cur);
    l[i].fx = fx_of(u, fn);
    char *fname = fe_spelling(fn);
    *why = lead_refuses(l[i].fx, fname);
    free(fname);
    if (*why) return 0;
    for (int k = 1; k < l[i].call->nkid; k++)
      /* a call or an assignment there would run in the first loop, unchecked against the rest */
      if (!pure_expr(u, l[i].call->kid[k])) {
        *why = xstrdup("a call's arguments call a function or assign a variable");
        return 0;
      }
  }
  /* on the heap: a macro's size may grow past the stack after an edit of
   * its #define, a `const int` bound makes a variable-length array (which a
   * spawning function cannot have), and a number as the bound is named once
   * (split_text), so that an edit of it sizes the results too.  A few
   * results of a loop between two numbers go on the stack, the bound an
   * enum constant (`enum { pass_end = 3 };`): no malloc whose failure would
   * end the program there, an end that orders every call of the function
   * (an abort() beside exit(1): blind 61a, verify_page kept serial by the
   * split of its three checksums) */
  char *bt = fe_text(u, h.b->beg, h.b->end);
  int heap = !(digits(bt) && h.count > 0 && h.count <= SPLIT_STACK_MAX);
  free(bt);
  if (heap && !declares(u, "malloc") && suggest_last_include(u, caller->root->beg) < 0) {
    *why = xstrdup("its results need malloc, and the file has no #include after which <stdlib.h> could go");
    return 0;
  }
  Rest r = {u, caller, h.v, h.a, h.b, l, nl, NULL, 0, 0, 0, NULL};
  taken(&r, caller->body);
  /* a bound naming a global the calls update would change under the calls */
  for (int i = 0; i < nl && !r.why; i++)
    for (int k = 0; k < l[i].fx->ng && !r.why; k++) {
      const FxGlobal *g = &l[i].fx->g[k];
      if ((g->mode & FX_WRITE) && !clang_Cursor_isNull(g->decl) && (mentions(h.a, g->decl) || mentions(h.b, g->decl)))
        r.why = fmt("the loop's bounds read the global '%s', which the calls update", g->name);
    }
  for (int i = 0; i < nst && !r.why; i++) rest_walk(&r, st[i], 0);
  if (!r.why) rest_aliasing(&r, &h);
  free(r.at);
  if (r.why) { *why = r.why; return 0; }

  char **arr = xcalloc((size_t)nl, sizeof *arr);
  char *vn = fe_spelling(h.v);
  for (int i = 0; i < nl; i++) {
    /* named after the variable it initializes (r_of_arg), else the function (score_of_i) */
    char *xn = fe_spelling(l[i].decl ? l[i].decl->cur : clang_getCursorReferenced(fe_direct_callee(l[i].call)->cur));
    char *base = fmt("%s_of_%s", xn, vn);
    arr[i] = suggest_fresh_name(u, fd, base);
    for (int j = 0; j < i; j++)
      if (!strcmp(arr[j], arr[i])) { free(arr[i]); arr[i] = fmt("%s_%d", base, i + 1); }
    free(base);
    free(xn);
  }
  char *text = split_text(u, loop, &h, l, nl, arr, heap);
  Sugg *s = &fd->s[l[0].sugg];
  s->ins = xrealloc(s->ins, (size_t)(s->nins + 2) * sizeof *s->ins);
  s->ins[s->nins++] = (Ins){loop->beg, fe_stmt_end(u, loop) - loop->beg, text};
  if (heap && !declares(u, "malloc"))       /* after the file's last #include, on a line of its own */
    s->ins[s->nins++] = (Ins){(unsigned)suggest_last_include(u, caller->root->beg), 0, xstrdup("\n#include <stdlib.h>")};
  for (int i = 0; i < nl; i++) {
    Sugg *g = &fd->s[l[i].sugg];
    char *g_name = global_element_of(u, l[i].call);
    char *msg = g_name
        ? fmt("a call in the loop over '%s' whose result goes to an element of the global '%s': the loop is split "
              "in two, the calls first (each a task, in parallel, results in '%s'), then the stores, in order",
              vn, g_name, arr[i])
        : fmt("a call in the loop over '%s' whose result the rest of the body folds in order: the loop is "
              "split in two, the calls first (each a task, in parallel, results in '%s'), then the rest, in "
              "order", vn, arr[i]);
    free(g_name);
    int found = 0;
    for (int k = 0; k < g->nsite; k++)
      if (g->site[k].off == l[i].call->beg) { free(g->site[k].msg); g->site[k].msg = msg; found = 1; }
    if (!found) {
      g->site = xrealloc(g->site, (size_t)(g->nsite + 1) * sizeof *g->site);
      g->site[g->nsite++] = (SiteNote){l[i].call->beg, msg};
    }
    long long t = h.count > 0 ? h.count : cost_trip(loop->cur) > 0 ? cost_trip(loop->cur) : COST_UNKNOWN_TRIP;
    long long w = t < WIDTH_CAP ? t : WIDTH_CAP;
    if (w > g->width) g->width = w;
    if (t > g->calls) g->calls = t;
    g->small = 0;              /* batched in the loop of calls */
  }
  for (int i = 0; i < nl; i++) free(arr[i]);
  free(arr);
  free(vn);
  return 1;
}

/* A loop that could not be split: why, with what --explain says of it already. */
static void explain_loop(Found *fd, LFunc *f, Node *loop, const char *why) {
  for (int k = 0; k < fd->nm; k++)
    if (fd->m[k].line && fd->m[k].off == loop->beg) {
      char *w = fmt("%s; %s", fd->m[k].why, why);
      free(fd->m[k].why);
      fd->m[k].why = w;
      return;
    }
  long long work = cost_stmt(loop->cur);
  if (work < SPLIT_MIN_RUN) return;
  fd->m = xrealloc(fd->m, (size_t)(fd->nm + 1) * sizeof *fd->m);
  fd->m[fd->nm++] = (Miss){xstrdup(f->name), loop->beg, work, xstrdup(why), loop->line, loop->end};
}

static void loops_of(Unit *u, Found *fd, LFunc *f, Node *n) {
  if (n->kind == CXCursor_ForStmt) {
    char *w = NULL;
    if (split(u, fd, f, n, &w)) return;
    if (w) explain_loop(fd, f, n, w);
    free(w);
  }
  for (int i = 0; i < n->nkid; i++) loops_of(u, fd, f, n->kid[i]);
}

void split_loops(Unit *u, Model *m, Found *fd) {
  for (int i = 0; i < m->nfn; i++)
    if (m->fn[i].body) loops_of(u, fd, &m->fn[i], m->fn[i].body);
  for (int i = 0; i < fd->ns; i++) {
    Sugg *s = &fd->s[i];
    if (!s->small || s->why) continue;
    /* the reason of a loop around its own calls (blind 63a: 'fill' was given residual's loop's) */
    s->why = fmt("its calls are too small to be tasks of their own (about %lld ns each), and no loop around them "
                 "could be split into a loop of calls and the rest%s%s", s->work, s->split_why ? "; " : "",
                 s->split_why ? s->split_why : "");
  }
}

int split_worth(Node *call, long long work) {
  if (work < SPLIT_MIN_CALL) return 0;
  /* the statement of a for loop's body the call is part of */
  Node *st = call;
  while (st->parent && (clang_isExpression(st->parent->kind) || st->parent->kind == CXCursor_VarDecl ||
                        st->parent->kind == CXCursor_DeclStmt))
    st = st->parent;
  Node *p = st->parent, *loop = p && p->kind == CXCursor_CompoundStmt ? p->parent : p;
  if (!loop || loop->kind != CXCursor_ForStmt || loop->nkid != 4 || (loop->kid[3] != p && loop->kid[3] != st))
    return 0;
  long long trip = cost_trip(loop->cur);
  if (trip < 0) trip = work > 0 ? cost_stmt(loop->cur) / work : 0;    /* a bound known at run time: the estimate's */
  return trip >= 2 && trip * work >= SPLIT_MIN_RUN;
}
