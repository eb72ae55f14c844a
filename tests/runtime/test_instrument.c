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
 *   summary   the same past DELAYC_GRAPH_LIMIT=4: one node per call site
 *   trace     DELAYC_TRACE=F: NTHREAD pthreads run NROUND tasks each; the file
 *             holds one complete event per task
 *   progress  DELAYC_PROGRESS=1 with stderr on a pipe: the final line counts
 *             every task
 * Run under ASan+UBSan (tests/sanitize) and TSan (tests/runtime: ctest tsan.runtime).
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
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
  } else if (!strcmp(zCase, "progress")) {
    CHECK(delayc_rt_flags & DC_RT_PROGRESS);
    run_threads();
    long nS, nD;
    delayc_rt__progress_read(&nS, &nD);
    CHECK(nS == NTHREAD * NROUND / 2 * 3 && nD == nS);
  }
  return test_done();
}

/* Runs argv0 as a child for zCase with the "NAME=VALUE" settings of azEnv;
 * returns its exit status and its stderr in zErr. */
static int run_child(const char *argv0, const char *zCase, const char **azEnv, char *zErr, size_t nErr) {
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

  const char *azSummary[] = { zGraph, "DELAYC_GRAPH_LIMIT=4", NULL };
  CHECK(run_child(argv[0], "summary", azSummary, zErr, sizeof zErr) == 0);

  const char *azTrace[] = { zTrace, NULL };
  CHECK(run_child(argv[0], "trace", azTrace, zErr, sizeof zErr) == 0);

  const char *azProgress[] = { "DELAYC_PROGRESS=1", NULL };
  CHECK(run_child(argv[0], "progress", azProgress, zErr, sizeof zErr) == 0);
  char zWant[64];
  snprintf(zWant, sizeof zWant, "] %d/%d tasks ", NTHREAD * NROUND / 2 * 3, NTHREAD * NROUND / 2 * 3);
  CHECK(strstr(zErr, zWant) != NULL);
  CHECK(strstr(zErr, "delayc: [####################]") != NULL);
  CHECK(count(zErr, "\n") <= 2);   /* not a terminal: at most one line a second, and this takes less */

  unlink(zGraph + strlen("DELAYC_GRAPH="));
  unlink(zTrace + strlen("DELAYC_TRACE="));
  return test_done();
}
