/* candidates.c — which functions of a file `delayc suggest` proposes to make
 * DELAYED, with what annotations, and why it does not propose the others.
 *
 * A function is proposed when a call of it could run beside other work and
 * its body allows a task:
 *   - it is not main, not variadic or unprototyped, not already DELAYED, and
 *     has no static local;
 *   - it writes no global and no shared resource (files, the console, the
 *     random state ...), also through its callees; reading a global is fine
 *     (delayc orders the calls after any write of it) and said in a note;
 *   - no parameter holds pointers to more data (delayc could not follow them),
 *     but for a pointer to const the function only reads, all the way down;
 *   - it returns a value or writes through a pointer parameter;
 *   - its estimated work per call is at least --min-work (cost.c);
 *   - some call of it has company: in a loop whose variable it uses (each
 *     iteration a task), one of several calls in a row that do not use each
 *     other's results, or, for a function that calls itself twice or more, its
 *     own recursion (proposed with a DELAYED_CUTOFF on the parameter that
 *     shrinks).
 * Pointer parameters get their direction from what the body does through
 * them (access.c, effects.c): only read DELAYED_IN, only written DELAYED_OUT,
 * both DELAYED_INOUT; with _N(n) only when the body proves it (every use p[i]
 * inside `for (i = 0; i < n; i++)`, count_of).  A recursive function that
 * writes through a pointer without a count is not proposed: its calls would be
 * ordered.  The annotations are insertions on the definition: nothing the user
 * wrote is changed or dropped (storage class, API macros, const), and
 * prototypes, whose parameters may be unnamed, are left alone (delayc reads a
 * function's annotations from its definition).  With --explain, the big loops
 * no suggestion makes parallel are named too (big_loops). */
#include "suggest/suggest.h"
#include "suggest/loop_bodies.h"
#include "analysis/tree.h"
#include "effects/poly.h"

#include <stdlib.h>
#include <string.h>

const Check suggest_kinds[SK_COUNT] = {
  {"suggest-function", "A function whose calls could run as tasks: declare it DELAYED",
   "Add the annotations shown (delayc suggest --fix does), then build through delayc.", NULL, 0, 1},
  {"suggest-recursion", "A recursive function whose calls could run as tasks down to a cutoff",
   "Add DELAYED and the DELAYED_CUTOFF shown (delayc suggest --fix does); tune the cutoff by measuring.", NULL, 0, 1},
  {"suggest-loop", "A loop whose iterations could run as tasks: its body moved into a DELAYED function",
   "Move the body as shown (delayc suggest --fix does), then build through delayc.", NULL, 0, 1},
};

#define WIDTH_CAP 64            /* calls at once that count for the ranking */
#define CUTOFF_WORK 50000       /* ~ns a task below the cutoff should do */
#define TOP_LEVELS 8            /* levels of a recursion from a known start that may be tasks: 2^8 - 1 */

static void add_ins(Sugg *s, unsigned off, const char *text) {
  s->ins = xrealloc(s->ins, (size_t)(s->nins + 1) * sizeof *s->ins);
  s->ins[s->nins++] = (Ins){off, 0, xstrdup(text)};
}

static void add_call_site(Sugg *s, unsigned off, char *msg) {
  s->site = xrealloc(s->site, (size_t)(s->nsite + 1) * sizeof *s->site);
  s->site[s->nsite++] = (SiteNote){off, msg};
}

static void add_miss(Found *fd, LFunc *f, long long work, char *why) {
  fd->m = xrealloc(fd->m, (size_t)(fd->nm + 1) * sizeof *fd->m);
  fd->m[fd->nm++] = (Miss){xstrdup(f->name), f->root->beg, work, why, 0, f->root->end};
}

void sugg_free(Sugg *s) {
  free(s->name);
  for (int i = 0; i < s->nins; i++) free(s->ins[i].text);
  free(s->ins);
  free(s->decl);
  for (int i = 0; i < s->nsite; i++) free(s->site[i].msg);
  free(s->site);
  for (int i = 0; i < s->nmoved; i++) free(s->moved[i].use);
  free(s->moved);
  free(s->shown);
  free(s->caveat);
  free(s->why);
  free(s->split_why);
  free(s->hpath);
  free(s->hwhy);
  free(s->xs);
  for (int i = 0; i < s->nhins; i++) free(s->hins[i].text);
  free(s->hins);
  free(s->mpath);
  for (int i = 0; i < s->nmins; i++) free(s->mins[i].text);
  free(s->mins);
  free(s->hdecl);
}

/* ---- the body ---- */

/* A static local that can hold state: not a `static const` table (its
 * elements const, all the way into arrays) */
/* The variable at the root of an lvalue (v, v[i], v.m, v[i].m ...), or a null cursor. */
static CXCursor lvalue_root(Node *n) {
  for (n = fe_strip(n); n; n = n->nkid ? fe_strip(n->kid[0]) : NULL) {
    if (n->kind == CXCursor_DeclRefExpr) return clang_getCanonicalCursor(clang_getCursorReferenced(n->cur));
    if (n->kind != CXCursor_ArraySubscriptExpr && n->kind != CXCursor_MemberRefExpr) break;
    if (n->kind == CXCursor_ArraySubscriptExpr && clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur)).kind ==
                                                       CXType_Pointer)
      break;                                          /* through a pointer an element holds: not v's own storage */
  }
  return clang_getNullCursor();
}

/* Is v's own storage written in n: assigned, stepped, its address taken, or
 * the array handed to a call that may write it? */
static int storage_written(Unit *u, Node *n, CXCursor v) {
  Node *l = NULL;
  if ((n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(u, n)) ||
      (n->kind == CXCursor_CompoundAssignOperator && n->nkid == 2))
    l = n->kid[0];
  else if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && (access_is_incdec(u, n) || fe_is_addrof(u, n)))
    l = n->kid[0];
  if (l) {
    CXCursor r = lvalue_root(l);
    if (!clang_Cursor_isNull(r) && clang_equalCursors(r, v)) return 1;
  }
  if (n->kind == CXCursor_CallExpr)
    for (int i = 1; i < n->nkid; i++) {
      Node *a = fe_strip(n->kid[i]);
      if (a && a->kind == CXCursor_DeclRefExpr &&
          clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(a->cur)), v) &&
          (fx_arg_mode(u, n, i - 1) & FX_WRITE))
        return 1;
    }
  for (int i = 0; i < n->nkid; i++)
    if (storage_written(u, n->kid[i], v)) return 1;
  return 0;
}

int suggest_static_state(Unit *u, Node *body, CXCursor v) {
  if (clang_Cursor_getStorageClass(v) != CX_SC_Static) return 0;
  if (body && !storage_written(u, body, clang_getCanonicalCursor(v))) return 0;   /* a table only read */
  CXType t = clang_getCursorType(v);
  int konst = clang_isConstQualifiedType(t);
  while (clang_getCanonicalType(t).kind == CXType_ConstantArray || clang_getCanonicalType(t).kind == CXType_IncompleteArray) {
    t = clang_getArrayElementType(t);
    if (t.kind == CXType_Invalid) return 1;
    konst |= clang_isConstQualifiedType(t);
  }
  return !konst || clang_getCanonicalType(t).kind == CXType_Pointer;
}

static int has_static_local(Unit *u, Node *body, Node *n, char **name) {
  if (n->kind == CXCursor_VarDecl && suggest_static_state(u, body, n->cur)) {
    *name = fe_spelling(n->cur);
    return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (has_static_local(u, body, n->kid[i], name)) return 1;
  return 0;
}

static int names_var(Node *n, CXCursor v) {
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), v)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (names_var(n->kid[i], v)) return 1;
  return 0;
}

/* ---- counts that are proved ---- */

static int refers_to(Node *n, CXCursor d) {
  n = fe_strip(n);
  return n && n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), d);
}

/* Is the variable d written anywhere in n (=, op=, ++, --, &d)? */
/* Does n write variable d?  With args, not counting a write under `if (argc
 * ...)` (a size the command line may override: `if (argc > 1) n =
 * atoi(argv[1]);`), the program's own size being the one it starts with. */
static int writes_var_but_args(Unit *u, Node *n, CXCursor d, int args) {
  if (args && n->kind == CXCursor_IfStmt && n->nkid >= 2) {
    char *c = fe_text(u, n->kid[0]->beg, n->kid[0]->end);
    int argc = strstr(c, "argc") != NULL;
    free(c);
    if (argc) return writes_var_but_args(u, n->kid[0], d, args);
  }
  if ((n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(u, n)) ||
      n->kind == CXCursor_CompoundAssignOperator) {
    if (refers_to(n->kid[0], d)) return 1;
  }
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && (fe_is_incdec(u, n) || fe_is_addrof(u, n)) &&
      refers_to(n->kid[0], d))
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (writes_var_but_args(u, n->kid[i], d, args)) return 1;
  return 0;
}

static int writes_var(Unit *u, Node *n, CXCursor d) { return writes_var_but_args(u, n, d, 0); }


/* The value of an integer argument in a caller: a constant, or a local set
 * once to one (`int n = 2000000;` ... `sort(a, 0, n - 1)`; the command line
 * may set it too), through + - *. */
static int int_value(Unit *u, LFunc *caller, Node *a, int depth, long long *v) {
  a = fe_strip(a);
  if (!a || depth > 8) return 0;
  CXEvalResult r = clang_Cursor_Evaluate(a->cur);
  int ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
  if (ok) *v = clang_EvalResult_getAsLongLong(r);
  if (r) clang_EvalResult_dispose(r);
  if (ok) return 1;
  if (a->kind == CXCursor_DeclRefExpr && caller->body) {
    CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(a->cur));
    Node *decl = clang_getCursorKind(d) == CXCursor_VarDecl ? decl_node(caller->body, d) : NULL;
    Node *init = decl ? fe_var_init(u, decl) : NULL;
    return init && !writes_var_but_args(u, caller->body, d, 1) && int_value(u, caller, init, depth + 1, v);
  }
  long long x, y;
  if (a->kind == CXCursor_BinaryOperator && a->nkid == 2 && int_value(u, caller, a->kid[0], depth + 1, &x) &&
      int_value(u, caller, a->kid[1], depth + 1, &y)) {
    if (fe_binop_is(u, a, "+")) { *v = x + y; return 1; }
    if (fe_binop_is(u, a, "-")) { *v = x - y; return 1; }
    if (fe_binop_is(u, a, "*")) { *v = x * y; return 1; }
  }
  return 0;
}

/* The loop around sub whose variable v is sub's index, if it is exactly
 * `for (v = 0; v < N; v++)` with N a parameter of f that f never writes or a
 * constant (a literal, a macro, an enum: its text), and the body never
 * writes v: N's spelling (else NULL). */
static char *counted_by(Unit *u, LFunc *f, Node *sub, CXCursor v) {
  for (Node *l = sub->parent; l && l != f->body->parent; l = l->parent) {
    if (l->kind != CXCursor_ForStmt || l->nkid != 4 || !clang_equalCursors(suggest_loop_var(l), v)) continue;
    /* init: v = 0 */
    Node *init = l->kid[0], *zero = NULL;
    if (init->kind == CXCursor_DeclStmt && init->nkid == 1) zero = fe_var_init(u, init->kid[0]);
    else if (fe_strip(init) && fe_strip(init)->kind == CXCursor_BinaryOperator && fe_strip(init)->nkid == 2)
      zero = fe_strip(init)->kid[1];
    zero = zero ? fe_strip(zero) : NULL;
    if (!zero || zero->kind != CXCursor_IntegerLiteral) return NULL;
    char *zt = fe_text(u, zero->beg, zero->end);
    int is0 = !strcmp(zt, "0");
    free(zt);
    /* cond: v < N */
    Node *cond = fe_strip(l->kid[1]);
    if (!is0 || !cond || cond->kind != CXCursor_BinaryOperator || cond->nkid != 2 || !fe_binop_is(u, cond, "<") ||
        !refers_to(cond->kid[0], v))
      return NULL;
    Node *lim = fe_strip(cond->kid[1]);
    if (!lim) return NULL;
    char *count = NULL;
    if (lim->kind == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(lim->cur)) == CXCursor_ParmDecl) {
      CXCursor n = clang_getCursorReferenced(lim->cur);
      if (writes_var(u, f->body, n)) return NULL;
      count = fe_spelling(n);
    } else {                          /* a constant: N, 64, SIZE * 2 */
      CXEvalResult r = clang_Cursor_Evaluate(lim->cur);
      int k = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) > 0;
      if (r) clang_EvalResult_dispose(r);
      if (!k || lim->end <= lim->beg) return NULL;
      count = fe_text(u, lim->beg, lim->end);
      for (char *c = count; *c; c++)       /* its text must be one expression on one line */
        if (*c == '\n' || *c == ';' || *c == ',') { free(count); return NULL; }
    }
    /* step: v++ or ++v, and nothing else writes v */
    Node *inc = fe_strip(l->kid[2]);
    if (!inc || inc->kind != CXCursor_UnaryOperator || !fe_is_incdec(u, inc)) { free(count); return NULL; }
    char *it = fe_text(u, inc->beg, inc->end);
    int up = strstr(it, "++") != NULL;
    free(it);
    if (!up || writes_var(u, l->kid[3], v)) { free(count); return NULL; }
    return count;
  }
  return NULL;
}

typedef struct CountWalk { Unit *u; LFunc *f; CXCursor p; char *n; int bad, uses; } CountWalk;

static void count_walk(CountWalk *w, Node *x) {
  if (w->bad) return;
  if (x->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(x->cur), w->p)) {
    /* the only use allowed: p[v], v the variable of a loop `for (v = 0; v < n; v++)` */
    Node *sub = x->parent;
    while (sub && (sub->kind == CXCursor_UnexposedExpr || sub->kind == CXCursor_ParenExpr)) sub = sub->parent;
    if (!sub || sub->kind != CXCursor_ArraySubscriptExpr || sub->nkid != 2 || fe_strip(sub->kid[0]) != x) {
      w->bad = 1;
      return;
    }
    Node *ix = fe_strip(sub->kid[1]);
    if (!ix || ix->kind != CXCursor_DeclRefExpr) { w->bad = 1; return; }
    char *n = counted_by(w->u, w->f, sub, clang_getCursorReferenced(ix->cur));
    if (!n || (w->uses && strcmp(n, w->n))) { free(n); w->bad = 1; return; }
    free(w->n);
    w->n = n;
    w->uses++;
    return;
  }
  for (int i = 0; i < x->nkid; i++) count_walk(w, x->kid[i]);
}

/* A range over whole rows of a flat array, A * v + B to A * v + E (one atom
 * v, A a constant above 1, B or E not multiples of it: a plane of IDX(x, y,
 * z) from NX * NY * z - 59699): widened to the rows it starts and ends in,
 * A * v - A to A * v + 2 * A, which the file's macros spell, so that an edit
 * of their #define keeps the range true (59699 would not move).  1 when it
 * widened them. */
int suggest_whole_rows(Unit *u, char **first, char **end) {
  Poly f, t;
  if (!parse_text(u, *first, 0, &f)) return 0;
  if (!parse_text(u, *end, 0, &t)) { p_free(&f); return 0; }
  long long a = 0, a2 = 0, b = 0, c = 0;
  const char *v = NULL;
  int ok = f.n >= 1 && f.n <= 2 && t.n >= 1 && t.n <= 2;
  for (int i = 0; ok && i < f.n; i++)
    if (!*f.t[i].key) b = f.t[i].c;
    else if (!v && !strchr(f.t[i].key, '*')) { v = f.t[i].key; a = f.t[i].c; }
    else ok = 0;
  for (int i = 0; ok && i < t.n; i++)
    if (!*t.t[i].key) c = t.t[i].c;
    else if (v && !strcmp(t.t[i].key, v)) a2 = t.t[i].c;
    else ok = 0;
  ok = ok && v && a == a2 && a > 1 && (b % a || c % a);
  if (ok) {
    long long lo = b >= 0 ? b / a : -((-b + a - 1) / a), hi = c >= 0 ? (c + a - 1) / a : -(-c / a);
    char *nf = fmt("%lld * %s%s%lld", a, v, lo < 0 ? " - " : " + ", (lo < 0 ? -lo : lo) * a);
    char *ne = fmt("%lld * %s%s%lld", a, v, hi < 0 ? " - " : " + ", (hi < 0 ? -hi : hi) * a);
    free(*first);
    free(*end);
    *first = nf;
    *end = ne;
  }
  p_free(&f);
  p_free(&t);
  return ok;
}

/* The count of pointer parameter k when the body proves it: every use of the
 * parameter is `p[i]` inside `for (i = 0; i < n; i++)`, n a parameter the
 * function never writes or a constant (N, as written), i written by nothing
 * else; then n.  Anything else
 * (p[i + 1], p[i * ld], p + k, p passed on, a loop from 1 or to n - 1): no
 * count, and emit decides what the task touches. */
char *suggest_count_of(Unit *u, LFunc *f, int k) {
  CountWalk w = {u, f, clang_Cursor_getArgument(f->cur, (unsigned)k), NULL, 0, 0};
  count_walk(&w, f->body);
  if (!w.bad && w.uses) return w.n;
  free(w.n);
  return NULL;
}

/* The object-like macros of constant value (> 1) a span uses, with how often. */
typedef struct Named { const char *name[32]; long long val[32]; char *own[32]; int uses[32], n; } Named;

static void note_name(Unit *u, Named *m, const char *nm) {
  for (int k = 0; k < m->n; k++)
    if (!strcmp(m->name[k], nm)) { m->uses[k]++; return; }
  if (m->n == 32) return;
  char *rep = fe_macro_text(u, nm);
  Poly v;
  long long c;
  if (rep && parse_text(u, rep, 0, &v)) {
    if (p_is_const(v, &c) && c > 1) {
      m->own[m->n] = xstrdup(nm);
      m->name[m->n] = m->own[m->n];
      m->uses[m->n] = 1;
      m->val[m->n++] = c;
    }
    p_free(&v);
  }
  free(rep);
}

/* A function-like macro's replacement names object-like ones (IDX(x, y, z)
 * of NX and NY): those count as used, so that a value several pairs of
 * names make (NX * NY, NY * NZ of a cube) is spelled with the layout's. */
static void note_replacement(Unit *u, Named *m, CXCursor def) {
  CXToken *tok;
  unsigned nt;
  clang_tokenize(u->tu, clang_getCursorExtent(def), &tok, &nt);
  unsigned k = 1;                         /* past the name and its parameters */
  while (k < nt) {
    CXString sp = clang_getTokenSpelling(u->tu, tok[k++]);
    int close = !strcmp(clang_getCString(sp), ")");
    clang_disposeString(sp);
    if (close) break;
  }
  for (; k < nt; k++) {
    if (clang_getTokenKind(tok[k]) != CXToken_Identifier) continue;
    CXString sp = clang_getTokenSpelling(u->tu, tok[k]);
    note_name(u, m, clang_getCString(sp));
    clang_disposeString(sp);
  }
  clang_disposeTokens(u->tu, tok, nt);
}

char *suggest_spell(Unit *u, const char *text, unsigned beg, unsigned end) {
  Named m = {{0}, {0}, {0}, {0}, 0};
  for (int i = 0; i < u->nmacro; i++) {
    if (u->mstart[i] < beg || u->mend[i] > end || clang_Cursor_isNull(u->mdef[i])) continue;
    if (fe_macro_function_like(u->tu, u->mdef[i])) {
      note_replacement(u, &m, u->mdef[i]);
      continue;
    }
    char *nm = fe_spelling(u->mdef[i]);
    note_name(u, &m, nm);
    free(nm);
  }
  const char **name = m.name;
  long long *val = m.val;
  int *uses = m.uses, n = m.n;
  for (int a = 1; a < n; a++)                 /* the names used most first: NY over NX of the same value */
    for (int b = a; b > 0 && uses[b] > uses[b - 1]; b--) {
      const char *tn = name[b]; name[b] = name[b - 1]; name[b - 1] = tn;
      long long tv = val[b]; val[b] = val[b - 1]; val[b - 1] = tv;
      int tu = uses[b]; uses[b] = uses[b - 1]; uses[b - 1] = tu;
    }
  Poly p;
  int parsed = n && parse_text(u, text, 0, &p);
  char *r = parsed ? p_spell_named(p, name, val, n) : xstrdup(text);
  if (parsed) {
    Poly chk;                              /* the same value as written (object-like macros replaced) */
    if (strcmp(r, text) && parse_text(u, r, 0, &chk)) {
      Poly d = p_add(chk, p, -1);
      long long z;
      if (!p_is_const(d, &z) || z) { free(r); r = xstrdup(text); }
      p_free(&d);
      p_free(&chk);
    }
    p_free(&p);
  }
  for (int k = 0; k < n; k++) free(m.own[k]);
  return r;
}

/* ---- the file's calls, indexed once ----
 *
 * Every direct call in every body, by the callee's canonical declaration:
 * a function's calls (its sites, its recursion, the constant arguments that
 * bound its loops) are a lookup, not a walk of the whole file per function. */

typedef struct Call { unsigned hash; int seq; CXCursor callee; Node *call; LFunc *caller; } Call;
typedef struct Calls { Call *c; int n; } Calls;

static void index_calls(Calls *ix, LFunc *g, Node *n) {
  if (n->kind == CXCursor_CallExpr && n->nkid) {
    Node *c = callee_fn(n->kid[0]);
    if (c) {
      CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(c->cur));
      ix->c = xrealloc(ix->c, (size_t)(ix->n + 1) * sizeof *ix->c);
      ix->c[ix->n] = (Call){clang_hashCursor(d), ix->n, d, n, g};
      ix->n++;
    }
  }
  for (int i = 0; i < n->nkid; i++) index_calls(ix, g, n->kid[i]);
}

static int by_hash(const void *a, const void *b) {
  const Call *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  return x->seq - y->seq;                   /* in the file's order */
}

/* The calls of fn, in the file's order (from a sorted index): *n of them. */
static Call **calls_of(Calls *ix, CXCursor fn, int *n) {
  CXCursor d = clang_getCanonicalCursor(fn);
  unsigned h = clang_hashCursor(d);
  int lo = 0, hi = ix->n;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (ix->c[mid].hash < h) lo = mid + 1; else hi = mid;
  }
  Call **r = xcalloc((size_t)ix->n + 1, sizeof *r);
  *n = 0;
  for (int i = lo; i < ix->n && ix->c[i].hash == h; i++)
    if (clang_equalCursors(ix->c[i].callee, d)) r[(*n)++] = &ix->c[i];
  return r;
}

/* The calls of fn inside g, as nodes. */
static Node **calls_in(Calls *ix, LFunc *g, CXCursor fn, int *n) {
  int nc;
  Call **c = calls_of(ix, fn, &nc);
  Node **r = xcalloc((size_t)nc + 1, sizeof *r);
  *n = 0;
  for (int i = 0; i < nc; i++)
    if (c[i]->caller == g) r[(*n)++] = c[i]->call;
  free(c);
  return r;
}

/* ---- the cutoff of a recursive function ---- */

/* The parameter (index) an argument expression shrinks: `n - 1`, `n / 2`,
 * `n >> 1`, and how: 's' by a step, 'h' by halving; -1 if none. */
static int shrinks(Unit *u, Node *arg, char **pn, int np, char *how) {
  Node *e = fe_strip(arg);
  if (!e || e->kind != CXCursor_BinaryOperator || e->nkid != 2) return -1;
  Node *l = fe_strip(e->kid[0]);
  if (l && l->kind == CXCursor_BinaryOperator && fe_binop_is(u, e, "-") && fe_binop_is(u, l, "-")) {
    int k = shrinks(u, l, pn, np, how);            /* n - j - 1: the rest of a split, past its pivot */
    if (k >= 0) *how = 'h';
    return k;
  }
  if (!l || l->kind != CXCursor_DeclRefExpr) return -1;
  char *name = fe_spelling(l->cur);
  int k = -1;
  for (int i = 0; i < np; i++)
    if (!strcmp(pn[i], name)) k = i;
  free(name);
  if (k < 0) return -1;
  if (fe_binop_is(u, e, "-")) {               /* n - 1: a step; n - mid: the other part of a split */
    CXEvalResult r = clang_Cursor_Evaluate(fe_strip(e->kid[1])->cur);
    int step = r && clang_EvalResult_getKind(r) == CXEval_Int;
    if (r) clang_EvalResult_dispose(r);
    *how = step ? 's' : 'h';
  } else if (fe_binop_is(u, e, "/") || fe_binop_is(u, e, ">>")) *how = 'h';
  else return -1;
  return k;
}

/* A range split in two: one call gets (lo, m), another (m or m + 1, hi),
 * with lo and hi parameters: their indices. */
static int range_split(Node **rc, int nrc, char **pn, int np, int *lo, int *hi) {
  for (int a = 0; a < np; a++)
    for (int b = 0; b < np; b++) {
      if (a == b) continue;
      int keeps_lo = 0, keeps_hi = 0;
      for (int i = 0; i < nrc; i++) {
        Node *c = rc[i];
        if (c->nkid != np + 1) continue;
        Node *x = fe_strip(c->kid[1 + a]), *y = fe_strip(c->kid[1 + b]);
        char *xn = x && x->kind == CXCursor_DeclRefExpr ? fe_spelling(x->cur) : NULL;
        char *yn = y && y->kind == CXCursor_DeclRefExpr ? fe_spelling(y->cur) : NULL;
        if (xn && !strcmp(xn, pn[a]) && !(yn && !strcmp(yn, pn[b]))) keeps_lo = 1;
        if (yn && !strcmp(yn, pn[b]) && !(xn && !strcmp(xn, pn[a]))) keeps_hi = 1;
        free(xn);
        free(yn);
      }
      if (keeps_lo && keeps_hi) { *lo = a; *hi = b; return 1; }
    }
  return 0;
}

/* a and b, blanks aside */
int suggest_same_text(const char *a, const char *b) {
  for (;; a++, b++) {
    while (*a == ' ' || *a == '\t' || *a == '\n') a++;
    while (*b == ' ' || *b == '\t' || *b == '\n') b++;
    if (*a != *b) return 0;
    if (!*a) return 1;
  }
}

/* A block split by the recursion: the calls' parts [O, O + C) of p, O the
 * offset added to p (0, or mid, or j + 1) and C the count given as n, make
 * up [0, n) without overlapping: `merge_sort(a, tmp, mid)` and `merge_sort(a +
 * mid, tmp + mid, n - mid)`; a quicksort's `(v, j)` and `(v + j + 1, n - j -
 * 1)` (the pivot between them).  p is pointer parameter k, n integer
 * parameter c.  Each call's p then has n elements, DELAYED_INOUT_N(n) (emit
 * checks the body's uses against it). */
static int pointer_split(Unit *u, Node **rc, int nrc, char **pn, int np, int k, int c) {
  if (nrc < 2 || nrc > 8) return 0;
  Poly off[8], cnt[8];
  int ok = 1, n = 0, gap = 0;
  for (int i = 0; i < nrc && ok; i++) {
    Node *call = rc[i];
    if (call->nkid != np + 1) { ok = 0; break; }
    Node *pa = fe_strip(call->kid[1 + k]), *ca = fe_strip(call->kid[1 + c]);
    char *pt = pa ? fe_text(u, pa->beg, pa->end) : NULL, *ct = ca ? fe_text(u, ca->beg, ca->end) : NULL;
    Poly pp, pc;
    int hp = pt && parse_text(u, pt, 0, &pp), hc = hp && ct && parse_text(u, ct, 0, &pc);
    free(pt);
    free(ct);
    if (!hc) { if (hp) p_free(&pp); ok = 0; break; }
    /* p + O: p once, with coefficient 1, and O free of p */
    Poly a, b;
    if (!p_split(pp, pn[k], &a, &b)) { p_free(&pp); p_free(&pc); ok = 0; break; }
    long long one;
    ok = p_is_const(a, &one) && one == 1;
    Poly chk_a, chk_b;
    if (ok && p_split(b, pn[k], &chk_a, &chk_b)) {            /* no p left in O */
      long long z;
      ok = p_is_const(chk_a, &z) && z == 0;
      p_free(&chk_a);
      p_free(&chk_b);
    }
    p_free(&a);
    p_free(&pp);
    if (!ok) { p_free(&b); p_free(&pc); break; }
    off[n] = b;
    cnt[n] = pc;
    n++;
  }
  /* sorted by offset (they must differ by constants or by the counts): each
   * part ends where the next begins, or before it, the first at 0, the last at n */
  Poly whole = p_atom(pn[c]);
  int at0 = 0, atn = 0;
  for (int i = 0; i < n && ok; i++) {
    long long z;
    if (p_is_const(off[i], &z) && z == 0) at0++;
    Poly e = p_add(off[i], cnt[i], 1), d = p_add(e, whole, -1);
    if (p_is_const(d, &z) && z == 0) atn++;
    /* the next part (some j) starts at or past this one's end */
    int next = 0, last = p_is_const(d, &z) && z == 0;
    for (int j = 0; j < n && !next && !last; j++) {
      if (j == i) continue;
      Poly g = p_add(off[j], e, -1);
      next = p_is_const(g, &z) && z >= 0;
      p_free(&g);
    }
    if (!next && !last) gap = 1;
    p_free(&e);
    p_free(&d);
  }
  p_free(&whole);
  for (int i = 0; i < n; i++) { p_free(&off[i]); p_free(&cnt[i]); }
  /* two parts, one from 0 and one to n, split where the data say (a Hoare
   * partition: (a, j + 1) and (a + i, n - i)): disjoint when the program is
   * right, and ordered at run time by their regions where they are not */
  if (gap && !(n == 2 && at0 == 1 && atn == 1)) ok = 0;
  return ok && n == nrc && at0 == 1 && atn == 1;
}

/* Does every call of rc hand pointer parameter k on as it is? */
static int unchanged_in_calls(Node **rc, int nrc, char **pn, int np, int k) {
  for (int i = 0; i < nrc; i++) {
    if (rc[i]->nkid != np + 1) return 0;
    Node *a = fe_strip(rc[i]->kid[1 + k]);
    char *nm = a && a->kind == CXCursor_DeclRefExpr ? fe_spelling(a->cur) : NULL;
    int same = nm && !strcmp(nm, pn[k]);
    free(nm);
    if (!same) return 0;
  }
  return 1;
}

/* A range split (range_split) whose upper part starts at m + 1, (lo, m) and
 * (m + 1, hi): hi is the last element (1); at m, (lo, m) and (m, hi): one
 * past it (0); -1 when the calls do not tell. */
static int inclusive_split(Unit *u, Node **rc, int nrc, char **pn, int np, int lo) {
  int r = -1;
  for (int i = 0; i < nrc; i++) {
    Node *a = fe_strip(rc[i]->kid[1 + lo]);
    if (!a) return -1;
    char *t = fe_text(u, a->beg, a->end);
    if (!suggest_same_text(t, pn[lo])) {
      int plus1 = a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(u, a, "+");
      if (plus1) {
        CXEvalResult e = clang_Cursor_Evaluate(fe_strip(a->kid[1])->cur);
        plus1 = e && clang_EvalResult_getKind(e) == CXEval_Int && clang_EvalResult_getAsLongLong(e) == 1;
        if (e) clang_EvalResult_dispose(e);
      }
      int now = plus1 ? 1 : a->kind == CXCursor_DeclRefExpr ? 0 : -1;
      if (now < 0 || (r >= 0 && r != now)) { free(t); return -1; }
      r = now;
    }
    free(t);
  }
  (void)np;
  return r;
}

/* Do the calls from outside the recursion give its upper bound as one less
 * than a size, quicksort(a, 0, n - 1): the bound is the last element (a
 * Hoare partition's calls, (lo, j) and (i, hi), do not tell). */
static int last_from_outside(Unit *u, Calls *ix, LFunc *f, int hi) {
  int nc, minus = 0, other = 0;
  Call **cs = calls_of(ix, f->cur, &nc);
  for (int j = 0; j < nc; j++) {
    if (cs[j]->caller == f) continue;
    Node *a = hi + 1 < cs[j]->call->nkid ? fe_strip(cs[j]->call->kid[hi + 1]) : NULL;
    int m = 0;
    if (a && a->kind == CXCursor_BinaryOperator && a->nkid == 2 && fe_binop_is(u, a, "-")) {
      CXEvalResult e = clang_Cursor_Evaluate(fe_strip(a->kid[1])->cur);
      m = e && clang_EvalResult_getKind(e) == CXEval_Int && clang_EvalResult_getAsLongLong(e) == 1;
      if (e) clang_EvalResult_dispose(e);
    }
    if (m) minus++; else other++;
  }
  free(cs);
  return minus > 0 && !other;
}

static int integer_param(CXCursor fn, int k) {
  CXType t = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(fn, (unsigned)k)));
  return (t.kind >= CXType_Char_U && t.kind <= CXType_Int128) || t.kind == CXType_Enum;
}

/* ---- an index the callers bound ---- */


/* Do f's callers keep its parameter ki in [0, its parameter kn)?  Every call
 * is in a loop `for (v = 0; v < X; v++)` with v as argument ki and X as
 * argument kn (the same text, or the same constant), and f writes neither
 * (`force_on(b, NP, i, f[i])` in `for (i = 0; i < NP; i++)`). */
static int callers_index(Unit *u, Calls *ix, LFunc *f, int ki, int kn) {
  if (writes_var(u, f->body, clang_Cursor_getArgument(f->cur, (unsigned)ki)) ||
      writes_var(u, f->body, clang_Cursor_getArgument(f->cur, (unsigned)kn)))
    return 0;
  int nc;
  Call **cs = calls_of(ix, f->cur, &nc);
  int ok = nc > 0;
  for (int j = 0; j < nc && ok; j++) {
    Node *call = cs[j]->call;
    Node *ai = ki + 1 < call->nkid ? fe_strip(call->kid[ki + 1]) : NULL;
    Node *an = kn + 1 < call->nkid ? fe_strip(call->kid[kn + 1]) : NULL;
    ok = ai && an && ai->kind == CXCursor_DeclRefExpr && cs[j]->caller != f && cs[j]->caller->body;
    char *cnt = ok ? counted_by(u, cs[j]->caller, call, clang_getCanonicalCursor(clang_getCursorReferenced(ai->cur)))
                   : NULL;
    ok = cnt != NULL;
    if (ok) {
      char *at = fe_text(u, an->beg, an->end);
      ok = suggest_same_text(at, cnt);
      if (!ok) {                       /* NP and 1500, or 2 * M and 2 * M as constants */
        CXEvalResult r = clang_Cursor_Evaluate(an->cur);
        long long v = -1;
        if (r && clang_EvalResult_getKind(r) == CXEval_Int) v = clang_EvalResult_getAsLongLong(r);
        if (r) clang_EvalResult_dispose(r);
        char *e;
        ok = v > 0 && strtoll(cnt, &e, 0) == v && !*e;
      }
      free(at);
    }
    free(cnt);
  }
  free(cs);
  return ok;
}

/* The DELAYED_CUTOFF condition for function fn that calls itself through
 * rc[], sized so a call below it does about CUTOFF_WORK of work, or NULL.
 * A range split in two counts elements: an integer range only (a double
 * interval's length says nothing of its work).  *cp, *cn: the condition is
 * `pn[*cp] < *cn` (else *cp is -1). */
/* The size below which a call that halves its size (parameter k, or the range
 * [lo, hi)) does about CUTOFF_WORK: the model's cost of one call at sizes
 * 1024 and 4096 gives the work per element of one level (a merge, a
 * partition), and a call of size m does about that times m times its levels
 * (down to 16); a power of two, at least 64.  0 when the model's cost does
 * not grow with the size. */
static long long halving_cutoff(CXCursor fn, int np, int k, int lo, int hi) {
  long long v[16] = {0}, c[2];
  if (np > 16) return 0;
  for (int s = 0; s < 2; s++) {
    v[hi >= 0 ? hi : k] = s ? 4096 : 1024;
    if (lo >= 0) v[lo] = 0;
    c[s] = cost_call(fn, v, np);
  }
  double per = (double)(c[1] - c[0]) / 3072.0;
  if (c[0] < 0 || per <= 0.01) return 0;
  long long m = 64;
  for (int levels = 2; per * (double)m * levels < CUTOFF_WORK && m < (1 << 22); levels++) m *= 2;
  return m;
}

static char *cutoff_of(Unit *u, CXCursor fn, Node **rc, int nrc, char **pn, int np, long long work, int *cp,
                       long long *cn, char *halves, int *rlo, int *rhi) {
  int lo, hi;
  long long per = work > 0 ? work : 1;
  *cp = *rlo = *rhi = -1;
  *halves = 0;
  if (range_split(rc, nrc, pn, np, &lo, &hi) && integer_param(fn, lo) && integer_param(fn, hi)) {
    long long n = halving_cutoff(fn, np, -1, lo, hi);
    if (!n) n = CUTOFF_WORK / per * 16;     /* work grows with the range: about linearly */
    if (n < 64) n = 64;
    *rlo = lo;
    *rhi = hi;
    *cn = n;
    *halves = 1;
    return fmt("%s - %s < %lld", pn[hi], pn[lo], n);
  }
  for (int i = 0; i < nrc; i++)
    for (int k = 1; k < rc[i]->nkid; k++) {
      char how;
      int p = shrinks(u, rc[i]->kid[k], pn, np, &how);
      if (p < 0) continue;
      long long n = 1;
      if (how == 'h') {
        n = halving_cutoff(fn, np, p, -1, -1);
        if (!n) n = CUTOFF_WORK / per * 16;
        if (n < 64) n = 64;
      } else {                      /* by a step, two or more calls: the calls below n number about 1.6^n */
        long long calls = CUTOFF_WORK / per;
        for (double c = 1; c < (double)calls && n < 40; c *= 1.6) n++;
        if (n < 8) n = 8;
      }
      *cp = p;
      *cn = n;
      *halves = how == 'h';
      return fmt("%s < %lld", pn[p], n);
    }
  return NULL;
}

/* ---- declarations ---- */

/* Where a cursor's text starts in the main file, or 0 (with *ok = 0). */
static unsigned start_of(Unit *u, CXCursor c, int *ok) {
  CXSourceLocation loc = clang_getRangeStart(clang_getCursorExtent(c));
  CXFile f;
  unsigned off;
  clang_getExpansionLocation(loc, &f, NULL, NULL, &off);
  *ok = f && clang_File_isEqual(f, u->file) && off < u->len;
  return *ok ? off : 0;
}

typedef struct { Unit *u; CXCursor canon; int elsewhere; CXCursor proto; } Redecls;

/* Is the function declared outside the main file too (a header)?  proto: its
 * first such declaration in a header of the program (not a system header). */
static enum CXChildVisitResult find_redecls(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Redecls *r = d;
  if (clang_getCursorKind(c) == CXCursor_FunctionDecl && !fe_in_main(r->u, c) &&
      clang_equalCursors(clang_getCanonicalCursor(c), r->canon)) {
    r->elsewhere = 1;
    if (clang_Cursor_isNull(r->proto) && !clang_Location_isInSystemHeader(clang_getCursorLocation(c))) r->proto = c;
  }
  return CXChildVisit_Continue;
}

typedef struct Uses { int reads, writes, other; } Uses;

static void on_access(void *arg, Node *at, Access kind, int argi) {
  (void)at;
  (void)argi;
  Uses *p = arg;
  if (kind == ACCESS_READ) p->reads++;
  else if (kind == ACCESS_WRITE) p->writes++;
  else p->other++;            /* update, ++/--, passed on, const cast away: read and write */
}

/* The direction of pointer parameter k (DIR_VALUE: a value, or unused), and
 * its count when the body proves one (*count, or NULL). */
static Dir param_dir(Unit *u, LFunc *f, const Effects *fx, int k, char **pn, char **count) {
  *count = NULL;
  CXCursor pc = clang_Cursor_getArgument(f->cur, (unsigned)k);
  CXType t = clang_getCanonicalType(clang_getCursorType(pc));
  /* `float out[3]` is a pointer parameter too */
  int array = t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray;
  if (t.kind != CXType_Pointer && !array) return DIR_VALUE;
  CXType pt = clang_getCanonicalType(array ? clang_getArrayElementType(t) : clang_getPointeeType(t));
  if (pt.kind == CXType_FunctionProto || pt.kind == CXType_FunctionNoProto) return DIR_VALUE;
  /* what the body does through it, access by access; a write the effects
   * see and the walk does not (through a macro, a callee) makes it INOUT */
  Uses a = {0};
  lint_param_access(u, f, k, on_access, &a);
  int m = k < fx->nparam ? fx->param[k] : FX_READ | FX_WRITE;
  if (a.other || (a.writes && a.reads) || ((m & FX_WRITE) && !a.writes)) a.reads = a.writes = 1;
  if (!a.reads && !a.writes && (m & FX_READ)) a.reads = 1;
  Dir d = a.writes && a.reads ? DIR_INOUT : a.writes ? DIR_OUT : a.reads ? DIR_IN : DIR_VALUE;
  if (d != DIR_VALUE && *pn[k]) *count = suggest_count_of(u, f, k);
  if (d != DIR_VALUE && !*count && t.kind == CXType_ConstantArray) {  /* the size it declares, as written */
    char *num = fmt("%lld", clang_getArraySize(t));
    *count = suggest_spell(u, num, f->root->beg, f->body ? f->body->beg : f->root->end);
    free(num);
  }
  return d;
}

static int reaches_below(Unit *u, Node *body, Node *n, CXCursor p, long long count, int depth);

/* Argument a of call, handed on to a function whose body is in this file:
 * does its parameter reach below count there? */
static int callee_reaches_below(Unit *u, Node *body, CXCursor p, Node *call, Node *a, long long count, int depth) {
  Node *c = fe_direct_callee(call);
  if (!c) return 0;
  int k = -1;
  for (int i = 1; i < call->nkid; i++)
    if (a->beg >= call->kid[i]->beg && a->end <= call->kid[i]->end) k = i - 1;
  if (k < 0 || fe_strip(call->kid[k + 1]) != a) return 0;
  CXCursor def = clang_getCursorDefinition(clang_getCursorReferenced(c->cur));
  if (clang_Cursor_isNull(def) || k >= clang_Cursor_getNumArguments(def)) return 0;
  /* the function itself, given p as p: what the rest of its body reaches (tally(.., st) in tally) */
  if (body->parent && clang_equalCursors(clang_getCanonicalCursor(def), clang_getCanonicalCursor(body->parent->cur)) &&
      clang_equalCursors(clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)k)), p))
    return 1;
  Node *t = fe_tree(u, def), *b = NULL;
  for (int i = 0; t && i < t->nkid; i++)
    if (t->kid[i]->kind == CXCursor_CompoundStmt) b = t->kid[i];
  int ok = b && reaches_below(u, b, b, clang_getCanonicalCursor(clang_Cursor_getArgument(def, (unsigned)k)), count, depth);
  fe_free_tree(t);
  return ok;
}

/* Does every use of pointer p in n reach an element below count: p[c] with a
 * constant 0 <= c < count, *p, p->m, also through a local pointer set from p
 * (`Val *io = (o)` in a macro)?  With count 1: a DELAYED_IN/OUT/INOUT without
 * a count says exactly that, one element. */
static int reaches_below(Unit *u, Node *body, Node *n, CXCursor p, long long count, int depth) {
  if (n->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(n->cur), p)) {
    Node *q = n->parent;
    while (q && (q->kind == CXCursor_UnexposedExpr || q->kind == CXCursor_ParenExpr ||
                 q->kind == CXCursor_CStyleCastExpr))
      q = q->parent;
    if (!q || count < 1) return 0;
    if (q->kind == CXCursor_MemberRefExpr) return 1;                          /* p->m */
    if (q->kind == CXCursor_UnaryOperator && q->nkid == 1 && fe_is_deref(u, q)) return 1;   /* *p */
    if (q->kind == CXCursor_ArraySubscriptExpr && q->nkid == 2 && fe_strip(q->kid[0]) == n) {   /* p[c] */
      CXEvalResult r = clang_Cursor_Evaluate(fe_strip(q->kid[1])->cur);
      long long c = -1;
      if (r && clang_EvalResult_getKind(r) == CXEval_Int) c = clang_EvalResult_getAsLongLong(r);
      if (r) clang_EvalResult_dispose(r);
      return c >= 0 && c < count;
    }
    if (q->kind == CXCursor_VarDecl && depth < 3)                              /* T *q = p */
      return reaches_below(u, body, body, clang_getCanonicalCursor(q->cur), count, depth + 1) &&
             !writes_var(u, body, q->cur);
    if (q->kind == CXCursor_CallExpr && depth < 3 && q->nkid && q->kid[0] != n)   /* xs64(s): its parameter so */
      return callee_reaches_below(u, body, p, q, n, count, depth + 1);
    return 0;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!reaches_below(u, body, n->kid[i], p, count, depth)) return 0;
  return 1;
}

int suggest_reaches_below(Unit *u, Node *body, CXCursor p, long long count) {
  return reaches_below(u, body, body, clang_getCanonicalCursor(p), count, 0);
}

/* `DELAYED_IN `, `DELAYED_OUT_N(n) ` ... */
static char *spell_annotation(Dir d, const char *count) {
  const char *w = d == DIR_IN ? "IN" : d == DIR_OUT ? "OUT" : "INOUT";
  return count ? fmt("DELAYED_%s_N(%s) ", w, count) : fmt("DELAYED_%s ", w);
}

/* ---- the prototype in a header ---- */

/* Where a cursor's text starts, in whichever file: that file's name and the offset. */
static char *file_start(CXCursor c, unsigned *off) {
  CXFile f;
  clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), &f, NULL, NULL, off);
  if (!f) return NULL;
  CXString n = clang_getFileName(f);
  const char *name = clang_getCString(n);
  while (name[0] == '.' && name[1] == '/') name += 2;      /* "./lib.h": as the user names it */
  char *r = xstrdup(name);
  clang_disposeString(n);
  return r;
}

/* text with each identifier from[k] written to[k]; *bad, 1 + the first k
 * whose to[k] differs (unnamed, "", or named otherwise: delayc reads a
 * prototype's annotations with the definition's parameter names) */
static char *rename_words(const char *t, char **from, char **to, int n, int *bad) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = t; *p;) {
    if (c_ident_char(*p) && !(*p >= '0' && *p <= '9')) {
      const char *q = p;
      while (c_ident_char(*q)) q++;
      int k = 0;
      while (k < n && ((size_t)(q - p) != strlen(from[k]) || memcmp(p, from[k], (size_t)(q - p)))) k++;
      if (k < n && strcmp(to[k], from[k]) && !*bad) *bad = k + 1;   /* unnamed, or named otherwise */
      if (k < n) buf_puts(&b, to[k]);
      else buf_add(&b, p, (size_t)(q - p));
      p = q;
    } else {
      buf_add(&b, p++, 1);
    }
  }
  return b.s;
}

/* The prototype proto, in a header of the program, gets the definition's
 * annotations (head, pa) with its own parameter names: emit of the other
 * files reads them there.  NULL, or why not (an unnamed parameter an
 * annotation names; a prototype written by a macro). */
static char *annotate_prototype(CXCursor proto, Sugg *s, const char *head, char **pa, int np) {
  unsigned at;
  char *path = file_start(proto, &at);
  char *src = NULL;
  size_t len = 0;
  if (!path || clang_Cursor_getNumArguments(proto) != np || read_c_source(path, &src, &len) != 0) {
    free(path);
    return xstrdup("delayc cannot read that prototype's file");
  }
  char **from = xcalloc((size_t)np + 1, sizeof *from), **to = xcalloc((size_t)np + 1, sizeof *to);
  CXCursor def = clang_getCursorDefinition(proto);
  for (int k = 0; k < np; k++) {
    from[k] = fe_spelling(clang_Cursor_getArgument(def, (unsigned)k));
    to[k] = fe_spelling(clang_Cursor_getArgument(proto, (unsigned)k));
  }
  Ins *ins = NULL;
  int nins = 0, bad = 0;
  unsigned end = 0;
  CXFile pf;
  clang_getExpansionLocation(clang_getRangeEnd(clang_getCursorExtent(proto)), &pf, NULL, NULL, &end);
  if (end > len || end <= at) bad = 1;
  char *why = NULL;
  for (int k = -1; k < np && !bad; k++) {
    if (k >= 0 && !pa[k]) continue;
    unsigned o = at;
    char *pp = NULL;
    if (k >= 0 && (!(pp = file_start(clang_Cursor_getArgument(proto, (unsigned)k), &o)) || strcmp(pp, path) ||
                   o <= at || o >= end)) {
      why = xstrdup("that prototype's parameters are written by a macro, where delayc does not annotate them");
      bad = 1;
    }
    free(pp);
    if (bad) break;
    char *t = rename_words(k < 0 ? head : pa[k], from, to, np, &bad);
    if (bad) {
      why = *to[bad - 1]
          ? fmt("that prototype, in %s, calls '%s' what the definition calls '%s', which an annotation names: "
                "name its parameters as the definition does", path, to[bad - 1], from[bad - 1])
          : fmt("that prototype, in %s, does not name the parameter '%s' an annotation names: name its "
                "parameters as the definition does", path, from[bad - 1]);
      free(t);
      break;
    }
    ins = xrealloc(ins, (size_t)(nins + 1) * sizeof *ins);
    ins[nins++] = (Ins){o, 0, t};
  }
  if (!bad) {
    Buf b = {0};
    buf_add(&b, "", 0);
    for (unsigned o = at; o < end; o++) {
      for (int i = 0; i < nins; i++)
        if (ins[i].off == o) buf_puts(&b, ins[i].text);
      char c = src[o];
      if (c == '\n' || c == '\t' || c == '\r') c = ' ';
      if (c == ' ' && (!b.len || b.s[b.len - 1] == ' ')) continue;
      buf_add(&b, &c, 1);
    }
    s->hpath = path;
    s->hoff = at;
    s->hins = ins;
    s->nhins = nins;
    s->hdecl = b.s;
    path = NULL;
    ins = NULL;
  }
  for (int i = 0; ins && i < nins; i++) free(ins[i].text);
  free(ins);
  for (int k = 0; k < np; k++) { free(from[k]); free(to[k]); }
  free(from);
  free(to);
  free(src);
  free(path);
  return bad && !why ? xstrdup("delayc cannot place the annotations in that prototype") : why;
}

/* The annotations, on the definition (delayc reads a function's annotations
 * from its definition wherever it is called; a prototype's parameters may be
 * unnamed or named otherwise), and the definition's declaration as it will
 * read. */
static void annotate(Unit *u, LFunc *f, Sugg *s, const char *head, char **pa, int np) {
  Redecls r = {u, clang_getCanonicalCursor(f->cur), 0, clang_getNullCursor()};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), find_redecls, &r);
  CXCursor def = clang_getCursorDefinition(f->cur);
  int ok;
  unsigned at = start_of(u, def, &ok);
  if (ok) {
    add_ins(s, at, head);
    for (int k = 0; k < np; k++) {
      if (!pa[k]) continue;
      unsigned pat = start_of(u, clang_Cursor_getArgument(def, (unsigned)k), &ok);
      if (ok && pat > at) add_ins(s, pat, pa[k]);
    }
  }
  /* the definition's declaration, annotations in, on one line */
  Buf b = {0};
  buf_add(&b, "", 0);
  unsigned end = f->body ? f->body->beg : f->root->end;
  for (unsigned o = f->root->beg; o < end; o++) {
    for (int i = 0; i < s->nins; i++)
      if (s->ins[i].off == o) buf_puts(&b, s->ins[i].text);
    char c = u->src[o];
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (c == ' ' && (!b.len || b.s[b.len - 1] == ' ')) continue;
    buf_add(&b, &c, 1);
  }
  while (b.len && b.s[b.len - 1] == ' ') b.s[--b.len] = 0;
  s->decl = b.s;
  char *why = NULL;
  if (!clang_Cursor_isNull(r.proto) && !(why = annotate_prototype(r.proto, s, head, pa, np)))
    return;
  if (r.elsewhere)
    s->caveat = fmt("'%s' is also declared in a header: other files' calls see only that declaration, so give it "
                    "the same annotations for their calls to become tasks too%s%s", f->name, why ? " (" : "",
                    why ? why : "");
  if (why) {
    char *c = fmt("%s)", s->caveat);
    free(s->caveat);
    s->caveat = c;
  }
  s->hwhy = why;
}

/* ---- call sites ---- */

/* The loop variable of a for loop, `for (int i = ..` or `for (i = ..` (its
 * canonical declaration), or a null cursor. */
CXCursor suggest_loop_var(Node *loop) {
  if (loop->kind != CXCursor_ForStmt || loop->nkid != 4) return clang_getNullCursor();
  Node *init = loop->kid[0];
  if (init->kind == CXCursor_DeclStmt && init->nkid >= 1) return clang_getCanonicalCursor(init->kid[0]->cur);
  Node *b = fe_strip(init);
  if (b && b->kind == CXCursor_BinaryOperator && b->nkid == 2) {
    CXCursor d = model_ref(b->kid[0]);
    return clang_Cursor_isNull(d) ? d : clang_getCanonicalCursor(d);
  }
  return clang_getNullCursor();
}

static long long trip_of(Node *loop) {
  long long t = cost_trip(loop->cur);
  return t > 0 ? t : COST_UNKNOWN_TRIP;
}

/* The variable an argument points into: X, &X[i], X + k, (T *)X ..., or a null cursor. */
static CXCursor arg_root(Unit *u, Node *a) {
  for (int guard = 0; a && guard < 16; guard++) {
    a = fe_strip(a);
    if (!a) break;
    if (a->kind == CXCursor_DeclRefExpr) return clang_getCanonicalCursor(clang_getCursorReferenced(a->cur));
    if (a->kind == CXCursor_CStyleCastExpr || a->kind == CXCursor_MemberRefExpr ||
        (a->kind == CXCursor_UnaryOperator && fe_is_addrof(u, a)) || a->kind == CXCursor_ArraySubscriptExpr)
      a = a->kid[a->kind == CXCursor_CStyleCastExpr ? a->nkid - 1 : 0];
    else if (a->kind == CXCursor_BinaryOperator && a->nkid == 2)
      a = clang_getCanonicalType(clang_getCursorType(a->kid[0]->cur)).kind == CXType_Pointer ? a->kid[0] : a->kid[1];
    else
      break;
  }
  return clang_getNullCursor();
}

/* Does call c write through an argument into a variable the other call names
 * (gemm(N, A, B, C); gemm(N, C, A, B): C written, then read)? */
static int writes_into(Unit *u, Node *c, Node *other) {
  for (int k = 1; k < c->nkid; k++) {
    CXType t = clang_getCanonicalType(clang_getCursorType(c->kid[k]->cur));
    if (t.kind != CXType_Pointer && t.kind != CXType_ConstantArray) continue;
    if (!(fx_arg_mode(u, c, k - 1) & FX_WRITE)) continue;
    CXCursor r = arg_root(u, c->kid[k]);
    if (clang_Cursor_isNull(r) || names_var(other, r)) return 1;
  }
  return 0;
}

/* Does n write a variable that call c names (`p[i].x = ..`, `advance(p, n)`
 * writing through p, `x++`)? */
static int writes_named(Unit *u, Node *n, Node *c) {
  int k = n->kind;
  if ((k == CXCursor_CompoundAssignOperator || (k == CXCursor_BinaryOperator && fe_is_assign(u, n)) ||
       (k == CXCursor_UnaryOperator && fe_is_incdec(u, n))) && n->nkid) {
    CXCursor r = arg_root(u, n->kid[0]);
    if (!clang_Cursor_isNull(r) && names_var(c, r)) return 1;
  }
  if (k == CXCursor_CallExpr && n != c && writes_into(u, n, c)) return 1;
  for (int i = 0; i < n->nkid; i++)
    if (writes_named(u, n->kid[i], c)) return 1;
  return 0;
}

/* Between statements a and b of one block (either order), does a statement
 * write what call c names (the steps of a simulation between two calls of
 * energy(p, n))? */
static int written_between(Unit *u, Node *a, Node *b, Node *c) {
  Node *blk = a->parent;
  int ia = -1, ib = -1;
  for (int i = 0; i < blk->nkid; i++) {
    if (blk->kid[i] == a) ia = i;
    if (blk->kid[i] == b) ib = i;
  }
  if (ia < 0 || ib < 0) return 0;
  if (ia > ib) { int t = ia; ia = ib; ib = t; }
  for (int i = ia + 1; i < ib; i++)
    if (writes_named(u, blk->kid[i], c)) return 1;
  return 0;
}

/* The calls of f's function in g that could run beside others: in s's notes;
 * the widest group's width in s->width. */
static void sites_in(Unit *u, Calls *ix, LFunc *g, CXCursor fn, Sugg *s) {
  int nc;
  Node **cs = calls_in(ix, g, fn, &nc);
  for (int i = 0; i < nc; i++) {
    Node *n = cs[i];
    if (model_unevaluated(u, g, n)) continue;
    Node *loop = model_loop_of(g, n);
    CXCursor iv = loop ? suggest_loop_var(loop) : clang_getNullCursor();
    int uses = 0;
    if (!clang_Cursor_isNull(iv)) {
      for (int k = 1; k < n->nkid; k++) uses |= names_var(n->kid[k], iv);
      uses |= names_var(model_stmt_of(n), iv);
      /* a variable of the iteration (`int lo = blk * BLOCK;`) changes with it too */
      for (int k = 1; k < n->nkid && loop->nkid == 4; k++) uses |= suggest_declared_in(u, n->kid[k], loop->kid[3]);
    }
    if (uses) {
      char *v = fe_spelling(iv);
      Node *p = n->parent;
      while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
      int reduce = p && p->kind == CXCursor_CompoundAssignOperator;
      long long t = trip_of(loop);
      add_call_site(s, n->beg, reduce
          ? fmt("a call in the loop over '%s', added up as it goes: store each result in an array and combine "
                "them after the loop, then the calls run in parallel", v)
          : fmt("a call in the loop over '%s': each iteration's call would be a task, in parallel", v));
      if (!reduce && t > s->width) s->width = t;
      free(v);
      continue;
    }
    /* calls in a row in one block, none reading another's result, nor what another writes through its arguments */
    Node *st = model_stmt_of(n);
    if (!st || !st->parent || st->parent->kind != CXCursor_CompoundStmt) continue;
    int group = 1;
    for (int j = 0; j < nc; j++) {
      Node *sj = model_stmt_of(cs[j]);
      if (j == i || !sj || model_inside(cs[j], n) || model_inside(n, cs[j])) continue;
      if (sj != st && sj->parent != st->parent) continue;
      CXCursor tj = model_copy_target(u, cs[j]), ti = model_copy_target(u, n);
      int dep = (!clang_Cursor_isNull(tj) && names_var(n, tj)) || (!clang_Cursor_isNull(ti) && names_var(cs[j], ti)) ||
                writes_into(u, n, cs[j]) || writes_into(u, cs[j], n) ||
                (sj != st && (written_between(u, st, sj, n) || written_between(u, st, sj, cs[j])));
      if (!dep) group++;
    }
    if (group >= 2) {
      add_call_site(s, n->beg, fmt("one of %d calls in a row that do not use each other's results: they would run "
                              "in parallel", group));
      if (group > s->width) s->width = group;
    }
  }
  free(cs);
}

/* The cost of f at one call, with the arguments that are constants bound
 * (val: np slots), or -1 when none is. */
static long long cost_at(LFunc *f, Node *call, long long *val, int np) {
  int known = 0;
  for (int k = 0; k < np; k++) {
    val[k] = -1;
    if (k + 1 >= call->nkid) continue;
    CXEvalResult r = clang_Cursor_Evaluate(call->kid[k + 1]->cur);
    if (r) {
      if (clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) > 0) {
        val[k] = clang_EvalResult_getAsLongLong(r);
        known = 1;
      }
      clang_EvalResult_dispose(r);
    }
  }
  return known ? cost_call(f->cur, val, np) : -1;
}

/* ---- the program's other files ----
 *
 * suggest given several files parses them all first (suggest_program).  A
 * function of this file with external linkage called in another file's loop
 * has its company there (lib.c's work, main.c's `for (k ...) r[k] =
 * work(...)`): the notes name those calls, and a call's cost takes the
 * constant arguments they pass. */

static ProgFile *prog;
static int nprog;
typedef struct ByUsr { char *usr; Call *c; } ByUsr;
typedef struct ProgCalls { Calls ix; ByUsr *by; int done; } ProgCalls;
static ProgCalls *prog_calls;

static void prog_forget(void) {
  for (int i = 0; prog_calls && i < nprog; i++) {
    for (int k = 0; k < prog_calls[i].ix.n; k++) free(prog_calls[i].by[k].usr);
    free(prog_calls[i].by);
    free(prog_calls[i].ix.c);
  }
  free(prog_calls);
  prog_calls = NULL;
}

const ProgFile *suggest_program_files(int *n) {
  *n = nprog;
  return prog;
}

void suggest_program(ProgFile *files, int n) {
  prog_forget();
  prog = files;
  nprog = n;
  if (n) prog_calls = xcalloc((size_t)n, sizeof *prog_calls);
}

static int by_usr(const void *a, const void *b) {
  return strcmp(((const ByUsr *)a)->usr, ((const ByUsr *)b)->usr);
}

/* File i's calls, by the USR of what they call (indexed on first use). */
static ProgCalls *calls_of_file(int i) {
  ProgCalls *pc = &prog_calls[i];
  if (pc->done) return pc;
  pc->done = 1;
  Model *m = prog[i].m;
  for (int k = 0; k < m->nfn; k++)
    if (m->fn[k].body) index_calls(&pc->ix, &m->fn[k], m->fn[k].body);
  if (pc->ix.n) qsort(pc->ix.c, (size_t)pc->ix.n, sizeof *pc->ix.c, by_hash);
  pc->by = xcalloc((size_t)pc->ix.n + 1, sizeof *pc->by);
  for (int k = 0; k < pc->ix.n; k++) {
    CXString u = clang_getCursorUSR(pc->ix.c[k].callee);
    pc->by[k] = (ByUsr){xstrdup(clang_getCString(u)), &pc->ix.c[k]};
    clang_disposeString(u);
  }
  if (pc->ix.n) qsort(pc->by, (size_t)pc->ix.n, sizeof *pc->by, by_usr);
  return pc;
}

/* The calls of f in the other files: each with its file (*file), NULL-ended. */
static Call **calls_elsewhere(Unit *u, LFunc *f, int **file) {
  Call **r = NULL;
  int n = 0;
  *file = NULL;
  if (clang_getCursorLinkage(f->cur) != CXLinkage_External) return NULL;
  CXString us = clang_getCursorUSR(f->cur);
  const char *usr = clang_getCString(us);
  for (int i = 0; i < nprog; i++) {
    if (prog[i].u == u) continue;
    ProgCalls *pc = calls_of_file(i);
    ByUsr key = {(char *)usr, NULL};
    ByUsr *hit = pc->ix.n ? bsearch(&key, pc->by, (size_t)pc->ix.n, sizeof *pc->by, by_usr) : NULL;
    while (hit && hit > pc->by && !strcmp(hit[-1].usr, usr)) hit--;
    for (; hit && hit < pc->by + pc->ix.n && !strcmp(hit->usr, usr); hit++) {
      r = xrealloc(r, (size_t)(n + 2) * sizeof *r);
      *file = xrealloc(*file, (size_t)(n + 1) * sizeof **file);
      (*file)[n] = i;
      r[n++] = hit->c;
      r[n] = NULL;
    }
  }
  clang_disposeString(us);
  return r;
}

/* The largest cost of a call of f over the other files' calls that pass
 * constants (`work(data[k], 1000)`), or -1. */
static long long work_elsewhere(Unit *u, LFunc *f) {
  int *file;
  Call **cs = calls_elsewhere(u, f, &file);
  long long best = -1;
  int np = clang_Cursor_getNumArguments(f->cur);
  long long *val = xcalloc((size_t)np + 1, sizeof *val);
  for (int j = 0; cs && cs[j]; j++) {
    long long w = cost_at(f, cs[j]->call, val, np);
    if (w > best) best = w;
  }
  free(val);
  free(cs);
  free(file);
  return best;
}

/* The company f's calls have in the other files, as notes on s (at its
 * declaration, naming each call's file and line). */
static void sites_elsewhere(Unit *u, LFunc *f, Sugg *s) {
  int *file;
  Call **cs = calls_elsewhere(u, f, &file);
  for (int j = 0; cs && cs[j]; j++) {
    int dup = 0;              /* each calling function once */
    for (int i = 0; i < j && !dup; i++) dup = cs[i]->caller == cs[j]->caller;
    if (dup) continue;
    /* its calls see the declaration that gets the annotations (lib.h's), or
     * they stay plain calls: company only with it */
    unsigned off;
    char *declared = file_start(cs[j]->callee, &off);
    int sees = s->hpath && declared && !strcmp(declared, s->hpath);
    free(declared);
    if (!sees) {
      s->unseen = 1;
      continue;
    }
    Sugg t = {0};
    ProgFile *pf = &prog[file[j]];
    sites_in(pf->u, &prog_calls[file[j]].ix, cs[j]->caller, cs[j]->callee, &t);
    for (int k = 0; k < t.nsite; k++) {
      unsigned line, col;
      lint_line_col(pf->u, t.site[k].off, &line, &col);
      add_call_site(s, s->off, fmt("%s:%u:%u: %s", pf->u->path, line, col, t.site[k].msg));
      s->xs = xrealloc(s->xs, (size_t)(s->nxs + 1) * sizeof *s->xs);
      s->xs[s->nxs++] = (struct XSite){pf->u, t.site[k].off};
    }
    if (t.width > s->width) s->width = t.width;
    if (t.nsite) s->elsewhere = 1;
    sugg_free(&t);
  }
  free(cs);
  free(file);
}

/* ---- one function ---- */

/* The work of one call of f: the largest over its calls whose arguments
 * bound its loops (`g(buf, 4096)`), else the estimate without them. */
static long long work_of(Calls *ix, LFunc *f) {
  long long best = -1;
  int np = clang_Cursor_getNumArguments(f->cur), nc;
  long long *val = xcalloc((size_t)np + 1, sizeof *val);
  Call **cs = calls_of(ix, f->cur, &nc);
  for (int j = 0; j < nc; j++) {
    long long w = cost_at(f, cs[j]->call, val, np);
    if (w > best) best = w;
  }
  free(cs);
  free(val);
  return best > 0 ? best : cost_function(f->cur);
}


/* The pointer members of a struct (rec, through parameter pname) and their
 * counts: `record` its name ("struct record"), `missing` how many pointer
 * members say no count (DELAYED_N), `edit` those the body shows one for, as
 * declarations ("unsigned char *data DELAYED_N(len)"): the member indexed in a
 * loop up to another member, `for (i = 0; i < r->len; i++) r->data[i]`. */
typedef struct MemberCounts {
  char *record; int missing, found; Buf edit; Unit *u; Node *body; const char *p;
  char *deep;           /* a member pointing to pointers (char **keys): no count covers what they reach */
} MemberCounts;

/* Is there, in n, a loop `for (v = 0; v < P->cnt; v++)` whose body reads or
 * writes P->mem[v]?  cnt's name, or NULL. */
static char *loop_count_of(MemberCounts *mc, Node *n, const char *mem) {
  if (n->kind == CXCursor_ForStmt && n->nkid == 4) {
    Node *c = fe_strip(n->kid[1]);
    if (c && c->kind == CXCursor_BinaryOperator && c->nkid == 2 && fe_binop_is(mc->u, c, "<")) {
      char *v = fe_text(mc->u, c->kid[0]->beg, c->kid[0]->end), *b = fe_text(mc->u, c->kid[1]->beg, c->kid[1]->end);
      char *want = fmt("%s->", mc->p), *cnt = NULL;
      if (!strncmp(b, want, strlen(want)) && c_ident_char(b[strlen(want)])) {
        const char *q = b + strlen(want);
        size_t l = 0;
        while (c_ident_char(q[l])) l++;
        char *body = fe_text(mc->u, n->kid[3]->beg, n->kid[3]->end);
        char *use = fmt("%s->%s[%s]", mc->p, mem, v);
        /* and the next one, p->rowptr[i + 1] (a CSR matrix's n + 1 row starts) */
        char *next = fmt("%s->%s[%s + 1]", mc->p, mem, v), *next2 = fmt("%s->%s[%s+1]", mc->p, mem, v);
        if (!q[l] && strstr(body, use))
          cnt = strstr(body, next) || strstr(body, next2) ? fmt("%.*s + 1", (int)l, q) : xstrndup(q, l);
        free(body);
        free(use);
        free(next);
        free(next2);
      }
      free(v);
      free(b);
      free(want);
      if (cnt) return cnt;
    }
  }
  for (int i = 0; i < n->nkid; i++) {
    char *r = loop_count_of(mc, n->kid[i], mem);
    if (r) return r;
  }
  return NULL;
}

static enum CXVisitorResult member_visit(CXCursor fc, CXClientData d) {
  MemberCounts *mc = d;
  CXType t = clang_getCanonicalType(clang_getCursorType(fc));
  if (t.kind != CXType_Pointer) return CXVisit_Continue;
  char *cnt = NULL;
  if (fe_has_annotation(fc, "delayc.count", &cnt) && cnt) { free(cnt); return CXVisit_Continue; }
  free(cnt);
  mc->missing++;
  if (fe_holds_pointer(clang_getPointeeType(t))) {   /* its count would not cover what its elements reach */
    if (!mc->deep) mc->deep = fe_spelling(fc);
    return CXVisit_Continue;
  }
  char *nm = fe_spelling(fc), *found = mc->body ? loop_count_of(mc, mc->body, nm) : NULL;
  if (found) {
    CXString ts = clang_getTypeSpelling(clang_getCursorType(fc));
    const char *tsp = clang_getCString(ts);
    buf_printf(&mc->edit, "%s%s%s%s DELAYED_N(%s)", mc->edit.len ? ", " : "", tsp,
               tsp[strlen(tsp) - 1] == '*' ? "" : " ", nm, found);
    clang_disposeString(ts);
    mc->found++;
  }
  free(found);
  free(nm);
  return CXVisit_Continue;
}

static void member_counts(Unit *u, Node *body, const char *pname, CXType rec, MemberCounts *mc) {
  rec = clang_getCanonicalType(rec);
  if (rec.kind != CXType_Record) return;
  mc->u = u;
  mc->body = body;
  mc->p = pname;
  CXString rs = clang_getTypeSpelling(rec);
  mc->record = xstrdup(clang_getCString(rs));
  clang_disposeString(rs);
  clang_Type_visitFields(rec, member_visit, mc);
}

/* Does n assign the variable d itself (`image = malloc(..)`, `g = p`), not
 * only what it points to? */
int suggest_assigns_var(Unit *u, Node *n, CXCursor d) {
  if ((n->kind == CXCursor_BinaryOperator || n->kind == CXCursor_CompoundAssignOperator) && n->nkid == 2 &&
      fe_is_assign(u, n)) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), clang_getCanonicalCursor(d)))
      return 1;
  }
  if (n->kind == CXCursor_UnaryOperator && n->nkid == 1 && !fe_is_addrof(u, n) && !fe_is_deref(u, n)) {
    Node *l = fe_strip(n->kid[0]);          /* image++ */
    if (l && l->kind == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), clang_getCanonicalCursor(d)))
      return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (suggest_assigns_var(u, n->kid[i], d)) return 1;
  return 0;
}

/* Why the body rules a task out (a static local, a write of shared state,
 * code delayc cannot see ...), or NULL; *gread: a global it only reads. */
static char *body_refuses(Unit *u, LFunc *f, const char **gread) {
  CXType ft = clang_getCursorType(f->cur);
  if (ft.kind != CXType_FunctionProto || clang_isFunctionTypeVariadic(ft))
    return xstrdup("it is variadic or has no prototype: a task needs its arguments' types");
  char *sl = NULL;
  if (has_static_local(u, f->body, f->body, &sl)) {
    char *r = fmt("its static local '%s' carries state from call to call: its calls would keep their order; if "
                  "each call sets it before it reads it (a scratch array), drop the 'static', else make it a "
                  "parameter", sl);
    free(sl);
    return r;
  }
  const Effects *fx = callee_effects(u, f->ce);
  if (fx->all) {
    /* DELAYED_PURE says it writes nothing but its locals: not the word for
     * one that writes through a parameter (img_map(im, op, arg)) */
    int writes = 0;
    for (int k = 0; k < clang_Cursor_getNumArguments(f->cur) && !writes; k++) {
      CXType t = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(f->cur, (unsigned)k)));
      writes = t.kind == CXType_Pointer && !clang_isConstQualifiedType(clang_getPointeeType(t)) &&
               clang_getCanonicalType(clang_getPointeeType(t)).kind != CXType_FunctionProto;
    }
    int indirect = fx->all_why && strstr(fx->all_why, "function pointer");
    return writes
        ? fmt("it calls code delayc cannot see (%s): its calls would keep their order; %s", fx->all_why ? fx->all_why :
              "a function without a body", indirect
              ? "call the functions that pointer names directly (a switch over them), so that delayc sees what they touch"
              : "give delayc the file that defines it (suggest FILE... with it, or -p BUILD_DIR)")
        : fmt("it calls code delayc cannot see (%s): its calls would keep their order; if it touches only its "
              "arguments, declare it DELAYED_PURE yourself", fx->all_why ? fx->all_why : "a function without a body");
  }
  for (int r = 0; r < RES_COUNT; r++)
    if (fx->res[r] & FX_WRITE) {
      const char *edit = fx_message_edit(fx->why[r]);
      return fmt("it changes %s (%s): its calls would keep their order; %s", fx_resource_name((Resource)r),
                 fx->why[r] ? fx->why[r] : "a library call",
                 edit ? edit : "move that out of the function and return the value instead");
    }
  *gread = NULL;
  for (int g = 0; g < fx->ng; g++) {
    if (fx->g[g].update) continue;   /* `total += n`: its calls run in any order (effects/commute.c) */
    if ((fx->g[g].mode & FX_WRITE) && fx->g[g].hot)
      return fmt("it updates the global '%s' in a loop of little work per iteration, where atomic updates would "
                 "cost more than the work: count into a local and add it to '%s' once, after that loop (then its "
                 "calls run in any order)", fx->g[g].name, fx->g[g].name);
    CXType gt = clang_Cursor_isNull(fx->g[g].decl) ? (CXType){CXType_Invalid, {0, 0}}
                                                     : clang_getCanonicalType(clang_getCursorType(fx->g[g].decl));
    if ((fx->g[g].mode & FX_WRITE) && gt.kind == CXType_Pointer && !suggest_assigns_var(u, f->body, fx->g[g].decl))
      /* image[...] = ..., never image = ...: what it points to (blind 63a: "writes the global 'image'") */
      return fmt("it writes through the global pointer '%s' (not '%s' itself): its calls would keep their order; "
                 "take the part each call writes as a parameter, a pointer with its count (DELAYED_OUT_N(n) T *out), "
                 "given '%s' plus the call's offset", fx->g[g].name, fx->g[g].name, fx->g[g].name);
    if (fx->g[g].mode & FX_WRITE)
      return fmt("it writes the global '%s': its calls would keep their order; return the value or take a "
                 "pointer to it as a parameter", fx->g[g].name);
    if (!*gread) *gread = fx->g[g].name;
  }
  if (fx->tls) return fmt("it uses the thread-local '%s': a task would see another thread's copy", fx->tls);
  return NULL;
}

/* Is a call given a pointer loaded from memory (eval(n->l), score(n->kids[i]))? */
static int on_node(Node *call) {
  for (int i = 1; i < call->nkid; i++) {
    Node *a = fe_strip(call->kid[i]);
    CXType t = clang_getCanonicalType(clang_getCursorType(call->kid[i]->cur));
    if (t.kind == CXType_Pointer && a && (a->kind == CXCursor_ArraySubscriptExpr || a->kind == CXCursor_MemberRefExpr))
      return 1;
  }
  return 0;
}

/* Is the one call a function makes of itself inside a loop of its body, on
 * a pointer loaded from memory (score(n->kids[i]), walk(c->next))?  A walk of
 * a tree: each call's work is its subtree's, which nothing tells. */
static int tree_walk(LFunc *f, Node *call) {
  int looped = 0;
  for (Node *p = call->parent; p && p != f->body && !looped; p = p->parent)
    looped = p->kind == CXCursor_ForStmt || p->kind == CXCursor_WhileStmt || p->kind == CXCursor_DoStmt;
  return looped && on_node(call);
}

/* A call of f in the file giving an argument that points into the global
 * named g (`&g[i]`, `g + i`) to a parameter f writes through: its text, or
 * NULL. */
static char *writes_into_read_global(Unit *u, Calls *ix, LFunc *f, const Effects *fx, const char *g) {
  int nc;
  Call **cs = calls_of(ix, f->cur, &nc);
  char *hit = NULL;
  for (int j = 0; j < nc && !hit; j++)
    for (int k = 1; k < cs[j]->call->nkid && !hit; k++) {
      if (k - 1 >= fx->nparam || !(fx->param[k - 1] & FX_WRITE)) continue;
      /* the pointer's base: &g[i], g + i, g */
      Node *a = fe_strip(cs[j]->call->kid[k]);
      if (a && a->kind == CXCursor_UnaryOperator && fe_is_addrof(u, a) && a->nkid) a = fe_strip(a->kid[0]);
      while (a && (a->kind == CXCursor_ArraySubscriptExpr || (a->kind == CXCursor_BinaryOperator &&
                                                              fe_binop_is(u, a, "+"))) && a->nkid == 2) {
        Node *l = fe_strip(a->kid[0]);
        CXType lt = l ? clang_getCanonicalType(clang_getCursorType(l->cur)) : (CXType){0};
        a = a->kind == CXCursor_ArraySubscriptExpr || lt.kind == CXType_Pointer || lt.kind == CXType_ConstantArray
                ? l : fe_strip(a->kid[1]);
      }
      char *base = a && a->kind == CXCursor_DeclRefExpr ? fe_spelling(clang_getCursorReferenced(a->cur)) : NULL;
      if (base && !strcmp(base, g)) hit = fe_text(u, cs[j]->call->kid[k]->beg, cs[j]->call->kid[k]->end);
      free(base);
    }
  free(cs);
  return hit;
}

/* Every return of n returns a local that only ever holds a block the
 * function allocates (`Image *im = malloc(...); ... return im;`)? */
typedef struct NewBlock { Unit *u; int returns, bad; CXCursor v; } NewBlock;

static int allocated_here(Unit *u, Node *x) {
  x = fe_strip(x);
  while (x && x->kind == CXCursor_CStyleCastExpr && x->nkid) x = fe_strip(x->kid[x->nkid - 1]);
  if (!x || x->kind != CXCursor_CallExpr || !x->nkid) return 0;
  Node *c = fe_strip(x->kid[0]);
  return c && c->kind == CXCursor_DeclRefExpr && fx_allocator(u, clang_getCursorReferenced(c->cur));
}

static void new_block_walk(NewBlock *w, Node *n) {
  if (n->kind == CXCursor_ReturnStmt) {
    Node *r = n->nkid ? fe_strip(n->kid[0]) : NULL;
    if (!r || r->kind != CXCursor_DeclRefExpr) { w->bad = 1; return; }
    CXCursor v = clang_getCanonicalCursor(clang_getCursorReferenced(r->cur));
    if (w->returns && !clang_equalCursors(v, w->v)) w->bad = 1;
    w->v = v;
    w->returns++;
  }
  for (int i = 0; i < n->nkid && !w->bad; i++) new_block_walk(w, n->kid[i]);
}

static void new_block_sets(NewBlock *w, Node *n) {
  if (n->kind == CXCursor_VarDecl && clang_equalCursors(clang_getCanonicalCursor(n->cur), w->v)) {
    Node *init = access_var_init(w->u, n);
    if (init && !allocated_here(w->u, init) && !fe_null_pointer(init)) w->bad = 1;
  }
  if (fe_is_assign(w->u, n) && n->nkid == 2) {
    Node *l = fe_strip(n->kid[0]);
    if (l && l->kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), w->v) &&
        !allocated_here(w->u, n->kid[1]))
      w->bad = 1;
  }
  for (int i = 0; i < n->nkid && !w->bad; i++) new_block_sets(w, n->kid[i]);
}

/* Does n hold a loop that does more than allocate (`for (c ...) im->plane[c]
 * = calloc(...)` does not; a loop filling the block does)? */
static int loop_works(Unit *u, Node *n, int in_loop) {
  if (model_is_loop(n)) in_loop = 1;
  if (in_loop && n->kind == CXCursor_CallExpr && !allocated_here(u, n)) return 1;
  if (in_loop && (n->kind == CXCursor_CompoundAssignOperator || (n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n) &&
                  n->nkid == 2 && !allocated_here(u, n->kid[1]) && !fe_null_pointer(n->kid[1]))))
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (loop_works(u, n->kid[i], in_loop)) return 1;
  return 0;
}

/* An allocation wrapper: it returns a block it allocates and fills in its
 * sizes (image_new), with no loop of work.  Its callers use what it returns
 * at once: no task runs beside it.  (One that computes what it returns, a
 * tile rendered into a new block, is weighed as any function.) */
static int returns_new_block(Unit *u, LFunc *f) {
  if (clang_getCanonicalType(clang_getCursorResultType(f->cur)).kind != CXType_Pointer || !f->body) return 0;
  NewBlock w = {u, 0, 0, clang_getNullCursor()};
  new_block_walk(&w, f->body);
  if (w.bad || !w.returns) return 0;
  new_block_sets(&w, f->body);
  return !w.bad && !loop_works(u, f->body, 0);
}

/* Is the call inside a loop of its function? */
static int in_some_loop(Node *call) {
  for (Node *p = call->parent; p; p = p->parent)
    if (model_is_loop(p)) return 1;
  return 0;
}

/* f, called in a loop, is under --min-work only as long as its loops are
 * short, and they run as long as its data (a string, a list, `i < v->n` of
 * a size read at run time): --explain says so, with the option that would
 * propose it (blind 73: such functions were left out without a word). */
static void too_short_to_tell(Found *fd, LFunc *f, long long work, long long lw, long long min_work) {
  char *a = human_ns(work), *b = human_ns(lw), *m = human_ns(min_work);
  add_miss(fd, f, work, fmt("its loops run as long as its data (a string, a list, a size known at run time), "
                            "which delayc cannot see: about %s a call if they are short, %s if they run %d "
                            "times, under the %s a task needs (--min-work); if its data are long, "
                            "'delayc suggest --min-work=%lld' proposes it (emit sizes small calls' tasks as they "
                            "run)", a, b, COST_LONG_TRIP, m, work > 1 ? work - 1 : 1));
  free(a);
  free(b);
  free(m);
}

static void consider(Unit *u, Model *m, Calls *ix, LFunc *f, long long min_work, Found *fd) {
  /* (a function whose delayed calls are tasks already: DELAYED, it would
   * spawn inside a task, delayed-nested) */
  if (!f->body || !strcmp(f->name, "main") || f->delayed || f->ncall) return;
  /* an allocation wrapper (image_new: malloc, fill in the sizes, return it):
   * no work to run beside others, and every user of what it returns would
   * wait for it (issue 16: "allocation wrappers" proposed) */
  if (fx_allocator(u, f->cur) || returns_new_block(u, f)) return;
  int nrc;
  Node **rc = calls_in(ix, f, f->cur, &nrc);    /* its calls of itself */
  /* a walk of a tree: its cost is a node's (its subtree's is not known), so
   * it is weighed whatever --min-work says, and not proposed: the depth
   * its cutoff needs is the user's to add */
  int tree = nrc == 1 && tree_walk(f, rc[0]);
  long long work = nrc >= 2 ? cost_function(f->cur) : work_of(ix, f);
  if (nrc < 2) {                /* constants the other files' calls pass (work(data[k], 1000) in main.c) */
    long long xw = work_elsewhere(u, f);
    if (xw > work) work = xw;
  }
  /* a recursive call counts 1000 in the estimate: the body's own work is the rest */
  if (nrc >= 2) work = work > 1005LL * nrc ? work - 1005LL * nrc : 1;
  /* smaller calls are worth it where a loop of them can be split off: emit
   * runs such a loop's calls in batches (loop_split.c) */
  int small = 0;
  long long longer = 0;         /* the work were its data-bound loops long (a document, a list): the gate */
  long long lw = 0;
  if (work < min_work && nrc < 2) {
    lw = cost_function_long(f->cur);
    if (lw >= min_work) longer = lw;
  }
  if (work < min_work && nrc < 2 && !longer && !tree) {
    int nc, looped = 0;
    Call **cs = calls_of(ix, f->cur, &nc);
    for (int j = 0; j < nc && !small; j++) small = split_worth(cs[j]->call, work);
    for (int j = 0; j < nc && !looped; j++) looped = in_some_loop(cs[j]->call);
    free(cs);
    if (!small && looped && lw >= 4 * work) too_short_to_tell(fd, f, work, lw, min_work);
    if (!small) { free(rc); return; }
  }
  const char *gread = NULL;
  char *refused = body_refuses(u, f, &gread);
  if (refused) {
    add_miss(fd, f, work, refused);
    free(rc);
    return;
  }
  const Effects *fx = callee_effects(u, f->ce);
  if (gread) {     /* its calls write into the global it reads (smooth_one(&g[i], i) reading g[i - 1]): a chain */
    char *into = writes_into_read_global(u, ix, f, fx, gread);
    if (into) {
      add_miss(fd, f, work, fmt("its calls would run one after the other: each writes into the global '%s' it "
                                "reads ('%s'), which the next call reads; nothing but a different algorithm (new "
                                "values into another array, read from the old one) makes them parallel",
                                gread, into));
      free(into);
      free(rc);
      return;
    }
  }
  int np = clang_Cursor_getNumArguments(f->cur);
  char **pn = xcalloc((size_t)np + 1, sizeof *pn);
  char **pa = xcalloc((size_t)np + 1, sizeof *pa);
  for (int k = 0; k < np; k++) pn[k] = fe_spelling(clang_Cursor_getArgument(f->cur, (unsigned)k));
  int outputs = !f->ce->void_result;
  char *why = NULL;
  Ins *sx = NULL;               /* the counts said in a struct its parameters point to (member_alloc.c) */
  int nsx = 0;
  char *spath = NULL;           /* ... a header declaring that struct: sx are its */
  for (int k = 0; k < np && !why; k++) {
    Param *p = k < f->ce->nparam ? &f->ce->param[k] : NULL;
    char *count;
    Dir d = DIR_VALUE;
    /* a node of a list or a tree, only read all the way down: emit lets the
     * task read all memory reached through pointers (analysis/deps.c) */
    CXType kt = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(f->cur, (unsigned)k)));
    int deep_read = p && p->reaches && kt.kind == CXType_Pointer &&
                    clang_isConstQualifiedType(clang_getPointeeType(kt)) && k < fx->nparam &&
                    !(fx->param[k] & (FX_WRITE | FX_KEEP)) && !(fx->mem & FX_WRITE);
    /* a struct whose pointer members say their counts (DELAYED_N): its task
     * names what they reach (emit), and it is weighed as a pointer to one
     * element — read only too: emit needs DELAYED_IN to know it is one —;
     * else the counts to say, when the body shows them */
    MemberCounts mc = {0};
    if (p && p->reaches && kt.kind == CXType_Pointer) member_counts(u, f->body, pn[k], clang_getPointeeType(kt), &mc);
    int counted = p && p->reaches && mc.record && !mc.missing;
    /* counts the file's allocations of the members show (`im->px = malloc(w * h * sizeof *im->px)`
     * after `im->w = w`): --fix says them in the struct, and the task names their regions */
    Ins *mx = NULL;
    int nmx = 0;
    char *mpath = NULL;
    /* (a struct only read all the way down: counts for a call of some size,
     * which emit's deep read may not take (bank_analyze of a channel made in
     * another file, blind 72a); small calls keep the deep read, whose loop
     * runs them in batches, which counts read at each spawn would stop) */
    if (p && p->reaches && mc.record && mc.missing && !mc.deep && (!deep_read || work >= 10 * COST_TASK_NS) &&
        member_alloc_edits(u, m, clang_getPointeeType(kt), &mx, &nmx, &mpath)) {
      if (nsx && (!mpath != !spath || (mpath && strcmp(mpath, spath)))) {   /* (two files' structs: one) */
        for (int i = 0; i < nmx; i++) free(mx[i].text);
        nmx = 0;
        free(mpath);
      } else {
        counted = 1;
        member_edits_merge(&sx, &nsx, mx, nmx);
        mx = NULL;
        if (mpath && !spath) spath = mpath;
        else free(mpath);
      }
      free(mx);
    }
    if (deep_read && !counted) {
      free(mc.record);
      free(mc.edit.s);
      free(mc.deep);
      /* one record (d->text, never d[i]): DELAYED_IN says so, and its calls
       * on the records of an array (&docs[d]) are apart (emit) */
      if (!p->annotated && kt.kind == CXType_Pointer &&
          clang_getCanonicalType(clang_getPointeeType(kt)).kind == CXType_Record &&
          suggest_reaches_below(u, f->body, clang_Cursor_getArgument(f->cur, (unsigned)k), 1))
        pa[k] = spell_annotation(DIR_IN, NULL);
      continue;
    }
    if (counted) {
    } else if (p && p->reaches && mc.record && mc.deep && !mc.edit.len) {
      why = fmt("its parameter '%s' points to a struct whose member '%s' points to more pointers, and what "
                "those reach no count covers: its calls cannot be told apart; a function that only reads them "
                "(through a pointer to const) can be a task", pn[k], mc.deep);
    } else if (p && p->reaches && mc.record && mc.edit.len) {
      why = fmt("its parameter '%s' points to a struct holding pointers whose counts delayc does not know: say "
                "them where '%s' declares its members (%s%s), and the calls' structs and what they point to are "
                "apart", pn[k], mc.record, mc.edit.s, mc.found < mc.missing ? ", and the other pointers' counts" : "");
    } else if (p && p->reaches) {
      char *edit = mc.record ? memory_count_edit(kt) : NULL;   /* its members named: (int *keys DELAYED_N(count)) */
      why = fmt("its parameter '%s' holds pointers to more data, which delayc cannot follow: pass the arrays "
                "it points to as parameters of their own%s%s", pn[k], edit ? ", or " : "", edit ? edit : "");
      free(edit);
    }
    free(mc.record);
    free(mc.edit.s);
    free(mc.deep);
    if (why || (p && p->reaches && !counted))
      ;
    else if (p && p->annotated && p->unchecked)
      /* the user's count, which the body goes where no check follows (blind 64a: "declare what it touches
       * yourself", after the user had) */
      why = fmt("the count you declared on '%s' cannot be checked against its body ('%s' hands the pointer on, or "
                "moves it): index '%s' itself (%s[i]) for each element it touches, and delayc checks them "
                "(delayc lint says which use)", pn[k], p->unchecked, pn[k], pn[k]);
    else if (p && p->annotated && !p->unchecked && !p->widened && (p->count || p->first || p->rows || p->dir != DIR_VALUE)) {
      d = p->dir;                 /* the user's own annotation, kept as written (not asked for again) */
      count = p->count ? xstrdup(p->count) : NULL;
    }
    else if (p && p->vm)
      why = fmt("its parameter '%s' has a variably modified type", pn[k]);
    else if ((d = param_dir(u, f, fx, k, pn, &count)) != DIR_VALUE) {
      /* no count proved, and more than one element reached: a bare
       * annotation would promise one element, and tasks on the others would
       * not wait.  Read only: no annotation (emit takes a pointer to const as
       * reading all it may reach); written: nothing right to write */
      CXCursor pc = clang_Cursor_getArgument(f->cur, (unsigned)k);
      int one = count || suggest_reaches_below(u, f->body, pc, 1);
      CXType pt = clang_getCanonicalType(clang_getCursorType(pc));
      int to_const = pt.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(pt));
      /* no count from 0: the elements the body touches, from its loops (effects/ranges.c) */
      char *first = NULL, *end = NULL;
      /* p[j] for j < n and p[i], i an index the callers keep below n: [0, n)
       * (first: alone, an unsigned i makes the range [0, n + i + 1), which
       * reaches into the next block, and every task would wait for the one
       * before — blind round 53a's n-body with size_t) */
      int got = 0;
      for (int ki = 0; ki < np && !one && !got && d == DIR_IN; ki++)
        for (int kn = 0; kn < np && !got; kn++)
          if (ki != kn && ki != k && kn != k && integer_param(f->cur, ki) && integer_param(f->cur, kn) &&
              callers_index(u, ix, f, ki, kn))
            got = fx_param_range_indexed(u, f->body, f->cur, k, pn[ki], pn[kn], &first, &end);
      if (!one && !got) {
        free(first);
        free(end);
        first = end = NULL;
        got = fx_param_range(u, f->body, f->cur, k, 0, &first, &end);
      }
      if (!one && !got) {         /* out[0], out[1 .. n - 2], out[n - 1]: [0, n) with n taken as a size (n >= 2
                                     here: out[n - 2] is read every run); emit checks what it cannot show */
        free(first);
        free(end);
        first = end = NULL;
        got = fx_param_range(u, f->body, f->cur, k, FX_RANGE_LIKELY, &first, &end);
      }
      /* rows of a flat array over a parameter (a plane z of IDX(x, y, z)):
       * whole rows the file's macros spell, a written range widened to them
       * read and written (its edges keep what they held) */
      if (got && suggest_whole_rows(u, &first, &end) && d == DIR_OUT) d = DIR_INOUT;
      if (got) {
        char *sf = suggest_spell(u, first, f->root->beg, f->root->end), *se = suggest_spell(u, end, f->root->beg, f->root->end);
        if (!strcmp(first, "0")) count = xstrdup(se);
        else pa[k] = fmt("DELAYED_%s_RANGE(%s, %s) ", d == DIR_IN ? "IN" : d == DIR_OUT ? "OUT" : "INOUT", sf, se);
        free(sf);
        free(se);
        one = 1;
      }
      free(first);
      free(end);
      if (one) {
        if (!pa[k]) pa[k] = spell_annotation(d, count);
      }
      else if ((d != DIR_IN || !to_const) && nrc < 2)    /* recursion: its own message below */
      {
        const char *dn = d == DIR_IN ? "IN" : d == DIR_OUT ? "OUT" : "INOUT";
        why = fmt("it %s through '%s' beyond one element, and delayc cannot prove how many: declare what it "
                  "touches yourself, in its parameters (DELAYED_%s_N(count), DELAYED_%s_RANGE(first, end), or "
                  "DELAYED_%s_2D(rows, cols, ld) for every ld-th element or a block of rows)",
                  d == DIR_IN ? "reads" : d == DIR_OUT ? "writes" : "reads and writes", pn[k], dn, dn, dn);
      }
    }
    if (nrc >= 2 && d != DIR_VALUE && !count && !pa[k] && !why) {   /* the recursion splits it: n elements */
      for (int c = 0; c < np && !count; c++)
        if (c != k && integer_param(f->cur, c) && pointer_split(u, rc, nrc, pn, np, k, c)) {
          count = xstrdup(pn[c]);
          pa[k] = spell_annotation(d, count);
        }
      int lo, hi, incl;
      if (!pa[k] && unchanged_in_calls(rc, nrc, pn, np, k) && range_split(rc, nrc, pn, np, &lo, &hi) &&
          integer_param(f->cur, lo) && integer_param(f->cur, hi) && (incl = inclusive_split(u, rc, nrc, pn, np, lo)) >= 0) {
        if (!incl && last_from_outside(u, ix, f, hi)) incl = 1;
        /* ... or the range lo..hi it is handed on with, as is: [lo, hi) (or [lo, hi]) */
        pa[k] = fmt("DELAYED_%s_RANGE(%s, %s%s) ", d == DIR_IN ? "IN" : d == DIR_OUT ? "OUT" : "INOUT", pn[lo], pn[hi],
                    incl ? " + 1" : "");
        count = xstrdup(pn[hi]);
      }
    }
    if (d == DIR_OUT || d == DIR_INOUT) {
      outputs = 1;
      /* recursion splits memory only through pointers whose counts are
       * known: one written with no count orders every call after the last */
      if (nrc >= 2 && !count && !why)
        why = fmt("it calls itself, but writes through '%s' with no count delayc can prove, so its calls would "
                  "run one after the other: pass each call its part as a pointer with a count (a + lo, and "
                  "DELAYED_INOUT_N(n) on the parameter)", pn[k]);
    }
    if (d != DIR_VALUE) free(count);
  }
  if (!why && !outputs) why = xstrdup("it returns nothing and writes through no parameter: a task of it has no result");
  if (tree) {
    char *call = fe_text(u, rc[0]->beg, rc[0]->end);
    int n = (int)(strrchr(call, ')') - call);
    char *tw = fmt("it calls itself for each child (%s), a walk of a tree whose calls cost their subtree's work: no "
                   "parameter says how big a subtree is, so delayc cannot draw a cutoff from them; add a depth "
                   "parameter (%.*s, depth + 1), and 0 where the walk starts) with DELAYED and "
                   "DELAYED_CUTOFF(depth >= 4)%s%.*s%s: the calls of the top four levels are then tasks",
                   call, n, call, f->ce->void_result ? "" : ", and keep the children's results apart until all are "
                   "called (r[i] = ", f->ce->void_result ? 0 : n, call, f->ce->void_result ? "" : ", depth + 1), "
                   "combined after that loop)");
    char *t = why ? fmt("%s; besides, %s", tw, why) : tw;
    if (why) { free(why); free(tw); }
    why = t;
    free(call);
  }
  /* recursion: two calls of itself or more, down to a cutoff */
  char *cut = NULL;
  if (!why && nrc >= 2) {
    int cp;
    long long cn = 0;
    char halves;
    int rlo, rhi;
    cut = cutoff_of(u, f->cur, rc, nrc, pn, np, work, &cp, &cn, &halves, &rlo, &rhi);
    int node = -1;                  /* eval(n->l, x) + eval(n->r, x): a walk of a tree */
    for (int i = 0; i < nrc && node < 0; i++)
      if (on_node(rc[i])) node = i;
    if (!cut && node >= 0) {
      char *call = fe_text(u, rc[node]->beg, rc[node]->end);
      int n = (int)(strrchr(call, ')') - call);
      why = fmt("it calls itself on the nodes below the one it is given (%s), a walk of a tree whose calls cost their "
                "subtree's work: no parameter says how big a subtree is, so delayc cannot draw a cutoff from them; "
                "add a depth parameter (%.*s, depth + 1), and 0 where the walk starts) with DELAYED and "
                "DELAYED_CUTOFF(depth >= 4), or make the loops calling it on whole trees tasks", call, n, call);
      free(call);
    } else if (!cut) {
      why = xstrdup("it calls itself, but no parameter shrinks in a way delayc recognises (n - 1, n / 2, "
                    "a range split in two): give it DELAYED and a DELAYED_CUTOFF(condition) yourself");
    }
    /* every call from elsewhere starts below the cutoff: no task would ever be made */
    int nc, outside = 0, below = 0, known = 0;
    Call **cs = cut && (cp >= 0 || rlo >= 0) ? calls_of(ix, f->cur, &nc) : NULL;
    long long first = 0, top = 0;
    for (int j = 0; cs && j < nc; j++) {
      if (cs[j]->caller == f) continue;
      outside++;
      /* the size it starts from: the argument, or hi - lo for a range */
      int ka = cp >= 0 ? cp : rhi, kb = cp >= 0 ? -1 : rlo, ok = 1;
      long long v = 0;
      for (int side = 0; side < 2 && ok; side++) {
        int kk = side ? kb : ka;
        if (kk < 0) continue;
        Node *a = kk + 1 < cs[j]->call->nkid ? cs[j]->call->kid[kk + 1] : NULL;
        long long x;
        ok = a && int_value(u, cs[j]->caller, a, 0, &x);
        if (ok) v += side ? -x : x;
      }
      if (ok) {
        known++;
        if (v < cn) { below++; first = v; }
        if (known == 1 || v > top) top = v;
      }
    }
    free(cs);
    /* started from known values: tasks for the first TOP_LEVELS levels at most
     * (a recursion that stops early, adaptive quadrature, has little below) */
    long long deep = halves ? top >> TOP_LEVELS : top - TOP_LEVELS;   /* n halved, or less one, 8 times */
    char *size = cp >= 0 ? xstrdup(pn[cp]) : rlo >= 0 ? fmt("%s - %s", pn[rhi], pn[rlo]) : xstrdup("");
    if (outside && known == outside && below < outside && deep > cn) {
      free(cut);
      cn = deep;
      cut = fmt("%s < %lld", size, cn);
    }
    if (outside && below == outside) {
      why = fmt("it calls itself, but every call of it starts below the cutoff a task would need (%s = %lld, and "
                "%s): the whole recursion is about one task's work, so it is better left serial", size, first, cut);
      free(cut);
      cut = NULL;
    }
    free(size);
  }
  if (why) {
    add_miss(fd, f, work, why);
  } else {
    Sugg s = {0};
    s.kind = cut ? SK_RECURSION : SK_FUNCTION;
    s.small = small;
    s.longer = longer > 0;
    s.name = xstrdup(f->name);
    s.off = f->root->beg;
    s.beg = f->root->beg;
    s.end = f->root->end;
    s.work = work;
    char *head = cut ? fmt("DELAYED DELAYED_CUTOFF(%s) ", cut) : xstrdup("DELAYED ");
    annotate(u, f, &s, head, pa, np);
    if (nsx && spath) {           /* into the header (suggest.c writes it with the file) */
      s.mpath = spath;
      s.mins = sx;
      s.nmins = nsx;
      spath = NULL;
      sx = NULL;
      nsx = 0;
    } else if (nsx) {
      s.ins = xrealloc(s.ins, (size_t)(s.nins + nsx) * sizeof *s.ins);
      memcpy(s.ins + s.nins, sx, (size_t)nsx * sizeof *sx);
      s.nins += nsx;
      nsx = 0;
    }
    free(head);
    if (cut) {
      s.width = WIDTH_CAP;
      add_call_site(&s, rc[0]->beg, fmt("calls itself: each call above the cutoff (%s is false) would be a task; "
                                   "below it, a plain serial call", cut));
    }
    for (int k = 0; k < m->nfn; k++)
      if (m->fn[k].body && &m->fn[k] != f) sites_in(u, ix, &m->fn[k], f->cur, &s);
    if (!s.nsite) sites_elsewhere(u, f, &s);
    if (gread && !s.caveat)
      s.caveat = fmt("it reads the global '%s': fine while nothing writes it during the calls (delayc orders "
                     "them after any write); a run on several machines needs it passed in", gread);
    if (longer && !s.caveat) {
      char *a = human_ns(work), *b = human_ns(longer);
      s.caveat = fmt("its loops run as long as its data (a string, a list, a search): about %s a call if they are "
                     "short, %s if they run %d times; emit sizes small calls' tasks as they run", a, b, COST_LONG_TRIP);
      free(a);
      free(b);
    }
    if (!s.nsite && s.unseen) {
      /* called in other files, through a declaration --fix does not annotate */
      add_miss(fd, f, work, s.hwhy
          ? fmt("its calls in the other files given with it would stay plain calls: they see its prototype, and "
                "%s", s.hwhy)
          : fmt("its calls in the other files given with it would stay plain calls: they see no prototype of it in "
                "a header that delayc annotates (%s); declare it in a header they include, its parameters named as "
                "in the definition", s.hpath ? "theirs is elsewhere" : "none of it in a header of the program"));
      sugg_free(&s);
    } else if (!s.nsite) {
      add_miss(fd, f, work, fmt("no call of it has company: each call is alone (not in a loop over its "
                                "arguments, not beside other calls), so a task would only wait"));
      sugg_free(&s);
    } else {
      if (s.width > s.calls) s.calls = s.width;
      s.at_once = s.width;
      if (s.width > WIDTH_CAP) s.width = WIDTH_CAP;
      if (s.width < 1) s.width = 1;
      fd->s = xrealloc(fd->s, (size_t)(fd->ns + 1) * sizeof *fd->s);
      fd->s[fd->ns++] = s;
    }
  }
  free(cut);
  free(rc);
  for (int k = 0; k < nsx; k++) free(sx[k].text);
  free(sx);
  free(spath);
  for (int k = 0; k < np; k++) { free(pn[k]); free(pa[k]); }
  free(pn);
  free(pa);
}

/* Where `#include "delayed.h"` goes: after the last #include line before the
 * first function, else at the top. */
long suggest_last_include(Unit *u, unsigned limit) {
  long at = -1;
  for (unsigned o = 0; o < limit; ) {
    unsigned e = o;
    while (e < u->len && u->src[e] != '\n') e++;
    unsigned p = o;
    while (p < e && (u->src[p] == ' ' || u->src[p] == '\t')) p++;
    if (p < e && u->src[p] == '#') {
      p++;
      while (p < e && (u->src[p] == ' ' || u->src[p] == '\t')) p++;
      if (e - p >= 7 && !memcmp(u->src + p, "include", 7) && e < u->len) at = (long)e;
    }
    o = e + 1;
  }
  return at;
}

static int include_place(Unit *u, Model *m) {
  unsigned limit = (unsigned)u->len;
  for (int i = 0; i < m->nfn; i++)
    if (m->fn[i].root->beg < limit) limit = m->fn[i].root->beg;
  long e = suggest_last_include(u, limit);
  return e >= 0 ? (int)e + 1 : 0;
}

/* ---- big loops that nothing proposed makes parallel (--explain) ---- */

#define BIG_LOOP 1000000        /* ~ns a run of a loop worth naming: a millisecond */

/* The first function defined in the file that the loop calls, and whether a
 * call of a proposed function is in it. */
static void loop_calls(Model *m, Node *n, Found *fd, LFunc **first, int *covered) {
  if (n->kind == CXCursor_CallExpr && n->nkid) {
    Node *c = callee_fn(n->kid[0]);
    char *name = c ? fe_spelling(clang_getCursorReferenced(c->cur)) : NULL;
    for (int i = 0; name && i < m->nfn; i++) {       /* a function defined here: by name, one each */
      if (!m->fn[i].body || strcmp(m->fn[i].name, name)) continue;
      for (int k = 0; k < fd->ns; k++)
        if (!fd->s[k].why && !strcmp(fd->s[k].name, name)) *covered = 1;
      if (!*first) *first = &m->fn[i];
      break;
    }
    free(name);
  }
  for (int i = 0; i < n->nkid; i++) loop_calls(m, n->kid[i], fd, first, covered);
}

static void big_loops(Unit *u, Model *m, LFunc *f, Node *n, Found *fd, int in_loop) {
  int loop = n->kind == CXCursor_ForStmt || n->kind == CXCursor_WhileStmt || n->kind == CXCursor_DoStmt;
  if (loop && !in_loop && !model_unevaluated(u, f, n) && !suggest_spawns(f, n)) {
    long long work = cost_stmt(n->cur);
    LFunc *callee = NULL;
    int covered = 0;
    loop_calls(m, n, fd, &callee, &covered);
    /* a loop proposed itself, or holding one that is, or already explained */
    for (int k = 0; k < fd->ns && !covered; k++)
      covered = (!fd->s[k].why && fd->s[k].kind == SK_LOOP && fd->s[k].beg >= n->beg && fd->s[k].end <= n->end) ||
                (fd->s[k].kind == SK_LOOP && fd->s[k].beg == n->beg) ||      /* tried, and said why not */
                (!fd->s[k].why && fd->s[k].kind != SK_LOOP && !strcmp(fd->s[k].name, f->name));   /* f's calls are the tasks */
    for (int k = 0; k < fd->nm && !covered; k++) covered = fd->m[k].line && fd->m[k].off == n->beg;
    if (work >= BIG_LOOP && !covered) {
      const char *why_callee = NULL;
      for (int k = 0; callee && k < fd->nm && !why_callee; k++)
        if (!fd->m[k].line && !strcmp(fd->m[k].name, callee->name)) why_callee = fd->m[k].why;
      for (int k = 0; callee && k < fd->ns && !why_callee; k++)
        if (fd->s[k].why && !strcmp(fd->s[k].name, callee->name)) why_callee = fd->s[k].why;
      char *why = why_callee
          ? fmt("it calls '%s', which is not proposed: %s", callee->name, why_callee)
          : fmt("its iterations are code of their own, not a call; if they are independent of each other, make "
                "one iteration a function (the data it writes as pointer parameters with their counts, what it "
                "reads as values or pointers it only reads) and suggest can propose it");
      fd->m = xrealloc(fd->m, (size_t)(fd->nm + 1) * sizeof *fd->m);
      fd->m[fd->nm++] = (Miss){xstrdup(f->name), n->beg, work, why, n->line, n->end};
    }
    in_loop = 1;
  }
  for (int i = 0; i < n->nkid; i++) big_loops(u, m, f, n->kid[i], fd, in_loop);
}

void find_candidates(Unit *u, Model *m, long long min_work, Found *out) {
  out->include_at = m->annotated ? -1 : include_place(u, m);
  Calls ix = {0};
  for (int i = 0; i < m->nfn; i++)
    if (m->fn[i].body) index_calls(&ix, &m->fn[i], m->fn[i].body);
  if (ix.n) qsort(ix.c, (size_t)ix.n, sizeof *ix.c, by_hash);
  for (int i = 0; i < m->nfn; i++) consider(u, m, &ix, &m->fn[i], min_work, out);
  free(ix.c);
}

void find_big_loops(Unit *u, Model *m, Found *out) {
  for (int i = 0; i < m->nfn; i++)
    if (m->fn[i].body) big_loops(u, m, &m->fn[i], m->fn[i].body, out, 0);
}

/* The text with the annotations of the kept suggestions inserted. */
char *annotated_text(const char *src, size_t len, Found *fd, size_t *outlen) {
  Edits ed = {0};
  if (fd->include_at >= 0) ed_insert(&ed, (unsigned)fd->include_at, DELAYED_INCLUDE);
  for (int i = 0; i < fd->ns; i++)
    if (!fd->s[i].why)
      for (int k = 0; k < fd->s[i].nins; k++) {
        Ins *x = &fd->s[i].ins[k];
        int twice = 0;          /* the same insertion by an earlier suggestion (a struct's counts) */
        for (int j = 0; j < i && !twice && !x->len; j++)
          for (int q = 0; !fd->s[j].why && q < fd->s[j].nins && !twice; q++)
            twice = !fd->s[j].ins[q].len && fd->s[j].ins[q].off == x->off && !strcmp(fd->s[j].ins[q].text, x->text);
        if (twice) continue;
        if (x->len) ed_replace(&ed, x->off, x->off + x->len, x->text);
        else ed_insert(&ed, x->off, x->text);
      }
  ed_sort(&ed);
  char *r = ed_apply(&ed, src, 0, (unsigned)len, outlen);
  for (int k = 0; k < ed.n; k++) free(ed.e[k].text);
  free(ed.e);
  return r;
}
