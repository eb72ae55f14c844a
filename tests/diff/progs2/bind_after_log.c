/* bind_after_log.c — void tasks with tokens: `delayed_after(write_slot(...))`
 * into a local log array through OUT pointers, `delayed_bind(summarize, t1, t2)`
 * ordering a reader after them, tokens collected in an array inside a loop, and
 * `delayed_compute` on a token and on a result. */
#include <stdio.h>
#include "delayed.h"

DELAYED void write_slot(DELAYED_OUT int *slot, int v) { *slot = v * v; }
DELAYED int summarize(DELAYED_IN_N(n) const int *log, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s = s * 3 + log[i];
    return s % 100003;
}

int main(void)
{
    int log[8] = { 0 };
    delayed_token t1 = delayed_after(write_slot(&log[0], 3));
    delayed_token t2 = delayed_after(write_slot(&log[1], 4));
    int s1 = delayed_bind(summarize, t1, t2)(log, 2);

    delayed_token toks[6];
    for (int i = 0; i < 6; i++)
        toks[i] = delayed_after(write_slot(&log[i + 2], i + 5));
    delayed_compute(toks[5]);
    int s2 = delayed_bind(summarize, toks[0], toks[1], toks[2], toks[3], toks[4], toks[5])(log, 8);
    delayed_compute(s2);
    printf("s1=%d s2=%d log7=%d\n", s1, s2, log[7]);
    return 0;
}
