/* extent_checks.c — the end of a program whose task touched an element its
 * DELAYED annotation does not name (delayc_rt.h, "extent checks"): one line
 * in clang's style on stderr, then abort().  The tasks that own the element
 * were not ordered with this one; stopping is the only answer that is never
 * silently wrong. */
#include "delayc_rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const void *delayc_rt_string(const void *ptr, const void *base, long long lo, long long hi, long long esize,
                             const char *site) {
  long long off = (long long)((const char *)ptr - (const char *)base);
  if (off < lo * esize || off >= hi * esize || !memchr(ptr, 0, (size_t)(hi * esize - off)))
    delayc_rt_extent_fail(site, 3, off, off, lo * esize, hi * esize);
  return ptr;
}

void delayc_rt_extent_fail(const char *site, int what, long long a, long long b, long long lo, long long hi) {
  const char *fn = site + strlen(site) + 1, *param = fn + strlen(fn) + 1, *decl = param + strlen(param) + 1;
  char span[96], own[96];
  if (what >= 2) snprintf(own, sizeof own, "bytes %lld to %lld", lo, hi - 1);
  else snprintf(own, sizeof own, "elements %lld to %lld", lo, hi - 1);
  if (hi <= lo) snprintf(own, sizeof own, "no %s", what >= 2 ? "bytes" : "elements");
  switch (what) {
  case 0: snprintf(span, sizeof span, "'%s[%lld]'", param, a); break;
  case 1: snprintf(span, sizeof span, "'%s[%lld]' to '%s[%lld]' (through the call here)", param, a, param, b - 1); break;
  case 2: snprintf(span, sizeof span, "bytes %lld to %lld of '%s' (the size a library call is given)", a, b - 1, param); break;
  default: snprintf(span, sizeof span, "a string of '%s' from byte %lld on", param, a); break;
  }
  fflush(stdout);
  fprintf(stderr, "%s: runtime error: delayed function '%s' touches %s, outside the %s its %s declares for this "
          "call: tasks on those elements would not wait for it\n", site, fn, span, own, decl);
  if (what == 3) fprintf(stderr, "%s: note: the string does not end (NUL) inside them\n", site);
  abort();
}
