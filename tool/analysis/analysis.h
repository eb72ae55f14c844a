/* analysis.h — the analysis: from a parsed unit to its task plan (plan/plan.h).
 * analyze.c runs the passes in order; passes.h is what they share. */
#ifndef DELAYC_ANALYSIS_H
#define DELAYC_ANALYSIS_H

#include "effects/effects.h"
#include "plan/plan.h"

/* ---- analyze.c, unity.c ---- */
void an_run(Analysis *a, Unit *u);
void an_dispose(Analysis *a);                  /* the views of included files (unity.c) */
int pointer_call_to_delayed(Unit *u, Node *n);  /* ops[i](x), ops holding DELAYED functions: no task (sites.c) */
int an_has_tasks(Analysis *a);                 /* here or in an included file */
int an_defines_delayed(Analysis *a);   /* ... defines a DELAYED function (its checks: unity.c) */
void an_unity(Analysis *a);                    /* unity.c, called by an_run */
typedef struct UnityIncl { CXFile file; unsigned beg, end, next_line; } UnityIncl;
int unity_includes(Unit *u, UnityIncl **out);  /* the .c files u's text includes (unity.c) */
/* batches.c: the loops whose tasks are too small to run one by one become
 * batches (the OpenMP target's adapt step) */
void an_batches(Analysis *a);
int an_is_delayed_call(Unit *u, Node *call, Callee **callee, Node **fnref,
                       Node ***bind, int *nbind);
/* memory.c: where body changes what the counted members of struct parameter
 * p name (`v->n += 2`, `v.d += 1`, `v->d[v->n++]`), or NULL: its tasks then
 * reach all memory (lint warns; lower/member_checks.c checks nothing there) */
Node *memory_members_moved(Unit *u, Node *body, CXCursor p);
/* ... a use of such a member no run-time check reaches (handed on, aliased), or NULL */
Node *memory_members_unchecked(Unit *u, Node *body, CXCursor p);
/* ... argument a of call is such a struct itself, handed to a helper of the
 * file whose uses a checked copy reaches (1), to a DELAYED function (2), or 0 */
int memory_struct_handed(Unit *u, Node *call, int a, CXType rec);
/* ... argument a handed to a function of another file whose summary bounds
 * its uses by argument j: j (checked at the call), or -1 */
int memory_summary_within(Unit *u, Node *call, int a);
/* expr.c: an argument that is a constant expression (WIDTH, 2 * N, an
 * enumerator): the lowering writes it in the task's call as it is */
int an_constant_arg(Node *a);
/* memory.c: the edit that lets delayc follow the pointers of a struct (or a
 * pointer to one) t: its pointer members without a count, to say DELAYED_N
 * on; or why a count it says does not do; NULL when none applies */
char *memory_count_edit(CXType t);


#endif /* DELAYC_ANALYSIS_H */
