#ifndef DOC_H
#define DOC_H
#include <stddef.h>

typedef struct {
    char *text;
    size_t len;
} Document;

typedef struct {
    unsigned long counts[16];
    unsigned long words;
} Hist;

extern unsigned long g_scanned;

void doc_make(Document *d, int id, size_t len);
void doc_free(Document *d);
void doc_hist(const Document *d, Hist *h);
#endif
