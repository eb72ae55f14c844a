/* A text index over three files (blind round 54a, after the edits suggest advised): under
 * valgrind, delayc suggest read an operator uninitialised and an index of a disposed unit. */
#include <stdio.h>
#include <stdlib.h>
#include "textidx.h"

#define NDOCS 160
#define NWORDS 60000

static const char *const queries[][3] = {
  { "alpha", "river", "omega" }, { "garden", "zeta", "stone" }, { "pi", "mu", "engine" },
};

int main(int argc, char **argv) {
  hash_fn h = argc > 1 ? tix_djb2 : tix_fnv1a;
  (void)argv;
  Document *docs = malloc(NDOCS * sizeof *docs);
  DocIndex *idx = malloc(NDOCS * sizeof *idx);
  double scores[NDOCS][3];
  for (int i = 0; i < NDOCS; i++)
    docs[i] = tix_doc_generate(i, NWORDS + (size_t)(i % 7) * 1000);
  for (int i = 0; i < NDOCS; i++)
    idx[i] = tix_index_build(&docs[i], h);
  for (int i = 0; i < NDOCS; i++)
    for (int q = 0; q < 3; q++)
      scores[i][q] = tix_score(&idx[i], queries[q], 3, h);
  double sum = 0;
  size_t terms = 0;
  for (int i = 0; i < NDOCS; i++) {
    for (int q = 0; q < 3; q++) sum += scores[i][q] * (q + 1);
    terms += idx[i].nterms + idx[i].nwords;
    tix_index_free(&idx[i]);
    free(docs[i].text);
  }
  free(docs); free(idx);
  printf("checksum %.6f terms %zu\n", sum, terms);
  return 0;
}
