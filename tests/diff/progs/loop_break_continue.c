/* loop_break_continue.c — covers: `break` and `continue` in loops that spawn tasks:
 * a break on a plain counter after tasks were spawned, a break that depends on a
 * task's result (search), `continue` that skips spawning for some iterations, and
 * a nested loop where the inner loop breaks. */
#include <stdio.h>
#include "delayed.h"

DELAYED static int score(int i) { return (i * 7919) % 1009; }
DELAYED static int is_square(int n)
{
    int r = 0;
    while ((r + 1) * (r + 1) <= n)
        r++;
    return r * r == n;
}

int main(void)
{
    int out[100];
    for (int i = 0; i < 100; i++)
        out[i] = -1;

    int filled = 0;
    for (int i = 0; i < 100; i++) {
        out[i] = score(i);
        filled++;
        if (i == 59)
            break;
    }

    int skipped = 0;
    int odd[50];
    for (int i = 0; i < 50; i++) {
        odd[i] = 0;
        if (i % 2 == 0) {
            skipped++;
            continue;
        }
        odd[i] = score(i * 3);
    }

    int found = -1;
    for (int n = 1000; n < 5000; n++) {
        if (is_square(n)) {
            found = n;
            break;
        }
    }

    int pairs = 0;
    int first_hit[10];
    for (int a = 0; a < 10; a++) {
        first_hit[a] = -1;
        for (int b = 0; b < 200; b++) {
            int s = score(a * 200 + b);
            if (s > 1000) {
                first_hit[a] = b;
                break;
            }
            if (s % 2)
                continue;
            pairs++;
        }
    }

    long h = 0;
    for (int i = 0; i < 100; i++)
        h = (h * 3 + out[i]) % 1000000007L;
    for (int i = 0; i < 50; i++)
        h = (h * 5 + odd[i]) % 1000000007L;
    printf("filled=%d skipped=%d found=%d pairs=%d hash=%ld\n", filled, skipped, found, pairs, h);
    for (int a = 0; a < 10; a++)
        printf("%d ", first_hit[a]);
    printf("\n");
    return 0;
}
