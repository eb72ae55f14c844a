/* deep_write_struct: job descriptions passed as `const struct job *` whose
   members point at a global total and at a local history array; the DELAYED
   runner writes through those member pointers (allowed by const), and main
   reads the global and the local right after spawning. */
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
  return 0;
}
