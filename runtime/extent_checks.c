/* extent_checks.c — the end of a program whose task touched an element its
 * DELAYED annotation does not name (delayc_rt.h, "extent checks"): one line
 * in clang's style on stderr, then abort().  The tasks that own the element
 * were not ordered with this one; stopping is the only answer that is never
 * silently wrong. */
#include "delayc_rt.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How many bytes the call reads from s (each read at an index below left),
 * or -1 when it would read at left or beyond. */
static long long reads(const unsigned char *s, long long left, int kind, const unsigned char *o, long long c, long long n) {
  long long i = 0;
  switch (kind) {
  case DELAYC_RT_READ_NUL:
    for (; i < left; i++) if (!s[i]) return i + 1;
    return -1;
  case DELAYC_RT_READ_CHR:
    for (; i < left; i++) if (s[i] == (unsigned char)c || !s[i]) return i + 1;
    return -1;
  case DELAYC_RT_READ_MEMCHR:
    for (; i < left && i < n; i++) if (s[i] == (unsigned char)c) return i + 1;
    return i == n ? n : -1;
  case DELAYC_RT_READ_CMP: case DELAYC_RT_READ_NCMP:
    for (; i < left && (kind == DELAYC_RT_READ_CMP || i < n); i++) if (s[i] != o[i] || !s[i]) return i + 1;
    return kind == DELAYC_RT_READ_NCMP && i == n ? n : -1;
  case DELAYC_RT_READ_SPN: case DELAYC_RT_READ_CSPN:
    for (; i < left; i++) {
      if (!s[i]) return i + 1;
      int in = strchr((const char *)o, s[i]) != NULL;
      if (in != (kind == DELAYC_RT_READ_SPN)) return i + 1;
    }
    return -1;
  case DELAYC_RT_READ_NLEN:
    for (; i < left && i < n; i++) if (!s[i]) return i + 1;
    return i == n ? n : -1;
  default: {                        /* READ_INT: spaces, a sign, 0x, digits, then the one that is not */
    int base = (int)c;
#define AT(k) ((k) < left ? (int)s[k] : -1)
    while (AT(i) >= 0 && isspace(AT(i))) i++;
    if (AT(i) == '+' || AT(i) == '-') i++;
    if ((base == 0 || base == 16) && AT(i) == '0') {
      if (AT(i + 1) < 0) return -1;
      if ((AT(i + 1) | 32) == 'x') {
        int d = AT(i + 2);
        if (d < 0) return -1;
        if (isxdigit(d)) { i += 2; base = 16; }
        else return i + 3;          /* "0x" then no digit: the 0 is the number */
      } else if (base == 0) {
        base = 8;
      }
    }
    if (base == 0) base = 10;
    for (;; i++) {
      int d = AT(i);
      if (d < 0) return -1;
      int v = isdigit(d) ? d - '0' : isalpha(d) ? (d | 32) - 'a' + 10 : 99;
      if (v >= base) return i + 1;
    }
#undef AT
  }
  }
}

const void *delayc_rt_read_2d(const void *ptr, int kind, const void *other, long long c, long long n, const void *base,
                              long long lo, long long hi, long long cols, long long ld, long long esize, const char *site) {
  long long off = (long long)((const char *)ptr - (const char *)base);
  if ((kind == DELAYC_RT_READ_MEMCHR || kind == DELAYC_RT_READ_NCMP || kind == DELAYC_RT_READ_NLEN) && n <= 0) return ptr;
  long long left = off < lo * esize || off >= hi * esize ? 0 : hi * esize - off;
  if (left && cols < ld) {          /* to the end of its row */
    long long col = (off / esize - lo) % ld;
    left = col >= cols ? 0 : (cols - col) * esize - off % esize;
  }
  if (reads((const unsigned char *)ptr, left, kind, (const unsigned char *)other, c, n) < 0) {
    if (cols < ld) delayc_rt_extent_fail_2d(site, 3, off / esize, off / esize, lo, hi, cols, ld);
    delayc_rt_extent_fail(site, 3, off, off, lo * esize, hi * esize);
  }
  return ptr;
}

const void *delayc_rt_read(const void *ptr, int kind, const void *other, long long c, long long n, const void *base,
                           long long lo, long long hi, long long esize, const char *site) {
  return delayc_rt_read_2d(ptr, kind, other, c, n, base, lo, hi, 0, 0, esize, site);
}

void delayc_rt_block_check(long long first, long long rows, long long cols, long long ld, long long lo, long long hi,
                           long long pcols, long long pld, const char *site) {
  if (rows <= 0 || cols <= 0) return;
  if (cols >= ld && rows > 1 && ld > 0) {   /* rows with no gap: one range */
    cols += (rows - 1) * ld;
    rows = 1;
  }
  for (long long r = 0; r < rows; r++)
    delayc_rt_range_2d(first + r * ld, first + r * ld + cols, lo, hi, pld ? pcols : hi - lo, pld, site);
}

void delayc_rt_extent_fail(const char *site, int what, long long a, long long b, long long lo, long long hi) {
  delayc_rt_extent_fail_2d(site, what, a, b, lo, hi, 0, 0);
}

void delayc_rt_extent_fail_2d(const char *site, int what, long long a, long long b, long long lo, long long hi,
                              long long cols, long long ld) {
  const char *fn = site + strlen(site) + 1, *param = fn + strlen(fn) + 1, *decl = param + strlen(param) + 1;
  char span[96], own[128];
  if ((what == 2 || what == 3) && !ld) snprintf(own, sizeof own, "bytes %lld to %lld", lo, hi - 1);
  else snprintf(own, sizeof own, "elements %lld to %lld", lo, hi - 1);
  if (hi > lo && cols > 0 && cols < ld)
    snprintf(own, sizeof own, "%lld rows of %lld elements (%lld apart, from element %lld)", (hi - lo - cols) / ld + 1,
             cols, ld, lo);
  if (what == 3 && ld) what = 4;   /* a read in a block: counted in elements */
  switch (what) {
  case 0: snprintf(span, sizeof span, "'%s[%lld]'", param, a); break;
  case 1: snprintf(span, sizeof span, "'%s[%lld]' to '%s[%lld]' (through the call here)", param, a, param, b - 1); break;
  case 2: snprintf(span, sizeof span, "bytes %lld to %lld of '%s' (the size a library call is given)", a, b - 1, param); break;
  case 3: snprintf(span, sizeof span, "'%s' from byte %lld on, read by a library call", param, a); break;
  case 5: snprintf(span, sizeof span, "'%s[%lld]' to '%s[%lld]' (the size a library call is given)", param, a, param, b - 1);
    break;
  default: snprintf(span, sizeof span, "'%s' from element %lld on, read by a library call", param, a); break;
  }
  fflush(stdout);
  if (hi <= lo)                    /* (an empty extent: `items[len]` under DELAYED_N(len), len 0) */
    fprintf(stderr, "%s: runtime error: delayed function '%s' touches %s, but its %s declares no %s for this call: "
            "tasks on those elements would not wait for it\n", site, fn, span, decl,
            (what == 2 || what == 3) && !ld ? "bytes" : "elements");
  else
    fprintf(stderr, "%s: runtime error: delayed function '%s' touches %s, outside the %s its %s declares for this "
            "call: tasks on those elements would not wait for it\n", site, fn, span, own, decl);
  if (!strncmp(decl, "DELAYED_N(", 10))
    fprintf(stderr, "%s: note: a member's count covers the elements its pointer holds now; a buffer filled up to "
            "its capacity says the capacity (DELAYED_N(cap))\n", site);
  if (what == 3 || what == 4) fprintf(stderr, "%s: note: the call would read past them (the string does not end, or the "
                            "character looked for is not, inside them)\n", site);
  abort();
}
