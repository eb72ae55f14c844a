/* Blind round 48a (dijkstra): one shortest-path search per source, reading a
 * graph held in a global struct of pointers.  suggest proposed the searches
 * and emit ran them one after the other (each read all memory through g, and
 * wrote its result through a pointer): not proposed now, with the edit. */
/* dijkstra.c - all-sources shortest paths on a generated sparse graph
 * (adjacency in CSR form), binary heap, one run per source. */
#include <stdio.h>
#include <stdlib.h>

#define INF 0x3fffffff
#define SWAP(a, b) do { int t_ = (a); (a) = (b); (b) = t_; } while (0)

typedef struct {
    int n, m;
    int *rowptr;
    int *col;
    int *w;
} Graph;

static Graph g;

static void build_graph(int n, int deg)
{
    int i, j, e = 0;
    unsigned s = 99;
    g.n = n;
    g.m = n * deg;
    g.rowptr = malloc(sizeof(int) * (n + 1));
    g.col = malloc(sizeof(int) * g.m);
    g.w = malloc(sizeof(int) * g.m);
    for (i = 0; i < n; i++) {
        g.rowptr[i] = e;
        for (j = 0; j < deg; j++) {
            s = s * 1103515245u + 12345u;
            g.col[e] = (j == 0) ? (i + 1) % n : (int)((s >> 8) % (unsigned)n);
            g.w[e] = 1 + (int)((s >> 3) % 100);
            e++;
        }
    }
    g.rowptr[n] = e;
}

/* heap of vertices keyed by dist; pos[] for decrease-key */
static void sift_up(int *heap, int *pos, const int *dist, int i)
{
    while (i > 0) {
        int p = (i - 1) / 2;
        if (dist[heap[p]] <= dist[heap[i]]) break;
        SWAP(pos[heap[p]], pos[heap[i]]);
        SWAP(heap[p], heap[i]);
        i = p;
    }
}

static void sift_down(int *heap, int *pos, const int *dist, int size, int i)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < size && dist[heap[l]] < dist[heap[m]]) m = l;
        if (r < size && dist[heap[r]] < dist[heap[m]]) m = r;
        if (m == i) return;
        SWAP(pos[heap[m]], pos[heap[i]]);
        SWAP(heap[m], heap[i]);
        i = m;
    }
}

/* returns sum of finite distances from src; writes eccentricity */
static long sssp(int src, int *ecc)
{
    int n = g.n, size = 0, i, e;
    int *dist = malloc(sizeof(int) * n);
    int *heap = malloc(sizeof(int) * n);
    int *pos = malloc(sizeof(int) * n);
    long total = 0;
    int far = 0;
    for (i = 0; i < n; i++) { dist[i] = INF; pos[i] = -1; }
    dist[src] = 0;
    heap[size] = src; pos[src] = size; size++;
    while (size > 0) {
        int u = heap[0];
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            pos[heap[0]] = 0;
            sift_down(heap, pos, dist, size, 0);
        }
        pos[u] = -2;
        for (e = g.rowptr[u]; e < g.rowptr[u + 1]; e++) {
            int v = g.col[e], nd = dist[u] + g.w[e];
            if (pos[v] == -2 || nd >= dist[v]) continue;
            dist[v] = nd;
            if (pos[v] == -1) { heap[size] = v; pos[v] = size; size++; }
            sift_up(heap, pos, dist, pos[v]);
        }
    }
    for (i = 0; i < n; i++) {
        if (dist[i] < INF) {
            total += dist[i];
            if (dist[i] > far) far = dist[i];
        }
    }
    *ecc = far;
    free(dist); free(heap); free(pos);
    return total;
}

int main(int argc, char **argv)
{
    int n = 2000, nsrc = 100, s, diam = 0;
    long *sums;
    int *eccs;
    unsigned long long check = 0;
    if (argc > 1) n = atoi(argv[1]);
    if (argc > 2) nsrc = atoi(argv[2]);
    if (nsrc > n) nsrc = n;
    build_graph(n, 6);
    sums = malloc(sizeof(long) * nsrc);
    eccs = malloc(sizeof(int) * nsrc);
    for (s = 0; s < nsrc; s++)
        sums[s] = sssp(s * (n / nsrc), &eccs[s]);
    for (s = 0; s < nsrc; s++) {
        check = check * 1000003ULL + (unsigned long long)sums[s];
        if (eccs[s] > diam) diam = eccs[s];
    }
    printf("n=%d sources=%d diameter>=%d check=%llu\n", n, nsrc, diam, check);
    free(sums); free(eccs);
    free(g.rowptr); free(g.col); free(g.w);
    return 0;
}
