#include <stdio.h>
#include <stdlib.h>
#include "sort.h"

#define NBATCH 16

static void sort_batch(Batch *b) {
    int *tmp = malloc(b->n * sizeof(int));
    if (!tmp) { fprintf(stderr, "out of memory\n"); exit(1); }
    merge_sort(b->keys, tmp, b->n);
    free(tmp);
}

int main(void) {
    Batch batches[NBATCH];
    unsigned long digest = 0;
    for (int i = 0; i < NBATCH; i++) batch_fill(&batches[i], 20000 + (size_t)i * 1000, 7u + (unsigned)i);
    for (int i = 0; i < NBATCH; i++) sort_batch(&batches[i]);
    for (int i = 0; i < NBATCH; i++) {
        for (size_t k = 0; k < batches[i].n; k += 997) digest = digest * 31 + (unsigned)batches[i].keys[k];
        free(batches[i].keys);
    }
    printf("batches %d digest %lu\n", NBATCH, digest);
    return 0;
}
