/* unknown_count.c — per-record calls of a cheap DELAYED function in a loop
 * whose trip count comes from the input (argc): the check needs a known trip
 * count, so the record loop is not reported.  The same call in a loop with a
 * constant 1,000,000 trip count is. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define MAXREC 1000000

DELAYED int bucket(int key) { return (key * 2654435761u) >> 28; }

int main(int argc, char **argv)
{
    static int keys[MAXREC], b1[MAXREC], b2[MAXREC];
    int n = argc > 1 ? atoi(argv[1]) : 100;
    if (n < 1 || n > MAXREC)
        return 2;
    for (int i = 0; i < MAXREC; i++)
        keys[i] = i * 7;

    for (int i = 0; i < n; i++)
        b1[i] = bucket(keys[i]);

    for (int i = 0; i < MAXREC; i++)
        b2[i] = bucket(keys[i]); // emit runs it in batches: no delayed-too-fine

    printf("%d %d\n", b1[n - 1], b2[MAXREC - 1]);
    return 0;
}
