/* A macro of the program's own before its feature-test macro (blind round
 * 46b w3): the prologue went before `#define _GNU_SOURCE`, <string.h> was
 * then read without it, memrchr was declared implicitly (an int) and clang's
 * build printed a wrong pointer difference. */
#define N 3
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include "delayed.h"
DELAYED long count(const char *s) { const char *p = memrchr(s, 'a', strlen(s)); return p ? p - s : -1; }
int main(void) {
  const char *w[N] = { "banana", "cat", "xyz" };
  long r[N];
  for (int i = 0; i < N; i++) r[i] = count(w[i]);
  for (int i = 0; i < N; i++) printf("%s %ld\n", w[i], r[i]);
  return 0;
}
