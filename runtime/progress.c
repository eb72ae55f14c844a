/* progress.c — DELAYC_PROGRESS: a progress bar on stderr.
 *
 *   delayc: [##########..........]  8/16 tasks  0.4s
 *
 * "16" is the number of tasks spawned so far (a program spawns as it goes, so
 * the total grows).  On a terminal the line is redrawn in place ten times a
 * second; otherwise (a file, a pipe, CI logs) a line is written at most once a
 * second, and only when the counts changed.  A final line is always written at
 * exit.  A drawing thread, started by the first task, does the redrawing; the
 * task hooks only bump two atomic counters.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rt_internal.h"

static atomic_long nSpawn, nDone;
static int bTty;                      /* stderr is a terminal */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int bStop, bStarted;
static pthread_t drawer;
static long nSpawnShown = -1, nDoneShown = -1;   /* what the last line showed (drawer, then exit) */

static void draw(int bFinal) {
  long nS = atomic_load(&nSpawn), nD = atomic_load(&nDone);
  if (!bTty && !bFinal && nS == nSpawnShown && nD == nDoneShown) return;
  nSpawnShown = nS;
  nDoneShown = nD;
  enum { W = 20 };
  char bar[W + 1];
  int k = nS > 0 ? (int)(nD * W / nS) : 0;
  for (int i = 0; i < W; i++) bar[i] = i < k ? '#' : '.';
  bar[W] = 0;
  fprintf(stderr, "%sdelayc: [%s] %ld/%ld tasks %.1fs%s", bTty ? "\r" : "", bar, nD, nS,
          delayc_rt__now(), bTty ? (bFinal ? "\033[K\n" : "\033[K") : "\n");
  fflush(stderr);
}

static void *drawer_main(void *unused) {
  (void)unused;
  long nsStep = bTty ? 100000000L : 1000000000L;
  pthread_mutex_lock(&mu);
  while (!bStop) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += nsStep;
    while (ts.tv_nsec >= 1000000000L) { ts.tv_sec++; ts.tv_nsec -= 1000000000L; }
    pthread_cond_timedwait(&cv, &mu, &ts);
    if (!bStop) draw(0);
  }
  pthread_mutex_unlock(&mu);
  return NULL;
}

static void start_drawer(void) {
  pthread_mutex_lock(&mu);
  bStarted = pthread_create(&drawer, NULL, drawer_main, NULL) == 0;
  pthread_mutex_unlock(&mu);
}

static void progress_exit(void) {
  pthread_mutex_lock(&mu);
  bStop = 1;
  pthread_cond_signal(&cv);
  int bJoin = bStarted;
  pthread_mutex_unlock(&mu);
  if (bJoin) pthread_join(drawer, NULL);
  if (bTty) fputs("\r\033[K", stderr);   /* the bar off the line the program's output goes on */
  fflush(stdout);                      /* keep the program's own output first */
  draw(1);
}

void delayc_rt__progress_init(void) {
  bTty = isatty(2);
  atexit(progress_exit);
}

void delayc_rt__progress_spawn(void) {
  atomic_fetch_add(&nSpawn, 1);
  pthread_once(&once, start_drawer);
}

void delayc_rt__progress_end(void) { atomic_fetch_add(&nDone, 1); }

void delayc_rt__progress_read(long *pnSpawn, long *pnDone) {
  *pnSpawn = atomic_load(&nSpawn);
  *pnDone = atomic_load(&nDone);
}
