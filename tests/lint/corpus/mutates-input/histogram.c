/* histogram.c — grey-level histograms of two image halves.  histogram_of keeps
 * its counts in a struct passed by a plain pointer and writes its members (one
 * write in a nested block); histogram_into declares the struct DELAYED_OUT and
 * may write it.  merge_hist is declared DELAYED on its prototype only: the
 * definition is still a delayed function, and its destination is still an input. */
#include <stdio.h>
#include "delayed.h"

#define NBINS 16
#define NPX (256 * 256)

struct hist {
    int bins[NBINS];
    long total;
};

DELAYED long merge_hist(struct hist *dst, const struct hist *src);

DELAYED int histogram_of(const unsigned char *px, int n, struct hist *h)
{
    int maxbin = 0;
    for (int i = 0; i < n; i++) {
        int b = px[i] / 16;
        h->bins[b]++; // expect: delayed-mutates-input
        if (h->bins[b] > h->bins[maxbin])
            maxbin = b;
    }
    h->total += n; // expect: delayed-mutates-input
    return maxbin;
}

DELAYED int histogram_into(DELAYED_OUT struct hist *h, const unsigned char *px, int n)
{
    for (int b = 0; b < NBINS; b++)
        h->bins[b] = 0;
    int maxbin = 0;
    for (int i = 0; i < n; i++) {
        int b = px[i] / 16;
        h->bins[b]++;
        if (h->bins[b] > h->bins[maxbin])
            maxbin = b;
    }
    h->total = n;
    return maxbin;
}

long merge_hist(struct hist *dst, const struct hist *src)
{
    for (int b = 0; b < NBINS; b++)
        dst->bins[b] += src->bins[b]; // expect: delayed-mutates-input
    return dst->total + src->total;
}

int main(void)
{
    static unsigned char img[2 * NPX];
    for (int i = 0; i < 2 * NPX; i++)
        img[i] = (unsigned char)((i * 31) % 251);
    struct hist top = { { 0 }, 0 }, bottom;
    int m1 = histogram_of(img, NPX, &top);
    int m2 = histogram_into(&bottom, img + NPX, NPX);
    long all = merge_hist(&top, &bottom);
    printf("top peak %d (%ld px), bottom peak %d (%ld px)\n", m1, top.total, m2, bottom.total);
    printf("%ld px, %d in bin 0\n", all, top.bins[0]);
    return 0;
}
