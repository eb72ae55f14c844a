/* lower.h — lowering: the plan becomes the output text.
 *
 *   place.c       where text goes, for every target: renames, tasks before or in
 *                 place of their statements, waits (loop back edges, continues),
 *                 returns, function entry and exit, serial clones, unity builds,
 *                 the prologue, generated names' prefix
 *   openmp.c      the OpenMP target: callbacks writing tasks and waits as pragmas
 *   openmp_batch.c  ... and its batches: a loop of small tasks spawned in buffers
 *   pthreads.c    the pthreads target: callbacks writing outlined tasks spawned on
 *                 libdelayc's own scheduler
 *   serial.c      the serial target: the annotations stripped
 *   starpu.c      the StarPU targets (starpu, starpu-mpi): outlined tasks on
 *                 StarPU, their regions as registered data
 *   outline.c     a task moved out of its function (pthreads, starpu)
 *   targets.c     the table of targets (--target=NAME)
 *   spawn_hook.c  the run-time instrumentation hook and dependence list of a task
 *   names.c       how generated code names the plan's data and arguments
 *   memo.c        the wrappers that look a DELAYED_PURE call's arguments up first
 *   atomic_updates.c  updates of a global that tasks make in any order, made atomic
 *   extent_checks.c  accesses of a DELAYED function's parameters not shown inside
 *                 their declaration, checked when the program runs
 *
 * A target is a TargetOps: a few callbacks over the plan (function entry, a
 * task, a fused loop, a wait, the exit wait, the includes); place.c calls them
 * and puts their text where it goes, keeping every line on its number. */
#ifndef DELAYC_LOWER_H
#define DELAYC_LOWER_H

#include "plan/plan.h"

/* ---- targets (targets.c) ---- */
typedef struct Target {
  const char *name;          /* --target=NAME */
  const char *what;          /* one line for --help */
  /* the whole output text for the analysed file (malloc'd), or NULL after an error */
  char *(*lower)(Analysis *a, size_t *outlen);
  int tasks_only;            /* a file without task sites is copied unchanged, not lowered */
  /* before explanations are printed: mark what this target cannot make a task
   * (Site.in_place) and explain it; NULL: everything the plan makes a task */
  void (*adapt)(Analysis *a);
} Target;
const Target *target_find(const char *name);   /* NULL: no such target */
const Target *target_at(int i);                /* the i-th target, NULL past the last */
char *lower_omp(Analysis *a, size_t *outlen);      /* openmp.c */
char *lower_pthreads(Analysis *a, size_t *outlen); /* pthreads.c */
char *lower_serial(Analysis *a, size_t *outlen);   /* serial.c */
char *lower_starpu(Analysis *a, size_t *outlen);   /* starpu.c: both StarPU targets */
void adapt_omp(Analysis *a);                        /* openmp.c: plans the batches */
void adapt_starpu(Analysis *a);
void adapt_starpu_mpi(Analysis *a);
/* What --target=starpu-mpi cannot spread over the ranks: marks the calls it
 * runs in place (Site.in_place: the reason) and says each call of ordinary
 * code that every rank would run with an effect outside its process (a file
 * written, standard input read) — emit warns, lint reports (not-distributed.c) */
typedef void (*StarpuSay)(void *ctx, Analysis *a, Node *at, const char *msg);
void starpu_mpi_review(Analysis *a, StarpuSay say, void *ctx);

/* ---- place.c: the placement every target shares ---- */

/* Text to put before a statement, in parts that must stay in this order:
 * hoisted tasks, then the wait, then the statement's own replacement. */
enum { PRE_HOIST, PRE_WAIT, PRE_STMT, NJOIN,       /* joined, in this order */
       PRE_BR1 = NJOIN, PRE_BR2, NPRE };             /* the branches of a split return */
typedef struct Pre { Node *at; Buf part[NPRE]; } Pre;

/* A serial clone of a function (the plan's, analysis/clones.c), by its name. */
typedef struct Clone { Func *f; char *name; } Clone;

struct TargetOps;
typedef struct Lower {
  Analysis *a;
  Unit *u;
  Func *f;           /* the function being lowered */
  const struct TargetOps *ops;
  Edits ed;          /* renames (sorted): rendering reads them */
  Edits out;         /* everything else */
  Pre *pre; int npre;
  Clone *clone; int nclone;
  void *target;      /* the target's own state, for the whole output file */
  char *frees;       /* what the function's exits free (place.c exit_frees), or NULL */
  struct StructCopy *scopy; int nscopy;   /* helpers' copies checking a struct given (member_checks.c) */
} Lower;

/* A target's callbacks.  Text they return is malloc'd; generated names in it
 * start with \001 (names.c). */
typedef struct TargetOps {
  const char *includes;      /* two lines, after the file's feature-test macros */
  const char *exit_wait;     /* at every exit: wait for the tasks this call spawned */
  int region_scope;          /* the target compares run-time regions itself (Obj.regions):
                                a function with such objects gets a scope, freed at exits */
  /* at the function's opening brace, before its spawn flag and arena (NULL: nothing) */
  char *(*entry)(Lower *l);
  /* ordinary code is about to touch what dep names (full: anything) */
  char *(*wait)(Lower *l, Dep *dep, int ndep, int full);
  /* a task that runs `run` (the statement, `x = f(a); `), after its
   * arguments, temporaries and result's declaration */
  char *(*task)(Lower *l, Site *s, const char *label, const char *run);
  /* a for loop that is one task (s->fuse_loop): place its text */
  void (*fused_loop)(Lower *l, Site *s);
  /* a call of a batched loop, before its argument wait (NULL: none) */
  char *(*batch_guard)(Lower *l, Site *s);
  /* the function's batched loops (Func.batch): put their text around the
   * loops, after every other statement's (NULL: the target has none; its adapt
   * step did not plan any) */
  void (*batches)(Lower *l);
  /* the records a batch holds, spawned now (NULL: no batches) */
  char *(*batch_flush)(Lower *l, Batch *b);
  int loop_arenas;           /* a loop's slots come from an arena of its own, freed as the
                                loop goes (Func.arena_loop); else all from the function's */
  int in_place;              /* a task's text stays where its call is (OpenMP): a constant
                                argument is written in its call as it is (argconst); an outlined
                                task (pthreads, StarPU) copies it, as the macros, enumerators and
                                local types it names may mean something else where it moves */
} TargetOps;

char *lower_file(Analysis *a, const TargetOps *ops, void *target, size_t *outlen);
void atomic_updates(Analysis *a, Edits *ed);       /* atomic_updates.c: the file's updates in any order */
/* extent_checks.c: into l->ed, for the function l->f; emit_copies: write
 * the checked copies of its helpers (not again for its serial clone) */
void extent_checks(Lower *l, int emit_copies);
/* member_checks.c: into l->ed, the accesses through counted struct members
 * (DELAYED_N) of l->f's parameters; its entry text after open_brace */
void member_checks(Lower *l, unsigned open_brace, int emit_copies);
void member_copies_free(Lower *l);
void extent_copy_drop(Node *call, int arg);      /* ... no copy for that argument: member_checks.c's has it */
/* extent_checks.c: a helper's checked copy (text), what it needs declared
 * before it (before), placed after the helper's definition (def_at) */
void copy_place(Lower *l, CXCursor def, Node *root, unsigned def_at, const char *before, const char *text);
/* ... a call handing such a member to a helper: checked by a copy of the helper (extent_checks.c) */
void extent_check_member_call(Node *call, int arg, const char *lo, const char *hi, const char *base, const char *es,
                              const char *decl);
char *render(Lower *l, Node *n);                   /* a node's text with the renames, on one line */
char *render_with(Lower *l, Edits *ed, Node *n);   /* ... with other renames (sorted) */
char *flatten(char *t);                            /* text on one line (takes t) */
char *decl_type(const char *type);                 /* __typeof__(T), no top-level const */
char *label_literal(const char *label);            /* a label inside a string literal */
unsigned line_at(Unit *u, unsigned off);           /* the line of a byte offset */
char *target_decl(Lower *l, Obj *o);               /* `T x; ` for a result declared by a task */
char *task_run(Lower *l, Site *s, Edits *ed, char *(*access)(Lower *, Site *, Obj *));
char *task_args(Lower *l, Site *s, Edits *ed);     /* its arguments into their temporaries (ed: renames, NULL: l's) */
void place_before(Lower *l, Node *n, int part, const char *text);
void place_after(Lower *l, Node *n, const char *text);   /* after the statement n */
void place_remove(Lower *l, Node *n);                    /* the statement n, its text gone */
int hoist_is_dropped(Lower *l, Site *h);           /* a hoisted call whose value is dropped: `(f(1), g)` */

/* ---- outline.c: tasks as functions of their own ---- */
typedef struct Outliner {
  const char *spawn;         /* the runtime's spawn function: dct_spawn, dcs_spawn */
  int (*deps)(Buf *b, Func *f, Dep *dep, int ndep);   /* `, item, ...`: their number */
  int ntask;                 /* outlined tasks so far in the output file: their numbers */
  Func **declared;           /* functions declared before their first outlined task */
  int ndeclared;
} Outliner;
/* The task's outlined function (placed before its function) and the text of
 * its spawn, or NULL when it cannot move out of its function.  roots: the
 * nodes its text comes from; loop: a fused loop (its text is the task's). */
char *outline_task(Lower *l, Outliner *o, Site *s, const char *label, Node **roots, int nroot, Node *loop);
/* ... of a call site (its text from the call and its result's lvalue) */
char *outline_site(Lower *l, Outliner *o, Site *s, const char *label);
/* A fused loop moved out as one task, or (can == 0, or it cannot move) left
 * in place after wait_all. */
void outline_fused_loop(Lower *l, Outliner *o, Site *s, int can, const char *wait_all);
int has_directive(Unit *u, Node *n);   /* the node's text holds a preprocessor line */

/* ---- spawn_hook.c: run-time instrumentation hooks in generated code ---- */
/* `long <pfx>tid = DELAYC_RT_TASK_SPAWN(label, line, n, deps...); ` — put right
 * before a task; <pfx>tid then goes into the task (firstprivate) for
 * DELAYC_RT_TASK_BEGIN_ID/END_ID.  label must already be escaped for a string. */
char *target_spawn_hook(Func *f, Dep *dep, int ndep, const char *label, unsigned line);
/* `, DELAYC_RT_DEP(mode, x), ...`: one delayc_rt_dep per depend item; their number */
int target_dep_items(Buf *b, Func *f, Dep *dep, int ndep);

/* ---- openmp.c, openmp_batch.c ---- */
int omp_dep_clauses(Buf *b, Func *f, Dep *dep, int ndep);   /* depend clauses; 1 if one uses an iterator */
char *omp_batch_call(Lower *l, Site *s);     /* a call of a batched loop: its record */
char *omp_batch_guard(Lower *l, Site *s);    /* ... before its argument wait */
void omp_batch_place(Lower *l, Batch *b);    /* the batch's declarations and last flush */
char *omp_batch_flush(Lower *l, Batch *b);   /* its pending records spawned, if any */

/* ---- memo.c ---- */
char *memo_name(Site *s);                    /* the wrapper a Site.memo task calls */
void emit_memos(Lower *l);                   /* the wrappers, before their first callers */

/* ---- names.c ---- */
char *lower_access(Obj *o);                  /* how generated code names the object */
char *lower_storage(Obj *o);                 /* a slot's pointer or a temporary: \001s_x, \001t3 */
char *lower_arg(int site, int arg);          /* the temporary of an argument: \001a3_0 */
/* Is argument i of s copied at the spawn into its temporary (lower_arg)?  Not
 * a constant (WIDTH) of a target whose tasks stay in place: the task's call
 * writes it as it is (plan.h argconst). */
int lower_copies_arg(const Site *s, int i);
void lower_set_in_place(int in_place);          /* the target's TargetOps.in_place, for the above */
char *lower_expr(Func *f, const char *expr); /* a plan expression, its holes named (NULL: NULL) */
/* a dependency on an object of run-time regions (Obj.regions): its first element
 * (an lvalue) and element count ("-1": to the end); as a delayc_rt_region initializer */
void lower_region(Func *f, Dep *d, char **first, char **count);
char *lower_region_init(Func *f, Dep *d);
char *lower_string_wait(Func *f, Dep *dep, int ndep, char *w);   /* ... widened to a string's NUL */
int region_write(Dep *d);                          /* its write flag: 0 read, 1 written, 2 updated in any order */

#endif /* DELAYC_LOWER_H */
