/* shared_state.c — tasks and ordinary code on shared state.
 *
 * effects.c says what a call touches besides its arguments' memory: mutable
 * globals, resources (the console, the file system ...), or everything.  Here
 * those become objects of the function (Obj.ext), so that the dependencies and
 * waits that order tasks on local data order them on shared state too:
 *
 *   - a task depends on each global and resource its callee touches, `in`
 *     when it only reads it, `inout` when it writes it: tasks that use one
 *     resource in conflicting ways keep their serial order, readers of one run
 *     together;
 *   - a global is named in the depend clause when the spawning function can
 *     name it (declared before the function, not shadowed); otherwise — a
 *     static of another file or function — it is the runtime's object for
 *     "global state delayc cannot name here" (RES_GLOBALS);
 *   - a task whose callee touches everything (a body delayc cannot see) is
 *     `inout` on every shared object of the function, and on RES_GLOBALS;
 *   - ordinary code that touches shared state waits for the tasks that touch
 *     it (syncs.c calls ordinary_effects for each call and global it meets);
 *     the arguments a task evaluates at its spawn are ordinary code too: the
 *     task's argwait, emitted before them;
 *   - every order introduced this way is explained (--explain), naming the
 *     resource or global and the call that touches it. */
#include "analysis/analysis.h"
#include "analysis/passes.h"

#include <stdlib.h>
#include <string.h>

/* ---- the objects ---- */

Obj *shared_object(Func *f, int ext, const char *name, const char *access) {
  Obj *o = xcalloc(1, sizeof *o);
  o->decl = clang_getNullCursor();
  o->name = xstrdup(name);
  o->type = xstrdup("char");
  o->kind = OBJ_SCALAR;
  o->esize = -1;
  o->ext = ext;
  o->access = xstrdup(access);
  o->id = f->nobj;
  f->obj = xrealloc(f->obj, (size_t)(f->nobj + 1) * sizeof *f->obj);
  f->obj[f->nobj++] = o;
  return o;
}

static const char *const aShort[RES_COUNT] = {
  [RES_CONSOLE] = "<console>", [RES_FILES] = "<files>", [RES_ENV] = "<environment>",
  [RES_LOCALE] = "<locale>", [RES_RANDOM] = "<random>", [RES_TIME] = "<clocks>",
  [RES_LIBC] = "<libc state>", [RES_GLOBALS] = "<globals>"};

static Obj *find_resource(Func *f, Resource r) {
  for (int i = 0; i < f->nobj; i++)
    if (f->obj[i]->ext == EXT_RESOURCE && f->obj[i]->res == (int)r) return f->obj[i];
  return NULL;
}

static Obj *resource_obj(Func *f, Resource r) {
  Obj *o = find_resource(f, r);
  if (o) return o;
  o = shared_object(f, EXT_RESOURCE, aShort[r], fx_resource_symbol(r));
  o->res = (int)r;
  return o;
}

/* The offset in the main file from which a declaration is visible: its own,
 * or that of the #include that brings its file in. */
typedef struct Incl { CXFile want; unsigned off; int found; Unit *u; } Incl;

static void incl_visit(CXFile f, CXSourceLocation *stack, unsigned n, CXClientData d) {
  Incl *c = d;
  if (c->found || !clang_File_isEqual(f, c->want)) return;
  for (unsigned i = 0; i < n; i++) {       /* innermost first: the first in the main file */
    CXFile sf;
    unsigned off;
    clang_getExpansionLocation(stack[i], &sf, NULL, NULL, &off);
    if (sf && clang_File_isEqual(sf, c->u->file)) { c->off = off; c->found = 1; return; }
  }
}

static unsigned visible_from(Unit *u, CXCursor d) {
  CXFile f;
  unsigned off;
  clang_getExpansionLocation(clang_getCursorLocation(d), &f, NULL, NULL, &off);
  if (!f) return (unsigned)-1;
  if (clang_File_isEqual(f, u->file)) return off;
  Incl c = {f, 0, 0, u};
  clang_getInclusions(u->tu, incl_visit, &c);
  return c.found ? c.off : (unsigned)-1;
}

/* Can every statement of f name the global g (a file-scope variable declared
 * before f, whose name no local or parameter of f shadows)? */
static int nameable(Ctx *c, CXCursor g) {
  Func *f = c->f;
  if (clang_getCursorKind(clang_getCursorSemanticParent(g)) != CXCursor_TranslationUnit) return 0;
  if (visible_from(c->u, g) >= f->root->beg) return 0;
  char *name = fe_spelling(g);
  int shadowed = 0;
  for (int i = 0; i < f->nparam && !shadowed; i++) shadowed = !strcmp(f->pname[i], name);
  for (int i = 0; i < f->nvars && !shadowed; i++) {
    char *v = fe_spelling(f->vars[i]->cur);
    shadowed = !strcmp(v, name);
    free(v);
  }
  free(name);
  return !shadowed;
}

static Obj *find_global(Func *f, CXCursor g) {
  CXCursor k = clang_getCanonicalCursor(g);
  for (int i = 0; i < f->nobj; i++)
    if (f->obj[i]->ext == EXT_GLOBAL && clang_equalCursors(f->obj[i]->decl, k)) return f->obj[i];
  return NULL;
}

/* The object standing for global g in f: itself, or RES_GLOBALS. */
static Obj *global_obj(Ctx *c, CXCursor g, int create) {
  Obj *o = find_global(c->f, g);
  if (o) return o;
  if (!nameable(c, g)) return create ? resource_obj(c->f, RES_GLOBALS) : find_resource(c->f, RES_GLOBALS);
  if (!create) return NULL;
  char *name = fe_spelling(g);
  CXType t = clang_getCanonicalType(clang_getCursorType(g));
  Buf acc = {0};
  buf_puts(&acc, name);
  while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) {   /* its first element */
    buf_puts(&acc, "[0]");
    t = clang_getCanonicalType(clang_getArrayElementType(t));
  }
  o = shared_object(c->f, EXT_GLOBAL, name, acc.s);
  o->decl = clang_getCanonicalCursor(g);
  o->unaddressed = memory_unaddressed(c, g);
  free(name);
  free(acc.s);
  return o;
}

static Acc acc_of(int mode) { return mode & FX_WRITE ? ACC_INOUT : ACC_IN; }

/* ---- tasks ---- */

/* The dependencies of task s on the shared state its callee touches. */
void shared_state_deps(Ctx *c, Site *s) {
  if (!s->callee) return;
  const Effects *fx = callee_effects(c->u, s->callee);
  Effects call;
  int unseen = clang_Cursor_isNull(clang_getCursorDefinition(s->callee->cur));
  if (unseen && s->callee->pure && fx && fx->all) return;   /* DELAYED_PURE on a body delayc cannot see: the
                                                              user's word (not when a summary shows it: --with) */
  if (unseen && s->call) {
    /* a library function: this call's arguments say more (which stream, the
     * comparator qsort calls back) */
    fx_of_call(c->u, s->call, c->f->body, c->f->name, &call);
    fx = &call;
  }
  for (int r = 0; r < RES_COUNT; r++)
    if (fx->res[r]) add_dep(s, resource_obj(c->f, (Resource)r), acc_of(fx->res[r]), NULL, NULL, NULL);
  for (int i = 0; i < fx->ng; i++) {
    Obj *o = global_obj(c, fx->g[i].decl, 1);
    int n = s->ndep;
    Dep *d = add_dep(s, o, acc_of(fx->g[i].mode), NULL, NULL, NULL);
    if (s->ndep > n && o->ext == EXT_GLOBAL) d->update = fx->g[i].update;   /* shared_state_commute */
  }
  if (fx->all) s->touches_all = 1;
  s->mem = fx->mem;
  if (fx == &call) fx_free(&call);
  /* the globals its parameters' counts name (DELAYED_OUT_N(G)): read when it
   * starts, for its checks, as at the spawn for its regions: a later write of
   * G waits for it (blind 73b) */
  AnnReads ar;
  an_param_reads(c->u, s->callee, &ar);
  for (int i = 0; i < ar.nglobal; i++) add_dep(s, global_obj(c, ar.global[i], 1), ACC_IN, NULL, NULL, NULL);
}

/* ---- the clocks ----
 * A clock reading counts the time of everything that ran before it in the
 * serial program: `c1 = clock()` after the tasks measures their work, and a
 * stamp a task hands out (effects/clock_flow.c) is later than the work
 * spawned before it.  In a function that measures time so — ordinary code
 * reads a clock, or a task hands a reading out — every task reads the clocks
 * (time passes in it): ordinary code's reading (a write: effects_wait) waits
 * for the tasks before it, and a task's reading runs after them. */

/* Does ordinary code under n (not a task's own call) read a clock? */
static int ordinary_clock(Ctx *c, Node *n) {
  if (n->kind == CXCursor_CallExpr) {
    int task = 0;
    for (int i = 0; i < c->f->nsite && !task; i++)
      task = c->f->site[i]->call == n && !c->f->site[i]->serial;
    if (!task) {
      Effects fx;
      fx_of_call(c->u, n, c->f->body, c->f->name, &fx);
      int reads = fx.res[RES_TIME] != 0 && !fx.all;
      fx_free(&fx);
      if (reads) return 1;
    }
  }
  for (int i = 0; i < n->nkid; i++)
    if (ordinary_clock(c, n->kid[i])) return 1;
  return 0;
}

void shared_state_clocks(Ctx *c) {
  Func *f = c->f;
  const Effects *own = fx_of(c->u, f->cur);     /* (its calls' clocks joined: none, nothing to look for) */
  if (!own->res[RES_TIME]) return;
  int measures = 0;
  for (int i = 0; i < f->nsite && !measures; i++) {
    Site *s = f->site[i];
    const Effects *fx = s->serial || !s->callee ? NULL : callee_effects(c->u, s->callee);
    measures = fx && (fx->res[RES_TIME] & FX_WRITE) && !fx->all;
  }
  if (!measures && !ordinary_clock(c, f->body)) return;
  Obj *o = resource_obj(f, RES_TIME);
  for (int i = 0; i < f->nsite; i++)
    if (!f->site[i]->serial) add_dep(f->site[i], o, ACC_IN, NULL, NULL, NULL);
}

/* Global-ish shared state: what memory reached through a pointer of unknown
 * origin may be (a global, a static buffer of the C library, the
 * environment's strings, RES_GLOBALS for the rest, and the memory tasks reach
 * through pointers: memory.c) — not a global no pointer reaches. */
static int global_ish(Obj *o) {
  return (o->ext == EXT_GLOBAL && !o->unaddressed) || o->ext == EXT_MEMORY ||
         (o->ext == EXT_RESOURCE && (o->res == RES_GLOBALS || o->res == RES_LIBC || o->res == RES_ENV));
}

/* A task that touches everything is inout on every shared object of the
 * function (and on RES_GLOBALS, which orders such tasks among themselves); one
 * that reaches memory through a pointer of unknown origin is in or inout on
 * every global-ish one. */
void shared_state_expand(Ctx *c) {
  Func *f = c->f;
  int any = 0;
  for (int i = 0; i < f->nsite; i++) any |= !f->site[i]->serial && (f->site[i]->touches_all || f->site[i]->mem);
  if (!any) return;
  resource_obj(f, RES_GLOBALS);
  /* such a task may reach any memory whose address left ordinary code (a
   * pointer turned into an integer, stored in a global ...): ordinary code's
   * accesses through pointers wait for it, as for tasks on <memory> */
  memory_get(f)->foreign = 1;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || (!s->touches_all && !s->mem)) continue;
    for (int k = 0; k < f->nobj; k++) {
      Obj *o = f->obj[k];
      if (s->touches_all && (o->ext || o->unseen_kept)) add_dep(s, o, ACC_INOUT, NULL, NULL, NULL);
      else if (s->mem && global_ish(o)) add_dep(s, o, acc_of(s->mem), NULL, NULL, NULL);
    }
  }
}

/* ---- ordinary code ---- */

/* Does some task write o?  (Ordinary code that only reads shared state waits
 * for nothing when tasks only read it too.) */
static int task_writes(Func *f, Obj *o) {
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused) continue;
    for (int k = 0; k < s->ndep; k++)
      if (s->dep[k].obj == o && s->dep[k].acc != ACC_IN) return 1;
  }
  return 0;
}

static void wait_on(Ctx *c, Sync *y, Obj *o, Acc acc) {
  if (o && (acc != ACC_IN || task_writes(c->f, o))) add_sync_dep(c, y, o, acc, NULL);
}

static void effects_wait(Ctx *c, Sync *y, const Effects *fx) {
  Func *f = c->f;
  /* a task that touches everything (inout on RES_GLOBALS) touches what this does */
  Obj *any = find_resource(f, RES_GLOBALS);
  if (any && fx_touches_anything(fx)) {
    int w = fx->all;
    for (int r = 0; r < RES_COUNT; r++) w |= (fx->res[r] & FX_WRITE) != 0;
    for (int i = 0; i < fx->ng; i++) w |= (fx->g[i].mode & FX_WRITE) != 0;
    wait_on(c, y, any, w ? ACC_INOUT : ACC_IN);
  }
  if (fx->all) {
    for (int k = 0; k < f->nobj; k++)
      if (f->obj[k]->ext) wait_on(c, y, f->obj[k], ACC_INOUT);
    return;
  }
  for (int r = 0; r < RES_COUNT; r++)   /* a clock read measures the tasks before it (shared_state_clocks) */
    if (fx->res[r]) wait_on(c, y, find_resource(f, (Resource)r), r == RES_TIME ? ACC_INOUT : acc_of(fx->res[r]));
  int wg = 0;
  for (int i = 0; i < fx->ng; i++) {
    Obj *go = global_obj(c, fx->g[i].decl, 0);
    wait_on(c, y, go, acc_of(fx->g[i].mode));
    int unaddressed = go ? go->unaddressed : memory_unaddressed(c, fx->g[i].decl);   /* no task names it */
    if (!unaddressed) wg |= fx->g[i].mode;
  }
  Obj *mem = memory_obj(f);       /* a task's region of memory may lie in those globals */
  if (mem && mem->foreign && (wg || fx->res[RES_GLOBALS])) wait_on(c, y, mem, acc_of(wg | fx->res[RES_GLOBALS]));
}

/* ---- what ordinary code touches, by node ----
 *
 * Computed once per function, when every task's dependencies are known: each
 * access of ordinary code to a global some task touches (access.c's walk from
 * the global: through local aliases, memcpy into it, a member array ...), each
 * access through a pointer of unknown origin (a parameter's memory, a
 * pointer loaded from a global or returned by a call) and each use of a local
 * whose address the function published into such memory.  sync_refs and the
 * argwaits then find them by node. */
typedef struct Ordinary {
  Node *at; Obj *obj; Acc acc;    /* obj NULL: unknown memory */
  char *addr, *count;             /* <memory>: the region touched, when the wait can name it:
                                     count elements of *addr (NULL: one) */
} Ordinary;

typedef struct OrdCtx {
  Ctx *c; Obj *obj; CXCursor *pub; int npub;
  char *region;        /* uses of a global waiting on <memory>: its bytes, "(&(g))", or NULL */
} OrdCtx;

static void ord_add(Ctx *c, Node *at, Obj *o, Acc acc) {
  c->ord = xrealloc(c->ord, (size_t)(c->nord + 1) * sizeof *c->ord);
  c->ord[c->nord++] = (Ordinary){at, o, acc, NULL, NULL};
}

static Acc access_acc(OrdCtx *k, Node *at, Access kind, int argi) {
  if (kind == ACCESS_READ) return ACC_IN;
  if (kind == ACCESS_PASS) return fx_arg_mode(k->c->u, at, argi) & FX_WRITE ? ACC_INOUT : ACC_IN;
  return ACC_INOUT;
}

/* An index the compiler knows (3, N - 1): the wait evaluates it, and a
 * variable might be a task's pending result. */
static int constant_index(Node *n) {
  CXEvalResult r = clang_Cursor_Evaluate(n->cur);
  int k = r && clang_EvalResult_getKind(r) == CXEval_Int;
  if (r) clang_EvalResult_dispose(r);
  return k;
}

/* The part of a global an access touches, when it names one by members and
 * elements of constant index from the global itself (`g.n`, `g.in.v`,
 * `g.vals[3]`; the target of `g.n = 4`): its text, for a wait on those bytes
 * only; else NULL. */
static char *global_part(Unit *u, Node *at) {
  Node *lv = at;                  /* a store's target: `g.n = 4`, `g.n += k`, `g.n++` */
  if (lv->kind == CXCursor_BinaryOperator || lv->kind == CXCursor_CompoundAssignOperator ||
      lv->kind == CXCursor_UnaryOperator) {
    int store = lv->nkid >= 1 && (lv->kind == CXCursor_CompoundAssignOperator ||
                                  (lv->kind == CXCursor_BinaryOperator && fe_is_assign(u, lv)) ||
                                  (lv->kind == CXCursor_UnaryOperator && fe_is_incdec(u, lv)));
    lv = store ? lv->kid[0] : NULL;
  }
  lv = lv ? fe_strip(lv) : NULL;
  Node *x = lv;
  int parts = 0;
  while (x && ((x->kind == CXCursor_MemberRefExpr && x->nkid == 1 && !tree_member_arrow(u, x)) ||
               (x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2 && constant_index(x->kid[1]) &&
                clang_getCanonicalType(clang_getCursorType(fe_strip(x->kid[0])->cur)).kind == CXType_ConstantArray))) {
    parts++;
    x = fe_strip(x->kid[0]);
  }
  if (!parts || !x || x->kind != CXCursor_DeclRefExpr || has_macro(lv)) return NULL;
  return fe_text(u, lv->beg, lv->end);
}

static void on_global(void *arg, Node *at, Access kind, int argi) {
  OrdCtx *k = arg;
  ord_add(k->c, at, k->obj, access_acc(k, at, kind, argi));
  if (!k->region) return;
  /* a member or an element of the global: only its bytes (`i < g.n` waits for no task on g.vals[i]) */
  char *m = global_part(k->c->u, at);
  k->c->ord[k->c->nord - 1].addr = m ? fmt("(&(%s))", m) : xstrdup(k->region);
  free(m);
}

static char *element_address(Ctx *c, Node *via);
static void pass_region(Ctx *c, Node *call, int argi, char **addr, char **count);

static void on_unknown(void *arg, Node *at, Access kind, int argi) {
  OrdCtx *k = arg;
  if (kind == ACCESS_ESCAPE) {           /* a local's address stored out of sight */
    CXCursor l = access_published_local(at);
    if (!clang_Cursor_isNull(l)) {
      k->pub = xrealloc(k->pub, (size_t)(k->npub + 1) * sizeof *k->pub);
      k->pub[k->npub++] = l;
    }
    return;
  }
  ord_add(k->c, at, NULL, access_acc(k, at, kind, argi));
  Ordinary *x = &k->c->ord[k->c->nord - 1];
  if (kind == ACCESS_PASS) pass_region(k->c, at, argi, &x->addr, &x->count);
  else if (kind != ACCESS_CAST) x->addr = element_address(k->c, kind == ACCESS_READ || !at->nkid ? at : at->kid[0]);
}

/* The variable an access through a pointer starts from (p in p[i], *p, p->f,
 * f(p + 1)), or a null cursor. */
static CXCursor pointer_var(Node *n) {
  for (int guard = 0; n && guard < 64; guard++) {
    n = fe_strip(n);
    if (!n) break;
    if (n->kind == CXCursor_DeclRefExpr) return clang_getCursorReferenced(n->cur);
    if (n->kind == CXCursor_BinaryOperator && n->nkid == 2) {
      CXType l = clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur));
      n = l.kind == CXType_Pointer ? n->kid[0] : n->kid[1];
    } else if (n->nkid && (n->kind == CXCursor_ArraySubscriptExpr || n->kind == CXCursor_MemberRefExpr ||
                           n->kind == CXCursor_UnaryOperator || n->kind == CXCursor_CStyleCastExpr)) {
      n = n->kid[n->kind == CXCursor_CStyleCastExpr ? n->nkid - 1 : 0];
    } else break;
  }
  return clang_getNullCursor();
}

/* A stream handle passed to the C library: its resource orders it, not memory. */
static int stream_arg(Node *a) {
  CXType t = clang_getCanonicalType(clang_getCursorType(a->cur));
  if (t.kind != CXType_Pointer) return 0;
  CXString s = clang_getTypeSpelling(clang_getCanonicalType(clang_getPointeeType(t)));
  const char *c = clang_getCString(s);
  int r = strstr(c, "_IO_FILE") || !strcmp(c, "FILE") || strstr(c, "struct __dirstream");
  clang_disposeString(s);
  return r;
}

/* Is parameter i of the function call calls a pointer to const (of a prototype)? */
static int const_param(Node *call, int i) {
  CXType ft = clang_getCanonicalType(clang_getCursorType(call->kid[0]->cur));
  if (ft.kind == CXType_Pointer) ft = clang_getCanonicalType(clang_getPointeeType(ft));
  if (ft.kind != CXType_FunctionProto || i >= clang_getNumArgTypes(ft)) return 0;
  CXType pt = clang_getCanonicalType(clang_getArgType(ft, (unsigned)i));
  return pt.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(pt));
}

/* ---- one element's address: P[e], *P, P->m, P[e].m ----
 *
 * Ordinary code that loads or stores one element through a pointer waits only
 * for the tasks whose regions overlap that element (`if (M[i] == NULL)` on a
 * table of blocks the tasks write), when the wait, placed before the
 * statement, computes the address the statement will use: P and the
 * variables of e are not changed by the statement, their addresses are never
 * taken, and the statement is a leaf, an if/switch condition, or a loop
 * header whose loop changes none of them (`i < A->n`: the same address at
 * every iteration); not inside ({ ... }). */

/* Every variable n names stays as it is through stmt, and is declared before
 * it (stmt the function's body: nowhere changed). */
static int names_stay(Ctx *c, Node *n, Node *stmt) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    enum CXCursorKind k = clang_getCursorKind(d);
    if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl) return k == CXCursor_EnumConstantDecl;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
    if (sc == CX_SC_Static || sc == CX_SC_Extern ||
        clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit)
      return 0;
    if (clang_isVolatileQualifiedType(clang_getCursorType(d))) return 0;
    unsigned off = 0;             /* declared by the statement itself: not there before it */
    CXFile file = NULL;
    clang_getFileLocation(clang_getCursorLocation(d), &file, NULL, NULL, &off);
    if (stmt != c->f->body && clang_File_isEqual(file, c->u->file) && off >= stmt->beg && off < stmt->end) return 0;
    return !tree_changes_var(c->u, stmt, d) && !tree_takes_address(c->u, c->f->body, d);
  }
  for (int i = 0; i < n->nkid; i++)
    if (!names_stay(c, n->kid[i], stmt)) return 0;
  return 1;
}

/* The statement a wait for node n goes before, when it evaluates n's
 * operands as n will; else NULL. */
static Node *wait_statement(Node *n) {
  for (Node *x = n; x->parent; x = x->parent) {
    Node *p = x->parent;
    if (p->kind == CXCursor_StmtExpr) return NULL;
    if (p->kind == CXCursor_CompoundStmt || p->kind == CXCursor_LabelStmt || p->kind == CXCursor_CaseStmt ||
        p->kind == CXCursor_DefaultStmt)
      return x;
    if (p->kind == CXCursor_IfStmt || p->kind == CXCursor_SwitchStmt) return x == p->kid[0] ? p : x;
    if (p->kind == CXCursor_WhileStmt || p->kind == CXCursor_ForStmt || p->kind == CXCursor_DoStmt) {
      Node *body = p->kind == CXCursor_DoStmt ? p->kid[0] : p->kid[p->nkid - 1];
      /* the header, evaluated again at every iteration: the loop, whose
       * whole text must then leave the address's names as they are */
      if (x != body && p->kind == CXCursor_ForStmt && p->nkid == 4 && x == p->kid[0]) return NULL;
      return x == body ? x : p;
    }
  }
  return NULL;
}

/* Is x inside the value assignment a assigns? */
static int in_value_of(Node *x, Node *a) {
  for (Node *p = x; p && p != a; p = p->parent)
    if (p == a->kid[1]) return 1;
  return 0;
}

/* Is x read by the step of a for loop that walks a list, `p = p->next`
 * (in the value assigned), where nothing else in the loop changes what x
 * names?  The wait, at the end of each round, computes the address the step
 * reads before it moves on. */
static int walker_step(Ctx *c, Node *x) {
  Node *a = x, *loop = NULL;
  for (Node *p = x->parent; p && !loop; a = p, p = p->parent)
    if (p->kind == CXCursor_ForStmt && p->nkid == 4 && p->kid[2] == a) loop = p;
  if (!loop) return 0;
  Node *step = fe_strip(loop->kid[2]);
  if (!step || step->kind != CXCursor_BinaryOperator || step->nkid != 2 || !fe_is_assign(c->u, step) ||
      access_no_text(c->u, step))
    return 0;
  return in_value_of(x, step) && names_stay(c, step->kid[1], step->kid[1]) && names_stay(c, x, loop->kid[3]) &&
         names_stay(c, x, loop->kid[1]);
}

/* Is statement stmt `v = value;` with x read in the value, which changes
 * nothing x names (`p = p->next;`: the read comes before p moves on)? */
static int read_before_set(Ctx *c, Node *x, Node *stmt) {
  Node *a = stmt ? fe_strip(stmt) : NULL;
  if (!a || a->kind != CXCursor_BinaryOperator || a->nkid != 2 || !fe_is_assign(c->u, a) || access_no_text(c->u, a))
    return 0;
  return in_value_of(x, a) && names_stay(c, x, a->kid[1]);
}

static char *element_address(Ctx *c, Node *via) {
  Node *x = fe_strip(via), *ptr = NULL, *idx = NULL;
  /* a member of an element is that element: p[i].x, (*p).x */
  while (x && x->kind == CXCursor_MemberRefExpr && x->nkid == 1 && !tree_member_arrow(c->u, x)) x = fe_strip(x->kid[0]);
  if (!x) return NULL;
  int member = 0;
  if (x->kind == CXCursor_MemberRefExpr && x->nkid == 1) {   /* p->m: that member (a bit-field: the struct) */
    ptr = fe_strip(x->kid[0]);
    member = !clang_Cursor_isBitField(clang_getCursorReferenced(x->cur)) && !access_no_text(c->u, x);
  } else if (x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) {
    ptr = fe_strip(x->kid[0]);
    idx = x->kid[1];
  } else if (x->kind == CXCursor_UnaryOperator && fe_is_deref(c->u, x) && x->nkid) {
    ptr = fe_strip(x->kid[0]);
  }
  if (!ptr || ptr->kind != CXCursor_DeclRefExpr ||
      clang_getCanonicalType(clang_getCursorType(ptr->cur)).kind != CXType_Pointer)
    return NULL;
  Node *stmt = wait_statement(x);
  if ((!stmt || !names_stay(c, x, stmt)) && !walker_step(c, x) && !read_before_set(c, x, stmt)) return NULL;
  char *p = index_text_here(c, ptr);
  char *i = idx ? index_text_here(c, idx) : NULL;
  char *m = member ? fe_spelling(clang_getCursorReferenced(x->cur)) : NULL;
  char *r = p && (!idx || i) ? (idx ? fmt("((%s) + (%s))", p, i) : m ? fmt("(&(%s)->%s)", p, m) : fmt("(%s)", p)) : NULL;
  free(m);
  free(p);
  free(i);
  return r;
}

/* ---- a pointer passed to a call that is no task ----
 *
 * Its region, when the wait can name it: the bytes memcpy, memmove, memset
 * and memcmp are told to touch; else, for a local pointer that still holds
 * what an allocation gave it (`char *b = alloca(n);`, malloc, calloc), the
 * whole block, whose size is computed from variables the function never
 * changes. */

static char *callee_name(Node *call) {   /* as the C library table spells it (memcpy for __memcpy_chk) */
  Node *f = call->nkid ? fe_strip(call->kid[0]) : NULL;
  if (!f || f->kind != CXCursor_DeclRefExpr) return NULL;
  char *nm = fe_spelling(clang_getCursorReferenced(f->cur)), buf[64];
  char *r = xstrdup(fx_library_name(nm, buf, sizeof buf));
  free(nm);
  return r;
}

/* No other variable of the function has d's name: its name, evaluated
 * anywhere in the function, is d (not one declared in an inner block). */
static int name_unique(Func *f, CXCursor d) {
  char *nm = fe_spelling(d);
  int n = decls_named(f, nm);
  free(nm);
  return n == 1;
}

/* The text of a size evaluated again later in the function: a constant, or a
 * variable (inside a macro argument too: `alloca(n)`) or an expression of
 * variables, each the only one of its name. */
static int sizes_unique(Func *f, Node *n) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    enum CXCursorKind k = clang_getCursorKind(d);
    return k == CXCursor_EnumConstantDecl || ((k == CXCursor_VarDecl || k == CXCursor_ParmDecl) && name_unique(f, d));
  }
  for (int i = 0; i < n->nkid; i++)
    if (!sizes_unique(f, n->kid[i])) return 0;
  return 1;
}

static char *size_text(Ctx *c, Node *n) {
  if (!sizes_unique(c->f, n)) return NULL;
  char *t = index_text_here(c, n);
  if (t) return t;
  Node *x = fe_strip(n);          /* a macro's argument: its one name or number */
  while (x && x->kind == CXCursor_CStyleCastExpr) x = fe_strip(x->kid[x->nkid - 1]);
  if (x && x->kind == CXCursor_DeclRefExpr) {
    Refs r = {0};
    collect_refs(c, x, &r, 0);
    int tracked = r.n;
    free(r.r);
    Obj *o = an_object_of(c->f, clang_getCursorReferenced(x->cur));
    if (!tracked || (o && !o->slot && !o->temp && !o->escaped && !o->ext))
      return fe_spelling(clang_getCursorReferenced(x->cur));
  }
  return NULL;
}

/* The byte count of a block an allocator call gives, as text, or NULL. */
static char *allocation_size(Ctx *c, Node *init) {
  Node *a = fe_strip(init);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  if (!a || a->kind != CXCursor_CallExpr) return NULL;
  char *nm = callee_name(a);
  if (!nm) return NULL;
  int nargs = a->nkid - 1, size = -1, count = -1;
  if ((!strcmp(nm, "malloc") || !strcmp(nm, "alloca")) && nargs == 1) size = 1;
  else if (!strcmp(nm, "aligned_alloc") && nargs == 2) size = 2;
  else if (!strcmp(nm, "calloc") && nargs == 2) { count = 1; size = 2; }
  free(nm);
  if (size < 0 || !names_stay(c, a->kid[size], c->f->body) || (count > 0 && !names_stay(c, a->kid[count], c->f->body)))
    return NULL;
  char *st = size_text(c, a->kid[size]);
  char *ct = count > 0 ? size_text(c, a->kid[count]) : NULL;
  char *r = st && (count < 0 || ct) ? (ct ? fmt("(size_t)(%s) * (size_t)(%s)", ct, st) : fmt("(size_t)(%s)", st)) : NULL;
  free(st);
  free(ct);
  return r;
}

/* The element count of the block owned buffer o holds (`char *x =
 * malloc(32)`: 32), as text valid anywhere in the function, or NULL. */
char *owned_block_count(Ctx *c, Obj *o) {
  if (o->kind != OBJ_BUFFER || o->esize <= 0 || !o->declnode || !owned_buffer(c->u, c->f, o)) return NULL;
  Node *init = fe_var_init(c->u, o->declnode);
  char *bytes = init ? allocation_size(c, init) : NULL;
  char *r = bytes ? fmt("(%s) / %lld", bytes, o->esize) : NULL;
  free(bytes);
  return r;
}

static void pass_region(Ctx *c, Node *call, int argi, char **addr, char **count) {
  *addr = *count = NULL;
  if (argi < 0 || argi + 1 >= call->nkid) return;
  Node *arg = call->kid[argi + 1];
  Node *stmt = wait_statement(call);
  if (!stmt) return;
  char *nm = callee_name(call);
  int bytes = -1;                 /* the argument holding the byte count */
  if (nm && (!strcmp(nm, "memcpy") || !strcmp(nm, "memmove") || !strcmp(nm, "memcmp")) && call->nkid == 4 && argi < 2)
    bytes = 2;
  if (nm && !strcmp(nm, "memset") && call->nkid == 4 && argi == 0) bytes = 2;
  /* a string the C library reads to its NUL: `rot(lines[i], strlen(lines[i]))` */
  static const char *const strings0[] = {"strlen", "strcmp", "strncmp", "strchr", "strrchr", "strstr", "strspn",
                                         "strcspn", "strpbrk", "strdup", "strndup", "atoi", "atol", "atoll", "atof",
                                         "strtol", "strtoul", "strtoll", "strtoull", "strtod", "strtof", NULL};
  static const char *const strings01[] = {"strcmp", "strncmp", "strstr", "strspn", "strcspn", "strpbrk", NULL};
  int string = 0;
  for (int i = 0; nm && strings0[i] && !string; i++) string = !strcmp(nm, strings0[i]) && argi == 0;
  for (int i = 0; nm && strings01[i] && !string; i++) string = !strcmp(nm, strings01[i]) && argi == 1;
  free(nm);
  if (string) {
    if (!names_stay(c, arg, stmt)) return;
    char *a = index_text_here(c, arg);
    if (a) {
      *addr = fmt("((const char *)(%s))", a);
      *count = xstrdup(DEP_STRING_LEN);
    }
    free(a);
    return;
  }
  if (bytes > 0) {
    Node *n = call->kid[bytes + 1];
    if (!names_stay(c, arg, stmt) || !names_stay(c, n, stmt)) return;
    char *a = index_text_here(c, arg), *t = index_text_here(c, n);
    if (a && t) {
      *addr = fmt("((const char *)(%s))", a);
      *count = fmt("(size_t)(%s)", t);
    }
    free(a);
    free(t);
    return;
  }
  Node *v = fe_strip(arg);
  while (v && v->kind == CXCursor_CStyleCastExpr) v = fe_strip(v->kid[v->nkid - 1]);
  if (!v || v->kind != CXCursor_DeclRefExpr) return;
  CXCursor d = clang_getCursorReferenced(v->cur);
  if (clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer) return;
  Node *decl = find_var(c->f, d);
  Node *init = decl ? fe_var_init(c->u, decl) : NULL;
  if (!init || !names_stay(c, v, c->f->body)) return;   /* holds its allocation still */
  char *size = allocation_size(c, init);
  char *a = size ? index_text_here(c, v) : NULL;
  if (a) {
    *addr = fmt("((const char *)(%s))", a);
    *count = size;
    size = NULL;
  }
  free(a);
  free(size);
}

/* An access of ordinary code through a pointer (access_pointer_walk): on
 * <memory>, unless the pointer is a tracked object's (its own waits), the call
 * is a task, or the pointer a stream. */
static void on_pointer(void *arg, Node *at, Access kind, int argi) {
  OrdCtx *k = arg;
  Func *f = k->c->f;
  if (kind == ACCESS_ESCAPE || kind == ACCESS_CAST) return;
  Node *via = at;
  if (kind == ACCESS_PASS) {
    Site *s = site_of_call(f, at);
    if ((s && !s->serial) || hoisted(f, at)) return;
    if (argi < 0 || argi + 1 >= at->nkid) return;
    via = at->kid[argi + 1];
    if (stream_arg(via)) return;
  } else if (kind != ACCESS_READ && at->nkid) {
    via = at->kid[0];
  }
  CXCursor v = pointer_var(via);
  if (!clang_Cursor_isNull(v) && memory_tracked(k->c, v)) return;
  Acc acc = access_acc(k, at, kind, argi);
  if (kind == ACCESS_PASS && const_param(at, argi)) acc = ACC_IN;   /* kept or returned, not written */
  ord_add(k->c, at, k->obj, acc);
  Ordinary *x = &k->c->ord[k->c->nord - 1];
  if (kind == ACCESS_PASS) pass_region(k->c, at, argi, &x->addr, &x->count);
  else x->addr = element_address(k->c, via);
}

/* Calls that are not tasks given a value through which memory beyond it is
 * reached — an array or a struct of pointers, a pointer to such, a struct
 * holding pointers by value: the callee may read or write the memory those
 * pointers reach. */
static void deep_passes(OrdCtx *k, Node *n) {
  if (n->kind == CXCursor_UnaryExpr) return;                 /* sizeof */
  Func *f = k->c->f;
  Site *s = n->kind == CXCursor_CallExpr ? site_of_call(f, n) : NULL;
  if (n->kind == CXCursor_CallExpr && !(s && !s->serial) && !hoisted(f, n)) {
    for (int i = 1; i < n->nkid; i++) {
      Node *a = n->kid[i];
      if (stream_arg(a)) continue;
      CXType t = clang_getCanonicalType(clang_getCursorType(a->cur));
      int deep = t.kind == CXType_Pointer ? fe_holds_pointer(clang_getPointeeType(t))
               : t.kind == CXType_Record ? fe_holds_pointer(t) : 0;
      if (deep) {
        ord_add(k->c, n, k->obj, ACC_INOUT);
        break;
      }
    }
  }
  for (int i = 0; i < n->nkid; i++) deep_passes(k, n->kid[i]);
}

/* Uses of a local whose storage tasks reach through pointers (memory.c's
 * exposed locals): on <memory>, read or written as the use does; an array
 * passed to a call, as the callee does with it. */
static void exposed_uses(OrdCtx *k, Node *n) {
  if (n->kind == CXCursor_UnaryExpr) return;                 /* sizeof */
  Func *f = k->c->f;
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    for (int i = 0; i < f->nexposed; i++) {
      if (!clang_equalCursors(f->exposed[i], d)) continue;
      Node *x = n, *p = n->parent;
      while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr) && p->nkid == 1) { x = p; p = p->parent; }
      int arg = -1;
      for (int j = 1; p && p->kind == CXCursor_CallExpr && j < p->nkid; j++)
        if (p->kid[j] == x) arg = j - 1;
      int addr = 0, w = lvalue_use(k->c->u, n, &addr);
      int mode = arg >= 0 ? fx_arg_mode(k->c->u, p, arg) : w || addr ? FX_WRITE : FX_READ;
      if (arg >= 0 && const_param(p, arg)) mode = FX_READ;   /* kept or returned, not written */
      ord_add(k->c, n, k->obj, mode & FX_WRITE ? ACC_INOUT : ACC_IN);
      /* a member or an element of it, s.n, s.arr[i]: that region only (the
       * tasks writing s.arr[j] need not finish before `i < s.n`) */
      Node *lv = n;
      for (Node *q = lv->parent;; q = q->parent) {
        while (q && (q->kind == CXCursor_UnexposedExpr || q->kind == CXCursor_ParenExpr) && q->nkid == 1) q = q->parent;
        if (!q || !q->nkid) break;
        Node *b = fe_strip(q->kid[0]);
        int dot = q->kind == CXCursor_MemberRefExpr && !tree_member_arrow(k->c->u, q);
        int sub = q->kind == CXCursor_ArraySubscriptExpr && q->nkid == 2 &&
                  clang_getCanonicalType(clang_getCursorType(q->kid[0]->cur)).kind == CXType_ConstantArray;
        if (!(dot || sub) || b != fe_strip(lv)) break;
        lv = q;
      }
      CXType lt = clang_getCanonicalType(clang_getCursorType(lv->cur));
      if (lv != n && arg < 0 && lt.kind != CXType_ConstantArray && pure_expr(k->c->u, lv)) {
        char *t = index_text_here(k->c, lv);
        if (t) k->c->ord[k->c->nord - 1].addr = fmt("(&(%s))", t);
        free(t);
      }
      break;
    }
  }
  for (int i = 0; i < n->nkid; i++) exposed_uses(k, n->kid[i]);
}

/* A local's address given to a function of this file that stores it
 * (`remember(buf)` keeping it in a global): published too. */
static void find_kept_locals(OrdCtx *k, Node *n) {
  if (n->kind == CXCursor_CallExpr)
    for (int i = 1; i < n->nkid; i++) {
      CXCursor l = access_published_local(n->kid[i]);
      if (clang_Cursor_isNull(l) || !call_keeps(k->c->u, n, i - 1)) continue;
      k->pub = xrealloc(k->pub, (size_t)(k->npub + 1) * sizeof *k->pub);
      k->pub[k->npub++] = l;
    }
  for (int i = 0; i < n->nkid; i++) find_kept_locals(k, n->kid[i]);
}

static void find_published_uses(OrdCtx *k, Node *n) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(n->cur);
    for (int i = 0; i < k->npub; i++)
      if (clang_equalCursors(k->pub[i], d)) {
        int addr = 0, w = lvalue_use(k->c->u, n, &addr);
        CXType t = clang_getCanonicalType(clang_getCursorType(d));
        ord_add(k->c, n, NULL, w || addr || t.kind == CXType_ConstantArray ? ACC_INOUT : ACC_IN);
        break;
      }
  }
  for (int i = 0; i < n->nkid; i++) find_published_uses(k, n->kid[i]);
}

static int by_node(const void *a, const void *b) {
  const Ordinary *x = a, *y = b;
  return x->at < y->at ? -1 : x->at > y->at;
}

/* The mutable globals (not the C library's) the body names. */
static void globals_named(Node *n, CXCursor **g, int *ng) {
  if (n->kind == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCanonicalCursor(clang_getCursorReferenced(n->cur));
    int have = !fx_is_mutable_global(d) || clang_Location_isInSystemHeader(clang_getCursorLocation(d));
    for (int i = 0; i < *ng && !have; i++) have = clang_equalCursors((*g)[i], d);
    if (!have) {
      *g = xrealloc(*g, (size_t)(*ng + 1) * sizeof **g);
      (*g)[(*ng)++] = d;
    }
  }
  for (int i = 0; i < n->nkid; i++) globals_named(n->kid[i], g, ng);
}

static void ordinary_accesses(Ctx *c) {
  Func *f = c->f;
  c->ord_done = 1;
  OrdCtx k = {c, NULL, NULL, 0, NULL};
  CXCursor *g = NULL;
  int ng = 0;
  globals_named(f->body, &g, &ng);
  for (int i = 0; i < ng; i++) {
    /* itself, or RES_GLOBALS where it cannot be named — or where no task names
     * it but tasks that touch everything or memory delayc cannot place do */
    k.obj = global_obj(c, g[i], 0);
    if (!k.obj) k.obj = find_resource(f, RES_GLOBALS);
    /* no task names it, but a task's region of <memory> may lie in it (`f(&g[i])`,
     * `f(g + k)`): its uses wait for the tasks on <memory> */
    if (!k.obj && memory_obj(f) && memory_obj(f)->foreign && !memory_unaddressed(c, g[i])) {
      k.obj = memory_obj(f);
      /* ... only the tasks whose regions overlap its bytes (`y < height`
       * waits for none of the rows a loop spawns; blind round 49a) */
      Obj named = {0};
      named.decl = g[i];
      named.name = fe_spelling(g[i]);
      if (global_bytes_nameable(f, &named)) k.region = fmt("(&(%s))", named.name);
      free(named.name);
    }
    if (k.obj) access_walk(c->u, f->body, g[i], 1, on_global, &k);
    free(k.region);
    k.region = NULL;
  }
  free(g);
  access_unknown_walk(c->u, f->body, 0, on_unknown, &k);
  k.obj = memory_obj(f);
  if (k.obj) {
    access_pointer_walk(c->u, f->body, on_pointer, &k);
    deep_passes(&k, f->body);
    if (f->nexposed) exposed_uses(&k, f->body);
  }
  if (k.obj) find_kept_locals(&k, f->body);
  /* a local whose address ordinary code stored (objects.c find_escapes:
   * `b->data = &local[0]`, through a pointer made from it): published too */
  for (int i = 0; k.obj && i < f->nobj; i++) {
    Obj *o = f->obj[i];
    if (!o->escaped || o->ext || clang_Cursor_isNull(o->decl)) continue;
    k.pub = xrealloc(k.pub, (size_t)(k.npub + 1) * sizeof *k.pub);
    k.pub[k.npub++] = o->decl;
  }
  if (k.npub) find_published_uses(&k, f->body);
  free(k.pub);
  if (c->nord) qsort(c->ord, (size_t)c->nord, sizeof *c->ord, by_node);
}

/* Waits for what ordinary code at node n touches of global-ish state. */
static void ordinary_at(Ctx *c, Node *n, Sync *y) {
  int lo = 0, hi = c->nord;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (c->ord[mid].at < n) lo = mid + 1; else hi = mid;
  }
  Obj *mem = memory_obj(c->f);
  for (int i = lo; i < c->nord && c->ord[i].at == n; i++) {
    Ordinary *x = &c->ord[i];
    if (x->obj && ((x->obj->ext == EXT_GLOBAL && !x->obj->unaddressed) ||
                   (x->obj->ext == EXT_RESOURCE && x->obj->res == RES_GLOBALS)) &&
        mem && mem->foreign) {
      /* a task's region of <memory> may lie in this global: the tasks whose
       * regions overlap its bytes (`y < height` waits for none of the rows) */
      if (x->obj->ext == EXT_GLOBAL && global_bytes_nameable(c->f, x->obj)) {
        char *m = global_part(c->u, x->at);   /* g.n: its bytes */
        if (x->acc != ACC_IN || task_writes(c->f, mem))
          add_sync_region(c, y, mem, x->acc, fmt("(&(%s))", m ? m : x->obj->name), NULL);
        free(m);
      } else {
        wait_on(c, y, mem, x->acc);
      }
    }
    if (x->obj && x->addr && x->obj->ext == EXT_MEMORY) {   /* one element of <memory> */
      if (x->acc != ACC_IN || task_writes(c->f, x->obj))
        add_sync_region(c, y, x->obj, x->acc, xstrdup(x->addr), x->count ? xstrdup(x->count) : NULL);
      continue;
    }
    if (x->obj) { wait_on(c, y, x->obj, x->acc); continue; }
    for (int k = 0; k < c->f->nobj; k++) {
      Obj *o = c->f->obj[k];
      if (!global_ish(o)) continue;
      if (o->ext == EXT_MEMORY && x->addr) {
        if (x->acc != ACC_IN || task_writes(c->f, o))
          add_sync_region(c, y, o, x->acc, xstrdup(x->addr), x->count ? xstrdup(x->count) : NULL);
      } else {
        wait_on(c, y, o, x->acc);
      }
    }
  }
  if (lo < c->nord && c->ord[lo].at == n) {
    Obj *any = find_resource(c->f, RES_GLOBALS);      /* tasks that touch everything */
    if (any) wait_on(c, y, any, c->ord[lo].acc);
  }
}

/* Ordinary code at n (a call that is no task, an access to a global or
 * through a pointer of unknown origin) touches shared state: y waits for the
 * tasks that touch it. */
void ordinary_effects(Ctx *c, Node *n, Sync *y) {
  Func *f = c->f;
  int anyext = 0, anykept = 0;
  for (int k = 0; k < f->nobj; k++) {
    anyext |= f->obj[k]->ext;
    anykept |= f->obj[k]->unseen_kept;
  }
  if (!anyext && !anykept) return;      /* no task touches shared state */
  if (n->kind == CXCursor_CallExpr) {
    Effects fx;
    fx_of_call(c->u, n, f->body, f->name, &fx);
    for (int k = 0; fx.all && k < f->nobj; k++)   /* code delayc cannot see may reach them */
      if (f->obj[k]->unseen_kept) wait_on(c, y, f->obj[k], ACC_INOUT);
    if (!anyext) {
      fx_free(&fx);
      return;
    }
    if (!c->ord_done) ordinary_accesses(c);
    ordinary_at(c, n, y);
    effects_wait(c, y, &fx);
    if (fx.mem) {                       /* memory it reaches through pointers of unknown origin */
      for (int k = 0; k < f->nobj; k++)
        if (global_ish(f->obj[k])) wait_on(c, y, f->obj[k], acc_of(fx.mem));
    }
    fx_free(&fx);
    return;
  }
  if (!anyext) return;
  if (!c->ord_done) ordinary_accesses(c);
  ordinary_at(c, n, y);
  if (n->kind != CXCursor_DeclRefExpr) return;
  CXCursor d = clang_getCursorReferenced(n->cur);
  if (!fx_is_mutable_global(d)) return;
  char *nm = fe_spelling(d);
  int console = !strcmp(nm, "stdout") || !strcmp(nm, "stderr") || !strcmp(nm, "stdin");
  int env = !strcmp(nm, "environ") || !strcmp(nm, "__environ");
  free(nm);
  if (console || env || clang_Location_isInSystemHeader(clang_getCursorLocation(d))) {
    wait_on(c, y, find_resource(f, console ? RES_CONSOLE : env ? RES_ENV : RES_LIBC), ACC_INOUT);
    Obj *any = find_resource(f, RES_GLOBALS);
    if (any) wait_on(c, y, any, ACC_INOUT);
  }
}

/* What ordinary code inside the arguments a task evaluates at its spawn
 * touches (not inside delayed calls hoisted out of them: those are tasks). */
/* An array's name whose value is only its address (passed as a pointer, an
 * offset added): it reads none of the array. */
static int array_address(Node *n) {
  if (n->kind != CXCursor_DeclRefExpr) return 0;
  CXType t = clang_getCanonicalType(clang_getCursorType(n->cur));
  if (t.kind != CXType_ConstantArray && t.kind != CXType_IncompleteArray) return 0;
  Node *p = n->parent;
  while (p && (p->kind == CXCursor_UnexposedExpr || p->kind == CXCursor_ParenExpr)) p = p->parent;
  return p && p->kind != CXCursor_ArraySubscriptExpr && p->kind != CXCursor_MemberRefExpr &&
         p->kind != CXCursor_UnaryOperator;
}

static void arg_effects(Ctx *c, Node *n, Sync *y) {
  if (n->kind == CXCursor_UnaryExpr) return;                  /* sizeof */
  if (array_address(n) || (fe_strip(n) != n && array_address(fe_strip(n)))) return;   /* `g_in` as a pointer */
  if (n->kind == CXCursor_CallExpr) {
    Site *h = site_of_call(c->f, n);
    if (h && !h->serial) return;
  }
  ordinary_effects(c, n, y);
  for (int i = 0; i < n->nkid; i++) arg_effects(c, n->kid[i], y);
}

/* The struct argument a is or points to, whose members' places and counts
 * the spawn reads (ch[i] by value, &x, &recs[i], recs + i, a pointer A): y
 * waits for the tasks writing it, by the struct variable or its element of
 * an object of the function, else by its bytes as a region of <memory>. */
static void struct_at_spawn(Ctx *c, Node *a, Sync *y) {
  a = fe_strip(a);
  while (a && a->kind == CXCursor_CStyleCastExpr) a = fe_strip(a->kid[a->nkid - 1]);
  Node *base = a, *idx = NULL;
  int by_value = clang_getCanonicalType(clang_getCursorType(a->cur)).kind == CXType_Record, whole = by_value;
  if (a->kind == CXCursor_ArraySubscriptExpr && a->nkid == 2) {   /* ch[i], a struct by value */
    base = fe_strip(a->kid[0]);
    idx = a->kid[1];
  } else if (a->kind == CXCursor_UnaryOperator && a->nkid) {
    Node *x = fe_strip(a->kid[0]);
    while (x && x->kind == CXCursor_MemberRefExpr && x->nkid && !tree_member_arrow(c->u, x))
      x = fe_strip(x->kid[0]);                                   /* &x.in, &P[k].in: x, P[k] */
    if (x && x->kind == CXCursor_ArraySubscriptExpr && x->nkid == 2) {   /* &P[k] */
      base = fe_strip(x->kid[0]);
      idx = x->kid[1];
    } else {                                                     /* &x: the variable */
      base = x;
      whole = 1;
    }
  } else if (a->kind == CXCursor_BinaryOperator && a->nkid == 2) {   /* P + k */
    base = fe_strip(a->kid[0]);
    idx = a->kid[1];
  }
  Obj *o = base && base->kind == CXCursor_DeclRefExpr ? an_object_of(c->f, clang_getCursorReferenced(base->cur)) : NULL;
  if (o && o->kind == OBJ_SCALAR && whole && !idx) {      /* a struct variable: whole */
    add_sync_dep(c, y, o, ACC_IN, NULL);
    return;
  }
  if (o && o->kind != OBJ_SCALAR) {                        /* an element of an array or buffer */
    add_sync_dep(c, y, o, ACC_IN, idx ? index_text(c, idx) : xstrdup("0"));
    return;
  }
  /* the argument as written: evaluated at the spawn right after this wait
   * (argspawn), so it may be evaluated here too */
  char *t = !access_no_text(c->u, a) && pure_expr(c->u, a) ? fe_text(c->u, a->beg, a->end) : NULL;
  if (t) add_sync_region(c, y, memory_get(c->f), ACC_IN, fmt(by_value ? "(&(%s))" : "(%s)", t), xstrdup("1"));
  else sync_full(c, y, memory_get(c->f));
  free(t);
}

/* Each task's argwait: before its arguments are evaluated at the spawn. */
void shared_state_argwaits(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || s->form == SITE_COPY || !s->argspawn) continue;
    Sync *y = new_sync(s->stmt, 0);
    for (int k = 0; k < s->narg; k++)
      if (s->argspawn[k]) arg_effects(c, s->arg[k], y);
    for (int k = 0; k < s->narg && s->members_at_spawn; k++)
      if (s->members_at_spawn[k]) struct_at_spawn(c, s->arg[k], y);
    for (int k = 0; k < s->nspawn_wait; k++)    /* a count a task computes */
      add_sync_dep(c, y, s->spawn_wait[k].obj, ACC_IN,
                   s->spawn_wait[k].index ? xstrdup(s->spawn_wait[k].index) : NULL);
    /* its counts, evaluated at the spawn, read what the tasks before it write:
     * a global they name after its writers; memory (strlen(src) + 1, lens[k],
     * c->n) after every task (blind 73b: a region of what was there before) */
    AnnReads ar;
    if (s->callee && an_param_reads(c->u, s->callee, &ar)) {
      for (int k = 0; k < ar.nglobal; k++) add_sync_dep(c, y, global_obj(c, ar.global[k], 1), ACC_IN, NULL);
      for (int k = 0; k < s->narg && k < 32; k++)
        if (ar.arrow & (1u << k)) struct_at_spawn(c, s->arg[k], y);
      if (ar.memory) {
        y->full = 1;
        an_explain(c->a, s->call ? s->call : s->stmt, "the spawn of '%s' waits for every task before it: a count "
                   "on its parameters reads memory (a subscript, a call, a dereference), which a task before it may "
                   "still be writing; a count over the parameters' values (DELAYED_OUT_N(n)) needs no wait",
                   s->callee->label);
      }
    }
    if (y->ndep || y->full) {
      s->argwait = y;
      char *w = shared_state_wait_words(f, y);
      for (int k = 0; k < y->ndep; k++)          /* an object of the function: a struct whose members it reads */
        if (!y->dep[k].obj->ext) {
          char *t = fmt("%s%s'%s'", w ? w : "", w ? ", " : "", y->dep[k].obj->name);
          free(w);
          w = t;
        }
      if (!w) w = xstrdup("the memory its arguments point to");   /* (blind 72b: "use (null)") */
      an_explain(c->a, s->call ? s->call : s->stmt, "the arguments of '%s' wait for the tasks that use %s: "
                 "they use it too, when the task is spawned", s->callee->label, w);
      free(w);
    } else {
      free(y);
    }
  }
}

/* Shared state that tasks only read, and ordinary code at most reads: its
 * depend items order nothing (clocks read by every task) and are left out. */
void shared_state_prune(Ctx *c) {
  Func *f = c->f;
  for (int k = 0; k < f->nobj; k++) {
    Obj *o = f->obj[k];
    if (!o->ext || task_writes(f, o)) continue;
    int written = 0;
    for (int j = 0; j < f->nsync && !written; j++)
      for (int q = 0; q < f->sync[j]->ndep; q++) written |= f->sync[j]->dep[q].obj == o && f->sync[j]->dep[q].acc != ACC_IN;
    if (written) continue;
    for (int i = 0; i < f->nsite; i++)
      for (int q = 0; q < f->site[i]->ndep; q++)
        if (f->site[i]->dep[q].obj == o) f->site[i]->dep[q].unneeded = 1;
  }
}

/* ---- updates in any order ----
 *
 * A global that the tasks of f write only by updates of one kind (every use
 * in their callees `total += n`, `if (d < best) best = d` ...: effects/commute.c)
 * gives the same value whatever order they run in.  Those tasks become
 * readers of it (`in`: no order among themselves), and everything else that
 * touches it — a task that reads or writes it otherwise, ordinary code, even
 * a read — is a writer (`inout`): it sees every update spawned before it and
 * none after, and the updates after it wait for it.  The updates themselves
 * are made atomic where they are written (lower/atomic_updates.c).  One task
 * that updates it once is left as it was: nothing to run together.  Where the
 * global's bytes are also a region of <memory> (memory_globals), the updating
 * tasks' region is an update (delayc_rt_region.write 2). */
void shared_state_commute(Ctx *c) {
  Func *f = c->f;
  for (int k = 0; k < f->nobj; k++) {
    Obj *o = f->obj[k];
    if (o->ext != EXT_GLOBAL) continue;
    int kind = 0, ok = 1, updaters = 0;
    for (int i = 0; i < f->nsite && ok; i++) {
      Site *s = f->site[i];
      if (s->serial) continue;
      for (int q = 0; q < s->ndep; q++) {
        Dep *d = &s->dep[q];
        if (d->obj != o) continue;
        long long w = d->update && d->update != UPD_MIN && d->update != UPD_MAX && s->call
                          ? fx_loop_iteration(c->u, s->call) : -1;
        if (w >= 0 && w < UPDATE_MIN_NS) {  /* each call a few ns: an atomic sum would cost more (commute.c) */
          s->hot_ns = w ? w : 1;
          ok = 0;
        } else if (d->update && (!kind || kind == d->update)) {
          kind = d->update;
          updaters += s->in_loop ? 2 : 1;
        } else if (d->update) {
          ok = 0;                           /* two kinds: a sum and a mask do not commute */
        }
      }
    }
    Obj *mem = memory_obj(f);
    char *bytes = fmt("(&(%s))", o->name);   /* the global's bytes among <memory>'s regions (memory_globals) */
    for (int i = 0; i < f->nsite; i++) {
      Site *s = f->site[i];
      int upd = 0;
      for (int q = 0; q < s->ndep; q++) {
        Dep *d = &s->dep[q];
        if (d->obj != o) continue;
        if (!ok || updaters < 2) d->update = 0;
        else d->acc = (upd = d->update) ? ACC_IN : ACC_INOUT;
      }
      /* its region of <memory> over the global: updated in any order too (the
       * run-time regions order it with readers and writers, not other updates) */
      for (int q = 0; upd && mem && q < s->ndep; q++)
        if (s->dep[q].obj == mem && s->dep[q].start && !strcmp(s->dep[q].start, bytes)) {
          s->dep[q].acc = ACC_IN;
          s->dep[q].update = upd;
        }
    }
    free(bytes);
    if (!ok || updaters < 2) continue;
    o->update = kind;
    for (int j = 0; j < f->nsync; j++)
      for (int q = 0; q < f->sync[j]->ndep; q++)
        if (f->sync[j]->dep[q].obj == o) f->sync[j]->dep[q].acc = ACC_INOUT;
  }
}

/* ---- explanations ---- */

static int conflicts(Dep *a, Dep *b) {
  return a->obj == b->obj && (a->acc != ACC_IN || b->acc != ACC_IN) && !a->unneeded && !b->unneeded;
}

static char *obj_words(Obj *o, const Effects *fx) {
  if (o->ext == EXT_MEMORY) return xstrdup("memory reached through pointers");
  if (o->ext == EXT_RESOURCE) {
    const char *why = fx && o->res < RES_COUNT ? fx->why[o->res] : NULL;
    return why ? fmt("%s (%s)", fx_resource_name((Resource)o->res), why) : xstrdup(fx_resource_name((Resource)o->res));
  }
  return fmt("'%s'", o->name);
}

/* One line per task kept in order with others on shared state, naming what
 * they share; one per wait on shared state. */
void shared_state_explain(Ctx *c) {
  Func *f = c->f;
  for (int i = 0; i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || s->fused || !s->callee) continue;
    const Effects *fx = s->callee->fx;
    Buf b = {0};
    int n = 0;
    Obj *written = NULL;                  /* a global the callee writes: the edit */
    for (int k = 0; k < s->ndep; k++) {
      Dep *d = &s->dep[k];
      if (!d->obj->ext || (d->obj->ext == EXT_MEMORY && d->start)) continue;   /* a region: ordered only where it overlaps */
      if (d->update && d->obj->update) continue;   /* its own line below */
      if (s->hot_ns && d->obj->ext == EXT_GLOBAL && fx) {   /* a sum in a loop of little work: its own line below */
        int sum = 0;
        for (int g = 0; g < fx->ng; g++)
          sum |= fx->g[g].update && fx->g[g].update != UPD_MIN && fx->g[g].update != UPD_MAX &&
                 global_obj(c, fx->g[g].decl, 0) == d->obj;
        if (sum) continue;
      }
      int shared = s->in_loop && d->acc != ACC_IN;
      for (int j = 0; j < f->nsite && !shared; j++) {
        Site *t = f->site[j];
        if (t == s || t->serial || t->fused) continue;
        for (int q = 0; q < t->ndep && !shared; q++) shared = conflicts(d, &t->dep[q]);
      }
      if (!shared || (s->touches_all && d->obj->res != RES_GLOBALS && d->obj->ext == EXT_RESOURCE &&
                      !(fx && fx->res[d->obj->res])))
        continue;
      char *w = obj_words(d->obj, fx);
      buf_printf(&b, "%s%s", n++ ? ", " : "", w);
      free(w);
      for (int g = 0; !written && fx && d->obj->ext == EXT_GLOBAL && !d->index && g < fx->ng; g++)
        if ((fx->g[g].mode & FX_WRITE) && global_obj(c, fx->g[g].decl, 0) == d->obj) written = d->obj;   /* its own write */
    }
    int writes = 0;                 /* (a function writing through a parameter is not DELAYED_PURE: blind 73a) */
    for (int k = 0; k < s->callee->nparam; k++) writes |= s->callee->param[k].dir == DIR_OUT || s->callee->param[k].dir == DIR_INOUT;
    if (s->touches_all && fx && fx->all_why && strstr(fx->all_why, "not visible"))
      an_explain(c->a, s->call ? s->call : s->stmt,
                 "call of '%s' is ordered with every task that touches global state or a resource: it calls %s; "
                 "give delayc the file that defines it (emit --with FILE, -p BUILD_DIR)%s", s->callee->label,
                 fx->all_why, writes ? "" : ", or declare it DELAYED_PURE if it only reads its arguments and "
                 "touches nothing else (and writes through none of them)");
    else if (s->touches_all && fx)
      an_explain(c->a, s->call ? s->call : s->stmt,
                 "call of '%s' is ordered with every task that touches global state or a resource: it may end the "
                 "process or touch anything (%s)", s->callee->label, fx->all_why ? fx->all_why : "");
    else if (n && written)
      an_explain(c->a, s->call ? s->call : s->stmt, "call of '%s' keeps its order with the other tasks that use %s: "
                 "'%s' writes '%s' itself; return what it computes and store it at the call, or pass the part of '%s' "
                 "it writes as a DELAYED_OUT parameter, and the calls can run together",
                 s->callee->label, b.s, s->callee->label, written->name, written->name);
    else if (n)
      an_explain(c->a, s->call ? s->call : s->stmt, "call of '%s' keeps its order with the other tasks that use %s",
                 s->callee->label, b.s);
    free(b.s);
    /* a global it updates in a loop of little work: why it keeps its order, and the edit */
    for (int k = 0; fx && k < fx->ng; k++) {
      Obj *o = fx->g[k].hot ? global_obj(c, fx->g[k].decl, 0) : NULL;
      if (o && o->ext == EXT_GLOBAL && !o->update)
        an_explain(c->a, s->call ? s->call : s->stmt,
                   "call of '%s' updates '%s' in a loop of little work per iteration, where atomic updates would cost "
                   "more than the tasks gain, so it keeps its order on it: count into a local copy and add that to '%s' "
                   "once, after the loop", s->callee->label, fx->g[k].name, fx->g[k].name);
    }
    for (int k = 0; k < s->ndep; k++)
      if (s->dep[k].update && s->dep[k].obj->update)
        an_explain(c->a, s->call ? s->call : s->stmt,
                   "call of '%s' updates '%s' (%s) in any order with the other tasks that do: each update is atomic",
                   s->callee->label, s->dep[k].obj->name, fx_update_name((Update)s->dep[k].update));
    for (int k = 0; s->hot_ns && fx && k < fx->ng; k++) {
      Obj *o = fx->g[k].update && fx->g[k].update != UPD_MIN && fx->g[k].update != UPD_MAX
                   ? global_obj(c, fx->g[k].decl, 0) : NULL;
      if (o && o->ext == EXT_GLOBAL && !o->update)
        an_explain(c->a, s->call ? s->call : s->stmt,
                   "call of '%s' updates '%s' in a loop of about %lld ns an iteration, where an atomic update would cost "
                   "more than the call, so the calls keep their order on it: count into a local and add it to '%s' "
                   "once, after the loop", s->callee->label, o->name, s->hot_ns, o->name);
    }
  }
}

/* The explanation of a wait on shared state (keep_sync's, for ext objects). */
/* The effects of a task of f that names o: where a resource comes from
 * ("isspace() in 'count'"), for the words of a wait. */
static const Effects *fx_naming(Func *f, Obj *o) {
  for (int i = 0; f && i < f->nsite; i++) {
    Site *s = f->site[i];
    if (s->serial || !s->callee || !s->callee->fx) continue;
    for (int k = 0; k < s->ndep; k++)
      if (s->dep[k].obj == o) return s->callee->fx;
  }
  return NULL;
}

/* Is the clocks the only shared state y waits on? */
int shared_state_clock_only(Sync *y) {
  int clock = 0;
  for (int k = 0; k < y->ndep; k++) {
    Obj *o = y->dep[k].obj;
    if (!o->ext) continue;
    if (o->ext != EXT_RESOURCE || o->res != RES_TIME) return 0;
    clock = 1;
  }
  return clock;
}

char *shared_state_wait_words(Func *f, Sync *y) {
  Buf b = {0};
  int n = 0;
  int elements = 0;
  for (int k = 0; k < y->ndep; k++) {
    Obj *o = y->dep[k].obj;
    if (!o->ext) continue;
    if (o->ext == EXT_MEMORY && y->dep[k].start) {   /* said once, below */
      elements++;
      continue;
    }
    char *w = obj_words(o, fx_naming(f, o));
    buf_printf(&b, "%s%s", n++ ? ", " : "", w);
    free(w);
  }
  if (elements)
    buf_printf(&b, "%s%s", n++ ? ", " : "", elements == 1 ? "the region of memory it touches through a pointer "
               "(only the tasks whose regions overlap it)" : "the regions of memory it touches through pointers "
               "(only the tasks whose regions overlap them)");
  return b.s;
}
