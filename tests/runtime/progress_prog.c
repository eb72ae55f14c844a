/* progress_prog.c — a program that talks while its tasks run, for the
 * progress bar's terminal test (progress_pty.py runs it under a
 * pseudo-terminal with DELAYC_PROGRESS=1).
 *
 *   progress_prog talk   two threads run 40 tasks of 10 ms each; some tasks
 *                        print a line; main prints a line every 50 ms (one of
 *                        them longer than the terminal is wide, one on
 *                        stderr); 80 tasks, about half a second
 *   progress_prog hang   the same tasks, but they never end: the test
 *                        interrupts it (SIGINT)
 *
 * The hooks are called as generated code calls them (DELAYC_RT_TASK_*); no
 * OpenMP needed.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "delayc_rt.h"

enum { NWORKER = 2, NTASK = 40 };

static int bHang;

static void pause_ms(long ms) {
  struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
  while (nanosleep(&ts, &ts) != 0) {}
}

static void *worker(void *p) {
  int w = (int)(long)p;
  for (int i = 0; i < NTASK; i++) {
    long id = DELAYC_RT_TASK_SPAWN0("work", 30);
    DELAYC_RT_TASK_BEGIN_ID(id, "work", 30);
    pause_ms(bHang ? 100000 : 10);
    if (i % 10 == 5) printf("worker %d: task %d says hello\n", w, i);
    DELAYC_RT_TASK_END_ID(id, "work", 30);
  }
  return NULL;
}

int main(int argc, char **argv) {
  bHang = argc > 1 && strcmp(argv[1], "hang") == 0;
  pthread_t aThread[NWORKER];
  for (long i = 0; i < NWORKER; i++) pthread_create(&aThread[i], NULL, worker, (void *)i);
  for (int k = 0; k < 8; k++) {
    pause_ms(50);
    if (k == 3)
      printf("main: a long line that the terminal wraps: %s\n",
             "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz");
    else if (k == 5)
      fprintf(stderr, "main: a warning on stderr\n");
    else
      printf("main: %d files scanned\n", k);
    fflush(stdout);
  }
  for (int i = 0; i < NWORKER; i++) pthread_join(aThread[i], NULL);
  printf("main: done\n");
  return 0;
}
