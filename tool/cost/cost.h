/* cost.h — the work model: a rough estimate of one call of a function, in
 * units of about a nanosecond (cost.c).  One model for every stage that asks
 * how big a task is: delayed-too-fine (lint), `delayc suggest`, and the batching
 * of fine-grained loops (analysis/batches.c); bench/cost-model checks it
 * against measurements. */
#ifndef DELAYC_COST_H
#define DELAYC_COST_H

#include <clang-c/Index.h>

/* iterations assumed for a loop counting to a bound the model cannot find
 * (once the sizes the file gives are found, what is left is mostly strings and
 * short lists), and for `for (;;)`; also delayc suggest's width of such a loop */
#define COST_UNKNOWN_TRIP 32
#define COST_UNKNOWN_WHILE 8     /* ... for another while or do loop (searching, probing, skipping) */
long long cost_function(CXCursor fn);            /* estimated work of one call, ~ns; -1: no body */
/* ... were the loops bounded by the data (a string, a list, a search) COST_LONG_TRIP
 * iterations long: how big a call may be, for delayc suggest */
#define COST_LONG_TRIP 1024
/* nodes assumed for a walk of a tree from a node, its size not known (a
 * recursion on n->left, n->kids[i]) */
#define COST_TREE_NODES 1024
/* what a task costs, about (spawn, dependencies, run): work under it is
 * better run inline, or in a batch */
#define COST_TASK_NS 1000
long long cost_function_long(CXCursor fn);
void cost_forget(void);                          /* between translation units */
long long cost_trip(CXCursor loop);              /* a for loop's constant bound (`i < N`), or -1 */
long long cost_call(CXCursor fn, const long long *val, int nval);  /* with parameter values known */
long long cost_stmt(CXCursor stmt);              /* one statement: a loop's whole run */
void cost_learn(CXCursor fn);                    /* fn's cost, for calls from other files (by USR) */
void cost_learn_fields(CXCursor any);            /* the values any's unit assigns struct fields, for the others' loops */
void cost_learn_forget(void);

#endif /* DELAYC_COST_H */
