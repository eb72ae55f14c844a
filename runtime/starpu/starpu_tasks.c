/* starpu_tasks.c — delayc's tasks on StarPU (one process) or StarPU-MPI (every
 * rank of an MPI job runs the same program); the model is delayc_starpu.h's.
 *
 *   boot/finish   StarPU (and MPI) start before main and stop at exit; ranks
 *                 other than 0 send stdout and stderr to /dev/null
 *   dcs_spawn     a task's regions become handles (starpu_data.c), the task
 *                 one generic codelet that calls the outlined function with its
 *                 argument block, inserted on every rank (starpu_mpi_task_insert
 *                 decides who runs it and what moves)
 *   dcs_wait*     regions back on every rank
 * A task spawned inside a task, or one whose regions are not all known, runs
 * in place (see the header).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <time.h>
#include <stdarg.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"
#include "starpu_internal.h"

int dcs__rank = 0, dcs__nranks = 1;
const int delayc_starpu_runtime = 1;   /* delayc_starpu.h refers to it: this file is linked */
FILE *dcs__err;
int dcs__log;

static int bUp;                       /* StarPU started */
static long nPlaced = -1;             /* dcs_place: the next task's rank, or -1 */
static long nSinceWait;               /* tasks spawned since the last full wait */
static unsigned long long uTrail = 1469598103934665603ull;   /* a hash of the tasks inserted so far */
static long nSpawned, nRun, nInline, nInPlace, nextRank;
static int bStats;

void dcs__fatal(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(dcs__err ? dcs__err : stderr, "delayc: rank %d: ", dcs__rank);
  vfprintf(dcs__err ? dcs__err : stderr, fmt, ap);
  fputc('\n', dcs__err ? dcs__err : stderr);
  va_end(ap);
#ifdef DELAYC_STARPU_MPI
  int up = 0;
  MPI_Initialized(&up);
  if (up) MPI_Abort(MPI_COMM_WORLD, 70);   /* every rank stops, without a core dump each */
#endif
  abort();
}

int delayc_rank(void) { return dcs__rank; }
int delayc_nranks(void) { return dcs__nranks; }

/* ---- the codelet ---- */

/* What the rank that runs a task gets: the function, its label, the regions'
 * addresses here (checked: StarPU hands the task this rank's own memory), and
 * the copy of the argument block. */
typedef struct Blob {
  void (*fn)(void *);
  const char *name;
  int line, nbuf;
  long id;
  size_t argsize;
  uintptr_t home[];                   /* nbuf of them, then the arguments, aligned */
} Blob;

static size_t args_offset(int nbuf) {
  size_t off = offsetof(Blob, home) + (size_t)nbuf * sizeof(uintptr_t);
  size_t al = alignof(max_align_t);
  return (off + al - 1) / al * al;
}

static void run_task(void *buffers[], void *cl_arg) {
  Blob *b = cl_arg;
  for (int i = 0; i < b->nbuf; i++)
    if ((uintptr_t)STARPU_VECTOR_GET_PTR(buffers[i]) != b->home[i])
      dcs__fatal("task '%s' (line %d): StarPU gave a copy of a region, not the memory itself", b->name, b->line);
  DELAYC_RT_TASK_BEGIN_ID(b->id, b->name, b->line);
  b->fn((char *)b + args_offset(b->nbuf));
  DELAYC_RT_TASK_END_ID(b->id, b->name, b->line);
  __atomic_fetch_add(&nRun, 1, __ATOMIC_RELAXED);
}

static struct starpu_codelet clTask = {
  .cpu_funcs = { run_task },
  .nbuffers = STARPU_VARIABLE_NBUFFERS,
  .name = "delayc_task",
};

/* ---- regions ---- */

/* The bytes a dependence names, or 0 when its extent is not known. */
static int extent_of(const delayc_rt_dep *d, Extent *e) {
  if (!d->addr || d->count < 0 || d->size <= 0) return 0;
  uintptr_t lo = (uintptr_t)d->addr, len = (uintptr_t)d->count * (uintptr_t)d->size;
  uintptr_t span = len;
  if (d->rows > 1) {
    if (d->stride <= 0) return 0;
    span = (uintptr_t)(d->rows - 1) * (uintptr_t)d->stride + len;
  }
  e->lo = lo;
  e->hi = lo + span;
  e->write = d->mode != DELAYC_RT_IN;
  return e->hi >= e->lo;
}

/* A task's extents, the empty ones left out and the meeting ones made one
 * (their union, writing if either writes); -1 when one is not known. */
static int task_extents(int ndep, const delayc_rt_dep *dep, Extent *e) {
  int n = 0;
  for (int i = 0; i < ndep; i++) {
    Extent x;
    if (!extent_of(&dep[i], &x)) return -1;
    if (x.lo == x.hi) continue;
    for (int again = 1; again;) {
      again = 0;
      for (int k = 0; k < n; k++)
        if (e[k].lo < x.hi && x.lo < e[k].hi) {
          x.lo = e[k].lo < x.lo ? e[k].lo : x.lo;
          x.hi = e[k].hi > x.hi ? e[k].hi : x.hi;
          x.write |= e[k].write;
          e[k] = e[--n];
          again = 1;
          break;
        }
    }
    e[n++] = x;
  }
  return n;
}

/* ---- spawning ---- */

/* Every rank must insert the same tasks in the same order (ordinary code is
 * replicated): each keeps a hash of the tasks' labels, lines and region sizes,
 * and the waits compare them, so that ranks that went different ways (the
 * clock, the process id, a file one rank changed) stop with a message instead
 * of exchanging the wrong data. */
static void trail_add(unsigned long long x) { uTrail = (uTrail ^ x) * 1099511628211ull; }

static void trail(const char *name, int line, int ndep, const delayc_rt_dep *dep) {
  for (const char *p = name; *p; p++) trail_add((unsigned char)*p);
  trail_add((unsigned long long)line);
  for (int i = 0; i < ndep; i++)
    trail_add((unsigned long long)dep[i].count * (unsigned long long)dep[i].size * 4u + (unsigned)dep[i].mode);
}

#ifdef DELAYC_STARPU_MPI
void dcs__mpi_wait(MPI_Request *req) {
  long ns = 1000;
  for (int done = 0;;) {
    MPI_Test(req, &done, MPI_STATUS_IGNORE);
    if (done) return;
    nanosleep(&(struct timespec){ 0, ns }, NULL);
    if (ns < 1000000) ns *= 2;         /* 1 us, doubling, to 1 ms */
  }
}
#endif

static void check_trail(void) {
#ifdef DELAYC_STARPU_MPI
  unsigned long long mine[2] = { uTrail, ~uTrail }, most[2];
  MPI_Request req;
  MPI_Iallreduce(mine, most, 2, MPI_UNSIGNED_LONG_LONG, MPI_MAX, MPI_COMM_WORLD, &req);
  dcs__mpi_wait(&req);
  if (most[0] != ~most[1])
    dcs__fatal("the ranks spawned different tasks (%ld so far here): ordinary code went different ways on "
               "different ranks (the clock, the process id, standard input, a file one rank changed); "
               "see docs/starpu.md", nSpawned);
#endif
}

static int in_task(void) { return starpu_worker_get_id() >= 0; }

long dcs_spawn(const char *name, int line, void (*fn)(void *), const void *arg, size_t argsize,
               int ndep, const delayc_rt_dep *dep) {
  if (!bUp) dcs__fatal("task '%s' spawned before StarPU started or after it stopped", name);
  if (in_task()) {                    /* its parent's rank, inline, in order */
    __atomic_fetch_add(&nInline, 1, __ATOMIC_RELAXED);
    fn((void *)arg);
    return 0;
  }
  nSpawned++;
  nSinceWait++;
  trail(name, line, ndep, dep);
  long placed = nPlaced;              /* dcs_place: this task's, not a later one's */
  nPlaced = -1;
  Extent *e = malloc(((size_t)ndep + 1) * sizeof *e);
  starpu_data_handle_t *h = malloc(((size_t)ndep + 1) * sizeof *h);
  int *own = malloc(((size_t)ndep + 1) * sizeof *own);
  if (!e || !h || !own) dcs__fatal("out of memory");
  int n = task_extents(ndep, dep, e);
  if (n < 0) {                        /* not all known: in place, on every rank */
    dcs_wait();
    nInPlace++;
    fn((void *)arg);
    free(e), free(h), free(own);
    return 0;
  }
  /* where it runs: on rank 0 when it uses a resource (DELAYC_RT_DEP_RANK0);
   * else where the data a task made already is — the owner of the
   * largest such region it writes, else of the largest it reads (what no task
   * wrote is on every rank); a task on new values: the next rank in turn */
  int wrank = -1, rrank = -1;
  uintptr_t wbest = 0, rbest = 0;
  for (int i = 0; i < n; i++) {
    int made;
    if (!dcs__data_find(e[i].lo, e[i].hi, &h[i], &own[i], &made)) { h[i] = NULL; continue; }
    uintptr_t len = e[i].hi - e[i].lo;
    if (made && e[i].write && len > wbest) wbest = len, wrank = own[i];
    if (made && !e[i].write && len > rbest) rbest = len, rrank = own[i];
  }
  int rank = wrank >= 0 ? wrank : rrank >= 0 ? rrank : (int)(nextRank++ % dcs__nranks);
  if (placed >= 0) rank = (int)(placed % dcs__nranks);   /* DELAYED_RANK */
  for (int i = 0; i < ndep; i++)
    if (dep[i].region == 2) rank = 0;   /* the console, files: rank 0's, where output is real */
  struct starpu_data_descr *dd = malloc(((size_t)n + 1) * sizeof *dd);
  if (!dd) dcs__fatal("out of memory");
  for (int i = 0; i < n; i++) {
    if (!h[i]) h[i] = dcs__data_new(e[i].lo, e[i].hi, rank);
    dd[i].handle = h[i];
    dd[i].mode = e[i].write ? STARPU_RW : STARPU_R;
    dcs__data_use(e[i].lo, e[i].hi, rank, e[i].write);
  }
  Blob *b = NULL;
  size_t bsize = 0;
  long id = 0;
  if (rank == dcs__rank) {
    bsize = args_offset(n) + argsize;
    b = malloc(bsize);
    if (!b) dcs__fatal("out of memory");
    if (DELAYC_RT__ON()) id = delayc_rt_task_spawn(name, line, ndep, dep);
    *b = (Blob){ fn, name, line, n, id, argsize };
    for (int i = 0; i < n; i++) b->home[i] = e[i].lo;
    if (argsize) memcpy((char *)b + args_offset(n), arg, argsize);
  }
#ifdef DELAYC_STARPU_MPI
  int rc = starpu_mpi_task_insert(MPI_COMM_WORLD, &clTask, STARPU_DATA_MODE_ARRAY, dd, n,
                                  STARPU_EXECUTE_ON_NODE, rank, STARPU_CL_ARGS, b, bsize,
                                  STARPU_NAME, name, 0);
#else
  int rc = starpu_task_insert(&clTask, STARPU_DATA_MODE_ARRAY, dd, n, STARPU_CL_ARGS, b, bsize,
                              STARPU_NAME, name, 0);
#endif
  if (rc != 0) dcs__fatal("task '%s' (line %d): StarPU refused it (%d)", name, line, rc);
  if (dcs__log) {
    fprintf(dcs__err, "delayc: rank %d: task '%s' (line %d) on rank %d:", dcs__rank, name, line, rank);
    for (int i = 0; i < n; i++)
#ifdef DELAYC_STARPU_MPI
      fprintf(dcs__err, " %s tag %ld", e[i].write ? "rw" : "r", (long)starpu_mpi_data_get_tag(h[i]));
#else
      fprintf(dcs__err, " %s [%#lx, +%lu)", e[i].write ? "rw" : "r", (unsigned long)e[i].lo,
              (unsigned long)(e[i].hi - e[i].lo));
#endif
    fputc('\n', dcs__err);
  }
  if (rank != dcs__rank) free(b);     /* not this rank's: no task took it */
  free(e), free(h), free(own), free(dd);
  return id;
}

void dcs_place(long rank) {
  if (!in_task()) nPlaced = rank < 0 ? -rank : rank;
}

/* A wait with nothing to bring back — no region registered (or none that
 * meets), no task since the last full wait — is local: every rank knows it
 * alike, and a wait inside a loop of ordinary code costs no collective. */
void dcs_wait(void) {
  if (!bUp || in_task()) return;
  if (!nSinceWait && !dcs__data_meets(0, 0)) return;
  check_trail();
  dcs__data_retire(0, 0);
  starpu_task_wait_for_all();         /* tasks without regions too */
  nSinceWait = 0;
}

void dcs_wait_regions(int ndep, const delayc_rt_dep *dep) {
  if (!bUp || in_task()) return;
  int meets = 0;
  for (int i = 0; i < ndep; i++) {
    Extent x;
    if (!extent_of(&dep[i], &x)) {
      dcs_wait();
      return;
    }
    meets |= x.lo < x.hi && dcs__data_meets(x.lo, x.hi);
  }
  if (!meets) return;
  check_trail();
  for (int i = 0; i < ndep; i++) {
    Extent x;
    if (extent_of(&dep[i], &x) && x.lo < x.hi) dcs__data_retire(x.lo, x.hi);
  }
}

void dcs_in_place(void) {
  if (!bUp || in_task()) return;
  dcs_wait();
  nInPlace++;
}

/* ---- start and stop ---- */

/* At exit, on every rank: a full wait, the statistics, StarPU (and MPI)
 * stopped.  A task that calls exit() ends the job with its status, as it ends
 * the serial program (StarPU cannot be stopped from inside one of its tasks). */
static void finish(int status, void *arg) {
  (void)arg;
  if (!bUp) return;
  if (in_task()) {
    fflush(NULL);
#ifdef DELAYC_STARPU_MPI
    MPI_Abort(MPI_COMM_WORLD, status);
#endif
    _exit(status);
  }
  dcs_wait();
  fflush(stdout);
  if (bStats) {
    long reg, ret, begun, peak;
    dcs__data_counts(&reg, &ret);
    delayc_rt__stats_read(&begun, &peak);
    fprintf(dcs__err, "delayc: rank %d tasks=%ld peak-concurrency=%ld spawned=%ld inline=%ld in-place=%ld regions=%ld\n",
            dcs__rank, __atomic_load_n(&nRun, __ATOMIC_RELAXED), peak, nSpawned, nInline, nInPlace, reg);
    fflush(dcs__err);
  }
  bUp = 0;
#ifdef DELAYC_STARPU_MPI
  starpu_mpi_shutdown();
  MPI_Finalize();
#else
  starpu_shutdown();
#endif
}

__attribute__((constructor)) static void boot(void) {
  setenv("STARPU_SILENT", "1", 0);
  struct starpu_conf conf;
  starpu_conf_init(&conf);
  /* CPU workers: DELAYC_NUM_THREADS, else OMP_NUM_THREADS, else one per online
   * CPU (StarPU-MPI would keep one CPU for its communication thread, which
   * mostly waits: on two cores that halves the work). */
  const char *z = getenv("DELAYC_NUM_THREADS");
  if (!z || atoi(z) <= 0) z = getenv("OMP_NUM_THREADS");
  long ncpu = z && atoi(z) > 0 ? atoi(z) : sysconf(_SC_NPROCESSORS_ONLN);
  conf.ncpus = ncpu > 0 ? (int)ncpu : 1;
  conf.reserve_ncpus = 0;
  conf.ncuda = 0;
  conf.nopencl = 0;
#ifdef DELAYC_STARPU_MPI
  /* the main thread broadcasts the regions a wait brings back (starpu_data.c)
   * while StarPU-MPI's thread communicates: MPI must take calls from both */
  int provided = 0;
  MPI_Init_thread(NULL, NULL, MPI_THREAD_MULTIPLE, &provided);
  if (provided < MPI_THREAD_MULTIPLE) dcs__fatal("this MPI does not support MPI_THREAD_MULTIPLE, which delayc needs");
  int rc = starpu_mpi_init_conf(NULL, NULL, 0, MPI_COMM_WORLD, &conf);
#else
  int rc = starpu_init(&conf);
#endif
  int fd = dup(2);
  dcs__err = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (!dcs__err) dcs__err = stderr;
  setvbuf(dcs__err, NULL, _IOLBF, 0);
  if (rc != 0) dcs__fatal("StarPU did not start (%d)", rc);
#ifdef DELAYC_STARPU_MPI
  dcs__rank = starpu_mpi_world_rank();
  dcs__nranks = starpu_mpi_world_size();
#endif
  /* stdout fully buffered, as a program's is when its output goes to a file
   * or a pipe: mpirun gives each rank a terminal, whose line buffering made a
   * program that mixes printf with write(1, ...) print in another order than
   * its serial build does into a file.  (fflush shows progress.) */
#ifdef DELAYC_STARPU_MPI
  setvbuf(stdout, NULL, _IOFBF, BUFSIZ);
#endif
  if (dcs__rank != 0) {               /* what the program prints, rank 0 prints */
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) {
      dup2(null, 1);
      dup2(null, 2);
      close(null);
    }
  }
  const char *s = getenv("DELAYC_STATS");
  bStats = s && *s && strcmp(s, "0");
  if (bStats) delayc_rt__stats_silence();
  s = getenv("DELAYC_STARPU_LOG");
  dcs__log = s && *s && strcmp(s, "0");
  bUp = 1;
  on_exit(finish, NULL);
}
