/* ideal-4: 3.70 */
/* A pipeline per item: load (10 ms) -> clean (15 ms) -> analyze (20 ms) for 8
 * items, then one summarize task (10 ms) over the 8 results.
 *   work: 8*(10+15+20) + 10 = 370 ms; the 8 chains of 45 ms take 2 per worker =
 *   90 ms, then the summary: 100 ms (lower bound: (360 / 4) + 10); ideal = 3.70 */
#include <stdio.h>
#include "delayed.h"
#include "work.h"

#define NITEMS 8
#define LEN 256

typedef struct {
  int values[LEN];
  int n;
} Record;

DELAYED Record load(int id) {
  work_ms(10);
  Record r;
  r.n = LEN;
  for (int i = 0; i < LEN; i++) r.values[i] = (id * 37 + i * 11) % 101 - 20;
  return r;
}

DELAYED Record clean(Record r) {
  work_ms(15);
  for (int i = 0; i < r.n; i++)
    if (r.values[i] < 0) r.values[i] = 0;
  return r;
}

DELAYED long analyze(Record r) {
  work_ms(20);
  long s = 0;
  for (int i = 0; i < r.n; i++) s += (long)r.values[i] * (i % 7);
  return s;
}

DELAYED long summarize(DELAYED_IN_N(n) const long *scores, int n) {
  work_ms(10);
  long best = scores[0];
  for (int i = 1; i < n; i++)
    if (scores[i] > best) best = scores[i];
  return best;
}

int main(void) {
  long scores[NITEMS];
  for (int i = 0; i < NITEMS; i++) {
    Record raw = load(i);
    Record ok = clean(raw);
    scores[i] = analyze(ok);
  }
  long best = summarize(scores, NITEMS);

  for (int i = 0; i < NITEMS; i++) printf("item %d: %ld\n", i, scores[i]);
  printf("best: %ld\n", best);
  return 0;
}
