/* exit_status.c — covers: the process exit status derived from task results (main
 * returns 3 here because validation finds errors), a `return` of a value depending
 * on pending tasks from main, and output flushed before exit. */
#include <stdio.h>
#include "delayed.h"

struct record { int id; int qty; int price; };

DELAYED static int check(struct record r)
{
    int bad = 0;
    if (r.qty < 0) bad++;
    if (r.price <= 0) bad++;
    if (r.id % 11 == 0 && r.qty > 50) bad++;
    return bad;
}

DELAYED static long value(struct record r) { return (long)r.qty * r.price; }

int main(void)
{
    struct record recs[60];
    for (int i = 0; i < 60; i++) {
        recs[i].id = i;
        recs[i].qty = (i * 17) % 90 - 5;
        recs[i].price = (i * 29) % 40;
    }
    int errs[60];
    long vals[60];
    for (int i = 0; i < 60; i++) {
        errs[i] = check(recs[i]);
        vals[i] = value(recs[i]);
    }
    int errors = 0;
    long worth = 0;
    for (int i = 0; i < 60; i++) {
        errors += errs[i];
        if (!errs[i])
            worth += vals[i];
    }
    printf("errors=%d worth=%ld\n", errors, worth);
    return errors > 0 ? 3 : 0;
}
