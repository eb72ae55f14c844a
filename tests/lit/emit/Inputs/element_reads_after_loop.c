/* element_reads_after_loop.c — a loop of element tasks, then a loop that reads
 * the results (lit input: emit/element-waits-hoisted.test). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED static double work(int i) { double x = i; for (int k = 0; k < 20; k++) x = x * 0.999 + 1.0; return x; }
int main(void) {
    enum { N = 2000000 };
    double *out = malloc(sizeof(double) * N);
    for (int i = 0; i < N; i++) out[i] = work(i);
    double s = 0;
    for (int i = 0; i < N; i++) s += out[i];
    printf("%.3f\n", s);
    free(out);
    return 0;
}
