#ifndef SORT_H
#define SORT_H
#include <stddef.h>

typedef struct {
    int *keys;
    size_t n;
} Batch;

void batch_fill(Batch *b, size_t n, unsigned seed);
void merge_sort(int *a, int *tmp, size_t n);
#endif
