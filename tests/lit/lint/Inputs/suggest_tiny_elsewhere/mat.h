/* Small matrices whose size each says (the counts the user added on suggest's advice). */
#ifndef MAT_H
#define MAT_H
#include "delayed.h"
typedef struct {
    int n;
    double *a DELAYED_N(n * n);
    int flag;
} Mat;
double mat_weighted_sum(const Mat *m);
#endif
