/* A text index over three files (blind round 54a, after the edits suggest advised): under
 * valgrind, delayc suggest read an operator uninitialised and an index of a disposed unit. */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>
#include "textidx.h"

static const char *const vocab[] = {
  "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
  "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
  "phi", "chi", "psi", "omega", "river", "stone", "cloud", "market", "engine", "garden",
};
#define NVOCAB (sizeof vocab / sizeof vocab[0])

Document tix_doc_generate(int id, size_t nwords) {
  Document dd, *d = &dd;
  size_t cap = nwords * 9 + 1, len = 0;
  unsigned s = (unsigned)id * 747796405u + 2891336453u;
  d->text = malloc(cap);
  for (size_t w = 0; w < nwords; w++) {
    s = s * 1103515245u + 12345u;
    const char *word = vocab[(s >> 16) % NVOCAB];
    size_t wl = strlen(word);
    memcpy(d->text + len, word, wl);
    len += wl;
    d->text[len++] = (w % 13 == 12) ? '.' : ' ';
  }
  d->text[len] = '\0';
  d->len = len;
  d->id = id;
  return dd;
}

static size_t probe(const DocIndex *ix, uint32_t key) {
  size_t b = key & (TIX_BUCKETS - 1);
  while (ix->counts[b] && ix->keys[b] != key) b = (b + 1) & (TIX_BUCKETS - 1);
  return b;
}

DocIndex tix_index_build(const Document *d, hash_fn h) {
  DocIndex r, *ix = &r;
  ix->keys = calloc(TIX_BUCKETS, sizeof *ix->keys);
  ix->counts = calloc(TIX_BUCKETS, sizeof *ix->counts);
  ix->nterms = 0;
  ix->nwords = 0;
  size_t i = 0;
  while (i < d->len) {
    while (i < d->len && !isalpha((unsigned char)d->text[i])) i++;
    size_t start = i;
    while (i < d->len && isalpha((unsigned char)d->text[i])) i++;
    if (i > start) {
      uint32_t key = (h == tix_djb2 ? tix_djb2(d->text + start, i - start) : tix_fnv1a(d->text + start, i - start)) | 1u;
      size_t b = probe(ix, key);
      if (!ix->counts[b]) { ix->keys[b] = key; ix->nterms++; }
      ix->counts[b]++;
      ix->nwords++;
    }
  }
  return r;
}

DELAYED_PURE double tix_score(DELAYED_IN const DocIndex *ix, DELAYED_IN_N(nq) const char *const *query, size_t nq, hash_fn h) {
  double s = 0;
  for (size_t q = 0; q < nq; q++) {
    uint32_t key = h(query[q], strlen(query[q])) | 1u;
    size_t b = probe(ix, key);
    if (ix->counts[b]) s += log(1.0 + ix->counts[b]) / (1.0 + log((double)ix->nwords));
  }
  return s;
}

void tix_index_free(DocIndex *ix) { free(ix->keys); free(ix->counts); }
