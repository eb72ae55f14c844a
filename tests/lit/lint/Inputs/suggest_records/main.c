#include <stdio.h>
#include <stdlib.h>
#include "doc.h"

#define NDOCS 12

int main(void) {
    Document *docs = malloc(NDOCS * sizeof *docs);
    Hist *hists = malloc(NDOCS * sizeof *hists);
    unsigned long words = 0, len5 = 0;
    for (int d = 0; d < NDOCS; d++) doc_make(&docs[d], d, 200000);
    for (int d = 0; d < NDOCS; d++) {
        doc_hist(&docs[d], &hists[d]);
#ifdef COUNT_IN_LOOP
        g_scanned++;
#endif
    }
    for (int d = 0; d < NDOCS; d++) {
        words += hists[d].words;
        len5 += hists[d].counts[5];
        doc_free(&docs[d]);
    }
    printf("docs %d words %lu len5 %lu scanned %lu\n", NDOCS, words, len5, g_scanned);
    free(docs);
    free(hists);
    return 0;
}
