/* after_macro_args.c — `delayed_after(...)` / `delayed_bind(...)(...)` calls
 * whose arguments use the user's object-like macros and enum constants the
 * way real code does (`log_step(k % NSTAGES, LIMIT)`, `put(N)`), at the end
 * and in the middle of an argument, plus the same calls without
 * delayed_after. Purposely global state, ordered only by tokens. */
#include <stdio.h>
#include "delayed.h"

#define NSTAGES 3
#define LIMIT 40
#define N 7

int trace[64];
int ntrace;

DELAYED void log_step(int stage, int lim)
{
    if (ntrace < 64)
        trace[ntrace++] = stage * 100 + lim;
}

DELAYED void put(int v)
{
    if (ntrace < 64)
        trace[ntrace++] = -v;
}

int main(void)
{
    delayed_token t = delayed_after(put(N));
    for (int k = 0; k < 5; k++)
        t = delayed_after(delayed_bind(log_step, t)(k % NSTAGES, LIMIT));
    delayed_token u = delayed_after(delayed_bind(put, t)(N * 2));
    delayed_token v = delayed_after(delayed_bind(log_step, u)(NSTAGES + 1, LIMIT - N));
    delayed_compute(v);
    for (int i = 0; i < ntrace; i++)
        printf("%d%c", trace[i], i + 1 < ntrace ? ' ' : '\n');
    return 0;
}
