/* dowhile_continue.c — do/while loops that spawn tasks with `continue` (which
 * jumps to the condition), a do/while whose condition uses a counter only,
 * a nested while with break, and results kept in a ring buffer. */
#include <stdio.h>
#include "delayed.h"

DELAYED int step(int x) { return (x * 5 + 3) % 97; }
DELAYED int mix(int a, int b) { return (a * 7 + b) % 101; }

int main(void)
{
    int ring[4] = { 0, 0, 0, 0 };
    int n = 0;
    do {
        n++;
        if (n % 3 == 0)
            continue;
        ring[n % 4] = step(n);
    } while (n < 20);

    int acc = 1, k = 0;
    do {
        acc = mix(acc, k);
        k++;
    } while (k < 25);

    int outer = 0, found = -1;
    while (outer < 5) {
        int inner = 0;
        int v[6];
        while (inner < 6) {
            v[inner] = step(outer * 10 + inner);
            inner++;
        }
        int j = 0;
        while (j < 6) {
            if (v[j] > 90) {
                found = outer * 10 + j;
                break;
            }
            j++;
        }
        outer++;
    }
    printf("ring=%d %d %d %d acc=%d found=%d\n", ring[0], ring[1], ring[2], ring[3], acc, found);
    return 0;
}
