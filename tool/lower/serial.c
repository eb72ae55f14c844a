/* serial.c — the serial target (--target=serial): the reference build.
 *
 * The annotations are stripped and nothing else changes: the output is the
 * program as plain serial C, what the annotated source means without delayc,
 * with no attribute, marker or call-site macro of delayed.h left in it:
 *   DELAYED, DELAYED_PURE, DELAYED_IN/OUT/INOUT         removed
 *   DELAYED_NAME(..), DELAYED_CUTOFF(..), DELAYED_*_N(..), DELAYED_N(..)  removed with their arguments
 *   delayed(f)(args)                                     (f)(args)
 *   delayed_compute(v, ...)                              ((void)0)
 * delayed_after and delayed_bind keep their serial definitions from delayed.h
 * (a call, then a token), so the include stays.  Removed text becomes blanks
 * (its newlines and tabs kept): every line and column stays where it was, and
 * a marker line plus `#line 1` map the output back to the input like the
 * OpenMP target's.  A file with no
 * annotation is written out byte-identical.  Works on tokens (clang_tokenize),
 * so code in #if'd-out regions is stripped too.
 */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

/* What replaces src[beg, end): `keep` (shorter than the text), then a blank
 * for every other byte but newlines and tabs, which stay. */
static char *blanks_of(const char *src, unsigned beg, unsigned end, const char *keep) {
  Buf b = {0};
  buf_puts(&b, keep);
  for (unsigned i = beg + (unsigned)strlen(keep); i < end; i++)
    buf_add(&b, src[i] == '\n' || src[i] == '\t' ? src + i : " ", 1);
  return b.s;
}

typedef struct Tok { char *s; unsigned beg, end; CXTokenKind kind; } Tok;

/* Index of the ')' closing the '(' at i, or -1. */
static int close_paren(Tok *t, int n, int i) {
  int depth = 0;
  for (int k = i; k < n; k++) {
    if (t[k].kind != CXToken_Punctuation) continue;
    if (!strcmp(t[k].s, "(")) depth++;
    else if (!strcmp(t[k].s, ")") && --depth == 0) return k;
  }
  return -1;
}

static int is_one_of(const char *s, const char *const *list) {
  for (; *list; list++)
    if (!strcmp(s, *list)) return 1;
  return 0;
}

char *lower_serial(Analysis *a, size_t *outlen) {
  Unit *u = a->u;
  static const char *const bare[] = { "DELAYED", "DELAYED_PURE", "DELAYED_IN", "DELAYED_OUT", "DELAYED_INOUT", NULL };
  static const char *const with_args[] = { "DELAYED_NAME", "DELAYED_CUTOFF", "DELAYED_IN_N", "DELAYED_OUT_N",
                                           "DELAYED_INOUT_N", "DELAYED_IN_2D", "DELAYED_OUT_2D", "DELAYED_INOUT_2D",
                                           "DELAYED_IN_RANGE", "DELAYED_OUT_RANGE", "DELAYED_INOUT_RANGE",
                                           "DELAYED_GRAIN", "DELAYED_RANK", "DELAYED_N", NULL };
  CXSourceRange all = clang_getRange(clang_getLocationForOffset(u->tu, u->file, 0),
                                     clang_getLocationForOffset(u->tu, u->file, (unsigned)u->len));
  CXToken *ct = NULL;
  unsigned nct = 0;
  clang_tokenize(u->tu, all, &ct, &nct);
  Tok *t = xcalloc((size_t)nct + 1, sizeof *t);
  int n = 0;
  for (unsigned i = 0; i < nct; i++) {
    CXSourceRange r = clang_getTokenExtent(u->tu, ct[i]);
    CXFile f;
    unsigned b, e;
    clang_getSpellingLocation(clang_getRangeStart(r), &f, NULL, NULL, &b);
    clang_getSpellingLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
    if (!f || !clang_File_isEqual(f, u->file) || e > u->len) continue;
    CXString s = clang_getTokenSpelling(u->tu, ct[i]);
    t[n++] = (Tok){ xstrdup(clang_getCString(s)), b, e, clang_getTokenKind(ct[i]) };
    clang_disposeString(s);
  }
  clang_disposeTokens(u->tu, ct, nct);

  Edits ed = {0};
  int nedit = 0;
  for (int i = 0; i < n; i++) {
    if (t[i].kind != CXToken_Identifier) continue;
    /* the preprocessor's own lines (#include "delayed.h", #define ...) stay */
    if (i > 0 && t[i - 1].kind == CXToken_Punctuation && !strcmp(t[i - 1].s, "#")) continue;
    int paren = i + 1 < n && !strcmp(t[i + 1].s, "(");
    int close = paren ? close_paren(t, n, i + 1) : -1;
    unsigned beg = t[i].beg, end = close > 0 ? t[close].end : t[i].end;
    const char *keep = "";
    if (is_one_of(t[i].s, bare)) {
      end = t[i].end;
    } else if (is_one_of(t[i].s, with_args) && close > 0) {
      i = close;
    } else if (!strcmp(t[i].s, "delayed") && close > 0) {
      end = t[i].end;                               /* delayed(f)(x) -> (f)(x) */
    } else if (!strcmp(t[i].s, "delayed_compute") && close > 0) {
      keep = "((void)0)";
      i = close;
    } else {
      continue;
    }
    char *blank = blanks_of(u->src, beg, end, keep);
    ed_replace(&ed, beg, end, blank);
    free(blank);
    nedit++;
  }
  for (int i = 0; i < n; i++) free(t[i].s);
  free(t);
  if (!nedit) {                       /* nothing to strip: the input as it is */
    *outlen = u->len;
    return xstrndup(u->src, u->len);
  }
  ed_sort(&ed);
  Buf lit = {0}, com = {0};
  path_spellings(u->path, &lit, &com);
  ed.line_file = lit.s;
  ed.no_directive = fe_inside_macro_use;
  ed.ctx = u;
  size_t nbody = 0;
  char *body = ed_apply(&ed, u->src, 0, (unsigned)u->len, &nbody);
  Buf b = {0};
  buf_printf(&b, "/* " DELAYC_MARKER " by delayc " DELAYC_VERSION " from \"%s\" (serial target): edit that file, "
                 "not this one */\n#line 1 \"%s\"\n", com.s, lit.s);
  buf_add(&b, body, nbody);
  free(body);
  free(lit.s);
  free(com.s);
  *outlen = b.len;
  return b.s;
}
