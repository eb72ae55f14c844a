/* blocks.h — per-block work on an integer matrix, each call a task under delayc. */
#ifndef BLOCKS_H
#define BLOCKS_H

#include "delayed.h"

/* Fills m[0..n) with a reproducible pattern. */
void make_matrix(int *m, int n, int seed);

/* A checksum of one block of n values. */
DELAYED long long block_checksum(DELAYED_IN_N(n) const int *block, int n);

/* The largest value of one block. */
DELAYED int block_max(DELAYED_IN_N(n) const int *block, int n);

#endif
