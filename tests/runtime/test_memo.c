/* test_memo.c — unit tests of the memo of DELAYED_PURE calls
 * (runtime/task_memo.c): a stored result is found by the same key and only by
 * it (a key with other bytes, a key that replaced it in its entry; a table
 * holds one callee's keys, all of one length), keys and results past the
 * limits are never stored, and four threads hammering one table on colliding
 * keys only ever read a result that belongs to the key they asked for (under
 * ThreadSanitizer too: tsan.runtime). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "delayc_rt.h"
#include "test.h"

static delayc_rt_memo m;

static int get(long k, double *v) { return delayc_rt_memo_get(&m, &k, sizeof k, v, sizeof *v); }
static void put(long k, double v) { delayc_rt_memo_put(&m, &k, sizeof k, &v, sizeof v); }

static void *hammer(void *arg) {
  long seed = (long)arg, bad = 0;
  for (long i = 0; i < 200000; i++) {
    long k = (seed * 7919 + i * 104729) % 1000;
    double v;
    if (get(k, &v)) bad += v != k * 0.5;
    else put(k, k * 0.5);
  }
  return (void *)bad;
}

int main(void) {
  double v = 0;
  CHECK(!get(1, &v));
  put(1, 2.5);
  CHECK(get(1, &v) && v == 2.5);
  CHECK(!get(2, &v));
  long k2[2] = {1, 0};
  CHECK(!delayc_rt_memo_get(&m, k2, sizeof k2, &v, sizeof v));   /* other bytes after the same first 8 */

  /* a key hashing to the same entry replaces the first */
  long a = 3, b = -1;
  put(a, 3.0);
  for (long k = 4; k < 1000000 && b < 0; k++) {
    double w;
    put(k, (double)k);
    if (!get(a, &w)) b = k;
  }
  CHECK(b > 0);
  double w;
  CHECK(get(b, &w) && w == (double)b);
  CHECK(!get(a, &w));

  /* past the limits: not stored */
  unsigned char big[DELAYC_RT_MEMO_KEY + 1] = {0};
  delayc_rt_memo_put(&m, big, sizeof big, &v, sizeof v);
  CHECK(!delayc_rt_memo_get(&m, big, sizeof big, &v, sizeof v));
  unsigned char res[DELAYC_RT_MEMO_VAL + 1] = {0};
  long k9 = 9;
  delayc_rt_memo_put(&m, &k9, sizeof k9, res, sizeof res);
  CHECK(!delayc_rt_memo_get(&m, &k9, sizeof k9, res, sizeof res));

  /* threads: a hit is always the value stored for that key */
  memset(&m, 0, sizeof m);
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, hammer, (void *)i);
  long bad = 0;
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(t[i], &r);
    bad += (long)r;
  }
  CHECK(bad == 0);
  return test_done();
}
