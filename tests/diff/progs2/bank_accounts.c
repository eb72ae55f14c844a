/* bank_accounts.c — an array of account structs: a delayed interest step applied
 * to a member of each element in place (`acct[i].balance = grow(acct[i].balance,
 * acct[i].rate)`) for several months, a delayed fee depending on two members,
 * then an ordinary report and a delayed richest-account search over the array. */
#include <stdio.h>
#include "delayed.h"

#define NA 10

struct account { int id; long balance; int rate; long fees; };

DELAYED long grow(long bal, int rate) { return bal + bal * rate / 1000; }
DELAYED long fee(long bal, int id) { return bal > 50000 ? 25 + id : 5; }
DELAYED int richest(DELAYED_IN_N(n) const struct account *a, int n)
{
    int best = 0;
    for (int i = 1; i < n; i++)
        if (a[i].balance > a[best].balance)
            best = i;
    return a[best].id;
}

int main(void)
{
    struct account acct[NA];
    for (int i = 0; i < NA; i++) {
        acct[i].id = 100 + i;
        acct[i].balance = 10000L * (i + 1);
        acct[i].rate = 5 + i % 4;
        acct[i].fees = 0;
    }
    for (int m = 0; m < 12; m++) {
        for (int i = 0; i < NA; i++)
            acct[i].balance = grow(acct[i].balance, acct[i].rate);
        for (int i = 0; i < NA; i++)
            acct[i].fees = fee(acct[i].balance, acct[i].id);
        for (int i = 0; i < NA; i++)
            acct[i].balance -= acct[i].fees;
    }
    int top = richest(acct, NA);
    long sum = 0;
    for (int i = 0; i < NA; i++) {
        printf("%d %ld %ld\n", acct[i].id, acct[i].balance, acct[i].fees);
        sum += acct[i].balance;
    }
    printf("richest=%d sum=%ld\n", top, sum);
    return 0;
}
