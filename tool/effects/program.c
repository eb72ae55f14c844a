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
 * joined.  A summary file written alone (delayc summarize: one file, one
 * round) names the functions of other files its functions call unseen
 * (`opaque NAME`); once every summary is read, a function whose only unseen
 * parts are such calls takes their summaries instead of everything
 * (resolve_unseen: main.c -> gen.c -> poly.c through CMake's .fx files).  Its
 * parameters stay as they were taken, the worst their types allow. */
#define _GNU_SOURCE
#include "effects/effects.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

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
                                     src->g[i].why ? xstrdup(src->g[i].why) : NULL, src->g[i].external, UPD_NONE, 0};
      k = dst->ng - 1;
    }
    dst->g[k].mode |= src->g[i].mode;
  }
  if (src->all && !dst->all) { dst->all = 1; dst->all_why = xstrdup(src->all_why); }
  dst->all_other |= src->all_other;
  for (int i = 0; i < src->nunseen; i++) fx_add_unseen(dst, src->unseen[i]);
  dst->mem |= src->mem;
  if (src->tls && !dst->tls) dst->tls = xstrdup(src->tls);
  int had = dst->nparam;
  if (src->nparam > dst->nparam) {
    dst->param = xrealloc(dst->param, (size_t)src->nparam + 1);
    memset(dst->param + dst->nparam, 0, (size_t)(src->nparam - dst->nparam) + 1);
    dst->nparam = src->nparam;
  }
  for (int i = 0; i < src->nparam; i++) {   /* (intact, within: only where both say so) */
    int intact = src->param[i] & (i < had ? dst->param[i] : 0xff) & FX_OWN_INTACT;
    int within = src->param[i] & FX_WITHIN_MASK;
    if (i < had && within != (dst->param[i] & FX_WITHIN_MASK)) within = 0;
    if (fx_param_beyond(src->param[i]) || (i < had && fx_param_beyond(dst->param[i])))   /* (either: beyond) */
      within = FX_WITHIN_BEYOND << FX_WITHIN_SHIFT;
    dst->param[i] = (unsigned char)(((dst->param[i] | src->param[i]) & ~(FX_OWN_INTACT | FX_WITHIN_MASK)) | intact |
                                    within);
  }
}

typedef struct Round { Unit *u; Summary *next; int n; } Round;

/* The integer parameter j of fn such that every use of pointer parameter k
 * stays within [0, j), shown (merge_sort(a, tmp, n): a within n), or -1. */
static int within_count(Unit *u, Node *body, CXCursor fn, int k) {
  CXType t = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(fn, (unsigned)k)));
  if (t.kind != CXType_Pointer || clang_getCanonicalType(clang_getPointeeType(t)).kind == CXType_Void) return -1;
  int np = clang_Cursor_getNumArguments(fn);
  for (int j = 0; j < np; j++) {
    CXCursor pj = clang_Cursor_getArgument(fn, (unsigned)j);
    CXType tj = clang_getCanonicalType(clang_getCursorType(pj));
    if (j == k || tj.kind < CXType_Bool || tj.kind > CXType_LongLong) continue;   /* (an integer) */
    char *nm = fe_spelling(pj);
    ExtentUse *x = NULL;
    int n = *nm ? fx_extent_uses(u, body, fn, k, "0", nm, 0, &x) : 0, ok = n > 0;
    for (int i = 0; i < n && ok; i++) ok = x[i].fit == FIT_WITHIN;
    if (n) fx_extent_uses_free(x, n);
    free(nm);
    if (ok) return j;
  }
  return -1;
}

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
  int fresh = k == r->n;
  if (fresh) {
    r->next = xrealloc(r->next, (size_t)(r->n + 1) * sizeof *r->next);
    memset(&r->next[r->n], 0, sizeof r->next[r->n]);
    r->next[r->n++].name = name;
  } else {
    free(name);
  }
  Effects *dst = &r->next[k].fx;
  merge(dst, fx);
  Node *body, *root = fe_def_tree(r->u, c, &body);
  Callee *ce = fe_callee(r->u, c);
  callee_effects(r->u, ce);                 /* (its parameters weighed against their declarations: widened) */
  for (int i = 0; i < fx->nparam && i < dst->nparam; i++) {   /* the parameters whose struct is left intact */
    CXType t = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(c, (unsigned)i)));
    int intact = t.kind == CXType_Pointer && clang_getCanonicalType(clang_getPointeeType(t)).kind == CXType_Record &&
                 !fx_own_bytes_written(r->u, c, i, 0);
    if (fresh && intact) dst->param[i] |= FX_OWN_INTACT;
    else if (!intact) dst->param[i] &= (unsigned char)~FX_OWN_INTACT;
    int j = body ? within_count(r->u, body, c, i) : -1;   /* ... and those used within a count */
    unsigned char w = (unsigned char)(j >= 0 && j <= FX_WITHIN_MAX ? (j + 1) << FX_WITHIN_SHIFT : 0);
    /* ... or beyond the extent it declares: the callers in other files may
     * not trust theirs (blind 74b) */
    if (i < ce->nparam && ce->param[i].annotated && ce->param[i].widened)
      w = (unsigned char)(FX_WITHIN_BEYOND << FX_WITHIN_SHIFT);
    /* (a bound where every definition says the same one; beyond where any does) */
    if (fresh || fx_param_beyond(w)) dst->param[i] = (unsigned char)((dst->param[i] & ~FX_WITHIN_MASK) | w);
    else if (!fx_param_beyond(dst->param[i]) && (dst->param[i] & FX_WITHIN_MASK) != w)
      dst->param[i] &= (unsigned char)~FX_WITHIN_MASK;
  }
  fe_free_tree(root);
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

/* ---- summary files: what `delayc summarize` writes and --with FILE.fx reads ----
 *
 *   delayc-effects 1
 *   function NAME NPARAM MODE,MODE,...     (per parameter: 0 none, 1 read, 3 read and write,
 *                                           + 4 the pointer kept past the call, + 8 pointers
 *                                           stored where it points, + 16 the struct it points
 *                                           to left intact: only its members' memory written,
 *                                           + 32 * (1 + j) its uses within [0, parameter j))
 *   res KIND MODE WHY                      (KIND: a Resource's number)
 *   global NAME MODE EXTERNAL WHY
 *   all WHY
 *   opaque NAME                            (all comes from calling NAME, of another file, and
 *                                           from nothing else: one line per such function)
 *   mem MODE                               (memory reached through pointers of unknown origin)
 *   tls WHY                                (a thread-local variable)
 *   end
 *
 * A build keeps one per source (delayc_parallelize): it is rewritten only when
 * its content changes, so a file whose summary did not change does not make
 * the files that use it be emitted again.  Never stale: the build regenerates
 * it when its source or a header it includes changes. */

static void write_summary(FILE *out, const Summary *s) {
  const Effects *e = &s->fx;
  fprintf(out, "function %s %d ", s->name, e->nparam);
  for (int i = 0; i < e->nparam; i++) fprintf(out, "%s%d", i ? "," : "", e->param[i]);
  fputs(e->nparam ? "\n" : "-\n", out);
  for (int r = 0; r < RES_COUNT; r++)
    if (e->res[r]) fprintf(out, "res %d %d %s\n", r, e->res[r], e->why[r] ? e->why[r] : "");
  for (int i = 0; i < e->ng; i++)
    fprintf(out, "global %s %d %d %s\n", e->g[i].name, e->g[i].mode, e->g[i].external, e->g[i].why ? e->g[i].why : "");
  if (e->all) fprintf(out, "all %s\n", e->all_why ? e->all_why : "");
  for (int i = 0; e->all && !e->all_other && i < e->nunseen; i++) fprintf(out, "opaque %s\n", e->unseen[i]);
  if (e->mem) fprintf(out, "mem %d\n", e->mem);
  if (e->tls) fprintf(out, "tls %s\n", e->tls);
  fputs("end\n", out);
}

/* The registry as a summary file's text (malloc'd). */
char *fx_program_text(size_t *len) {
  char *text = NULL;
  FILE *out = open_memstream(&text, len);
  if (!out) return NULL;
  fputs("delayc-effects 2\n", out);
  for (int i = 0; i < nSum; i++) write_summary(out, &aSum[i]);
  fclose(out);
  return text;
}

static char *rest(char *p, int skip) {     /* after `skip` space-separated words */
  for (int i = 0; i < skip && p; i++) {
    p = strchr(p, ' ');
    if (p) p++;
  }
  return p ? p : "";
}

/* Reads a summary file into the list (merged by name).  0, or -1 after a message. */
static int read_summaries(const char *path, Summary **list, int *n) {
  FILE *f = fopen(path, "r");
  if (!f) { error("cannot read '%s': %s", path, strerror(errno)); return -1; }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  Summary cur = {0};
  /* version 1 did not say which parameters' memory gets pointers stored
   * (FX_PSTORE): read as all of them */
  int v1 = 0, ok = getline(&line, &cap, f) > 0 && (!strcmp(line, "delayc-effects 2\n") ||
                                                   (v1 = !strcmp(line, "delayc-effects 1\n"))), in = 0;
  while (ok && (len = getline(&line, &cap, f)) > 0) {
    if (line[len - 1] == '\n') line[--len] = 0;
    char name[512];
    int a, b, c;
    if (!in && sscanf(line, "function %511s %d", name, &a) == 2 && a >= 0 && a < 4096) {
      memset(&cur, 0, sizeof cur);
      cur.name = xstrdup(name);
      cur.fx.nparam = a;
      cur.fx.param = xcalloc((size_t)a + 1, 1);
      char *m = rest(line, 3);
      for (int i = 0; i < a && *m; i++) {
        cur.fx.param[i] = (unsigned char)(atoi(m) | (v1 ? FX_PSTORE : 0));
        m = strchr(m, ',');
        m = m ? m + 1 : "";
      }
      in = 1;
    } else if (in && sscanf(line, "res %d %d", &a, &b) == 2 && a >= 0 && a < RES_COUNT) {
      cur.fx.res[a] = (unsigned char)b;
      cur.fx.why[a] = xstrdup(rest(line, 3));
    } else if (in && sscanf(line, "global %511s %d %d", name, &a, &b) == 3) {
      cur.fx.g = xrealloc(cur.fx.g, (size_t)(cur.fx.ng + 1) * sizeof *cur.fx.g);
      cur.fx.g[cur.fx.ng++] = (FxGlobal){clang_getNullCursor(), xstrdup(name), a, xstrdup(rest(line, 4)), b, UPD_NONE, 0};
    } else if (in && sscanf(line, "mem %d", &a) == 1) {
      cur.fx.mem = (unsigned char)a;
    } else if (in && !strncmp(line, "tls ", 4)) {
      cur.fx.tls = xstrdup(line + 4);
    } else if (in && sscanf(line, "opaque %511s", name) == 1) {
      fx_add_unseen(&cur.fx, name);
    } else if (in && !strncmp(line, "all", 3)) {
      cur.fx.all = 1;
      cur.fx.all_why = xstrdup(rest(line, 1));
    } else if (in && !strcmp(line, "end")) {
      cur.fx.all_other = cur.fx.all && !cur.fx.nunseen;   /* (a file without opaque lines: all of it) */
      int k = 0;
      while (k < *n && strcmp((*list)[k].name, cur.name)) k++;
      if (k == *n) {
        *list = xrealloc(*list, (size_t)(*n + 1) * sizeof **list);
        (*list)[(*n)++] = cur;
      } else {
        merge(&(*list)[k].fx, &cur.fx);
        free(cur.name);
        fx_free(&cur.fx);
      }
      in = 0;
    } else {
      ok = (c = 0);
    }
  }
  free(line);
  fclose(f);
  if (!ok || in) { error("'%s' is not a delayc summary file (delayc summarize writes them)", path); return -1; }
  return 0;
}

typedef struct File { char *path; const char **argv; int argc; int bad; } File;   /* bad: did not parse (said once) */
static File *aFile;      /* the C files added, for the second round */
static int nFile;
static Summary *aRead;   /* what the summary files added say */
static int nRead;

static int is_summary_file(const char *path) {
  size_t n = strlen(path);
  return n > 3 && !strcmp(path + n - 3, ".fx");
}

/* Adds a file of the program: a C file (with its parse flags), read by
 * fx_program_summarize, or a summary file (FILE.fx), read now. */
int fx_program_add(const char *path, int argc, const char *const *argv) {
  if (is_summary_file(path)) return read_summaries(path, &aRead, &nRead);
  aFile = xrealloc(aFile, (size_t)(nFile + 1) * sizeof *aFile);
  File *f = &aFile[nFile++];
  f->path = xstrdup(path);
  f->bad = 0;
  f->argc = argc;
  f->argv = xcalloc((size_t)argc + 1, sizeof *f->argv);
  for (int i = 0; i < argc; i++) f->argv[i] = xstrdup(argv[i]);
  return 0;
}

/* A function of the registry whose `all` comes only from calls of functions
 * of other files (opaque NAME), each known now and itself not `all`: their
 * effects instead (globals, resources, memory; its parameters already
 * assume the worst of those calls).  Until nothing changes (a chain of
 * files); a cycle of such calls stays `all`. */
static void resolve_unseen(void) {
  for (int changed = 1; changed;) {
    changed = 0;
    for (int i = 0; i < nSum; i++) {
      Effects *e = &aSum[i].fx;
      if (!e->all || e->all_other || !e->nunseen) continue;
      int known = 1;
      for (int k = 0; k < e->nunseen && known; k++) {
        Summary *c = find(e->unseen[k]);
        known = c && c != &aSum[i] && !c->fx.all;
      }
      if (!known) continue;
      e->all = 0;
      free(e->all_why);
      e->all_why = NULL;
      for (int k = 0; k < e->nunseen; k++) {
        Effects flat = find(e->unseen[k])->fx;   /* (its parameters are its own) */
        flat.nparam = 0;
        flat.param = NULL;
        merge(e, &flat);
      }
      changed = 1;
    }
  }
}

/* The registry starts as what the summary files say. */
static void registry_from_read(void) {
  fx_program_clear();
  for (int i = 0; i < nRead; i++) {
    aSum = xrealloc(aSum, (size_t)(nSum + 1) * sizeof *aSum);
    memset(&aSum[nSum], 0, sizeof aSum[nSum]);
    aSum[nSum].name = xstrdup(aRead[i].name);
    merge(&aSum[nSum].fx, &aRead[i].fx);
    nSum++;
  }
  resolve_unseen();
}

/* Runs the rounds over the C files added (the summary files' functions known
 * throughout): call once they are all known.  rounds: 2, or 1 for a file's
 * own summary (delayc summarize). */
int fx_program_summarize_rounds(int rounds) {
  int rc = 0;
  registry_from_read();
  for (int round = 0; round < rounds && nFile; round++) {
    Round r = {NULL, NULL, 0};
    for (int i = 0; i < nFile; i++)
      if (!aFile[i].bad && summarize(aFile[i].path, aFile[i].argc, aFile[i].argv, &r) != 0) {
        aFile[i].bad = 1;
        rc = -1;
      }
    registry_from_read();
    for (int i = 0; i < r.n; i++) {     /* the C files' summaries over the read ones */
      Summary *old = find(r.next[i].name);
      if (old) { merge(&old->fx, &r.next[i].fx); free(r.next[i].name); fx_free(&r.next[i].fx); continue; }
      aSum = xrealloc(aSum, (size_t)(nSum + 1) * sizeof *aSum);
      aSum[nSum++] = r.next[i];
    }
    free(r.next);
    resolve_unseen();
  }
  return rc;
}

int fx_program_summarize(void) { return fx_program_summarize_rounds(2); }
