/* sort_tables.c — sorts and ranks score tables inside delayed functions using
 * qsort with a comparator, const lookup tables, a static const local, string
 * literals and enum constants: none of these is mutable state, so no finding. */
#include <stdlib.h>
#include <stdio.h>
#include "delayed.h"

enum { NSCORES = 50000, NGRADES = 5 };

static const int grade_floor[NGRADES] = { 90, 80, 70, 60, 0 };
static const char *const grade_name[NGRADES] = { "A", "B", "C", "D", "F" };

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

DELAYED int median_score(DELAYED_INOUT_N(n) int *scores, int n)
{
    qsort(scores, (size_t)n, sizeof *scores, by_value);
    return scores[n / 2];
}

DELAYED int count_grade(const int *scores, int n, int g)
{
    static const int bonus = 2;
    int c = 0;
    for (int i = 0; i < n; i++) {
        int s = scores[i] + bonus;
        int lo = grade_floor[g], hi = g == 0 ? 1000 : grade_floor[g - 1];
        if (s >= lo && s < hi)
            c++;
    }
    return c;
}

int main(void)
{
    static int a[NSCORES], b[NSCORES];
    for (int i = 0; i < NSCORES; i++) {
        a[i] = (i * 7919) % 101;
        b[i] = (i * 104729) % 101;
    }
    int ma = median_score(a, NSCORES);
    int na = count_grade(b, NSCORES, 0);
    int nf = count_grade(b, NSCORES, 4);
    printf("median %d, %s: %d, %s: %d\n", ma, grade_name[0], na, grade_name[4], nf);
    return 0;
}
