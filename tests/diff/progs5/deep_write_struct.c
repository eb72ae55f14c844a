/* deep_write_struct: job descriptions passed as `const struct job *` whose
   members point at a global total and at a local history array; the DELAYED
   runner writes through those member pointers (allowed by const), and main
   reads the global and the local right after spawning; then the same with
   the history slot passed as a plain pointer argument (a task). */
#include <stdio.h>
#include "delayed.h"

#define JOBS 6

struct job {
  int id;
  long *total;   /* a global */
  long *hist;    /* main's local array */
};

static long g_total;

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED void run_job(const struct job *j, long work) {
  spin(work);
  *j->total += (j->id + 1) * 10;
  j->hist[j->id] = *j->total;
}

static long g_total2;

DELAYED void run_slot(int id, long *slot, long work) {
  spin(work);
  g_total2 += (id + 1) * 10;
  *slot = g_total2;
}

int main(void) {
  long hist[JOBS] = {0};
  struct job jobs[JOBS];
  for (int i = 0; i < JOBS; i++) {
    jobs[i].id = i;
    jobs[i].total = &g_total;
    jobs[i].hist = hist;
  }
  for (int i = 0; i < JOBS; i++) run_job(&jobs[i], (JOBS - i) * 150000L);
  printf("total=%ld\n", g_total);
  for (int i = 0; i < JOBS; i++) printf("hist[%d]=%ld\n", i, hist[i]);

  long hist2[JOBS] = {0};
  for (int i = 0; i < JOBS; i++) run_slot(i, &hist2[i], (JOBS - i) * 150000L);
  printf("total2=%ld\n", g_total2);
  for (int i = 0; i < JOBS; i++) printf("hist2[%d]=%ld\n", i, hist2[i]);
  return 0;
}
