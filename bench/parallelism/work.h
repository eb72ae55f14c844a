/* work.h — simulated work for the parallelism benchmark.
 *
 * work_ms(ms) sleeps for ms milliseconds: a task's "work" is mostly this sleep, so
 * the speed-up a program can reach does not depend on how many cores the machine
 * has, only on how many tasks delayc lets run at the same time.
 */
#ifndef BENCH_WORK_H
#define BENCH_WORK_H

#include <time.h>

static inline void work_ms(int ms) {
  struct timespec ts;
  ts.tv_sec = ms / 1000;
  ts.tv_nsec = (long)(ms % 1000) * 1000000L;
  while (nanosleep(&ts, &ts) != 0) {
    /* interrupted by a signal: sleep what is left */
  }
}

#endif /* BENCH_WORK_H */
