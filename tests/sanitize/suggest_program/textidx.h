/* A text index over three files (blind round 54a, after the edits suggest advised): under
 * valgrind, delayc suggest read an operator uninitialised and an index of a disposed unit. */
#ifndef TEXTIDX_H
#define TEXTIDX_H
#include <stddef.h>
#include <stdint.h>
#include "delayed.h"

#define TIX_API extern
#define TIX_BUCKETS 4096

typedef uint32_t (*hash_fn)(const char *s, size_t len);

typedef struct {
  char *text DELAYED_N(len + 1);
  size_t len;
  int id;
} Document;

typedef struct {
  uint32_t *keys DELAYED_N(TIX_BUCKETS);
  uint32_t *counts DELAYED_N(TIX_BUCKETS);
  size_t nterms;
  size_t nwords;
} DocIndex;

TIX_API uint32_t tix_fnv1a(const char *s, size_t len);
TIX_API uint32_t tix_djb2(const char *s, size_t len);
TIX_API Document tix_doc_generate(int id, size_t nwords);
TIX_API DocIndex tix_index_build(const Document *d, hash_fn h);
DELAYED_PURE TIX_API double tix_score(DELAYED_IN const DocIndex *ix, DELAYED_IN_N(nq) const char *const *query, size_t nq, hash_fn h);
TIX_API void tix_index_free(DocIndex *ix);
#endif
