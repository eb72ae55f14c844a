/* unity_static_state/main.c — area 5 (unity build, static state): includes accounts.c;
 * transfers post to the file-static ledger through DELAYED calls, balances are read
 * between postings, and the ledger is printed at the end. */
#include <stdio.h>
#include "accounts.c"

DELAYED long interest(long balance, int pct) {
  return balance * pct / 100;
}

int main(void) {
  for (int a = 0; a < NACC; a++)
    post(a, 1000 * (a + 1));
  long mid = balance_of(2);
  for (int i = 0; i < 12; i++) {
    post(i % NACC, -50 * i);
    post((i + 1) % NACC, 50 * i);
  }
  long b3 = balance_of(3);
  long i3 = interest(b3, 5);
  post(3, i3);
  printf("mid balance of 2: %ld, balance of 3: %ld, interest %ld\n", mid, b3, i3);
  ledger_report();
  return 0;
}
