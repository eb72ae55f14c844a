/* libc_delayed_calls.c — `delayed(f)(...)` on C library functions the way a
 * user reaches for them: `delayed(memcmp)` on local buffers, `delayed(strtol)`
 * with a NULL end pointer and with a `char **` end pointer, `delayed(strlen)`,
 * `delayed(strncmp)`, `delayed(memchr)` whose pointer result is used as an
 * offset, `delayed(labs)`, `delayed(fabs)` (inlined, no libm), `delayed(strspn)`;
 * a buffer overwritten by ordinary code after a delayed reader. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

int main(void)
{
    char a[64] = "the quick brown fox jumps over the lazy dog";
    char b[64] = "the quick brown fox jumps over the lazy cat";
    const char *nums[4] = { "12345", "-77", "0x1f", "  42abc" };
    int c1 = delayed(memcmp)(a, b, 40);
    int c2 = delayed(memcmp)(a, b, sizeof a);
    long v0 = delayed(strtol)(nums[0], NULL, 10);
    long v1 = delayed(strtol)("-77", NULL, 10);
    char *end = NULL;
    long v2 = delayed(strtol)("0x1f rest", &end, 16);
    size_t la = delayed(strlen)(a);
    int n3 = delayed(strncmp)(a, b, 10);
    const char *hit = delayed(memchr)(a, 'z', sizeof a);
    long ab = delayed(labs)(v1 * 3);
    double fx = delayed(fabs)(-2.75 * (double)v1);
    size_t sp = delayed(strspn)(a, "the ");

    /* ordinary writes after the readers were spawned */
    a[0] = 'T';
    memset(b + 40, 'x', 3);
    long v3 = delayed(strtol)(nums[3], NULL, 10);
    int c3 = delayed(memcmp)(a, b, 3);

    printf("c1=%d c2>0=%d v0=%ld v1=%ld v2=%ld rest='%s'\n", c1, c2 > 0, v0, v1, v2, end ? end : "(null)");
    printf("la=%zu n3=%d hit@%ld ab=%ld fx=%.2f sp=%zu\n", la, n3, hit ? (long)(hit - a) : -1L, ab, fx, sp);
    printf("v3=%ld c3<0=%d a=%.9s b+36=%s\n", v3, c3 < 0, a, b + 36);
    return 0;
}
