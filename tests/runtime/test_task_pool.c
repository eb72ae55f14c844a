/* test_task_pool.c — unit tests of the pthreads scheduler (runtime/task_pool.c,
 * delayc_task.h): results equal to the serial computation, whatever the order
 * the pool picks, for the dependency patterns delayc emits.
 *   chain     1000 tasks INOUT on one variable: x = 3x+1 mod p, in order
 *   seed      inc/dbl/add per item (slots), then sum over the range (iterator
 *             dependency over the outputs)
 *   readers   200 readers of a value, then a writer: the writer sees every
 *             reader done; then readers of the new value see it
 *   nested    fib(18) with tasks spawning tasks and waiting (recursion)
 *   stride    writers of every other element, then one reader of them
 *   rows      blocks of rows of one matrix: a block meeting another at one
 *             element waits for it; one beside it (rows interleaved within
 *             the first's hull, no element shared) runs at the same time
 *   graph     DELAYC_GRAPH in a child: the seed over 5 items is 16 nodes, 15 edges
 *   meet      two tasks that can only finish together (each waits for the other
 *             to start), 50 times after the workers fell asleep: a worker must
 *             wake up and steal one of them (no lost wake-up, stealing works)
 *   window    20,000 writers of their own element, each followed later by a
 *             reader of the element written 1000 spawns before, and INOUT
 *             tasks on 64 counters: the dependency table drops finished
 *             tasks' entries as it goes, and no edge may be lost
 *   restart   the pool stopped, started again with another count, used
 * Run with 4 threads (more than the machine's cores: preemption in the middle
 * of everything), under ASan+UBSan and TSan too (ctest tsan.runtime).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "delayc_task.h"
#include "rt_internal.h"
#include "test.h"

/* ---- chain ---- */
static long x;
static void step(void *p) { x = (x * 3 + *(long *)p) % 1000003; }

static void chain(void) {
  long want = 1;
  x = 1;
  for (long i = 0; i < 1000; i++) {
    want = (want * 3 + i) % 1000003;
    delayc_rt_dep d[] = { DELAYC_RT_DEP(DELAYC_RT_INOUT, x) };
    dct_spawn("step", __LINE__, step, &i, sizeof i, 1, d);
  }
  dct_wait();
  CHECK(x == want);
}

/* ---- seed ---- */
enum { NSEED = 500 };
typedef struct { int in; int *out; } Un;
typedef struct { int *a, *b, *out; } Bin;
typedef struct { int *v; int n; long *out; } Sum;
static void inc(void *p) { Un *u = p; *u->out = u->in + 1; }
static void dbl(void *p) { Un *u = p; *u->out = u->in * 2; }
static void add(void *p) { Bin *b = p; *b->out = *b->a + *b->b; }
static void sum(void *p) {
  Sum *s = p;
  long t = 0;
  for (int i = 0; i < s->n; i++) t += s->v[i];
  *s->out = t;
}

static long seed(int n) {
  static int a[NSEED], b[NSEED], out[NSEED];
  static long total;
  for (int i = 0; i < n; i++) {
    Un ua = { i + 1, &a[i] }, ub = { i + 1, &b[i] };
    delayc_rt_dep da[] = { DELAYC_RT_DEP(DELAYC_RT_OUT, a[i]) };
    dct_spawn("inc", 1, inc, &ua, sizeof ua, 1, da);
    delayc_rt_dep db[] = { DELAYC_RT_DEP(DELAYC_RT_OUT, b[i]) };
    dct_spawn("dbl", 2, dbl, &ub, sizeof ub, 1, db);
    Bin bin = { &a[i], &b[i], &out[i] };
    delayc_rt_dep dc[] = { DELAYC_RT_DEP(DELAYC_RT_IN, a[i]), DELAYC_RT_DEP(DELAYC_RT_IN, b[i]),
                           DELAYC_RT_DEP(DELAYC_RT_OUT, out[i]) };
    dct_spawn("add", 3, add, &bin, sizeof bin, 3, dc);
  }
  Sum s = { out, n, &total };
  delayc_rt_dep ds[] = { DELAYC_RT_DEP_N(DELAYC_RT_IN, out[0], n), DELAYC_RT_DEP(DELAYC_RT_OUT, total) };
  dct_spawn("sum", 4, sum, &s, sizeof s, 2, ds);
  dct_wait();
  return total;
}

/* ---- readers then a writer ---- */
static long value;
static atomic_int nRead, nSawNew;
static int writerSawAll;
static void reader(void *p) {
  (void)p;
  struct timespec ts = { 0, 10000 };
  nanosleep(&ts, NULL);
  atomic_fetch_add(&nRead, 1);
}
static void writer(void *p) {
  writerSawAll = atomic_load(&nRead) == *(int *)p;
  value = 42;
}
static void reader2(void *p) {
  (void)p;
  if (value == 42) atomic_fetch_add(&nSawNew, 1);
}

static void readers(void) {
  int n = 200;
  delayc_rt_dep in[] = { DELAYC_RT_DEP(DELAYC_RT_IN, value) };
  delayc_rt_dep out[] = { DELAYC_RT_DEP(DELAYC_RT_OUT, value) };
  for (int i = 0; i < n; i++) dct_spawn("read", 5, reader, NULL, 0, 1, in);
  dct_spawn("write", 6, writer, &n, sizeof n, 1, out);
  for (int i = 0; i < n; i++) dct_spawn("read2", 7, reader2, NULL, 0, 1, in);
  dct_wait();
  CHECK(atomic_load(&nRead) == n);
  CHECK(writerSawAll);
  CHECK(atomic_load(&nSawNew) == n);
}

/* ---- nested: fib ---- */
typedef struct { int n; long *out; } Fib;
static void fib(void *p) {
  Fib *f = p;
  if (f->n < 2) { *f->out = f->n; return; }
  long a, b;
  Fib fa = { f->n - 1, &a }, fb = { f->n - 2, &b };
  dct_spawn("fib", 8, fib, &fa, sizeof fa, 0, NULL);
  dct_spawn("fib", 8, fib, &fb, sizeof fb, 0, NULL);
  dct_wait();
  *f->out = a + b;
}

/* ---- strided ranges ---- */
static int ev[16];
static int evenSum;
static void set(void *p) { int i = *(int *)p; ev[i] = i; }
static void sum_even(void *p) {
  (void)p;
  for (int i = 0; i < 16; i += 2) evenSum += ev[i];
}

static void stride(void) {
  for (int i = 0; i < 16; i += 2) {
    delayc_rt_dep d[] = { DELAYC_RT_DEP(DELAYC_RT_OUT, ev[i]) };
    dct_spawn("set", 9, set, &i, sizeof i, 1, d);
  }
  delayc_rt_dep d[] = { DELAYC_RT_DEP_S(DELAYC_RT_IN, ev[0], 8, 2 * sizeof ev[0]) };
  dct_spawn("sum_even", 10, sum_even, NULL, 0, 1, d);
  dct_wait();
  CHECK(evenSum == 0 + 2 + 4 + 6 + 8 + 10 + 12 + 14);
}

/* ---- rows: blocks of rows compared row by row ----
 * m is 8 x 8.  A writes rows 0-2, columns 0-3 once C has started; C writes
 * rows 0-2, columns 4-7 (inside A's hull, no element of A's): they must run
 * at once.  B updates rows 2-3, columns 3-4, meeting A at m[2][3] only: it
 * runs after A. */
static int mat[64];
static atomic_int cStarted, aTimeout;
static void block_a(void *p) {
  (void)p;
  struct timespec t0, t;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  while (!atomic_load(&cStarted)) {
    clock_gettime(CLOCK_MONOTONIC, &t);
    if (t.tv_sec - t0.tv_sec > 10) { atomic_store(&aTimeout, 1); break; }
  }
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++) mat[r * 8 + c] = 1;
}
static void block_c(void *p) {
  (void)p;
  atomic_store(&cStarted, 1);
  for (int r = 0; r < 3; r++)
    for (int c = 4; c < 8; c++) mat[r * 8 + c] = 2;
}
static void block_b(void *p) {
  (void)p;
  for (int r = 2; r < 4; r++)
    for (int c = 3; c < 5; c++) mat[r * 8 + c] = mat[r * 8 + c] * 10 + 5;
}

static void rows(void) {
  delayc_rt_dep a = { &mat[0], 4, sizeof mat[0], DELAYC_RT_OUT, 1, 3, 8 * sizeof mat[0] };
  delayc_rt_dep c = { &mat[4], 4, sizeof mat[0], DELAYC_RT_OUT, 1, 3, 8 * sizeof mat[0] };
  delayc_rt_dep b = { &mat[2 * 8 + 3], 2, sizeof mat[0], DELAYC_RT_INOUT, 1, 2, 8 * sizeof mat[0] };
  dct_spawn("block_a", 11, block_a, NULL, 0, 1, &a);
  dct_spawn("block_c", 12, block_c, NULL, 0, 1, &c);
  dct_spawn("block_b", 13, block_b, NULL, 0, 1, &b);
  dct_wait();
  CHECK(!atomic_load(&aTimeout));     /* C did not wait for A */
  CHECK(mat[2 * 8 + 3] == 15);        /* B after A: 1 * 10 + 5 */
  CHECK(mat[2 * 8 + 4] == 25);        /* B after C: 2 * 10 + 5 */
  CHECK(mat[3 * 8 + 3] == 5);
}

/* ---- meet: two tasks that must run at the same time ---- */
static atomic_int nArrived, meetTimeout;
static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}
static void meet_one(void *p) {
  (void)p;
  atomic_fetch_add(&nArrived, 1);
  double t0 = now_s();
  while (atomic_load(&nArrived) < 2)
    if (now_s() - t0 > 10) {          /* nobody came: report, do not hang */
      atomic_store(&meetTimeout, 1);
      return;
    }
}

static void meet(void) {
  for (int r = 0; r < 50; r++) {
    struct timespec ts = { 0, 2000000 };   /* 2 ms: the idle workers go to sleep */
    nanosleep(&ts, NULL);
    atomic_store(&nArrived, 0);
    dct_spawn("meet", 11, meet_one, NULL, 0, 0, NULL);
    dct_spawn("meet", 11, meet_one, NULL, 0, 0, NULL);
    dct_wait();
    CHECK(!atomic_load(&meetTimeout));
    if (atomic_load(&meetTimeout)) break;
  }
}

/* ---- window: a long run of spawns through a dependency table that prunes ---- */
enum { NWIN = 20000, LAG = 1000, NCTR = 64 };
static int win[NWIN];
static atomic_int winBad;
static long ctr[NCTR];
typedef struct { int i; } WinArg;
static void win_write(void *p) { int i = ((WinArg *)p)->i; win[i] = i + 1; }
static void win_read(void *p) {
  int i = ((WinArg *)p)->i;
  if (win[i] != i + 1) atomic_fetch_add(&winBad, 1);
}
static void win_count(void *p) { int i = ((WinArg *)p)->i; ctr[i % NCTR] += i; }

static void window(void) {
  memset(win, 0, sizeof win);
  memset(ctr, 0, sizeof ctr);
  long want[NCTR] = { 0 };
  for (int i = 0; i < NWIN; i++) {
    WinArg a = { i };
    delayc_rt_dep dw[] = { DELAYC_RT_DEP(DELAYC_RT_OUT, win[i]) };
    dct_spawn("win_write", 12, win_write, &a, sizeof a, 1, dw);
    delayc_rt_dep dc[] = { DELAYC_RT_DEP(DELAYC_RT_INOUT, ctr[i % NCTR]) };
    dct_spawn("win_count", 13, win_count, &a, sizeof a, 1, dc);
    want[i % NCTR] += i;
    if (i >= LAG) {
      WinArg b = { i - LAG };
      delayc_rt_dep dr[] = { DELAYC_RT_DEP(DELAYC_RT_IN, win[i - LAG]) };
      dct_spawn("win_read", 14, win_read, &b, sizeof b, 1, dr);
    }
  }
  dct_wait();
  CHECK(atomic_load(&winBad) == 0);
  int same = 1;
  for (int k = 0; k < NCTR; k++) same &= ctr[k] == want[k];
  CHECK(same);
}

static int child_graph(void) {
  CHECK(seed(5) == 5 * 6 / 2 + 5 + 2 * (5 * 6 / 2));
  dct_stop();
  long nNode, nEdge;
  delayc_rt__graph_counts(&nNode, &nEdge);
  CHECK(nNode == 16);
  CHECK(nEdge == 15);
  return test_done();
}

int main(int argc, char **argv) {
  if (argc == 2 && !strcmp(argv[1], "--graph")) return child_graph();
  CHECK(dct_start(4) == 4);
  CHECK(dct_num_threads() == 4);
  CHECK(dct_start(3) == -1);
  chain();
  long want = 0;
  for (int i = 0; i < NSEED; i++) want += (i + 2) + 2 * (i + 1);
  CHECK(seed(NSEED) == want);
  readers();
  long f = 0;
  Fib top = { 18, &f };
  dct_spawn("fib", 8, fib, &top, sizeof top, 0, NULL);
  dct_wait();
  CHECK(f == 2584);
  stride();
  rows();
  meet();
  window();
  dct_stop();
  CHECK(dct_num_threads() == 0);

  /* started again with another count: the same work still runs */
  CHECK(dct_start(2) == 2);
  chain();
  window();
  dct_stop();
  CHECK(dct_num_threads() == 0);

  /* the instruments see the pool's tasks and their dependencies */
  pid_t pid = fork();
  if (pid == 0) {
    setenv("DELAYC_GRAPH", "/dev/null", 1);
    setenv("DELAYC_NUM_THREADS", "2", 1);
    execl("/proc/self/exe", argv[0], "--graph", (char *)NULL);
    _exit(127);
  }
  int st = 0;
  waitpid(pid, &st, 0);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  return test_done();
}
