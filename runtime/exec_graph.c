/* exec_graph.c — DELAYC_GRAPH=FILE: the task graph as executed, in DOT.
 *
 * Every task is announced by DELAYC_RT_TASK_SPAWN in the thread that spawns it,
 * with its dependencies as its depend clauses name them.  Edges are resolved
 * the way OpenMP resolves depend clauses among sibling tasks (tasks with the
 * same parent): a region, or elements side by side, cover their bytes (each
 * row of a 2-D region); addresses a stride apart (DELAYC_RT_DEP_S) are each
 * compared as the byte they name:
 *   in            after the last task that wrote those bytes (out or inout);
 *   out / inout   after every task that read them since that last writer, or
 *                 after the last writer itself when nobody read them since.
 * The table maps (parent task, 4 KiB page) to the page's fragments: byte
 * intervals, each with its last writer and the readers since, split where
 * dependencies begin and end and merged again when two neighbours agree.  So
 * memory and time grow with the pages a range touches, not its elements (a
 * task over 20 million doubles touches 40,000 pages).  Spawns are serialized
 * by one mutex (they come from the thread that runs the spawning function, so
 * it is rarely contended).  A writer after more than READERS_MAX readers of the
 * same bytes is drawn after the most recent of them only.
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

typedef struct Frag {
  uintptr_t lo, hi;                   /* the bytes [lo, hi) */
  long writer;                        /* 0: none yet */
  long *rd;                           /* readers since the writer */
  int nRd, capRd;
} Frag;

#define PAGE_BITS 12                  /* 4 KiB pages */

typedef struct Entry {
  long parent;                        /* 0: empty slot (task ids start at 1; implicit parents are < 0) */
  uintptr_t page;
  Frag *f;                            /* sorted, disjoint */
  int nf, capf;
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

static size_t hash(long parent, uintptr_t page) {
  uint64_t h = (uint64_t)page ^ (uint64_t)parent * 0xC2B2AE3D27D4EB4Full;   /* then splitmix64's finalizer */
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
  return (size_t)(h ^ (h >> 31));
}

static Entry *lookup(long parent, uintptr_t page) {
  if (2 * (nEnt + 1) > nEntCap) {     /* keep the load under one half */
    size_t cap = nEntCap ? 2 * nEntCap : 1024;
    Entry *a = xgrow(NULL, cap * sizeof *a);
    memset(a, 0, cap * sizeof *a);
    for (size_t i = 0; i < nEntCap; i++) {
      if (!aEnt[i].parent) continue;
      size_t j = hash(aEnt[i].parent, aEnt[i].page) & (cap - 1);
      while (a[j].parent) j = (j + 1) & (cap - 1);
      a[j] = aEnt[i];
    }
    free(aEnt);
    aEnt = a;
    nEntCap = cap;
  }
  size_t j = hash(parent, page) & (nEntCap - 1);
  while (aEnt[j].parent && !(aEnt[j].parent == parent && aEnt[j].page == page)) j = (j + 1) & (nEntCap - 1);
  if (!aEnt[j].parent) {
    aEnt[j].parent = parent;
    aEnt[j].page = page;
    nEnt++;
  }
  return &aEnt[j];
}

/* Room for one more fragment at index at (the ones from at on move up). */
static Frag *frag_insert(Entry *e, int at) {
  if (e->nf == e->capf) {
    e->capf = e->capf ? 2 * e->capf : 2;
    e->f = xgrow(e->f, (size_t)e->capf * sizeof *e->f);
  }
  memmove(e->f + at + 1, e->f + at, (size_t)(e->nf - at) * sizeof *e->f);
  e->nf++;
  memset(&e->f[at], 0, sizeof e->f[at]);
  return &e->f[at];
}

/* Readers kept per fragment since its writer: past this, the older half is
 * forgotten, so a writer after more readers of the same bytes is drawn after
 * the most recent of them only (a region read by 200,000 tasks over 1,000
 * pages would otherwise hold 200,000 ids on each page). */
#define READERS_MAX 4096

static void add_reader(Frag *g, long id) {
  if (g->nRd && g->rd[g->nRd - 1] == id) return;
  if (g->nRd >= READERS_MAX) {
    memmove(g->rd, g->rd + READERS_MAX / 2, (size_t)(g->nRd - READERS_MAX / 2) * sizeof *g->rd);
    g->nRd -= READERS_MAX / 2;
  }
  if (g->nRd == g->capRd) {
    g->capRd = g->capRd ? 2 * g->capRd : 4;
    g->rd = xgrow(g->rd, (size_t)g->capRd * sizeof *g->rd);
  }
  g->rd[g->nRd++] = id;
}

/* Fragment k split at byte x (lo < x < hi): the upper part becomes k + 1. */
static void frag_split(Entry *e, int k, uintptr_t x) {
  Frag *n = frag_insert(e, k + 1);
  Frag *g = &e->f[k];
  *n = *g;
  n->lo = x;
  g->hi = x;
  n->rd = NULL;
  n->capRd = n->nRd = 0;
  for (int r = 0; r < g->nRd; r++) add_reader(n, g->rd[r]);
}

static int same_state(const Frag *a, const Frag *b) {
  if (a->hi != b->lo || a->writer != b->writer || a->nRd != b->nRd) return 0;
  return !a->nRd || !memcmp(a->rd, b->rd, (size_t)a->nRd * sizeof *a->rd);
}

static void add_edge(long from, long to);

/* Task id's dependency on the bytes [lo, hi) of one page, as OpenMP orders it. */
static void resolve_page(Entry *e, uintptr_t lo, uintptr_t hi, int mode, long id) {
  /* cut the fragments at lo and hi, and fill the gaps in [lo, hi) */
  int nf0 = e->nf;
  for (int k = 0; k < e->nf; k++) {
    if (e->f[k].lo < lo && lo < e->f[k].hi) frag_split(e, k, lo);
    if (e->f[k].lo < hi && hi < e->f[k].hi) frag_split(e, k, hi);
  }
  uintptr_t at = lo;
  int k = 0;
  while (k < e->nf && e->f[k].hi <= lo) k++;
  while (at < hi) {
    if (k < e->nf && e->f[k].lo <= at) { at = e->f[k].hi; k++; continue; }
    uintptr_t end = k < e->nf && e->f[k].lo < hi ? e->f[k].lo : hi;
    Frag *g = frag_insert(e, k);
    g->lo = at;
    g->hi = end;
    at = end;
    k++;
  }
  for (k = 0; k < e->nf; k++) {
    Frag *g = &e->f[k];
    if (g->hi <= lo || g->lo >= hi) continue;
    if (mode == DELAYC_RT_IN || mode == DELAYC_RT_UPDATE) {   /* an update in any order: drawn as a read */
      if (g->writer) add_edge(g->writer, id);
      add_reader(g, id);
    } else {
      if (g->nRd)
        for (int r = 0; r < g->nRd; r++) add_edge(g->rd[r], id);
      else if (g->writer)
        add_edge(g->writer, id);
      g->writer = id;
      g->nRd = 0;
    }
  }
  /* neighbours that now agree become one: only after a write, or where
   * fragments were cut or added (a read of whole fragments adds the same
   * reader to each, so neighbours that differed still do; comparing their
   * reader lists at every read made a region many tasks read quadratic) */
  if (e->nf == nf0 && (mode == DELAYC_RT_IN || mode == DELAYC_RT_UPDATE)) return;
  int w = 0;
  for (k = 0; k < e->nf; k++) {
    if (w && same_state(&e->f[w - 1], &e->f[k])) {
      e->f[w - 1].hi = e->f[k].hi;
      free(e->f[k].rd);
      continue;
    }
    e->f[w++] = e->f[k];
  }
  e->nf = w;
}

/* Task id's dependency on the bytes [lo, hi), page by page. */
static void resolve(long parent, uintptr_t lo, uintptr_t hi, int mode, long id) {
  for (uintptr_t p = lo >> PAGE_BITS; lo < hi; p++) {
    uintptr_t end = (p + 1) << PAGE_BITS;
    if (end > hi || end == 0) end = hi;
    resolve_page(lookup(parent, p), lo, end, mode, id);
    lo = end;
  }
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
    if (dep[d].count <= 0 || dep[d].size <= 0) continue;
    if (dep[d].region) {              /* bytes: each row of count elements */
      long rows = dep[d].rows > 1 ? dep[d].rows : 1;
      for (long r = 0; r < rows; r++) {
        uintptr_t lo = (uintptr_t)dep[d].addr + (uintptr_t)(r * dep[d].stride);
        resolve(parent, lo, lo + (uintptr_t)(dep[d].count * dep[d].size), dep[d].mode, id);
      }
    } else if (dep[d].rows >= 0) {    /* count elements side by side: their bytes */
      uintptr_t lo = (uintptr_t)dep[d].addr;
      resolve(parent, lo, lo + (uintptr_t)(dep[d].count * dep[d].size), dep[d].mode, id);
    } else {                          /* count addresses, size apart: each one the byte it names */
      for (long i = 0; i < dep[d].count; i++) {
        uintptr_t a = (uintptr_t)dep[d].addr + (uintptr_t)(i * dep[d].size);
        resolve(parent, a, a + 1, dep[d].mode, id);
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
