/* unity_static_state/accounts.c — area 5: part of the unity build of main.c.  A tiny
 * ledger with file-static balances; DELAYED `post` changes them, DELAYED `balance_of`
 * reads them, and `ledger_report` prints them. */
#include <stdio.h>
#include "delayed.h"

#define NACC 4

static long balances[NACC];
static int postings;

DELAYED void post(int acc, long amount) {
  balances[acc] += amount;
  postings++;
}

DELAYED long balance_of(int acc) {
  return balances[acc];
}

static void ledger_report(void) {
  for (int a = 0; a < NACC; a++)
    printf("account %d: %ld\n", a, balances[a]);
  printf("%d postings\n", postings);
}
