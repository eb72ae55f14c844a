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
 *         long r_of_arg[NUM_ARGS];
 *         for (arg = 0; arg < NUM_ARGS; arg++)
 *             r_of_arg[arg] = vm_run(p, arg);
 *         for (arg = 0; arg < NUM_ARGS; arg++) {
 *             long r = r_of_arg[arg];
 *             ...
 *
 * This is what dask.delayed users write (`results = [delayed(f)(x) ...]`,
 * then the fold).  It holds only when nothing the rest does can be seen by
 * the calls, nor the other way round:
 *   - the header is `v = A` (or `T v = A`), `v < B` or `v <= B`, `v++`, A and
 *     B integer constants (macros kept): the array has B - A elements, at
 *     most SPLIT_MAX_BYTES (it lives on the stack);
 *   - the body starts with declarations `T x = f(...)`, one variable each, f
 *     a proposed function; T a plain object type, not const; their arguments
 *     assign nothing and name none of these x;
 *   - f returns its value and does nothing else the rest could see: no write
 *     through a parameter, a kept pointer, memory it cannot place, a resource
 *     (reading the console is an error path's last words: then the rest may
 *     not write it); globals only updated in any order (effects/commute.c);
 *   - the rest leaves the loop by no return, goto or break (continue skips the
 *     rest of one iteration in both versions); it writes neither v, nor a
 *     variable the calls' arguments name, nor a global the calls use, reads no
 *     global they update, and writes through pointers (or calls what does)
 *     only when the calls read no memory through pointers.
 * Then each call runs once per iteration with the arguments the serial loop
 * gives it, and the rest sees the same values in the same order. */
#include "suggest/suggest.h"
#include "effects/effects.h"
#include "cost/cost.h"

#include <stdlib.h>
#include <string.h>

#define SPLIT_MAX_BYTES (256 << 10)   /* the results array, on the stack */
#define SPLIT_MIN_RUN 1000000         /* ~ns a run of the loop does, for calls under --min-work: 1 ms */
#define SPLIT_MIN_CALL 500            /* ~ns a call does at least: emit's batches carry the rest */
#define WIDTH_CAP 64
#define MAX_STMTS 512                 /* statements of a body looked at */

static int mentions(Node *n, CXCursor d) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor r = model_ref(n);
    if (!clang_Cursor_isNull(r) && clang_equalCursors(clang_getCanonicalCursor(r), d)) return 1;
  }
  for (int i = 0; i < n->nkid; i++)
    if (mentions(n->kid[i], d)) return 1;
  return 0;
}

static int assigns(Unit *u, Node *n) {
  if (n->kind == CXCursor_CompoundAssignOperator || (n->kind == CXCursor_BinaryOperator && fe_is_assign(u, n)) ||
      (n->kind == CXCursor_UnaryOperator && fe_is_incdec(u, n)))
    return 1;
  for (int i = 0; i < n->nkid; i++)
    if (assigns(u, n->kid[i])) return 1;
  return 0;
}

static long long int_const(Node *n, int *ok) {
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  long long v = 0;
  *ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
  if (*ok) v = clang_EvalResult_getAsLongLong(r);
  if (r) clang_EvalResult_dispose(r);
  return v;
}

/* ---- the loop's header ---- */

/* A bound read the same way by both loops: names, constants, operators,
 * casts, sizeof, members of a struct (not through a pointer); no call, no
 * assignment, no load through a pointer. */
static int plain_bound(Unit *u, Node *n) {
  switch (n->kind) {
  case CXCursor_DeclRefExpr: case CXCursor_IntegerLiteral: case CXCursor_CharacterLiteral:
  case CXCursor_ParenExpr: case CXCursor_UnexposedExpr: case CXCursor_CStyleCastExpr:
  case CXCursor_UnaryExpr: case CXCursor_ConditionalOperator:
    break;
  case CXCursor_BinaryOperator:
    if (fe_is_assign(u, n)) return 0;
    break;
  case CXCursor_UnaryOperator:
    if (fe_is_incdec(u, n) || fe_is_deref(u, n)) return 0;
    break;
  case CXCursor_MemberRefExpr:
    if (!n->nkid || clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur)).kind == CXType_Pointer) return 0;
    break;
  default:
    return 0;
  }
  for (int i = 0; i < n->nkid; i++)
    if (!plain_bound(u, n->kid[i])) return 0;
  return 1;
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
  h->le = fe_binop_is(u, c, "<=");
  if (!h->le && !fe_binop_is(u, c, "<")) return 0;
  CXCursor cv = model_ref(fe_strip(c->kid[0]));
  if (clang_Cursor_isNull(cv) || !clang_equalCursors(clang_getCanonicalCursor(cv), h->v)) return 0;
  h->b = c->kid[1];
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
  long long a = int_const(h->a, &oka), b = int_const(h->b, &okb);
  if (oka && okb) {
    h->count = b - a + (h->le ? 1 : 0);
    return h->count >= 2;
  }
  h->count = -1;                  /* known at run time: the arrays are allocated */
  return plain_bound(u, h->a) && plain_bound(u, h->b);
}

/* ---- the leading calls ---- */

typedef struct Lead {
  Node *decl;          /* VarDecl x */
  Node *init, *call;   /* its initializer (the call, maybe under casts) */
  int sugg;            /* the suggestion of the function called */
  const Effects *fx;
} Lead;

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

/* The call initializing the declaration statement st (one variable), or NULL. */
static Node *decl_call(Unit *u, Node *st, Node **decl, Node **init) {
  if (st->kind != CXCursor_DeclStmt || st->nkid != 1 || st->kid[0]->kind != CXCursor_VarDecl) return NULL;
  *decl = st->kid[0];
  *init = fe_var_init(u, *decl);
  Node *c = *init ? fe_strip(*init) : NULL;
  return c && c->kind == CXCursor_CallExpr ? c : NULL;
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
  int memw;            /* writes through pointers, or calls what writes memory */
  char *why;
} Rest;

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

static void rest_walk(Rest *r, Node *n, int breakable) {
  if (r->why) return;
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

/* text as a term of an expression: a name or a number as it is, else in parentheses */
static char *term(const char *t) {
  int plain = *t != 0;
  for (const char *p = t; *p; p++)
    plain &= *p == '_' || (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z');
  return plain ? xstrdup(t) : fmt("(%s)", t);
}

/* The loop's new text.  Constant bounds: arrays on the stack.
 *     {
 *         long r_of_arg[NUM_ARGS];
 *         for (arg = 0; arg < NUM_ARGS; arg++)
 *             r_of_arg[arg] = vm_run(p, arg);
 *         for (arg = 0; arg < NUM_ARGS; arg++) {
 *             long r = r_of_arg[arg];
 *             ...
 *     }
 * Else allocated, and where there is no memory for them the loop runs as
 * written:
 *     {
 *         long *r_of_i = malloc(sizeof *r_of_i * (size_t)(n > 0 ? n : 1));
 *         if (r_of_i) {
 *             ...the two loops...
 *         } else {
 *             ...the loop...
 *         }
 *         free(r_of_i);
 *     } */
static char *split_text(Unit *u, Node *loop, Head *h, Lead *l, int nl, char **arr) {
  Node *body = loop->kid[3];
  char *ind = line_indent(u, loop->beg);
  const char *step = strchr(ind, '\t') ? "\t" : "    ";
  char *vn = fe_spelling(h->v);
  int ok0;
  long long a = int_const(h->a, &ok0);
  int heap = h->count < 0;
  char *at = fe_text(u, h->a->beg, h->a->end), *bt = fe_text(u, h->b->beg, h->b->end);
  char *A = term(at), *B = term(bt);
  char *idx = ok0 && a == 0 ? xstrdup(vn) : fmt("%s - %s", vn, A);
  char *cnt;
  if (!heap)      /* numbers as numbers: [400] rather than [(400) - (1) + 1] */
    cnt = digits(at) && digits(bt) ? fmt("%lld", h->count)
          : ok0 && a == 0 ? (h->le ? fmt("%s + 1", B) : xstrdup(bt))
          : (h->le ? fmt("%s - %s + 1", B, A) : fmt("%s - %s", B, A));
  else if (ok0 && a == 0)
    cnt = h->le ? fmt("%s >= 0 ? %s + 1 : 1", B, B) : fmt("%s > 0 ? %s : 1", B, B);
  else
    cnt = h->le ? fmt("%s >= %s ? %s - %s + 1 : 1", B, A, B, A) : fmt("%s > %s ? %s - %s : 1", B, A, B, A);
  char *head = fe_text(u, loop->beg, body->beg);
  size_t hl = strlen(head);
  while (hl && (head[hl - 1] == ' ' || head[hl - 1] == '\t' || head[hl - 1] == '\n')) head[--hl] = 0;
  /* the two loops sit one level deeper than the loop, two when allocated */
  char *in = heap ? fmt("%s%s%s", ind, step, step) : fmt("%s%s", ind, step);
  char *deeper = heap ? fmt("%s%s", step, step) : xstrdup(step);
  Buf b = {0};
  buf_add(&b, "", 0);
  buf_puts(&b, "{\n");
  for (int i = 0; i < nl; i++) {
    char *ts = fe_type(clang_getCursorType(l[i].decl->cur));
    if (heap) buf_printf(&b, "%s%s%s *%s = malloc(sizeof *%s * (size_t)(%s));\n", ind, step, ts, arr[i], arr[i], cnt);
    else buf_printf(&b, "%s%s%s %s[%s];\n", ind, step, ts, arr[i], cnt);
    free(ts);
  }
  if (heap) {
    buf_printf(&b, "%s%sif (", ind, step);
    for (int i = 0; i < nl; i++) buf_printf(&b, "%s%s", i ? " && " : "", arr[i]);
    buf_puts(&b, ") {\n");
  }
  buf_printf(&b, "%s%s%s\n", in, head, nl > 1 ? " {" : "");
  for (int i = 0; i < nl; i++) {
    char *call = fe_text(u, l[i].init->beg, l[i].init->end);
    buf_printf(&b, "%s%s%s[%s] = %s;\n", in, step, arr[i], idx, call);
    free(call);
  }
  if (nl > 1) buf_printf(&b, "%s}\n", in);
  buf_puts(&b, in);
  unsigned o = loop->beg;
  for (int i = 0; i < nl; i++) {
    put_deeper(&b, u, o, l[i].init->beg, deeper);
    buf_printf(&b, "%s[%s]", arr[i], idx);
    o = l[i].init->end;
  }
  put_deeper(&b, u, o, loop->end, deeper);
  buf_puts(&b, "\n");
  if (heap) {
    buf_printf(&b, "%s%s} else {          /* no memory for the results: the loop as written */\n%s", ind, step, in);
    put_deeper(&b, u, loop->beg, loop->end, deeper);
    buf_printf(&b, "\n%s%s}\n", ind, step);
    for (int i = 0; i < nl; i++) buf_printf(&b, "%s%sfree(%s);\n", ind, step, arr[i]);
  }
  buf_printf(&b, "%s}", ind);
  free(in); free(deeper); free(head); free(cnt); free(idx); free(A); free(B); free(at); free(bt); free(vn); free(ind);
  return b.s;
}

static int split_loop(Unit *u, Found *fd, LFunc *caller, Node *loop, char **why, char **lead_name);

/* Try to split the loop; 1 and the edit made, 0 and *why (or NULL: not this shape). */
static int split(Unit *u, Found *fd, LFunc *caller, Node *loop, char **why) {
  char *name = NULL;
  int ok = split_loop(u, fd, caller, loop, why, &name);
  if (*why) {
    char *w = fmt("the loop cannot be split into its calls of '%s' first and the rest of the body after: %s", name, *why);
    free(*why);
    *why = w;
  }
  free(name);
  return ok;
}

static int split_loop(Unit *u, Found *fd, LFunc *caller, Node *loop, char **why, char **lead_name) {
  *why = NULL;
  Head h;
  if (!head_of(u, loop, &h)) return 0;
  Node *body = loop->kid[3];
  if (body->kind != CXCursor_CompoundStmt) return 0;
  Lead l[8];
  int nl = 0;
  char isl[MAX_STMTS] = {0};                       /* statement i is a lead's */
  if (body->nkid > MAX_STMTS) return 0;
  for (int i = 0; i < body->nkid && nl < 8; i++) {
    Node *d, *init, *call = decl_call(u, body->kid[i], &d, &init);
    int s = call ? proposed(fd, call) : -1;
    if (s < 0 || suggest_declared_in(u, call, body)) continue;
    l[nl++] = (Lead){d, init, call, s, NULL};
    isl[i] = 1;
  }
  if (!nl || nl == body->nkid) return 0;
  *lead_name = xstrdup(fd->s[l[0].sugg].name);
  /* another suggestion edits inside the loop: leave it */
  for (int i = 0; i < fd->ns; i++)
    if (!fd->s[i].why)
      for (int k = 0; k < fd->s[i].nins; k++)
        if (fd->s[i].ins[k].off >= loop->beg && fd->s[i].ins[k].off < loop->end) return 0;
  /* the text as written: `for`, and `= call` in each declaration (not a macro's) */
  if (loop->end - loop->beg < 4 || memcmp(u->src + loop->beg, "for", 3)) return 0;
  for (int i = 0; i < nl; i++) {
    unsigned e = l[i].init->beg;
    while (e > l[i].decl->beg && (u->src[e - 1] == ' ' || u->src[e - 1] == '\t' || u->src[e - 1] == '\n')) e--;
    if (e <= l[i].decl->beg || u->src[e - 1] != '=' || l[i].init->end > l[i].decl->end) return 0;
  }
  long long bytes = 0;
  for (int i = 0; i < nl; i++) {
    CXType t = clang_getCursorType(l[i].decl->cur);
    char *ts = fe_type(t);
    int plain = !strchr(ts, '[') && !strchr(ts, '(') && !clang_isConstQualifiedType(t) &&
                clang_Type_getSizeOf(t) > 0;
    free(ts);
    if (!plain) return 0;
    bytes += clang_Type_getSizeOf(t) * (h.count > 0 ? h.count : 0);
    Node *c = fe_direct_callee(l[i].call);
    CXCursor fn = clang_getCursorReferenced(c->cur);
    l[i].fx = fx_of(u, fn);
    char *fname = fe_spelling(fn);
    *why = lead_refuses(l[i].fx, fname);
    free(fname);
    if (*why) return 0;
    for (int k = 1; k < l[i].call->nkid; k++)
      if (assigns(u, l[i].call->kid[k])) {
        *why = xstrdup("a call's arguments assign a variable");
        return 0;
      }
  }
  if (h.count < 0 && !declares(u, "malloc")) {
    *why = xstrdup("its bounds are known only at run time, and the file does not include <stdlib.h> for malloc");
    return 0;
  }
  if (bytes > SPLIT_MAX_BYTES) {
    *why = fmt("the results of its %lld iterations would take %lld bytes on the stack (at most %d)", h.count, bytes,
               SPLIT_MAX_BYTES);
    return 0;
  }
  Rest r = {u, caller, h.v, h.a, h.b, l, nl, 0, NULL};
  /* a bound naming a global the calls update would change under the calls */
  for (int i = 0; i < nl && !r.why; i++)
    for (int k = 0; k < l[i].fx->ng && !r.why; k++) {
      const FxGlobal *g = &l[i].fx->g[k];
      if ((g->mode & FX_WRITE) && !clang_Cursor_isNull(g->decl) && (mentions(h.a, g->decl) || mentions(h.b, g->decl)))
        r.why = fmt("the loop's bounds read the global '%s', which the calls update", g->name);
    }
  for (int i = 0; i < body->nkid && !r.why; i++)
    if (!isl[i]) rest_walk(&r, body->kid[i], 0);
  if (!r.why && r.memw)
    for (int i = 0; i < nl && !r.why; i++) {
      int reads = (l[i].fx->mem & FX_READ) != 0;
      for (int k = 0; k < l[i].fx->nparam; k++) reads |= l[i].fx->param[k] != 0;
      if (reads) r.why = xstrdup("the rest of the body writes through pointers, and the calls read memory through "
                                 "pointers");
    }
  if (r.why) { *why = r.why; return 0; }

  char **arr = xcalloc((size_t)nl, sizeof *arr);
  char *vn = fe_spelling(h.v);
  for (int i = 0; i < nl; i++) {
    char *xn = fe_spelling(l[i].decl->cur);
    char *base = fmt("%s_of_%s", xn, vn);
    arr[i] = suggest_fresh_name(u, fd, base);
    free(base);
    free(xn);
  }
  char *text = split_text(u, loop, &h, l, nl, arr);
  Sugg *s = &fd->s[l[0].sugg];
  s->ins = xrealloc(s->ins, (size_t)(s->nins + 1) * sizeof *s->ins);
  s->ins[s->nins++] = (Ins){loop->beg, loop->end - loop->beg, text};
  for (int i = 0; i < nl; i++) {
    Sugg *g = &fd->s[l[i].sugg];
    char *msg = fmt("a call in the loop over '%s' whose result the rest of the body folds in order: the loop is "
                    "split in two, the calls first (each a task, in parallel, results in '%s'), then the rest, in "
                    "order", vn, arr[i]);
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
  fd->m[fd->nm++] = (Miss){xstrdup(f->name), loop->beg, work, xstrdup(why), loop->line};
}

static void loops_of(Unit *u, Found *fd, LFunc *f, Node *n, char **why) {
  if (n->kind == CXCursor_ForStmt) {
    char *w = NULL;
    if (split(u, fd, f, n, &w)) return;
    if (w) explain_loop(fd, f, n, w);
    if (w && !*why) *why = w;
    else free(w);
  }
  for (int i = 0; i < n->nkid; i++) loops_of(u, fd, f, n->kid[i], why);
}

void split_loops(Unit *u, Model *m, Found *fd) {
  char *why = NULL;
  for (int i = 0; i < m->nfn; i++)
    if (m->fn[i].body) loops_of(u, fd, &m->fn[i], m->fn[i].body, &why);
  for (int i = 0; i < fd->ns; i++) {
    Sugg *s = &fd->s[i];
    if (!s->small || s->why) continue;
    s->why = fmt("its calls are too small to be tasks of their own (about %lld ns each), and no loop around them "
                 "could be split into a loop of calls and the rest%s%s", s->work, why ? "; " : "", why ? why : "");
  }
  free(why);
}

int split_worth(Node *call, long long work) {
  if (work < SPLIT_MIN_CALL) return 0;
  Node *init = call;
  while (init->parent && (clang_isExpression(init->parent->kind))) init = init->parent;
  Node *decl = init->parent, *st = decl ? decl->parent : NULL;
  if (!decl || decl->kind != CXCursor_VarDecl || !st || st->kind != CXCursor_DeclStmt) return 0;
  Node *body = st->parent, *loop = body ? body->parent : NULL;
  if (!body || body->kind != CXCursor_CompoundStmt || !loop || loop->kind != CXCursor_ForStmt || loop->nkid != 4 ||
      loop->kid[3] != body)
    return 0;
  long long trip = cost_trip(loop->cur);
  if (trip < 0) trip = work > 0 ? cost_stmt(loop->cur) / work : 0;    /* a bound known at run time: the estimate's */
  return trip >= 2 && trip * work >= SPLIT_MIN_RUN;
}
