/* text chunks: <ctype.h> and <string.h> calls on task parameters */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define NCH 8
#define CHUNK 400000
#define ALPHA 26

/* lower-case letters, blanks elsewhere; returns the number of letters */
DELAYED long normalize(DELAYED_IN_N(n) const char *src, DELAYED_OUT_N(n) char *dst, int n) {
  long letters = 0;
  for (const char *p = src; p < src + n; p++)
    if (isalpha((unsigned char)*p)) letters++;
  for (int i = 0; i < n; i++)
    dst[i] = isalpha((unsigned char)src[i]) ? (char)tolower((unsigned char)src[i]) : ' ';
  return letters;
}

/* letter histogram of a chunk into its own row of counts */
DELAYED void histo(DELAYED_IN_N(n) const char *s, int n, DELAYED_OUT_N(ALPHA) long *h) {
  memset(h, 0, ALPHA * sizeof(long));
  for (int i = 0; i < n; i++)
    if (islower((unsigned char)s[i])) h[s[i] - 'a']++;
}

/* copy a chunk, then upper-case every vowel in place */
DELAYED int vowels_up(DELAYED_IN_N(n) const char *s, DELAYED_OUT_N(n) char *d, int n) {
  memcpy(d, s, (size_t)n);
  int c = 0;
  for (int i = 0; i < n; i++)
    if (strchr("aeiou", d[i]) && d[i] != '\0') { d[i] = (char)toupper((unsigned char)d[i]); c++; }
  return c;
}

int main(void) {
  const size_t total = (size_t)NCH * CHUNK;
  char *text = malloc(total);
  char *low = malloc(total);
  char *up = malloc(total);
  long *hist = malloc(sizeof(long) * NCH * ALPHA);
  if (!text || !low || !up || !hist) return 1;
  unsigned s = 99;
  const char *alphabet = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 .,;!?";
  size_t alen = strlen(alphabet);
  for (size_t i = 0; i < total; i++) {
    s = s * 1103515245u + 12345u;
    text[i] = alphabet[(s >> 16) % alen];
  }

  long letters[NCH];
  int vow[NCH];
  for (int k = 0; k < NCH; k++)
    letters[k] = normalize(text + (size_t)k * CHUNK, low + (size_t)k * CHUNK, CHUNK);
  for (int k = 0; k < NCH; k++)
    histo(low + (size_t)k * CHUNK, CHUNK, hist + k * ALPHA);
  for (int k = 0; k < NCH; k++)
    vow[k] = vowels_up(low + (size_t)k * CHUNK, up + (size_t)k * CHUNK, CHUNK);

  long tl = 0, tv = 0, th[ALPHA] = {0};
  for (int k = 0; k < NCH; k++) {
    tl += letters[k];
    tv += vow[k];
    for (int a = 0; a < ALPHA; a++) th[a] += hist[k * ALPHA + a];
  }
  unsigned long long cs = 1469598103934665603ull;
  for (size_t i = 0; i < total; i += 7) cs = (cs ^ (unsigned char)up[i]) * 1099511628211ull;
  printf("letters=%ld vowels=%ld\n", tl, tv);
  printf("hist a=%ld e=%ld z=%ld\n", th[0], th[4], th[25]);
  printf("checksum=%llu\n", cs);
  free(text); free(low); free(up); free(hist);
  return 0;
}
