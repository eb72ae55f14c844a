/* A global counted once per element inside a callee's loop: not proposed, with the edit that fixes it (lit: lint/suggest-hot-update.test; written blind, round 33). */
#include <stdio.h>
static long total_words = 0;
static long work(const int *a, int n, int k)
{
    long s = 0;
    for (int i = 0; i < n; i++) {
        s += (a[i] * k) % 7;
        total_words += 1;
    }
    return s;
}
int main(void)
{
    static int a[100000];
    long r[64];
    for (int i = 0; i < 100000; i++) a[i] = i;
    for (int k = 0; k < 64; k++)
        r[k] = work(a, 100000, k);
    long t = 0;
    for (int k = 0; k < 64; k++) t += r[k];
    printf("%ld %ld\n", t, total_words);
    return 0;
}
