/* wait_in_spawning_loop.c — ordinary code in a loop that spawns reads, each
 * iteration, a result an earlier task wrote: a targeted wait per iteration
 * while the other tasks keep running (lit input for targeted-wait.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED long work(int i) { long s = 0; for (int k = 0; k < 2000; k++) s += (i * 31 + k) % 7; return s; }
DELAYED long quick(int i) { return i + 1; }

int main(void) {
    long q[512], r[512];
    for (int i = 0; i < 512; i++) q[i] = quick(i);
    long s = 0;
    for (int round = 0; round < 8; round++)
        for (int i = 0; i < 512; i++) {
            r[i] = work(i + round);
            s += q[(i * 7) % 512] + (round ? r[(i + 511) % 512] : 0);
        }
    long t = 0;
    for (int i = 0; i < 512; i++) t += r[i];
    printf("%ld %ld\n", s, t);
    return 0;
}
