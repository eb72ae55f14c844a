// A declaration the body exceeds in a shape delayc cannot prove at compile
// time (a while loop whose bound comes from a parameter the body changes):
// the emitted program stops at the first access outside, with the site.
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *p, int n, int v) {
    n = n + 1;                     /* one too many */
    int i = 0;
    while (i < n) { p[i] = v; i++; }
    usleep(1000);
}

int main(void) {
    int *a = calloc(41, sizeof *a);
    if (!a) return 1;
    for (int k = 0; k < 4; k++) fill(a + k * 10, 10, k + 1);
    printf("%d %d %d %d\n", a[0], a[10], a[20], a[30]);
    free(a);
    return 0;
}
