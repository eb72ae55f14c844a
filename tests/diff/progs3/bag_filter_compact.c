/* bag_filter_compact.c — a dask.bag-style map / filter / fold over records:
 * `keep[i] = pred(items[i])` and `mapped[i] = transform(items[i])` as element
 * tasks, then ordinary code compacts with `out[n++] = mapped[i]` when
 * `keep[i]` (results as conditions and as copy sources), folds the compacted
 * array in chunks with DELAYED_IN_N tasks (count known only at run time), and
 * a frequency table `freq[key(x)]++` driven by results. */
#include <stdio.h>
#include "delayed.h"

#define NITEMS 300
#define CH 16

struct item {
    int id;
    int weight;
    char tag;
};

DELAYED_PURE _Bool pred(struct item it) { return it.weight % 3 != 0 && it.tag != 'x'; }
DELAYED_PURE long transform(struct item it) { return (long)it.weight * 10 + it.id % 7; }
DELAYED_PURE int key(struct item it) { return (it.tag - 'a') % 8; }

DELAYED long fold(DELAYED_IN_N(n) const long *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s = (s * 3 + v[i]) % 1000000007L;
    return s;
}

int main(void)
{
    struct item items[NITEMS];
    _Bool keep[NITEMS];
    long mapped[NITEMS], out[NITEMS], parts[NITEMS / CH + 1];
    int freq[8] = { 0 };
    for (int i = 0; i < NITEMS; i++)
        items[i] = (struct item){ .id = i, .weight = (i * 37) % 101, .tag = (char)('a' + (i * 11) % 24) };
    for (int i = 0; i < NITEMS; i++) {
        keep[i] = pred(items[i]);
        mapped[i] = transform(items[i]);
    }
    int n = 0;
    for (int i = 0; i < NITEMS; i++)
        if (keep[i])
            out[n++] = mapped[i];
    int nparts = 0;
    for (int start = 0; start < n; start += CH) {
        int len = n - start < CH ? n - start : CH;
        parts[nparts++] = fold(out + start, len);
    }
    long total = 0;
    for (int p = 0; p < nparts; p++)
        total = (total * 7 + parts[p]) % 1000000007L;
    for (int i = 0; i < NITEMS; i++)
        freq[key(items[i])]++;
    printf("kept %d of %d in %d parts, total %ld\n", n, NITEMS, nparts, total);
    for (int k = 0; k < 8; k++)
        printf("freq[%d]=%d%s", k, freq[k], k == 7 ? "\n" : " ");
    return 0;
}
