/* task_pool.c — the runtime's own scheduler (delayc_task.h): tasks with
 * OpenMP-style dependencies on a pool of pthreads, no OpenMP.
 *
 * A task: its function, a copy of its argument block (inline, after the
 * struct), a count of unfinished predecessors, the list of its successors,
 * and — as a parent — a count of unfinished children, the list of them (freed
 * at the wait), and the dependency table of its children: address -> last
 * writer and the readers since.  Only the thread running a task spawns its
 * children, so that table needs no lock; `done` and the successor list of a
 * task live under that task's own spin lock (no global lock on the spawn or
 * finish path).  A thread outside any task spawns as the child of its own
 * root task (thread-local).
 *
 * Ready tasks: one deque per thread of the pool (deque 0 is shared by the
 * threads outside the pool, the thread that started it among them), each
 * under its own light spin lock with its size readable without it.  The owner
 * pushes and pops at the bottom (LIFO: a successor made ready, a child about
 * to be waited for, run next while hot); an idle thread steals the oldest task
 * from the top of another deque (FIFO), skipping empty deques without locking.
 * A thread with nothing to run spins briefly, then sleeps on one condition
 * variable; the mutex and the variable are only touched when somebody sleeps:
 * a sleeper counts itself in nSleeping (under smu) and then looks once more
 * for work and for what it waits for; a pusher publishes the task and then
 * reads nSleeping (both sequentially consistent, so one of them sees the
 * other) and signals one sleeper under smu.  A waiter woken for work that
 * leaves because its own children are done passes the signal on.  The
 * finish of a parent's last child broadcasts (waiters wait for that).  A
 * finishing task hands its first newly ready successor to its own thread
 * directly (run's loop), the others go to the deque.
 *
 * Counting: npred starts at 1 (the spawn itself) so a task cannot start while
 * its edges are still being added; nchild is decremented after the finishing
 * thread is done with the task, so the parent may free it right then.  The
 * dependency table drops the entries whose tasks are all done when it would
 * grow, so it stays the size of the live part of the graph (a loop spawning
 * 200,000 independent tasks no longer walks a table of 200,000 addresses, one
 * cache miss per spawn); it is freed at the wait.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "delayc_task.h"

typedef struct Task Task;

typedef struct DepEntry {
  uintptr_t addr;                     /* 0: empty slot */
  Task *writer;
  Task **rd;
  int nRd, capRd;
} DepEntry;

/* A region a child touches, compared by overlap with later children's
 * regions: [lo, hi), or rows > 1 blocks of len bytes, stride apart, from lo
 * (hi: the end of the last). */
typedef struct Region { uintptr_t lo, hi; int write; Task *t; long rows; uintptr_t stride, len; } Region;

/* Do the bytes of a and b meet?  Blocks of rows with one stride meet where
 * some row of one meets some row of the other: row m of b starts delta + j *
 * stride after row k of a (j = m - k), and meets it when that is in (-lenb,
 * lena).  Other shapes: their hulls. */
static int regions_meet(const Region *a, const Region *b) {
  if (!(a->hi > b->lo && b->hi > a->lo)) return 0;
  if (a->rows <= 1 && b->rows <= 1) return 1;
  long ra = a->rows > 1 ? a->rows : 1, rb = b->rows > 1 ? b->rows : 1;
  uintptr_t sa = a->rows > 1 ? a->stride : 0, sb = b->rows > 1 ? b->stride : 0;
  uintptr_t la = a->rows > 1 ? a->len : a->hi - a->lo, lb = b->rows > 1 ? b->len : b->hi - b->lo;
  uintptr_t s = sa ? sa : sb;
  if ((sa && sb && sa != sb) || !s || la > s || lb > s || s > (uintptr_t)1 << 40) return 1;   /* the hulls meet */
  long long delta = (long long)(b->lo - a->lo), S = (long long)s;
  /* j in [-(ra - 1), rb - 1] with -lb < delta + j * S < la */
  long long lo = -(long long)lb - delta + 1, hi = (long long)la - delta - 1;   /* j * S in [lo, hi] */
  long long jmin = lo >= 0 ? (lo + S - 1) / S : -((-lo) / S);
  long long jmax = hi >= 0 ? hi / S : -((-hi + S - 1) / S);
  if (jmin < -(ra - 1)) jmin = -(ra - 1);
  if (jmax > rb - 1) jmax = rb - 1;
  return jmin <= jmax;
}

struct Task {
  void (*fn)(void *);
  void *arg;
  const char *name;
  int line;
  int seen;                           /* the instruments see it (not a targeted wait's empty task) */
  atomic_int lk;                      /* spin lock: done, succ */
  long id;                            /* instrumentation id */
  Task *parent;
  atomic_int npred;                   /* unfinished predecessors, +1 while spawning */
  atomic_int done;                    /* set under lk; read without it by the table's purge */
  Task **succ;                        /* under lk */
  int nSucc, capSucc;
  atomic_long nchild;                 /* unfinished children */
  Task **kid;                         /* children not yet freed (owner only) */
  long nKid, capKid;
  DepEntry *dep;                      /* the children's dependency table (owner only) */
  size_t nDep, capDep;
  Region *reg;                        /* the children's regions (owner only) */
  size_t nReg, capReg;
  _Alignas(16) unsigned char argbuf[];
};

enum { MAXQ = 257, SPIN = 256 };

typedef struct Deque {
  _Alignas(64) atomic_int lk;
  atomic_long n;                      /* tasks in it: written under lk, read without */
  Task **buf;                         /* under lk: buf[i & (cap - 1)], top <= i < bot */
  size_t cap, top, bot;
} Deque;

static Deque aQ[MAXQ];                /* static: never freed under a thread that looks at it */
static atomic_int nQ;                 /* deques in use: the most threads the pool ever had */
static pthread_mutex_t pmu = PTHREAD_MUTEX_INITIALIZER;   /* the pool's state: start, stop */
static pthread_mutex_t smu = PTHREAD_MUTEX_INITIALIZER;   /* sleepers */
static pthread_cond_t scv = PTHREAD_COND_INITIALIZER;
static atomic_int nSleeping;          /* threads about to sleep or asleep on scv (changed under smu) */
static atomic_int bStop;
static atomic_int nThreadNow;         /* nThread, readable without pmu */
static pthread_t *aWorker;
static int nThread, bAtexit;
static _Thread_local int tQ;          /* this thread's deque: 0 outside the pool's workers */
static _Thread_local unsigned tVictim;   /* where this thread's next steal starts */
static _Thread_local Task *tCur;      /* the task this thread runs */
static _Thread_local Task *tRoot;     /* this thread's parent of tasks spawned outside any task */

static void *xalloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    fputs("delayc: out of memory in the task pool\n", stderr);
    abort();
  }
  return q;
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

/* a test-and-test-and-set lock held for a few instructions; yields when the
 * holder was preempted (more threads than cores) */
static inline void spin_lock(atomic_int *l) {
  for (int k = 0;; k++) {
    if (!atomic_load_explicit(l, memory_order_relaxed) &&
        !atomic_exchange_explicit(l, 1, memory_order_acquire))
      return;
    if (k < 64) cpu_relax(); else sched_yield();
  }
}

static inline void spin_unlock(atomic_int *l) { atomic_store_explicit(l, 0, memory_order_release); }

/* ---- the deques and the sleepers ---- */

static void wake_one(void) {
  pthread_mutex_lock(&smu);
  pthread_cond_signal(&scv);
  pthread_mutex_unlock(&smu);
}

static void wake_all(void) {
  pthread_mutex_lock(&smu);
  pthread_cond_broadcast(&scv);
  pthread_mutex_unlock(&smu);
}

static void push(Deque *d, Task *t) {
  spin_lock(&d->lk);
  if (d->bot - d->top == d->cap) {
    size_t cap = d->cap ? 2 * d->cap : 256;
    Task **b = xalloc(NULL, cap * sizeof *b);
    for (size_t i = d->top; i < d->bot; i++) b[i & (cap - 1)] = d->buf[i & (d->cap - 1)];
    free(d->buf);
    d->buf = b;
    d->cap = cap;
  }
  d->buf[d->bot++ & (d->cap - 1)] = t;
  atomic_store(&d->n, (long)(d->bot - d->top));   /* seq_cst: see sleep() */
  spin_unlock(&d->lk);
  if (atomic_load(&nSleeping)) wake_one();
}

static Task *pop_bottom(Deque *d) {
  if (!atomic_load_explicit(&d->n, memory_order_relaxed)) return NULL;
  Task *t = NULL;
  spin_lock(&d->lk);
  if (d->bot > d->top) {
    t = d->buf[--d->bot & (d->cap - 1)];
    atomic_store_explicit(&d->n, (long)(d->bot - d->top), memory_order_relaxed);
  }
  spin_unlock(&d->lk);
  return t;
}

static Task *steal_top(Deque *d) {
  if (!atomic_load_explicit(&d->n, memory_order_relaxed)) return NULL;
  Task *t = NULL;
  spin_lock(&d->lk);
  if (d->bot > d->top) {
    t = d->buf[d->top++ & (d->cap - 1)];
    atomic_store_explicit(&d->n, (long)(d->bot - d->top), memory_order_relaxed);
  }
  spin_unlock(&d->lk);
  return t;
}

/* a ready task: this thread's own newest, else another deque's oldest */
static Task *take(void) {
  Task *t = pop_bottom(&aQ[tQ]);
  if (t) return t;
  int n = atomic_load_explicit(&nQ, memory_order_acquire);
  for (int i = 0; i < n; i++) {
    unsigned v = tVictim++ % (unsigned)n;
    if ((int)v == tQ) continue;
    if ((t = steal_top(&aQ[v]))) return t;
  }
  return NULL;
}

static int work_visible(void) {
  int n = atomic_load(&nQ);
  for (int i = 0; i < n; i++)
    if (atomic_load(&aQ[i].n)) return 1;
  return 0;
}

/* p: the parent whose children the caller waits for (NULL: a worker, which
 * waits for work or the stop).  Returns when there may be something to do. */
static int done_waiting(Task *p) { return p ? atomic_load(&p->nchild) == 0 : atomic_load(&bStop); }

static int idle(Task *p) {
  for (int k = 0; k < SPIN; k++) {
    if (work_visible() || done_waiting(p)) return 0;
    if (k < SPIN / 2) cpu_relax(); else sched_yield();
  }
  int slept = 0;
  pthread_mutex_lock(&smu);
  atomic_fetch_add(&nSleeping, 1);    /* before the checks: see push() and finish() */
  if (!work_visible() && !done_waiting(p)) {
    pthread_cond_wait(&scv, &smu);
    slept = 1;
  }
  atomic_fetch_sub(&nSleeping, 1);
  pthread_mutex_unlock(&smu);
  return slept;
}

/* ---- running a task ---- */

/* Marks t done and makes its successors ready: the first one is returned, to
 * be run next by this thread without going through a deque (it would pop it
 * right back, LIFO), the others are pushed. */
static Task *finish(Task *t) {
  spin_lock(&t->lk);
  atomic_store_explicit(&t->done, 1, memory_order_release);
  Task **succ = t->succ;
  int nSucc = t->nSucc;
  t->succ = NULL;
  t->nSucc = t->capSucc = 0;
  spin_unlock(&t->lk);
  Task *next = NULL;
  for (int i = 0; i < nSucc; i++)
    if (atomic_fetch_sub(&succ[i]->npred, 1) == 1) {
      if (next) push(&aQ[tQ], succ[i]);
      else next = succ[i];
    }
  free(succ);
  Task *parent = t->parent;
  /* t may be freed from here on.  A sleeper counts itself before it checks
   * nchild, so either it sees the decrement or we see it (both sequentially
   * consistent) */
  if (atomic_fetch_sub(&parent->nchild, 1) == 1 && atomic_load(&nSleeping)) wake_all();
  return next;
}

/* runs t, then the successor it made ready, and so on */
static void run(Task *t) {
  Task *prev = tCur;
  while (t) {
    tCur = t;
    if (t->seen) DELAYC_RT_TASK_BEGIN_ID(t->id, t->name, t->line);
    t->fn(t->arg);
    dct_wait();                       /* a task is done when its children are */
    if (t->seen) DELAYC_RT_TASK_END_ID(t->id, t->name, t->line);
    tCur = prev;
    t = finish(t);
  }
}

static void *worker_main(void *arg) {
  tQ = (int)(intptr_t)arg;
  tVictim = (unsigned)tQ + 1;
  for (;;) {
    Task *t = take();
    if (t) run(t);
    else if (atomic_load(&bStop)) break;
    else (void)idle(NULL);
  }
  return NULL;
}

/* ---- the pool ---- */

static int default_threads(void) {
  const char *z = getenv("DELAYC_NUM_THREADS");
  if (!z || !*z) z = getenv("OMP_NUM_THREADS");
  int n = z && *z ? atoi(z) : 0;
  if (n < 1) n = (int)sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 256 ? 256 : n;
}

int dct_start(int n) {
  if (n < 1) n = default_threads();
  if (n > MAXQ - 1) n = MAXQ - 1;
  pthread_mutex_lock(&pmu);
  if (nThread) {
    int cur = nThread;
    pthread_mutex_unlock(&pmu);
    return cur == n ? n : -1;
  }
  atomic_store(&bStop, 0);
  if (atomic_load(&nQ) < n) atomic_store(&nQ, n);   /* before the workers look */
  aWorker = xalloc(NULL, (size_t)n * sizeof *aWorker);
  nThread = 1;
  for (int i = 0; i + 1 < n; i++) {
    if (pthread_create(&aWorker[i], NULL, worker_main, (void *)(intptr_t)(i + 1)) != 0) break;
    nThread++;
  }
  atomic_store(&nThreadNow, nThread);
  if (!bAtexit) {
    bAtexit = 1;
    atexit(dct_stop);
  }
  pthread_mutex_unlock(&pmu);
  return nThread;
}

int dct_num_threads(void) {
  pthread_mutex_lock(&pmu);
  int n = nThread;
  pthread_mutex_unlock(&pmu);
  return n;
}

static Task *current(void) {
  if (tCur) return tCur;
  if (!tRoot) {
    tRoot = xalloc(NULL, sizeof *tRoot);
    memset(tRoot, 0, sizeof *tRoot);
    atomic_init(&tRoot->npred, 0);
    atomic_init(&tRoot->nchild, 0);
  }
  return tRoot;
}

void dct_stop(void) {
  if (tCur == NULL && tRoot) dct_wait();
  pthread_mutex_lock(&pmu);
  int n = nThread;
  atomic_store(&bStop, 1);
  wake_all();                         /* a sleeper checks bStop under smu */
  for (int i = 0; i + 1 < n; i++) pthread_join(aWorker[i], NULL);
  free(aWorker);
  aWorker = NULL;
  nThread = 0;
  atomic_store(&nThreadNow, 0);
  /* buffers of empty deques; tasks other threads left queued stay for a restart */
  for (int i = 0; i < atomic_load(&nQ); i++) {
    Deque *d = &aQ[i];
    spin_lock(&d->lk);
    if (d->bot == d->top) {
      free(d->buf);
      d->buf = NULL;
      d->cap = d->top = d->bot = 0;
    }
    spin_unlock(&d->lk);
  }
  pthread_mutex_unlock(&pmu);
  if (tRoot && atomic_load(&tRoot->nchild) == 0) {
    free(tRoot->kid);
    free(tRoot->dep);
    free(tRoot->reg);
    free(tRoot);
    tRoot = NULL;
  }
}

/* ---- dependencies ---- */

static size_t hash_addr(uintptr_t a) {   /* splitmix64's finalizer: neighbouring addresses spread */
  uint64_t h = (uint64_t)a;
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
  return (size_t)(h ^ (h >> 31));
}

static int is_done(Task *t) { return atomic_load_explicit(&t->done, memory_order_acquire); }

/* An entry whose writer and readers are all done adds no edge any more (edge()
 * skips finished predecessors): dropped.  Finished readers are dropped from
 * the lists kept. */
static int entry_live(DepEntry *e) {
  int k = 0;
  for (int i = 0; i < e->nRd; i++)
    if (!is_done(e->rd[i])) e->rd[k++] = e->rd[i];
  e->nRd = k;
  return k || (e->writer && !is_done(e->writer));
}

static DepEntry *dep_entry(Task *p, uintptr_t addr) {
  if (addr == 0) addr = 1;            /* 0 marks an empty slot; no object lives there */
  if (2 * (p->nDep + 1) > p->capDep) {
    /* full: drop the dead entries, and grow only when the live ones fill a quarter */
    size_t nLive = 0;
    for (size_t i = 0; i < p->capDep; i++) {
      DepEntry *e = &p->dep[i];
      if (!e->addr) continue;
      if (entry_live(e)) nLive++;
      else {
        free(e->rd);
        e->addr = 0;
      }
    }
    size_t cap = p->capDep ? p->capDep : 64;
    if (4 * (nLive + 1) > cap) cap *= 2;
    DepEntry *a = xalloc(NULL, cap * sizeof *a);
    memset(a, 0, cap * sizeof *a);
    for (size_t i = 0; i < p->capDep; i++) {
      if (!p->dep[i].addr) continue;
      size_t j = hash_addr(p->dep[i].addr) & (cap - 1);
      while (a[j].addr) j = (j + 1) & (cap - 1);
      a[j] = p->dep[i];
    }
    free(p->dep);
    p->dep = a;
    p->capDep = cap;
    p->nDep = nLive;
  }
  size_t j = hash_addr(addr) & (p->capDep - 1);
  while (p->dep[j].addr && p->dep[j].addr != addr) j = (j + 1) & (p->capDep - 1);
  if (!p->dep[j].addr) {
    p->dep[j].addr = addr;
    p->nDep++;
  }
  return &p->dep[j];
}

/* t runs after pred; nothing if pred is done or is t. */
static void edge(Task *pred, Task *t) {
  if (!pred || pred == t || is_done(pred)) return;
  spin_lock(&pred->lk);
  if (!atomic_load_explicit(&pred->done, memory_order_relaxed) &&
      !(pred->nSucc && pred->succ[pred->nSucc - 1] == t)) {   /* already (consecutive addresses) */
    if (pred->nSucc == pred->capSucc) {
      pred->capSucc = pred->capSucc ? 2 * pred->capSucc : 4;
      pred->succ = xalloc(pred->succ, (size_t)pred->capSucc * sizeof *pred->succ);
    }
    pred->succ[pred->nSucc++] = t;
    atomic_fetch_add(&t->npred, 1);
  }
  spin_unlock(&pred->lk);
}

/* t touches the region of dep: it follows the unfinished siblings whose regions
 * overlap it, one of the two writing; finished ones are dropped from the list,
 * and so are those a writer's region covers (a later task overlapping them
 * overlaps the writer, which follows them). */
static void region_dep(Task *p, Task *t, const delayc_rt_dep *dep) {
  uintptr_t lo = (uintptr_t)dep->addr, len = (uintptr_t)dep->count * (uintptr_t)dep->size;
  uintptr_t hi = dep->count < 0 || len > UINTPTR_MAX - lo ? UINTPTR_MAX : lo + len;   /* -1: to the end */
  Region me = {lo, hi, 0, t, 0, 0, len};
  if (dep->rows > 1 && dep->count >= 0) {   /* rows blocks, stride bytes apart: one region of rows */
    uintptr_t last = (uintptr_t)(dep->rows - 1) * dep->stride;
    me.rows = dep->rows;
    me.stride = dep->stride;
    me.hi = last > UINTPTR_MAX - hi ? UINTPTR_MAX : hi + last;
  }
  int write = dep->mode == DELAYC_RT_UPDATE ? 2 : dep->mode != DELAYC_RT_IN;   /* 2: in any order */
  write |= dep->region & DELAYC_RT_OWN;   /* a variable's own storage: memory through pointers never meets it */
  me.write = write;
  if (lo >= hi) return;
  size_t k = 0;
  for (size_t i = 0; i < p->nReg; i++) {
    Region *r = &p->reg[i];
    if (is_done(r->t)) continue;
    int a = write & 3, b = r->write & 3;
    int hit = !((write ^ r->write) & DELAYC_RT_OWN) && (a || b) && !(a == 2 && b == 2) && regions_meet(&me, r);
    if (hit) edge(r->t, t);
    /* a writer covering r (one span over r's hull): later tasks meeting r meet it */
    if (!(hit && a == 1 && me.rows <= 1 && lo <= r->lo && r->hi <= hi && r->t != t)) p->reg[k++] = *r;
  }
  p->nReg = k;
  if (p->nReg == p->capReg) {
    p->capReg = p->capReg ? 2 * p->capReg : 16;
    p->reg = xalloc(p->reg, p->capReg * sizeof *p->reg);
  }
  p->reg[p->nReg++] = me;
}

static long spawn(const char *name, int line, void (*fn)(void *), const void *arg, size_t argsize, int ndep,
                  const delayc_rt_dep *dep, int seen);

extern long delayc_rt_throttle;     /* throttle.c */

/* A spawner far ahead of its tasks first waits for them (throttle.c): on one
 * thread every 16 (nothing runs beside it anyway), else past
 * delayc_rt_throttle unfinished children.  Pending tasks of a chain would
 * otherwise make every spawn and wait walk all their regions (blind 71b: a
 * loop of 32,000 calls took 14 s on one thread). */
long dct_spawn(const char *name, int line, void (*fn)(void *), const void *arg, size_t argsize,
               int ndep, const delayc_rt_dep *dep) {
  if (atomic_load(&nThreadNow)) {
    int pending = atomic_load(&current()->nchild);
    if (pending >= 16 && (atomic_load(&nThreadNow) == 1 || pending > delayc_rt_throttle)) dct_wait();
  }
  return spawn(name, line, fn, arg, argsize, ndep, dep, 1);
}

/* ---- a targeted wait: an empty task with the wait's dependencies, not
 * seen by the instruments, that raises a flag; the waiting thread runs
 * ready tasks until it is up ---- */

static void raise_flag(void *arg) { atomic_store_explicit(*(atomic_int **)arg, 1, memory_order_release); }

void dct_wait_deps(int ndep, const delayc_rt_dep *dep) {
  if (!ndep) return;
  atomic_int up;
  atomic_init(&up, 0);
  atomic_int *flag = &up;
  spawn("wait", 0, raise_flag, &flag, sizeof flag, ndep, dep, 0);
  for (int k = 0; !atomic_load_explicit(&up, memory_order_acquire); k++) {
    Task *t = take();
    if (t) { run(t); k = 0; }
    else if (k < SPIN) cpu_relax();
    else sched_yield();
  }
}

static long spawn(const char *name, int line, void (*fn)(void *), const void *arg, size_t argsize, int ndep,
                  const delayc_rt_dep *dep, int seen) {
  if (!atomic_load(&nThreadNow)) dct_start(0);
  Task *p = current();
  Task *t = xalloc(NULL, sizeof *t + argsize);
  memset(t, 0, sizeof *t);
  t->fn = fn;
  t->arg = t->argbuf;
  if (argsize) memcpy(t->argbuf, arg, argsize);
  t->name = name;
  t->line = line;
  t->seen = seen;
  t->parent = p;
  atomic_init(&t->lk, 0);
  atomic_init(&t->done, 0);
  atomic_init(&t->npred, 1);
  atomic_init(&t->nchild, 0);
  if (seen && DELAYC_RT__ON()) t->id = delayc_rt_task_spawn(name, line, ndep, dep);   /* instruments see the deps too */
  if (p->nKid == p->capKid) {
    p->capKid = p->capKid ? 2 * p->capKid : 16;
    p->kid = xalloc(p->kid, (size_t)p->capKid * sizeof *p->kid);
  }
  p->kid[p->nKid++] = t;
  atomic_fetch_add(&p->nchild, 1);
  for (int d = 0; d < ndep; d++) {
    if (dep[d].region) {
      region_dep(p, t, &dep[d]);
      continue;
    }
    for (long i = 0; i < dep[d].count; i++) {
      DepEntry *e = dep_entry(p, (uintptr_t)dep[d].addr + (uintptr_t)(i * dep[d].size));
      if (dep[d].mode == DELAYC_RT_IN) {
        edge(e->writer, t);
        if (e->nRd == e->capRd) {
          e->capRd = e->capRd ? 2 * e->capRd : 4;
          e->rd = xalloc(e->rd, (size_t)e->capRd * sizeof *e->rd);
        }
        e->rd[e->nRd++] = t;
      } else {
        if (e->nRd)
          for (int k = 0; k < e->nRd; k++) edge(e->rd[k], t);
        else
          edge(e->writer, t);
        e->writer = t;
        e->nRd = 0;
      }
    }
  }
  long id = t->id;
  if (atomic_fetch_sub(&t->npred, 1) == 1) {
    /* ready: run it here and now when this thread's deque already holds
     * plenty for every thread (as libgomp throttles), else queue it */
    Deque *q = &aQ[tQ];
    if (atomic_load_explicit(&q->n, memory_order_relaxed) >= 64L * atomic_load(&nThreadNow)) run(t);
    else push(q, t);
  }
  return id;
}

void dct_wait(void) {
  Task *p = current();
  int slept = 0;
  while (atomic_load(&p->nchild) > 0) {
    Task *t = take();
    if (t) run(t);
    else slept |= idle(p);
  }
  /* a waiter perhaps woken for work that leaves now passes the wake-up on */
  if (slept && atomic_load(&nSleeping) && work_visible()) wake_one();
  if (!p->nKid && !p->capDep && !p->capReg) return;   /* a leaf: nothing to free */
  /* every child is done and no thread touches them any more */
  for (long i = 0; i < p->nKid; i++) {
    Task *k = p->kid[i];
    free(k->kid);                     /* its own children were freed by its wait (run) */
    free(k);
  }
  p->nKid = 0;
  for (size_t i = 0; i < p->capDep; i++) free(p->dep[i].rd);
  free(p->dep);
  p->dep = NULL;
  p->nDep = p->capDep = 0;
  free(p->reg);
  p->reg = NULL;
  p->nReg = p->capReg = 0;
}
