/* bots_sort_omp.c — cilksort after BOTS, hand-written OpenMP tasks: the four
 * quarter sorts are tasks, a taskwait, the two pairwise merges are tasks, a
 * taskwait, then the final merge; the merge's two halves are tasks.  Calls below
 * QUICKSIZE / MERGESIZE elements run inline. */
#include <omp.h>
#include "common.h"

#define QUICKSIZE 2048
#define MERGESIZE 2048
#define INSERTIONSIZE 20

typedef long ELM;

static void insertion_sort(ELM *low, ELM *high)
{
    for (ELM *p = low + 1; p <= high; p++) {
        ELM v = *p, *q = p;
        while (q > low && q[-1] > v) {
            *q = q[-1];
            q--;
        }
        *q = v;
    }
}

static ELM median3(ELM a, ELM b, ELM c)
{
    if (a < b)
        return b < c ? b : (a < c ? c : a);
    return a < c ? a : (b < c ? c : b);
}

/* quicksort of low[0..high-low], inclusive bounds */
static void seqquick(ELM *low, ELM *high)
{
    while (high - low >= INSERTIONSIZE) {
        ELM pivot = median3(*low, low[(high - low) / 2], *high);
        ELM *i = low, *j = high;
        while (i <= j) {
            while (*i < pivot)
                i++;
            while (*j > pivot)
                j--;
            if (i <= j) {
                ELM t = *i;
                *i++ = *j;
                *j-- = t;
            }
        }
        if (j - low < high - i) {   /* recurse on the smaller side */
            seqquick(low, j);
            low = i;
        } else {
            seqquick(i, high);
            high = j;
        }
    }
    insertion_sort(low, high);
}

static void seqmerge(const ELM *low1, const ELM *high1, const ELM *low2, const ELM *high2,
                     ELM *dest)
{
    while (low1 <= high1 && low2 <= high2)
        *dest++ = *low2 < *low1 ? *low2++ : *low1++;
    while (low1 <= high1)
        *dest++ = *low1++;
    while (low2 <= high2)
        *dest++ = *low2++;
}

/* the last element of sorted low..high that is <= val (low - 1 if none) */
static ELM *binsplit(ELM val, ELM *low, ELM *high)
{
    ELM *lo = low, *hi = high + 1;   /* first element > val lies in [lo, hi] */
    while (lo < hi) {
        ELM *mid = lo + (hi - lo) / 2;
        if (*mid <= val)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

/* merges the sorted runs low1..high1 and low2..high2 (inclusive) into lowdest */
static void cilkmerge(ELM *low1, ELM *high1, ELM *low2, ELM *high2, ELM *lowdest)
{
    if (high2 - low2 > high1 - low1) {   /* make run 1 the longer */
        ELM *t = low1;
        low1 = low2;
        low2 = t;
        t = high1;
        high1 = high2;
        high2 = t;
    }
    if (high1 < low1)
        return;
    if (high2 - low2 < MERGESIZE) {
        seqmerge(low1, high1, low2, high2, lowdest);
        return;
    }
    ELM *split1 = low1 + (high1 - low1 + 1) / 2;
    ELM *split2 = binsplit(*split1, low2, high2);
    long lowsize = (split1 - low1) + (split2 - low2);
    lowdest[lowsize + 1] = *split1;
    if (lowsize + 1 < MERGESIZE) /* same rule as the annotated version's cutoff */
        cilkmerge(low1, split1 - 1, low2, split2, lowdest);
    else {
#pragma omp task
        cilkmerge(low1, split1 - 1, low2, split2, lowdest);
    }
    if ((high1 - split1) + (high2 - split2) < MERGESIZE)
        cilkmerge(split1 + 1, high1, split2 + 1, high2, lowdest + lowsize + 2);
    else {
#pragma omp task
        cilkmerge(split1 + 1, high1, split2 + 1, high2, lowdest + lowsize + 2);
    }
#pragma omp taskwait
}

static void cilksort(ELM *low, ELM *tmp, long size)
{
    if (size < QUICKSIZE) {
        seqquick(low, low + size - 1);
        return;
    }
    long quarter = size / 4;
    ELM *A = low, *tmpA = tmp;
    ELM *B = A + quarter, *tmpB = tmpA + quarter;
    ELM *C = B + quarter, *tmpC = tmpB + quarter;
    ELM *D = C + quarter, *tmpD = tmpC + quarter;
    if (size - 3 * quarter < QUICKSIZE) {   /* the same cutoffs as the annotated version */
        cilksort(A, tmpA, quarter);
        cilksort(B, tmpB, quarter);
        cilksort(C, tmpC, quarter);
        cilksort(D, tmpD, size - 3 * quarter);
    } else {
#pragma omp task
        cilksort(A, tmpA, quarter);
#pragma omp task
        cilksort(B, tmpB, quarter);
#pragma omp task
        cilksort(C, tmpC, quarter);
#pragma omp task
        cilksort(D, tmpD, size - 3 * quarter);
#pragma omp taskwait
    }
    if (2 * quarter < MERGESIZE) {
        cilkmerge(A, A + quarter - 1, B, B + quarter - 1, tmpA);
        cilkmerge(C, C + quarter - 1, D, low + size - 1, tmpC);
    } else {
#pragma omp task
        cilkmerge(A, A + quarter - 1, B, B + quarter - 1, tmpA);
#pragma omp task
        cilkmerge(C, C + quarter - 1, D, low + size - 1, tmpC);
#pragma omp taskwait
    }
    cilkmerge(tmpA, tmpC - 1, tmpC, tmpA + size - 1, A);
}

int main(int argc, char **argv)
{
    long n = bench_arg(argc, argv, 1, 16L << 20);
    ELM *array = malloc(n * sizeof(ELM));
    ELM *tmp = malloc(n * sizeof(ELM));
    unsigned long x = 2463534242UL;
    for (long i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        array[i] = (ELM)(x >> 1) % 1000000000L;
    }

    double t0 = bench_now();
#pragma omp parallel
#pragma omp single
    cilksort(array, tmp, n);
    bench_report(bench_now() - t0);

    long unsorted = 0;
    unsigned long check = 0;
    for (long i = 0; i < n; i++) {
        if (i > 0 && array[i - 1] > array[i])
            unsorted++;
        check = check * 31 + (unsigned long)array[i];
    }
    printf("sort(%ld): %s, checksum %lu, min %ld, median %ld, max %ld\n", n,
           unsorted ? "NOT SORTED" : "sorted", check, array[0], array[n / 2], array[n - 1]);
    free(array);
    free(tmp);
    return 0;
}
