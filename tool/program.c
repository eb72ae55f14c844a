/* program.c — the other files of the program: what their functions touch.
 *
 * A function declared in the file being emitted but defined in another file of
 * the program is, on its own, a body delayc cannot see: assumed to touch
 * everything (effects.c).  When delayc knows the other files — `emit --with
 * FILE`, `--out-dir` over several files, `-p BUILD_DIR` (every C file of the
 * compile database), the CMake integration — it parses each once, summarizes
 * every function with external linkage defined there (its Effects, with the
 * cursors dropped: globals by name, static ones as global state delayc cannot
 * name), and effects.c looks unseen functions up here by name.
 *
 * Files are summarized in two rounds: in the first, a call into a third file
 * is unknown (everything); the second uses the first round's summaries.  Each
 * round is sound on its own, so fewer rounds only cost precision.  A name
 * defined in two files (two programs in one database) gets both summaries
 * joined. */
#include "delayc.h"

#include <stdlib.h>
#include <string.h>

typedef struct Summary { char *name; Effects fx; } Summary;

static Summary *aSum;   /* the functions summarized so far (the registry) */
static int nSum;

static Summary *find(const char *name) {
  for (int i = 0; i < nSum; i++)
    if (!strcmp(aSum[i].name, name)) return &aSum[i];
  return NULL;
}

const Effects *fx_program_lookup(const char *name) {
  Summary *s = find(name);
  return s ? &s->fx : NULL;
}

void fx_program_clear(void) {
  for (int i = 0; i < nSum; i++) {
    free(aSum[i].name);
    fx_free(&aSum[i].fx);
  }
  free(aSum);
  aSum = NULL;
  nSum = 0;
}

/* dst |= src, copied out of src's unit: no cursor survives. */
static void merge(Effects *dst, const Effects *src) {
  for (int r = 0; r < RES_COUNT; r++) {
    dst->res[r] |= src->res[r];
    if (src->res[r] && !dst->why[r] && src->why[r]) dst->why[r] = xstrdup(src->why[r]);
  }
  for (int i = 0; i < src->ng; i++) {
    int k = 0;
    while (k < dst->ng && strcmp(dst->g[k].name, src->g[i].name)) k++;
    if (k == dst->ng || !src->g[i].external || !dst->g[k].external) {
      dst->g = xrealloc(dst->g, (size_t)(dst->ng + 1) * sizeof *dst->g);
      dst->g[dst->ng++] = (FxGlobal){clang_getNullCursor(), xstrdup(src->g[i].name), 0,
                                     src->g[i].why ? xstrdup(src->g[i].why) : NULL, src->g[i].external};
      k = dst->ng - 1;
    }
    dst->g[k].mode |= src->g[i].mode;
  }
  if (src->all && !dst->all) { dst->all = 1; dst->all_why = xstrdup(src->all_why); }
  if (src->nparam > dst->nparam) {
    dst->param = xrealloc(dst->param, (size_t)src->nparam + 1);
    memset(dst->param + dst->nparam, 0, (size_t)(src->nparam - dst->nparam) + 1);
    dst->nparam = src->nparam;
  }
  for (int i = 0; i < src->nparam; i++) dst->param[i] |= src->param[i];
}

typedef struct Round { Unit *u; Summary *next; int n; } Round;

static enum CXChildVisitResult visit(CXCursor c, CXCursor p, CXClientData d) {
  (void)p;
  Round *r = d;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c) ||
      !fe_in_main(r->u, c) || clang_getCursorLinkage(c) != CXLinkage_External)
    return CXChildVisit_Continue;
  char *name = fe_spelling(c);
  const Effects *fx = fx_of(r->u, c);
  int k = 0;
  while (k < r->n && strcmp(r->next[k].name, name)) k++;
  if (k == r->n) {
    r->next = xrealloc(r->next, (size_t)(r->n + 1) * sizeof *r->next);
    memset(&r->next[r->n], 0, sizeof r->next[r->n]);
    r->next[r->n++].name = name;
  } else {
    free(name);
  }
  merge(&r->next[k].fx, fx);
  return CXChildVisit_Continue;
}

/* Summarizes the functions of path into next (a round's result). */
static int summarize(const char *path, int argc, const char *const *argv, Round *r) {
  Unit u;
  if (fe_parse(&u, path, argc, argv, NULL, 0) != 0) return -1;
  r->u = &u;
  clang_visitChildren(clang_getTranslationUnitCursor(u.tu), visit, r);
  fe_dispose(&u);
  return 0;
}

typedef struct File { char *path; const char **argv; int argc; } File;
static File *aFile;      /* the files added, for the second round */
static int nFile;

/* Adds a file of the program (with its parse flags); fx_program_summarize
 * reads them all. */
int fx_program_add(const char *path, int argc, const char *const *argv) {
  aFile = xrealloc(aFile, (size_t)(nFile + 1) * sizeof *aFile);
  File *f = &aFile[nFile++];
  f->path = xstrdup(path);
  f->argc = argc;
  f->argv = xcalloc((size_t)argc + 1, sizeof *f->argv);
  for (int i = 0; i < argc; i++) f->argv[i] = xstrdup(argv[i]);
  return 0;
}

/* Runs the rounds over the files added: call once they are all known. */
int fx_program_summarize(void) {
  int rc = 0;
  for (int round = 0; round < 2 && nFile; round++) {
    Round r = {NULL, NULL, 0};
    for (int i = 0; i < nFile; i++)
      if (summarize(aFile[i].path, aFile[i].argc, aFile[i].argv, &r) != 0) rc = -1;
    fx_program_clear();
    aSum = r.next;
    nSum = r.n;
  }
  return rc;
}
