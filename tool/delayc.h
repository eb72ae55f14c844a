/* delayc.h — declares the whole tool: the parsed unit, the syntax tree we keep of
 * each function, the objects tasks touch, the task sites, the edits, and the entry
 * point of each pipeline stage.
 *
 * The pipeline, one file per stage:
 *   frontend.c  parse with libclang; build a Node tree per function; find DELAYED
 *   effects.c   which functions touch global state
 *   analyze.c   per function: tracked objects, task sites, their dependencies
 *   lower_omp.c turn the analysis into text edits (OpenMP tasks, waits, slots)
 *   edits.c     the edit list and its application to the original buffer
 *   graph.c     the compile-time DAG as DOT or JSON
 *   output.c    atomic file output
 *   main.c      the command line
 */
#ifndef DELAYC_H
#define DELAYC_H

#include <clang-c/Index.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#ifndef DELAYC_VERSION
#define DELAYC_VERSION "0.1.0"
#endif

/* Exit codes. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* ---- util.c: memory, strings, messages ---- */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
char *vfmt(const char *f, va_list ap);

typedef struct Buf { char *s; size_t len, cap; } Buf;  /* growable string */
void buf_add(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *f, ...) __attribute__((format(printf, 2, 3)));
void path_spellings(const char *path, Buf *lit, Buf *com);  /* for #line, and for a comment */

extern const char *prog_name;
void error(const char *f, ...) __attribute__((format(printf, 1, 2)));  /* "delayc: error: ..." */

/* ---- frontend.c ---- */

/* One node of a function body, mirrored from libclang so that parents and
 * children can be walked freely.  beg/end are byte offsets in the main file
 * (end exclusive), widened to whole macro expansions. */
typedef struct Node Node;
struct Node {
  CXCursor cur;
  enum CXCursorKind kind;
  unsigned beg, end;
  unsigned line, col;
  int macro;         /* some part of the node is spelled inside a macro expansion */
  int foreign;       /* ... inside a user's macro (not one of delayed.h's call-site macros) */
  Node *parent;
  Node **kid;
  int nkid;
};

typedef struct Unit {
  const char *path;         /* as given on the command line */
  CXIndex index;
  CXTranslationUnit tu;
  CXFile file;              /* the main file */
  const char *src;          /* its contents (owned by tu) */
  size_t len;
  unsigned *mstart, *mend;  /* macro expansions in the main file, sorted by start */
  char *mours;              /* per expansion: one of delayed.h's call-site macros */
  unsigned *mmax;           /* mmax[i]: the largest mend of expansions 0..i */
  int nmacro;
  /* caches of what was learnt of the unit's cursors, freed with it (fe_dispose) */
  struct CalleeCache **callees;   /* fe_callee */
  struct FxCache *fx;             /* effects.c */
  int jumps, jumps_known;         /* effects.c: the unit names longjmp */
  int borrowed;                   /* a view (fe_view): tu and index are another unit's */
} Unit;

int fe_parse(Unit *u, const char *path, int argc, const char *const *argv,
             const char *unsaved, size_t unsaved_len);
void fe_dispose(Unit *u);
int fe_view(Unit *parent, CXFile file, Unit *view);   /* the unit seen through a file it includes */
Node *fe_tree(Unit *u, CXCursor c);          /* build the Node tree of a cursor */
void fe_free_tree(Node *n);
int fe_in_main(Unit *u, CXCursor c);
char *fe_spelling(CXCursor c);
char *fe_type(CXType t);                     /* type spelling, owned */
char *fe_text(Unit *u, unsigned beg, unsigned end);
unsigned fe_skip_space(Unit *u, unsigned pos);  /* past blanks and comments */
int fe_in_user_macro(Unit *u, unsigned beg, unsigned end); /* inside a use of a user's macro */
unsigned fe_stmt_end(Unit *u, Node *stmt);   /* end including a trailing ';' */
int fe_braces(Unit *u, Node *block, unsigned *open_end, unsigned *close_beg);  /* {, <%, ??< */
Node *fe_strip(Node *n);                     /* through UnexposedExpr/ParenExpr/casts */
Node *fe_var_init(Unit *u, Node *vardecl);   /* its initializer, or NULL */
int fe_is_assign(Unit *u, Node *binop);      /* BinaryOperator '=' (or compound) */
int fe_binop_is(Unit *u, Node *binop, const char *op);
int fe_is_incdec(Unit *u, Node *unop);       /* ++ or -- */
int fe_is_addrof(Unit *u, Node *unop);       /* unary & */
int fe_is_deref(Unit *u, Node *unop);        /* unary * */

/* What delayc knows of a function it may call as a task. */
typedef enum { DIR_VALUE, DIR_IN, DIR_OUT, DIR_INOUT } Dir;
typedef struct Param {
  char *name;
  char *type;      /* spelling of the (adjusted) parameter type */
  Dir dir;
  char *count;     /* element count expression over the parameters, or NULL */
  int annotated;   /* direction given by DELAYED_IN/OUT/INOUT */
  int contradicted; /* declared DELAYED_IN or const, but the body writes it: taken as INOUT */
  int reaches;     /* the value (or the pointee) holds pointers to more data */
  int voidp;       /* a void pointer: counts are in bytes */
  int vm;          /* variably modified (a VLA inside): type not spellable at the call */
  long long psize; /* size of what it points to (void: 1), or -1 */
} Param;
typedef struct Callee {
  char *name;
  char *label;     /* DELAYED_NAME or the name */
  char *cutoff;    /* DELAYED_CUTOFF expression text, or NULL */
  int delayed, pure, variadic, prototyped;
  int longjmps;    /* it may leave by longjmp (effects.c): never a task */
  int told;        /* --explain said its contradicted parameters once */
  CXCursor cur;    /* its canonical declaration */
  const struct Effects *fx;  /* what a call touches (effects.c); NULL until asked (callee_effects) */
  char *result;    /* result type spelling */
  int void_result;
  int result_pointer; /* returns a data pointer */
  Param *param;
  int nparam;
} Callee;
Callee *fe_callee(Unit *u, CXCursor fn);     /* cached in the unit per canonical decl */
const struct Effects *callee_effects(Unit *u, Callee *c);  /* c->fx, computed on first use */
int fe_has_annotation(CXCursor c, const char *prefix, char **value);

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
int access_no_text(Unit *u, Node *n);            /* spelled in a macro use or another file */

/* ---- effects.c, effects_table.c: what a call touches besides its arguments' memory ---- */

/* Shared state that is not a variable of the program (docs/lowering.md): tasks
 * that use one in conflicting ways keep their order.  RES_GLOBALS stands for
 * global variables that cannot be named where the task is spawned (a static
 * of another file).  The runtime has one object per resource to name in
 * depend clauses (fx_resource_symbol). */
typedef enum { RES_CONSOLE, RES_FILES, RES_ENV, RES_LOCALE, RES_RANDOM, RES_TIME, RES_LIBC, RES_GLOBALS,
               RES_COUNT } Resource;
enum { FX_READ = 1, FX_WRITE = 2 };

typedef struct FxGlobal {
  CXCursor decl;     /* canonical declaration (null in another file's summary) */
  char *name;
  int mode;          /* FX_READ | FX_WRITE */
  char *why;         /* the function that touches it, for --explain */
  int external;      /* external linkage: the same variable in every file */
} FxGlobal;

typedef struct Effects {
  unsigned char res[RES_COUNT];   /* per resource: FX_READ | FX_WRITE */
  char *why[RES_COUNT];           /* the call that brings it in ("fopen() in 'save'") */
  FxGlobal *g; int ng;            /* mutable globals and statics */
  int all;                        /* reads and writes everything: a body delayc cannot see */
  char *all_why;
  unsigned char *param; int nparam;   /* per parameter: FX_READ | FX_WRITE of what it reaches */
  unsigned char mem;              /* memory reached through pointers of unknown origin (a
                                     global's value, a static buffer a call returns) */
  char *tls;                      /* a thread-local variable it touches (a task would see another
                                     thread's copy), or NULL */
} Effects;

/* One function of the C library or POSIX (effects_table.c). */
typedef enum { LIB_PLAIN, LIB_STREAM_OUT, LIB_STREAM_IN, LIB_STREAM_CLOSE, LIB_FOPEN, LIB_OPEN,
               LIB_FD_OUT, LIB_FD_IN, LIB_FD_CLOSE, LIB_SETLOCALE } LibKind;
typedef struct LibFn {
  const char *name;
  const char *res;     /* resources: a letter each, upper case writes (effects_table.c) */
  const char *param;   /* per parameter: '.' value, 'r' read, 'w' written, 'p' kept, 'x' called */
  char va;             /* the variadic arguments: 'r', 'w' or 0 */
  LibKind kind;        /* an effect that depends on argument `arg` */
  int arg;
} LibFn;
const LibFn *fx_library(const char *name);
int fx_pure_builtin(const char *name);
int fx_pure_header(const char *path);
int fx_resource_of_letter(char ch);
const char *fx_resource_name(Resource r);     /* "the file system" */
const char *fx_resource_symbol(Resource r);   /* "delayc_rt_files" (delayc_rt.h) */

int fx_is_mutable_global(CXCursor d);
const Effects *fx_of(Unit *u, CXCursor fn);   /* calling fn, cached in the unit */
/* one call expression: its callee's effects, a library call's for these
 * arguments (which stream, which open mode); out is the caller's (fx_free) */
void fx_of_call(Unit *u, Node *call, Node *body, const char *fname, Effects *out);
void fx_free(Effects *e);
int fx_arg_mode(Unit *u, Node *call, int i);  /* what a call does with argument i's memory */
char *fx_describe(const Effects *e);          /* the first thing it touches, for messages */
int fx_touches_anything(const Effects *e);
void fx_program_join(Unit *u, Effects *dst, const Effects *src);
void fx_dispose(Unit *u);                     /* fe_dispose calls it */
int fx_may_longjmp(Unit *u, CXCursor fn);     /* calling fn may leave the caller by longjmp */
int fx_call_may_longjmp(Unit *u, CXCursor call);  /* ... this CallExpr (direct or through a pointer) */

/* ---- program.c: the other files of the program (whole-program effects) ---- */
int fx_program_add(const char *path, int argc, const char *const *argv);  /* a file and its parse flags */
int fx_program_summarize(void);                       /* read them all: 0, or -1 after messages */
int fx_program_summarize_rounds(int rounds);
char *fx_program_text(size_t *len);                   /* the summaries as a summary file (FILE.fx) */
const Effects *fx_program_lookup(const char *name);   /* a function defined in another file */
void fx_program_clear(void);

/* ---- analyze.c ---- */

/* A variable whose storage tasks write or read behind ordinary code's back. */
/* A VIEW is a pointer variable that only ever points into another object (its
 * base): `T *part = buf + k;`.  Its uses are uses of the base. */
typedef enum { OBJ_SCALAR, OBJ_ARRAY, OBJ_BUFFER, OBJ_VIEW } ObjKind;
typedef struct Obj {
  CXCursor decl;
  char *name;
  char *type;        /* declared type spelling */
  char *cname;       /* its storage's name after the prefix: s_<name> for a slot,
                        t<N> for a temporary (two name spaces: no collision) */
  ObjKind kind;
  long long nelem;   /* arrays: element count */
  long long esize;   /* arrays and buffers: element size (void: 1), or -1 */
  int voidp;         /* a void * buffer: elements are bytes */
  int nested;        /* declared in a nested block: lives in a slot */
  int slot;          /* uses arena storage: refer to it as (*__dc_s_<name>) */
  int elementwise;   /* some task depends on single elements */
  long long blocked; /* every task names it by aligned blocks of this size: deps
                        name a block by its first element (no iterators) */
  int ranged;        /* tasks name it by ranges shown disjoint (or identical at
                        their start): deps name a range by its first element */
  int escaped;       /* its address is stored: tasks on it run serially */
  int temp;          /* a temporary made by delayc for a hoisted call */
  int fused;         /* a result forwarded to its only reader: no storage */
  Node *declnode;    /* VarDecl node (NULL for params and temps) */
  struct Obj *base;  /* VIEW: the object it points into */
  int id;
  int ext;           /* EXT_GLOBAL or EXT_RESOURCE: shared state, not a local
                        (shared_state.c); never renamed, captured or a slot */
  int res;           /* EXT_RESOURCE: its Resource */
  char *access;      /* ext: how a depend clause names it */
} Obj;
enum { EXT_GLOBAL = 1, EXT_RESOURCE = 2 };

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
} Dep;

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
  Obj *temp;         /* HOIST: the temporary */
  int serial;        /* left as an ordinary call */
  char *why;         /* reason it is serial, for --explain */
  int in_loop;       /* inside a loop of this function */
  long long trip;    /* known trip count of the innermost loop, or -1 */
  unsigned line;
  Dep *dep; int ndep;
  int *argtask;      /* per argument: evaluated inside the task */
  char **argtemp;    /* per argument evaluated at the call: its temporary */
  char **argsrc;     /* per argument: its text, when the tree's range is unusable */
  Obj *src;          /* COPY: the object copied */
  Node *fwd;         /* the result goes straight to this lvalue (a fused copy) */
  int fused;         /* COPY forwarded into its producer: emits nothing */
  Node *ternary;     /* HOIST from a branch of `return c ? a : b;` (split into if/else) */
  int branch;        /* 1: the true branch, 2: the false one */
  int inline_call;   /* HOIST read at once by its statement: run it inline */
  char *cutoff;      /* cutoff condition over the temporaries, or NULL */
  Node *fuse_loop;   /* the for loop around it that becomes one task (deps.c) */
  int touches_all;   /* its callee touches everything: ordered with all shared state */
  int mem;           /* FX_READ | FX_WRITE: memory its callee reaches through pointers of
                        unknown origin (ordered with every global-ish shared object) */
  struct Sync *argwait;  /* a wait before its arguments are evaluated at the spawn,
                            for the shared state they touch (shared_state.c) */
} Site;

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
} Func;

typedef struct Analysis {
  Unit *u;
  Func **fn; int nfn;       /* functions with delayed call sites */
  Explain *ex; int nex;
  /* unity builds (unity.c): the analyses of the .c files this file includes,
   * each with the byte range of its #include line here, to be replaced by
   * that file's lowered text */
  struct Analysis **sub; unsigned *sub_beg, *sub_end; unsigned *sub_next_line; int nsub;
} Analysis;

void an_run(Analysis *a, Unit *u);
void an_dispose(Analysis *a);                  /* the views of included files (unity.c) */
int an_has_tasks(Analysis *a);                 /* here or in an included file */
void an_unity(Analysis *a);                    /* unity.c, called by an_run */
typedef struct UnityIncl { CXFile file; unsigned beg, end, next_line; } UnityIncl;
int unity_includes(Unit *u, UnityIncl **out);  /* the .c files u's text includes (unity.c) */
void an_explain(Analysis *a, Node *at, const char *f, ...) __attribute__((format(printf, 3, 4)));
void an_forget_macros(void);                   /* drop deps.c's macro table (unit disposed) */
int an_is_delayed_call(Unit *u, Node *call, Callee **callee, Node **fnref,
                       Node ***bind, int *nbind);
Obj *an_object_of(Func *f, CXCursor ref);
char *an_access(Obj *o);                       /* how code names the object */

/* ---- edits.c ---- */
typedef struct Edit { unsigned beg, end; char *text; int seq; } Edit;
typedef struct Edits { Edit *e; int n, cap; int seq; } Edits;
void ed_replace(Edits *ed, unsigned beg, unsigned end, const char *text);
void ed_insert(Edits *ed, unsigned at, const char *text);
void ed_sort(Edits *ed);
char *ed_apply(Edits *ed, const char *src, unsigned beg, unsigned end, size_t *outlen);

/* ---- lower_omp.c ---- */
#define DELAYC_MARKER "delayc-generated"
char *lower_omp(Analysis *a, size_t *outlen);

/* ---- targets (target.c): one emitter interface, one lowering per target ---- */
typedef struct Target {
  const char *name;          /* --target=NAME */
  const char *what;          /* one line for --help */
  /* the whole output text for the analysed file (malloc'd), or NULL after an error */
  char *(*lower)(Analysis *a, size_t *outlen);
  int tasks_only;            /* a file without task sites is copied unchanged, not lowered */
} Target;
const Target *target_find(const char *name);   /* NULL: no such target */
const Target *target_at(int i);                /* the i-th target, NULL past the last */
char *lower_serial(Analysis *a, size_t *outlen);   /* lower_serial.c */
char *lower_pthreads(Analysis *a, size_t *outlen); /* lower_pthreads.c */

/* ---- target_hooks.c: run-time instrumentation hooks in generated code ---- */
/* `long <pfx>tid = DELAYC_RT_TASK_SPAWN(label, line, n, deps...); ` — put right
 * before a task; <pfx>tid then goes into the task (firstprivate) for
 * DELAYC_RT_TASK_BEGIN_ID/END_ID.  label must already be escaped for a string. */
char *target_spawn_hook(Dep *dep, int ndep, const char *label, unsigned line);

/* ---- summarize.c: `delayc summarize IN.c -o OUT.fx` ---- */
int summarize_main(int argc, char **argv);   /* argv[0] is "summarize" */

/* ---- report.c: `delayc report TRACE.json -o OUT.html|OUT.svg` ---- */
int report_main(int argc, char **argv);   /* argv[0] is "report" */

/* ---- graph.c ---- */
int graph_write(Analysis *a, FILE *out, const char *format, const char *only);

/* ---- input.c ---- */
int read_c_source(const char *path, char **data, size_t *len);  /* 0, or -1 after a message */

/* ---- own_includes.c ---- */
void delayc_own_includes(const char ***argv, int *argc);   /* -I of delayed.h and delayc_rt.h */

/* ---- lint.c, suggest.c: `delayc lint` and `delayc suggest` (lint.h) ---- */
int lint_main(int argc, char **argv);
int suggest_main(int argc, char **argv);

/* ---- cli_usage.c: the subcommands, their usage lines, unknown options ---- */
void cli_print_overview(FILE *out);              /* delayc --help */
int cli_usage_error(const char *cmd);            /* cmd's usage lines on stderr (NULL: delayc's); EXIT_USAGE */
int cli_unknown_option(const char *cmd, int argc, char **argv, int i);  /* argv[0]: cmd; EXIT_USAGE */
int cli_unknown_subcommand(const char *name);    /* EXIT_USAGE */
int cli_is_compiler_flag(const char *arg);       /* -I, -D, -std=, -W..., -f..., -O... */

/* ---- diag_print.c: parse errors as clang prints them ---- */
int diag_print_errors(CXTranslationUnit tu, FILE *out);   /* the errors, then "N errors generated."; their count */
void diag_set_color(int mode);                            /* -1 auto (a terminal), 0 never, 1 always */

/* ---- suggest_option.c: "did you mean ...?" ---- */
const char *nearest_name(const char *word, const char *const *names, int n);  /* or NULL */

/* ---- docs_path.c: the installed documentation ---- */
char *check_doc_path(const char *name);          /* absolute path of a check's page, or NULL */

/* ---- output.c ---- */
int write_atomic(const char *path, const char *data, size_t len);

#endif /* DELAYC_H */
