/* unity.c — unity builds: DELAYED calls in a .c file that another #includes.
 *
 * SQLite's amalgamation, Lua's onelua.c and MuJS's one.c compile one file that
 * #includes the others.  Their functions belong to the includer's parse, but
 * their text is another file's, so the main-file analysis never sees them.
 * Each .c file the analysed file includes (exactly once in the unit, from its
 * own text) is analysed through a view of the unit (fe_view): same parse, that
 * file's text.  Its analysis is kept when it, or a file it includes, has tasks;
 * the lowering then replaces the #include line by the included file's lowered
 * text between #line directives (lower/place.c), so compiler messages and
 * debuggers still point at the included file's own lines.  Lint reads the
 * same views (lint.c): findings in an included file are reported at its own
 * file and line. */
#include "analysis/analysis.h"

#include <stdlib.h>
#include <string.h>

typedef struct Incl { CXFile file; unsigned beg, end, line; } Incl;   /* line: the directive's */
typedef struct Scan { Unit *u; Incl *inc; int n; CXFile *all; int nall; } Scan;

static int is_c_file(CXFile f) {
  CXString s = clang_getFileName(f);
  const char *p = clang_getCString(s);
  size_t n = p ? strlen(p) : 0;
  int r = n > 2 && !strcmp(p + n - 2, ".c");
  clang_disposeString(s);
  return r;
}

static enum CXChildVisitResult scan_visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Scan *s = d;
  if (clang_getCursorKind(c) != CXCursor_InclusionDirective) return CXChildVisit_Continue;
  CXFile f = clang_getIncludedFile(c);
  if (!f) return CXChildVisit_Continue;
  s->all = xrealloc(s->all, (size_t)(s->nall + 1) * sizeof *s->all);
  s->all[s->nall++] = f;
  CXFile where;
  unsigned beg, end, line;
  CXSourceRange r = clang_getCursorExtent(c);
  clang_getExpansionLocation(clang_getRangeStart(r), &where, &line, NULL, &beg);
  clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &end);
  if (!where || !clang_File_isEqual(where, s->u->file) || !is_c_file(f)) return CXChildVisit_Continue;
  s->inc = xrealloc(s->inc, (size_t)(s->n + 1) * sizeof *s->inc);
  s->inc[s->n++] = (Incl){f, beg, end, line};
  return CXChildVisit_Continue;
}

/* The whole line of the directive: from its start to past its newline. */
static int directive_line(Unit *u, Incl *in) {
  unsigned b = in->beg, e = in->end;
  while (b > 0 && u->src[b - 1] != '\n') b--;
  for (unsigned k = b; k < in->beg; k++)
    if (u->src[k] != ' ' && u->src[k] != '\t' && u->src[k] != '#') return 0;   /* text before it */
  while (e < u->len && u->src[e] != '\n') e++;
  if (e >= u->len) return 0;        /* the last line, without a newline: leave it */
  in->beg = b;
  in->end = e + 1;
  return 1;
}

/* The .c files u's own text #includes, each exactly once in the unit, on a
 * line of its own: their files and directive lines ([beg, end) of the whole
 * line, and the number of the line after it).  Returns how many. */
int unity_includes(Unit *u, UnityIncl **out) {
  Scan s = {u, NULL, 0, NULL, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(u->tu), scan_visit, &s);
  int n = 0;
  UnityIncl *r = xcalloc((size_t)s.n + 1, sizeof *r);
  for (int i = 0; i < s.n; i++) {
    int times = 0;
    for (int k = 0; k < s.nall; k++) times += clang_File_isEqual(s.all[k], s.inc[i].file);
    if (times != 1 || !directive_line(u, &s.inc[i])) continue;
    r[n++] = (UnityIncl){s.inc[i].file, s.inc[i].beg, s.inc[i].end, s.inc[i].line + 1};
  }
  free(s.inc);
  free(s.all);
  *out = r;
  return n;
}

void an_unity(Analysis *a) {
  UnityIncl *inc;
  int ninc = unity_includes(a->u, &inc);
  for (int i = 0; i < ninc; i++) {
    Unit *v = xcalloc(1, sizeof *v);
    if (fe_view(a->u, inc[i].file, v) != 0) { free(v); continue; }
    Analysis *sub = xcalloc(1, sizeof *sub);
    an_run(sub, v);
    for (int k = 0; k < sub->nfn; k++)      /* memo wrappers are static, one per callee: the including file's only */
      for (int j = 0; j < sub->fn[k]->nsite; j++) sub->fn[k]->site[j]->memo = 0;
    if (!an_has_tasks(sub)) {
      an_dispose(sub);
      free(sub);
      continue;
    }
    a->sub = xrealloc(a->sub, (size_t)(a->nsub + 1) * sizeof *a->sub);
    a->sub_beg = xrealloc(a->sub_beg, (size_t)(a->nsub + 1) * sizeof *a->sub_beg);
    a->sub_end = xrealloc(a->sub_end, (size_t)(a->nsub + 1) * sizeof *a->sub_end);
    a->sub_next_line = xrealloc(a->sub_next_line, (size_t)(a->nsub + 1) * sizeof *a->sub_next_line);
    a->sub[a->nsub] = sub;
    a->sub_beg[a->nsub] = inc[i].beg;
    a->sub_end[a->nsub] = inc[i].end;
    a->sub_next_line[a->nsub] = inc[i].next_line;
    a->nsub++;
  }
  free(inc);
}

int an_has_tasks(Analysis *a) {
  if (a->nfn) return 1;
  for (int i = 0; i < a->nsub; i++)
    if (an_has_tasks(a->sub[i])) return 1;
  return 0;
}

/* Does the build define a DELAYED function, whose body's accesses the
 * lowering may check (extent and member checks) though it spawns nothing? */
int an_defines_delayed(Analysis *a) {
  if (a->nleaf) return 1;
  for (int i = 0; i < a->nidle; i++) {
    Callee *ce = fe_callee(a->u, a->idle[i]->cur);
    if (ce && ce->delayed) return 1;
  }
  for (int i = 0; i < a->nsub; i++)
    if (an_defines_delayed(a->sub[i])) return 1;
  return 0;
}

/* Disposes the views of included files (not a->u itself: the caller's). */
void an_dispose(Analysis *a) {
  for (int i = 0; i < a->nsub; i++) {
    an_dispose(a->sub[i]);
    fe_dispose(a->sub[i]->u);
    free(a->sub[i]->u);
    free(a->sub[i]);
  }
  free(a->sub);
  free(a->fenv);
  free(a->sub_beg);
  free(a->sub_end);
  free(a->sub_next_line);
  a->sub = NULL;
  a->nsub = 0;
}
