/* suggest.h — what the files of `delayc suggest` share.
 *
 *   suggest.c     the command line, the file loop, ranking, output, --fix
 *   candidates.c  which functions of a file could be DELAYED, their annotations
 *                 (insertions into the text, so every declaration keeps its
 *                 storage class, macros and types), their call sites; and why
 *                 the others are not proposed
 *   loop_bodies.c which loops could have their body moved into a DELAYED
 *                 function, one task per iteration (loop_bodies.h)
 *   loop_function.c  that function's text, and the call that replaces the body
 *   member_alloc.c the counts of a struct's pointer members, from the file's
 *                 allocations of them (DELAYED_N for --fix to add)
 *   verify.c      the annotated text linted as emit would see it: a candidate
 *                 whose calls would stay serial, or whose annotation the body
 *                 contradicts, is dropped with the reason
 */
#ifndef DELAYC_SUGGEST_H
#define DELAYC_SUGGEST_H

#include "lint/lint.h"

/* The kinds of suggestion: the rules of SARIF output, the [name] of a remark. */
enum { SK_FUNCTION, SK_RECURSION, SK_LOOP, SK_COUNT };
extern const Check suggest_kinds[SK_COUNT];

typedef struct Ins { unsigned off, len; char *text; } Ins;      /* text put over [off, off + len) */
typedef struct SiteNote { unsigned off; char *msg; } SiteNote;       /* a call that would be a task */

/* A temporary of the caller that a loop's new function declares again: its old
 * declaration goes when every use left outside the loop's body is inside
 * another chosen loop's body (drop_moved_declarations). */
typedef struct Moved { CXCursor d; Node *ds; unsigned *use; int nuse; } Moved;

typedef struct Sugg {
  int kind;                 /* SK_* */
  char *name;
  unsigned off;             /* where the declaration starts: the remark's place */
  unsigned beg, end;        /* the function's extent in the text */
  long long work;           /* estimated per call, ~ns */
  long long width;          /* calls that could run at the same time (capped) */
  long long at_once;        /* ... not capped, as the remark says it (0: width) */
  long long calls;          /* ... not capped: the calls of a run, for the rank (work x calls, the
                               time a run could save), or 0 (width then) */
  Ins *ins; int nins;       /* the annotations (a loop's: the new function, the call) */
  char *decl;               /* the definition's declaration as it will read */
  SiteNote *site; int nsite;
  char *caveat;             /* a note: reads a global, ... (or NULL) */
  char *why;                /* verification dropped it: the reason (else NULL) */
  int small;                /* under --min-work: kept only for the loops split for it */
  int longer;               /* under --min-work unless its data-bound loops run long: kept only
                               where emit runs its calls in batches, sized as they run */
  char *split_why;          /* small: why a loop around one of its calls could not be split (or NULL) */
  Moved *moved; int nmoved; /* a loop's: the temporaries its new function declares */
  char *shown;              /* a loop's: " name " for each parameter whose uses suggest showed inside its
                               annotation with the loop's facts, or that declares a whole block (or NULL) */
  long long block;          /* a loop's: > 0, a task per block of this many iterations */
  int instead;              /* a function's: 1 + the index of the loop proposed in its place (its
                               calls are that loop's), or 0; proposed again if that loop is dropped */
  /* a function declared in a header of the program too (lib.h): its prototype
   * gets the same annotations, for the calls of the other files */
  char *hpath;              /* that header, or NULL */
  unsigned hoff;            /* where the prototype starts in it */
  Ins *hins; int nhins;     /* the insertions, offsets in the header */
  char *mpath;              /* the header declaring a struct whose members get counts (member_alloc.c), */
  Ins *mins; int nmins;     /* ... those insertions, offsets in it */
  char *hdecl;              /* the prototype as it will read */
  int elsewhere;            /* its company is in other files given with it (their calls' notes name them) */
  int unseen;               /* ... or would be, but they see a declaration that gets no annotations */
  char *hwhy;               /* why a header's prototype gets none (or NULL) */
  struct XSite { const Unit *u; unsigned off; } *xs; int nxs;   /* its calls in the other files */
} Sugg;

/* A function (or a loop: line > 0) of enough work that is not proposed. */
typedef struct Miss { char *name; unsigned off; long long work; char *why; unsigned line; unsigned end; } Miss;

typedef struct Found {
  Sugg *s; int ns;
  Miss *m; int nm;
  int include_at;           /* where `#include "delayed.h"` goes, or -1: already included */
} Found;

char *human_ns(long long ns);   /* suggest.c: "850 ns", "12 µs", "3.4 ms" */
int suggest_spawns(LFunc *f, Node *n);   /* loop_bodies.c: a delayed call in n already (its calls are tasks) */
int suggest_whole_rows(Unit *u, char **first, char **end);   /* candidates.c: a range widened to whole rows */

/* candidates.c */
/* The files of one run of suggest, parsed before any is searched: a function
 * of one file called in a loop of another has that company (lib.c's work,
 * main.c's loop). */
typedef struct ProgFile { Unit *u; Model *m; } ProgFile;
void suggest_program(ProgFile *files, int n);
const ProgFile *suggest_program_files(int *n);   /* ... those files (none: one file alone) */
int suggest_assigns_var(Unit *u, Node *n, CXCursor d);   /* n assigns d itself, not what it points to */
void find_candidates(Unit *u, Model *m, long long min_work, Found *out);
/* After verification: the outermost loops of a millisecond or more that no
 * suggestion makes parallel, as misses with the reason (--explain). */
void find_big_loops(Unit *u, Model *m, Found *out);
void sugg_free(Sugg *s);
/* The count of pointer parameter k of f when its body proves one (every use
 * p[i] inside `for (i = 0; i < n; i++)`, n a parameter): n's name, or NULL. */
char *suggest_count_of(Unit *u, LFunc *f, int k);
/* Does every use of pointer p in body reach an element below count (p[c] with
 * a constant c < count, *p, p->m, also through a local pointer set from p)? */
int suggest_reaches_below(Unit *u, Node *body, CXCursor p, long long count);
/* a and b, blanks aside */
int suggest_same_text(const char *a, const char *b);
/* A static local that can hold state: not a `static const` table, and
 * written somewhere in body (the function's; NULL: assume it is)? */
int suggest_static_state(Unit *u, Node *body, CXCursor v);
/* The variable of a for loop (canonical declaration), or a null cursor. */
CXCursor suggest_loop_var(Node *loop);
/* text (a count or a bound delayc computed: `1024 * i - 1023`) with its
 * numbers written with the object-like macros the code at [beg, end) uses
 * (`NY * i - (NY - 1)`), so the annotation follows an edit of the #define */
char *suggest_spell(Unit *u, const char *text, unsigned beg, unsigned end);
/* candidates.c: where the last `#include` line before offset limit ends (its newline), or -1 */
long suggest_last_include(Unit *u, unsigned limit);
/* loop_function.c: a name neither the file nor another suggestion's new function uses */
char *suggest_fresh_name(Unit *u, Found *fd, const char *base);
/* loop_split.c: loops whose leading calls of a proposed function feed a fold
 * (h = h * 33 + r) are split in two: the calls first, each storing its result
 * in an array indexed by the loop, then the rest in order (an insertion on
 * the function's suggestion).  A suggestion too small for a task of each
 * call (s->small) that gets no such loop is dropped with the reason. */
void split_loops(Unit *u, Model *m, Found *fd);
/* ... a call of f sits where a split would batch it, in a loop of a millisecond or more */
int split_worth(Node *call, long long work);
/* member_alloc.c: the counts of record rec's pointer members, from the
 * allocations the file makes for them, as insertions after each member's
 * name in its declaration (` DELAYED_N(w * h)`); 1 when every pointer member
 * that says no count gets one, else 0 (and nothing in *out).  A struct
 * declared in a header of the program: *hpath names it, the offsets are its. */
int member_alloc_edits(Unit *u, Model *m, CXType rec, Ins **out, int *nout, char **hpath);
void member_edits_merge(Ins **to, int *nto, Ins *from, int nfrom);   /* (those it holds already left out) */
/* Does n name a variable declared inside b (in a loop's body: a value of one iteration)? */
int suggest_declared_in(Unit *u, Node *n, Node *b);
/* loop_bodies.c: loops whose body could be a DELAYED function of its own (a
 * suggestion of kind SK_LOOP), and why the others with coarse iterations are
 * not (misses with a line).  A function proposed itself keeps its loops; with
 * `again`, after verification, the loops of those dropped since are tried. */
int find_loop_bodies(Unit *u, Model *m, long long min_work, Found *out, int again);   /* loops added */
/* loop_function.c: with the suggestions chosen (indexes into fd->s), the
 * edits that take the temporaries they move out of their old declarations,
 * added to the first chosen suggestion that moves one (-Wunused-variable) */
void drop_moved_declarations(Unit *u, Found *fd, const int *chosen, int nchosen);

/* verify.c: lint the text with every kept suggestion's annotations; drop the
 * ones emit would not make tasks (s->why set).  0, or -1 when the annotated
 * text does not parse (a bug: reported, nothing proposed). */
int verify_candidates(Unit *u, const char *src, size_t len, const char *const *args, int nargs, Found *fd);
/* ... and in file, one of the other files given, parsed with the headers as
 * --fix writes them (fe_also, set by the caller): the suggestions sg whose
 * company is there keep only if one of their calls there is a task */
void verify_elsewhere(Unit *file, const char *const *args, int nargs, Sugg **sg, int nsg);

#define DELAYED_INCLUDE "#include \"delayed.h\"\n"

/* The text with the annotations of the suggestions not dropped inserted. */
char *annotated_text(const char *src, size_t len, Found *fd, size_t *outlen);

#endif /* DELAYC_SUGGEST_H */
