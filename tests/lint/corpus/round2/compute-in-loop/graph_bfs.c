/* Breadth-first search by levels on a graph in compressed rows.  Each level
 * expands its frontier in chunks; the level loop needs the previous level. */
#include <delayed.h>
#include <string.h>

#define NODES 4096
#define EDGES 32768
#define CHUNKS 8
#define CHUNK (NODES / CHUNKS)

typedef struct {
  int row_start[NODES + 1];
  int col[EDGES];
} csr_graph;

/* Marks the unvisited neighbours of the frontier nodes of one chunk;
 * returns how many it marked. */
DELAYED int expand_chunk(DELAYED_IN const csr_graph *g, DELAYED_IN_N(NODES) const int *level,
                         int depth, int first, DELAYED_OUT_N(CHUNK) int *next) {
  int found = 0;
  for (int i = 0; i < CHUNK; i++)
    next[i] = 0;
  for (int u = 0; u < NODES; u++) {
    if (level[u] != depth)
      continue;
    for (int e = g->row_start[u]; e < g->row_start[u + 1]; e++) {
      int v = g->col[e];
      if (v >= first && v < first + CHUNK && level[v] < 0 && !next[v - first]) {
        next[v - first] = 1;
        found++;
      }
    }
  }
  return found;
}

DELAYED long degree_sum(DELAYED_IN const csr_graph *g, int first) {
  long s = 0;
  for (int u = first; u < first + CHUNK; u++)
    s += g->row_start[u + 1] - g->row_start[u];
  return s;
}

/* Wrong: expands one level but waits for every chunk inside the chunk loop. */
int expand_level_slow(const csr_graph *restrict g, int *restrict level, int depth) {
  int next[NODES];
  int added = 0;
  for (int c = 0; c < CHUNKS; c++) {
    int got = delayed(expand_chunk)(g, level, depth, c * CHUNK, next + c * CHUNK);
    added += got; // expect: delayed-compute-in-loop
  }
  for (int v = 0; v < NODES; v++)
    if (next[v])
      level[v] = depth + 1;
  return added;
}

/* Wrong even so: the level loop spawns tasks and computes inside itself.
 * The chunk loop is right, but the level loop is the one that matters. */
int bfs_levels(const csr_graph *restrict g, int *restrict level, int source, int max_depth) {
  int next[NODES];
  int found[CHUNKS];
  int depth;
  for (int u = 0; u < NODES; u++)
    level[u] = -1;
  level[source] = 0;
  for (depth = 0; depth < max_depth; depth++) {
    for (int c = 0; c < CHUNKS; c++)
      found[c] = delayed(expand_chunk)(g, level, depth, c * CHUNK, next + c * CHUNK);
    delayed_compute(found, next); // expect: delayed-compute-in-loop
    int total = 0;
    for (int c = 0; c < CHUNKS; c++)
      total += found[c];
    if (total == 0)
      break;
    for (int v = 0; v < NODES; v++)
      if (next[v])
        level[v] = depth + 1;
  }
  return depth;
}

/* Right: the degree sums are independent; one compute after the loop. */
long total_degree(const csr_graph *restrict g) {
  long part[CHUNKS];
  for (int c = 0; c < CHUNKS; c++)
    part[c] = delayed(degree_sum)(g, c * CHUNK);
  delayed_compute(part);
  long s = 0;
  for (int c = 0; c < CHUNKS; c++)
    s += part[c];
  return s;
}

/* Wrong: uses the value at once in a do-while loop. */
long degree_until(const csr_graph *restrict g, long budget) {
  long s = 0;
  int c = 0;
  do {
    s += delayed(degree_sum)(g, c * CHUNK);
    c++;
  } while (c < CHUNKS && s < budget); // expect: delayed-compute-in-loop
  return s;
}
