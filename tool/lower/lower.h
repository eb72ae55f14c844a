/* lower.h — lowering: the plan becomes the output text, one file per target.
 *
 *   targets.c     the table of targets (--target=NAME)
 *   openmp.c      OpenMP tasks and waits (the default)
 *   pthreads.c    libdelayc's own scheduler
 *   serial.c      the annotations stripped
 *   spawn_hook.c  the run-time instrumentation hook before each task
 *   names.c       how generated code names the plan's data and arguments */
#ifndef DELAYC_LOWER_H
#define DELAYC_LOWER_H

#include "plan/plan.h"

/* ---- lower_omp.c ---- */
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
char *target_spawn_hook(Func *f, Dep *dep, int ndep, const char *label, unsigned line);

/* ---- names.c ---- */
char *lower_access(Obj *o);                  /* how generated code names the object */
char *lower_storage(Obj *o);                 /* a slot's pointer or a temporary: \001s_x, \001t3 */
char *lower_arg(int site, int arg);          /* the temporary of an argument: \001a3_0 */
char *lower_expr(Func *f, const char *expr); /* a plan expression, its holes named (NULL: NULL) */

#endif /* DELAYC_LOWER_H */
