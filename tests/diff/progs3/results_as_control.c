/* results_as_control.c — results used as control: a result as a loop bound
 * (`for (i = 0; i < count(x); i++)`, and `n = count(x); for (...; i < n; ...)`),
 * as an array index (`hist[bucket(x)]++`), as a `switch` selector and in
 * `case` bodies, in a `for` whose init and step call delayed functions
 * (`for (x = first(); x < 500; x = next(x))`), and in
 * `do { ... } while (more(x));`. */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE int count(int x) { return x % 7 + 3; }
DELAYED_PURE int bucket(int x) { return (x * 2654435761u) >> 29; }
DELAYED int first(void) { return 3; }
DELAYED int next(int x) { return x * 2 + 1; }
DELAYED_PURE int more(int x) { return x % 11 != 0; }
DELAYED int kind(int x) { return x % 4; }
DELAYED int work(int x, int y) { return x * 10 + y; }

int main(void)
{
    int hist[8] = { 0 };
    long acc = 0;
    for (int i = 0; i < count(4); i++)
        acc += work(i, 1);
    int n = count(10);
    for (int i = 0; i < n; i++)
        acc += work(n, i);
    printf("acc=%ld n=%d\n", acc, n);

    for (int x = 0; x < 300; x++)
        hist[bucket(x)]++;
    for (int b = 0; b < 8; b++)
        printf("%d ", hist[b]);
    printf("\n");

    int trace[32], nt = 0;
    for (int x = first(); x < 500; x = next(x))
        trace[nt++] = x;
    for (int i = 0; i < nt; i++)
        printf("%d%c", trace[i], i + 1 < nt ? ',' : '\n');

    int x = 1, steps = 0;
    do {
        x = (x * 3 + 2) % 100003;
        steps++;
    } while (more(x) && steps < 50);
    printf("do-while stopped at x=%d after %d steps\n", x, steps);

    long s = 0;
    for (int i = 0; i < 12; i++) {
        switch (kind(i)) {
        case 0:
            s += work(i, 0);
            break;
        case 1:
            s -= work(i, 1);
            /* fall through */
        case 2:
            s += 2 * work(i, 2);
            break;
        default:
            s += kind(i + 1);
        }
    }
    printf("switch sum=%ld\n", s);
    return 0;
}
