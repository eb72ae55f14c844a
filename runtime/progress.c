/* progress.c — DELAYC_PROGRESS: a progress bar on stderr.
 *
 *   delayc: [##########..........] 8/16 tasks 0.4s
 *
 * "16" is the number of tasks spawned so far (a program spawns as it goes, so
 * the total grows).  The task hooks only bump two atomic counters; a drawing
 * thread, started by the first task, redraws the bar ten times a second.
 *
 * The bar lives on the terminal's last line, and the program's output never
 * lands on it.  The runtime cannot see the program's printf, so rather than
 * erasing the bar before each write (what cargo, pip and tqdm do, who print
 * through the bar's own functions) it keeps the last line out of the
 * program's way, as apt does: a scroll region (DECSTBM) covers every other
 * line, so whatever the program writes, from main, from tasks or from a child
 * process, scrolls above the bar.  Each redraw is one write(2) — save the
 * cursor, go to the last line, draw, clear to its end, restore the cursor —
 * which the terminal driver never interleaves with another write, and which
 * leaves the program's cursor, colours and half-written line as they were.
 * The size is read again at every redraw; a resize sets the region again.
 *
 * The bar is drawn only when stderr is a terminal whose TERM is set and not
 * "dumb" and that reports at least 3 lines; otherwise (a file, a pipe, CI
 * logs, Emacs) nothing is drawn while the program runs.  Either way one
 * summary line is written at exit, after the program's own output:
 *
 *   delayc: [####################] 16/16 tasks 0.4s
 *
 * At exit, and on SIGINT, SIGTERM, SIGHUP, SIGQUIT and the crash signals
 * (rt_signal.c), the bar's line is cleared and the whole screen given back
 * before the program ends.  Only SIGKILL or _exit() can leave the region set
 * (`reset` or `tput reset` then clears it).
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "rt_internal.h"

static atomic_long nSpawn, nDone;
static int bLive;                     /* stderr is a terminal we may draw on */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int bStop, bStarted;
static pthread_t drawer;
static int nRegionRow;                /* the terminal's lines when the region was set; 0: not set (drawer) */

/* What gives the screen back: kept ready for the signal handler, which may
 * only write(2).  Two copies so that the drawer never rewrites the one a
 * handler may be reading. */
static char azRestore[2][64];
static size_t anRestore[2];
static atomic_int iRestore = -1;      /* the copy to write; -1: no region set */
static atomic_int bClosed;            /* the screen was given back: draw no more */

static void put(const char *z, size_t n) {
  while (n > 0) {
    ssize_t k = write(2, z, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return;
    z += k;
    n -= (size_t)k;
  }
}

/* "delayc: [####......] 8/16 tasks 0.4s" into z (at most n-1 characters). */
static void bar_text(char *z, size_t n) {
  long nS = atomic_load(&nSpawn), nD = atomic_load(&nDone);
  enum { W = 20 };
  char bar[W + 1];
  int k = nS > 0 ? (int)(nD * W / nS) : 0;
  for (int i = 0; i < W; i++) bar[i] = i < k ? '#' : '.';
  bar[W] = 0;
  snprintf(z, n, "delayc: [%s] %ld/%ld tasks %.1fs", bar, nD, nS, delayc_rt__now());
}

static int term_size(int *pnRow, int *pnCol) {
  struct winsize ws;
  if (ioctl(2, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
  *pnRow = ws.ws_row;
  *pnCol = ws.ws_col;
  return 1;
}

/* Appends to z the sequence that reserves the last of nRow lines: index down
 * and back up (the cursor leaves the last line, scrolling the screen if it
 * was there, and keeps its column), then the region 1..nRow-1 between a
 * save and a restore of the cursor (DECSTBM homes it). */
static int region_open(char *z, size_t n, int nRow) {
  return snprintf(z, n, "\033D\033[A\0337\033[1;%dr\0338", nRow - 1);
}

static void set_restore(int nRow) {
  int i = atomic_load(&iRestore) == 0 ? 1 : 0;
  int k = snprintf(azRestore[i], sizeof azRestore[i], "\0337\033[%d;1H\033[2K\033[r\0338", nRow);
  anRestore[i] = k > 0 ? (size_t)k : 0;
  atomic_store(&iRestore, i);
}

static void give_screen_back(void) {
  atomic_store(&bClosed, 1);
  int i = atomic_exchange(&iRestore, -1);
  if (i >= 0) put(azRestore[i], anRestore[i]);
}

static void on_signal(int sig) {
  (void)sig;
  give_screen_back();
}

static void draw_live(void) {
  int nRow, nCol;
  if (!term_size(&nRow, &nCol) || nRow < 3 || nCol < 10) return;
  char z[512], zBar[256];
  int n = 0;
  if (nRow != nRegionRow) {
    n = region_open(z, sizeof z, nRow);
    set_restore(nRow);
    nRegionRow = nRow;
  }
  bar_text(zBar, sizeof zBar);
  if ((int)strlen(zBar) > nCol - 1) zBar[nCol - 1] = 0;   /* never wrap on the last line */
  n += snprintf(z + n, sizeof z - (size_t)n, "\0337\033[%d;1H\033[0m%s\033[K\0338", nRow, zBar);
  if (!atomic_load(&bClosed) && n > 0 && (size_t)n < sizeof z) put(z, (size_t)n);
}

static void *drawer_main(void *unused) {
  (void)unused;
  sigset_t all;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, NULL);   /* signals go to the program's threads */
  pthread_mutex_lock(&mu);
  while (!bStop) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 100000000L;
    while (ts.tv_nsec >= 1000000000L) { ts.tv_sec++; ts.tv_nsec -= 1000000000L; }
    pthread_cond_timedwait(&cv, &mu, &ts);
    if (!bStop) draw_live();
  }
  pthread_mutex_unlock(&mu);
  return NULL;
}

static void start_drawer(void) {
  if (!bLive) return;
  pthread_mutex_lock(&mu);
  bStarted = pthread_create(&drawer, NULL, drawer_main, NULL) == 0;
  pthread_mutex_unlock(&mu);
}

static void progress_exit(void) {
  pthread_mutex_lock(&mu);
  bStop = 1;
  pthread_cond_signal(&cv);
  int bJoin = bStarted;
  bStarted = 0;
  pthread_mutex_unlock(&mu);
  if (bJoin) pthread_join(drawer, NULL);
  fflush(stdout);                     /* the program's own output first, above the bar */
  give_screen_back();
  char z[256];
  bar_text(z, sizeof z - 1);
  strcat(z, "\n");
  put(z, strlen(z));
}

static int term_usable(void) {
  const char *zTerm = getenv("TERM");
  return isatty(2) && zTerm && *zTerm && strcmp(zTerm, "dumb") != 0;
}

void delayc_rt__progress_init(void) {
  bLive = term_usable();
  atexit(progress_exit);
  if (!bLive) return;
  static const int aSig[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
  for (size_t i = 0; i < sizeof aSig / sizeof *aSig; i++) delayc_rt__on_signal(aSig[i], on_signal);
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
