/* string_outputs.c — delayed functions that produce strings: formatting into
 * `char out[N][32]` rows with DELAYED_OUT_N(32) (by hand and with snprintf),
 * a DELAYED_PURE hash of `const char *` literals, upper-casing a copy through
 * DELAYED_IN_N/OUT_N, strings compared with `delayed(strcmp)` afterwards, and
 * an ordinary strcat building a report from task-written rows. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "delayed.h"

#define ROWS 10
#define W 32

DELAYED void fmt_int(DELAYED_OUT_N(W) char *dst, int v)
{
    char tmp[16];
    int n = 0, neg = v < 0;
    unsigned u = neg ? 0u - (unsigned)v : (unsigned)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    int k = 0;
    if (neg)
        dst[k++] = '-';
    while (n)
        dst[k++] = tmp[--n];
    dst[k] = '\0';
}

DELAYED void fmt_pair(DELAYED_OUT_N(W) char *dst, const char *key, double v)
{
    snprintf(dst, W, "%s=%.3f", key, v);
}

DELAYED_PURE unsigned djb2(const char *s)
{
    unsigned h = 5381;
    while (*s)
        h = h * 33u + (unsigned char)*s++;
    return h;
}

DELAYED void upcase(DELAYED_IN_N(W) const char *src, DELAYED_OUT_N(W) char *dst)
{
    int i = 0;
    for (; i < W - 1 && src[i]; i++)
        dst[i] = (char)toupper((unsigned char)src[i]);
    dst[i] = '\0';
}

int main(void)
{
    static const char *keys[ROWS] = { "alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa" };
    char nums[ROWS][W], pairs[ROWS][W], loud[ROWS][W];
    unsigned hs[ROWS];
    for (int r = 0; r < ROWS; r++) {
        fmt_int(nums[r], (r - 4) * 12345);
        fmt_pair(pairs[r], keys[r], r / 7.0);
        hs[r] = djb2(keys[r]);
    }
    for (int r = 0; r < ROWS; r++)
        upcase(pairs[r], loud[r]);
    int c1 = delayed(strcmp)(loud[2], pairs[2]);
    int c2 = delayed(strcmp)(nums[4], "0");
    char report[ROWS * (2 * W + 4)] = "";
    for (int r = 0; r < ROWS; r += 3) {
        strcat(report, nums[r]);
        strcat(report, " ");
        strcat(report, loud[r]);
        strcat(report, "; ");
    }
    unsigned hx = 0;
    for (int r = 0; r < ROWS; r++)
        hx ^= hs[r] + (unsigned)r;
    printf("%s\n", report);
    printf("c1<0=%d c2=%d hx=%u\n", c1 < 0, c2, hx);
    return 0;
}
