/* test_stats.c — unit tests of DELAYC_STATS (runtime/task_stats.c).
 *
 * The flags are read before main, so each case runs this program again as a
 * child with its own environment and its stderr on a pipe:
 *
 *   off    DELAYC_STATS unset: delayc_rt_flags is 0, nothing printed
 *   zero   DELAYC_STATS=0: the same
 *   on     DELAYC_STATS=1: NTHREAD pthreads each run NROUND tasks; in every
 *          round all threads are inside a task at once (a barrier between
 *          begin and end), so the peak is exactly NTHREAD, and the exit line
 *          is exactly "delayc: tasks=NTHREAD*NROUND peak-concurrency=NTHREAD"
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "delayc_rt.h"
#include "rt_internal.h"
#include "test.h"

enum { NTHREAD = 4, NROUND = 100 };

static pthread_barrier_t barrier;

static void *worker(void *unused) {
  (void)unused;
  for (int i = 0; i < NROUND; i++) {
    DELAYC_RT_TASK_BEGIN("work", __LINE__);
    pthread_barrier_wait(&barrier);   /* everyone is inside a task */
    DELAYC_RT_TASK_END("work", __LINE__);
    pthread_barrier_wait(&barrier);   /* everyone has left it */
  }
  return NULL;
}

/* The child: runs the tasks, checks the counters, exits 0 when all is well. */
static int child(const char *zCase) {
  int on = strcmp(zCase, "on") == 0;
  CHECK((delayc_rt_flags != 0) == on);
  pthread_barrier_init(&barrier, NULL, NTHREAD);
  pthread_t aThread[NTHREAD];
  for (int i = 0; i < NTHREAD; i++) pthread_create(&aThread[i], NULL, worker, NULL);
  for (int i = 0; i < NTHREAD; i++) pthread_join(aThread[i], NULL);
  pthread_barrier_destroy(&barrier);
  long nTask, nPeak;
  delayc_rt__stats_read(&nTask, &nPeak);
  CHECK(nTask == (on ? NTHREAD * NROUND : 0));
  CHECK(nPeak == (on ? NTHREAD : 0));
  /* Results on stdout; stderr holds only what the runtime prints. */
  return test_done();
}

/* Runs argv0 as a child for zCase with DELAYC_STATS=zEnv (NULL: unset);
 * returns its exit status and its stderr in zErr. */
static int run_child(const char *argv0, const char *zCase, const char *zEnv,
                     char *zErr, size_t nErr) {
  int fd[2];
  if (pipe(fd) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd[1], 2);
    close(fd[0]);
    close(fd[1]);
    if (zEnv) setenv("DELAYC_STATS", zEnv, 1);
    else unsetenv("DELAYC_STATS");
    execl("/proc/self/exe", argv0, "--child", zCase, (char *)NULL);
    execl(argv0, argv0, "--child", zCase, (char *)NULL);
    _exit(127);
  }
  close(fd[1]);
  size_t n = 0;
  ssize_t got;
  while (n + 1 < nErr && (got = read(fd[0], zErr + n, nErr - 1 - n)) > 0) n += (size_t)got;
  zErr[n] = '\0';
  close(fd[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--child") == 0) return child(argv[2]);

  char zErr[4096];
  char zWant[128];

  CHECK(run_child(argv[0], "off", NULL, zErr, sizeof zErr) == 0);
  CHECK(strcmp(zErr, "") == 0);

  CHECK(run_child(argv[0], "off", "0", zErr, sizeof zErr) == 0);
  CHECK(strcmp(zErr, "") == 0);

  CHECK(run_child(argv[0], "on", "1", zErr, sizeof zErr) == 0);
  snprintf(zWant, sizeof zWant, "delayc: tasks=%d peak-concurrency=%d\n",
           NTHREAD * NROUND, NTHREAD);
  CHECK(strcmp(zErr, zWant) == 0);
  if (strcmp(zErr, zWant) != 0) fprintf(stderr, "got: %s", zErr);

  return test_done();
}
