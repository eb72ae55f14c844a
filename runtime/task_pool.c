/* task_pool.c — the runtime's own scheduler (delayc_task.h): tasks with
 * OpenMP-style dependencies on a pool of pthreads, no OpenMP.
 *
 * A task: its function, a copy of its argument block (inline, after the
 * struct), a count of unfinished predecessors, the list of its successors,
 * and — as a parent — a count of unfinished children, the list of them (freed
 * at the wait), and the dependency table of its children: address -> last
 * writer and the readers since.  Only the thread running a task spawns its
 * children, so that table needs no lock; `done` and the successor lists are
 * shared and live under gmu.  A thread outside any task spawns as the child of
 * its own root task (thread-local).
 *
 * Ready tasks go into one FIFO under qmu; qcv signals both "work queued" and
 * "a task finished" (dct_wait sleeps on it when it has nothing to run).
 * Counting: npred starts at 1 (the spawn itself) so a task cannot start while
 * its edges are still being added; nchild is decremented after the finishing
 * thread is done with the task, so the parent may free it right then.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
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

struct Task {
  void (*fn)(void *);
  void *arg;
  const char *name;
  int line;
  long id;                            /* instrumentation id */
  Task *parent;
  atomic_int npred;                   /* unfinished predecessors, +1 while spawning */
  int done;                           /* under gmu */
  Task **succ;                        /* under gmu */
  int nSucc, capSucc;
  atomic_long nchild;                 /* unfinished children */
  Task **kid;                         /* children not yet freed (owner only) */
  long nKid, capKid;
  DepEntry *dep;                      /* the children's dependency table (owner only) */
  size_t nDep, capDep;
  Task *next;                         /* in the ready queue */
  _Alignas(16) unsigned char argbuf[];
};

static pthread_mutex_t qmu = PTHREAD_MUTEX_INITIALIZER;   /* the queue, the pool's state */
static pthread_cond_t qcv = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t gmu = PTHREAD_MUTEX_INITIALIZER;   /* done flags and successor lists */
static Task *qHead, *qTail;
static atomic_int nSleeping;          /* threads in pthread_cond_wait (changed under qmu) */
static atomic_long nQueued;           /* tasks in the queue */
static atomic_int nThreadNow;         /* nThread, readable without qmu */
static pthread_t *aWorker;
static int nThread, bStop, bAtexit;
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

/* ---- the ready queue ---- */

static void enqueue(Task *t) {
  pthread_mutex_lock(&qmu);
  t->next = NULL;
  if (qTail) qTail->next = t; else qHead = t;
  qTail = t;
  atomic_fetch_add(&nQueued, 1);
  /* everyone: a waiter in dct_wait may leave without taking it */
  if (atomic_load(&nSleeping)) pthread_cond_broadcast(&qcv);
  pthread_mutex_unlock(&qmu);
}

static Task *pop_locked(void) {
  Task *t = qHead;
  if (t) {
    qHead = t->next;
    if (!qHead) qTail = NULL;
    atomic_fetch_sub(&nQueued, 1);
  }
  return t;
}

/* ---- running a task ---- */

static void finish(Task *t) {
  pthread_mutex_lock(&gmu);
  t->done = 1;
  Task **succ = t->succ;
  int nSucc = t->nSucc;
  t->succ = NULL;
  t->nSucc = t->capSucc = 0;
  pthread_mutex_unlock(&gmu);
  for (int i = 0; i < nSucc; i++)
    if (atomic_fetch_sub(&succ[i]->npred, 1) == 1) enqueue(succ[i]);
  free(succ);
  Task *parent = t->parent;
  atomic_fetch_sub(&parent->nchild, 1);   /* t may be freed from here on */
  /* a sleeper counts itself before it checks nchild, so either it sees the
   * decrement or we see it (both sequentially consistent) */
  if (atomic_load(&nSleeping)) {
    pthread_mutex_lock(&qmu);
    pthread_cond_broadcast(&qcv);
    pthread_mutex_unlock(&qmu);
  }
}

static void run(Task *t) {
  Task *prev = tCur;
  tCur = t;
  DELAYC_RT_TASK_BEGIN_ID(t->id, t->name, t->line);
  t->fn(t->arg);
  dct_wait();                         /* a task is done when its children are */
  DELAYC_RT_TASK_END_ID(t->id, t->name, t->line);
  tCur = prev;
  finish(t);
}

static void *worker_main(void *unused) {
  (void)unused;
  pthread_mutex_lock(&qmu);
  for (;;) {
    Task *t = pop_locked();
    if (t) {
      pthread_mutex_unlock(&qmu);
      run(t);
      pthread_mutex_lock(&qmu);
    } else if (bStop) {
      break;
    } else {
      atomic_fetch_add(&nSleeping, 1);
      pthread_cond_wait(&qcv, &qmu);
      atomic_fetch_sub(&nSleeping, 1);
    }
  }
  pthread_mutex_unlock(&qmu);
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
  pthread_mutex_lock(&qmu);
  if (nThread) {
    int cur = nThread;
    pthread_mutex_unlock(&qmu);
    return cur == n ? n : -1;
  }
  bStop = 0;
  aWorker = xalloc(NULL, (size_t)n * sizeof *aWorker);
  nThread = 1;
  for (int i = 0; i + 1 < n; i++) {
    if (pthread_create(&aWorker[i], NULL, worker_main, NULL) != 0) break;
    nThread++;
  }
  atomic_store(&nThreadNow, nThread);
  if (!bAtexit) {
    bAtexit = 1;
    atexit(dct_stop);
  }
  pthread_mutex_unlock(&qmu);
  return nThread;
}

int dct_num_threads(void) {
  pthread_mutex_lock(&qmu);
  int n = nThread;
  pthread_mutex_unlock(&qmu);
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
  pthread_mutex_lock(&qmu);
  int n = nThread;
  bStop = 1;
  pthread_cond_broadcast(&qcv);
  pthread_mutex_unlock(&qmu);
  for (int i = 0; i + 1 < n; i++) pthread_join(aWorker[i], NULL);
  pthread_mutex_lock(&qmu);
  free(aWorker);
  aWorker = NULL;
  nThread = 0;
  atomic_store(&nThreadNow, 0);
  pthread_mutex_unlock(&qmu);
  if (tRoot && atomic_load(&tRoot->nchild) == 0) {
    free(tRoot->kid);
    free(tRoot->dep);
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

static DepEntry *dep_entry(Task *p, uintptr_t addr) {
  if (addr == 0) addr = 1;            /* 0 marks an empty slot; no object lives there */
  if (2 * (p->nDep + 1) > p->capDep) {
    size_t cap = p->capDep ? 2 * p->capDep : 64;
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
  }
  size_t j = hash_addr(addr) & (p->capDep - 1);
  while (p->dep[j].addr && p->dep[j].addr != addr) j = (j + 1) & (p->capDep - 1);
  if (!p->dep[j].addr) {
    p->dep[j].addr = addr;
    p->nDep++;
  }
  return &p->dep[j];
}

/* t runs after pred (under gmu); nothing if pred is done or is t. */
static void edge(Task *pred, Task *t) {
  if (!pred || pred == t || pred->done) return;
  if (pred->nSucc && pred->succ[pred->nSucc - 1] == t) return;   /* already (consecutive addresses) */
  if (pred->nSucc == pred->capSucc) {
    pred->capSucc = pred->capSucc ? 2 * pred->capSucc : 4;
    pred->succ = xalloc(pred->succ, (size_t)pred->capSucc * sizeof *pred->succ);
  }
  pred->succ[pred->nSucc++] = t;
  atomic_fetch_add(&t->npred, 1);
}

long dct_spawn(const char *name, int line, void (*fn)(void *), const void *arg, size_t argsize,
               int ndep, const delayc_rt_dep *dep) {
  if (!atomic_load(&nThreadNow)) dct_start(0);
  Task *p = current();
  Task *t = xalloc(NULL, sizeof *t + argsize);
  memset(t, 0, sizeof *t);
  t->fn = fn;
  t->arg = t->argbuf;
  if (argsize) memcpy(t->argbuf, arg, argsize);
  t->name = name;
  t->line = line;
  t->parent = p;
  atomic_init(&t->npred, 1);
  atomic_init(&t->nchild, 0);
  if (DELAYC_RT__ON()) t->id = delayc_rt_task_spawn(name, line, ndep, dep);   /* instruments see the deps too */
  if (p->nKid == p->capKid) {
    p->capKid = p->capKid ? 2 * p->capKid : 16;
    p->kid = xalloc(p->kid, (size_t)p->capKid * sizeof *p->kid);
  }
  p->kid[p->nKid++] = t;
  atomic_fetch_add(&p->nchild, 1);
  pthread_mutex_lock(&gmu);
  for (int d = 0; d < ndep; d++) {
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
  pthread_mutex_unlock(&gmu);
  long id = t->id;
  if (atomic_fetch_sub(&t->npred, 1) == 1) {
    /* ready: run it here and now when the queue already holds plenty for
     * every thread (as libgomp throttles), else queue it */
    if (atomic_load(&nQueued) >= 64L * atomic_load(&nThreadNow)) run(t);
    else enqueue(t);
  }
  return id;
}

void dct_wait(void) {
  Task *p = current();
  if (atomic_load(&p->nchild) > 0) {
    pthread_mutex_lock(&qmu);
    for (;;) {
      Task *t = pop_locked();
      if (t) {
        pthread_mutex_unlock(&qmu);
        run(t);
        pthread_mutex_lock(&qmu);
        continue;
      }
      atomic_fetch_add(&nSleeping, 1);   /* before the check: see finish() */
      if (atomic_load(&p->nchild) == 0) {
        atomic_fetch_sub(&nSleeping, 1);
        break;
      }
      pthread_cond_wait(&qcv, &qmu);
      atomic_fetch_sub(&nSleeping, 1);
    }
    pthread_mutex_unlock(&qmu);
  }
  /* every child is done and no thread touches them any more */
  for (long i = 0; i < p->nKid; i++) {
    free(p->kid[i]->kid);             /* its own children were freed by its wait (run) */
    free(p->kid[i]);
  }
  p->nKid = 0;
  for (size_t i = 0; i < p->capDep; i++) free(p->dep[i].rd);
  free(p->dep);
  p->dep = NULL;
  p->nDep = p->capDep = 0;
}
