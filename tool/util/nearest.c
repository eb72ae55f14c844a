/* nearest.c — "did you mean ...?": the known name nearest to a
 * misspelt one (an option, a subcommand, a check), as clang's driver suggests
 * '-fbar' for '-fbaz'.
 *
 * Distance is the optimal-string-alignment edit distance: insertions,
 * deletions, substitutions and transpositions of neighbours each cost 1, so
 * `--explian` is one edit from `--explain`.  A name is suggested only when it
 * is close for its length (one edit for words of up to four characters, two
 * beyond that, never half the word or more) and no other name is as close:
 * a guess that could go either way is no help. */
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

/* The distance between a and b, or max + 1 once it is certainly above max. */
static int distance(const char *a, const char *b, int max) {
  int na = (int)strlen(a), nb = (int)strlen(b);
  if (na - nb > max || nb - na > max) return max + 1;
  int *prev2 = xcalloc((size_t)nb + 1, sizeof *prev2);
  int *prev = xcalloc((size_t)nb + 1, sizeof *prev);
  int *cur = xcalloc((size_t)nb + 1, sizeof *cur);
  for (int j = 0; j <= nb; j++) prev[j] = j;
  for (int i = 1; i <= na; i++) {
    cur[0] = i;
    int best = cur[0];
    for (int j = 1; j <= nb; j++) {
      int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
      int del = prev[j] + 1, ins = cur[j - 1] + 1;
      int d = sub < del ? sub : del;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < d)
        d = prev2[j - 2] + 1;
      cur[j] = d;
      if (d < best) best = d;
    }
    int *t = prev2; prev2 = prev; prev = cur; cur = t;
    if (best > max) { nb = -1; break; }
  }
  int r = nb < 0 ? max + 1 : prev[nb];
  free(prev2);
  free(prev);
  free(cur);
  return r;
}

/* The name among names[0..n) (NULL entries skipped) nearest to word, or NULL
 * when none is close enough or two are equally close. */
const char *nearest_name(const char *word, const char *const *names, int n) {
  size_t len = strlen(word);
  while (len && word[len - 1] == '-') len--;
  size_t dashes = strspn(word, "-");
  size_t core = len > dashes ? len - dashes : 0;       /* letters besides the dashes */
  int max = core <= 4 ? 1 : 2;
  if (core < 3) return NULL;                           /* '-x': no guess */
  if ((size_t)max * 2 >= core) max = (int)(core - 1) / 2;
  const char *best = NULL;
  int bestd = max + 1, ties = 0;
  for (int i = 0; i < n; i++) {
    if (!names[i] || !strcmp(names[i], word)) continue;
    int d = distance(word, names[i], max);
    if (d < bestd) { bestd = d; best = names[i]; ties = 0; }
    else if (d == bestd && best && strcmp(best, names[i])) ties++;
  }
  return bestd <= max && !ties ? best : NULL;
}
