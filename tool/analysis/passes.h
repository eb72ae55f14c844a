/* passes.h — what the analysis files (analyze.c, sites.c, objects.c,
 * copies.c, deps.c, syncs.c) share with each other.  Not for other stages:
 * they use the results through delayc.h. */
#ifndef DELAYC_ANALYZE_H
#define DELAYC_ANALYZE_H

#include "analysis/analysis.h"
#include "analysis/tree.h"

/* ---- per-function state ---- */

typedef struct Ctx {
  Analysis *a;
  Unit *u;
  Func *f;
  struct Ordinary *ord;   /* shared_state.c: what ordinary code touches of shared state, by node */
  int nord, ord_done;
} Ctx;

/* ---- 2. references to objects ---- */

typedef struct Ref {
  Obj *obj;
  Node *node;        /* DeclRefExpr, or the hoisted call */
  Node *elem;        /* enclosing X[i] when the object is subscripted */
  int write;         /* assigned, incremented, or address passed on */
  int addr;          /* address taken or array decayed outside a subscript */
} Ref;

typedef struct Refs { Ref *r; int n; } Refs;

/* ---- analyze.c ---- */
int count_sites(Ctx *c, Node *n);

/* ---- tree.c (the rest is in tree.h) ---- */
int loop_depth_info(Ctx *c, Node *n, long long *trip);

/* ---- expr.c: expression text ---- */
char *norm(const char *t);                                 /* no blanks, no integer casts */
long long const_count(Unit *u, Site *s, const char *count); /* a count's value, or 0 */
long long aligned_block(Unit *u, Site *s, Param *pm, const char *start);
char *subst_params(Site *s, const char *expr);             /* over the call's arguments, or NULL */
/* what an annotation's expression reads when evaluated (expr.c): memory
 * (a subscript, a member, a dereference, a call), the globals it names */
typedef struct AnnReads {
  int memory;                     /* through a subscript, a dereference, a call */
  unsigned arrow;                 /* ... a member of the struct parameter k points to (c->n): bit k */
  CXCursor global[8]; int nglobal;
} AnnReads;
int an_expr_reads(Unit *u, Callee *ce, const char *e, AnnReads *r);
int an_param_reads(Unit *u, Callee *ce, AnnReads *r);   /* ... of every parameter's annotation */
int multiple_of(Unit *u, const char *start, long long C);  /* start reads E*C (or 0) */
/* An integer expression as k + sum(coef * atom): atoms are identifiers that
 * are neither parameters of the callee (replaced by the argument) nor
 * object-like macros (replaced by their text). */
#define LIN_ATOMS 8
typedef struct Lin { int ok, n; char *atom[LIN_ATOMS]; long long coef[LIN_ATOMS], k; } Lin;
Lin lin_text(const char *t, Unit *u, Site *s, int depth);  /* s: the callee's parameters, or NULL */
Lin lin_axpy(Lin a, Lin b, long long m);                   /* a + m*b */

/* ---- sites.c ---- */
Site *site_of_call(Func *f, Node *call);
Node *return_of_ternary(Node *q);
int pure_or_hoisting(Ctx *c, Node *n);
Node *hoist_anchor(Ctx *c, Node *call, const char **why, Node **ternary, int *branch);
int copyable(Node *a);
void recover_arg_texts(Ctx *c, Site *s);
void classify_call(Ctx *c, Node *call, Callee *ce, Node *fnref, Node **bind, int nbind);
void find_sites(Ctx *c, Node *n);
int calls_longjmp(Unit *u, Node *n);
int has_const_member(CXType t);
enum CXVisitorResult const_field(CXCursor f, CXClientData d);
int set_target(Ctx *c, Site *s);

/* ---- objects.c ---- */
Node *find_var(Func *f, CXCursor d);
int trackable(Func *f, CXCursor d);
Obj *new_obj(Func *f, CXCursor d);
Obj *get_obj(Func *f, CXCursor d);
int owned_buffer(Unit *u, Func *f, Obj *o);
void find_views(Ctx *c);
Site *hoisted(Func *f, Node *call);
int lvalue_use(Unit *u, Node *n, int *addr);
void collect_refs(Ctx *c, Node *n, Refs *out, int all);
int in_site(Func *f, Node *n);
int returns_used_pointer(Node *call);
void find_escapes(Ctx *c);
int call_keeps(Unit *u, Node *call, int argi);   /* the call keeps what argument argi points to: 1, may (unseen): 2 */
int callee_keeps(Unit *u, CXCursor fn, int argi);  /* ... function fn does */

/* ---- pure_calls.c ---- */
void merge_pure_calls(Ctx *c);
void plan_memos(Ctx *c);

/* ---- copies.c ---- */
void find_copies(Ctx *c, Node *n);
int count_refs(Node *n, CXCursor d);
int names_any(Node *n, Node *of);
void forward_copies(Ctx *c);

/* ---- deps.c ---- */
int pure_but_hoisted(Ctx *c, Node *n);
char *index_text(Ctx *c, Node *idx);
char *index_text_here(Ctx *c, Node *idx);
int decls_named(Func *f, const char *name);   /* parameters and variables of f so called */   /* evaluated only at the spawn or in a wait: may read untouched tracked objects */
Acc dir_acc(Dir d);
Obj *pointer_base(Ctx *c, Node *arg);
int pointer_region(Ctx *c, Site *s, int i, Param *pm);
int refs_global_or_deref(Ctx *c, Node *n);
/* memory.c: can a spawn or a wait name the global o's bytes as a region of
 * <memory> (`&g`, its type complete, its name not hidden by a local)? */
int global_bytes_nameable(Func *f, Obj *o);
int site_task_deps(Ctx *c, Site *s);
int arg_reads_pending(Ctx *c, Node *arg);       /* reads a value a task may not have written yet */
void range_modes(Ctx *c);
void drop_unneeded_deps(Ctx *c);

/* ---- fusion.c ---- */
void find_fusions(Ctx *c);

/* ---- syncs.c ---- */
int reaches_memory(Ctx *c, Node *n);
int pending_possible(Ctx *c, Node *at, Obj *o);
void sync_full(Ctx *c, Sync *y, Obj *o);
void add_sync_dep(Ctx *c, Sync *y, Obj *o, Acc acc, char *index);
void hoist_loop_waits(Ctx *c);     /* region waits of a loop that spawns nothing: before it */
void add_sync_region(Ctx *c, Sync *y, Obj *o, Acc acc, char *start, char *count);   /* a region of o's */
int is_compute(Node *n);
void sync_refs(Ctx *c, Node *n, Sync *y, int shallow, int compute);
void keep_sync(Ctx *c, Sync *y);
Site *task_site_at(Func *f, Node *stmt);
void find_syncs(Ctx *c, Node *n);
void drop_covered_waits(Ctx *c);

/* ---- shared_state.c ---- */
void shared_state_deps(Ctx *c, Site *s);
void shared_state_clocks(Ctx *c);    /* a function that measures time: every task reads the clocks */
void shared_state_expand(Ctx *c);
void ordinary_effects(Ctx *c, Node *n, Sync *y);
void shared_state_argwaits(Ctx *c);
void shared_state_prune(Ctx *c);
void shared_state_commute(Ctx *c);   /* globals only updated (total += n): in any order */
void shared_state_explain(Ctx *c);
int shared_state_clock_only(Sync *y);              /* the clocks are all y waits on */
char *shared_state_wait_words(Func *f, Sync *y);   /* "the console (printf() in 'log')", ... */

Obj *shared_object(Func *f, int ext, const char *name, const char *access);
/* ---- memory.c ---- */
Obj *memory_obj(Func *f);                                  /* <memory>, or NULL */
Obj *memory_get(Func *f);                                  /* <memory>, made on first use */
int memory_tracked(Ctx *c, CXCursor d);                    /* d's object has dependencies of its own */
int memory_region(Ctx *c, Site *s, int i, Param *pm);      /* argument i as a region of <memory> */
int memory_may_be_local(Ctx *c, Node *n);                  /* a pointer value that may point into a local */
int deep_read_only(Unit *u, Site *s, int i);                         /* sites.c: a pointer to data holding pointers, only read */
int memory_target(Ctx *c, Site *s, Node *t);               /* a result stored through a pointer */
int memory_unaddressed(Ctx *c, CXCursor g);               /* no region of <memory> lies in global g */
void memory_target_dep(Ctx *c, Site *s);
int memory_read_dep(Ctx *c, Site *s, Node *elem);          /* an argument reads p[i] in the task */
void memory_globals(Ctx *c);                               /* globals order with a parameter's memory */
int memory_deep(Ctx *c, Site *s, int i);                   /* a struct of pointers by value: all of <memory> */
int memory_deep_through(Ctx *c, Site *s, int i);           /* &X[k] of counted structs: their members' regions */
int memory_region_if_counted(Ctx *c, Site *s, int i);   /* a pointer it follows, were the parameter annotated */
int memory_read_only_arg(Unit *u, Node *n);   /* an argument for a pointer to const the callee neither writes nor keeps */
int memory_block_element(Node *a);   /* recs[k], a struct by value, of a block a pointer variable points to */
int memory_deep_element(Ctx *c, Site *s, int i, int local); /* A, &recs[i] pointing to one: likewise */
int memory_counted_struct(CXType t);                       /* a pointer to a struct of counted members */
int memory_counted_struct_at(Ctx *c, Site *s, int i);      /* ... argument i, the members its callee uses */
int memory_local_fresh(Ctx *c, Node *a);   /* a points into a local whose every pointer is a fresh block */
void serialize_untracked(Ctx *c, Site *s, int i);   /* memory.c: argument i's pointers, with the edit */
char *owned_block_count(Ctx *c, Obj *o);                   /* malloc(32)'s elements, as text (shared_state.c) */
int memory_pending(Ctx *c, Site *s, int i, Param *pm);     /* a pending fresh pointer: all of <memory> */
/* ---- captures.c ---- */
void find_captures(Ctx *c);

/* ---- edges.c ---- */
void find_edges(Ctx *c);

/* ---- clones.c ---- */
void plan_clones(Analysis *a);
const char *clone_refusal(Unit *u, Func *f, unsigned *name_at, unsigned *def_at);

#endif /* DELAYC_ANALYZE_H */
