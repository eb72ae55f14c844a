/* exec_graph.c — DELAYC_GRAPH=FILE: the task graph as executed, in DOT.
 *
 * Every task is announced by DELAYC_RT_TASK_SPAWN in the thread that spawns it,
 * with its dependencies as its depend clauses name them.  Edges are resolved
 * the way OpenMP resolves depend clauses among sibling tasks (tasks with the
 * same parent), one address at a time (an iterator range is one address per
 * element, a region one per element of each of its rows):
 *   in            after the last task that wrote the address (out or inout);
 *   out / inout   after every task that read it since that last writer, or
 *                 after the last writer itself when nobody read it since.
 * The table maps (parent task, address) to its last writer and the readers
 * since; spawns are serialized by one mutex (they come from the thread that
 * runs the spawning function, so it is rarely contended).
 *
 * At exit the graph is written as DOT: one node per task instance ("inc #3",
 * its line) and one edge per dependency.  Past DELAYC_GRAPH_LIMIT tasks (default
 * 1000) it is summarized instead: one node per call site with its task count,
 * one edge per pair of sites with the number of task edges between them.  The
 * first line says how many tasks and edges there were.  DELAYC_TRACE turns the
 * resolution on too: the trace records each task's predecessors.  The file is
 * opened before main, so an unwritable path stops the program at once
 * (status 125) instead of being found out at exit.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

typedef struct GNode {
  const char *name;                   /* NULL: never announced by a spawn */
  int line;
  long *pred;
  int nPred, capPred;
  long mark;                          /* the task whose edges are being added (dedupe) */
} GNode;

typedef struct Entry {
  long parent;                        /* 0: empty slot (task ids start at 1; implicit parents are < 0) */
  uintptr_t addr;
  long writer;                        /* 0: none yet */
  long *rd;                           /* readers since the writer */
  int nRd, capRd;
} Entry;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static GNode *aNode;                  /* indexed by task id */
static long nNodeCap, nNode, nEdge;
static Entry *aEnt;
static size_t nEntCap, nEnt;
static char *zGraphFile;
static int fdGraph = -1;              /* opened before main */
static pid_t pidOwner;                /* the process that opened it: a forked child writes nothing */
static long nLimit = 1000;
static int bDone;

static void *xgrow(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q) {
    fputs("delayc: out of memory in the executed graph\n", stderr);
    abort();
  }
  return q;
}

static GNode *node(long id) {
  if (id >= nNodeCap) {
    long cap = nNodeCap ? nNodeCap : 1024;
    while (cap <= id) cap *= 2;
    aNode = xgrow(aNode, (size_t)cap * sizeof *aNode);
    memset(aNode + nNodeCap, 0, (size_t)(cap - nNodeCap) * sizeof *aNode);
    nNodeCap = cap;
  }
  return &aNode[id];
}

static size_t hash(long parent, uintptr_t addr) {
  uint64_t h = (uint64_t)addr ^ (uint64_t)parent * 0xC2B2AE3D27D4EB4Full;   /* then splitmix64's finalizer */
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
  return (size_t)(h ^ (h >> 31));
}

static Entry *lookup(long parent, uintptr_t addr) {
  if (2 * (nEnt + 1) > nEntCap) {     /* keep the load under one half */
    size_t cap = nEntCap ? 2 * nEntCap : 1024;
    Entry *a = xgrow(NULL, cap * sizeof *a);
    memset(a, 0, cap * sizeof *a);
    for (size_t i = 0; i < nEntCap; i++) {
      if (!aEnt[i].parent) continue;
      size_t j = hash(aEnt[i].parent, aEnt[i].addr) & (cap - 1);
      while (a[j].parent) j = (j + 1) & (cap - 1);
      a[j] = aEnt[i];
    }
    free(aEnt);
    aEnt = a;
    nEntCap = cap;
  }
  size_t j = hash(parent, addr) & (nEntCap - 1);
  while (aEnt[j].parent && !(aEnt[j].parent == parent && aEnt[j].addr == addr)) j = (j + 1) & (nEntCap - 1);
  if (!aEnt[j].parent) {
    aEnt[j].parent = parent;
    aEnt[j].addr = addr;
    nEnt++;
  }
  return &aEnt[j];
}

static void add_edge(long from, long to) {
  if (from == to) return;
  GNode *p = node(from);
  if (p->mark == to) return;          /* already a predecessor */
  p->mark = to;
  GNode *t = node(to);
  if (t->nPred == t->capPred) {
    t->capPred = t->capPred ? 2 * t->capPred : 4;
    t->pred = xgrow(t->pred, (size_t)t->capPred * sizeof *t->pred);
  }
  t->pred[t->nPred++] = from;
  nEdge++;
}

void delayc_rt__graph_spawn(long id, long parent, const char *name, int line, int ndep, const delayc_rt_dep *dep) {
  if (parent == 0) parent = -1;       /* 0 marks an empty table slot */
  delayc_rt__crit_enter();            /* the trace's signal handler reads the table */
  pthread_mutex_lock(&mu);
  GNode *n = node(id);
  n->name = name ? name : "?";
  n->line = line;
  nNode++;
  for (int d = 0; d < ndep; d++) {
    long rows = dep[d].region && dep[d].rows > 1 ? dep[d].rows : 1;   /* a 2-D region: each row */
    for (long i = 0; i < rows * dep[d].count; i++) {
      uintptr_t a = (uintptr_t)dep[d].addr + (uintptr_t)(i / dep[d].count * dep[d].stride) +
                    (uintptr_t)(i % dep[d].count * dep[d].size);
      Entry *e = lookup(parent, a);
      if (dep[d].mode == DELAYC_RT_IN) {
        if (e->writer) add_edge(e->writer, id);
        if (e->nRd == e->capRd) {
          e->capRd = e->capRd ? 2 * e->capRd : 4;
          e->rd = xgrow(e->rd, (size_t)e->capRd * sizeof *e->rd);
        }
        e->rd[e->nRd++] = id;
      } else {
        if (e->nRd)
          for (int k = 0; k < e->nRd; k++) add_edge(e->rd[k], id);
        else if (e->writer)
          add_edge(e->writer, id);
        e->writer = id;
        e->nRd = 0;
      }
    }
  }
  pthread_mutex_unlock(&mu);
  delayc_rt__crit_leave();
}

int delayc_rt__graph_trylock(void) { return pthread_mutex_trylock(&mu) == 0; }
void delayc_rt__graph_unlock(void) { pthread_mutex_unlock(&mu); }

void delayc_rt__graph_preds(long id, const long **paPred, int *pn) {
  *paPred = NULL;
  *pn = 0;
  if (!(delayc_rt_flags & DC_RT_GRAPH) || id <= 0 || id >= nNodeCap) return;
  *paPred = aNode[id].pred;
  *pn = aNode[id].nPred;
}

void delayc_rt__graph_counts(long *pnNode, long *pnEdge) {
  pthread_mutex_lock(&mu);
  *pnNode = nNode;
  *pnEdge = nEdge;
  pthread_mutex_unlock(&mu);
}

static void dot_label(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    fputc(*s, f);
  }
}

/* Summary past the limit: one node per call site (name, line). */
typedef struct SiteRow { const char *name; int line; long n; } SiteRow;
typedef struct SiteEdge { int from, to; long n; } SiteEdge;

static void write_summary(FILE *f) {
  SiteRow *aSite = NULL;
  int nSite = 0;
  int *aOf = xgrow(NULL, (size_t)nNodeCap * sizeof *aOf);
  for (long id = 1; id < nNodeCap; id++) {
    aOf[id] = -1;
    if (!aNode[id].name) continue;
    int k = 0;
    while (k < nSite && !(aSite[k].line == aNode[id].line && !strcmp(aSite[k].name, aNode[id].name))) k++;
    if (k == nSite) {
      aSite = xgrow(aSite, (size_t)(nSite + 1) * sizeof *aSite);
      aSite[nSite++] = (SiteRow){ aNode[id].name, aNode[id].line, 0 };
    }
    aSite[k].n++;
    aOf[id] = k;
  }
  long *aCount = xgrow(NULL, (size_t)nSite * (size_t)nSite * sizeof *aCount + 1);
  memset(aCount, 0, (size_t)nSite * (size_t)nSite * sizeof *aCount);
  for (long id = 1; id < nNodeCap; id++)
    for (int k = 0; k < aNode[id].nPred; k++) {
      int a = aOf[aNode[id].pred[k]], b = aOf[id];
      if (a >= 0 && b >= 0) aCount[(size_t)a * (size_t)nSite + (size_t)b]++;
    }
  for (int k = 0; k < nSite; k++) {
    fprintf(f, "  s%d [label=\"", k);
    dot_label(f, aSite[k].name);
    fprintf(f, " (line %d)\\n%ld tasks\"];\n", aSite[k].line, aSite[k].n);
  }
  for (int a = 0; a < nSite; a++)
    for (int b = 0; b < nSite; b++)
      if (aCount[(size_t)a * (size_t)nSite + (size_t)b])
        fprintf(f, "  s%d -> s%d [label=\"%ld\"];\n", a, b, aCount[(size_t)a * (size_t)nSite + (size_t)b]);
  free(aCount);
  free(aSite);
  free(aOf);
}

void delayc_rt__graph_finish(void) {
  pthread_mutex_lock(&mu);
  if (bDone || fdGraph < 0 || getpid() != pidOwner) {
    bDone = 1;
    pthread_mutex_unlock(&mu);
    return;
  }
  bDone = 1;
  FILE *f = fdopen(fdGraph, "w");
  if (!f) {
    fprintf(stderr, "delayc: cannot write the graph to '%s': %s\n", zGraphFile, strerror(errno));
    pthread_mutex_unlock(&mu);
    return;
  }
  int bSum = nNode > nLimit;
  fprintf(f, "// delayc executed graph: %ld tasks, %ld edges", nNode, nEdge);
  if (bSum) fprintf(f, " (summarized per call site: more than DELAYC_GRAPH_LIMIT=%ld tasks)", nLimit);
  fputs("\ndigraph delayc {\n  node [shape=box, fontname=\"Helvetica\"];\n", f);
  if (bSum) {
    write_summary(f);
  } else {
    for (long id = 1; id < nNodeCap; id++) {
      if (!aNode[id].name) continue;
      fprintf(f, "  t%ld [label=\"", id);
      dot_label(f, aNode[id].name);
      fprintf(f, " #%ld\\nline %d\"];\n", id, aNode[id].line);
    }
    for (long id = 1; id < nNodeCap; id++)
      for (int k = 0; k < aNode[id].nPred; k++) fprintf(f, "  t%ld -> t%ld;\n", aNode[id].pred[k], id);
  }
  fputs("}\n", f);
  if (fclose(f) != 0) fprintf(stderr, "delayc: cannot write the graph to '%s': %s\n", zGraphFile, strerror(errno));
  fdGraph = -1;
  pthread_mutex_unlock(&mu);
}

/* Before main: a path that cannot be written ends the process now (status
 * 125, as trace.c does), not silently at exit after the whole run. */
void delayc_rt__graph_open(const char *zFile) {
  if (!zFile) return;
  const char *zRank;
  char *zRanked = delayc_rt__ranked_path(zFile, &zRank);   /* one file per rank of an MPI job */
  if (zRanked) zFile = zRanked;
  fdGraph = open(zFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fdGraph < 0) {
    fprintf(stderr, "delayc: DELAYC_GRAPH: cannot write the graph to '%s': %s\n"
                    "delayc: the program was not started (exit status 125); "
                    "give DELAYC_GRAPH a writable path, or unset it\n",
            zFile, strerror(errno));
    _exit(125);
  }
  zGraphFile = strdup(zFile);
  pidOwner = getpid();
  free(zRanked);
}

void delayc_rt__graph_init(long nLim) {
  nLimit = nLim > 0 ? nLim : 1000;
  if (fdGraph >= 0) atexit(delayc_rt__graph_finish);
}
