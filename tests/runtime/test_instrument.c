/* test_instrument.c — unit tests of the run-time instruments: the executed
 * graph (exec_graph.c), the trace (trace.c), the progress bar (progress.c) and
 * the off switch (instrument.c).
 *
 * The flags are read before main, so each case runs this program again as a
 * child with its own environment (stderr on a pipe):
 *   off       nothing set: flags 0, DELAYC_RT_TASK_SPAWN yields 0, no output
 *   graph     DELAYC_GRAPH=F: the OpenMP edge rules on hand-made spawns —
 *             write -> readers -> next writer, inout chains, iterator ranges
 *             (one edge per predecessor however many addresses), no edges
 *             between tasks of different parents; the DOT file's first line
 *   readers   10,000 readers of one region between two writers: the second
 *             writer after the most recent of them (a bounded list)
 *   summary   the same past DELAYC_GRAPH_LIMIT=4: one node per call site
 *   trace     DELAYC_TRACE=F: NTHREAD pthreads run NROUND tasks each; the file
 *             holds one complete event per task
 *   flows     DELAYC_TRACE=F on the graph's spawns, run: one flow pair ("s" at
 *             the predecessor's end, "f" with "bp":"e" at the dependent's start,
 *             the same id) per dependency
 *   signal    DELAYC_TRACE=F, three tasks run, then SIGINT raised inside a
 *             critical section: deferred to its end, the trace written with
 *             interrupted_by, and the child dies of SIGINT (status kept)
 *   unwritable DELAYC_TRACE (or DELAYC_GRAPH) in a missing directory: a message
 *             and exit status 125 before main runs
 *   progress  DELAYC_PROGRESS=1 with stderr on a pipe: nothing drawn while it
 *             runs, one final line that counts every task
 * Run under ASan+UBSan (tests/sanitize) and TSan (tests/runtime: ctest tsan.runtime).
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "delayc_rt.h"
#include "rt_internal.h"
#include "test.h"

enum { NTHREAD = 4, NROUND = 100 };

static char *slurp(const char *zPath) {
  FILE *f = fopen(zPath, "r");
  if (!f) return NULL;
  static char z[1 << 20];
  size_t n = fread(z, 1, sizeof z - 1, f);
  z[n] = 0;
  fclose(f);
  return z;
}

static int count(const char *z, const char *zPat) {
  int n = 0;
  for (const char *p = z; p && (p = strstr(p, zPat)); p += strlen(zPat)) n++;
  return n;
}

static int has_pred(long id, long pred) {
  const long *a;
  int n;
  delayc_rt__graph_preds(id, &a, &n);
  for (int i = 0; i < n; i++)
    if (a[i] == pred) return 1;
  return 0;
}

static int npred(long id) {
  const long *a;
  int n;
  delayc_rt__graph_preds(id, &a, &n);
  return n;
}

static long x, y, arr[8];

static void *other_thread(void *pId) {
  *(long *)pId = DELAYC_RT_TASK_SPAWN("elsewhere", 3, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x));
  return NULL;
}

static void graph_case(int bSummary) {
  CHECK(delayc_rt_flags & DC_RT_GRAPH);
  long t1 = DELAYC_RT_TASK_SPAWN("w", 1, 1, DELAYC_RT_DEP(DELAYC_RT_OUT, x));
  long t2 = DELAYC_RT_TASK_SPAWN("r", 2, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x));
  long t3 = DELAYC_RT_TASK_SPAWN("r", 2, 2, DELAYC_RT_DEP(DELAYC_RT_IN, x), DELAYC_RT_DEP(DELAYC_RT_IN, y));
  long t4 = DELAYC_RT_TASK_SPAWN("w", 1, 1, DELAYC_RT_DEP(DELAYC_RT_OUT, x));
  long t5 = DELAYC_RT_TASK_SPAWN("rw", 4, 1, DELAYC_RT_DEP(DELAYC_RT_INOUT, x));
  long t6 = DELAYC_RT_TASK_SPAWN("fill", 5, 1, DELAYC_RT_DEP_N(DELAYC_RT_OUT, arr[0], 4));
  long t7 = DELAYC_RT_TASK_SPAWN("one", 6, 1, DELAYC_RT_DEP(DELAYC_RT_IN, arr[2]));
  long t8 = DELAYC_RT_TASK_SPAWN("all", 7, 1, DELAYC_RT_DEP_N(DELAYC_RT_IN, arr[0], 4));
  long t9 = DELAYC_RT_TASK_SPAWN0("parent", 8);
  DELAYC_RT_TASK_BEGIN_ID(t9, "parent", 8);
  long t10 = DELAYC_RT_TASK_SPAWN("child", 9, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x));   /* another parent */
  DELAYC_RT_TASK_END_ID(t9, "parent", 8);
  long t11 = 0;
  pthread_t th;
  pthread_create(&th, NULL, other_thread, &t11);
  pthread_join(th, NULL);
  long t12 = DELAYC_RT_TASK_SPAWN("odd", 10, 1, DELAYC_RT_DEP_S(DELAYC_RT_IN, arr[1], 3, 2 * sizeof arr[0]));
  long t13 = DELAYC_RT_TASK_SPAWN("even", 11, 1, DELAYC_RT_DEP_S(DELAYC_RT_OUT, arr[0], 4, 2 * sizeof arr[0]));

  CHECK(t1 == 1 && t13 == 13 && t11 == 11);
  CHECK(npred(t1) == 0);
  CHECK(npred(t2) == 1 && has_pred(t2, t1));
  CHECK(npred(t3) == 1 && has_pred(t3, t1));
  CHECK(npred(t4) == 2 && has_pred(t4, t2) && has_pred(t4, t3));
  CHECK(npred(t5) == 1 && has_pred(t5, t4));
  CHECK(npred(t6) == 0);
  CHECK(npred(t7) == 1 && has_pred(t7, t6));
  CHECK(npred(t8) == 1 && has_pred(t8, t6));
  CHECK(npred(t9) == 0 && npred(t10) == 0 && npred(t11) == 0);
  CHECK(npred(t12) == 1 && has_pred(t12, t6));   /* arr[1], arr[3] written by fill; arr[5] never */
  CHECK(npred(t13) == 2 && has_pred(t13, t7) && has_pred(t13, t8));   /* the readers of arr[0], arr[2] */
  long nNode, nEdge;
  delayc_rt__graph_counts(&nNode, &nEdge);
  CHECK(nNode == 13);
  CHECK(nEdge == 10);

  delayc_rt__graph_finish();
  char *z = slurp(getenv("DELAYC_GRAPH"));
  CHECK(z != NULL);
  if (!z) return;
  if (!bSummary) {
    CHECK(strncmp(z, "// delayc executed graph: 13 tasks, 10 edges\ndigraph delayc {\n", 62) == 0);
    CHECK(count(z, " -> ") == 10);
    CHECK(strstr(z, "t4 [label=\"w #4\\nline 1\"];") != NULL);
    CHECK(strstr(z, "t2 -> t4;") != NULL);
  } else {
    CHECK(strstr(z, "13 tasks, 10 edges (summarized per call site") != NULL);
    CHECK(strstr(z, "[label=\"w (line 1)\\n2 tasks\"];") != NULL);
    CHECK(strstr(z, "[label=\"r (line 2)\\n2 tasks\"];") != NULL);
    CHECK(count(z, "(line ") == 11);   /* 11 call sites */
  }
}

/* Runs the tasks announced so far (ids 1..n), one after another on this thread. */
static void run_tasks(long n) {
  for (long id = 1; id <= n; id++) {
    DELAYC_RT_TASK_BEGIN_ID(id, "t", 1);
    DELAYC_RT_TASK_END_ID(id, "t", 1);
  }
}

/* The "s" and "f" events of flow nId in trace z: their tids and timestamps. */
static int flow_half(const char *z, const char *zPh, long nId, int *pTid, double *pTs) {
  char zPat[96];
  snprintf(zPat, sizeof zPat, "\"ph\":%s,\"id\":%ld,\"pid\":1,\"tid\":", zPh, nId);
  const char *p = strstr(z, zPat);
  return p && sscanf(p + strlen(zPat), "%d,\"ts\":%lf", pTid, pTs) == 2;
}

static void flows_case(void) {
  CHECK(delayc_rt_flags & DC_RT_TRACE);
  long t1 = DELAYC_RT_TASK_SPAWN("w", 1, 1, DELAYC_RT_DEP(DELAYC_RT_OUT, x));
  long t2 = DELAYC_RT_TASK_SPAWN("r", 2, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x));
  long t3 = DELAYC_RT_TASK_SPAWN("r", 2, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x));
  long t4 = DELAYC_RT_TASK_SPAWN("w", 1, 1, DELAYC_RT_DEP(DELAYC_RT_OUT, x));   /* after t2 and t3 */
  CHECK(t1 == 1 && t2 == 2 && t3 == 3 && t4 == 4);
  run_tasks(4);
  delayc_rt__trace_finish();
  char *z = slurp(getenv("DELAYC_TRACE"));
  CHECK(z != NULL);
  if (!z) return;
  CHECK(count(z, "\"ph\":\"X\"") == 4);
  CHECK(count(z, "\"ph\":\"s\"") == 4);          /* 1->2, 1->3, 2->4, 3->4 */
  CHECK(count(z, "\"ph\":\"f\",\"bp\":\"e\"") == 4);
  for (long k = 1; k <= 4; k++) {
    int tidS, tidF;
    double tsS, tsF;
    CHECK(flow_half(z, "\"s\"", k, &tidS, &tsS));
    CHECK(flow_half(z, "\"f\",\"bp\":\"e\"", k, &tidF, &tsF));
    CHECK(tidS == 0 && tidF == 0 && tsS <= tsF);   /* one thread; the arrow goes forward */
  }
  CHECK(strstr(z, "\"interrupted_by\"") == NULL);
}

static void signal_case(void) {
  CHECK(delayc_rt_flags & DC_RT_TRACE);
  DELAYC_RT_TASK_SPAWN("w", 1, 1, DELAYC_RT_DEP(DELAYC_RT_OUT, x));
  DELAYC_RT_TASK_SPAWN("r", 2, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x));
  DELAYC_RT_TASK_SPAWN("r", 2, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x));
  run_tasks(3);
  delayc_rt__crit_enter();            /* as if growing a table when the signal lands */
  raise(SIGINT);
  fputs("deferred\n", stderr);
  delayc_rt__crit_leave();            /* the signal is raised again here */
  fputs("still running after SIGINT\n", stderr);
}

static void *trace_worker(void *unused) {
  (void)unused;
  for (int i = 0; i < NROUND; i++) {
    if (i % 2) {
      long id = DELAYC_RT_TASK_SPAWN0("spawned", __LINE__);
      DELAYC_RT_TASK_BEGIN_ID(id, "spawned", __LINE__);
      DELAYC_RT_TASK_BEGIN("nested \"quoted\"", __LINE__);   /* a task run inside another */
      DELAYC_RT_TASK_END("nested \"quoted\"", __LINE__);
      DELAYC_RT_TASK_END_ID(id, "spawned", __LINE__);
    } else {
      DELAYC_RT_TASK_BEGIN("plain", __LINE__);
      DELAYC_RT_TASK_END("plain", __LINE__);
    }
  }
  return NULL;
}

static void run_threads(void) {
  pthread_t aThread[NTHREAD];
  for (int i = 0; i < NTHREAD; i++) pthread_create(&aThread[i], NULL, trace_worker, NULL);
  for (int i = 0; i < NTHREAD; i++) pthread_join(aThread[i], NULL);
}

/* Ranges are resolved by their bytes, at a cost per page, not per element:
 * ranges of 40 million elements (never touched: only their addresses count)
 * with partial overlaps give exactly the edges OpenMP would. */
static void ranges_case(void) {
  const char *big = (const char *)(uintptr_t)0x10000000;   /* only addresses: never read */
  const long N = 40L * 1000 * 1000;
  #define AT(k) (*(const double *)(big + (k) * sizeof(double)))
  long a = DELAYC_RT_TASK_SPAWN("w0", 1, 1, DELAYC_RT_DEP_R(DELAYC_RT_OUT, AT(0), N));          /* [0, N) */
  long b = DELAYC_RT_TASK_SPAWN("r1", 2, 1, DELAYC_RT_DEP_R(DELAYC_RT_IN, AT(N / 2), N));       /* [N/2, 3N/2) */
  long c = DELAYC_RT_TASK_SPAWN("w2", 3, 1, DELAYC_RT_DEP_R(DELAYC_RT_OUT, AT(N + 10), 5));     /* in b's part past a */
  long d = DELAYC_RT_TASK_SPAWN("w3", 4, 1, DELAYC_RT_DEP_N(DELAYC_RT_INOUT, AT(7), 3));        /* elements 7..9 */
  long e = DELAYC_RT_TASK_SPAWN("r4", 5, 1, DELAYC_RT_DEP(DELAYC_RT_IN, AT(8)));
  long f = DELAYC_RT_TASK_SPAWN("s5", 6, 1, DELAYC_RT_DEP_S(DELAYC_RT_IN, AT(N - 4), 2, 2 * sizeof(double)));
  #undef AT
  CHECK(npred(a) == 0);
  CHECK(npred(b) == 1 && has_pred(b, a));
  CHECK(npred(c) == 1 && has_pred(c, b));    /* the reader since; a never wrote there */
  CHECK(npred(d) == 1 && has_pred(d, a));    /* [7, 10) was written by a, read by nobody since */
  CHECK(npred(e) == 1 && has_pred(e, d));
  CHECK(npred(f) == 1 && has_pred(f, a));    /* N-4 and N-2: a's, and not b's to write */
}

/* Many tasks reading one region between two writers: each reader's edge is
 * from the first writer; the second writer is drawn after the most recent
 * readers (READERS_MAX of them at most, exec_graph.c), the last one among
 * them; a read after it is after it alone.  The bytes stay one fragment a
 * page: the reads do not cut them. */
static void readers_case(void) {
  const char *big = (const char *)(uintptr_t)0x20000000;
  const long N = 100000, R = 10000;
  #define AT(k) (*(const double *)(big + (k) * sizeof(double)))
  long w = DELAYC_RT_TASK_SPAWN("w", 1, 1, DELAYC_RT_DEP_R(DELAYC_RT_OUT, AT(0), N));
  long first = 0, last = 0;
  int all_after_w = 1;
  for (long i = 0; i < R; i++) {
    last = DELAYC_RT_TASK_SPAWN("r", 2, 1, DELAYC_RT_DEP_R(DELAYC_RT_IN, AT(0), N));
    if (!first) first = last;
    all_after_w &= npred(last) == 1 && has_pred(last, w);
  }
  long w2 = DELAYC_RT_TASK_SPAWN("w2", 3, 1, DELAYC_RT_DEP_R(DELAYC_RT_OUT, AT(0), N));
  long r2 = DELAYC_RT_TASK_SPAWN("r2", 4, 1, DELAYC_RT_DEP(DELAYC_RT_IN, AT(N / 2)));
  #undef AT
  CHECK(all_after_w);
  CHECK(has_pred(w2, last) && !has_pred(w2, first) && npred(w2) <= 4096);
  CHECK(npred(r2) == 1 && has_pred(r2, w2));
}

static int child(const char *zCase) {
  if (!strcmp(zCase, "off")) {
    CHECK(delayc_rt_flags == 0);
    CHECK(DELAYC_RT_TASK_SPAWN("f", 1, 1, DELAYC_RT_DEP(DELAYC_RT_IN, x)) == 0);
    run_threads();
  } else if (!strcmp(zCase, "graph") || !strcmp(zCase, "summary")) {
    graph_case(!strcmp(zCase, "summary"));
  } else if (!strcmp(zCase, "trace")) {
    CHECK(delayc_rt_flags & DC_RT_TRACE);
    run_threads();
    delayc_rt__trace_finish();
    char *z = slurp(getenv("DELAYC_TRACE"));
    CHECK(z != NULL);
    int nTask = NTHREAD * NROUND / 2 * 3;
    CHECK(count(z, "\"ph\":\"X\"") == nTask);
    CHECK(count(z, "\"name\":\"nested \\\"quoted\\\"\"") == nTask / 3);
    CHECK(count(z, "\"thread_name\"") == NTHREAD);
  } else if (!strcmp(zCase, "flows")) {
    flows_case();
  } else if (!strcmp(zCase, "ranges")) {
    ranges_case();
  } else if (!strcmp(zCase, "readers")) {
    readers_case();
  } else if (!strcmp(zCase, "signal")) {
    signal_case();
  } else if (!strcmp(zCase, "unwritable")) {
    fputs("main ran\n", stderr);
  } else if (!strcmp(zCase, "progress")) {
    CHECK(delayc_rt_flags & DC_RT_PROGRESS);
    run_threads();
    long nS, nD;
    delayc_rt__progress_read(&nS, &nD);
    CHECK(nS == NTHREAD * NROUND / 2 * 3 && nD == nS);
  }
  return test_done();
}

/* Runs argv0 as a child for zCase with the "NAME=VALUE" settings of azEnv
 * (SIGINT at its default, whatever ours is); returns its wait status and its
 * stderr in zErr. */
static int run_child_status(const char *argv0, const char *zCase, const char **azEnv, char *zErr, size_t nErr) {
  int fd[2];
  if (pipe(fd) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd[1], 2);
    close(fd[0]);
    close(fd[1]);
    const char *azVar[] = { "DELAYC_STATS", "DELAYC_PROGRESS", "DELAYC_TRACE", "DELAYC_TRACE_SUMMARY",
                            "DELAYC_GRAPH", "DELAYC_GRAPH_LIMIT" };
    for (size_t i = 0; i < sizeof azVar / sizeof *azVar; i++) unsetenv(azVar[i]);
    for (int i = 0; azEnv[i]; i++) {
      char zName[64];
      const char *zEq = strchr(azEnv[i], '=');
      snprintf(zName, sizeof zName, "%.*s", (int)(zEq - azEnv[i]), azEnv[i]);
      setenv(zName, zEq + 1, 1);
    }
    signal(SIGINT, SIG_DFL);          /* a background shell may have left it ignored */
    execl("/proc/self/exe", argv0, "--child", zCase, (char *)NULL);
    execl(argv0, argv0, "--child", zCase, (char *)NULL);
    _exit(127);
  }
  close(fd[1]);
  size_t n = 0;
  ssize_t got;
  while (n + 1 < nErr && (got = read(fd[0], zErr + n, nErr - 1 - n)) > 0) n += (size_t)got;
  zErr[n] = '\0';
  close(fd[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

/* The same, for a child expected to exit: its exit status, or -1. */
static int run_child(const char *argv0, const char *zCase, const char **azEnv, char *zErr, size_t nErr) {
  int status = run_child_status(argv0, zCase, azEnv, zErr, nErr);
  int rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (rc != 0) fprintf(stderr, "case %s failed:\n%s", zCase, zErr);
  return rc;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--child") == 0) return child(argv[2]);

  static char zErr[1 << 16];
  char zGraph[64], zTrace[64];
  snprintf(zGraph, sizeof zGraph, "DELAYC_GRAPH=/tmp/delayc-test-%d.dot", (int)getpid());
  snprintf(zTrace, sizeof zTrace, "DELAYC_TRACE=/tmp/delayc-test-%d.json", (int)getpid());

  const char *azOff[] = { NULL };
  CHECK(run_child(argv[0], "off", azOff, zErr, sizeof zErr) == 0);
  CHECK(strcmp(zErr, "") == 0);

  const char *azGraph[] = { zGraph, NULL };
  CHECK(run_child(argv[0], "graph", azGraph, zErr, sizeof zErr) == 0);
  CHECK(strcmp(zErr, "") == 0);

  CHECK(run_child(argv[0], "ranges", azGraph, zErr, sizeof zErr) == 0);
  CHECK(strcmp(zErr, "") == 0);
  CHECK(run_child(argv[0], "readers", azGraph, zErr, sizeof zErr) == 0);
  CHECK(strcmp(zErr, "") == 0);

  const char *azSummary[] = { zGraph, "DELAYC_GRAPH_LIMIT=4", NULL };
  CHECK(run_child(argv[0], "summary", azSummary, zErr, sizeof zErr) == 0);

  const char *azTrace[] = { zTrace, NULL };
  CHECK(run_child(argv[0], "trace", azTrace, zErr, sizeof zErr) == 0);

  CHECK(run_child(argv[0], "flows", azTrace, zErr, sizeof zErr) == 0);
  {                                   /* one line says where the trace went, nothing else */
    char zWant[200];
    const char *zPath = zTrace + strlen("DELAYC_TRACE=");
    snprintf(zWant, sizeof zWant, "delayc: DELAYC_TRACE: 4 tasks written to '%s' (delayc report %s -o report.html)\n",
             zPath, zPath);
    CHECK(strcmp(zErr, zWant) == 0);
  }

  int status = run_child_status(argv[0], "signal", azTrace, zErr, sizeof zErr);
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT);   /* the signal's own status */
  CHECK(strstr(zErr, "deferred\n") != NULL);
  CHECK(strstr(zErr, "still running") == NULL);
  CHECK(strstr(zErr, "delayc: SIGINT: the trace holds the tasks finished so far") != NULL);
  char *zSig = slurp(zTrace + strlen("DELAYC_TRACE="));
  CHECK(zSig && strstr(zSig, "\"interrupted_by\":\"SIGINT\"") != NULL);
  CHECK(zSig && count(zSig, "\"ph\":\"X\"") == 3);
  CHECK(zSig && count(zSig, "\"ph\":\"s\"") == 2 && count(zSig, "\"ph\":\"f\"") == 2);
  CHECK(zSig && strstr(zSig, "\n]}\n") != NULL);   /* the file is whole */

  const char *azBadTrace[] = { "DELAYC_TRACE=/nonexistent-delayc-dir/t.json", NULL };
  status = run_child_status(argv[0], "unwritable", azBadTrace, zErr, sizeof zErr);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 125);
  CHECK(strstr(zErr, "delayc: DELAYC_TRACE: cannot write the trace to '/nonexistent-delayc-dir/t.json': "
                     "No such file or directory\n") != NULL);
  CHECK(strstr(zErr, "the program was not started (exit status 125)") != NULL);
  CHECK(strstr(zErr, "main ran") == NULL);
  const char *azBadGraph[] = { "DELAYC_GRAPH=/nonexistent-delayc-dir/g.dot", NULL };
  status = run_child_status(argv[0], "unwritable", azBadGraph, zErr, sizeof zErr);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 125);
  CHECK(strstr(zErr, "delayc: DELAYC_GRAPH: cannot write the graph to") != NULL);
  CHECK(strstr(zErr, "main ran") == NULL);

  const char *azProgress[] = { "DELAYC_PROGRESS=1", NULL };
  CHECK(run_child(argv[0], "progress", azProgress, zErr, sizeof zErr) == 0);
  char zWant[96];
  snprintf(zWant, sizeof zWant, "delayc: [####################] %d/%d tasks ", NTHREAD * NROUND / 2 * 3,
           NTHREAD * NROUND / 2 * 3);
  CHECK(strncmp(zErr, zWant, strlen(zWant)) == 0);   /* not a terminal: the final line only */
  CHECK(count(zErr, "\n") == 1 && strchr(zErr, '\r') == NULL && strchr(zErr, '\033') == NULL);

  unlink(zGraph + strlen("DELAYC_GRAPH="));
  unlink(zTrace + strlen("DELAYC_TRACE="));
  return test_done();
}
