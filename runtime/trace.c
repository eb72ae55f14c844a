/* trace.c — DELAYC_TRACE=FILE and DELAYC_TRACE_SUMMARY=1: every task's start and end.
 *
 * Each thread appends its finished tasks to a buffer of its own (no lock on the
 * hot path; a mutex only when a thread registers or grows its buffer).  At exit
 * the buffers are merged and sorted by start time, then:
 *
 *   DELAYC_TRACE=FILE writes Chrome trace-event JSON (opens in Perfetto or
 *   chrome://tracing; `delayc report FILE` draws it): one complete event
 *   ("ph":"X") per task, with ts/dur in microseconds, tid the thread's index,
 *   name the callee (or DELAYED_NAME) and args {"line", "id", "deps"}, and
 *   "calls" for a batch (the calls of a loop it ran, task_batch.c), "first" for a range
 *   batch (the loop index of its first call: it ran first .. first + calls - 1) — deps
 *   being the ids of the tasks it depended on (exec_graph.c), from which the
 *   report finds the critical path.  Each dependency is also a flow event
 *   pair, so that viewers draw it as an arrow: "ph":"s" just before the end of
 *   the predecessor's slice, "ph":"f" with "bp":"e" just after the start of
 *   the dependent's, on their threads, with one "id" per edge.
 *
 *   DELAYC_TRACE_SUMMARY=1 prints a table to stderr: per task name its count,
 *   total, mean and max time, then the achieved parallelism: the threads' busy
 *   time (on each thread, the time inside some task: a task run while its
 *   parent waits on the same thread counts once) over the span from the first
 *   start to the last end.  It is at most the number of threads.
 *
 * The file is opened when the program starts, before main: a path that cannot
 * be written is reported then, and the program is not run (exit status 125,
 * as env(1) and timeout(1) use for "the program never started"), rather than
 * after a long run that leaves no trace.  The descriptor is kept, so a
 * program that changes directory still writes where it was asked to.
 *
 * SIGINT, SIGTERM and SIGHUP write the trace of the tasks finished so far
 * (otherData.interrupted_by names the signal), then the signal takes its
 * course (rt_signal.c).  That writer therefore runs in a signal handler: it
 * formats by hand into a buffer on the stack, writes with write(2), takes its
 * scratch memory from mmap, and reads the buffers under the locks that their
 * growth takes (the growing code is a critical section, so the handler's own
 * thread never holds them).  A forked child does not write its parent's file.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "rt_internal.h"

typedef struct Rec {
  long id;
  const char *name;
  int line;
  int tid;
  int calls;                          /* a batch (task_batch.c): the calls it ran; else 0 */
  long first;                         /* a range batch: the loop index of its first call; else -1 */
  double t0, t1;                      /* seconds since start */
} Rec;

typedef struct TBuf {
  Rec *a;
  atomic_long n;                      /* records complete below n (stored after the record) */
  long cap;
  struct TBuf *next;
} TBuf;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;   /* the list, and any buffer's growth */
static TBuf *pAll;                    /* every thread's buffer */
static _Thread_local TBuf *pMine __attribute__((tls_model("initial-exec")));
static char *zTraceFile;
static int fdTrace = -1;
static pid_t pidOwner;                /* the process that opened fdTrace */
static const char *zRank;             /* an MPI job's rank (launcher_rank), or NULL */
static long nPid = 1;                 /* the trace's process id: the rank + 1 */
static int bSummary, bDone;

static void die_oom(void) {
  fputs("delayc: out of memory in the task trace\n", stderr);
  abort();
}

static TBuf *my_buffer(void) {
  delayc_rt__crit_enter();
  TBuf *b = calloc(1, sizeof *b);
  if (!b) die_oom();
  pthread_mutex_lock(&mu);
  b->next = pAll;
  pAll = b;
  pthread_mutex_unlock(&mu);
  delayc_rt__crit_leave();
  return pMine = b;
}

static void grow(TBuf *b) {
  long cap = b->cap ? 2 * b->cap : 256;
  delayc_rt__crit_enter();
  pthread_mutex_lock(&mu);            /* the writers read other threads' buffers under it */
  Rec *a = realloc(b->a, (size_t)cap * sizeof *a);
  if (!a) die_oom();
  b->a = a;
  b->cap = cap;
  pthread_mutex_unlock(&mu);
  delayc_rt__crit_leave();
}

void delayc_rt__trace_record(long id, const char *name, int line, double t0, double t1) {
  TBuf *b = pMine ? pMine : my_buffer();
  long n = atomic_load_explicit(&b->n, memory_order_relaxed);
  if (n == b->cap) grow(b);
  b->a[n] = (Rec){ id, name, line, delayc_rt__thread_index(), delayc_rt__batch_calls, delayc_rt__batch_first, t0, t1 };
  delayc_rt__batch_calls = 0;
  delayc_rt__batch_first = -1;
  atomic_store_explicit(&b->n, n + 1, memory_order_release);
}

/* ---- output: by hand, async-signal-safe ---- */

typedef struct Out {
  int fd;
  int bErr;                           /* a write failed: errno in nErrno */
  int nErrno;
  size_t n;
  char a[16384];
} Out;

static void out_flush(Out *o) {
  const char *p = o->a;
  size_t n = o->n;
  while (n > 0 && !o->bErr) {
    ssize_t k = write(o->fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) {
      o->bErr = 1;
      o->nErrno = k < 0 ? errno : ENOSPC;
      break;
    }
    p += k;
    n -= (size_t)k;
  }
  o->n = 0;
}

static void out_bytes(Out *o, const char *z, size_t n) {
  while (n > 0) {
    if (o->n == sizeof o->a) out_flush(o);
    size_t k = sizeof o->a - o->n < n ? sizeof o->a - o->n : n;
    memcpy(o->a + o->n, z, k);
    o->n += k;
    z += k;
    n -= k;
  }
}

static void out_s(Out *o, const char *z) { out_bytes(o, z, strlen(z)); }

static void out_u(Out *o, unsigned long long v) {
  char z[24];
  int i = sizeof z;
  do z[--i] = (char)('0' + v % 10); while ((v /= 10) > 0);
  out_bytes(o, z + i, sizeof z - (size_t)i);
}

static void out_l(Out *o, long v) {
  if (v < 0) {
    out_s(o, "-");
    out_u(o, (unsigned long long)-(v + 1) + 1);
  } else {
    out_u(o, (unsigned long long)v);
  }
}

/* Nanoseconds as microseconds with three decimals: 1234567 -> "1234.567". */
static void out_us(Out *o, long long ns) {
  if (ns < 0) ns = 0;
  out_u(o, (unsigned long long)ns / 1000);
  char z[4] = { '.', (char)('0' + ns / 100 % 10), (char)('0' + ns / 10 % 10), (char)('0' + ns % 10) };
  out_bytes(o, z, 4);
}

static void out_json_string(Out *o, const char *s) {
  out_s(o, "\"");
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') {
      char z[2] = { '\\', (char)c };
      out_bytes(o, z, 2);
    } else if (c < 0x20) {
      static const char hex[] = "0123456789abcdef";
      char z[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
      out_bytes(o, z, 6);
    } else {
      out_bytes(o, (const char *)&c, 1);
    }
  }
  out_s(o, "\"");
}

static long long ns_of(double t) { return t > 0 ? (long long)(t * 1e9 + 0.5) : 0; }

/* ---- the events ---- */

static void event_task(Out *o, const Rec *r) {
  long long ts = ns_of(r->t0), end = ns_of(r->t1);
  out_s(o, ",\n{\"name\":");
  out_json_string(o, r->name);
  out_s(o, ",\"cat\":\"task\",\"ph\":\"X\",\"ts\":");
  out_us(o, ts);
  out_s(o, ",\"dur\":");
  out_us(o, end - ts);
  out_s(o, ",\"pid\":");
  out_l(o, nPid);
  out_s(o, ",\"tid\":");
  out_l(o, r->tid);
  out_s(o, ",\"args\":{\"line\":");
  out_l(o, r->line);
  out_s(o, ",\"id\":");
  out_l(o, r->id);
  if (r->calls) {
    out_s(o, ",\"calls\":");
    out_l(o, r->calls);
  }
  if (r->calls && r->first >= 0) {      /* a range batch: its calls' indexes first .. first + calls - 1 */
    out_s(o, ",\"first\":");
    out_l(o, r->first);
  }
  out_s(o, ",\"deps\":[");
  const long *aPred;
  int nPred;
  delayc_rt__graph_preds(r->id, &aPred, &nPred);
  for (int k = 0; k < nPred; k++) {
    if (k) out_s(o, ",");
    out_l(o, aPred[k]);
  }
  out_s(o, "]}}");
}

/* One flow half: "s" inside the end of the predecessor's slice, "f" inside
 * the start of the dependent's, a nanosecond in so that each binds to its
 * own slice and not to a neighbour that ends or starts at the same time. */
static void event_flow(Out *o, const Rec *r, long nId, int bStart) {
  long long ts = ns_of(r->t0), end = ns_of(r->t1), in = end - ts >= 2 ? 1 : 0;
  out_s(o, ",\n{\"name\":\"dep\",\"cat\":\"dep\",\"ph\":");
  out_s(o, bStart ? "\"s\"" : "\"f\",\"bp\":\"e\"");
  out_s(o, ",\"id\":");
  out_l(o, nId);
  out_s(o, ",\"pid\":");
  out_l(o, nPid);
  out_s(o, ",\"tid\":");
  out_l(o, r->tid);
  out_s(o, ",\"ts\":");
  out_us(o, bStart ? end - in : ts + in);
  out_s(o, "}");
}

/* Scratch memory from mmap: usable in a signal handler, unlike malloc. */
static void *scratch(size_t n) {
  void *p = mmap(NULL, n ? n : 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

static void flows(Out *o, Rec **ap, long n, long maxId) {
  Rec **aById = scratch(((size_t)maxId + 1) * sizeof *aById);   /* zero-filled */
  if (!aById) return;
  for (long i = 0; i < n; i++)
    if (ap[i]->id > 0 && ap[i]->id <= maxId) aById[ap[i]->id] = ap[i];
  long nFlow = 0;
  for (long i = 0; i < n; i++) {
    const long *aPred;
    int nPred;
    delayc_rt__graph_preds(ap[i]->id, &aPred, &nPred);
    for (int k = 0; k < nPred; k++) {
      if (aPred[k] <= 0 || aPred[k] > maxId || !aById[aPred[k]]) continue;   /* not finished: no arrow */
      nFlow++;
      event_flow(o, aById[aPred[k]], nFlow, 1);
      event_flow(o, ap[i], nFlow, 0);
    }
  }
  munmap(aById, ((size_t)maxId + 1) * sizeof *aById);
}

/* The whole file from its start; zSignal names the signal that interrupted
 * the run, or is NULL.  0 on success, else an errno. */
static int write_json(Rec **ap, long n, const char *zSignal) {
  Out o;
  o.fd = fdTrace;
  o.bErr = 0;
  o.nErrno = 0;
  o.n = 0;
  if (ftruncate(fdTrace, 0) != 0 || lseek(fdTrace, 0, SEEK_SET) != 0) return errno;
  int nThread = 0;
  long maxId = 0;
  for (long i = 0; i < n; i++) {
    if (ap[i]->tid + 1 > nThread) nThread = ap[i]->tid + 1;
    if (ap[i]->id > maxId) maxId = ap[i]->id;
  }
  out_s(&o, "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"delayc runtime\"");
  if (zSignal) {
    out_s(&o, ",\"interrupted_by\":");
    out_json_string(&o, zSignal);
  }
  out_s(&o, "},\"traceEvents\":[\n");
  out_s(&o, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":");
  out_l(&o, nPid);
  out_s(&o, ",\"tid\":0,\"args\":{\"name\":\"delayc tasks");
  if (zRank) {
    out_s(&o, ", rank ");
    out_s(&o, zRank);
  }
  out_s(&o, "\"}}");
  for (int t = 0; t < nThread; t++) {
    out_s(&o, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":");
    out_l(&o, nPid);
    out_s(&o, ",\"tid\":");
    out_l(&o, t);
    out_s(&o, ",\"args\":{\"name\":\"thread ");
    out_l(&o, t);
    out_s(&o, "\"}}");
  }
  for (long i = 0; i < n; i++) event_task(&o, ap[i]);
  flows(&o, ap, n, maxId);
  out_s(&o, "\n]}\n");
  out_flush(&o);
  return o.bErr ? o.nErrno : 0;
}

/* Pointers to every record so far, in scratch memory (*pnMap bytes); the
 * caller holds mu. */
static Rec **collect(long *pn, size_t *pnMap) {
  long n = 0;
  for (TBuf *b = pAll; b; b = b->next) n += atomic_load_explicit(&b->n, memory_order_acquire);
  *pnMap = ((size_t)n + 1) * sizeof(Rec *);
  Rec **ap = scratch(*pnMap);
  if (!ap) {
    *pn = 0;
    return NULL;
  }
  long k = 0;
  for (TBuf *b = pAll; b && k < n; b = b->next) {
    long nb = atomic_load_explicit(&b->n, memory_order_acquire);
    for (long i = 0; i < nb && k < n; i++) ap[k++] = &b->a[i];
  }
  *pn = k;
  return ap;
}

static int by_start(const void *x, const void *y) {
  const Rec *a = *(Rec *const *)x, *b = *(Rec *const *)y;
  if (a->t0 != b->t0) return a->t0 < b->t0 ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

/* ---- the summary ---- */

typedef struct Row { const char *name; long n; double total, max; } Row;

static int by_total(const void *x, const void *y) {
  const Row *a = x, *b = y;
  if (a->total != b->total) return a->total > b->total ? -1 : 1;
  return strcmp(a->name, b->name);
}

/* ap is sorted by start: per thread, the time inside some task (a task run
 * while another waits on the same thread counts once). */
static double busy_time(Rec **ap, long n, int nThread) {
  double *end = calloc((size_t)nThread + 1, sizeof *end), busy = 0;
  if (!end) die_oom();
  for (long i = 0; i < n; i++) {
    const Rec *r = ap[i];
    double from = r->t0 > end[r->tid] ? r->t0 : end[r->tid];
    if (r->t1 > from) busy += r->t1 - from;
    if (r->t1 > end[r->tid]) end[r->tid] = r->t1;
  }
  free(end);
  return busy;
}

static void write_summary(Rec **ap, long n) {
  Row *aRow = calloc((size_t)n + 1, sizeof *aRow);
  if (!aRow) die_oom();
  int nRow = 0, nThread = 0;
  double tFirst = n ? ap[0]->t0 : 0, tLast = 0, work = 0;
  for (long i = 0; i < n; i++) {
    const Rec *r = ap[i];
    double d = r->t1 - r->t0;
    work += d;
    if (r->t1 > tLast) tLast = r->t1;
    if (r->tid + 1 > nThread) nThread = r->tid + 1;
    int k = 0;
    while (k < nRow && strcmp(aRow[k].name, r->name)) k++;   /* few distinct names */
    if (k == nRow) aRow[nRow++] = (Row){ r->name, 0, 0, 0 };
    aRow[k].n++;
    aRow[k].total += d;
    if (d > aRow[k].max) aRow[k].max = d;
  }
  qsort(aRow, (size_t)nRow, sizeof *aRow, by_total);
  fflush(stdout);
  fprintf(stderr, "delayc: task summary: %ld task%s on %d thread%s\n", n, n == 1 ? "" : "s", nThread,
          nThread == 1 ? "" : "s");
  fprintf(stderr, "  %-24s %8s %12s %12s %12s\n", "function", "count", "total ms", "mean us", "max us");
  for (int k = 0; k < nRow; k++)
    fprintf(stderr, "  %-24s %8ld %12.3f %12.3f %12.3f\n", aRow[k].name, aRow[k].n, aRow[k].total * 1e3,
            aRow[k].total / (double)aRow[k].n * 1e6, aRow[k].max * 1e6);
  double span = tLast - tFirst, busy = busy_time(ap, n, nThread);
  fprintf(stderr, "delayc: achieved parallelism %.2f (threads busy %.3f ms over a span of %.3f ms; task time %.3f ms%s)\n",
          span > 0 ? busy / span : 0.0, busy * 1e3, span * 1e3, work * 1e3,
          work > busy * 1.01 ? ", nested tasks counted in their parents too" : "");
  free(aRow);
}

/* ---- at exit ---- */

void delayc_rt__trace_finish(void) {
  pthread_mutex_lock(&mu);
  if (bDone || (fdTrace >= 0 && getpid() != pidOwner)) {
    pthread_mutex_unlock(&mu);
    return;
  }
  bDone = 1;
  long n;
  size_t nMap;
  Rec **ap = collect(&n, &nMap);
  pthread_mutex_unlock(&mu);
  if (!ap) die_oom();
  qsort(ap, (size_t)n, sizeof *ap, by_start);
  if (fdTrace >= 0) {
    int e = write_json(ap, n, NULL);
    if (e) fprintf(stderr, "delayc: cannot write the trace to '%s': %s\n", zTraceFile, strerror(e));
    else   /* where it went, as perf record says (DELAYC_TRACE=1 names a file '1') */
      fprintf(stderr, "delayc: DELAYC_TRACE: %ld task%s written to '%s' (delayc report %s -o report.html)\n", n,
              n == 1 ? "" : "s", zTraceFile, zTraceFile);
  }
  if (bSummary) write_summary(ap, n);
  munmap(ap, nMap);
}

/* ---- on a signal (in its handler) ---- */

static void say(const char *z1, const char *z2, const char *z3) {
  const char *az[] = { z1, z2, z3 };
  for (int i = 0; i < 3; i++)
    if (az[i] && write(2, az[i], strlen(az[i])) < 0) return;
}

/* pthread_mutex_trylock until it succeeds, for at most about two seconds:
 * whoever holds it is another thread (ours is outside any critical section)
 * and is about to let go. */
static int lock_soon(int (*fnTry)(void)) {
  for (int i = 0; i < 2000; i++) {
    if (fnTry()) return 1;
    struct timespec ts = { 0, 1000000 };
    nanosleep(&ts, NULL);
  }
  return 0;
}

static int trace_trylock(void) { return pthread_mutex_trylock(&mu) == 0; }

static void on_signal(int sig) {
  if (getpid() != pidOwner) return;
  if (!lock_soon(trace_trylock)) {
    say("delayc: trace not written: the task records stayed locked\n", NULL, NULL);
    return;
  }
  int bGraph = lock_soon(delayc_rt__graph_trylock);
  long n = 0;
  size_t nMap = 0;
  Rec **ap = bGraph ? collect(&n, &nMap) : NULL;
  int e = ap ? write_json(ap, n, delayc_rt__signal_name(sig)) : ENOMEM;
  if (ap) munmap(ap, nMap);
  if (bGraph) delayc_rt__graph_unlock();
  pthread_mutex_unlock(&mu);
  if (e) say("delayc: trace not written on ", delayc_rt__signal_name(sig), "\n");
  else say("delayc: ", delayc_rt__signal_name(sig), ": the trace holds the tasks finished so far\n");
}

void delayc_rt__trace_open(const char *zFile) {
  if (!zFile) return;
  char *zRanked = delayc_rt__ranked_path(zFile, &zRank);   /* one file per rank of an MPI job */
  if (zRanked) {
    nPid = atol(zRank) + 1;
    zFile = zRanked;
  }
  fdTrace = open(zFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fdTrace < 0) {
    fprintf(stderr, "delayc: DELAYC_TRACE: cannot write the trace to '%s': %s\n"
                    "delayc: the program was not started (exit status 125); "
                    "give DELAYC_TRACE a writable path, or unset it\n",
            zFile, strerror(errno));
    _exit(125);
  }
  zTraceFile = strdup(zFile);
  pidOwner = getpid();
  free(zRanked);
}

void delayc_rt__trace_init(int bSum) {
  bSummary = bSum;
  if (fdTrace >= 0) {
    delayc_rt__on_signal(SIGINT, on_signal);
    delayc_rt__on_signal(SIGTERM, on_signal);
    delayc_rt__on_signal(SIGHUP, on_signal);
  }
  atexit(delayc_rt__trace_finish);
}
