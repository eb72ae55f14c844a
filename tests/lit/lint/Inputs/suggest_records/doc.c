#include <stdlib.h>
#include <string.h>
#include "doc.h"

unsigned long g_scanned;

void doc_make(Document *d, int id, size_t len) {
    unsigned s = 12345u + (unsigned)id * 977u;
    d->len = len;
    d->text = malloc(len + 1);
    for (size_t i = 0; i < len; i++) {
        s = s * 1103515245u + 12345u;
        d->text[i] = (s >> 16) % 6 == 0 ? ' ' : (char)('a' + (s >> 20) % 26);
    }
    d->text[len] = 0;
}

void doc_free(Document *d) { free(d->text); }

void doc_hist(const Document *d, Hist *h) {
    memset(h, 0, sizeof *h);
    size_t run = 0;
    for (int pass = 0; pass < 4; pass++)
        for (size_t i = 0; i <= d->len; i++) {
            if (i < d->len && d->text[i] != ' ') { run++; continue; }
            if (run) { h->counts[run < 15 ? run : 15] += pass == 3; h->words += pass == 3; }
            run = 0;
        }
}
