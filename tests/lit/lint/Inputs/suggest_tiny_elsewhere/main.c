/* Many small matrices: a checksum of each (a few hundred ns) summed as it
 * goes, in a loop that reads the matrices' flags too, then a cleanup loop. */
#include <stdio.h>
#include <stdlib.h>
#include "mat.h"

#define NMAT 20000

int main(void)
{
    Mat *mats;
    int i, k, nflag = 0;
    double sum = 0.0;
    mats = (Mat *)malloc(sizeof(Mat) * NMAT);
    if (!mats) return 1;
    for (i = 0; i < NMAT; i++) {
        mats[i].n = 4 + i % 12;
        mats[i].a = (double *)malloc(sizeof(double) * mats[i].n * mats[i].n);
        if (!mats[i].a) return 1;
        for (k = 0; k < mats[i].n * mats[i].n; k++) mats[i].a[k] = (double)((i * 31 + k) % 17);
        mats[i].flag = i % 5 == 0;
    }
    for (i = 0; i < NMAT; i++) {
        nflag += mats[i].flag;
        sum += mat_weighted_sum(&mats[i]);
    }
    printf("flags %d sum %.1f\n", nflag, sum);
    for (i = 0; i < NMAT; i++) {
        free(mats[i].a);
        mats[i].a = NULL;
    }
    free(mats);
    return 0;
}
