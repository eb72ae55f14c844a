/* frontend.h — the libclang front end: a source parsed with the user's flags and
 * delayc's own headers, mirrored into Node trees with byte ranges in one file,
 * and what a function's declaration says (DELAYED, directions, cutoff).  It
 * knows nothing of the stages above it: they keep their per-unit caches in the
 * unit (fe_keep).
 *
 *   frontend.c      parse, views of included files, the Node tree, annotations,
 *                   object-like macros, whether a definition can be copied
 *   diag_print.c    parse errors as clang prints them
 *   annotation_check.c  the names inside annotations exist
 *   own_includes.c  delayc's -I for delayed.h and delayc_rt.h */
#ifndef DELAYC_FRONTEND_H
#define DELAYC_FRONTEND_H

#include <clang-c/Index.h>

#include "util/util.h"

/* ---- frontend.c: parse, the Node tree, what a callee declares ---- */

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
  unsigned abeg, aend;   /* abeg < aend: spelled whole in one argument of a user's macro use,
                            SWAP(a[i], a[j]), at [abeg, aend) of the main file (beg, end: the use) */
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
  CXCursor *mdef;           /* per expansion: the definition in force there */
  unsigned *mmax;           /* mmax[i]: the largest mend of expansions 0..i */
  int nmacro;
  /* caches of what was learnt of the unit's cursors, freed with it (fe_dispose) */
  struct CalleeCache **callees;   /* fe_callee */
  struct UnitKept *kept; int nkept;   /* what other stages keep with the unit (fe_keep) */
  int borrowed;                   /* a view (fe_view): tu and index are another unit's */
} Unit;

int fe_parse(Unit *u, const char *path, int argc, const char *const *argv,
             const char *unsaved, size_t unsaved_len);
void fe_dispose(Unit *u);
extern int fe_quiet_errors;   /* set: fe_parse counts errors without printing them (a text delayc made) */
/* set: the texts fe_parse reads for these files instead of the disk's (the
 * headers suggest would annotate, as another file of the program sees them) */
extern struct CXUnsavedFile *fe_also;
extern int fe_nalso;
/* bumped by every fe_dispose: a cache of cursors kept outside a unit (no Unit
 * at hand to fe_keep it with) is stale when it changed */
extern unsigned fe_generation;
/* Per-unit caches of the stages above the front end: data kept with the unit
 * under its dispose function (the key), disposed with the unit. */
void fe_keep(Unit *u, void *data, void (*dispose)(void *data));
void *fe_kept(Unit *u, void (*dispose)(void *data));   /* NULL if none */
int fe_view(Unit *parent, CXFile file, Unit *view);   /* the unit seen through a file it includes */
Node *fe_tree(Unit *u, CXCursor c);          /* build the Node tree of a cursor */
Node *fe_def_tree(Unit *u, CXCursor def, Node **body);   /* ... of a function's definition; its body in *body (or NULL) */
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
unsigned fe_own_beg(Node *n);                /* where n's own text begins: in a macro's argument, there (abeg) */
unsigned fe_own_end(Node *n);                /* ... and ends */
int fe_null_pointer(Node *n);                /* 0, NULL, (void *)0 */
int fe_holds_pointer(CXType t);              /* a value of type t holds a data pointer (itself, a field, an element) */
int fe_library_handle(CXType t);             /* a pointer to the C library's FILE or DIR */
Node *fe_direct_callee(Node *call);          /* the function a call names directly (not by a macro), or NULL */
Node *fe_var_init(Unit *u, Node *vardecl);   /* its initializer, or NULL */
int fe_is_assign(Unit *u, Node *binop);      /* BinaryOperator '=' (or compound) */
int fe_binop_is(Unit *u, Node *binop, const char *op);
const char *fe_binop_token(const char *s, size_t n, char out[4]);   /* the longest binary operator at s */
int fe_is_incdec(Unit *u, Node *unop);       /* ++ or -- */
int fe_is_addrof(Unit *u, Node *unop);       /* unary & */
int fe_is_deref(Unit *u, Node *unop);        /* unary * */
char *fe_macro_text(Unit *u, const char *name);
int fe_macro_before(Unit *u, const char *name, unsigned before);   /* object-like, defined before there */
int fe_macro_function_like(CXTranslationUnit tu, CXCursor def);   /* `#define F(` */
/* one use of a function-like macro at [beg, end), expanded one level: its
 * tokens (a parameter's argument one element, parenthesized), malloc'd, or NULL */
char **fe_expand_use(Unit *u, unsigned beg, unsigned end, int *n);
char *fe_expand_use_text(Unit *u, unsigned beg, unsigned end);   /* ... as C text */
/* text at a use's argument list, "(a, b) ...", of function-like macro name:
 * its expansion one level as text (*used: the list's length), or NULL */
char *fe_expand_text(Unit *u, const char *name, const char *text, size_t *used);
char *fe_join_tokens(char **t, int from, int to);   /* tokens [from, to) as C text, spaced as people write it */
/* [beg, end), one use of a user's macro, expanded (through the uses of other
 * macros it is) reads name[INDEX] or (name)[INDEX]: INDEX's text (*base: the
 * part before it), or NULL */
char *fe_macro_subscript(Unit *u, unsigned beg, unsigned end, const char *name, char **base);
/* How often n sets variable d (assigned, stepped, its address taken); *down:
 * how many of those only lower it, `if (d > H) d = H;` (or >=, braces optional) */
int fe_sets_of(Unit *u, Node *n, CXCursor d, int *down);
/* What d holds at node at: X of the last `d = X;` (*assigned 1) or `T d = X;`
 * (0) before at in a block around it (up to top), or NULL */
Node *fe_value_before(Unit *u, Node *at, CXCursor d, Node *top, int *assigned);
/* t (C text) is the least of two values, `a < b ? a : b` (MIN(a, b) expanded,
 * `b > a ? a : b`, ...): 1 with their texts (blanks and outer parentheses
 * gone, malloc'd), or 0 */
int fe_min_text(const char *t, char **a, char **b);
char *fe_bare_text(const char *t);           /* t without blanks nor parentheses around all of it */
int fe_one_macro_use(Unit *u, unsigned beg, unsigned end);   /* exactly one use of a user's macro */
int fe_inside_macro_use(void *unit, unsigned at);             /* inside a macro's use (Edits' no_directive) */
/* Can a function's definition be copied under another name (a serial clone,
 * a checked copy)?  NULL, with where its name is spelled and where a copy's
 * definition goes (the end of its closing line), or why not. */
const char *fe_copy_refusal(Unit *u, CXCursor fn, Node *root, Node *body, unsigned *name_at, unsigned *def_at);  /* an object-like macro's replacement (defined once), or NULL */

/* What delayc knows of a function it may call as a task. */
typedef enum { DIR_VALUE, DIR_IN, DIR_OUT, DIR_INOUT } Dir;
typedef struct Param {
  char *name;
  char *type;      /* spelling of the (adjusted) parameter type */
  Dir dir;
  char *count;     /* element count expression over the parameters, or NULL */
  char *first;     /* DELAYED_*_RANGE(lo, hi): lo, the first element (count: hi - lo), or NULL */
  char *end;       /* ... and hi, one past the last */
  int widened;     /* the body touches more than declared: first/end/count are what it touches, */
  char *was_first, *was_end;   /* ... and these the declaration's (first 0 for _N, end "1" for one) */
  char *rows, *ld; /* DELAYED_*_2D: `rows` blocks of `count` elements, `ld` elements apart */
  int annotated;   /* direction given by DELAYED_IN/OUT/INOUT */
  int contradicted; /* declared DELAYED_IN or const, but the body writes it: taken as INOUT
                       (2: the body also hands the pointer on, `*pp = q`) */
  char *unchecked; /* the body uses it in a way delayc cannot check against its extent (this
                      statement's text): taken as reaching all it may, count/first/end NULL */
  int reaches;     /* the value (or the pointee) holds pointers to more data */
  int voidp;       /* a void pointer: counts are in bytes */
  int vm;          /* variably modified (a VLA inside): type not spellable at the call */
  char *vm_row;    /* ... pointing to rows of a run-time length (`double a[n][m]`): the bytes
                      of one, as C text over the parameters ("(long long)(m) * 8"), or NULL */
  long long psize; /* size of what it points to (void: 1), or -1 */
} Param;
typedef struct Callee {
  char *name;
  char *label;     /* DELAYED_NAME or the name */
  char *cutoff;    /* DELAYED_CUTOFF expression text, or NULL */
  char *rank;      /* DELAYED_RANK expression text (the distributed target's placement), or NULL */
  long grain;      /* DELAYED_GRAIN(n): calls per batch of a loop of its calls (0: measured) */
  int delayed, pure, variadic, prototyped;
  int told;        /* --explain said its contradicted parameters once */
  CXCursor cur;    /* its canonical declaration */
  /* filled by the effects (callee_effects), not by the front end: */
  int longjmps;    /* it may leave by longjmp: never a task */
  const struct Effects *fx;  /* what a call touches; NULL until asked */
  void *ann_reads; /* what its parameters' annotations read when evaluated (analysis/expr.c), once */
  char *result;    /* result type spelling */
  int void_result;
  int result_pointer; /* returns a data pointer (or a struct holding one) */
  Param *param;
  int nparam;
} Callee;
Callee *fe_callee(Unit *u, CXCursor fn);     /* cached in the unit per canonical decl */
int fe_has_annotation(CXCursor c, const char *prefix, char **value);
/* is the attribute written inside decl's text (not inherited from another
 * declaration of the function, whose parameters it names)? */
int fe_attr_written_on(CXCursor attr, CXCursor decl);
/* its spelling ("delayc.in_n=len") with the parameters of the declaration of
 * fn it is written on put as their positions ("delayc.in_n=@1"): two
 * declarations' annotations compared by meaning */
char *fe_attr_by_position(CXCursor attr, CXCursor fn);
/* a member's DELAYED_N(count) over the struct at prefix ("(p)->"), or NULL */
char *fe_member_count(CXType rec, const char *count, const char *prefix);

/* ---- annotation_check.c ---- */
/* The names inside annotations (cutoffs, counts, ranks) are parameters,
 * members or file-scope names: errors printed in clang's style; their count. */
int fe_check_annotations(Unit *u);

/* ---- own_includes.c ---- */
void delayc_own_includes(const char ***argv, int *argc);   /* -I of delayed.h and delayc_rt.h */

/* ---- diag_print.c: parse errors as clang prints them ---- */
int diag_print_errors(CXTranslationUnit tu, FILE *out);   /* the errors, then "N errors generated."; their count */
void diag_set_color(int mode);                            /* -1 auto (a terminal), 0 never, 1 always */

#endif /* DELAYC_FRONTEND_H */
