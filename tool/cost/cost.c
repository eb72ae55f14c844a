/* cost.c — a rough estimate of the work of one call of a function, in
 * nanoseconds on a current CPU: for delayed-too-fine, `delayc suggest` and the
 * batching of fine-grained loops (cost.h).
 *
 * The model (docs/checks/delayed-too-fine.md has it as a table):
 *
 *   - A node of the syntax tree costs what it does at run time: a name, a
 *     literal, a cast, a block or an assignment to a local nothing; an
 *     arithmetic, comparison or logical operation W_OP; a load or a store
 *     through memory (a[i], *p, p->f, a global) W_MEM; a division or
 *     remainder W_DIV.  sizeof is computed at compile time: nothing.
 *   - A branch (if, ?:) costs W_BRANCH, its condition and the average of its
 *     arms (one runs; no else: an empty arm).  An arm that ends the program
 *     (exit, abort, a function that always does) is cold and left out; an
 *     arm that allocates (a buffer or a table growing, an arena's next
 *     chunk) runs once in GROW_ODDS.  The right operand of && and || counts
 *     half.  A switch costs W_SWITCH and one case (its body over its cases).
 *   - A loop costs its header plus (condition + step + body) times its trip
 *     count, halved when the body can leave early (break, return, goto).
 *     `for (i = A; i < B; i += S)` runs (B - A) / S times (also <=, >, >=,
 *     !=, ++, --, -=), with the values guess() finds: constants (a #define,
 *     sizeof, an enum); a parameter's value at the call costed (cost_call),
 *     else the largest the unit's calls pass (of a sum, its known part); a local's initializer; the
 *     largest value the unit assigns a struct field (in positional
 *     initializers too; of a sum with terms not known, its known part:
 *     `100000 + 3000 * i` is 100000 at least) unless it is counted up; the
 *     smaller arm of a ?: (a
 *     clamp); + - * / << >> of those.  `i = ii; i < ii + BS` runs BS times, and
 *     `i = lo; i < hi` BS times when every call passes hi as lo + BS (also
 *     through a clamp or a local: `MIN(lo + BS, N)`), and at most BS when
 *     hi is a local set to such a clamp of the start (`y1 = y0 + TILE < h ?
 *     y0 + TILE : h`); a
 *     start that moves with an outer loop (`j = i + 1`) half the bound.  A
 *     bound it cannot find is half the size of a constant-size array the
 *     loop indexes with its variable, give or take a constant (a count kept
 *     beside its array; also a pointer parameter every call of the unit
 *     gives such an array, `char a[701]` of a struct), else
 *     COST_UNKNOWN_TRIP.  `while (n--)` runs n times; `while (i < n)`
 *     COST_UNKNOWN_TRIP (its step is the data's); `for (;;)` and `while (1)`
 *     COST_UNKNOWN_TRIP, not halved; `do ... while (0)` once; any other while
 *     or do loop COST_UNKNOWN_WHILE (searching, probing, skipping).
 *   - A call costs the callee's estimate, which includes W_CALL for entering
 *     and leaving it (a recursive call, or one more than 6 levels deep, 1000
 *     + W_CALL: candidates.c takes 1005 back off per recursive call).  A
 *     library function costs W_CALL and what it is: W_FASTMATH (sqrt, fabs,
 *     floor ...: inlined), W_LIBM (sin, exp, pow ...), W_HEAVY (I/O, the
 *     printf family, malloc, free, qsort), W_LIB (others); qsort of a count
 *     guess() finds adds W_SORT_STEP per element and halving; mem* add a
 *     nanosecond per W_BYTES_NS bytes when guess() finds the size, calloc
 *     too (zeroing); an allocation past MAP_BYTES adds W_MAP (the C library
 *     maps pages).  exit and abort cost nothing.
 *
 * The estimate only has to tell a task of a few operations from one of
 * thousands, and stay explainable; it is cached per function.
 * bench/cost-model/run.py compares it with measured time (docs/performance.md). */
#include "cost/cost.h"
#include "util/util.h"
#include "frontend/frontend.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* weights, ns (docs/checks/delayed-too-fine.md, "The cost model") */
#define W_OP 0.3           /* + - * < == && << ... */
#define W_MEM 0.5          /* a load or a store: a[i], *p, p->f, a global */
#define W_DIV 3.0          /* / and % */
#define W_BRANCH 0.5       /* if, ?: (a mispredicted one now and then) */
#define W_SWITCH 2.0       /* a switch's jump */
#define W_CALL 5.0         /* entering and leaving a function (5: candidates.c's 1005) */
#define W_INLINE 8.0       /* ... but a static or inline one of no more work: inlined, no call */
#define W_FASTMATH 2.0     /* sqrt, fabs, floor ...: a few instructions */
#define W_LIBM 20.0        /* sin, exp, pow, atan2 ... */
#define W_LIB 20.0         /* another library function */
#define W_HEAVY 100.0      /* I/O, the printf family, allocation, qsort */
#define W_BYTES_NS 16      /* mem*, calloc: bytes per ns past their W_LIB */
#define W_MAP 2000.0       /* an allocation past MAP_BYTES: the C library maps pages */
#define W_SLEEP 1e6        /* a sleep of a length not known: a millisecond */
#define W_SORT_STEP 6.0    /* qsort, per element and halving: a comparator call and a move */
#define MAP_BYTES (128 << 10)
#define GROW_ODDS 1000     /* an if's arm that allocates runs once in this many */
#define GUESS_DEPTH 8      /* how far guess() follows values */
#define RECURSIVE 1000.0   /* a recursive call's body */

#define UNKNOWN LLONG_MIN  /* guess(): no value found */

typedef struct CostCache {
  char *usr;
  double cost;       /* the body's estimate, without W_CALL */
  int alloc;         /* it allocates memory on its common path (not only in a rare arm) */
  int busy;          /* being computed: a call of it is a recursive one */
  struct CostCache *next;
} CostCache;
static CostCache *cache, *cache_long, **active = &cache;   /* cache_long: cost_function_long's */
static long long unknown_trip = COST_UNKNOWN_TRIP, unknown_while = COST_UNKNOWN_WHILE;

/* The values of some parameters of one function, known at one call (cost_call). */
typedef struct { CXCursor fn; const long long *val; int n; } Bind;

typedef struct {
  double sum;
  int depth;          /* of calls, from the function costed */
  const Bind *bind;
  int alloc;          /* it allocated (malloc, calloc, realloc, or a function that does) */
  int self;           /* recursive calls met */
  int loops;          /* loops around the node being walked */
  int self_loop;      /* recursive calls met inside a loop (a search: backtracking, a tree's children) */
  int self_node;      /* recursive calls given a pointer loaded from memory (eval(n->l), score(n->kids[i])) */
} Walk;

static CostCache *cost_of(CXCursor fn, int depth);
static double node(CXCursor c, Walk *w);
static enum CXChildVisitResult visit(CXCursor c, CXCursor p, CXClientData d);

static char *usr_of(CXCursor c) {
  CXString s = clang_getCursorUSR(c);
  char *r = xstrdup(clang_getCString(s));
  clang_disposeString(s);
  return r;
}

/* ---- small helpers over cursors ---- */

static enum CXChildVisitResult kid_count(CXCursor c, CXCursor p, CXClientData d) {
  (void)c; (void)p;
  (*(int *)d)++;
  return CXChildVisit_Continue;
}
static int nkids(CXCursor c) {
  int n = 0;
  clang_visitChildren(c, kid_count, &n);
  return n;
}

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

/* Through implicit conversions, parentheses and casts. */
static CXCursor strip(CXCursor e) {
  for (;;) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if ((k == CXCursor_UnexposedExpr || k == CXCursor_ParenExpr) && nkids(e) == 1) e = kid(e, 0);
    else if (k == CXCursor_CStyleCastExpr && nkids(e) >= 1) e = kid(e, nkids(e) - 1);
    else return e;
  }
}

static int is_integer(CXType t) {
  t = clang_getCanonicalType(t);
  return (t.kind >= CXType_Char_U && t.kind <= CXType_Int128) || t.kind == CXType_Enum;
}

/* The unit being costed: its files' text (src_at) and tokens (text_of). */
static CXTranslationUnit cur_tu;

/* The source text at a location (its spelling), and how much of it follows. */
static const char *src_at(CXSourceLocation loc, size_t *left) {
  CXFile f;
  unsigned off;
  clang_getSpellingLocation(loc, &f, NULL, NULL, &off);
  if (!f || !cur_tu) return NULL;
  size_t len;
  const char *s = clang_getFileContents(cur_tu, f, &len);
  if (!s || off > len) return NULL;
  *left = len - off;
  return s + off;
}

/* The operator of a binary node: the first punctuation after its left operand
 * ("" when it cannot be read, as inside some macros). */
static const char *binop(CXCursor b, char out[4]) {
  out[0] = out[1] = out[2] = out[3] = 0;
  if (nkids(b) != 2) return out;
  size_t left;
  const char *p = src_at(clang_getRangeEnd(clang_getCursorExtent(kid(b, 0))), &left);
  if (!p) return out;
  size_t i = 0;
  for (;;) {     /* blanks and comments */
    while (i < left && p[i] && strchr(" \t\r\n\\", p[i])) i++;
    if (i + 1 < left && p[i] == '/' && p[i + 1] == '*') {
      const char *e = strstr(p + i + 2, "*/");
      if (!e) return out;
      i = (size_t)(e - p) + 2;
    } else if (i + 1 < left && p[i] == '/' && p[i + 1] == '/') {
      while (i < left && p[i] != '\n') i++;
    } else break;
  }
  if (i < left && p[i] == ',') { out[0] = ','; out[1] = 0; return out; }
  return fe_binop_token(p + i, i < left ? left - i : 0, out);
}

/* The operator of a unary node: "++", "--", "*", "&", "-", "!", "~" or "". */
static const char *unop(CXCursor u, char out[3]) {
  out[0] = out[1] = out[2] = 0;
  CXCursor x = kid(u, 0);
  if (clang_Cursor_isNull(x)) return out;
  CXSourceRange ru = clang_getCursorExtent(u), rx = clang_getCursorExtent(x);
  unsigned bu, bx;
  clang_getSpellingLocation(clang_getRangeStart(ru), NULL, NULL, NULL, &bu);
  clang_getSpellingLocation(clang_getRangeStart(rx), NULL, NULL, NULL, &bx);
  size_t left;
  const char *p = src_at(bu < bx ? clang_getRangeStart(ru) : clang_getRangeEnd(rx), &left);
  if (!p) return out;
  size_t i = 0;
  while (i < left && (p[i] == ' ' || p[i] == '\t')) i++;
  if (i >= left || !p[i] || !strchr("+-*&!~", p[i])) return out;
  out[0] = p[i];
  out[1] = i + 1 < left && (p[i] == '+' || p[i] == '-') && p[i + 1] == p[i] ? p[i] : 0;
  out[2] = 0;
  return out;
}

static int same_decl(CXCursor a, CXCursor b) {
  return clang_equalCursors(clang_getCanonicalCursor(a), clang_getCanonicalCursor(b));
}

/* The variable or field an expression names (`x`, `p->f`, `s.f`), or null. */
static CXCursor named(CXCursor e) {
  e = strip(e);
  enum CXCursorKind k = clang_getCursorKind(e);
  if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr) return clang_getNullCursor();
  CXCursor d = clang_getCursorReferenced(e);
  enum CXCursorKind dk = clang_getCursorKind(d);
  if (dk != CXCursor_VarDecl && dk != CXCursor_ParmDecl && dk != CXCursor_FieldDecl) return clang_getNullCursor();
  return d;
}

/* ---- what the unit says about values: assignments and calls ---- */

typedef struct { CXCursor decl; CXCursor val; } Assign;   /* decl = val, somewhere */
typedef struct { CXCursor callee; CXCursor call; } CallAt;
typedef struct {
  CXTranslationUnit tu;
  unsigned gen;                        /* fe_generation when indexed: a unit disposed since may
                                          have been the one at tu's address (a verification's parse) */
  Assign *as; int nas;
  CXCursor *counted; int ncounted;     /* fields and variables changed by ++, --, op= */
  CallAt *calls; int ncalls;           /* direct calls; through a pointer, a null callee */
  CXCursor *defs; int ndefs;           /* the unit's function definitions (what a pointer may call) */
} Index;
static Index ix;

static void add_assign(CXCursor decl, CXCursor val) {
  ix.as = xrealloc(ix.as, (size_t)(ix.nas + 1) * sizeof *ix.as);
  ix.as[ix.nas].decl = clang_getCanonicalCursor(decl);
  ix.as[ix.nas++].val = val;
}

static void add_counted(CXCursor decl) {
  ix.counted = xrealloc(ix.counted, (size_t)(ix.ncounted + 1) * sizeof *ix.counted);
  ix.counted[ix.ncounted++] = clang_getCanonicalCursor(decl);
}

/* A record's initializer in order (`{ w, h, NULL }`): field k = element k. */
typedef struct { CXCursor *f; int n; } Fields;
static enum CXVisitorResult field_of(CXCursor c, CXClientData d) {
  Fields *fs = d;
  fs->f = xrealloc(fs->f, (size_t)(fs->n + 1) * sizeof *fs->f);
  fs->f[fs->n++] = c;
  return CXVisit_Continue;
}
static void index_init_list(CXCursor list) {
  CXType t = clang_getCanonicalType(clang_getCursorType(list));
  if (t.kind != CXType_Record) return;
  Fields fs = {NULL, 0};
  clang_Type_visitFields(t, field_of, &fs);
  int n = nkids(list);
  for (int k = 0; k < n && k < fs.n; k++) {
    CXCursor e = kid(list, k);
    size_t left;
    const char *p = src_at(clang_getRangeStart(clang_getCursorExtent(e)), &left);
    if (!p || *p == '.' || *p == '[') break;      /* designated: not in order */
    add_assign(fs.f[k], e);
  }
  free(fs.f);
}

static enum CXChildVisitResult index_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p; (void)d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (clang_Location_isInSystemHeader(clang_getCursorLocation(c))) return CXChildVisit_Continue;
  if (k == CXCursor_BinaryOperator) {
    char o[4];
    if (!strcmp(binop(c, o), "=")) {
      CXCursor t = named(kid(c, 0));
      if (!clang_Cursor_isNull(t)) add_assign(t, kid(c, 1));
    }
  } else if (k == CXCursor_CompoundAssignOperator) {
    CXCursor t = named(kid(c, 0));
    if (!clang_Cursor_isNull(t)) add_counted(t);
  } else if (k == CXCursor_UnaryOperator) {
    char o[3];
    unop(c, o);
    if (o[1]) {
      CXCursor t = named(kid(c, 0));
      if (!clang_Cursor_isNull(t)) add_counted(t);
    }
  } else if (k == CXCursor_InitListExpr) {
    index_init_list(c);
  } else if (k == CXCursor_CallExpr) {
    CXCursor r = clang_getCursorReferenced(c);
    ix.calls = xrealloc(ix.calls, (size_t)(ix.ncalls + 1) * sizeof *ix.calls);
    ix.calls[ix.ncalls].callee = clang_getCursorKind(r) == CXCursor_FunctionDecl ? clang_getCanonicalCursor(r)
                                                                                  : clang_getNullCursor();
    ix.calls[ix.ncalls++].call = c;
  } else if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
    ix.defs = xrealloc(ix.defs, (size_t)(ix.ndefs + 1) * sizeof *ix.defs);
    ix.defs[ix.ndefs++] = c;
  }
  return CXChildVisit_Recurse;
}

/* The function type a call through a pointer calls (canonical), or an invalid type. */
static CXType pointee_fn(CXCursor call) {
  CXType t = nkids(call) ? clang_getCanonicalType(clang_getCursorType(kid(call, 0))) : (CXType){0};
  if (t.kind == CXType_Pointer) t = clang_getCanonicalType(clang_getPointeeType(t));
  return t.kind == CXType_FunctionProto || t.kind == CXType_FunctionNoProto ? t : (CXType){0};
}

static void index_forget(void) {
  free(ix.as);
  free(ix.counted);
  free(ix.calls);
  free(ix.defs);
  memset(&ix, 0, sizeof ix);
}

static void index_unit(CXCursor any) {
  CXTranslationUnit tu = clang_Cursor_getTranslationUnit(any);
  cur_tu = tu;
  if (ix.tu == tu && ix.gen == fe_generation) return;
  index_forget();
  ix.tu = tu;
  ix.gen = fe_generation;
  clang_visitChildren(clang_getTranslationUnitCursor(tu), index_visit, NULL);
}

static int counted(CXCursor decl) {
  decl = clang_getCanonicalCursor(decl);
  for (int i = 0; i < ix.ncounted; i++)
    if (clang_equalCursors(ix.counted[i], decl)) return 1;
  return 0;
}

/* ---- guess: the value an integer expression likely has ---- */

static long long guess(CXCursor e, const Bind *b, int depth);

static long long larger(long long a, long long b) { return a == UNKNOWN ? b : b == UNKNOWN ? a : a > b ? a : b; }

/* A value of e at least: a constant term of a sum whose other terms are
 * not known (`100000 + 3000 * i`: 100000, the counter taken from 0), else
 * what guess() finds, else 0. */
static long long at_least(CXCursor e, int depth) {
  long long v = guess(e, NULL, depth + 1);
  if (v != UNKNOWN || depth > GUESS_DEPTH) return v == UNKNOWN ? 0 : v;
  e = strip(e);
  char o[4];
  if (clang_getCursorKind(e) == CXCursor_BinaryOperator && !strcmp(binop(e, o), "=")) return at_least(kid(e, 1), depth + 1);
  if (clang_getCursorKind(e) == CXCursor_BinaryOperator && !strcmp(binop(e, o), "+")) {
    long long x = at_least(kid(e, 0), depth + 1), y = at_least(kid(e, 1), depth + 1), z;
    return x >= 0 && y >= 0 && !__builtin_add_overflow(x, y, &z) ? z : 0;
  }
  return 0;
}

/* Values the other files of the program assign a field (cost_learn_fields):
 * `streams[i].paths = 80000` in main.c bounds price_stream's loop in
 * option.c (blind 73a: 73 us estimated, 65 ms run). */
typedef struct FieldValue { char *usr; long long value; struct FieldValue *next; } FieldValue;
static FieldValue *field_values;

static long long learned_field(CXCursor decl) {
  if (!field_values || clang_getCursorKind(decl) != CXCursor_FieldDecl) return UNKNOWN;
  char *u = usr_of(decl);
  long long v = UNKNOWN;
  for (FieldValue *f = field_values; f; f = f->next)
    if (!strcmp(f->usr, u)) v = f->value;
  free(u);
  return v;
}

/* The largest positive value the unit assigns the field or variable (of a
 * sum with terms not known, its known part: a record's length `100000 + 3000
 * * i` is 100000 at least), or another file of the program a field. */
static long long assigned(CXCursor decl, int depth) {
  long long best = learned_field(decl);
  decl = clang_getCanonicalCursor(decl);
  for (int i = 0; i < ix.nas; i++)
    if (clang_equalCursors(ix.as[i].decl, decl)) {
      long long v = guess(ix.as[i].val, NULL, depth + 1);
      if (v == UNKNOWN) v = at_least(ix.as[i].val, depth + 1);
      if (v > 0) best = larger(best, v);
    }
  return best;
}

/* A parameter: its value at the call being costed, else the largest the unit's calls pass. */
static long long param_value(CXCursor parm, const Bind *b, int depth) {
  CXCursor fn = clang_getCursorSemanticParent(parm);
  int np = clang_Cursor_getNumArguments(fn), k = -1;
  for (int i = 0; i < np; i++)
    if (same_decl(clang_Cursor_getArgument(fn, (unsigned)i), parm)) k = i;
  if (k < 0) return UNKNOWN;
  if (b && same_decl(b->fn, fn) && k < b->n && b->val[k] >= 0) return b->val[k];
  CXCursor cfn = clang_getCanonicalCursor(fn);
  long long best = UNKNOWN;
  for (int i = 0; i < ix.ncalls; i++)
    if (clang_equalCursors(ix.calls[i].callee, cfn) && k < clang_Cursor_getNumArguments(ix.calls[i].call)) {
      CXCursor a = clang_Cursor_getArgument(ix.calls[i].call, (unsigned)k);
      long long v = guess(a, NULL, depth + 1);
      if (v == UNKNOWN) v = at_least(a, depth + 1);    /* image_new(160 + 8 * i, 120): 160 at least */
      if (v > 0) best = larger(best, v);
    }
  /* called through pointers of its type only (a table of kernels): what those calls pass */
  CXType ft = clang_getCanonicalType(clang_getCursorType(fn));
  for (int i = 0; best == UNKNOWN && i < ix.ncalls; i++)
    if (clang_Cursor_isNull(ix.calls[i].callee) && clang_equalTypes(pointee_fn(ix.calls[i].call), ft) &&
        k < clang_Cursor_getNumArguments(ix.calls[i].call)) {
      long long v = guess(clang_Cursor_getArgument(ix.calls[i].call, (unsigned)k), NULL, depth + 1);
      if (v > 0) best = larger(best, v);
    }
  return best;
}

static long long guess(CXCursor e, const Bind *b, int depth) {
  if (depth > GUESS_DEPTH || clang_Cursor_isNull(e)) return UNKNOWN;
  CXEvalResult r = clang_Cursor_Evaluate(e);
  if (r) {
    long long v = UNKNOWN;
    if (clang_EvalResult_getKind(r) == CXEval_Int) v = clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
    if (v != UNKNOWN) return v;
  }
  e = strip(e);
  enum CXCursorKind k = clang_getCursorKind(e);
  if (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr) {
    CXCursor d = named(e);
    if (clang_Cursor_isNull(d)) return UNKNOWN;
    enum CXCursorKind dk = clang_getCursorKind(d);
    if (dk == CXCursor_ParmDecl) return param_value(d, b, depth);
    /* a variable or a field: what it is set to, unless it is counted (then its
     * start is not its value) */
    if (counted(d)) return UNKNOWN;
    long long v = assigned(d, depth);
    if (dk == CXCursor_VarDecl) {
      long long x = guess(clang_Cursor_getVarDeclInitializer(d), b, depth + 1);
      if (x > 0) v = larger(v, x);
    }
    return v;
  }
  if (k == CXCursor_BinaryOperator) {
    char o[4];
    binop(e, o);
    if (!strcmp(o, "=")) return guess(kid(e, 1), b, depth + 1);   /* a[i].len = b[i].len = LEN: LEN */
    long long x = guess(kid(e, 0), b, depth + 1), y = guess(kid(e, 1), b, depth + 1);
    if (x == UNKNOWN || y == UNKNOWN) return UNKNOWN;
    long long z;
    if (!strcmp(o, "+")) return __builtin_add_overflow(x, y, &z) ? UNKNOWN : z;
    if (!strcmp(o, "-")) return __builtin_sub_overflow(x, y, &z) ? UNKNOWN : z;
    if (!strcmp(o, "*")) return __builtin_mul_overflow(x, y, &z) ? UNKNOWN : z;
    if (!strcmp(o, "/")) return y > 0 ? x / y : UNKNOWN;
    if (!strcmp(o, "<<")) return x >= 0 && y >= 0 && y < 40 && x < (1LL << 22) ? x << y : UNKNOWN;
    if (!strcmp(o, ">>")) return x >= 0 && y >= 0 && y < 64 ? x >> y : UNKNOWN;
    return UNKNOWN;
  }
  if (k == CXCursor_ConditionalOperator) {   /* `n > MAX ? MAX : n`, a clamp: the smaller arm */
    long long x = guess(kid(e, 1), b, depth + 1), y = guess(kid(e, 2), b, depth + 1);
    return x == UNKNOWN ? y : y == UNKNOWN ? x : x < y ? x : y;
  }
  return UNKNOWN;
}

/* ---- trip counts ---- */

/* The cursor is (through casts) a reference to the variable v. */
static int refers(CXCursor e, CXCursor v) {
  CXCursor d = named(e);
  return !clang_Cursor_isNull(d) && same_decl(d, v);
}

/* Does index e name v, alone or give or take a constant (`a[v - 1]`)? */
static int index_of(CXCursor e, CXCursor v) {
  if (refers(e, v)) return 1;
  e = strip(e);
  char o[4];
  if (clang_getCursorKind(e) != CXCursor_BinaryOperator || (strcmp(binop(e, o), "+") && strcmp(o, "-"))) return 0;
  CXEvalResult r = clang_Cursor_Evaluate(kid(e, 1));
  int constant = r && clang_EvalResult_getKind(r) == CXEval_Int;
  if (r) clang_EvalResult_dispose(r);
  return constant && refers(kid(e, 0), v);
}

/* The size of the constant-size arrays the unit's calls of fn pass as its
 * parameter parm (smith_waterman(pairs[p].a, ...), a `char a[701]` member):
 * the smallest, or -1. */
static long long passed_array(CXCursor parm) {
  CXCursor fn = clang_getCanonicalCursor(clang_getCursorSemanticParent(parm));
  int np = clang_Cursor_getNumArguments(fn), k = -1;
  for (int i = 0; i < np; i++)
    if (same_decl(clang_Cursor_getArgument(fn, (unsigned)i), parm)) k = i;
  long long size = -1;
  for (int i = 0; k >= 0 && i < ix.ncalls; i++) {
    if (!clang_equalCursors(ix.calls[i].callee, fn) || k >= clang_Cursor_getNumArguments(ix.calls[i].call)) continue;
    CXType t = clang_getCanonicalType(clang_getCursorType(strip(clang_Cursor_getArgument(ix.calls[i].call, (unsigned)k))));
    if (t.kind != CXType_ConstantArray) return -1;     /* a call passing something else: not known */
    long long n = clang_getArraySize(t);
    if (n > 0 && (size < 0 || n < size)) size = n;
  }
  return size;
}

/* The smallest constant size of an array the body indexes with v: `a[v]`,
 * `a[v - 1]`, also a pointer parameter every call of the unit gives such an
 * array. */
typedef struct { CXCursor v; long long size; } Indexed;
static enum CXChildVisitResult indexed(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Indexed *x = d;
  if (clang_getCursorKind(c) == CXCursor_ArraySubscriptExpr && index_of(kid(c, 1), x->v)) {
    CXCursor base = kid(c, 0);
    while (clang_getCursorKind(base) == CXCursor_UnexposedExpr && nkids(base) == 1) base = kid(base, 0);
    CXType t = clang_getCanonicalType(clang_getCursorType(base));
    long long n = -1;
    if (t.kind == CXType_ConstantArray) n = clang_getArraySize(t);
    else if (t.kind == CXType_Pointer && clang_getCursorKind(base) == CXCursor_DeclRefExpr &&
             clang_getCursorKind(clang_getCursorReferenced(base)) == CXCursor_ParmDecl)
      n = passed_array(clang_getCursorReferenced(base));
    if (n > 0 && (x->size < 0 || n < x->size)) x->size = n;
  }
  return CXChildVisit_Recurse;
}

/* Tokens of a cursor, as one string ("ii+BS"): to compare two expressions' text. */
static char *text_of(CXCursor c) {
  CXToken *tok;
  unsigned nt;
  clang_tokenize(cur_tu, clang_getCursorExtent(c), &tok, &nt);
  Buf s = {0};
  for (unsigned i = 0; i < nt; i++) {
    CXString t = clang_getTokenSpelling(cur_tu, tok[i]);
    buf_puts(&s, clang_getCString(t));
    clang_disposeString(t);
  }
  clang_disposeTokens(cur_tu, tok, nt);
  if (!s.s) buf_puts(&s, "");
  return s.s;
}

/* How far apart two values are when the second is the first plus K (`lo + 128`,
 * also as the smaller arm of a clamp `MIN(lo + 128, N)`, or a local set so),
 * or -1. */
static long long span_between(CXCursor lo, CXCursor hi, int depth) {
  hi = strip(hi);
  if (depth > GUESS_DEPTH) return -1;
  enum CXCursorKind k = clang_getCursorKind(hi);
  if (k == CXCursor_DeclRefExpr) {
    CXCursor d = named(hi);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || counted(d)) return -1;
    return span_between(lo, clang_Cursor_getVarDeclInitializer(d), depth + 1);
  }
  if (k == CXCursor_ConditionalOperator) {
    long long x = span_between(lo, kid(hi, 1), depth + 1), y = span_between(lo, kid(hi, 2), depth + 1);
    return x < 0 ? y : y < 0 ? x : x < y ? x : y;
  }
  if (k != CXCursor_BinaryOperator) return -1;
  char o[4];
  if (strcmp(binop(hi, o), "+")) return -1;
  char *tl = text_of(strip(lo)), *ta = text_of(strip(kid(hi, 0)));
  int same = !strcmp(tl, ta);
  free(tl);
  free(ta);
  long long v = same ? guess(kid(hi, 1), NULL, depth + 1) : UNKNOWN;
  return v == UNKNOWN || v < 0 ? -1 : v;
}

/* Start and bound both parameters of the loop's function: the largest span
 * its calls pass between them (`block(a, lo, lo + 128)`), or -1. */
static long long param_span(CXCursor start, CXCursor bound) {
  CXCursor ps = named(start), pb = named(bound);
  if (clang_getCursorKind(ps) != CXCursor_ParmDecl || clang_getCursorKind(pb) != CXCursor_ParmDecl) return -1;
  CXCursor fn = clang_getCursorSemanticParent(ps);
  int np = clang_Cursor_getNumArguments(fn), ks = -1, kb = -1;
  for (int i = 0; i < np; i++) {
    if (same_decl(clang_Cursor_getArgument(fn, (unsigned)i), ps)) ks = i;
    if (same_decl(clang_Cursor_getArgument(fn, (unsigned)i), pb)) kb = i;
  }
  if (ks < 0 || kb < 0) return -1;
  CXCursor cfn = clang_getCanonicalCursor(fn);
  long long best = -1;
  for (int i = 0; i < ix.ncalls; i++) {
    CXCursor c = ix.calls[i].call;
    if (!clang_equalCursors(ix.calls[i].callee, cfn) || clang_Cursor_getNumArguments(c) <= (ks > kb ? ks : kb)) continue;
    long long v = span_between(clang_Cursor_getArgument(c, (unsigned)ks), clang_Cursor_getArgument(c, (unsigned)kb), 0);
    if (v < 0) return -1;             /* a call that does not say: no span */
    if (v > best) best = v;
  }
  return best;
}


/* `i = y0; i < y1` where y1 is a local set to a clamp with an arm of the
 * start plus a constant (`int y1 = y0 + TILE < h ? y0 + TILE : h;`, a tile's
 * last row): at most that constant; else -1. */
static long long clamp_span(CXCursor start, CXCursor bound, const Bind *b) {
  CXCursor d = named(strip(bound));
  if (clang_Cursor_isNull(d) || clang_getCursorKind(d) != CXCursor_VarDecl) return -1;
  CXCursor init = clang_Cursor_getVarDeclInitializer(d);
  if (clang_Cursor_isNull(init)) return -1;
  init = strip(init);
  if (clang_getCursorKind(init) != CXCursor_ConditionalOperator || nkids(init) != 3) return -1;
  char *ts = text_of(strip(start));
  long long k = -1;
  for (int arm = 1; arm <= 2 && k < 0; arm++) {
    CXCursor x = strip(kid(init, arm));
    char o[4];
    if (clang_getCursorKind(x) != CXCursor_BinaryOperator || strcmp(binop(x, o), "+")) continue;
    char *tl = text_of(strip(kid(x, 0)));
    if (ts && tl && !strcmp(ts, tl)) k = guess(kid(x, 1), b, 0);
    free(tl);
  }
  free(ts);
  return k > 0 ? k : -1;
}

/* e is `v + K` or `v - K` with K known: K (negative for a difference), else UNKNOWN. */
static long long offset_of(CXCursor e, CXCursor v, const Bind *b) {
  e = strip(e);
  char o[4];
  if (clang_getCursorKind(e) != CXCursor_BinaryOperator || !refers(kid(e, 0), v)) return UNKNOWN;
  binop(e, o);
  long long k = guess(kid(e, 1), b, 0);
  if (k == UNKNOWN || k < 0) return UNKNOWN;
  return !strcmp(o, "+") ? k : !strcmp(o, "-") ? -k : UNKNOWN;
}

/* The trip count of a `for (i = A; i OP B; i STEP)`, or -1. */
static long long for_trips(CXCursor loop, const Bind *b) {
  if (nkids(loop) != 4) return -1;
  CXCursor init = kid(loop, 0), cond = strip(kid(loop, 1)), inc = strip(kid(loop, 2));
  /* the variable and its start */
  CXCursor v = clang_getNullCursor(), start = clang_getNullCursor();
  if (clang_getCursorKind(init) == CXCursor_DeclStmt && nkids(init) == 1) {
    v = kid(init, 0);
    start = clang_Cursor_getVarDeclInitializer(v);
  } else if (clang_getCursorKind(strip(init)) == CXCursor_BinaryOperator) {
    char o[4];
    CXCursor a = strip(init);
    if (!strcmp(binop(a, o), "=")) { v = named(kid(a, 0)); start = kid(a, 1); }
  }
  if (clang_Cursor_isNull(v) || clang_Cursor_isNull(start) || !is_integer(clang_getCursorType(v))) return -1;
  /* its step */
  long long step = 0;
  char o[4];
  if (clang_getCursorKind(inc) == CXCursor_UnaryOperator && refers(kid(inc, 0), v)) {
    char u[3];
    unop(inc, u);
    step = !strcmp(u, "++") ? 1 : !strcmp(u, "--") ? -1 : 0;
  } else if (clang_getCursorKind(inc) == CXCursor_CompoundAssignOperator && refers(kid(inc, 0), v)) {
    long long s = guess(kid(inc, 1), b, 0);
    binop(inc, o);
    if (s > 0) step = !strcmp(o, "+=") ? s : !strcmp(o, "-=") ? -s : 0;
  }
  if (!step) return -1;
  /* its bound */
  if (clang_getCursorKind(cond) != CXCursor_BinaryOperator) return -1;
  binop(cond, o);
  CXCursor bound;
  int flip = 0;
  long long shift = 0;                /* `off + 16 <= n`: off runs to n - 16 */
  if (refers(kid(cond, 0), v)) bound = kid(cond, 1);
  else if (refers(kid(cond, 1), v)) { bound = kid(cond, 0); flip = 1; }
  else if ((shift = offset_of(kid(cond, 0), v, b)) != UNKNOWN) bound = kid(cond, 1);
  else return -1;
  if (shift == UNKNOWN) shift = 0;
  if (flip) {                         /* `B > i` is `i < B` */
    if (!strcmp(o, "<")) strcpy(o, ">"); else if (!strcmp(o, ">")) strcpy(o, "<");
    else if (!strcmp(o, "<=")) strcpy(o, ">="); else if (!strcmp(o, ">=")) strcpy(o, "<=");
  }
  int up = !strcmp(o, "<") || !strcmp(o, "<=") || (!strcmp(o, "!=") && step > 0);
  int down = !strcmp(o, ">") || !strcmp(o, ">=") || (!strcmp(o, "!=") && step < 0);
  if (up == down || (up && step < 0) || (down && step > 0)) return -1;
  int incl = !strcmp(o, "<=") || !strcmp(o, ">=");
  long long a = guess(start, b, 0), z = guess(bound, b, 0), span = -1;
  if (z != UNKNOWN) z -= shift;
  if (a != UNKNOWN && z != UNKNOWN) {
    span = up ? z - a : a - z;
  } else if (up && clang_getCursorKind(strip(bound)) == CXCursor_BinaryOperator) {
    /* `i = ii; i < ii + BS`: BS */
    CXCursor bb = strip(bound);
    char bo[4];
    binop(bb, bo);
    char *ts = text_of(start), *tl = text_of(kid(bb, 0));
    if (!strcmp(bo, "+") && !strcmp(ts, tl)) span = guess(kid(bb, 1), b, 0);
    free(ts);
    free(tl);
  }
  if (up && span < 0) span = clamp_span(start, bound, b);   /* `int y1 = y0 + K < h ? y0 + K : h;` */
  if (up && (span < 0 || a == UNKNOWN)) {   /* `i = ii; i < MIN(ii + BS, n)`: at most BS */
    long long k = span_between(start, bound, 0);
    if (k >= 0 && (span < 0 || k < span)) span = k;
  }
  if (up && (span < 0 || a == UNKNOWN)) {   /* `i = lo; i < hi`, hi passed as lo + K: K */
    long long k = param_span(strip(start), strip(bound));
    if (k >= 0) span = k;
  }
  if (span < 0 && z != UNKNOWN && a == UNKNOWN)
    span = up ? z / 2 : -1;           /* a start that moves with an outer loop: half on average */
  if (span < 0 && z == UNKNOWN && up) {   /* the size of an array it indexes */
    Indexed x = {v, -1};
    clang_visitChildren(kid(loop, 3), indexed, &x);
    if (x.size > 0) span = (a != UNKNOWN && a >= 0 && a < x.size ? x.size - a : x.size) / 2;   /* half full */
  }
  if (span < 0) return -1;
  if (incl) span++;
  long long t = span / (step < 0 ? -step : step);
  return t > 0 ? t : 1;
}

/* The trip count of `while (n--)` (`n-- > 0`, `--n`, `n-- != 0`): n, or -1. */
static long long countdown_trips(CXCursor cond, const Bind *b) {
  cond = strip(cond);
  if (clang_getCursorKind(cond) == CXCursor_BinaryOperator) {
    char o[4];
    binop(cond, o);
    long long z = guess(kid(cond, 1), b, 0);
    if (z != 0 || (strcmp(o, ">") && strcmp(o, "!="))) return -1;
    cond = strip(kid(cond, 0));
  }
  char u[3];
  if (clang_getCursorKind(cond) != CXCursor_UnaryOperator || strcmp(unop(cond, u), "--")) return -1;
  /* n's start: a parameter's value, a local's initializer */
  CXCursor d = named(kid(cond, 0));
  long long n = clang_Cursor_isNull(d) ? UNKNOWN
              : clang_getCursorKind(d) == CXCursor_ParmDecl ? param_value(d, b, 0)
              : clang_getCursorKind(d) == CXCursor_VarDecl ? guess(clang_Cursor_getVarDeclInitializer(d), b, 0)
              : UNKNOWN;
  return n > 0 ? n : -1;
}

/* A loop that counts to a bound (`i < n`, `i <= n`, `i != n`), not one that
 * walks until a condition (`*p`, `p != NULL`, `x < eps`): its trip is a size. */
static int counts_up(CXCursor cond, int is_for) {
  cond = strip(cond);
  if (clang_getCursorKind(cond) != CXCursor_BinaryOperator) return 0;
  char o[4];
  binop(cond, o);
  if (strcmp(o, "<") && strcmp(o, "<=") && (!is_for || (strcmp(o, ">") && strcmp(o, ">=") && strcmp(o, "!="))))
    return 0;                         /* a while loop: `i < n` only (`n > 0` steps down by who knows) */
  return is_integer(clang_getCursorType(strip(kid(cond, 0))));   /* an integer compared: a counter */
}

/* A loop's condition as a constant: 1 (none, or always true: `for (;;)`,
 * `while (1)`), 0 (`do { ... } while (0)`), else -1. */
static int constant_cond(CXCursor loop) {
  enum CXCursorKind k = clang_getCursorKind(loop);
  int n = nkids(loop);
  if (k == CXCursor_ForStmt && n == 1) return 1;
  CXCursor cond = k == CXCursor_WhileStmt ? kid(loop, 0) : k == CXCursor_DoStmt ? kid(loop, n - 1)
                : n == 4 ? kid(loop, 1) : clang_getNullCursor();
  if (clang_Cursor_isNull(cond) || n < 2) return -1;
  CXEvalResult r = clang_Cursor_Evaluate(cond);
  int v = -1;
  if (r) {
    if (clang_EvalResult_getKind(r) == CXEval_Int) v = clang_EvalResult_getAsLongLong(r) != 0;
    clang_EvalResult_dispose(r);
  }
  return v;
}
static int forever(CXCursor loop) { return constant_cond(loop) == 1; }

/* The model's trip count of any loop. */
static long long trips(CXCursor loop, const Bind *b) {
  enum CXCursorKind k = clang_getCursorKind(loop);
  int cc = constant_cond(loop);
  if (cc == 1) return unknown_trip;
  if (cc == 0) return k == CXCursor_DoStmt ? 1 : 0;       /* do { ... } while (0): once */
  long long t = -1;
  if (k == CXCursor_ForStmt) t = for_trips(loop, b);
  else if (k == CXCursor_WhileStmt) t = countdown_trips(kid(loop, 0), b);
  else if (k == CXCursor_DoStmt) t = countdown_trips(kid(loop, nkids(loop) - 1), b);
  if (t > 0) return t;
  CXCursor cond = k == CXCursor_ForStmt ? (nkids(loop) == 4 ? kid(loop, 1) : clang_getNullCursor())
                : k == CXCursor_WhileStmt ? kid(loop, 0) : kid(loop, nkids(loop) - 1);
  return !clang_Cursor_isNull(cond) && counts_up(cond, k == CXCursor_ForStmt) ? unknown_trip : unknown_while;
}

/* The constant bound of a for loop's condition (`i < N`), as delayc suggest
 * reads a loop's width (candidates.c); the model itself uses trips(). */
long long cost_trip(CXCursor loop) {
  if (clang_getCursorKind(loop) != CXCursor_ForStmt || nkids(loop) != 4) return -1;
  CXCursor cond = strip(kid(loop, 1));
  if (clang_getCursorKind(cond) != CXCursor_BinaryOperator) return -1;
  CXEvalResult r = clang_Cursor_Evaluate(kid(cond, 1));
  long long v = -1;
  if (r) {
    if (clang_EvalResult_getKind(r) == CXEval_Int) v = clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
  }
  if (v <= 0) return -1;
  /* from its start, by its step: `b = 0; b < 100000; b += 1000` runs 100 times */
  long long t = for_trips(loop, NULL);
  return t > 0 && t < v ? t : v;
}

/* ---- library functions ---- */

static int named_in(const char *n, const char *const *list) {
  for (int i = 0; list[i]; i++) {
    size_t l = strlen(list[i]);
    /* the name, or it with a float/long double suffix */
    if (!strncmp(n, list[i], l) && (!n[l] || ((n[l] == 'f' || n[l] == 'l') && !n[l + 1]))) return 1;
  }
  return 0;
}

static int ends_program(const char *n) {
  static const char *const l[] = {"exit", "_Exit", "quick_exit", "abort", "longjmp", "siglongjmp",
                                  "__assert_fail", "__builtin_trap", "__builtin_unreachable", NULL};
  for (int i = 0; l[i]; i++)
    if (!strcmp(n, l[i])) return 1;
  return 0;
}

/* The work of a call of a library function, without W_CALL. */
static double library(const char *n, CXCursor call, const Bind *b) {
  static const char *const fast[] = {"sqrt", "fabs", "floor", "ceil", "trunc", "round", "lround", "llround", "rint",
                                     "lrint", "llrint", "nearbyint", "fmin", "fmax", "copysign", "abs", "labs",
                                     "llabs", "__builtin_expect", NULL};
  static const char *const libm[] = {"sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh",
                                     "asinh", "acosh", "atanh", "exp", "exp2", "expm1", "log", "log2", "log10",
                                     "log1p", "pow", "cbrt", "hypot", "fmod", "remainder", "erf", "erfc", "tgamma",
                                     "lgamma", "ldexp", "frexp", "modf", NULL};
  static const char *const heavy[] = {"printf", "fprintf", "sprintf", "snprintf", "vprintf", "vfprintf",
                                      "vsprintf", "vsnprintf", "puts", "fputs", "fputc", "putc", "putchar",
                                      "fwrite", "fread", "fgets", "fopen", "fclose", "fflush", "scanf",
                                      "fscanf", "sscanf", "free", "qsort", "bsearch", NULL};
  if (ends_program(n)) return 0;
  /* a sleep lasts what it says (a task that waits on a device, a test's stand-in for work) */
  if (!strcmp(n, "usleep") || !strcmp(n, "sleep")) {
    long long t = guess(clang_Cursor_getArgument(call, 0), b, 0);
    return t > 0 ? (double)t * (n[0] == 'u' ? 1e3 : 1e9) : W_SLEEP;
  }
  if (!strcmp(n, "nanosleep") || !strcmp(n, "clock_nanosleep")) return W_SLEEP;
  /* a sort of n elements: n log2 n comparisons (a call of the comparator each) */
  if (!strcmp(n, "qsort")) {
    long long m = guess(clang_Cursor_getArgument(call, 1), b, 0);
    if (m > 1) {
      double lg = 0;
      for (long long x = m; x > 1; x >>= 1) lg += 1;
      return W_HEAVY + (double)m * lg * W_SORT_STEP;
    }
  }
  if (named_in(n, fast)) return W_FASTMATH;
  if (named_in(n, libm)) return W_LIBM;
  for (int i = 0; heavy[i]; i++)
    if (!strcmp(n, heavy[i])) return W_HEAVY;
  /* a size in bytes: memcpy(d, s, n), memset(p, c, n), memcmp(a, b, n), calloc(n, size) */
  long long bytes = UNKNOWN;
  if (!strcmp(n, "memcpy") || !strcmp(n, "memmove") || !strcmp(n, "memset") || !strcmp(n, "memcmp"))
    bytes = guess(clang_Cursor_getArgument(call, 2), b, 0);
  else if (!strcmp(n, "calloc")) {   /* zeroed, or fresh pages mapped */
    long long a = guess(clang_Cursor_getArgument(call, 0), b, 0), s = guess(clang_Cursor_getArgument(call, 1), b, 0);
    bytes = a > 0 && s > 0 && a < (1LL << 40) / s ? a * s : UNKNOWN;
    return W_HEAVY + (bytes > MAP_BYTES ? W_MAP : bytes > 0 ? (double)bytes / W_BYTES_NS : 0);
  } else if (!strcmp(n, "malloc") || !strcmp(n, "realloc")) {
    bytes = guess(clang_Cursor_getArgument(call, !strcmp(n, "malloc") ? 0 : 1), b, 0);
    return W_HEAVY + (bytes > MAP_BYTES ? W_MAP : 0);
  }
  return W_LIB + (bytes > 0 ? (double)bytes / W_BYTES_NS : 0);
}

/* ---- functions that end the program ---- */

static int noreturn_fn(CXCursor fn, int depth);

/* A call of exit, abort, or a function of the unit that always ends the program. */
static int ends(CXCursor call, int depth) {
  if (clang_getCursorKind(call) != CXCursor_CallExpr) return 0;
  CXCursor r = clang_getCursorReferenced(call);
  if (clang_getCursorKind(r) != CXCursor_FunctionDecl) return 0;
  char *n = fe_spelling(r);
  int yes = ends_program(n);
  free(n);
  return yes || noreturn_fn(r, depth + 1);
}

/* A statement that ends the program: such a call, or a block whose statement does. */
typedef struct { int yes, depth; } Ends;
static enum CXChildVisitResult block_ends(CXCursor c, CXCursor p, CXClientData d);
static int stmt_ends(CXCursor s, int depth) {
  if (depth > 3) return 0;
  enum CXCursorKind k = clang_getCursorKind(s);
  if (k == CXCursor_CompoundStmt) {
    Ends e = {0, depth};
    clang_visitChildren(s, block_ends, &e);
    return e.yes;
  }
  if (k == CXCursor_CStyleCastExpr || k == CXCursor_UnexposedExpr || k == CXCursor_ParenExpr) return stmt_ends(strip(s), depth);
  if (k == CXCursor_BinaryOperator) {      /* `(fail("..."), 0)` in a macro */
    char o[4];
    return !strcmp(binop(s, o), ",") && stmt_ends(kid(s, 0), depth);
  }
  if (k == CXCursor_DoStmt) return stmt_ends(kid(s, 0), depth + 1);   /* do { ...; exit(1); } while (0) */
  return ends(s, depth);
}
static enum CXChildVisitResult block_ends(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Ends *e = d;
  if (stmt_ends(c, e->depth + 1)) { e->yes = 1; return CXChildVisit_Break; }
  return CXChildVisit_Continue;
}

static int noreturn_fn(CXCursor fn, int depth) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || depth > 3) return 0;
  int n = nkids(def);
  return n > 0 && stmt_ends(kid(def, n - 1), depth);
}

/* ---- the walk ---- */

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

static enum CXChildVisitResult count_cases(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt) (*(int *)d)++;
  if (k == CXCursor_SwitchStmt) return CXChildVisit_Continue;   /* an inner switch's cases are its own */
  return CXChildVisit_Recurse;
}

/* A walk of a part of w's node (its sum its own), and what it found told w. */
static Walk part_of(const Walk *w) { return (Walk){0, w->depth, w->bind, 0, 0, w->loops, 0, 0}; }

static void told(Walk *w, const Walk *x, int alloc) {
  if (alloc) w->alloc |= x->alloc;
  w->self += x->self;
  w->self_loop += x->self_loop;
  w->self_node += x->self_node;
}

/* The children of a node, walked as part of w. */
static double kids_of(CXCursor c, Walk *w) {
  Walk x = part_of(w);
  clang_visitChildren(c, visit, &x);
  told(w, &x, 1);
  return x.sum;
}

/* One node and what is under it, walked as part of w. */
static double node(CXCursor c, Walk *w) {
  Walk x = part_of(w);
  if (visit(c, clang_getNullCursor(), &x) == CXChildVisit_Recurse) clang_visitChildren(c, visit, &x);
  told(w, &x, 1);
  return x.sum;
}

/* A branch: its condition and the average of the arms that are not cold; an
 * arm of an if that allocates (a buffer or a table growing, an arena's next
 * chunk) runs once in GROW_ODDS. */
static double branch(CXCursor c, Walk *w) {
  int nk = nkids(c), is_if = clang_getCursorKind(c) == CXCursor_IfStmt;
  double cond = nk ? node(kid(c, 0), w) : 0, arms = 0;
  int paths = nk == 2 ? 1 : 0;       /* no else: an empty arm */
  for (int i = 1; i < nk; i++) {
    CXCursor a = kid(c, i);
    if (is_if && stmt_ends(a, 0)) continue;
    Walk x = part_of(w);
    double s = node(a, &x);
    told(w, &x, 0);
    if (is_if && x.alloc) s /= GROW_ODDS;
    else w->alloc |= x.alloc;
    arms += s;
    paths++;
  }
  return W_BRANCH + cond + (paths ? arms / paths : 0);
}

static double loop(CXCursor c, Walk *w) {
  enum CXCursorKind k = clang_getCursorKind(c);
  int nk = nkids(c);
  long long t = trips(c, w->bind);
  if (!forever(c) && leaves_early(c) && t > 1) t /= 2;
  double body = 0, head = 0;
  w->loops++;
  for (int i = 0; i < nk; i++) {
    double s = node(kid(c, i), w);
    /* the body of for/while is the last child; of do-while the first; a
     * for's condition and step run every iteration */
    int is_body = k == CXCursor_DoStmt ? i == 0 : i == nk - 1;
    if (is_body || (k == CXCursor_ForStmt && i > 0) || k != CXCursor_ForStmt) body += s; else head += s;
  }
  w->loops--;
  double lim = (double)(1LL << 50), all = body * (double)t;
  return head + (all > lim ? lim : all);
}

/* A call through a pointer: the mean of the unit's functions of its type
 * (the kernels of a table), else a library function's. */
static double indirect(CXCursor c, Walk *w) {
  CXType ft = pointee_fn(c);
  double sum = 0;
  int n = 0;
  for (int i = 0; ft.kind && i < ix.ndefs && w->depth < 6; i++)
    if (clang_equalTypes(clang_getCanonicalType(clang_getCursorType(ix.defs[i])), ft)) {
      CostCache *e = cost_of(ix.defs[i], w->depth + 1);
      w->alloc |= e->alloc;
      sum += e->cost;
      n++;
    }
  return W_CALL + (n ? sum / n : W_LIB);
}

/* ---- the program's other files ----
 * suggest over several files learns the cost of each function with a body
 * in its own file (cost_learn); a call of it from another file, where no body
 * is seen, costs that.  Kept across units, until cost_learn_forget. */
typedef struct Known { char *usr; double cost, cost_long; struct Known *next; } Known;   /* (cost_long: cost_function_long's) */
static Known *known;

static const Known *known_of(CXCursor fn) {
  if (!known) return NULL;
  char *u = usr_of(fn);
  const Known *k = known;
  while (k && strcmp(k->usr, u)) k = k->next;
  free(u);
  return k;
}

void cost_learn(CXCursor fn) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def) || known_of(def)) return;
  double c = cost_of(def, 0)->cost;
  unknown_trip = unknown_while = COST_LONG_TRIP;   /* ... and as cost_function_long weighs it */
  active = &cache_long;
  double cl = cost_of(def, 0)->cost;
  unknown_trip = COST_UNKNOWN_TRIP;
  unknown_while = COST_UNKNOWN_WHILE;
  active = &cache;
  Known *k = xcalloc(1, sizeof *k);
  k->usr = usr_of(def);
  k->cost = c;
  k->cost_long = cl;
  k->next = known;
  known = k;
}

void cost_learn_fields(CXCursor any) {
  index_unit(any);
  int n = ix.nas;
  for (int i = 0; i < n; i++) {
    CXCursor d = ix.as[i].decl;
    if (clang_getCursorKind(d) != CXCursor_FieldDecl || counted(d)) continue;
    long long v = guess(ix.as[i].val, NULL, 1);   /* (a value, not a sum's known part: 4 + i % 12 is no 4) */
    if (v == UNKNOWN || v <= 0) continue;
    char *u = usr_of(d);
    FieldValue *f = field_values;
    while (f && strcmp(f->usr, u)) f = f->next;
    if (!f) {
      f = xcalloc(1, sizeof *f);
      f->usr = u;
      f->value = v;
      f->next = field_values;
      field_values = f;
    } else {
      if (v > f->value) f->value = v;
      free(u);
    }
  }
}

void cost_learn_forget(void) {
  while (field_values) {
    FieldValue *n = field_values->next;
    free(field_values->usr);
    free(field_values);
    field_values = n;
  }
  while (known) {
    Known *n = known->next;
    free(known->usr);
    free(known);
    known = n;
  }
}

static enum CXChildVisitResult first_child(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  *(CXCursor *)d = c;
  return CXChildVisit_Break;
}

/* Is argument e a pointer loaded from memory (n->l, n->kids[i])? */
static int loaded_pointer(CXCursor e) {
  while (clang_getCursorKind(e) == CXCursor_UnexposedExpr || clang_getCursorKind(e) == CXCursor_ParenExpr) {
    CXCursor k = clang_getNullCursor();
    clang_visitChildren(e, first_child, &k);
    if (clang_Cursor_isNull(k)) return 0;
    e = k;
  }
  enum CXCursorKind k = clang_getCursorKind(e);
  return (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr) &&
         clang_getCanonicalType(clang_getCursorType(e)).kind == CXType_Pointer;
}

static double call(CXCursor c, Walk *w) {
  CXCursor r = clang_getCursorReferenced(c);
  if (clang_Cursor_isNull(r) || clang_getCursorKind(r) != CXCursor_FunctionDecl) return indirect(c, w);   /* through a pointer */
  CXCursor def = clang_getCursorDefinition(r);
  if (!clang_Cursor_isNull(def)) {
    if (w->depth >= 6) return W_CALL + RECURSIVE;
    CostCache *e = cost_of(def, w->depth + 1);
    w->self += e->busy;
    if (e->busy && w->loops) w->self_loop++;
    for (int i = 0; e->busy && i < clang_Cursor_getNumArguments(c); i++)
      if (loaded_pointer(clang_Cursor_getArgument(c, (unsigned)i))) {
        w->self_node++;
        break;
      }
    w->alloc |= e->alloc;
    /* a small function of the file (clampi, a getter): the compiler inlines
     * it, and its call costs its body (blind round 58a: a blur's rows 10x high) */
    if (!e->busy && e->cost <= W_INLINE &&
        (clang_getCursorLinkage(def) == CXLinkage_Internal || clang_Cursor_isFunctionInlined(def)))
      return e->cost;
    return W_CALL + e->cost;
  }
  const Known *k = known_of(r);     /* a function of another file of the program */
  if (k) return W_CALL + (active == &cache_long ? k->cost_long : k->cost);
  char *n = fe_spelling(r);
  double x = library(n, c, w->bind);
  w->alloc |= !strcmp(n, "malloc") || !strcmp(n, "calloc") || !strcmp(n, "realloc");
  free(n);
  return ends(c, 0) ? 0 : W_CALL + x;
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Walk *w = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  switch (k) {
  case CXCursor_UnaryExpr:                   /* sizeof, _Alignof: compile time */
    return CXChildVisit_Continue;
  case CXCursor_IfStmt:
  case CXCursor_ConditionalOperator:
    w->sum += branch(c, w);
    return CXChildVisit_Continue;
  case CXCursor_SwitchStmt: {
    int ncase = 0;
    clang_visitChildren(c, count_cases, &ncase);
    w->sum += W_SWITCH + kids_of(c, w) / (ncase > 0 ? ncase : 1);
    return CXChildVisit_Continue;
  }
  case CXCursor_ForStmt:
  case CXCursor_WhileStmt:
  case CXCursor_DoStmt:
    w->sum += loop(c, w);
    return CXChildVisit_Continue;
  case CXCursor_CallExpr:
    w->sum += call(c, w);
    return CXChildVisit_Recurse;            /* and its arguments */
  case CXCursor_BinaryOperator:
  case CXCursor_CompoundAssignOperator: {
    char o[4];
    binop(c, o);
    if (!strcmp(o, "&&") || !strcmp(o, "||")) {   /* the right operand runs half the time */
      w->sum += W_BRANCH + node(kid(c, 0), w) + node(kid(c, 1), w) / 2;
      return CXChildVisit_Continue;
    }
    if (!strcmp(o, "/") || !strcmp(o, "%") || !strcmp(o, "/=") || !strcmp(o, "%=")) w->sum += W_DIV;
    else if (strcmp(o, "=") && strcmp(o, ",")) w->sum += W_OP;
    return CXChildVisit_Recurse;
  }
  case CXCursor_UnaryOperator: {
    char o[3];
    unop(c, o);
    if (o[0] == '*') w->sum += W_MEM;
    else if (o[0] && o[0] != '&') w->sum += W_OP;
    return CXChildVisit_Recurse;
  }
  case CXCursor_ArraySubscriptExpr: {
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    if (t.kind != CXType_ConstantArray && t.kind != CXType_IncompleteArray && t.kind != CXType_VariableArray)
      w->sum += W_MEM;                      /* a row of a 2-D array is an address */
    return CXChildVisit_Recurse;
  }
  case CXCursor_MemberRefExpr: {
    CXCursor base = kid(c, 0);
    CXType bt = clang_getCanonicalType(clang_getCursorType(base));
    if (!clang_Cursor_isNull(base) && bt.kind == CXType_Pointer) w->sum += W_MEM;   /* p->f */
    return CXChildVisit_Recurse;
  }
  case CXCursor_DeclRefExpr: {
    CXCursor d = clang_getCursorReferenced(c);
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (clang_getCursorKind(d) == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(d) == 1 &&
        t.kind != CXType_ConstantArray && t.kind != CXType_IncompleteArray)
      w->sum += W_MEM;                      /* a global's value (of an array: the subscript counts) */
    return CXChildVisit_Recurse;
  }
  default:
    return CXChildVisit_Recurse;
  }
}

/* e, fn's entry, as a walk of `nodes` nodes: each the body's work with its
 * recursive calls only entered (costing 0 while the body is walked again) */
static CostCache *nodes_of(CostCache *e, CXCursor fn, int depth, long long nodes) {
  e->busy = 1;
  e->cost = 0;
  Walk once = {0, depth, NULL, 0, 0, 0, 0, 0};
  double body = kids_of(fn, &once);
  e->busy = 0;
  e->cost = body * (double)nodes;
  return e;
}

static CostCache *cost_of(CXCursor fn, int depth) {
  char *u = usr_of(fn);
  for (CostCache *e = *active; e; e = e->next)
    if (!strcmp(e->usr, u)) { free(u); return e; }
  CostCache *e = xcalloc(1, sizeof *e);
  e->usr = u;
  e->cost = RECURSIVE;           /* while being computed: a recursive call */
  e->busy = 1;
  e->next = *active;
  *active = e;
  index_unit(fn);
  Walk w = {0, depth, NULL, 0, 0, 0, 0, 0};
  e->cost = kids_of(fn, &w);
  e->alloc = w.alloc;
  e->busy = 0;
  /* a walk of a tree or a graph from a node (eval(n->l) + eval(n->r),
   * score(n->kids[i]) for each child): a call from outside visits about
   * COST_TREE_NODES nodes, each the body's work with its recursive calls
   * only entered (blind 71a: a tree's eval of 4 ms was 10 ns, and the loop
   * of 64 evaluations was not proposed) */
  if (active == &cache && w.self_node && (w.self >= 2 || w.self_loop)) return nodes_of(e, fn, depth, COST_TREE_NODES);
  /* how big a search may be (cost_function_long): a recursive call in a
   * loop (backtracking over choices, a node's children) visits a tree of
   * about COST_LONG_TRIP nodes, each the body's work with its recursive
   * calls only entered (blind round 60a: a Sudoku solve of 24,000 nodes,
   * 2 ms, was 2.3 us) */
  if (active == &cache_long && w.self_loop) return nodes_of(e, fn, depth, COST_LONG_TRIP);
  /* how big a divide and conquer over data of COST_LONG_TRIP elements may be
   * (cost_function_long): its body's work at each of log2 of them levels */
  if (active == &cache_long && w.self >= 2) {
    double body = e->cost - w.self * (RECURSIVE + W_CALL);
    int levels = 0;
    for (long long n = COST_LONG_TRIP; n > 1; n /= 2) levels++;
    if (body * levels > e->cost) e->cost = body * levels;
  }
  return e;
}

static long long rounded(double x) { return x < 1 ? 1 : x > 9e18 ? (long long)9e18 : llround(x); }

/* One call of fn with the values of some parameters known (val[k] < 0:
 * unknown): loops bounded by them take those trip counts.  Not cached. */
long long cost_call(CXCursor fn, const long long *val, int nval) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return -1;
  index_unit(def);
  Bind b = {def, val, nval};
  Walk w = {0, 0, &b, 0, 0, 0, 0, 0};
  return rounded(W_CALL + kids_of(def, &w));
}

/* One statement (a loop: its whole run), as the model counts it inside a
 * function. */
long long cost_stmt(CXCursor stmt) {
  index_unit(stmt);
  Walk w = {0, 0, NULL, 0, 0, 0, 0, 0};
  return rounded(node(stmt, &w));
}

long long cost_function(CXCursor fn) {
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return -1;
  return rounded(W_CALL + cost_of(def, 0)->cost);
}

long long cost_function_long(CXCursor fn) {
  unknown_trip = unknown_while = COST_LONG_TRIP;
  active = &cache_long;
  long long r = cost_function(fn);
  unknown_trip = COST_UNKNOWN_TRIP;
  unknown_while = COST_UNKNOWN_WHILE;
  active = &cache;
  return r;
}

static void forget(CostCache **c) {
  while (*c) {
    CostCache *n = (*c)->next;
    free((*c)->usr);
    free(*c);
    *c = n;
  }
}

void cost_forget(void) {
  forget(&cache);
  forget(&cache_long);
  index_forget();
  cur_tu = NULL;
}
