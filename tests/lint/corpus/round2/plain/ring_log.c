/* A ring buffer of log records with a histogram of levels.  Ordinary C that
 * happens to use names a linter might trip on: compute, delayed_, after. */
#include <stdio.h>
#include <string.h>

#define CAPACITY 256
#define MSG 120

typedef enum { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR, LOG_LEVELS } log_level;

typedef struct {
  log_level level;
  long stamp;
  char msg[MSG];
} record;

typedef struct {
  record items[CAPACITY];
  int head, count;
  long dropped;
} ring;

static long histogram[LOG_LEVELS];

static void ring_push(ring *r, log_level level, long stamp, const char *msg) {
  int slot = (r->head + r->count) % CAPACITY;
  if (r->count == CAPACITY) {
    r->head = (r->head + 1) % CAPACITY;
    r->dropped++;
  } else {
    r->count++;
  }
  r->items[slot].level = level;
  r->items[slot].stamp = stamp;
  strncpy(r->items[slot].msg, msg, MSG - 1);
  r->items[slot].msg[MSG - 1] = '\0';
  histogram[level]++;
}

static int ring_pop(ring *r, record *out) {
  if (r->count == 0)
    return 0;
  *out = r->items[r->head];
  r->head = (r->head + 1) % CAPACITY;
  r->count--;
  return 1;
}

/* A user function that is named like the annotations but is not one. */
static long delayed_after_ms(long stamp, long delay) { return stamp + delay; }

static double compute(const long *h, int n) {
  long total = 0, weighted = 0;
  for (int i = 0; i < n; i++) {
    total += h[i];
    weighted += h[i] * i;
  }
  return total ? (double)weighted / (double)total : 0.0;
}

static record latest(ring r) { return r.items[(r.head + r.count - 1 + CAPACITY) % CAPACITY]; }

int main(void) {
  static ring r;
  static const char *const words[] = {"start", "tick", "slow", "fail"};
  for (long t = 0; t < 1000; t++) {
    log_level lv = (log_level)((t * 7) % LOG_LEVELS);
    ring_push(&r, lv, delayed_after_ms(t, 5), words[lv]);
  }
  record last = latest(r);
  record rec;
  int n = 0;
  while (ring_pop(&r, &rec))
    n++;
  printf("popped %d, dropped %ld, mean level %.3f, last '%s'\n", n, r.dropped,
         compute(histogram, LOG_LEVELS), last.msg);
  return 0;
}
