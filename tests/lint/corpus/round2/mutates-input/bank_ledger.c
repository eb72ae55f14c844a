/* Bank transactions applied to accounts by tasks.  Some tasks write through
 * parameters they never declared as outputs. */
#include <delayed.h>
#include <string.h>

#define ACCOUNTS 16
#define TXNS 4096

typedef struct {
  long id;
  long balance_cents;
  int frozen;
  struct { long count; long volume; } stats;
} account;

typedef struct {
  int from, to;
  long cents;
} txn;

#define CREDIT(acc, amt) ((acc)->balance_cents += (amt))

/* Wrong: updates the account it was given, undeclared. */
DELAYED long apply_deposits(account *acc, const txn *log, int n) {
  long total = 0;
  for (int i = 0; i < n; i++) {
    if (log[i].to == acc->id) {
      CREDIT(acc, log[i].cents); // expect: delayed-mutates-input
      total += log[i].cents;
    }
  }
  acc->stats.count++; // expect: delayed-mutates-input
  acc->stats.volume = total; // expect: delayed-mutates-input
  return total;
}

/* Wrong: "freezes" accounts through an alias. */
DELAYED int freeze_overdrawn(account *accs, int n) {
  int frozen = 0;
  account *a = accs;
  for (int i = 0; i < n; i++, a++) {
    if (a->balance_cents < 0) {
      a->frozen = 1; // expect: delayed-mutates-input
      frozen++;
    }
  }
  return frozen;
}

/* Wrong: the counter of rejected transactions is a plain pointer. */
DELAYED long sum_valid(const txn *log, int n, int *rejected) {
  long sum = 0;
  for (int i = 0; i < n; i++) {
    if (log[i].cents <= 0) {
      ++*rejected; // expect: delayed-mutates-input
      continue;
    }
    sum += log[i].cents;
  }
  return sum;
}

/* Wrong: clears the caller's scratch log and casts the const away. */
DELAYED long reset_log(txn *scratch, const account *acc, int n) {
  memset(scratch, 0, (size_t)n * sizeof *scratch); // expect: delayed-mutates-input
  account *writable = (account *)acc; // expect: delayed-mutates-input
  return writable->balance_cents;
}

/* Right: the direction is declared. */
DELAYED long settle(DELAYED_INOUT account *acc, DELAYED_IN_N(n) const txn *log, int n) {
  long moved = 0;
  for (int i = 0; i < n; i++) {
    if (log[i].from == acc->id) {
      acc->balance_cents -= log[i].cents;
      moved += log[i].cents;
    }
  }
  acc->stats.count += n;
  return moved;
}

/* Right: copies the account first and returns the new balance. */
DELAYED long projected_balance(const account *acc, const txn *log, int n) {
  account copy = *acc;
  for (int i = 0; i < n; i++)
    if (log[i].to == copy.id)
      CREDIT(&copy, log[i].cents);
  return copy.balance_cents;
}

/* Right: an ordinary function may update what it likes. */
void open_account(account *acc, long id) {
  memset(acc, 0, sizeof *acc);
  acc->id = id;
  acc->balance_cents = 0;
}
