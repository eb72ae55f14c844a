/* verify.c — suggest proposes only what emit makes tasks.
 *
 * The file's text with the annotations of every kept suggestion is parsed
 * (as an unsaved buffer standing for the file: its includes resolve as the
 * file's do) and linted with the checks emit's plan agrees with:
 *   delayed-stays-serial    a call of the function would stay an ordinary call
 *   delayed-mutates-input   the body contradicts a direction written
 *   delayed-nested          recursion the cutoff does not bound
 *   delayed-too-fine        the calls in a loop are smaller than a task costs
 * and, in the plan, a suggestion none of whose calls is a task (each runs
 * inline: its result is used at once), or whose tasks would run one at a
 * time (ordered on one object; a loop's only task, waited for each round)
 * is dropped too.  A finding inside a suggested function, or at one of its calls, drops that
 * suggestion with the finding's message as the reason.  Dropping one changes
 * the text, so the check repeats until nothing more is dropped; then a
 * function dropped for being called inside another proposed one is tried again
 * with what is kept (the other may have been dropped since). */
#include "suggest/suggest.h"
#include "analysis/analysis.h"
#include "analysis/tree.h"
#include "effects/poly.h"
#include "cost/cost.h"

#include <stdlib.h>
#include <string.h>

/* An offset of the annotated text, back in the original text: one inside
 * inserted or replacing text maps to where that text goes. */
typedef struct Span { unsigned off, len, add; } Span;

static int by_off(const void *a, const void *b) {
  const Span *x = a, *y = b;
  return x->off < y->off ? -1 : x->off > y->off;
}

static unsigned original_off(Found *fd, unsigned off) {
  int n = 0;
  for (int i = 0; i < fd->ns; i++) n += fd->s[i].why ? 0 : fd->s[i].nins;
  Span *sp = xcalloc((size_t)n + 2, sizeof *sp);
  n = 0;
  if (fd->include_at >= 0) sp[n++] = (Span){(unsigned)fd->include_at, 0, (unsigned)strlen(DELAYED_INCLUDE)};
  for (int i = 0; i < fd->ns; i++)
    if (!fd->s[i].why)
      for (int k = 0; k < fd->s[i].nins; k++)
        sp[n++] = (Span){fd->s[i].ins[k].off, fd->s[i].ins[k].len, (unsigned)strlen(fd->s[i].ins[k].text)};
  qsort(sp, (size_t)n, sizeof *sp, by_off);
  long long delta = 0;        /* annotated - original, before the current edit */
  unsigned r = 0;
  int done = 0;
  for (int i = 0; i < n && !done; i++) {
    long long at = (long long)sp[i].off + delta;
    if ((long long)off < at) { r = (unsigned)((long long)off - delta); done = 1; }
    else if ((long long)off < at + sp[i].add) { r = sp[i].off; done = 1; }
    delta += (long long)sp[i].add - sp[i].len;
  }
  if (!done) r = (unsigned)((long long)off - delta);
  free(sp);
  return r;
}

/* Which kept suggestion does the original offset off belong to: inside the
 * function, or at one of its calls?  -1: none. */
static int owner(Found *fd, unsigned off) {
  for (int i = 0; i < fd->ns; i++) {
    Sugg *s = &fd->s[i];
    if (s->why) continue;
    if (off >= s->beg && off < s->end) return i;
    for (int k = 0; k < s->nins; k++)          /* a loop's new function goes before its function */
      if (s->ins[k].off == off) return i;
    for (int k = 0; k < s->nsite; k++)
      if (s->site[k].off == off) return i;
  }
  return -1;
}

/* Does the value of expression x change from one round of the loop to the
 * next: does it name a variable declared in the loop or assigned in it? */
static int inside_node(Node *n, Node *anc) {
  for (; n; n = n->parent)
    if (n == anc) return 1;
  return 0;
}

/* Is every task of callee `name` in f spawned alone in a loop (one a round,
 * no other task in that loop) whose body waits for what it writes?  The
 * offset of the wait plus 1, or 0. */
/* Does the call of st run as a task (not serial, not inline, not in place)? */
static int site_is_task(const Site *st) { return !st->serial && !st->inline_call && !st->in_place; }

/* Does the call's function write the global `name` itself (not only memory
 * of unknown place, which may be it)? */
static int writes_global(const Site *st, const char *name) {
  const Effects *fx = st->callee ? st->callee->fx : NULL;
  for (int g = 0; fx && g < fx->ng; g++)
    if ((fx->g[g].mode & FX_WRITE) && !strcmp(fx->g[g].name, name)) return 1;
  return 0;
}

/* Where the loop's own code waits for task x before the loop spawns another
 * task — later in the round, or, for the round's last task, early in the
 * next round: 1 + the wait's offset, or 0. */
static unsigned waited_before_next(Func *f, Site *x, Node *loop) {
  unsigned next = loop->end, first = x->call->beg;   /* the next task spawned in the round; the round's first */
  for (int o = 0; o < f->nsite; o++) {
    Site *y = f->site[o];
    if (y == x || !site_is_task(y) || !y->call || !inside_node(y->call, loop)) continue;
    if (y->call->beg > x->call->beg && y->call->beg < next) next = y->call->beg;
    if (y->call->beg < first) first = y->call->beg;
  }
  int last = next == loop->end;
  for (int pass = 0; pass < 2; pass++)     /* later in the round first, then early in the next */
  for (int q = 0; q < f->nsync; q++) {
    Sync *sy = f->sync[q];
    if (!sy->at || !inside_node(sy->at, loop) || sy->at == loop) continue;
    unsigned at = sy->at->beg;
    if (pass == 0 ? !(at > x->call->beg && at < next) : !(last && at < first)) continue;
    int hit = sy->full;
    for (int a = 0; a < sy->ndep && !hit; a++)
      for (int d = 0; d < x->ndep && !hit; d++)
        hit = sy->dep[a].obj == x->dep[d].obj && (sy->dep[a].acc != ACC_IN || x->dep[d].acc != ACC_IN);
    if (hit) return sy->at->beg + 1;
  }
  return 0;
}

/* The calls of `name` in a loop run one at a time when every task of the
 * loop is waited for in its round before the next one is spawned (the
 * loop's own code reads each result at once: fdct, quantise, idct of one
 * block): where the first such wait is, 1 + its offset, or 0. */
static unsigned waited_each_round(Func *f, const char *name) {
  unsigned line = 0;
  int any = 0;
  for (int j = 0; j < f->nsite; j++) {
    Site *st = f->site[j];
    if (!st->callee || strcmp(st->callee->name, name) || !site_is_task(st)) continue;
    if (!st->in_loop) continue;     /* a call alone, before or after the loop */
    if (!st->call) return 0;
    Node *loop = NULL;
    for (Node *l = st->call->parent; l && !loop; l = l->parent)
      if (l->kind == CXCursor_ForStmt || l->kind == CXCursor_WhileStmt || l->kind == CXCursor_DoStmt) loop = l;
    if (!loop) return 0;
    unsigned w = waited_before_next(f, st, loop);
    if (!w) return 0;
    for (int o = 0; o < f->nsite; o++) {   /* and every other task of the loop too */
      Site *x = f->site[o];
      if (x != st && site_is_task(x) && x->call && inside_node(x->call, loop) && !waited_before_next(f, x, loop))
        return 0;
    }
    any = 1;
    if (!line) line = w;
  }
  return any ? line : 0;
}

static int changes_in(Unit *u, Node *x, Node *loop) {
  if (x->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(x->cur);
    if (clang_getCursorKind(d) == CXCursor_VarDecl || clang_getCursorKind(d) == CXCursor_ParmDecl) {
      CXFile f;
      unsigned off;
      clang_getExpansionLocation(clang_getCursorLocation(d), &f, NULL, NULL, &off);
      if (f && clang_File_isEqual(f, u->file) && off >= loop->beg && off < loop->end) return 1;
      char *nm = fe_spelling(d);
      int set = assigned_in(u, loop, nm);
      free(nm);
      if (set) return 1;
    }
  }
  for (int i = 0; i < x->nkid; i++)
    if (changes_in(u, x->kid[i], loop)) return 1;
  return 0;
}

/* Does the new function of a loop keep to the parts its annotations name?
 * A use whose elements delayc cannot tell (the row's element reached along
 * a column, img_x[y * w]) is checked as it runs, and would stop the fixed
 * program if it went outside: NULL, or the parameter and the use. */
/* Does an argument of site st read an element its loop's earlier
 * iterations' calls wrote: the result to X[v], an argument X[v - k] (k > 0
 * constant)?  That argument's text, or NULL. */
/* `X[v] = t;` in n, t the variable d: its X[v], else NULL (the result of
 * `double t = f(i, X[i - 1]);` stored next). */
static Node *stored_as(Unit *u, Node *n, CXCursor d) {
  if (n->kind == CXCursor_BinaryOperator && n->nkid == 2 && fe_is_assign(u, n)) {
    Node *r = fe_strip(n->kid[1]), *l = fe_strip(n->kid[0]);
    if (r && r->kind == CXCursor_DeclRefExpr && l && l->kind == CXCursor_ArraySubscriptExpr &&
        clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(r->cur)), d))
      return l;
  }
  for (int i = 0; i < n->nkid; i++) {
    Node *x = stored_as(u, n->kid[i], d);
    if (x) return x;
  }
  return NULL;
}

static char *earlier_result(Unit *u, Site *st) {
  Node *t = fe_strip(st->target);
  if (t && (t->kind == CXCursor_VarDecl || t->kind == CXCursor_DeclRefExpr)) {   /* t = f(..); X[v] = t; */
    CXCursor d = clang_getCanonicalCursor(t->kind == CXCursor_VarDecl ? t->cur : clang_getCursorReferenced(t->cur));
    Node *body = NULL;
    for (Node *l = st->call->parent; l && !body; l = l->parent)
      if (l->kind == CXCursor_ForStmt && l->nkid == 4) body = l->kid[3];
    t = body ? stored_as(u, body, d) : NULL;
  }
  if (!t || t->kind != CXCursor_ArraySubscriptExpr || t->nkid != 2) return NULL;
  Node *base = fe_strip(t->kid[0]), *iv = fe_strip(t->kid[1]);
  if (!base || base->kind != CXCursor_DeclRefExpr || !iv || iv->kind != CXCursor_DeclRefExpr) return NULL;
  CXCursor b = clang_getCanonicalCursor(clang_getCursorReferenced(base->cur));
  CXCursor v = clang_getCanonicalCursor(clang_getCursorReferenced(iv->cur));
  Node *loop = NULL;
  for (Node *l = st->call->parent; l && !loop; l = l->parent)
    if (l->kind == CXCursor_ForStmt && clang_equalCursors(suggest_loop_var(l), v)) loop = l;
  if (!loop) return NULL;
  Node *stack[64];
  int n = 0;
  for (int i = 1; i < st->call->nkid && n < 64; i++) stack[n++] = st->call->kid[i];
  while (n) {
    Node *x = stack[--n];
    if (x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) {
      Node *xb = fe_strip(x->kid[0]), *xi = fe_strip(x->kid[1]);
      if (xb && xb->kind == CXCursor_DeclRefExpr &&
          clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(xb->cur)), b) && xi &&
          xi->kind == CXCursor_BinaryOperator && xi->nkid == 2 && fe_binop_is(u, xi, "-")) {
        Node *l = fe_strip(xi->kid[0]);
        CXEvalResult r = clang_Cursor_Evaluate(fe_strip(xi->kid[1])->cur);
        int k = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) > 0;
        if (r) clang_EvalResult_dispose(r);
        if (k && l && l->kind == CXCursor_DeclRefExpr &&
            clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(l->cur)), v))
          return fe_text(u, x->beg, x->end);
      }
    }
    for (int i = 0; i < x->nkid && n < 64; i++) stack[n++] = x->kid[i];
  }
  return NULL;
}

/* Does site st, in a loop over v stepping by one, write a range of its
 * callee that the next iteration's call writes or reads too: first `i + a`,
 * end `i + b` with b - a > 1 and i given v (refine(E, i): E[i - 1] read, E[i]
 * written, DELAYED_INOUT_RANGE(i - 1, i + 1))?  The parameter's name, or NULL. */
static const char *overlapping_parts(Unit *u, Site *st) {
  Node *loop = NULL;
  for (Node *l = st->call->parent; l && !loop; l = l->parent)
    if (l->kind == CXCursor_ForStmt && l->nkid == 4) loop = l;
  CXCursor v = loop ? suggest_loop_var(loop) : clang_getNullCursor();
  if (clang_Cursor_isNull(v)) return NULL;
  Node *inc = fe_strip(loop->kid[2]);
  if (!inc || inc->kind != CXCursor_UnaryOperator || !fe_is_incdec(u, inc)) return NULL;   /* steps of one */
  Callee *ce = st->callee;
  for (int a = 0; a < ce->nparam; a++) {
    Param *p = &ce->param[a];
    if (p->dir == DIR_VALUE || p->dir == DIR_IN || !p->first || !p->end) continue;
    for (int j = 0; j < ce->nparam && j + 1 < st->call->nkid; j++) {
      Node *arg = fe_strip(st->call->kid[j + 1]);
      if (!*ce->param[j].name || !names_word(p->first, ce->param[j].name) || !arg || arg->kind != CXCursor_DeclRefExpr ||
          !clang_equalCursors(clang_getCanonicalCursor(clang_getCursorReferenced(arg->cur)), v))
        continue;
      Poly f, e, fa = {0}, fb = {0}, ea = {0}, eb = {0};
      if (!parse_text(u, p->first, 0, &f)) continue;
      if (!parse_text(u, p->end, 0, &e)) { p_free(&f); continue; }
      long long cf, cs, bf, be;
      int sf = p_split(f, ce->param[j].name, &fa, &fb), se = sf && p_split(e, ce->param[j].name, &ea, &eb);
      int ok = se && p_is_const(fa, &cf) && p_is_const(ea, &cs) && cf == 1 && cs == 1 && p_is_const(fb, &bf) &&
               p_is_const(eb, &be) && be - bf > 1;
      p_free(&f); p_free(&e);
      if (sf) { p_free(&fa); p_free(&fb); }
      if (se) { p_free(&ea); p_free(&eb); }
      if (ok) return p->name;
    }
  }
  return NULL;
}

/* A pointer parameter of the spawning function f that site st writes
 * through (`y` of spmv, given as &y[i]) and that is not restrict already: its
 * declaration with restrict ("double *restrict y"), or NULL. */
/* The pointer parameter of f argument x of st names (its variable, not
 * restrict yet), as `T *restrict p`, or NULL. */
static char *restrict_param(Func *f, Site *st, int x, char **name) {
  Node *stack[32];
  int n = 0;
  stack[n++] = st->arg[x];
  while (n) {
    Node *a = stack[--n];
    if (a->kind == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(a->cur);
      CXType t = clang_getCursorType(d);
      if (clang_getCursorKind(d) == CXCursor_ParmDecl && clang_getCanonicalType(t).kind == CXType_Pointer &&
          !clang_isRestrictQualifiedType(t) && clang_equalCursors(clang_getCursorSemanticParent(d), f->cur)) {
        CXString ts = clang_getTypeSpelling(t);
        char *nm = fe_spelling(d), *r = fmt("%srestrict %s", clang_getCString(ts), nm);
        clang_disposeString(ts);
        if (name) *name = nm;
        else free(nm);
        return r;
      }
    }
    for (int i = 0; i < a->nkid && n < 32; i++) stack[n++] = a->kid[i];
  }
  return NULL;
}

/* The restrict that makes the loop's writes apart from its reads: on the
 * pointer it reads all of (argument `read`, -1: none), one edit; else on
 * every pointer it writes through, all at once (blind 73a: ax, ay, az asked
 * for one run at a time). */
static char *restrict_edit(Unit *u, Func *f, Site *st, int read) {
  (void)u;
  if (read >= 0 && read < st->narg) {
    char *r = restrict_param(f, st, read, NULL);
    if (r) return r;
  }
  Buf b = {0};
  int n = 0;
  for (int x = 0; x < st->callee->nparam && x < st->narg; x++) {
    if (st->callee->param[x].dir == DIR_IN || st->callee->param[x].dir == DIR_VALUE) continue;
    char *r = restrict_param(f, st, x, NULL);
    if (!r) continue;
    if (!b.s || !strstr(b.s, r)) buf_printf(&b, "%s%s", n++ ? ", " : "", r);   /* (one variable given twice: once) */
    free(r);
  }
  return b.s;
}

static enum CXVisitorResult pointer_field(CXCursor c, CXClientData d) {
  CXType t = clang_getCanonicalType(clang_getCursorType(c));
  if (t.kind == CXType_Pointer) { *(int *)d = 1; return CXVisit_Break; }
  return CXVisit_Continue;
}

/* A struct with a pointer member (a graph's rowptr, col, w)? */
static int holds_pointers(CXType t) {
  int found = 0;
  if (t.kind == CXType_Record) clang_Type_visitFields(t, pointer_field, &found);
  return found;
}

static char *outside_part(Unit *u, Analysis *an, const char *name, const char *shown) {
  Func *f = NULL;
  for (int k = 0; k < an->nfn + an->nidle + an->nleaf && !f; k++) {
    Func *g = k < an->nfn ? an->fn[k] : k < an->nfn + an->nidle ? an->idle[k - an->nfn] : an->leaf[k - an->nfn - an->nidle];
    if (!strcmp(g->name, name)) f = g;
  }
  Callee *ce = f && f->body ? fe_callee(u, f->cur) : NULL;
  char *why = NULL;
  for (int k = 0; ce && k < ce->nparam && !why; k++) {
    Param *p = &ce->param[k];
    char *lo, *hi;
    int one;
    if (p->dir == DIR_VALUE || !p->annotated || !*p->name || !fx_declared_extent(f->cur, k, p, &lo, &hi, &one)) continue;
    /* a whole block (the one a global pointer holds): a use outside it is outside the serial program's too */
    char *word = fmt(" %s ", p->name);
    int block = shown && strstr(shown, word);
    free(word);
    if (block) { free(lo); free(hi); continue; }
    ExtentUse *x;
    int n = fx_param_uses(u, f->body, f->cur, k, p, lo, hi, one, &x);
    /* (a use of a known range, img_y[0] against w, is checked and passes for any real row) */
    for (int i = 0; i < n && !why; i++)
      if ((x[i].fit == FIT_UNKNOWN && !x[i].ranged && x[i].kind == EXT_ELEMENT) || x[i].fit == FIT_BEYOND ||
          x[i].fit == FIT_OPAQUE) {
        char *t = fx_use_text(u, x[i].at);
        why = fmt("its body reaches through '%s' where delayc cannot show it stays in the iteration's part ('%s'): "
                  "the fixed program would stop there if it went outside", p->name, t);
        free(t);
      }
    if (!why && p->unchecked) why = fmt("its body uses '%s' where no check follows it", p->name);
    fx_extent_uses_free(x, n);
    free(lo);
    free(hi);
  }
  return why;
}

/* The plan's verdict on suggestion sg (an->fn: a file's functions with the
 * annotations written): why its calls would gain nothing — none is a task,
 * or its tasks would run one at a time — or NULL.  fd, orig: the suggesting
 * file and its text as written, to name a line (NULL: the file analysed is
 * as written). */
static char *plan_refusal(Unit *u, Analysis *an, Sugg *sg, Found *fd, Unit *orig) {
  char *why = NULL;
  int calls = 0, tasks = 0, ordered = 0, loop_calls = 0, loop_tasks = 0;
  const char *serial_why = NULL, *whole = NULL;
  for (int k = 0; k < an->nfn + an->nidle; k++) {
    Func *f = k < an->nfn ? an->fn[k] : an->idle[k - an->nfn];
    for (int j = 0; j < f->nsite; j++) {
      Site *st = f->site[j];
      if (!st->callee || strcmp(st->callee->name, sg->name)) continue;
      calls++;
      int task = site_is_task(st);
      tasks += task;
      loop_calls += st->in_loop;
      loop_tasks += st->in_loop && task;
      if ((st->serial || st->in_place) && st->why && !serial_why) serial_why = st->why;
      /* a task writing an object named whole (no region delayc can name)
       * runs after the previous one that writes it */
      int whole_write = 0;
      for (int d = 0; task && d < st->ndep; d++)
        if (st->dep[d].acc != ACC_IN &&
            (st->dep[d].obj->chained ||   /* in a loop, the same whole object every time: `&total` */
             (st->in_loop && !st->dep[d].index && !st->dep[d].start && !st->dep[d].count &&
              !st->dep[d].obj->temp))) {
          whole_write = 1;
          /* a global it only reads is written here because it writes memory
           * delayc cannot place (which may be that global): name the memory */
          if (!whole || (*whole != '<' && !writes_global(st, whole) && *st->dep[d].obj->name == '<'))
            whole = st->dep[d].obj->name;
        }
      ordered += whole_write;
    }
  }
  /* recursion: its calls of itself must not be ordered on the same memory
   * (a pointer without a count, passed whole to both halves) */
  const char *chained = NULL;
  for (int k = 0; sg->kind == SK_RECURSION && k < an->nfn && !chained; k++) {
    Func *f = an->fn[k];
    if (strcmp(f->name, sg->name)) continue;
    for (int a = 0; a < f->nsite && !chained; a++)
      for (int b = a + 1; b < f->nsite && !chained; b++) {
        Site *x = f->site[a], *y = f->site[b];
        if (!x->callee || !y->callee || strcmp(x->callee->name, sg->name) || strcmp(y->callee->name, sg->name))
          continue;
        for (int i = 0; i < x->ndep && !chained; i++)
          for (int j = 0; j < y->ndep && !chained; j++) {
            Dep *dx = &x->dep[i], *dy = &y->dep[j];
            if (dx->obj == dy->obj && !dx->obj->regions && (dx->acc != ACC_IN || dy->acc != ACC_IN) &&
                regions_overlap(dx, dy))
              chained = dx->obj->name;
          }
      }
  }
  if (!chained && tasks && ordered == tasks && whole) chained = whole;
  /* tasks in a loop that read all memory reached through pointers (data
   * holding pointers, read all the way down) and write some of it (a result
   * stored through a pointer): each reads what the one before wrote */
  const char *deep = NULL, *uncounted = NULL, *gptr = NULL;
  int gstruct = 0, uread = -1;
  char *uread_name = NULL;        /* ... the variable the loop gives it (b of b_i) */
  char *restrict_it = NULL;       /* the edit that makes the loop's writes apart from its reads */
  for (int k = 0; k < an->nfn && !chained && !deep; k++) {
    Func *f = an->fn[k];
    for (int j = 0; j < f->nsite && !deep; j++) {
      Site *st = f->site[j];
      if (!st->callee || strcmp(st->callee->name, sg->name) || st->serial || st->in_place || !st->in_loop) continue;
      int all = 0, writes = 0, reaches = 0;
      for (int x = 0; x < st->callee->nparam; x++) reaches |= st->callee->param[x].reaches;
      for (int d = 0; d < st->ndep; d++) {
        if (st->dep[d].obj->ext != EXT_MEMORY) continue;
        all |= st->dep[d].acc == ACC_IN && !st->dep[d].start && !st->dep[d].index;
        writes |= st->dep[d].acc != ACC_IN;
      }
      /* a pointer to plain data read with no count reads all of it */
      char *first_var = NULL;     /* the variable the first such argument reads (b of b and &b[i]) */
      int others = 0;
      for (int x = 0; all && writes && x < st->callee->nparam; x++) {
        Param *pm = &st->callee->param[x];
        if (pm->dir == DIR_IN && !pm->count && !pm->first && !pm->rows && *pm->name && !pm->reaches) {
          char *nm = NULL, *r = x < st->narg ? restrict_param(f, st, x, &nm) : NULL;
          if (!uncounted) {
            uncounted = pm->name;
            uread = x;
            first_var = nm;
            nm = NULL;
          } else if (!nm || !first_var || strcmp(nm, first_var)) {
            others = 1;
          }
          free(nm);
          free(r);
        }
      }
      free(first_var);
      if (others) uread = -1;   /* (restrict on one of them would leave the others: the writes, then) */
      /* a global pointer read through (`hist[img[y * N + x]]++` of `static
       * unsigned char *img`), or a global struct of pointers (`g.col[e]` of
       * `static Graph g`, a graph in CSR form) */
      for (int d = 0; all && writes && !gptr && d < st->ndep; d++) {
        CXType gt = clang_Cursor_isNull(st->dep[d].obj->decl) ? (CXType){0}
                    : clang_getCanonicalType(clang_getCursorType(st->dep[d].obj->decl));
        if (st->dep[d].obj->ext == EXT_GLOBAL && (gt.kind == CXType_Pointer || holds_pointers(gt))) {
          gptr = st->dep[d].obj->name;
          gstruct = gt.kind == CXType_Record;
        }
      }
      if (all && writes && (reaches || uncounted || gptr || sg->kind == SK_LOOP)) deep = sg->name;
      if (deep && sg->kind == SK_LOOP && !restrict_it) {
        restrict_it = restrict_edit(u, f, st, uread);
        /* the new function's parameter is not the user's name: the argument's variable is */
        int ux = -1;              /* (its index, even when several are read so) */
        for (int x = 0; uncounted && x < st->callee->nparam && ux < 0; x++)
          if (!strcmp(st->callee->param[x].name, uncounted)) ux = x;
        char *nm = NULL, *r = ux >= 0 && ux < st->narg ? restrict_param(f, st, ux, &nm) : NULL;
        if (nm) uread_name = nm;
        free(r);
      }
    }
  }
  if (deep && uncounted && sg->kind == SK_LOOP && restrict_it) {
    /* the new function is not the user's to annotate: the edit is in the loop's function */
    why = fmt("its calls would run one after the other: each reads all memory through '%s', whose elements delayc "
                  "cannot tell, and writes some of it, which the next one would read; if what the loop writes "
                  "never overlaps what it reads, say so where the function takes it: %s",
                  uread_name ? uread_name : uncounted, restrict_it);
    free(restrict_it);
    free(uread_name);
    return why;
  }
  free(uread_name);
  if (deep && uncounted) {
    why = fmt("its calls would run one after the other: each reads all memory through '%s', whose elements delayc "
                  "cannot tell, and writes some of it, which the next one would read; declare the elements '%s' "
                  "reads (DELAYED_IN_N or _RANGE) on %s", uncounted, uncounted,
                  sg->kind == SK_LOOP ? "the new function" : "it");
    free(restrict_it);
    return why;
  }
  if (deep && !gptr && sg->kind == SK_LOOP && restrict_it) {
    /* the results go through a pointer the function was given (y[i] of
     * spmv(A, x, y)): their memory may be what the tasks read */
    why = fmt("its calls would run one after the other: each reads all memory reached through pointers (data "
                  "holding pointers, read all the way down) and writes some of it, which the next one would read; "
                  "if what the loop writes never overlaps what it reads, say so where the function takes it: %s",
                  restrict_it);
    free(restrict_it);
    return why;
  }
  free(restrict_it);
  if (deep && gptr && !uncounted && gstruct) {
    why = fmt("its calls would run one after the other: each reads all memory through the pointers of the "
                  "global struct '%s', whose elements delayc cannot tell, and writes some of it, which the next one "
                  "would read; pass the arrays '%s' holds to it as parameters of their own, each with its count "
                  "(DELAYED_IN_N(n) const T *p), from pointers delayc can follow (locals set from malloc: a pointer "
                  "read back from a struct is not one)", gptr, gptr);
    return why;
  }
  if (deep && gptr && !uncounted) {
    why = fmt("its calls would run one after the other: each reads all memory through the global pointer '%s', "
                  "whose elements delayc cannot tell, and writes some of it, which the next one would read; pass "
                  "'%s' to it as a parameter with the count of what it points to (DELAYED_IN_N(n) const T *p), "
                  "or as a `const T *restrict`", gptr, gptr);
    return why;
  }
  if (deep) {
    /* a struct of pointers read through (const CsrMatrix *m): its members' counts and DELAYED_IN are the edit */
    Callee *ce = NULL;
    for (int k = 0; k < an->nfn && !ce; k++)
      for (int j = 0; j < an->fn[k]->nsite && !ce; j++)
        if (an->fn[k]->site[j]->callee && !strcmp(an->fn[k]->site[j]->callee->name, sg->name)) ce = an->fn[k]->site[j]->callee;
    for (int x = 0; ce && x < ce->nparam && x < clang_Cursor_getNumArguments(ce->cur) && !why; x++) {
      CXType t = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(ce->cur, (unsigned)x)));
      if (t.kind != CXType_Pointer || !ce->param[x].reaches || !*ce->param[x].name) continue;
      CXType r = clang_getCanonicalType(clang_getPointeeType(t));
      char *edit = r.kind == CXType_Record ? memory_count_edit(t) : NULL;
      if (edit)
        why = fmt("its calls would run one after the other: each reads all memory through '%s', whose pointers say "
                  "no count, and writes some of it, which the next one would read; %s, and declare '%s' DELAYED_IN "
                  "(one struct, its members' regions read)", ce->param[x].name, edit, ce->param[x].name);
      free(edit);
    }
    if (!why)
      why = fmt("its calls would run one after the other: each reads all memory reached through pointers (data "
                "holding pointers, read all the way down) and writes some of it, which the next one would read; "
                "store the results in an array of the function (indexed by the loop) instead");
    return why;
  }
  /* calls in a loop that write through the same pointer every round (an
   * argument the loop variable does not change): one after the other */
  const char *same = NULL;
  char *same_var = NULL;
  for (int k = 0; k < an->nfn && !chained && !same && sg->kind != SK_RECURSION; k++) {
    Func *f = an->fn[k];
    for (int j = 0; j < f->nsite && !same; j++) {
      Site *st = f->site[j];
      if (!st->callee || strcmp(st->callee->name, sg->name) || st->serial || !st->in_loop || !st->call) continue;
      CXCursor v = clang_getNullCursor();
      Node *loop = NULL;
      for (Node *l = st->call->parent; l && clang_Cursor_isNull(v); l = l->parent)
        if (l->kind == CXCursor_ForStmt && !clang_Cursor_isNull(v = suggest_loop_var(l))) loop = l;
      if (clang_Cursor_isNull(v) || !loop) continue;
      int written = 0, varies = 0;
      for (int a = 0; a < st->callee->nparam && a + 1 < st->call->nkid && !varies; a++) {
        Dir d = st->callee->param[a].dir;
        if (d != DIR_OUT && d != DIR_INOUT) continue;
        written = 1;
        varies = changes_in(u, st->call->kid[a + 1], loop);
        /* DELAYED_*_RANGE(lo, hi): the range moves with the arguments it names */
        const char *first = st->callee->param[a].first;
        for (int j = 0; first && j < st->callee->nparam && j + 1 < st->call->nkid && !varies; j++)
          if (names_word(first, st->callee->param[j].name)) varies = changes_in(u, st->call->kid[j + 1], loop);
      }
      if (written && !varies) {
        same = sg->name;
        same_var = fe_spelling(v);
      }
    }
  }
  /* a recurrence: the call's result goes to X[v] and an argument reads
   * X[v - k], an earlier iteration's result (z[i] = step(z[i - 1], h)):
   * each task waits for the one before */
  char *recur = NULL;
  for (int k = 0; k < an->nfn && !chained && !same && !recur && sg->kind != SK_RECURSION; k++) {
    Func *f = an->fn[k];
    for (int j = 0; j < f->nsite && !recur; j++) {
      Site *st = f->site[j];
      if (!st->callee || strcmp(st->callee->name, sg->name) || !st->in_loop || !st->call || !st->target) continue;
      recur = earlier_result(u, st);
    }
  }
  /* ... or its part of an array overlaps the next call's (a window of an
   * element and its neighbour, each written): a chain */
  const char *over = NULL;
  for (int k = 0; k < an->nfn && !chained && !same && !recur && !over && sg->kind != SK_RECURSION; k++) {
    Func *f = an->fn[k];
    for (int j = 0; j < f->nsite && !over; j++) {
      Site *st = f->site[j];
      if (st->callee && !strcmp(st->callee->name, sg->name) && st->in_loop && st->call) over = overlapping_parts(u, st);
    }
  }
  if (over) {
    why = fmt("its calls in the loop would run one after the other: each one's part of '%s' overlaps the next "
                  "one's, which it writes (a value carried from one element to the next); nothing but a different "
                  "algorithm makes them parallel", over);
    return why;
  }
  if (recur) {
    why = fmt("its calls in the loop would run one after the other: each takes an earlier call's result "
                  "('%s'), a recurrence; nothing but a different algorithm makes them parallel", recur);
    free(recur);
    return why;
  }
  /* calls in a loop, the loop's only tasks, one a round, whose results the
   * loop's own code waits for each round (the power iteration's
   * scale(y, ...) before spmv(y, ...)): one at a time */
  unsigned waited_at = 0, waited_line = 1;
  for (int k = 0; k < an->nfn && !chained && !same && !waited_at && sg->kind != SK_RECURSION; k++)
    waited_at = waited_each_round(an->fn[k], sg->name);
  if (waited_at) {              /* its line in the file as written (the text verified has the annotations) */
    unsigned o = fd ? original_off(fd, waited_at - 1) : waited_at - 1;
    const Unit *t = orig ? orig : u;
    for (unsigned i = 0; i < o && i < t->len; i++) waited_line += t->src[i] == '\n';
  }
  if (waited_at && !same && !chained) {
    why = fmt("its calls would run one at a time: the loop's own code waits for each task (line %u touches "
              "what the task may write, or writes what it may read) before the loop spawns another; move that "
              "code after the loop (keep the results in arrays and use them there), or make the calls of another "
              "loop the tasks", waited_line);
    return why;
  }
  if (same && !chained) {
    why = fmt("its calls in the loop over '%s' would run one after the other: each writes through the same "
                  "pointer (an argument that does not change with '%s'); give each call its own part (an "
                  "element or a block indexed by '%s')", same_var, same_var, same_var);
    free(same_var);
    return why;
  }
  free(same_var);
  /* a global the callee updates in a loop of little work (`g_overflow++` in
   * an inner loop): made atomic, it would cost more than the calls */
  int hot = 0;
  for (int k = 0; chained && *chained != '<' && k < an->nfn && !hot; k++)
    for (int j = 0; j < an->fn[k]->nsite && !hot; j++) {
      Site *st = an->fn[k]->site[j];
      const Effects *fx = st->callee && !strcmp(st->callee->name, sg->name) ? st->callee->fx : NULL;
      for (int g = 0; fx && g < fx->ng && !hot; g++) hot = fx->g[g].hot && !strcmp(fx->g[g].name, chained);
    }
  if (chained && hot) {
    why = fmt("its calls would run one after the other: each updates the global '%s' in a loop of little work per "
              "iteration, where an atomic update would cost more than the work, so they keep their order; count "
              "into a local in the loop and add it to '%s' once, after that loop", chained, chained);
  } else if (chained) {
    why = sg->kind == SK_RECURSION
        ? fmt("its calls of itself would run one after the other: both use '%s' and delayc cannot tell their "
              "parts apart; pass each call its part as a pointer with a count (a + lo, DELAYED_INOUT_N(hi - lo))",
              chained)
        : *chained == '<'          /* <memory>: what pointers reach, not a name of the program */
        ? xstrdup("its calls would run one after the other: each writes memory reached through a pointer "
                  "delayc cannot place (an unknown function's, or one with no count), the same for every call; give "
                  "each call its own part (an element of an array indexed by the loop, or a pointer with a count)")
        : fmt("its calls would run one after the other: each writes all of '%s' (for delayc, the same object "
              "every time); give each call its own part (an element of an array indexed by the loop, or a "
              "pointer with a count) and combine them after the loop", chained);
  } else if (calls && (!tasks || (loop_calls && !loop_tasks && tasks == 1))) {
    /* (its calls in loops, where the company is, all inline: one task elsewhere runs alone) */
    char *own = NULL;             /* the statement that calls it reads its result (`if (f(x) != 0) bad++;`) */
    for (int k = 0; k < an->nfn + an->nidle && !own && !serial_why && !tasks; k++) {
      Func *f = k < an->nfn ? an->fn[k] : an->idle[k - an->nfn];
      for (int j = 0; j < f->nsite && !own; j++) {
        Site *st = f->site[j];
        if (st->callee && !strcmp(st->callee->name, sg->name) && (st->inline_read || st->inline_call) && st->stmt)
          own = fe_text(u, st->stmt->beg, fe_stmt_end(u, st->stmt));
      }
    }
    if (own) {
      char *nl = strchr(own, '\n');
      if (nl) strcpy(nl, " ...");
      why = fmt("each of its calls runs inline: the statement that calls it reads its result at once ('%s'), so "
                "nothing would run beside it; store the results (an array indexed by the loop) and use them "
                "after the loop", own);
      free(own);
      return why;
    }
    why = serial_why
        ? fmt("emit would keep its calls serial: %s", serial_why)
        : tasks ? xstrdup("each of its calls in a loop runs inline: the next statement uses what it writes at once, "
                          "and its one other call would be a task alone; store the loop's results (an array "
                          "indexed by the loop) and use them after the loop")
        : xstrdup("each of its calls runs inline: the next statement uses what it writes at once, so nothing "
                  "would run beside it; store the results (an array indexed by the loop) and use them after "
                  "the loop");
  }
  /* calls smaller than a task costs (kept for a loop split for them, or
   * for loops that may run long) are worth tasks only in batches, sized as
   * they run: one by one, each costs more than it does (blind 61a: 240,005
   * tasks of lu_checksum, 223 ns each, 3x slower than serial) */
  for (int k = 0; !why && (sg->small || sg->longer) && sg->work < COST_TASK_NS && k < an->nfn; k++)
    for (int j = 0; j < an->fn[k]->nsite && !why; j++) {
      Site *st = an->fn[k]->site[j];
      if (!st->callee || strcmp(st->callee->name, sg->name) || (!st->no_batch && st->in_loop) || !site_is_task(st))
        continue;
      char *w = human_ns(sg->work);
      if (!st->in_loop)         /* calls side by side, no loop of them (blind 74a: a hash's pair, 900,108 tasks) */
        why = fmt("its calls (about %s each%s) are too small to be tasks one by one, and those in '%s' are not in a "
                  "loop of them that emit runs in batches: each would be a task of its own, costing more than it "
                  "does", w, sg->longer ? ", unless its loops run long" : "", an->fn[k]->name);
      else
        why = fmt("its calls (about %s each%s) are too small to be tasks one by one, and the loop in '%s' would not "
                  "run them in batches (%s)%s", w, sg->longer ? ", unless its loops run long" : "", an->fn[k]->name,
                  st->no_batch, strstr(st->no_batch, "ordinary code")
                  ? "; store each result in an array indexed by the loop, and use them after it" : "");
      free(w);
    }
  return why;
}

/* A refusal for calls that would wait for each other (not for what the function itself does). */
static int ordered_why(const char *why) {
  return strstr(why, "one after the other") || strstr(why, "one at a time");
}

/* The headers whose structs the kept suggestions of fd give member counts
 * (member_alloc.c), as --fix would write them (each count once): unsaved
 * files for the parse, their number. */
static int counted_headers(Found *fd, struct CXUnsavedFile **out) {
  struct CXUnsavedFile *uf = NULL;
  int n = 0;
  for (int i = 0; i < fd->ns; i++) {
    Sugg *s = &fd->s[i];
    if (s->why || !s->mpath) continue;
    int k = 0;
    while (k < n && strcmp(uf[k].Filename, s->mpath)) k++;
    if (k < n) continue;
    char *hsrc;
    size_t hlen;
    if (read_c_source(s->mpath, &hsrc, &hlen) != 0) continue;
    Edits ed = {0};
    if (!strstr(hsrc, "delayed.h")) ed_insert(&ed, 0, DELAYED_INCLUDE);
    for (int j = 0; j < fd->ns; j++) {
      Sugg *t = &fd->s[j];
      for (int m = 0; !t->why && t->mpath && !strcmp(t->mpath, s->mpath) && m < t->nmins; m++) {
        int had = 0;
        for (int e = 0; e < ed.n && !had; e++)
          had = ed.e[e].beg == t->mins[m].off && !strcmp(ed.e[e].text, t->mins[m].text);
        if (!had) ed_insert(&ed, t->mins[m].off, t->mins[m].text);
      }
    }
    ed_sort(&ed);
    size_t tl;
    char *text = ed_apply(&ed, hsrc, 0, (unsigned)hlen, &tl);
    uf = xrealloc(uf, (size_t)(n + 1) * sizeof *uf);
    uf[n++] = (struct CXUnsavedFile){xstrdup(s->mpath), text, (unsigned long)tl};
    for (int e = 0; e < ed.n; e++) free(ed.e[e].text);
    free(ed.e);
    free(hsrc);
  }
  *out = uf;
  return n;
}

static int drop_round(Unit *orig, const char *src, size_t len, const char *const *args, int nargs, Found *fd,
                      int *dropped) {
  size_t alen;
  char *text = annotated_text(src, len, fd, &alen);
  Unit u;
  struct CXUnsavedFile *hf, *was = fe_also;
  int nh = counted_headers(fd, &hf), nwas = fe_nalso;
  if (nh) {                         /* (the headers other files' suggestions annotate, and these) */
    hf = xrealloc(hf, (size_t)(nh + nwas) * sizeof *hf);
    for (int i = 0; i < nwas; i++) hf[nh + i] = was[i];
    fe_also = hf;
    fe_nalso = nh + nwas;
  }
  fe_quiet_errors = 1;
  int bad = fe_parse(&u, orig->path, nargs, args, text, alen);
  fe_quiet_errors = 0;
  fe_also = was;
  fe_nalso = nwas;
  for (int i = 0; i < nh; i++) {
    free((char *)hf[i].Filename);
    free((char *)hf[i].Contents);
  }
  free(hf);
  if (bad) {
    /* a body moved into a function of its own may not compile there (a macro
     * defined inside the function, a name it cannot see): the suggestion the
     * first error falls in goes, or every loop's when it falls elsewhere */
    int at = -1;
    for (unsigned i = 0, nd = u.tu ? clang_getNumDiagnostics(u.tu) : 0; i < nd && at < 0; i++) {
      CXDiagnostic d = clang_getDiagnostic(u.tu, i);
      if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
        CXFile file;
        unsigned off;
        clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, &off);
        CXString nm = clang_getFileName(file);
        if (file && clang_getCString(nm) && !strcmp(clang_getCString(nm), orig->path)) at = owner(fd, original_off(fd, off));
        clang_disposeString(nm);
      }
      clang_disposeDiagnostic(d);
    }
    free(text);
    fe_dispose(&u);
    *dropped = 0;
    for (int i = 0; i < fd->ns; i++)
      if (!fd->s[i].why && fd->s[i].kind == SK_LOOP && (at < 0 || at == i || fd->s[at].kind != SK_LOOP)) {
        fd->s[i].why = xstrdup("its body does not compile as a function of its own (it uses something only "
                               "the enclosing function can see)");
        (*dropped)++;
      }
    return *dropped ? 0 : -1;
  }
  Model m;
  model_build(&m, &u, 1);
  LintConfig cfg = {0};
  Lint L = {&u, &m, &cfg, NULL, NULL, 0, NULL};
  lint_begin_unit(&u);
  static const char *const which[] = {"delayed-stays-serial", "delayed-mutates-input", "delayed-nested",
                                      "delayed-too-fine", NULL};
  for (int k = 0; k < lint_nchecks; k++)
    for (int w = 0; which[w]; w++)
      if (!strcmp(lint_checks[k].name, which[w])) {
        L.check = &lint_checks[k];
        lint_checks[k].run(&L);
      }
  lint_done(&L);
  *dropped = 0;
  /* the checks' findings first: a finding is the reason the user can act on */
  for (int i = 0; i < L.nf; i++) {
    Finding *x = &L.f[i];
    /* the loop body the finding names ("call of 'main_i_iteration_2' stays
     * serial"), a function of suggest's own, before the suggestion whose text
     * it points into (blind 63a: 'checksum' refused for a body calling it) */
    int o = -1, body = 0;
    for (int k = 0; k < fd->ns && !body; k++) {
      if (fd->s[k].kind != SK_LOOP) continue;
      char *q = fmt("call of '%s'", fd->s[k].name);
      if (strstr(x->msg, q)) { o = k; body = 1; }   /* (dropped already: no one else's) */
      free(q);
    }
    if (!body) o = owner(fd, original_off(fd, x->off));
    /* a call's finding points at the call: its first note may name the callee's declaration */
    for (int j = 0; o < 0 && j < x->nnote; j++) o = owner(fd, original_off(fd, x->note[j].off));
    if (o < 0 || fd->s[o].why) continue;
    fd->s[o].why = fmt("%s [%s]", x->msg, x->check->name);
    (*dropped)++;
  }
  /* the plan: a suggestion none of whose calls is a task (each runs inline,
   * its result used at once) gains nothing */
  Analysis an;
  an_run(&an, &u);
  an_batches(&an);                  /* as emit plans it for OpenMP: which loops run their calls in batches */
  for (int i = 0; i < fd->ns; i++) {
    Sugg *sg = &fd->s[i];
    if (sg->why) continue;
    if (sg->kind == SK_LOOP && (sg->why = outside_part(&u, &an, sg->name, sg->shown))) {
      (*dropped)++;
      continue;
    }
    if ((sg->why = plan_refusal(&u, &an, sg, fd, orig))) (*dropped)++;
  }
  an_dispose(&an);
  lint_begin_unit(NULL);
  for (int i = 0; i < L.nf; i++) {
    free(L.f[i].msg);
    free(L.f[i].srcline);
    for (int j = 0; j < L.f[i].nnote; j++) { free(L.f[i].note[j].msg); free(L.f[i].note[j].srcline); }
    free(L.f[i].note);
    for (int j = 0; j < L.f[i].nfix; j++) free(L.f[i].fix[j].text);
    free(L.f[i].fix);
  }
  free(L.f);
  model_free(&m);
  fe_dispose(&u);
  cost_forget();
  free(text);
  return 0;
}

static int settle(Unit *u, const char *src, size_t len, const char *const *args, int nargs, Found *fd) {
  for (int round = 0; round < 8 + fd->ns; round++) {
    int kept = 0, dropped = 0;
    for (int i = 0; i < fd->ns; i++) kept += !fd->s[i].why;
    if (!kept) return 0;
    if (drop_round(u, src, len, args, nargs, fd, &dropped) != 0) return -1;
    /* a function left out for a loop proposed in its place, that loop now
     * dropped: proposed again (its calls in that loop may be tasks still) */
    for (int i = 0; i < fd->ns; i++) {
      Sugg *g = &fd->s[i];
      if (g->instead && g->why && fd->s[g->instead - 1].why) {
        free(g->why);
        g->why = NULL;
        g->instead = 0;
        dropped++;
      }
    }
    if (!dropped) return 0;
  }
  return 0;
}

static long long total_work(const Found *fd) {
  long long t = 0;
  for (int k = 0; k < fd->ns; k++)
    if (!fd->s[k].why) t += fd->s[k].work * (fd->s[k].calls > 1 ? fd->s[k].calls : 1);
  return t;
}

/* Functions whose calls would wait for each other may wait because of a far
 * smaller one kept (image_new proposed: blur of the images it makes waits
 * for its tasks, 110 us against 5.4 ms, blind 71a): tried without the kept
 * ones of a tenth of their work or less, that set stays if more work runs as
 * tasks, the smaller ones said why. */
static int sacrifice_smaller(Unit *u, const char *src, size_t len, const char *const *args, int nargs, Found *fd) {
  long long big = 0;
  for (int k = 0; k < fd->ns; k++)
    if (fd->s[k].why && fd->s[k].kind == SK_FUNCTION && ordered_why(fd->s[k].why) && fd->s[k].work > big)
      big = fd->s[k].work;
  char **before = xcalloc((size_t)fd->ns + 1, sizeof *before);
  long long had = total_work(fd);
  int small = 0;
  for (int k = 0; k < fd->ns; k++) {
    before[k] = fd->s[k].why;
    if (before[k] && fd->s[k].kind == SK_FUNCTION && ordered_why(before[k])) fd->s[k].why = NULL;
    else if (!before[k] && fd->s[k].kind == SK_FUNCTION && fd->s[k].work * 10 <= big) {
      fd->s[k].why = xstrdup("");   /* (left out: said below) */
      small++;
    }
  }
  if (!small || settle(u, src, len, args, nargs, fd) != 0 || total_work(fd) <= had) {
    for (int k = 0; k < fd->ns; k++) {   /* as it was */
      if (fd->s[k].why != before[k]) free(fd->s[k].why);
      fd->s[k].why = before[k];
    }
    free(before);
    return 0;
  }
  const char *won = NULL;
  for (int k = 0; k < fd->ns && !won; k++)
    if (before[k] && !fd->s[k].why) won = fd->s[k].name;
  for (int k = 0; k < fd->ns; k++) {
    if (fd->s[k].why && !*fd->s[k].why) {
      free(fd->s[k].why);
      fd->s[k].why = fmt("proposed, it would make the calls of '%s', far bigger, wait for each other (their data "
                         "would be its tasks' results): left out for them; annotate it yourself once they are", won);
    }
    if (fd->s[k].why != before[k]) free(before[k]);
  }
  free(before);
  return 1;
}

int verify_candidates(Unit *u, const char *src, size_t len, const char *const *args, int nargs, Found *fd) {
  if (settle(u, src, len, args, nargs, fd) != 0) return -1;
  /* functions dropped because their calls would wait for each other may
   * have waited because of another one dropped since (blur and brighten of
   * images made by image_new, proposed too: its results were tasks' then,
   * blind 67a): tried again together with what is kept now, they stay if
   * nothing kept falls with them */
  char **before = xcalloc((size_t)fd->ns + 1, sizeof *before);
  int again = 0;
  for (int k = 0; k < fd->ns; k++) {
    before[k] = fd->s[k].why;
    if (before[k] && fd->s[k].kind == SK_FUNCTION && ordered_why(before[k])) {
      fd->s[k].why = NULL;
      again++;
    }
  }
  int worse = 0, gained = 0;
  if (again && settle(u, src, len, args, nargs, fd) != 0) { free(before); return -1; }
  for (int k = 0; k < fd->ns; k++) {
    worse |= !before[k] && fd->s[k].why;
    gained |= before[k] && !fd->s[k].why;
  }
  for (int k = 0; k < fd->ns; k++) {
    if (!again) break;
    if (worse || !gained) {                  /* as it was */
      if (fd->s[k].why != before[k]) free(fd->s[k].why);
      fd->s[k].why = before[k];
    } else if (fd->s[k].why != before[k]) {
      free(before[k]);
    }
  }
  free(before);
  if (again && (worse || !gained)) sacrifice_smaller(u, src, len, args, nargs, fd);
  /* a candidate dropped beside others may have been dropped because of them
   * (called inside one that was proposed then, and dropped since): each is
   * tried once more with what is kept now, and stays only if nothing else
   * falls with it */
  for (int i = 0; i < fd->ns; i++) {
    if (!fd->s[i].why || !strstr(fd->s[i].why, "[delayed-nested]")) continue;   /* the interaction: see above */
    char **before = xcalloc((size_t)fd->ns + 1, sizeof *before);
    for (int k = 0; k < fd->ns; k++) before[k] = fd->s[k].why;
    fd->s[i].why = NULL;
    int dropped = 0, worse = 0;
    if (drop_round(u, src, len, args, nargs, fd, &dropped) != 0) { free(before); return -1; }
    int fell = -1;
    for (int k = 0; k < fd->ns; k++)
      if (k != i && !before[k] && fd->s[k].why) {
        worse = 1;
        if (fell < 0) fell = k;
      }
    if (worse) {                             /* as it was, */
      char *why = NULL;
      if (!fd->s[i].why && !strstr(before[i], fd->s[fell].name))   /* its call nested no longer: the true reason */
        why = fmt("proposed beside '%s', it would make '%s' stay serial (%s); annotate one of them yourself, or "
                  "change what makes that one wait", fd->s[fell].name, fd->s[fell].name, fd->s[fell].why);
      for (int k = 0; k < fd->ns; k++) {
        if (fd->s[k].why != before[k]) free(fd->s[k].why);
        fd->s[k].why = before[k];
      }
      if (why) {
        free(fd->s[i].why);
        fd->s[i].why = why;
      }
    } else {
      free(before[i]);                       /* kept, or dropped for what stops it now (not the call gone since) */
    }
    free(before);
  }
  return 0;
}

/* ---- the calls in the other files ----
 *
 * A suggestion whose company is in other files (Sugg.elsewhere) is proposed
 * for their calls: each such file is parsed with the headers as --fix would
 * write them (fe_also), and its plan must make one of those calls a task,
 * else the suggestion goes with emit's reason (blind round 55a: a `const Vec *`
 * whose members say no count stayed serial in main.c). */
void verify_elsewhere(Unit *file, const char *const *args, int nargs, Sugg **sg, int nsg) {
  Unit u;
  fe_quiet_errors = 1;
  int bad = fe_parse(&u, file->path, nargs, args, NULL, 0);
  fe_quiet_errors = 0;
  if (bad) {                          /* the annotated headers do not parse here: nothing is proposed for it */
    for (int i = 0; i < nsg; i++)
      if (!sg[i]->why) sg[i]->why = fmt("'%s' does not parse with its header annotated", file->path);
    fe_dispose(&u);
    cost_forget();
    return;
  }
  Analysis an;
  an_run(&an, &u);
  an_batches(&an);                  /* as emit plans it for OpenMP: which loops run their calls in batches */
  for (int i = 0; i < nsg; i++) {
    Sugg *g = sg[i];
    char *why = g->why ? NULL : plan_refusal(&u, &an, g, NULL, NULL);
    if (why) g->why = fmt("in %s, %s", file->path, why);
    free(why);
  }
  an_dispose(&an);
  fe_dispose(&u);
  cost_forget();
}
