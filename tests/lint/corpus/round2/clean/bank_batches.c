/* Applies a day's transactions to account shards.  Each shard is updated by
 * one task that declares what it writes; totals come back as results. */
#include <delayed.h>
#include <stdio.h>
#include <string.h>

#define SHARDS 8
#define PER_SHARD 128
#define TXNS 20000

typedef struct {
  long id;
  long balance;
} account;

typedef struct {
  long from, to;
  long amount;
} txn;

typedef struct {
  long credited;
  long debited;
  int rejected;
} shard_report;

static int shard_of(long id) { return (int)(id % SHARDS); }

/* Applies every transaction that touches the shard; writes its report. */
DELAYED void apply_shard(DELAYED_INOUT_N(PER_SHARD) account *accts, int shard,
                         DELAYED_IN_N(TXNS) const txn *log,
                         DELAYED_OUT shard_report *report) {
  shard_report r = {0, 0, 0};
  for (int i = 0; i < TXNS; i++) {
    const txn *t = &log[i];
    if (t->amount <= 0) {
      r.rejected += shard_of(t->from) == shard;
      continue;
    }
    if (shard_of(t->from) == shard) {
      account *a = &accts[(t->from / SHARDS) % PER_SHARD];
      a->balance -= t->amount;
      r.debited += t->amount;
    }
    if (shard_of(t->to) == shard) {
      account *a = &accts[(t->to / SHARDS) % PER_SHARD];
      a->balance += t->amount;
      r.credited += t->amount;
    }
  }
  *report = r;
}

/* Sum of the balances of one shard, read only. */
DELAYED_PURE long shard_total(DELAYED_IN_N(PER_SHARD) const account *accts) {
  long s = 0;
  for (int i = 0; i < PER_SHARD; i++)
    s += accts[i].balance;
  return s;
}

static void make_log(txn *log, int n) {
  unsigned x = 12345u;
  for (int i = 0; i < n; i++) {
    x = x * 1664525u + 1013904223u;
    log[i].from = (long)(x % (SHARDS * PER_SHARD));
    log[i].to = (long)((x >> 8) % (SHARDS * PER_SHARD));
    log[i].amount = (long)(x % 1000) - 10;
  }
}

/* Totals of the shards that are not frozen; stops at the first bad shard id. */
static long audited_total(account (*accts)[PER_SHARD], const int *frozen, const int *ids) {
  long part[SHARDS];
  int used = 0;
  for (int s = 0; s < SHARDS; s++) {
    if (ids[s] < 0 || ids[s] >= SHARDS)
      return -1;
    if (frozen[s])
      continue;
    part[used++] = shard_total(accts[ids[s]]);
  }
  delayed_compute(part);
  long t = 0;
  for (int k = 0; k < used; k++)
    t += part[k];
  return t;
}

int main(void) {
  static account accts[SHARDS][PER_SHARD];
  static txn log[TXNS];
  shard_report report[SHARDS];
  long before[SHARDS], after[SHARDS];
  for (int s = 0; s < SHARDS; s++)
    for (int i = 0; i < PER_SHARD; i++)
      accts[s][i] = (account){(long)i * SHARDS + s, 10000};
  make_log(log, TXNS);

  for (int s = 0; s < SHARDS; s++)
    before[s] = delayed(shard_total)(accts[s]);
  for (int s = 0; s < SHARDS; s++)
    delayed(apply_shard)(accts[s], s, log, &report[s]);
  for (int s = 0; s < SHARDS; s++)
    after[s] = delayed(shard_total)(accts[s]);
  delayed_compute(before, after, report);

  long in = 0, out = 0, drift = 0;
  int rejected = 0;
  for (int s = 0; s < SHARDS; s++) {
    in += report[s].credited;
    out += report[s].debited;
    rejected += report[s].rejected;
    drift += after[s] - before[s];
  }
  static const int frozen[SHARDS] = {0, 1, 0, 0, 0, 0, 1, 0};
  static const int ids[SHARDS] = {0, 1, 2, 3, 4, 5, 6, 7};
  printf("credited %ld debited %ld rejected %d drift %ld audited %ld\n", in, out, rejected, drift,
         audited_total(accts, frozen, ids));
  return drift == in - out ? 0 : 1;
}
