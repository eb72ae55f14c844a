/* plan.h — the task plan: what the analysis decided, per function — the data
 * tasks touch (Obj), the tasks (Site) with their accesses as regions of data
 * (Dep), the waits (Sync), the explanations — finished before any lowering
 * starts.  Every target lowers from it (lower/), and graph draws it. */
#ifndef DELAYC_PLAN_H
#define DELAYC_PLAN_H

#include "frontend/frontend.h"


/* A variable whose storage tasks write or read behind ordinary code's back. */
/* A VIEW is a pointer variable that only ever points into another object (its
 * base): `T *part = buf + k;`.  Its uses are uses of the base. */
typedef enum { OBJ_SCALAR, OBJ_ARRAY, OBJ_BUFFER, OBJ_VIEW } ObjKind;
typedef struct Obj {
  CXCursor decl;
  char *name;
  char *type;        /* declared type spelling */
  ObjKind kind;
  long long nelem;   /* arrays: element count */
  long long esize;   /* arrays and buffers: element size (void: 1), or -1 */
  int voidp;         /* a void * buffer: elements are bytes */
  int nested;        /* declared in a nested block: lives in a slot */
  int slot;          /* uses arena storage: refer to it as (*__dc_s_<name>) */
  int arena;         /* a slot: 0, from the function's arena; k, from that of the loop
                        Func.arena_loop[k-1] whose body declares it, freed when big at
                        an iteration's start (analyze.c slot_arenas, lower/place.c) */
  int task_declared; /* a slot whose declaration is a task's result (`T x = f(..)`, a
                        copy): the task's text declares it, not its own statement */
  int elementwise;   /* some task depends on single elements */
  long long blocked; /* every task names it by aligned blocks of this size: deps
                        name a block by its first element (no iterators) */
  int ranged;        /* tasks name it by ranges shown disjoint (or identical at
                        their start): deps name a range by its first element */
  int escaped;       /* its address is stored: tasks on it run serially (2: by a task's
                        function, 1: by ordinary code) */
  int unseen_kept;   /* its address was given to a function delayc cannot see, which may
                        keep it: code delayc cannot see waits for the tasks on it, and
                        tasks that touch everything are ordered with them */
  int chained;       /* named whole for want of a region delayc can name (&X[i] given
                        to a parameter with no annotation): its writers run one after
                        another, and the default remark counts them */
  int foreign;       /* EXT_MEMORY: some task's region may lie in a global (reached
                        through a parameter, a global's value, a loaded pointer) */
  int regions;       /* tasks name parts of it that delayc cannot show disjoint at
                        compile time: their regions (address, bytes) are compared
                        at run time (runtime/task_regions.c), not in depend clauses */
  int temp;          /* a temporary made by delayc for a hoisted call: the result
                        of site temp_site */
  int temp_site;
  int fused;         /* a result forwarded to its only reader: no storage */
  Node *declnode;    /* VarDecl node (NULL for params and temps) */
  struct Obj *base;  /* VIEW: the object it points into */
  int id;
  int ext;           /* EXT_GLOBAL or EXT_RESOURCE: shared state, not a local
                        (shared_state.c); never renamed, captured or a slot */
  int res;           /* EXT_RESOURCE: its Resource */
  char *access;      /* ext: how a depend clause names it */
  int unaddressed;   /* EXT_GLOBAL: a static whose address the file never takes: no pointer
                        reaches it (effects/addressed.c) */
  int update;        /* EXT_GLOBAL: the tasks that update it do so in any order, each update of
                        this kind (an Update) made atomic (shared_state_commute); else 0 */
} Obj;
/* EXT_MEMORY: memory only pointers reach (analysis/memory.c), ordered by run-time regions */
enum { EXT_GLOBAL = 1, EXT_RESOURCE = 2, EXT_MEMORY = 3 };

/* The largest iterator delayc emits in a depend clause: a range of more
 * elements, or of a run-time length, is named otherwise (deps.c, range_modes):
 * gcc builds an iterator's dependence array on the stack, and libomp inserts
 * every element in its dependence hash. */
#define DELAYC_ITER_MAX 64

/* One dependency of a task or a wait. */
typedef enum { ACC_IN, ACC_OUT, ACC_INOUT } Acc;
typedef struct Dep {
  Obj *obj;
  Acc acc;
  char *index;       /* element index text (NULL: whole object) */
  char *start, *count; /* a range of elements (NULL count: to the end) */
  long long block;   /* the range is block start/block of a constant size: its size */
  long long nconst;  /* the count's value when a compile-time constant, else 0 */
  char *csrc;        /* the count over the callee's parameters (comparing ranges) */
  int unneeded;      /* orders nothing: left out of the depend clause (deps.c) */
  char *rows, *ld;   /* DELAYED_*_2D: `rows` blocks of `count` elements from start, `ld`
                        elements apart (the object's run-time regions name it) */
  int update;        /* a global the task only updates in any order (effects/commute.c: an
                        Update); after shared_state_commute, `in` among the other updates */
  int string;        /* a wait's region is the C string at start: its count is DEP_STRING_LEN,
                        the wait's own length, doubled until the NUL is within (lower) */
} Dep;
#define DEP_STRING_LEN "\001sn"

/* A variable a task uses, and how it reaches the task: copied at the spawn
 * (CAP_VALUE) or shared with the spawning function (CAP_REF: the task writes
 * it, or dependencies order it).  A slot or a temporary of the plan is data
 * (the target names it); any other is the user's variable, by name. */
typedef enum { CAP_VALUE, CAP_REF } CapKind;
typedef struct Capture {
  CapKind kind;
  struct Obj *data;  /* a slot (its pointer is copied) or a temporary, or NULL */
  char *name;        /* the user's variable (data == NULL) */
  CXCursor decl;     /* ... its declaration (its type) */
} Capture;

typedef enum { SITE_EXPR, SITE_ASSIGN, SITE_DECL, SITE_COPY, SITE_HOIST } SiteForm;
typedef struct Site {
  int id;
  SiteForm form;
  Node *call;        /* the CallExpr (NULL for SITE_COPY) */
  Node *stmt;        /* the statement it belongs to: hoisted work goes before it */
  int wrap;          /* stmt is not directly in a block: new text needs braces */
  Callee *callee;
  char *callee_text;
  Node **arg; int narg;
  Node **bind; int nbind;  /* delayed_bind tokens */
  int after;         /* delayed_after form */
  Node *target;      /* assignment lhs (ASSIGN, COPY), VarDecl (DECL), or NULL */
  Node *source;      /* COPY: the value copied */
  Obj *tobj;         /* object written by the result (or NULL) */
  char *tindex;      /* element index of the target, or NULL */
  int tmember;       /* the result goes to a member of it (pts[i].x, box.sum): the task
                        writes part of the object, keeping the rest (inout) */
  char *tmem;        /* or to memory only pointers reach (out[i] = f(x), p->x = f(x)): the
                        element's address, a region of <memory> (memory.c); tobj NULL */
  Obj *temp;         /* HOIST: the temporary */
  int serial;        /* left as an ordinary call */
  char *why;         /* reason it is serial, for --explain */
  int in_loop;       /* inside a loop of this function */
  long long hot_ns;  /* a sum it makes of a global, in a loop of this little work an iteration: kept in order */
  long long trip;    /* known trip count of the innermost loop, or -1 */
  unsigned line;
  Dep *dep; int ndep;
  int *argtask;      /* per argument: evaluated inside the task */
  int *argspawn;     /* per argument: evaluated at the spawn (into a temporary) */
  int *argconst;     /* ... of those, a constant expression (WIDTH): the task's call writes it as it is,
                        so the compiler still sees the constant there */
  Dep *spawn_wait; int nspawn_wait;  /* results the spawn waits for before it evaluates its arguments: a
                        count a task computes (n = getlen(1); fill(d, n, 7): n), read at the spawn */
  unsigned char *members_at_spawn;  /* per argument (or NULL): a struct whose members' places and
                        counts the spawn reads (memory_deep_element): it waits for its writers */
  char **argsrc;     /* per argument: its text, when the tree's range is unusable */
  Obj *src;          /* COPY: the object copied */
  char *op;          /* COPY: a compound assignment's operator ("+=", ...): the task
                        updates the target with a hoisted call's result; NULL: "=" */
  Node *fwd;         /* the result goes straight to this lvalue (a fused copy) */
  int fused;         /* COPY forwarded into its producer: emits nothing */
  Node *ternary;     /* HOIST from a branch of `return c ? a : b;` (split into if/else) */
  int branch;        /* 1: the true branch, 2: the false one */
  int inline_call;   /* HOIST read at once by its statement: run it inline */
  int inline_exit;   /* ... the function's one task, right before it returns (and waits) */
  int inline_read;   /* ... the one call its statement reads at once (`a = f(1) + 1`), none beside it */
  char *cutoff;      /* cutoff condition over the temporaries, or NULL */
  char *rank;        /* DELAYED_RANK over the arguments: the rank it runs on (starpu-mpi), or NULL */
  Node *fuse_loop;   /* the for loop around it that becomes one task (deps.c) */
  int touches_all;   /* its callee touches everything: ordered with all shared state */
  int mem;           /* FX_READ | FX_WRITE: memory its callee reaches through pointers of
                        unknown origin (ordered with every global-ish shared object) */
  struct Sync *argwait;  /* a wait before its arguments are evaluated at the spawn,
                            for the shared state they touch (shared_state.c) */
  Capture *cap; int ncap;  /* what the task uses of the spawning function (captures.c),
                              in the order it meets them, each variable once */
  int wait_first;    /* run inline (below the cutoff, or read at once): wait first for
                        the other tasks on its data */
  int use_clone;     /* below the cutoff, call the callee's serial clone (clones.c) */
  int memo;          /* a DELAYED_PURE call that may repeat with the same values: called through
                        a wrapper that looks them up first (pure_calls.c, lower/memo.c) */
  struct Batch *batch;   /* its loop runs its calls in batches (analysis/batches.c), or NULL */
  int batch_k;       /* its place among the batch's sites */
  const char *no_batch;  /* in a loop whose calls are tasks one by one: why not batches
                            (a constant of batches.c), or NULL */
  char *in_place;    /* the target cannot make it a task (lower/starpu.c: its regions are
                        not all known, or it touches state every rank holds): it runs in
                        place after a full wait, and counts as serial; the reason */
} Site;

/* A loop whose tasks are too small to be tasks one by one (analysis/batches.c):
 * each call becomes a record of what its task would have copied at the spawn
 * (its arguments, its captures by value), appended to a buffer; the buffer
 * becomes one task when it holds as many records as the run-time policy says
 * (runtime/task_batch.c), and at the loop's end.  Its dependencies are the
 * union of its records': the run-time regions of each dependency grown to
 * cover them all, and those that are the same for every call, once. */
typedef enum { BDEP_SKIP, BDEP_REGION, BDEP_ONCE, BDEP_FLIP, BDEP_NO } BatchDep;   /* FLIP: REGION once the
                                                                      object's regions are compared at run time */
typedef struct Batch {
  int id;            /* its number in the function: generated names */
  struct Func *f;
  Node *loop;        /* the for, while or do statement */
  Site **site; int nsite;   /* its tasks, in the order of the text */
  long long est_ns;  /* the cost model's estimate of one iteration's calls, -1: unknown */
  long grain;        /* DELAYED_GRAIN of its callees (the smallest): calls per batch, 0: measured */
  char *label;       /* the labels of its callees, joined by '+' */
  Node *range;       /* a range batch: the induction variable's declaration (the loop is
                        `for (i = A; i < E; i++)` of calls whose arguments are made of i and
                        values the loop does not change): a batch is a range of i, its task
                        runs the calls over it, the spawner keeps no record (NULL: records) */
  CXCursor ivar;     /* ... that variable */
  Node **read; int nread;   /* a range batch's arguments' X[i]: X's elements lo .. lo + n - 1
                               are copied at its spawn, and the calls read the copy */
  Obj **local; int nlocal;  /* a range batch's results declared in the loop's body: storage
                               of the task's, for each call of its range */
} Batch;
BatchDep batch_dep(Batch *b, Dep *d);   /* how a task's dependency becomes the batch's */
int range_element(Dep *d, CXCursor ivar);   /* X[i] of a local array or buffer: a range batch's region */

typedef struct Explain { unsigned line, col; char *msg; } Explain;

/* A sync point: ordinary code about to touch what pending tasks touch.
 * `loop` marks the wait repeated at the end of a loop body (and before each
 * `continue`) for a loop whose condition reads task results. */
typedef struct Sync {
  Node *at;          /* the statement it precedes (or the loop, if loop) */
  int loop;
  int full;          /* a plain taskwait: the extent could not be named */
  int compute;       /* an explicit delayed_compute */
  Obj *why;          /* full: the object whose extent could not be named */
  Dep *dep; int ndep;
} Sync;

typedef struct Func {
  Unit *u;
  CXCursor cur;
  char *name;
  Node *root;        /* FunctionDecl node */
  Node *body;        /* its CompoundStmt */
  Obj **obj; int nobj;
  Site **site; int nsite;
  Sync **sync; int nsync;
  Node **vars; int nvars;   /* every VarDecl node of the body */
  int ntask;         /* sites that are tasks */
  int nslot;
  int variadic;
  int backjump;      /* a goto jumps backwards: any task may be pending anywhere */
  int typeof_text;   /* the body spells typeof somewhere (unevaluated operands) */
  int longjmps;      /* a call in it may leave it by longjmp (not main): it waits
                        before such calls and opens no parallel region */
  char *result;      /* result type spelling */
  int void_result;
  char **pname; int nparam;
  int open_region;   /* the entry policy: open a parallel region when called outside one
                        (not when it may be left by longjmp) */
  int clone;         /* it has a serial clone (clones.c): its name is spelled at
                        clone_name_at, the clone's definition goes at clone_def_at */
  unsigned clone_name_at, clone_def_at;
  struct Edge *edge; int nedge;   /* the order dependencies impose (edges.c) */
  Batch **batch; int nbatch;      /* loops whose tasks run in batches (batches.c) */
  Node **arena_loop; int narena;  /* loops whose bodies declare slots: an arena each */
  int leaf;          /* DELAYED, with no delayed call: not planned; lowered for its extent checks only */
  CXCursor *exposed; int nexposed; /* locals whose storage tasks reach through pointers
                                      (analysis/memory.c): their uses wait on <memory> */
  CXCursor *gstored; int ngstored; /* static globals no pointer reaches that tasks store
                                      results into (g[i] = f(x)): regions of <memory> lie in them */
} Func;

/* One order between two tasks, or a task and a wait, through an object both
 * touch, one of them writing it (edges.c: the regions' rule, regions_overlap). */
typedef struct Edge {
  Site *from;
  Site *to;          /* a later task, or NULL ... */
  struct Sync *wait; /* ... a wait of ordinary code */
  Obj *obj;
} Edge;

typedef struct Analysis {
  Unit *u;
  int no_batch;             /* emit --no-batch: no loop runs in batches (batches.c) */
  char *fenv;               /* the file changes the floating-point environment (this
                               function's name): a task on another thread would compute
                               in that thread's, so no call becomes a task (analyze.c) */
  Func **fn; int nfn;       /* functions with delayed call sites, some of them tasks */
  Func **leaf; int nleaf;   /* DELAYED functions that call no delayed function: their extent checks only */
  Func **idle; int nidle;   /* functions whose delayed calls all stay serial: nothing to
                               lower, but their calls are counted and explained */
  Explain *ex; int nex;
  int nex_shown;            /* how many --explain has printed (lowering adds some: pthreads.c) */
  int nopaque; unsigned opaque_line, opaque_col;   /* delayed(fp)(x) calls through a pointer: serial,
                                                      no site (sites.c); counted, the first's place */
  /* unity builds (unity.c): the analyses of the .c files this file includes,
   * each with the byte range of its #include line here, to be replaced by
   * that file's lowered text */
  struct Analysis **sub; unsigned *sub_beg, *sub_end; unsigned *sub_next_line; int nsub;
} Analysis;

/* ---- plan_print.c: delayc plan ---- */
int plan_write(Analysis *a, FILE *out, const char *format, const char *only);  /* text or json */

/* ---- plan.c ---- */
int regions_overlap(Dep *a, Dep *b);           /* may the two depend items name the same storage? */

/* Expressions of the plan — a region's index, start and count, a cutoff — are
 * the user's C text with holes that a target fills in with its own names:
 *   "\002a<S>.<N>\003"  argument N of site S, as evaluated at the spawn
 *   "\002d<K>\003"      the storage of the function's data K (Func.obj[K])
 * plan_expr renders one: fill(ctx, kind, a, b) returns the text of a hole
 * ('a': site a, argument b; 'd': data a), malloc'd. */
typedef char *(*PlanFill)(void *ctx, char kind, int a, int b);
char *plan_expr(const char *expr, PlanFill fill, void *ctx);
char *plan_hole_arg(int site, int arg);        /* "\002a<S>.<N>\003" */
char *plan_hole_data(Obj *o);                  /* "\002d<K>\003" */
void an_explain(Analysis *a, Node *at, const char *f, ...) __attribute__((format(printf, 3, 4)));
Obj *an_object_of(Func *f, CXCursor ref);      /* the tracked object a declaration is */

/* What became of a file's delayed calls (with its included .c files): tasks,
 * run inline, left serial, chained on an object named wider than needed or
 * on everything (a callee whose body delayc cannot see); the place of the
 * first call that is serial, chained or inline in a loop (line 0: none). */
typedef struct PlanCounts {
  int calls, tasks, inline_calls, serial, chained;
  int inline_exit;      /* inline: a function's one task before it returns (its callers' loops run them in turn) */
  int inline_in_loop;   /* inline calls in a loop: the other iterations could have run beside them */
  int inline_read;      /* inline: the one call its statement reads at once (none beside it) */
  unsigned line, col; const char *path;
} PlanCounts;
void plan_counts(Analysis *a, PlanCounts *pc);
/* Does the task read all of <memory> and write some of it (two such order at run time)? */
int plan_memory_chained(const Site *s);

/* constructors (the analysis builds the plan with these) */
Site *add_site(Func *f, SiteForm form, Node *call, Node *stmt);
Obj *plan_temp(Func *f, Site *s, int nested);  /* the temporary of a hoisted call */
Dep *add_dep(Site *s, Obj *o, Acc acc, char *index, char *start, char *count);
Sync *new_sync(Node *at, int loop);
void serialize(Analysis *a, Site *s, const char *why);   /* an ordinary call, with the reason */

#endif /* DELAYC_PLAN_H */
