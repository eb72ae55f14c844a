/* loop_bodies.h — what loop_bodies.c (which loops qualify) tells
 * loop_function.c (the new function's text) about one loop.  Internal to
 * tool/suggest. */
#ifndef DELAYC_LOOP_BODIES_H
#define DELAYC_LOOP_BODIES_H

#include "suggest/suggest.h"

/* A variable of the function (or the file) that the body uses but does not declare. */
typedef struct Outer {
  CXCursor d;
  char *name;
  int global;            /* file scope, extern or static: read by name */
  int array;             /* its own type is an array */
  int row_r, row_w;      /* used as X[v]: read, written */
  int other;             /* used otherwise (a read: a write is refused) */
  int written;           /* its own storage written: a temporary, or refused */
  int passed;            /* a pointer value passed on or stored (not only dereferenced) */
  Node *first;           /* its first use in the body */
  Node *row;             /* one X[v] node: the row's type */
  char *flat;            /* rows of a flat array, X[v * W + k]: W's text (the row's count), else NULL */
  int flat_mixed;        /* ... and another W, or X[v] too */
  char *flat_cast;       /* ... its index of an integer type wider than int ("unsigned long" of
                            `(size_t)y * W + x`): the row's offset is computed in it, or NULL */
  char *pname;           /* the row parameter's name */
  int win;               /* used as X[y] with y an inner loop's variable over [v, v + K), the
                            loop stepping v by K: a window of rows (o->row one such use) */
  char *win_flat;        /* ... of a flat array through a pointer, X[y * W + k]: W's text */
  unsigned *after; int nafter;  /* a temporary: where it is used outside the body */
  Node *late;            /* a use after the loop that reads what the last iteration left */
} Outer;

/* A global the body updates (`total += n`, here or in a callee): of one kind,
 * read by nothing else of the body, it leaves the iterations independent. */
typedef struct Updated {
  CXCursor g;
  char *name;
  Update op;             /* the kind of its first update */
  int mixed;             /* updates of another kind too */
  char *reader;          /* a callee that uses it otherwise, or NULL */
} Updated;

typedef struct Ext {
  Unit *u;
  Model *m;
  LFunc *f;
  Node *loop, *body;
  CXCursor v;
  Outer *o; int no;
  Node **rows; int nrows;           /* X[v] nodes to rewrite */
  Node **wins; int nwins;           /* X of X[y], y in a window [v, v + K): renamed to the parameter */
  char *win_k;                      /* ... K, the window's size (and the loop's step) */
  CXCursor wseen[8]; Node *wloop[8]; int nwseen;   /* window_loop's answers, by variable */
  char **rowk;                      /* per row: k of a flat row X[v * W + k], else NULL */
  CXCursor *whole; int nwhole;      /* flat arrays the body only reads: read whole (a second walk) */
  Node **conts; int nconts;         /* continue statements of this loop */
  CXCursor *ptrs; int nptrs;        /* body-local pointers written through */
  int vrefs;                        /* uses of the loop variable in the body */
  int jumps_back;                   /* the function has a label or calls setjmp (-1: not asked yet) */
  long long block;                  /* > 0: a task per block of this many iterations (iterations too
                                       small for a task each), else one per iteration */
  char *lo, *hi;                    /* ... the block's bounds' names, set by loop_function */
  struct Updated *upd; int nupd;    /* globals the iterations update in any order (effects/commute.c) */
  int red;                          /* 1 + index in o of a local integer the body only adds to (`zeros++`,
                                       `n += k`): the new function returns its part, `zeros += f(..)`; or 0 */
  char *why;
} Ext;

/* loop_function.c: a row X[v] written inside one use of a user's macro
 * (ITER_AT(x, y) for (iters[(y)][(x)])): the use's expansion with X[v] as
 * rowrep, or NULL when X is not indexed by v alone there, once */
char *macro_row_text(Unit *u, Node *row, const char *x, const char *v, const char *rowrep);

/* loop_bodies.c: is every use of d's value after the loop (outside it)
 * overwritten first (C89's counter reused, `for (i = 0; ...)` again)? */
int ext_dead_after(Ext *e, CXCursor d);
char *loop_stride(Ext *e);          /* the K of the loop's `v += K` (squeezed text), or NULL */

/* loop_function.c: the declaration of variable d (canonical) in n, or NULL */
Node *decl_node(Node *n, CXCursor d);

/* loop_function.c: the suggestion for a loop that qualifies (1), or why its
 * body cannot be written as a function (0, *why) */
int loop_function(Ext *e, const char *vname, long long iter, long long trip, Found *fd, char **why);

#endif /* DELAYC_LOOP_BODIES_H */
