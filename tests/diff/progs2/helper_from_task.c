/* helper_from_task.c — an ordinary helper that spawns tasks with loop-local
 * results (hoisted storage) is called from inside delayed functions running
 * concurrently, and from main; each helper invocation must use its own storage. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x)
{
    int s = 0;
    for (int i = 0; i < 1000; i++)
        s = (s + i) % 3;
    return x + 1 + s * 0;
}
DELAYED int dbl(int x) { return x * 2; }
DELAYED int add(int a, int b) { return a + b; }

static long process_row(int r)
{
    int out[20];
    for (int i = 0; i < 20; i++) {
        int a = inc(r * 100 + i);
        int b = dbl(a);
        int c = add(a, b);
        out[i] = c;
    }
    long s = 0;
    for (int i = 0; i < 20; i++)
        s = s * 3 + out[i];
    return s % 1000003;
}

DELAYED long row_job(int r) { return process_row(r) + r; }

int main(void)
{
    long res[12];
    for (int r = 0; r < 12; r++)
        res[r] = row_job(r);
    long direct = process_row(99);
    for (int r = 0; r < 12; r++)
        printf("%ld ", res[r]);
    printf("\ndirect=%ld\n", direct);
    return 0;
}
