/* cost.c — a rough estimate of the work of one call of a function, in units of
 * about a nanosecond on a current CPU: for delayed-too-fine, `delayc suggest` and
 * the batching of fine-grained loops (cost.h).
 *
 * The model (docs/checks/delayed-too-fine.md): every expression or statement
 * node costs 1; a branch its condition and the average of its arms, a switch
 * one case; a loop costs its header plus its body times the trip count — the
 * constant bound of `for (..; i < N; ..)` (or the parameter's value at a call
 * that passes a constant, cost_call), else COST_UNKNOWN_TRIP for a for loop
 * and COST_UNKNOWN_WHILE for a while loop, halved when the body can leave
 * early; a call costs
 * 5 plus the callee's estimate when it is defined in the unit (recursion and
 * depth past 6 count as 1000), or 50 for a library function (100 for the ones
 * that go through memory or I/O: mem*, str*, printf family, malloc ...).
 * The estimate only has to tell a task of a few operations from one of
 * thousands; it is cached per function. */
#include "cost/cost.h"
#include "util/util.h"
#include "frontend/frontend.h"

#include <stdlib.h>
#include <string.h>

typedef struct CostCache { char *usr; long long cost; struct CostCache *next; } CostCache;
static CostCache *cache;

static char *usr_of(CXCursor c) {
  CXString s = clang_getCursorUSR(c);
  char *r = xstrdup(clang_getCString(s));
  clang_disposeString(s);
  return r;
}

static long long cost_of(CXCursor fn, int depth);

typedef struct { long long sum; int depth; } Walk;

static enum CXChildVisitResult kid_count(CXCursor c, CXCursor p, CXClientData d) {
  (void)c; (void)p;
  (*(int *)d)++;
  return CXChildVisit_Continue;
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor p, CXClientData d);

static long long subtree(CXCursor c, int depth) {
  Walk w = {0, depth};
  clang_visitChildren(c, visit, &w);
  return w.sum;
}

/* The constant N of `i < N` / `i <= N` in a for loop's condition, else -1. */
typedef struct { int idx, want; CXCursor hit; } Nth;
static enum CXChildVisitResult nth(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Nth *n = d;
  if (n->idx++ == n->want) { n->hit = c; return CXChildVisit_Break; }
  return CXChildVisit_Continue;
}
static CXCursor kid(CXCursor c, int i) {
  Nth n = {0, i, clang_getNullCursor()};
  clang_visitChildren(c, nth, &n);
  return n.hit;
}

/* Parameter values known at one call (cost_call): the bound of `i < n` with
 * n such a parameter is its value.  Only while that call is costed. */
static CXCursor bound_fn;
static const long long *bound_val;
static int nbound;

static long long bound_param(CXCursor e) {
  while (clang_getCursorKind(e) == CXCursor_UnexposedExpr || clang_getCursorKind(e) == CXCursor_ParenExpr)
    e = kid(e, 0);
  if (!bound_val) return -1;
  if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
    /* `n - 1`, `n + 2`, `n * 4`, `n / 2`: the parameter's value, then the operation */
    CXToken *tok;
    unsigned nt;
    CXTranslationUnit tu = clang_Cursor_getTranslationUnit(e);
    clang_tokenize(tu, clang_getCursorExtent(e), &tok, &nt);
    long long r = -1;
    if (nt == 3 && clang_getTokenKind(tok[2]) == CXToken_Literal) {
      CXString op = clang_getTokenSpelling(tu, tok[1]), lit = clang_getTokenSpelling(tu, tok[2]);
      long long v = bound_param(kid(e, 0)), c = strtoll(clang_getCString(lit), NULL, 0);
      const char *o = clang_getCString(op);
      if (v > 0)
        r = !strcmp(o, "-") ? v - c : !strcmp(o, "+") ? v + c : !strcmp(o, "*") ? v * c
          : !strcmp(o, "/") && c ? v / c : -1;
      clang_disposeString(op);
      clang_disposeString(lit);
    }
    clang_disposeTokens(tu, tok, nt);
    return r;
  }
  if (clang_getCursorKind(e) != CXCursor_DeclRefExpr) return -1;
  CXCursor d = clang_getCursorReferenced(e);
  if (clang_getCursorKind(d) != CXCursor_ParmDecl) return -1;
  for (int k = 0; k < nbound; k++)
    if (clang_equalCursors(clang_Cursor_getArgument(bound_fn, (unsigned)k), d)) return bound_val[k];
  return -1;
}

long long cost_trip(CXCursor loop) {
  if (clang_getCursorKind(loop) != CXCursor_ForStmt) return -1;
  int nk = 0;
  clang_visitChildren(loop, kid_count, &nk);
  if (nk != 4) return -1;
  CXCursor cond = kid(loop, 1);
  while (clang_getCursorKind(cond) == CXCursor_UnexposedExpr || clang_getCursorKind(cond) == CXCursor_ParenExpr)
    cond = kid(cond, 0);
  if (clang_getCursorKind(cond) != CXCursor_BinaryOperator) return -1;
  CXEvalResult r = clang_Cursor_Evaluate(kid(cond, 1));
  long long v = -1;
  if (r) {
    if (clang_EvalResult_getKind(r) == CXEval_Int) v = clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
  }
  if (v <= 0) v = bound_param(kid(cond, 1));
  return v > 0 ? v : -1;
}

static int heavy_library(const char *n) {
  static const char *const pre[] = {"mem", "str", "printf", "fprintf", "sprintf", "snprintf", "puts", "fputs",
                                    "fwrite", "fread", "malloc", "calloc", "realloc", "free", "qsort", "bsearch", NULL};
  for (int i = 0; pre[i]; i++)
    if (!strncmp(n, pre[i], strlen(pre[i]))) return 1;
  return 0;
}

/* Does the loop body leave early (a break of this loop, a return, a goto)? */
static enum CXChildVisitResult exits(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_ReturnStmt || k == CXCursor_GotoStmt || k == CXCursor_BreakStmt) { *(int *)d = 1; return CXChildVisit_Break; }
  /* a break inside an inner loop or switch is that one's */
  if (k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt || k == CXCursor_SwitchStmt) {
    clang_visitChildren(c, exits, d);   /* its returns and gotos still leave */
    return CXChildVisit_Continue;
  }
  return CXChildVisit_Recurse;
}

static int leaves_early(CXCursor loop) {
  int found = 0;
  clang_visitChildren(loop, exits, &found);
  return found;
}

/* A for loop that counts to a bound (`i < n`, `i <= n`, `i != n`), not one
 * that walks until a condition (`*p`, `p != NULL`): its trip is a size. */
static int counts_up(CXCursor loop) {
  int nk = 0;
  clang_visitChildren(loop, kid_count, &nk);
  if (nk != 4) return 0;
  CXCursor cond = kid(loop, 1);
  while (clang_getCursorKind(cond) == CXCursor_UnexposedExpr || clang_getCursorKind(cond) == CXCursor_ParenExpr)
    cond = kid(cond, 0);
  if (clang_getCursorKind(cond) != CXCursor_BinaryOperator) return 0;
  CXType t = clang_getCanonicalType(clang_getCursorType(kid(cond, 0)));
  return t.kind >= CXType_Char_U && t.kind <= CXType_Int128;   /* an integer compared: a counter */
}

static enum CXChildVisitResult count_cases(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt) (*(int *)d)++;
  if (k == CXCursor_SwitchStmt) return CXChildVisit_Continue;   /* an inner switch's cases are its own */
  return CXChildVisit_Recurse;
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Walk *w = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_UnaryExpr) { w->sum += 1; return CXChildVisit_Continue; }   /* sizeof: compile time */
  /* a branch costs its condition and the average of its arms (the expected
   * cost, not the sum: one arm runs); a switch, one of its cases */
  if (k == CXCursor_IfStmt || k == CXCursor_ConditionalOperator) {
    int nk = 0;
    clang_visitChildren(c, kid_count, &nk);
    long long cond = nk ? 1 + subtree(kid(c, 0), w->depth) : 0, arms = 0;
    for (int i = 1; i < nk; i++) arms += 1 + subtree(kid(c, i), w->depth);
    w->sum += 1 + cond + arms / 2;       /* no else: half the then (taken or not) */
    return CXChildVisit_Continue;
  }
  if (k == CXCursor_SwitchStmt) {
    int ncase = 0;
    clang_visitChildren(c, count_cases, &ncase);
    w->sum += 1 + subtree(c, w->depth) / (ncase > 0 ? ncase : 1);
    return CXChildVisit_Continue;
  }
  if (k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt) {
    int nk = 0;
    clang_visitChildren(c, kid_count, &nk);
    long long t = cost_trip(c);
    /* unknown trip counts: a for loop over a range of unknown size, or a
     * while loop (searching, probing, skipping: usually short) */
    if (t < 0) t = k == CXCursor_ForStmt && counts_up(c) ? COST_UNKNOWN_TRIP : COST_UNKNOWN_WHILE;
    if (leaves_early(c) && t > 1) t /= 2;
    long long body = 0, head = 0;
    for (int i = 0; i < nk; i++) {
      CXCursor x = kid(c, i);
      long long s = 1 + subtree(x, w->depth);
      /* the body of for/while is the last child; of do-while the first */
      int is_body = k == CXCursor_DoStmt ? i == 0 : i == nk - 1;
      if (is_body || (k == CXCursor_ForStmt && i > 0)) body += s; else head += s;
    }
    long long lim = (1LL << 50);
    w->sum += 1 + head + (body > lim / t ? lim : body * t);
    return CXChildVisit_Continue;
  }
  if (k == CXCursor_CallExpr) {
    w->sum += 5;
    CXCursor r = clang_getCursorReferenced(c);
    if (!clang_Cursor_isNull(r) && clang_getCursorKind(r) == CXCursor_FunctionDecl) {
      CXCursor def = clang_getCursorDefinition(r);
      if (!clang_Cursor_isNull(def)) {
        w->sum += w->depth >= 6 ? 1000 : cost_of(def, w->depth + 1);
      } else {
        char *n = fe_spelling(r);
        w->sum += heavy_library(n) ? 100 : 50;
        free(n);
      }
    } else {
      w->sum += 50;                                   /* through a pointer */
    }
    return CXChildVisit_Recurse;
  }
  if (clang_isExpression(k) || clang_isStatement(k) || k == CXCursor_VarDecl) w->sum += 1;
  return CXChildVisit_Recurse;
}

static long long cost_of(CXCursor fn, int depth) {
  char *u = usr_of(fn);
  for (CostCache *e = cache; e; e = e->next)
    if (!strcmp(e->usr, u)) { free(u); return e->cost; }
  CostCache *e = xcalloc(1, sizeof *e);
  e->usr = u;
  e->cost = 1000;                /* while being computed: a recursive call */
  e->next = cache;
  cache = e;
  long long s = subtree(fn, depth);
  e->cost = s < 1 ? 1 : s;
  return e->cost;
}

/* One call of fn with the values of some parameters known (val[k] < 0:
 * unknown): loops bounded by them take those trip counts.  Not cached. */
long long cost_call(CXCursor fn, const long long *val, int nval) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return -1;
  bound_fn = def;
  bound_val = val;
  nbound = nval;
  long long s = subtree(def, 0);
  bound_val = NULL;
  nbound = 0;
  return s < 1 ? 1 : s;
}

/* One statement (a loop: its whole run), as the model counts it inside a
 * function. */
long long cost_stmt(CXCursor stmt) {
  Walk w = {0, 0};
  visit(stmt, clang_getCursorSemanticParent(stmt), &w);
  return w.sum;
}

long long cost_function(CXCursor fn) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return -1;
  return cost_of(def, 0);
}

void cost_forget(void) {
  while (cache) {
    CostCache *n = cache->next;
    free(cache->usr);
    free(cache);
    cache = n;
  }
}
