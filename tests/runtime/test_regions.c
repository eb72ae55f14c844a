/* test_regions.c — unit tests of run-time region dependencies
 * (runtime/task_regions.c): which live tasks a new task or a wait must follow —
 * overlap by one byte, touching ends, readers together, writers after readers,
 * done tasks forgotten, entries a covering writer replaces, regions to the end
 * of memory, several regions of one task, the lists never holding a task twice;
 * and random spawns checked against a brute-force scan: every live task a new
 * one conflicts with is among its predecessors or reached through theirs. */
#include <stdlib.h>
#include <string.h>

#include "delayc_rt.h"
#include "test.h"

static char mem[1000];

static delayc_rt_region R(long at, long len, int write) {
  return (delayc_rt_region){mem + at, (size_t)len, write, 0, 0};
}

/* A task with one region; the number of live tasks it follows. */
static int spawn(delayc_rt_regions **rg, delayc_rt_region r, char **tok, char ***pred) {
  int np;
  char **p;
  *tok = delayc_rt_region_task(rg, 1, &r, &np, &p);
  if (pred) *pred = p;
  return np;
}

static int has(char **pred, int n, char *tok) {
  for (int i = 0; i < n; i++)
    if (pred[i] == tok) return 1;
  return 0;
}

static void test_overlap_rules(void) {
  delayc_rt_regions *rg = NULL;
  char *w1, *w2, *r1, *r2, *t;
  char **pred;
  CHECK(spawn(&rg, R(0, 100, 1), &w1, NULL) == 0);
  CHECK(spawn(&rg, R(100, 100, 1), &w2, NULL) == 0);      /* touching ends: disjoint */
  CHECK(spawn(&rg, R(99, 2, 0), &r1, &pred) == 2);        /* one byte of each writer */
  CHECK(has(pred, 2, w1) && has(pred, 2, w2));
  CHECK(spawn(&rg, R(50, 10, 0), &r2, &pred) == 1);       /* readers do not order readers */
  CHECK(pred[0] == w1);
  CHECK(spawn(&rg, R(55, 1, 1), &t, &pred) == 2);         /* a writer follows the writer and the reader */
  CHECK(has(pred, 2, w1) && has(pred, 2, r2));
  CHECK(spawn(&rg, R(300, 0, 1), &t, NULL) == 0);         /* empty: touches nothing */
  delayc_rt_regions_free(&rg);
  CHECK(rg == NULL);
}

static void test_done_and_waits(void) {
  delayc_rt_regions *rg = NULL;
  char *a, *b, *c;
  char **pred;
  spawn(&rg, R(0, 10, 1), &a, NULL);
  spawn(&rg, R(10, 10, 1), &b, NULL);
  delayc_rt_region tail = {mem + 5, (size_t)-1, 0, 0, 0};      /* from mem + 5 to the end */
  CHECK(delayc_rt_region_wait_list(&rg, &tail, &pred) == 2);
  delayc_rt_region_done(a);
  CHECK(delayc_rt_region_wait_list(&rg, &tail, &pred) == 1);
  CHECK(pred[0] == b);
  delayc_rt_region_done(b);
  CHECK(delayc_rt_region_wait_list(&rg, &tail, &pred) == 0);
  CHECK(spawn(&rg, R(0, 20, 1), &c, NULL) == 0);
  delayc_rt_regions *none = NULL;                         /* no task yet: nothing to wait for */
  CHECK(delayc_rt_region_wait_list(&none, &tail, &pred) == 0);
  delayc_rt_regions_free(&rg);
  delayc_rt_regions_free(&none);
}

/* A writer that covers earlier entries replaces them: a later task follows it
 * alone (it follows them), and the list stays short over many generations. */
static void test_covering_writer(void) {
  delayc_rt_regions *rg = NULL;
  char *t[8], *all, *x;
  char **pred;
  for (int i = 0; i < 8; i++) spawn(&rg, R(i * 10, 10, 1), &t[i], NULL);
  CHECK(spawn(&rg, R(0, 80, 1), &all, &pred) == 8);
  CHECK(spawn(&rg, R(35, 1, 0), &x, &pred) == 1);
  CHECK(pred[0] == all);
  for (int k = 0; k < 100000; k++) spawn(&rg, R(0, 80, 1), &x, &pred);   /* a chain of covering writers */
  CHECK(spawn(&rg, R(0, 1, 0), &x, &pred) == 1);
  delayc_rt_regions_free(&rg);
}

/* Several regions of one task: each conflict counted once. */
static void test_several_regions(void) {
  delayc_rt_regions *rg = NULL;
  char *w, *t;
  int np;
  char **pred;
  spawn(&rg, R(0, 100, 1), &w, NULL);
  delayc_rt_region two[] = {R(0, 10, 0), R(50, 10, 1), R(200, 10, 1)};
  t = delayc_rt_region_task(&rg, 3, two, &np, &pred);
  CHECK(np == 1 && pred[0] == w);
  CHECK(spawn(&rg, R(205, 1, 0), &w, &pred) == 1);       /* the task's third region */
  CHECK(pred[0] == t);
  delayc_rt_regions_free(&rg);
}

/* Random tasks on a small arena (some wide, some done at random): the index's
 * answer, closed over earlier answers, holds every conflicting live task.
 * finish: a task finishes at a step with odds 1 in finish (when its
 * predecessors have); rare finishes keep thousands live, as a spawner far
 * ahead of its tasks does, so that every run of the index fills and merges
 * (then without wide writers, which would cover and drop them all). */
enum { NT = 3000 };
static char *tok[NT];
static int *pr[NT], npr[NT], lo_[NT], len_[NT], wr_[NT], dn[NT], rows_[NT], stride_[NT];
static unsigned char seen[NT];

static int reach(int from, int want) {   /* want in the closure of from's predecessors */
  for (int i = 0; i < npr[from]; i++) {
    int p = pr[from][i];
    if (p == want) return 1;
    if (seen[p]) continue;
    seen[p] = 1;
    if (reach(p, want)) return 1;
  }
  return 0;
}

static void test_random_against_scan(unsigned finish, int with_wide) {
  delayc_rt_regions *rg = NULL;
  static char big[1 << 16];
  unsigned x = 12345;
  int bad = 0;
  memset(dn, 0, sizeof dn);
  for (int t = 0; t < NT; t++) {
    x = x * 1103515245u + 12345u;
    int wide = with_wide && (x >> 8) % 50 == 0;
    lo_[t] = wide ? 0 : (int)((x >> 4) % 60000);
    len_[t] = wide ? (1 << 16) : 1 + (int)((x >> 12) % 300);
    wr_[t] = (x >> 20) % 3 != 0;
    rows_[t] = 1;
    stride_[t] = 0;
    if (!wide && (x >> 24) % 4 == 0) {   /* a block of rows, some overlapping each other */
      rows_[t] = 2 + (int)((x >> 6) % 7);
      stride_[t] = len_[t] / 2 + 1 + (int)((x >> 9) % 500);
      if (lo_[t] + (rows_[t] - 1) * stride_[t] + len_[t] > (1 << 16)) rows_[t] = 1;
    }
    delayc_rt_region r = { big + lo_[t], (size_t)len_[t], wr_[t], (size_t)rows_[t], stride_[t] };
    int np;
    char **pl;
    tok[t] = delayc_rt_region_task(&rg, 1, &r, &np, &pl);
    pr[t] = malloc((size_t)(np + 1) * sizeof *pr[t]);
    npr[t] = 0;
    for (int i = 0; i < np; i++)
      for (int k = 0; k < t; k++)
        if (tok[k] == pl[i]) pr[t][npr[t]++] = k;
    for (int k = 0; k < t; k++) {        /* brute force: live, overlapping, one writing */
      if (dn[k] || !(wr_[k] || wr_[t])) continue;
      int meet = 0;
      for (int a = 0; a < rows_[k] && !meet; a++)
        for (int b = 0; b < rows_[t] && !meet; b++) {
          int ka = lo_[k] + a * stride_[k], tb = lo_[t] + b * stride_[t];
          meet = ka < tb + len_[t] && tb < ka + len_[k];
        }
      if (!meet) continue;
      memset(seen, 0, sizeof seen);
      if (!reach(t, k)) bad++;
    }
    for (int k = 0; k < t; k++) {        /* some finish: only after their predecessors, as OpenMP runs them */
      int ready = !dn[k] && ((x >> 3) + (unsigned)k) % finish == 0;
      for (int i = 0; i < npr[k] && ready; i++) ready = dn[pr[k][i]];
      if (ready) { dn[k] = 1; delayc_rt_region_done(tok[k]); }
    }
  }
  CHECK(bad == 0);
  for (int t = 0; t < NT; t++) free(pr[t]);
  delayc_rt_regions_free(&rg);
}

/* Blocks of rows (fft's strided halves): interleaved rows of one stride are
 * disjoint, shifted ones meet; a plain block meets only the rows it covers; a
 * million rows cost one pass, not a million queries. */
static void test_strided_rows(void) {
  delayc_rt_regions *rg = NULL;
  char *even, *odd, *t;
  char **pred;
  delayc_rt_region ev = {mem, 8, 1, 50, 16}, od = {mem + 8, 8, 1, 50, 16};
  CHECK(spawn(&rg, ev, &even, NULL) == 0);
  CHECK(spawn(&rg, od, &odd, NULL) == 0);                /* the other half of every period */
  delayc_rt_region sh = {mem + 12, 8, 0, 10, 16};        /* straddles both */
  CHECK(spawn(&rg, sh, &t, &pred) == 2);
  delayc_rt_region gap = {mem + 8, 8, 0, 1, 0};          /* one odd row */
  CHECK(spawn(&rg, gap, &t, &pred) == 1 && pred[0] == odd);
  delayc_rt_region past = {mem + 800, 8, 0, 1, 0};       /* beyond the last row */
  CHECK(spawn(&rg, past, &t, &pred) == 0);
  delayc_rt_regions_free(&rg);
  static char big[1 << 22];
  delayc_rt_region many = {big, 1, 1, (size_t)1 << 21, 2};
  CHECK(spawn(&rg, many, &t, NULL) == 0);
  delayc_rt_region other = {big + 1, 1, 1, (size_t)1 << 21, 2};
  CHECK(spawn(&rg, other, &t, NULL) == 0);
  delayc_rt_regions_free(&rg);
}

int main(void) {
  test_overlap_rules();
  test_strided_rows();
  test_done_and_waits();
  test_covering_writer();
  test_several_regions();
  test_random_against_scan(7, 1);
  test_random_against_scan(997, 0);
  return test_done();
}
