/* effects.h — what a call touches besides the memory its arguments reach: globals,
 * resources (the console, files ...), memory delayc cannot place, or
 * everything — known, or assumed the worst (docs/lowering.md, "Shared state").
 *
 *   effects.c  per-function summaries over the call graph, longjmp
 *   library.c  the C library and POSIX functions by the resource each uses
 *   access.c   what a body does with the memory a parameter or a global reaches
 *   program.c  the program's other files (--with, summary files)
 *   allocators.c  which calls return fresh memory (malloc, the file's xmalloc)
 *   commute.c  updates of a global whose order does not matter (`total += n`)
 *   addressed.c  the static globals no pointer reaches (their address never taken)
 *   ranges.c   the elements of a pointer parameter a body touches, over its parameters,
 *              and each use weighed against the annotation (poly.c: the arithmetic) */
#ifndef DELAYC_EFFECTS_H
#define DELAYC_EFFECTS_H

#include "frontend/frontend.h"

/* ---- access.c: what a body does with the memory one variable reaches ---- */
typedef enum { ACCESS_WRITE, ACCESS_UPDATE, ACCESS_INCDEC, ACCESS_PASS, ACCESS_CAST, ACCESS_READ,
               ACCESS_ESCAPE } Access;
/* at: the node; for ACCESS_PASS, `at` is the call and arg the argument's index */
typedef void (*AccessFn)(void *ctx, Node *at, Access kind, int arg);
/* root: a parameter (the memory behind it) or, with self, a global (its own
 * storage too); aliases through local pointers are followed */
void access_walk(Unit *u, Node *body, CXCursor root, int self, AccessFn fn, void *ctx);
Node *access_var_init(Unit *u, Node *vardecl);   /* also inside macros and other files */
/* accesses through pointers of unknown origin (a global's value, a call's
 * result, and with !params_known a parameter's), and ACCESS_ESCAPE where a
 * local's address is stored where no walk follows it */
void access_unknown_walk(Unit *u, Node *body, int params_known, AccessFn fn, void *ctx);
CXCursor access_published_local(Node *value);     /* the local an escaped value points into */
/* every access through a pointer value, of any origin (and ACCESS_ESCAPE) */
void access_pointer_walk(Unit *u, Node *body, AccessFn fn, void *ctx);
/* fn returns only NULL or blocks of its own, holding nothing it was given */
int access_returns_fresh(Unit *u, CXCursor fn);
int access_no_text(Unit *u, Node *n);            /* spelled in a macro use or another file */
/* `=`/`op=` and `++`/`--`, told by types inside a macro use (no operator text there) */
int access_is_assign(Unit *u, Node *n);
int access_is_incdec(Unit *u, Node *n);
int access_is_local_var(CXCursor d);             /* a local variable of a function (not static, not extern) */
int access_may_point_into(CXType r, CXType a);   /* a pointer of type r into what type a points to? */
int access_type_holds(CXType outer, CXType inner, int depth);   /* an outer holds an inner (0: call with depth 0) */

/* ranges.c: the elements [first, end) of pointer parameter k that fn's body
 * touches, over its parameters (`lo - 1`, `hi + 1`, `n`, `rows * cols`): 1,
 * or 0 (not shown).  sure: only the uses every run makes; FX_RANGE_LIKELY:
 * every use, its names taken as sizes (w >= 0: src[0] and src[x] for
 * x < w join to [0, w)), for a declaration emit checks as it runs. */
#define FX_RANGE_LIKELY 2
int fx_param_range(Unit *u, Node *body, CXCursor fn, int k, int sure, char **first, char **end);
/* ... with parameter `index` taken to be in [0, count) (its callers show it:
 * `f(p, n, i, ..)` in `for (i = 0; i < n; i++)`): p[j] for j < n and p[i]
 * join to [0, n) */
int fx_param_range_indexed(Unit *u, Node *body, CXCursor fn, int k, const char *index, const char *count,
                           char **first, char **end);
/* Does [first, end) lie within [lo, hi), as far as the texts show (`n` against
 * `n + 1`; `n` against `m` cannot tell): 1 yes, 0 no, -1 cannot tell */
int fx_range_within(Unit *u, const char *first, const char *end, const char *lo, const char *hi);
char *fx_bound_split(const char *t, long long *k);   /* "hi + 1" -> "hi", 1; "64" -> "", 64 */
char *fx_bound_add(Unit *u, const char *t, long long k);   /* "hi + 1", -1 -> "hi" */
/* Each use of pointer parameter k in fn's body against its declared extent
 * [lo, hi) (texts over the parameters; NULL: none, nothing is weighed) */
/* how far a library call reads a string (runtime/delayc_rt.h's DELAYC_RT_READ_*) */
enum { READ_NUL, READ_CHR, READ_MEMCHR, READ_CMP, READ_NCMP, READ_SPN, READ_CSPN, READ_NLEN, READ_INT };
typedef enum {
  EXT_ELEMENT,   /* p[e], *p, *(p + e), p->m (also through a local alias `T *q = p + off;`) */
  EXT_CALL,      /* handed to a function: a DELAYED one's annotation, or what its body touches */
  EXT_BYTES,     /* a library call's pointer and size (memset(p, 0, n), qsort(p, n, size, f)) */
  EXT_STRING,    /* a library call that reads a string to its NUL (strlen(p)) */
  EXT_HIDDEN     /* copied, moved, stored, handed to a function delayc does not know */
} ExtentKind;
typedef enum {
  FIT_WITHIN,    /* inside the declared extent wherever it runs */
  FIT_BEYOND,    /* outside it wherever it runs (when it runs: see sure) */
  FIT_UNKNOWN,   /* not shown either way: emit checks it at run time (lower/extent_checks.c) */
  FIT_OPAQUE     /* not shown, and no check can be made (EXT_HIDDEN; inside a macro's text) */
} ExtentFit;
typedef struct ExtentUse {
  ExtentKind kind;
  ExtentFit fit;
  Node *at;            /* p[e], *p, *(p + e), p->m; else the parameter's name */
  Node *index;         /* e, or NULL (element 0) */
  int neg;             /* *(p - e): the element is -e */
  int chained;         /* *(p + a - b ...): index is that pointer expression, p with more arithmetic */
  Node *offset;        /* through a local alias `T *q = p + off;`: off, or NULL */
  int walk;            /* through a pointer that moves (`*q++`, p itself stepped): no index is known */
  Node *ploop;         /* through the pointer of this for loop (`for (q = p; q < end; q++) *q`): p + its step */
  Node *name;          /* the pointer's name at this use (p, q) */
  Node *ptr;           /* EXT_ELEMENT: the pointer dereferenced (p, q++, p + e), or NULL for name[e] */
  int sure;            /* it runs whenever its loops do: no condition, no early exit, steps of one */
  int beyond_lo, beyond_hi;   /* FIT_BEYOND: below the declaration's first element, past its last */
  int likely;          /* not shown, but beyond for large values of the declaration's names (p[2 * i], i < n) */
  int ranged;          /* first and end known: */
  char *first, *end;   /* the elements it touches, [first, end), over the parameters */
  Node *call;          /* EXT_CALL, EXT_BYTES, EXT_STRING: the call, */
  CXCursor callee;
  int ptr_arg;         /* ... the argument that is p (p + argoff, &p[argoff]) */
  int chain;           /* ... or p with more arithmetic (p + n - k): its place known as it runs */
  Node *argoff;
  int size_arg, size_arg2;   /* EXT_BYTES: its size in bytes (times size2; -1 none); EXT_STRING: its count */
  int size_str, size_cat;    /* EXT_BYTES of strcpy/strcat: 1 + the string's argument (its length and NUL,
                                size_arg -1), and for strcat the length already there too */
  int size_fmt;              /* EXT_BYTES of sprintf: 1 + its format's argument (the bytes snprintf would
                                write with the same format and values, and the NUL) */
  int read;            /* EXT_STRING: how far the call reads (READ_NUL ... in delayc_rt.h) */
  int other_arg, c_arg, c_const;   /* ... the argument it compares with, its character or base (or c_const) */
  int along;           /* FIT_OPAQUE: one element declared, the pointer read along (strlen(p), *p++) */
  int clone;           /* EXT_CALL: checked by a copy of the helper that checks each use (lower/extent_checks.c) */
  int tight;           /* EXT_CALL: the callee touches the first and the last element of its range whenever it runs */
  char *chk_first, *chk_end; /* EXT_CALL: the range as text over the caller's expressions (NULL: cannot be checked) */
  int block;           /* EXT_CALL: a DELAYED callee declares a block of rows on it, from chk_first: */
  char *chk_rows, *chk_cols, *chk_ld;   /* ... its DELAYED_*_2D's texts over the caller's expressions */
  char *mbase, *mindex; /* EXT_ELEMENT, at one use of an index macro (AT(t, i, j)): its expansion, mbase[mindex] */
} ExtentUse;
/* one: the declaration names one element (a bare annotation): a loop's worth is beyond it */
int fx_extent_uses(Unit *u, Node *body, CXCursor fn, int k, const char *lo, const char *hi, int one, ExtentUse **uses);
/* ... against a block of rows, DELAYED_*_2D(rows, cols, ld): weighed against
 * its hull [0, fx_block_end), and a use inside the hull not shown in the
 * rows is FIT_UNKNOWN (checked by the _2D forms of delayc_rt.h) */
int fx_extent_uses_2d(Unit *u, Node *body, CXCursor fn, int k, const char *rows, const char *cols, const char *ld,
                      ExtentUse **uses);
char *fx_block_end(const char *rows, const char *cols, const char *ld);   /* "(rows - 1) * ld + cols" */
/* The uses beyond the declaration [lo, hi) that run whenever their loops do
 * (sure), or the others: their count; [span_first, span_end) the elements
 * they touch, [first, end) the declaration widened to them (sides joined
 * where they differ by a constant).  The four texts are malloc'd (NULL: none). */
int fx_extent_beyond(Unit *u, const ExtentUse *x, int n, int sure, const char *lo, const char *hi, char **span_first,
                     char **span_end, char **first, char **end);
/* a range declared reversed, (hi, lo), over uses [lo, hi): the use's index, or -1 */
int fx_extent_reversed(const ExtentUse *x, int n, const char *lo, const char *hi);
void fx_extent_uses_free(ExtentUse *uses, int n);
/* Can a checked copy of the helper a call names check each use of its argument k (a struct's counted member)? */
int fx_helper_clonable(Unit *u, Node *call, int k);
/* Is use y, in the body of def, def calling itself with its parameter k as it is? */
int fx_self_call(const ExtentUse *y, CXCursor def, int k);
char *fx_use_text(Unit *u, Node *n);   /* the statement of a use, on one line, at most 48 characters */
/* Parameter k declared as an array (`double v[static 8]`): its size, -2 when
 * not a constant (`v[]`, `v[n]`); -1 not an array.  A bare DELAYED_IN on it
 * names the array, not one element. */
long long fx_param_array_size(CXCursor fn, int k);
/* The elements [lo, hi) parameter k (its Param p) declares now: _N(n) [0, n),
 * _RANGE(lo, hi), a bare annotation one element (*one) or its array's size,
 * a block of rows its hull.  1 (lo, hi malloc'd), or 0 when it names an
 * array of no constant size. */
int fx_declared_extent(CXCursor fn, int k, const Param *p, char **lo, char **hi, int *one);
/* The uses of parameter k weighed against what p declares ([lo, hi) and one
 * from fx_declared_extent): fx_extent_uses, or fx_extent_uses_2d for a block */
int fx_param_uses(Unit *u, Node *body, CXCursor fn, int k, const Param *p, const char *lo, const char *hi, int one,
                  ExtentUse **uses);

/* ---- effects.c, library.c: what a call touches besides its arguments' memory ---- */

/* Shared state that is not a variable of the program (docs/lowering.md): tasks
 * that use one in conflicting ways keep their order.  RES_GLOBALS stands for
 * global variables that cannot be named where the task is spawned (a static
 * of another file).  The runtime has one object per resource to name in
 * depend clauses (fx_resource_symbol). */
typedef enum { RES_CONSOLE, RES_FILES, RES_ENV, RES_LOCALE, RES_RANDOM, RES_TIME, RES_LIBC, RES_GLOBALS,
               RES_COUNT } Resource;
/* FX_KEEP (a parameter's mode only): the function stores the pointer where it
 * outlives the call (a global, memory, its bytes copied): what it points to is
 * reachable later under another name.  FX_PSTORE (a parameter's mode only): it
 * stores a pointer into the memory the parameter points to (`b->data = p`,
 * a struct of pointers copied there, a write of unknown kind): without it,
 * nothing there points anywhere new after the call.  FX_OWN_INTACT (a
 * summary's parameter mode): the struct it points to is not written, only
 * what its members point to (own_bytes.c) */
enum { FX_READ = 1, FX_WRITE = 2, FX_KEEP = 4, FX_PSTORE = 8, FX_OWN_INTACT = 16 };
/* A summary's parameter mode, bits 5-7: 1 + j when every use of the pointer
 * parameter stays within [0, parameter j), shown (program.c; sort(keys, n)
 * in another file given a struct's counted member and its count) */
#define FX_WITHIN_SHIFT 5
#define FX_WITHIN_MASK 0xe0
/* ... and 7 there: the body goes beyond the extent the parameter declares
 * (DELAYED_OUT_N(n / 2), all n written): a caller in another file takes it as
 * reaching all it may (blind 74b: it trusted n / 2, a silent wrong answer) */
#define FX_WITHIN_BEYOND 7
#define FX_WITHIN_MAX 5          /* the largest j said (1 + j below FX_WITHIN_BEYOND) */
static inline int fx_param_within(unsigned char mode) {
  int w = (mode & FX_WITHIN_MASK) >> FX_WITHIN_SHIFT;
  return w == FX_WITHIN_BEYOND ? -1 : w - 1;
}
static inline int fx_param_beyond(unsigned char mode) {
  return ((mode & FX_WITHIN_MASK) >> FX_WITHIN_SHIFT) == FX_WITHIN_BEYOND;
}

/* ---- commute.c: updates of a global in any order ---- */
typedef enum { UPD_NONE, UPD_ADD, UPD_OR, UPD_AND, UPD_XOR, UPD_MIN, UPD_MAX } Update;
typedef enum { UF_COMPOUND, UF_PREFIX, UF_POSTFIX, UF_SELF_LEFT, UF_SELF_RIGHT, UF_IF } UpdateForm;
typedef struct UpdateStmt {
  Update op;
  UpdateForm form;   /* L op= V, ++L, L++, L = L op V, L = V op L, if (V < L) L = V */
  int sub;           /* -=, --, L = L - V */
  CXCursor global;   /* the global updated (canonical) */
  Node *stmt;        /* the statement: the expression, or the if */
  Node *lv;          /* the place, as first spelled (in the if: in the test) */
  Node *lv2;         /* the place spelled again (L = L op V; the if's assignment), or NULL */
  Node *val;         /* the operand (in the if: in the test), NULL for ++ and -- */
  Node *cmp, *assign;  /* the if's test and assignment */
  const char *rel;   /* the if's comparison as spelled: "<", "<=", ">", ">=" */
  int atomic;        /* `#pragma omp atomic` before it: atomic already, not rewritten */
} UpdateStmt;
/* A sum or bit update in a loop whose iteration does less work (~ns) is not
 * made in any order: an atomic read-modify-write would cost more than the work. */
#define UPDATE_MIN_NS 200
long long fx_loop_iteration(Unit *u, Node *n);   /* the work of the innermost loop's iteration around n, or -1 */
/* The statement n is such an update (of any global): its parts. */
int fx_update_stmt(Unit *u, Node *n, UpdateStmt *us);
/* The access of global g at node `at` (access_walk's) is part of one: its kind, or UPD_NONE. */
Update fx_update_at(Unit *u, Node *at, CXCursor g);
int fx_update_hot(Unit *u, Node *at, CXCursor g);   /* ... would be, but for a loop of little work */
const char *fx_update_name(Update op);   /* "+=", "least" ... */

typedef struct FxGlobal {
  CXCursor decl;     /* canonical declaration (null in another file's summary) */
  char *name;
  int mode;          /* FX_READ | FX_WRITE */
  char *why;         /* the function that touches it, for --explain */
  int external;      /* external linkage: the same variable in every file */
  Update update;     /* every use of it is an update of this kind (commute.c), else UPD_NONE */
  int hot;           /* some update of it is not in any order for a loop of little work around it */
} FxGlobal;

/* The functions an indirect call may reach (their address is taken in the
 * unit): their count and, in *fns, the unit's list; -1 when a function of
 * another file may be reached too. */
int fx_indirect_targets(Unit *u, const CXCursor **fns);

/* The why of a console write that is a message naming values on the way to
 * the end (`fprintf(stderr, "xmalloc(%zu) failed", n); exit(1);`): the serial
 * program names the first failure, so the calls keep their order; a message of
 * literals only would not.  fx_message_edit() gives the remarks that edit. */
#define FX_WHY_MESSAGE_VALUES "a message with values on the way to exit"
/* ... and of an end whose status is unlike the file's other ends (exit(3)
 * beside exit(1)): the first in the serial order decides the status */
#define FX_WHY_EXIT_STATUS "a status unlike the file's other exits"
const char *fx_message_edit(const char *why);   /* the edit (of either), or NULL for other writes */

typedef struct Effects {
  unsigned char res[RES_COUNT];   /* per resource: FX_READ | FX_WRITE */
  char *why[RES_COUNT];           /* the call that brings it in ("fopen() in 'save'") */
  FxGlobal *g; int ng;            /* mutable globals and statics */
  int all;                        /* reads and writes everything: a body delayc cannot see */
  char *all_why;
  int all_other;                  /* all for a reason other than calls of the functions in `unseen` */
  char **unseen; int nunseen;     /* the functions of other files it calls directly, unseen: a
                                     summary of theirs (program.c) may lift `all` */
  unsigned char *param; int nparam;   /* per parameter: FX_READ | FX_WRITE of what it reaches */
  unsigned char mem;              /* memory reached through pointers of unknown origin (a
                                     global's value, a static buffer a call returns) */
  char *tls;                      /* a thread-local variable it touches (a task would see another
                                     thread's copy), or NULL */
  int time_returned;              /* it writes the clocks only because it returns a reading
                                     (clock_flow.c): a caller that keeps the result to itself
                                     orders nothing for it */
} Effects;

/* ---- clock_flow.c: does a clock reading leave the function that takes it? ---- */
enum { CLOCK_KEPT = 1, CLOCK_RETURNED = 2 };       /* stored where it outlives the call; returned */
enum { CLOCK_CALL_READING = 1,   /* the call's result is (or depends on) a reading */
       CLOCK_CALL_CLOCK = 2,     /* it reads a clock into the arguments *written says (bit i: argument i) */
       CLOCK_CALL_KEEPS = 4 };   /* it may store what it is given where it outlives the call */
typedef struct ClockQuery {
  void *ctx;
  int (*call)(void *ctx, Node *call, unsigned *written);   /* CLOCK_CALL_* of a call */
} ClockQuery;
int fx_clock_flow(Unit *u, Node *body, const ClockQuery *q);   /* CLOCK_KEPT | CLOCK_RETURNED */

/* One function of the C library or POSIX (library.c). */
typedef enum { LIB_PLAIN, LIB_STREAM_OUT, LIB_STREAM_IN, LIB_STREAM_CLOSE, LIB_FOPEN, LIB_OPEN,
               LIB_FD_OUT, LIB_FD_IN, LIB_FD_CLOSE, LIB_SETLOCALE, LIB_END } LibKind;
typedef struct LibFn {
  const char *name;
  const char *res;     /* resources: a letter each, upper case writes (library.c) */
  const char *param;   /* per parameter: '.' value, 'r' read, 'w' written, 'p' kept, 'x' called */
  char va;             /* the variadic arguments: 'r', 'w' or 0 */
  LibKind kind;        /* an effect that depends on argument `arg` */
  int arg;
} LibFn;
const LibFn *fx_library(const char *name);
const char *fx_library_name(const char *name, char *buf, size_t n);   /* without __builtin_, _chk, _IO_ ... */
int fx_pure_builtin(const char *name);
int fx_pure_header(const char *path);
int fx_resource_of_letter(char ch);
const char *fx_resource_name(Resource r);     /* "the file system" */
const char *fx_resource_symbol(Resource r);   /* "delayc_rt_files" (delayc_rt.h) */

int fx_is_mutable_global(CXCursor d);
/* Does every end of the process in the unit (exit, abort ...) end it one way
 * (also when there is none): *how the function ("exit"; "" for none), *status
 * its status?
 * A new end written the same way keeps tasks on error paths unordered. */
int fx_unit_end(Unit *u, char *how, size_t n, long long *status);
/* Can statement n leave its block other than by falling through (a return, a
 * goto or a label, a break or continue of a loop or switch around it)?  inner:
 * n is inside a loop or switch of its own already. */
int fx_may_jump(Node *n, int inner);
/* addressed.c: a static global of the file whose address the file never takes:
 * no pointer reaches it */
int fx_unaddressed(Unit *u, CXCursor g);
/* allocators.c: a call of fn returns fresh memory (malloc ..., or a wrapper of
 * them in the file: xmalloc) */
int fx_allocator(Unit *u, CXCursor fn);
const Effects *fx_of(Unit *u, CXCursor fn);   /* calling fn, cached in the unit */
/* one call expression: its callee's effects, a library call's for these
 * arguments (which stream, which open mode); out is the caller's (fx_free) */
void fx_of_call(Unit *u, Node *call, Node *body, const char *fname, Effects *out);
void fx_free(Effects *e);
int fx_arg_mode(Unit *u, Node *call, int i);  /* what a call does with argument i's memory */
char *fx_describe(const Effects *e);          /* the first thing it touches, for messages */
int fx_touches_anything(const Effects *e);
void fx_program_join(Unit *u, Effects *dst, const Effects *src);
void fx_add_unseen(Effects *e, const char *name);   /* a function of another file it calls unseen (once) */
int fx_may_longjmp(Unit *u, CXCursor fn);     /* calling fn may leave the caller by longjmp */
int fx_call_may_longjmp(Unit *u, CXCursor call);  /* ... this CallExpr (direct or through a pointer) */

/* ---- program.c: the other files of the program (whole-program effects) ---- */
int fx_program_add(const char *path, int argc, const char *const *argv);  /* a file and its parse flags */
int fx_program_summarize(void);                       /* read them all: 0, or -1 after messages */
int fx_program_summarize_rounds(int rounds);
char *fx_program_text(size_t *len);                   /* the summaries as a summary file (FILE.fx) */
const Effects *fx_program_lookup(const char *name);   /* a function defined in another file */
/* own_bytes.c: may fn write the bytes of the struct its parameter k points to
 * (not only what its pointer members point to)?  An unseen body: yes, but for
 * a summary's FX_OWN_INTACT */
int fx_own_bytes_written(Unit *u, CXCursor fn, int k, int depth);
/* ranges.c: no call, assignment or ++/-- in n: it can be evaluated twice */
int fx_side_free(Unit *u, Node *n);
void fx_program_clear(void);

/* what the callee of a task touches, and the directions its body contradicts
 * (taken as INOUT): c->fx and c->longjmps, computed on first use */
const Effects *callee_effects(Unit *u, Callee *c);

#endif /* DELAYC_EFFECTS_H */
