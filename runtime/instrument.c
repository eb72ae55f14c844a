/* instrument.c — switches run-time instrumentation on and dispatches to it.
 *
 * delayc_rt_flags is computed once by a constructor, before main and before any
 * thread exists, and only read afterwards, so it needs no synchronization.
 * Generated code tests it inline (DELAYC_RT_TASK_SPAWN, _BEGIN_ID, _END_ID) and
 * calls the slow paths here only when some instrument is on.
 *
 * Environment (a variable counts as set when present and neither empty nor "0"):
 *   DELAYC_STATS=1          count tasks and their peak concurrency (task_stats.c)
 *   DELAYC_PROGRESS=1       progress bar on stderr (progress.c)
 *   DELAYC_TRACE=FILE       Chrome trace-event JSON (trace.c)
 *   DELAYC_TRACE_SUMMARY=1  per-function table and achieved parallelism (trace.c)
 *   DELAYC_GRAPH=FILE       the executed graph as DOT (exec_graph.c)
 *   DELAYC_GRAPH_LIMIT=N    nodes drawn one by one up to N (default 1000)
 *
 * Each thread keeps the stack of tasks it is running (a thread waiting inside a
 * task may run another task on top of it): its top is the parent of any task
 * the thread spawns, and its entries hold the start times the trace needs.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rt_internal.h"

int delayc_rt_flags = 0;

static struct timespec tsStart;       /* set before main */
static atomic_long nextId;            /* last task id handed out */
static atomic_int nextThread;         /* last thread index handed out */

typedef struct Running { long id; double t0; } Running;
typedef struct ThreadState {
  int index;                          /* -1 until first use */
  Running *a;                         /* tasks this thread runs, innermost last */
  int n, cap;
} ThreadState;
static _Thread_local ThreadState th __attribute__((tls_model("initial-exec"))) = { -1, NULL, 0, 0 };
static pthread_key_t keyStack;        /* frees a thread's stack when the thread exits */

static void free_stack(void *p) { free(p); }

const char *delayc_rt__env(const char *zName) {
  const char *z = getenv(zName);
  return z != NULL && z[0] != '\0' && strcmp(z, "0") != 0 ? z : NULL;
}

double delayc_rt__now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)(ts.tv_sec - tsStart.tv_sec) + (double)(ts.tv_nsec - tsStart.tv_nsec) * 1e-9;
}

int delayc_rt__thread_index(void) {
  if (th.index < 0) th.index = atomic_fetch_add(&nextThread, 1);
  return th.index;
}

long delayc_rt__current_task(void) {
  return th.n > 0 ? th.a[th.n - 1].id : -(long)delayc_rt__thread_index() - 1;
}

char *delayc_rt__ranked_path(const char *zFile, const char **pzRank) {
  static const char *const aVar[] = { "OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK" };
  *pzRank = NULL;
  for (size_t i = 0; i < sizeof aVar / sizeof *aVar && !*pzRank; i++) {
    const char *z = getenv(aVar[i]);
    if (z && *z >= '0' && *z <= '9') *pzRank = z;
  }
  if (!*pzRank) return NULL;
  const char *zDot = strrchr(zFile, '.'), *zSlash = strrchr(zFile, '/');
  size_t nBase = zDot && (!zSlash || zDot > zSlash) ? (size_t)(zDot - zFile) : strlen(zFile);
  size_t n = strlen(zFile) + strlen(*pzRank) + 8;
  char *z = malloc(n);
  if (z) snprintf(z, n, "%.*s.rank%s%s", (int)nBase, zFile, *pzRank, zFile + nBase);
  return z;
}

const int delayc_rt_instruments = 1;   /* named by delayc_rt.h: linked with every program */

__attribute__((constructor)) static void rt_init(void) {
  clock_gettime(CLOCK_MONOTONIC, &tsStart);
  pthread_key_create(&keyStack, free_stack);
  const char *zTrace = delayc_rt__env("DELAYC_TRACE");
  const char *zGraph = delayc_rt__env("DELAYC_GRAPH");
  /* Files first: an unwritable path ends the process here, before any
   * instrument has registered an exit handler that would print. */
  delayc_rt__trace_open(zTrace);
  delayc_rt__graph_open(zGraph);
  if (delayc_rt__env("DELAYC_STATS")) {
    delayc_rt__stats_init();
    delayc_rt_flags |= DC_RT_STATS;
  }
  if (delayc_rt__env("DELAYC_PROGRESS")) {
    delayc_rt__progress_init();
    delayc_rt_flags |= DC_RT_PROGRESS;
  }
  int bSummary = delayc_rt__env("DELAYC_TRACE_SUMMARY") != NULL;
  /* The graph first: the trace's exit handler reads its edges, and exit
   * handlers run in the reverse order of registration. */
  if (zGraph || zTrace) {
    const char *zLimit = getenv("DELAYC_GRAPH_LIMIT");
    long nLimit = zLimit && *zLimit ? atol(zLimit) : 1000;
    delayc_rt__graph_init(nLimit);
    delayc_rt_flags |= DC_RT_GRAPH;
  }
  if (zTrace || bSummary) {
    delayc_rt__trace_init(bSummary);
    delayc_rt_flags |= DC_RT_TRACE;
  }
}

long delayc_rt_task_spawn(const char *name, int line, int ndep, const delayc_rt_dep *dep) {
  long id = atomic_fetch_add(&nextId, 1) + 1;
  if (delayc_rt_flags & DC_RT_PROGRESS) delayc_rt__progress_spawn();
  if (delayc_rt_flags & DC_RT_GRAPH)
    delayc_rt__graph_spawn(id, delayc_rt__current_task(), name, line, ndep, dep);
  return id;
}

void delayc_rt_task_begin_id(long id, const char *name, int line) {
  if (id == 0) {                      /* not announced by a spawn hook */
    id = atomic_fetch_add(&nextId, 1) + 1;
    if (delayc_rt_flags & DC_RT_PROGRESS) delayc_rt__progress_spawn();
  }
  if (delayc_rt_flags & DC_RT_STATS) delayc_rt__stats_begin(name, line);
  if (th.n == th.cap) {
    int cap = th.cap ? 2 * th.cap : 16;
    Running *a = realloc(th.a, (size_t)cap * sizeof *a);
    if (!a) {
      fputs("delayc: out of memory in the task instrumentation\n", stderr);
      abort();
    }
    th.a = a;
    th.cap = cap;
    pthread_setspecific(keyStack, a);
  }
  th.a[th.n].id = id;
  th.a[th.n].t0 = (delayc_rt_flags & DC_RT_TRACE) ? delayc_rt__now() : 0.0;
  th.n++;
}

void delayc_rt_task_end_id(long id, const char *name, int line) {
  (void)id;
  if (th.n <= 0) {
    fprintf(stderr, "delayc: task '%s' (line %d) ended but never began on this thread\n", name, line);
    abort();
  }
  Running r = th.a[--th.n];
  if (delayc_rt_flags & DC_RT_TRACE) delayc_rt__trace_record(r.id, name, line, r.t0, delayc_rt__now());
  if (delayc_rt_flags & DC_RT_STATS) delayc_rt__stats_end(name, line);
  if (delayc_rt_flags & DC_RT_PROGRESS) delayc_rt__progress_end();
}

void delayc_rt_task_begin(const char *name, int line) { delayc_rt_task_begin_id(0, name, line); }
void delayc_rt_task_end(const char *name, int line) { delayc_rt_task_end_id(0, name, line); }
