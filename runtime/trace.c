/* trace.c — DELAYC_TRACE=FILE and DELAYC_TRACE_SUMMARY=1: every task's start and end.
 *
 * Each thread appends its finished tasks to a buffer of its own (no lock on the
 * hot path; a mutex only when a thread registers its buffer).  At exit the
 * buffers are merged and sorted by start time, then:
 *
 *   DELAYC_TRACE=FILE writes Chrome trace-event JSON (opens in Perfetto or
 *   chrome://tracing; `delayc report FILE` draws it): one complete event
 *   ("ph":"X") per task, with ts/dur in microseconds, tid the thread's index,
 *   name the callee (or DELAYED_NAME) and args {"line", "id", "deps"} — deps
 *   being the ids of the tasks it depended on (exec_graph.c), from which the
 *   report finds the critical path.
 *
 *   DELAYC_TRACE_SUMMARY=1 prints a table to stderr: per task name its count,
 *   total, mean and max time, then the achieved parallelism: the sum of task
 *   times over the span from the first start to the last end.  (A task that
 *   waits for its children counts the time they run on its thread too.)
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

typedef struct Rec {
  long id;
  const char *name;
  int line;
  int tid;
  double t0, t1;                      /* seconds since start */
} Rec;

typedef struct TBuf {
  Rec *a;
  long n, cap;
  struct TBuf *next;
} TBuf;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static TBuf *pAll;                    /* every thread's buffer */
static _Thread_local TBuf *pMine __attribute__((tls_model("initial-exec")));
static char *zTraceFile;
static int bSummary, bDone;

static void die_oom(void) {
  fputs("delayc: out of memory in the task trace\n", stderr);
  abort();
}

void delayc_rt__trace_record(long id, const char *name, int line, double t0, double t1) {
  TBuf *b = pMine;
  if (!b) {
    b = calloc(1, sizeof *b);
    if (!b) die_oom();
    pthread_mutex_lock(&mu);
    b->next = pAll;
    pAll = b;
    pthread_mutex_unlock(&mu);
    pMine = b;
  }
  if (b->n == b->cap) {
    long cap = b->cap ? 2 * b->cap : 256;
    /* the exit writer may read other threads' buffers only after every task
     * ended, so growing ours under the lock is enough */
    pthread_mutex_lock(&mu);
    Rec *a = realloc(b->a, (size_t)cap * sizeof *a);
    if (!a) die_oom();
    b->a = a;
    b->cap = cap;
    pthread_mutex_unlock(&mu);
  }
  b->a[b->n++] = (Rec){ id, name, line, delayc_rt__thread_index(), t0, t1 };
}

static int by_start(const void *x, const void *y) {
  const Rec *a = x, *b = y;
  if (a->t0 != b->t0) return a->t0 < b->t0 ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

static void json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20) fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

static void write_json(const Rec *a, long n, int nThread) {
  FILE *f = fopen(zTraceFile, "w");
  if (!f) {
    fprintf(stderr, "delayc: cannot write the trace to '%s'\n", zTraceFile);
    return;
  }
  fputs("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"delayc runtime\"},\"traceEvents\":[\n", f);
  fputs("{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"delayc tasks\"}}", f);
  for (int t = 0; t < nThread; t++)
    fprintf(f, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,\"args\":{\"name\":\"thread %d\"}}", t, t);
  for (long i = 0; i < n; i++) {
    const Rec *r = &a[i];
    fputs(",\n{\"name\":", f);
    json_string(f, r->name);
    fprintf(f, ",\"cat\":\"task\",\"ph\":\"X\",\"ts\":%.3f,\"dur\":%.3f,\"pid\":1,\"tid\":%d,"
               "\"args\":{\"line\":%d,\"id\":%ld,\"deps\":[",
            r->t0 * 1e6, (r->t1 - r->t0) * 1e6, r->tid, r->line, r->id);
    const long *aPred;
    int nPred;
    delayc_rt__graph_preds(r->id, &aPred, &nPred);
    for (int k = 0; k < nPred; k++) fprintf(f, "%s%ld", k ? "," : "", aPred[k]);
    fputs("]}}", f);
  }
  fputs("\n]}\n", f);
  if (fclose(f) != 0) fprintf(stderr, "delayc: cannot write the trace to '%s'\n", zTraceFile);
}

typedef struct Row { const char *name; long n; double total, max; } Row;

static int by_total(const void *x, const void *y) {
  const Row *a = x, *b = y;
  if (a->total != b->total) return a->total > b->total ? -1 : 1;
  return strcmp(a->name, b->name);
}

static void write_summary(const Rec *a, long n, int nThread) {
  Row *aRow = calloc((size_t)n + 1, sizeof *aRow);
  if (!aRow) die_oom();
  int nRow = 0;
  double tFirst = n ? a[0].t0 : 0, tLast = 0, busy = 0;
  for (long i = 0; i < n; i++) {
    double d = a[i].t1 - a[i].t0;
    busy += d;
    if (a[i].t1 > tLast) tLast = a[i].t1;
    int k = 0;
    while (k < nRow && strcmp(aRow[k].name, a[i].name)) k++;   /* few distinct names */
    if (k == nRow) aRow[nRow++] = (Row){ a[i].name, 0, 0, 0 };
    aRow[k].n++;
    aRow[k].total += d;
    if (d > aRow[k].max) aRow[k].max = d;
  }
  qsort(aRow, (size_t)nRow, sizeof *aRow, by_total);
  fflush(stdout);
  fprintf(stderr, "delayc: task summary: %ld tasks on %d threads\n", n, nThread);
  fprintf(stderr, "  %-24s %8s %12s %12s %12s\n", "function", "count", "total ms", "mean us", "max us");
  for (int k = 0; k < nRow; k++)
    fprintf(stderr, "  %-24s %8ld %12.3f %12.3f %12.3f\n", aRow[k].name, aRow[k].n, aRow[k].total * 1e3,
            aRow[k].total / (double)aRow[k].n * 1e6, aRow[k].max * 1e6);
  double span = tLast - tFirst;
  fprintf(stderr, "delayc: achieved parallelism %.2f (task time %.3f ms over a span of %.3f ms)\n",
          span > 0 ? busy / span : 0.0, busy * 1e3, span * 1e3);
  free(aRow);
}

void delayc_rt__trace_finish(void) {
  pthread_mutex_lock(&mu);
  if (bDone) {
    pthread_mutex_unlock(&mu);
    return;
  }
  bDone = 1;
  long n = 0;
  for (TBuf *b = pAll; b; b = b->next) n += b->n;
  Rec *a = malloc(((size_t)n + 1) * sizeof *a);
  if (!a) die_oom();
  long k = 0;
  int nThread = 0;
  for (TBuf *b = pAll; b; b = b->next) {
    memcpy(a + k, b->a, (size_t)b->n * sizeof *a);
    for (long i = 0; i < b->n; i++)
      if (b->a[i].tid + 1 > nThread) nThread = b->a[i].tid + 1;
    k += b->n;
  }
  pthread_mutex_unlock(&mu);
  qsort(a, (size_t)n, sizeof *a, by_start);
  if (zTraceFile) write_json(a, n, nThread);
  if (bSummary) write_summary(a, n, nThread);
  free(a);
}

void delayc_rt__trace_init(const char *zFile, int bSum) {
  zTraceFile = zFile ? strdup(zFile) : NULL;
  bSummary = bSum;
  atexit(delayc_rt__trace_finish);
}
