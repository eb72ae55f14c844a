/* token_chains.c — ordering side effects with tokens kept in arrays: each
 * writer `t[i] = delayed_after(append(...))` is bound to the previous token
 * (`delayed_bind(append, t[i-1])`), several independent chains interleaved in
 * one loop (`tok[c][i]`), a join task bound to the last token of every chain,
 * and `delayed_compute` on a whole token array; the writers append to a global
 * log and to per-chain global buffers (purposely global state ordered only by
 * the tokens). */
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define CHAINS 3
#define LEN 10

char logbuf[512];
int loglen;
int chain_val[CHAINS];

DELAYED void append(int c, int i)
{
    chain_val[c] = chain_val[c] * 3 + i + c;
    loglen += snprintf(logbuf + loglen, sizeof logbuf - (size_t)loglen, "%c%d ", 'a' + c, i);
}

DELAYED void join(int n)
{
    int s = 0;
    for (int c = 0; c < CHAINS; c++)
        s += chain_val[c] % 1000;
    loglen += snprintf(logbuf + loglen, sizeof logbuf - (size_t)loglen, "| join%d=%d ", n, s);
}

int main(void)
{
    delayed_token tok[CHAINS][LEN];
    for (int i = 0; i < LEN; i++)
        for (int c = 0; c < CHAINS; c++) {
            if (i == 0)
                tok[c][i] = delayed_after(append(c, i));
            else
                tok[c][i] = delayed_after(delayed_bind(append, tok[c][i - 1])(c, i));
        }
    delayed_token j = delayed_after(delayed_bind(join, tok[0][LEN - 1], tok[1][LEN - 1], tok[2][LEN - 1])(1));
    delayed_compute(j);
    printf("vals %d %d %d\n", chain_val[0], chain_val[1], chain_val[2]);
    printf("log: %s\n", logbuf);

    delayed_token seq[5];
    seq[0] = delayed_after(append(0, 100));
    for (int k = 1; k < 5; k++)
        seq[k] = delayed_after(delayed_bind(append, seq[k - 1])(k % 3, 100 + k));
    delayed_compute(seq);
    printf("vals %d %d %d len %d\n", chain_val[0], chain_val[1], chain_val[2], loglen);
    printf("tail: %s\n", logbuf + (loglen > 40 ? loglen - 40 : 0));
    return 0;
}
