/* suggest.c — `delayc suggest`: where tasks would pay in existing code, and
 * the annotations that make them.
 *
 *   delayc suggest [FILE...] [-p BUILD_DIR] [--min-work=NS] [--max=N] [--explain]
 *                  [--format=text|json|sarif] [--fix] [--export-fixes=F.yaml] [-- flags]
 *
 * Each file is parsed once; candidates.c proposes functions and their
 * annotations, verify.c keeps only those whose calls emit would then make
 * tasks.  The suggestions are remarks in clang's manner, each with its
 * fix-its (the annotations, insertions only), ranked by estimated work times
 * the calls that could run at once.  --fix writes them into the files
 * (atomically, like lint --fix), --export-fixes as clang-apply-replacements
 * YAML, --format=sarif as results of level "note" with fixes.  --explain also
 * lists, as remarks, the functions of enough work that are not proposed and
 * why. */
#define _GNU_SOURCE
#include "suggest/suggest.h"
#include "cli/cli.h"       /* the subcommand's usage, unknown options */
#include "cli/buildsys.h"

#include <stdlib.h>
#include <string.h>

static const Check missed_kind = {"suggest-not-proposed",
                                  "A function of enough work that suggest does not propose, and why (--explain)",
                                  "Make the edit the remark names, then run delayc suggest again.", NULL, 0, 1};

/* "850 ns", "12 µs", "3.4 ms" */
char *human_ns(long long ns) {
  if (ns < 1000) return fmt("%lld ns", ns);
  if (ns < 1000000) return fmt("%.3g µs", (double)ns / 1e3);
  if (ns < 1000000000) return fmt("%.3g ms", (double)ns / 1e6);
  return fmt("%.3g s", (double)ns / 1e9);
}

typedef struct Ranked { int file, idx; long long score; } Ranked;
#define RANK_CALLS 1024   /* calls of a run that count for the rank */

static int by_score(const void *a, const void *b) {
  const Ranked *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  if (x->file != y->file) return x->file - y->file;
  return x->idx - y->idx;
}

/* One file: its text, what was found, and (later) its findings. */
typedef struct FileRun { Found fd; LintFile lf; Unit u; Model m; int open; } FileRun;


/* Is file `def` in the directory of file `user`, or below it? (Where
 * delayc-cc looks for the bodies of a file's calls: docs/integration/make.md.) */
static int beside_or_below(const char *user, const char *def) {
  const char *slash = strrchr(user, '/');
  size_t n = slash ? (size_t)(slash - user + 1) : 0;
  if (!n) return def[0] != '/' && strncmp(def, "../", 3);
  return !strncmp(user, def, n);
}

/* The remark of a kept suggestion, with its fix-its and notes. */
static void report(Lint *L, Sugg *s) {
  L->check = &suggest_kinds[s->kind];
  char *w = human_ns(s->work);
  long long at_once = s->at_once > s->width ? s->at_once : s->width;
  Finding *x = s->kind == SK_LOOP && s->block
      ? lint_report_at(L, s->off, "the iterations of this loop, too small for a task each, could run in blocks of "
                                  "%lld, a DELAYED function '%s': about %s a block, up to %lld blocks at once",
                       s->block, s->name, w, s->width)
      : s->kind == SK_LOOP
      ? lint_report_at(L, s->off, "the body of this loop could be a DELAYED function, '%s': about %s an "
                                  "iteration, up to %lld iterations at once", s->name, w, at_once)
      : s->kind == SK_RECURSION
      ? lint_report_at(L, s->off, "'%s' could be DELAYED with a cutoff: about %s a call, its recursion running in "
                                  "parallel", s->name, w)
      : s->width > 1
      ? lint_report_at(L, s->off, "'%s' could be DELAYED: about %s a call, up to %lld calls at once", s->name, w,
                       at_once)
      : lint_report_at(L, s->off, "'%s' could be DELAYED: about %s a call", s->name, w);
  free(w);
  for (int k = 0; k < s->nins; k++) lint_fix(x, s->ins[k].off, s->ins[k].off + s->ins[k].len, s->ins[k].text);
  lint_note(x, s->off, s->kind == SK_LOOP ? "the new function: %s" : "annotated: %s", s->decl);
  for (int k = 0; k < s->nsite; k++) lint_note(x, s->site[k].off, "%s", s->site[k].msg);
  if (s->hdecl) lint_note(x, s->off, "and its prototype in %s: %s", s->hpath, s->hdecl);
  if (s->elsewhere) {
    /* a caller in a directory this file is not beside or below (src/ and
     * lib/): delayc-cc under make does not look there (blind 73a: the
     * annotations gave 'chained' tasks, and nothing said why) */
    const char *far = NULL;
    for (int k = 0; k < s->nxs && !far; k++)
      if (!beside_or_below(s->xs[k].u->path, L->u->path)) far = s->xs[k].u->path;
    const char *sl = strrchr(L->u->path, '/');
    char *dir = sl ? xstrndup(L->u->path, (size_t)(sl - L->u->path)) : xstrdup(".");
    char *make = far ? fmt("; delayc-cc under make looks for it beside '%s', below it, and in the -I directories of "
                           "its command: keep -I%s there", far, dir)
                     : xstrdup("");
    free(dir);
    lint_note(x, s->off, "the other files' calls become tasks when emit sees this file's body too (emit FILE --with "
              "%s, -p BUILD_DIR, --out-dir, or CMake's delayc_parallelize)%s", L->u->path, make);
    free(make);
  }
  if (s->caveat) lint_note(x, s->off, "%s", s->caveat);
}

static void report_miss(Lint *L, Miss *m) {
  L->check = &missed_kind;
  char *w = human_ns(m->work);
  if (m->line)
    lint_report_at(L, m->off, "the loop in '%s' (about %s a run) runs serially: %s", m->name, w, m->why);
  else
    lint_report_at(L, m->off, "'%s' (about %s a call) is not proposed: %s", m->name, w, m->why);
  free(w);
}

/* ---- JSON ---- */

/* The header run's finding of a suggestion's prototype (its fix-its, with
 * the header's `#include "delayed.h"` on the first), or NULL. */
static const Finding *prototype_finding(const LintFile *lfs, int nfr, int nlf, const Sugg *s) {
  for (int i = nfr; s->hpath && i < nlf; i++)
    if (!strcmp(lfs[i].path, s->hpath))
      for (int k = 0; k < lfs[i].nf; k++)
        if (lfs[i].f[k].off == s->hoff) return &lfs[i].f[k];
  return NULL;
}

static void json_out(FILE *out, FileRun *fr, int nfr, Ranked *rk, int nrk, int explain, const LintFile *lfs, int nlf) {
  fputs("{\"version\": 2, \"suggestions\": [", out);
  for (int i = 0; i < nrk; i++) {
    FileRun *f = &fr[rk[i].file];
    Sugg *s = &f->fd.s[rk[i].idx];
    unsigned line, col;
    lint_line_col(&f->u, s->off, &line, &col);
    fprintf(out, "%s\n  {\"file\": ", i ? "," : "");
    json_str(out, f->lf.path);
    fprintf(out, ", \"line\": %u, \"column\": %u, \"kind\": ", line, col);
    json_str(out, suggest_kinds[s->kind].name);
    fputs(", \"function\": ", out);
    json_str(out, s->name);
    fprintf(out, ", \"work_ns\": %lld, \"width\": %lld, \"declaration\": ", s->work, s->width);
    json_str(out, s->decl);
    fputs(", \"fixes\": [", out);
    int first = f->fd.include_at >= 0, n = 0;     /* the file's first suggestion brings delayed.h, as --fix */
    for (int j = 0; j < i && first; j++) first = rk[j].file != rk[i].file;
    if (first) {
      fprintf(out, "{\"offset\": %d, \"length\": 0, \"replacement\": ", f->fd.include_at);
      json_str(out, DELAYED_INCLUDE);
      fputc('}', out);
      n++;
    }
    for (int k = 0; k < s->nins; k++) {
      if (!*s->ins[k].text && !s->ins[k].len) continue;   /* the same insertion by another suggestion */
      fprintf(out, "%s{\"offset\": %u, \"length\": %u, \"replacement\": ", n++ ? ", " : "", s->ins[k].off,
              s->ins[k].len);
      json_str(out, s->ins[k].text);
      fputc('}', out);
    }
    fputs("], \"sites\": [", out);
    for (int k = 0; k < s->nsite; k++) {
      /* a call of another file (sites_elsewhere: one each, in order): its own place */
      const Unit *su = s->nxs == s->nsite ? s->xs[k].u : &f->u;
      lint_line_col((Unit *)su, s->nxs == s->nsite ? s->xs[k].off : s->site[k].off, &line, &col);
      fprintf(out, "%s{\"file\": ", k ? ", " : "");
      json_str(out, su->path);
      fprintf(out, ", \"line\": %u, \"column\": %u, \"message\": ", line, col);
      json_str(out, s->site[k].msg);
      fputc('}', out);
    }
    fputs("], \"note\": ", out);
    if (s->caveat) json_str(out, s->caveat); else fputs("null", out);
    if (s->hpath) {                   /* the header's prototype, annotated too (its fixes: the header's run's) */
      fputs(", \"prototype\": {\"file\": ", out);
      json_str(out, s->hpath);
      fputs(", \"declaration\": ", out);
      json_str(out, s->hdecl);
      fputs(", \"fixes\": [", out);
      const Finding *pf = prototype_finding(lfs, nfr, nlf, s);
      for (int k = 0; pf && k < pf->nfix; k++) {
        fprintf(out, "%s{\"offset\": %u, \"length\": %u, \"replacement\": ", k ? ", " : "", pf->fix[k].beg,
                pf->fix[k].end - pf->fix[k].beg);
        json_str(out, pf->fix[k].text);
        fputc('}', out);
      }
      fputs("]}", out);
    }
    fputc('}', out);
  }
  fputs(nrk ? "\n]" : "]", out);
  if (explain) {
    fputs(", \"not_proposed\": [", out);
    int first = 1;
    for (int i = 0; i < nfr; i++) {
      Found *fd = &fr[i].fd;
      for (int k = 0; k < fd->nm + fd->ns; k++) {
        const char *name, *why;
        unsigned off;
        long long work;
        int loop = 0;
        if (k < fd->nm) {
          name = fd->m[k].name; why = fd->m[k].why; off = fd->m[k].off; work = fd->m[k].work;
          loop = fd->m[k].line != 0;
        }
        else {
          Sugg *s = &fd->s[k - fd->nm];
          if (!s->why) continue;
          name = s->name; why = s->why; off = s->off; work = s->work;
          loop = s->kind == SK_LOOP;
        }
        unsigned line, col;
        lint_line_col(&fr[i].u, off, &line, &col);
        fprintf(out, "%s\n  {\"file\": ", first ? "" : ",");
        first = 0;
        json_str(out, fr[i].lf.path);
        fprintf(out, ", \"line\": %u, \"column\": %u, \"kind\": \"%s\", \"function\": ", line, col,
                loop ? "loop" : "function");
        json_str(out, name);
        fprintf(out, ", \"work_ns\": %lld, \"why\": ", work);
        json_str(out, why);
        fputc('}', out);
      }
    }
    fputs(first ? "]" : "\n]", out);
  }
  fputs("}\n", out);
}

/* ---- headers: the prototypes of proposed functions ----
 *
 * A proposed function declared in a header of the program (lib.h) gets the
 * same annotations there, with the prototype's parameter names: emit of the
 * files that call it reads them from that declaration.  Each header is a run
 * of its own (a remark per prototype, its fix-its, and `#include "delayed.h"`
 * after its last #include before them when it has none), so --fix,
 * --export-fixes and SARIF carry it like the files given. */

static unsigned line_of_text(const char *src, unsigned off, unsigned *col, unsigned *bol) {
  unsigned l = 1, b = 0;
  for (unsigned i = 0; i < off; i++)
    if (src[i] == '\n') { l++; b = i + 1; }
  *col = off - b + 1;
  *bol = b;
  return l;
}

/* The offset after a header's include guard (`#ifndef FFT_H` then `#define
 * FFT_H`, or `#pragma once`), past the comments and blank lines before it;
 * 0 when it has none. */
static unsigned after_guard(const char *src, size_t len) {
  unsigned o = 0;
  int seen_ifndef = 0;
  while (o < len) {
    while (o < len && (src[o] == ' ' || src[o] == '\t' || src[o] == '\n' || src[o] == '\r')) o++;
    if (o + 1 < len && src[o] == '/' && src[o + 1] == '*') {         /* a comment */
      const char *e = strstr(src + o + 2, "*/");
      if (!e) return 0;
      o = (unsigned)(e - src) + 2;
      continue;
    }
    if (o + 1 < len && src[o] == '/' && src[o + 1] == '/') {
      while (o < len && src[o] != '\n') o++;
      continue;
    }
    if (o >= len || src[o] != '#') return 0;
    unsigned e = o;
    while (e < len && src[e] != '\n') e++;
    unsigned p = o + 1;
    while (p < e && (src[p] == ' ' || src[p] == '\t')) p++;
    if (!seen_ifndef && e - p >= 6 && !memcmp(src + p, "pragma", 6) && strstr(src + p, "once") &&
        (unsigned)(strstr(src + p, "once") - src) < e)
      return e < len ? e + 1 : e;
    if (!seen_ifndef && e - p >= 6 && !memcmp(src + p, "ifndef", 6)) {
      seen_ifndef = 1;
      o = e;
      continue;
    }
    if (seen_ifndef && e - p >= 6 && !memcmp(src + p, "define", 6)) return e < len ? e + 1 : e;
    return 0;
  }
  return 0;
}

/* Where `#include "delayed.h"` goes in a header's text: after the last
 * #include line before limit, else after its include guard (blind 63a: put
 * just above the prototype annotated, an earlier one annotated by hand then
 * did not parse), else at the start of limit's line. */
static unsigned header_include_at(const char *src, size_t len, unsigned limit) {
  unsigned at = limit;
  while (at > 0 && src[at - 1] != '\n') at--;
  unsigned guard = after_guard(src, len);
  unsigned best = guard && guard <= at ? guard : at;
  for (unsigned o = 0; o < limit && o < len;) {
    unsigned e = o;
    while (e < len && src[e] != '\n') e++;
    unsigned p = o;
    while (p < e && (src[p] == ' ' || src[p] == '\t')) p++;
    if (p < e && src[p] == '#') {
      p++;
      while (p < e && (src[p] == ' ' || src[p] == '\t')) p++;
      if (e - p >= 7 && !memcmp(src + p, "include", 7) && e < len && e < limit) best = e + 1;
    }
    o = e + 1;
  }
  return best;
}

/* The runs of the headers after the nfr files' (their slots left for the caller). */
static LintFile *header_files(FileRun *fr, Ranked *rk, int nrk, int nfr, int *nh) {
  LintFile *lfs = xcalloc((size_t)nfr + 1, sizeof *lfs);
  *nh = 0;
  for (int i = 0; i < 2 * nrk; i++) {
    Sugg *s = &fr[rk[i / 2].file].fd.s[rk[i / 2].idx];
    int counts = i % 2;               /* its struct's member counts, or its prototype */
    const char *path = counts ? s->mpath : s->hpath;
    if (!path) continue;
    int h = 0;
    while (h < *nh && strcmp(lfs[nfr + h].path, path)) h++;
    for (int k = 0; k < nfr && h == *nh; k++)
      if (!strcmp(fr[k].lf.path, path)) h = -1;           /* a header given as a file: not edited twice */
    if (h < 0) continue;
    LintFile *lf;
    if (h == *nh) {
      char *src;
      size_t len;
      if (read_c_source(path, &src, &len) != 0) continue;
      lfs = xrealloc(lfs, (size_t)(nfr + *nh + 2) * sizeof *lfs);
      lf = &lfs[nfr + (*nh)++];
      *lf = (LintFile){xstrdup(path), src, len, NULL, 0};
    } else {
      lf = &lfs[nfr + h];
    }
    int *had = xcalloc((size_t)s->nmins + 1, sizeof *had), fresh = 0;   /* (said by another suggestion: once) */
    for (int k = 0; counts && k < s->nmins; k++) {
      for (int f = 0; f < lf->nf && !had[k]; f++)
        for (int j = 0; j < lf->f[f].nfix && !had[k]; j++)
          had[k] = lf->f[f].fix[j].beg == s->mins[k].off && !strcmp(lf->f[f].fix[j].text, s->mins[k].text);
      fresh += !had[k];
    }
    if (counts && !fresh) {
      free(had);
      continue;
    }
    unsigned at = s->hoff;
    for (int k = 0; counts && k < s->nmins; k++)
      if (!had[k]) at = s->mins[k].off;
    lf->f = xrealloc(lf->f, (size_t)(lf->nf + 1) * sizeof *lf->f);
    Finding *x = &lf->f[lf->nf++];
    memset(x, 0, sizeof *x);
    x->check = &suggest_kinds[s->kind];
    x->off = at;
    unsigned bol, e;
    x->line = line_of_text(lf->src, at, &x->col, &bol);
    for (e = bol; e < lf->len && lf->src[e] != '\n' && lf->src[e] != '\r'; e++) {}
    x->srcline = xstrndup(lf->src + bol, e - bol);
    if (counts) {
      x->msg = fmt("the struct that '%s' is given gets the counts of its pointer members, from the program's allocations: "
                   "its tasks then name the regions they point to", s->name);
      for (int k = 0; k < s->nmins; k++)
        if (!had[k]) lint_fix(x, s->mins[k].off, s->mins[k].off, s->mins[k].text);
    } else {
      x->msg = fmt("the prototype of '%s' gets its annotations, for the calls of the files that include it", s->name);
      for (int k = 0; k < s->nhins; k++) lint_fix(x, s->hins[k].off, s->hins[k].off, s->hins[k].text);
    }
    free(had);
  }
  /* each header's `#include "delayed.h"`, before its first annotated prototype */
  for (int h = 0; h < *nh; h++) {
    LintFile *lf = &lfs[nfr + h];
    if (strstr(lf->src, "delayed.h") || !lf->nf) continue;
    Finding *first = &lf->f[0];
    for (int k = 1; k < lf->nf; k++)
      if (lf->f[k].off < first->off) first = &lf->f[k];
    unsigned at = header_include_at(lf->src, lf->len, first->off);
    lint_fix(first, at, at, DELAYED_INCLUDE);
    LFix inc = first->fix[first->nfix - 1];   /* first among them: a DELAYED at the same place follows it */
    memmove(first->fix + 1, first->fix, (size_t)(first->nfix - 1) * sizeof *first->fix);
    first->fix[0] = inc;
  }
  return lfs;
}

/* ---- suggestions whose calls are in other files, checked there ---- */

typedef struct HeaderText { char *path, *text; size_t len; } HeaderText;

/* The headers as --fix would write them: each with the insertions of the
 * ranked suggestions that annotate it, and `#include "delayed.h"`. */
/* Is the insertion x of a header already in ed (the same count said by two suggestions)? */
static int inserted(const Edits *ed, const Ins *x) {
  for (int i = 0; i < ed->n; i++)
    if (ed->e[i].beg == x->off && ed->e[i].end == x->off && !strcmp(ed->e[i].text, x->text)) return 1;
  return 0;
}

static HeaderText *annotated_headers(FileRun *fr, Ranked *rk, int nrk, int *nh) {
  HeaderText *h = NULL;
  *nh = 0;
  for (int i = 0; i < 2 * nrk; i++) {
    Sugg *s = &fr[rk[i / 2].file].fd.s[rk[i / 2].idx];
    const char *path = i % 2 ? s->mpath : s->hpath;   /* its prototype's header, its struct's */
    if (!path) continue;
    int k = 0;
    while (k < *nh && strcmp(h[k].path, path)) k++;
    if (k < *nh) continue;
    char *src;
    size_t len;
    if (read_c_source(path, &src, &len) != 0) continue;
    Edits ed = {0};
    unsigned first = (unsigned)len;
    for (int j = 0; j < nrk; j++) {
      Sugg *t = &fr[rk[j].file].fd.s[rk[j].idx];
      if (t->hpath && !strcmp(t->hpath, path) && t->hoff < first) first = t->hoff;
      for (int m = 0; t->mpath && !strcmp(t->mpath, path) && m < t->nmins; m++)
        if (t->mins[m].off < first) first = t->mins[m].off;
    }
    if (!strstr(src, "delayed.h")) ed_insert(&ed, header_include_at(src, len, first), DELAYED_INCLUDE);
    for (int j = 0; j < nrk; j++) {
      Sugg *t = &fr[rk[j].file].fd.s[rk[j].idx];
      for (int m = 0; t->hpath && !strcmp(t->hpath, path) && m < t->nhins; m++)
        ed_insert(&ed, t->hins[m].off, t->hins[m].text);
      for (int m = 0; t->mpath && !strcmp(t->mpath, path) && m < t->nmins; m++)
        if (!inserted(&ed, &t->mins[m])) ed_insert(&ed, t->mins[m].off, t->mins[m].text);
    }
    h = xrealloc(h, (size_t)(*nh + 1) * sizeof *h);
    h[*nh].path = xstrdup(path);
    ed_sort(&ed);
    h[*nh].text = ed_apply(&ed, src, 0, (unsigned)len, &h[*nh].len);
    (*nh)++;
    for (int m = 0; m < ed.n; m++) free(ed.e[m].text);
    free(ed.e);
    free(src);
  }
  return h;
}

/* Each file holding calls of suggestions of the others: parsed with the
 * headers annotated, those calls must be tasks there (verify_elsewhere);
 * the suggestions dropped leave the ranking. */
static int verify_round(FileRun *fr, int nfr, EmitJob *jobs, const int *job, const char **cflags, int ncflags,
                        Ranked *rk, int nrk);

/* ... until nothing more is dropped: a suggestion verified beside another
 * dropped in the same round was weighed with that one's annotations (blind
 * 72a: bank_analyze's calls tasks only while channel_synth, dropped, made
 * the channels) */
static int verify_program(FileRun *fr, int nfr, EmitJob *jobs, const int *job, const char **cflags, int ncflags,
                          Ranked *rk, int nrk) {
  for (int round = 0; round < 4; round++) {
    int kept = verify_round(fr, nfr, jobs, job, cflags, ncflags, rk, nrk);
    if (kept == nrk) break;
    nrk = kept;
  }
  return nrk;
}

static int verify_round(FileRun *fr, int nfr, EmitJob *jobs, const int *job, const char **cflags, int ncflags,
                        Ranked *rk, int nrk) {
  int nh;
  HeaderText *h = annotated_headers(fr, rk, nrk, &nh);
  struct CXUnsavedFile *uf = xcalloc((size_t)nh + 1, sizeof *uf);
  for (int i = 0; i < nh; i++) uf[i] = (struct CXUnsavedFile){h[i].path, h[i].text, (unsigned long)h[i].len};
  Sugg **sg = xcalloc((size_t)nrk + 1, sizeof *sg);
  for (int fi = 0; fi < nfr; fi++) {
    int n = 0;
    for (int i = 0; i < nrk; i++) {
      Sugg *s = &fr[rk[i].file].fd.s[rk[i].idx];
      int here = 0;
      for (int x = 0; x < s->nxs && !here; x++) here = s->xs[x].u == &fr[fi].u;
      if (here && s->elsewhere && !s->why) sg[n++] = s;
    }
    if (!n) continue;
    int nargs;
    const char **args = job_parse_args(&jobs[job[fi]], cflags, ncflags, &nargs);
    fe_also = uf;
    fe_nalso = nh;
    verify_elsewhere(&fr[fi].u, args, nargs, sg, n);
    fe_also = NULL;
    fe_nalso = 0;
    free(args);
  }
  free(sg);
  free(uf);
  for (int i = 0; i < nh; i++) { free(h[i].path); free(h[i].text); }
  free(h);
  int kept = 0;                       /* the ranking without those dropped */
  for (int i = 0; i < nrk; i++)
    if (!fr[rk[i].file].fd.s[rk[i].idx].why) rk[kept++] = rk[i];
  return kept;
}

static const char help[] =
  "usage: delayc suggest [FILE...] [-p BUILD_DIR] [--min-work=NS] [--max=N] [--explain]\n"
  "                      [--format=text|json|sarif] [--fix] [--export-fixes=F.yaml] [-- compiler flags]\n\n"
  "Finds the functions of existing code whose calls could run as tasks, most work first:\n"
  "each remark shows the annotations to add (as fix-its) and the calls that would run in\n"
  "parallel.  Only what delayc emit would then make tasks is proposed.\n\n"
  "  --fix               add the annotations to the files (in place, atomically)\n"
  "  --export-fixes=F    write them as clang-apply-replacements YAML instead\n"
  "  --max=N             only the N most worthwhile suggestions\n"
  "  --min-work=NS       smallest estimated work per call worth a task (default 5000 ns)\n"
  "  --explain           also say why each function of enough work is not proposed\n"
  "  --format=F          text (clang's remarks), json, or sarif (results of level note, with fixes)\n";

int suggest_main(int argc, char **argv) {
  const char **files = NULL, **cflags = NULL, *build_dir = NULL, *format = "text", *export_to = NULL;
  int nfiles = 0, ncflags = 0, fix = 0, explain = 0;
  long long min_work = 5000, max = -1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) { cflags = (const char **)argv + i + 1; ncflags = argc - i - 1; break; }
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(help, stdout); return EXIT_OK; }
    if (!strcmp(a, "--fix")) { fix = 1; continue; }
    if (!strcmp(a, "--explain")) { explain = 1; continue; }
    static const char *const valued[] = {"-p", "--min-work", "--format", "--max", "--export-fixes", NULL};
    const char *name = NULL, *v = NULL;
    for (int k = 0; valued[k] && !name; k++) {
      size_t n = strlen(valued[k]);
      if (!strcmp(a, valued[k])) {
        if (i + 1 >= argc) {
          fprintf(stderr, "%s: error: option '%s' needs a value\n", prog_name, a);
          return EXIT_USAGE;
        }
        name = valued[k];
        v = argv[++i];
      } else if (!strncmp(a, valued[k], n) && a[n] == '=') {
        name = valued[k];
        v = a + n + 1;
      }
    }
    if (!name && !strncmp(a, "-p", 2) && a[2] && a[2] != '-' && !cli_is_compiler_flag(a)) { name = "-p"; v = a + 2; }
    if (!name) {
      if (a[0] == '-' && a[1]) return cli_unknown_option("suggest", argc, argv, i);   /* usage.c */
      files = xrealloc(files, (size_t)(nfiles + 1) * sizeof *files);
      files[nfiles++] = a;
      continue;
    }
    if (!strcmp(name, "-p")) build_dir = v;
    else if (!strcmp(name, "--export-fixes")) export_to = v;
    else if (!strcmp(name, "--format")) {
      format = v;
      if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "sarif")) {
        fprintf(stderr, "%s: error: --format must be text, json or sarif, not '%s'\n", prog_name, format);
        return EXIT_USAGE;
      }
    } else {
      char *end;
      long long x = strtoll(v, &end, 10);
      if (end == v || *end || x < 0) {
        fprintf(stderr, "%s: error: %s needs a number%s, not '%s'\n", prog_name, name,
                !strcmp(name, "--min-work") ? " of nanoseconds" : "", v);
        return EXIT_USAGE;
      }
      if (!strcmp(name, "--max")) max = x; else min_work = x;
    }
  }
  if (!nfiles && !build_dir) {
    fprintf(stderr, "%s: error: no input file (give FILE... or -p BUILD_DIR)\n", prog_name);
    return EXIT_USAGE;
  }
  EmitJob *jobs = NULL;
  int nbad = 0, n;
  if (build_dir) {
    if ((n = emit_jobs(NULL, NULL, build_dir, files, nfiles, NULL, &jobs, &nbad)) < 0) return EXIT_USAGE;
  } else {
    n = nfiles;
    jobs = xcalloc((size_t)n + 1, sizeof *jobs);
    for (int i = 0; i < n; i++) jobs[i].in = (char *)files[i];
  }
  int rc = nbad ? EXIT_USAGE : EXIT_OK;
  FileRun *fr = xcalloc((size_t)n + 1, sizeof *fr);
  int nfr = 0;
  Ranked *rk = NULL;
  int nrk = 0;
  /* every file parsed first: a function of one called in a loop of another
   * has its company there (candidates.c) */
  int *job = xcalloc((size_t)n + 1, sizeof *job);
  char **seen = xcalloc((size_t)n + 1, sizeof *seen);
  for (int j = 0; j < n; j++) {
    /* a file given twice is one file; a header given is read through the
     * files that include it (its prototypes are annotated with them) */
    char *real = realpath(jobs[j].in, NULL);
    int dup = 0;
    for (int k = 0; k < j && real && !dup; k++) dup = seen[k] && !strcmp(seen[k], real);
    seen[j] = real;
    if (dup || !strcmp(cc_ext(jobs[j].in), "h")) continue;
    FileRun *f = &fr[nfr];
    f->lf.path = jobs[j].in;
    f->lf.src = lint_open(&f->u, jobs[j].in, jobs[j].flags, jobs[j].nflags, cflags, ncflags, &f->lf.len);
    if (!f->lf.src) { rc = EXIT_USAGE; continue; }
    f->open = 1;
    job[nfr++] = j;
    model_build(&f->m, &f->u, 1);
  }
  ProgFile *pf = xcalloc((size_t)nfr + 1, sizeof *pf);
  for (int i = 0; i < nfr; i++) pf[i] = (ProgFile){&fr[i].u, &fr[i].m};
  suggest_program(pf, nfr);
  /* what the other files' functions touch, as emit --with reads it: a loop
   * of main.c calling lib.c's functions is weighed with their effects */
  if (nfr > 1) {
    EmitJob *opened = xcalloc((size_t)nfr + 1, sizeof *opened);
    for (int fi = 0; fi < nfr; fi++) opened[fi] = jobs[job[fi]];
    jobs_as_program(opened, nfr, cflags, ncflags);
    free(opened);
    /* ... the values each assigns struct fields (a loop to st->paths of main.c's 80000) ... */
    for (int fi = 0; fi < nfr; fi++) {
      cost_learn_fields(clang_getTranslationUnitCursor(fr[fi].u.tu));
      cost_forget();
    }
    /* ... and what they cost (a call from another file, where no body is seen) */
    for (int fi = 0; fi < nfr; fi++) {
      for (int k = 0; k < fr[fi].m.nfn; k++)
        if (fr[fi].m.fn[k].body && clang_getCursorLinkage(fr[fi].m.fn[k].cur) == CXLinkage_External)
          cost_learn(fr[fi].m.fn[k].cur);
      cost_forget();
    }
  }
  for (int fi = 0; fi < nfr; fi++) {
    FileRun *f = &fr[fi];
    int j = job[fi];
    find_candidates(&f->u, &f->m, min_work, &f->fd);
    find_loop_bodies(&f->u, &f->m, min_work, &f->fd, 0);
    split_loops(&f->u, &f->m, &f->fd);
    /* the parse arguments again, for the annotated text */
    int nargs;
    const char **args = job_parse_args(&jobs[j], cflags, ncflags, &nargs);
    int bad = f->fd.ns && verify_candidates(&f->u, f->lf.src, f->lf.len, args, nargs, &f->fd) != 0;
    /* a function dropped by verification leaves its loops to be tried; when
     * they would make one kept before fall (the loop making the images the
     * kept blur is given, blind 71a), they are left out instead */
    int had = f->fd.ns;
    char **was = xcalloc((size_t)had + 1, sizeof *was);
    for (int i = 0; i < had; i++) was[i] = f->fd.s[i].why ? xstrdup(f->fd.s[i].why) : NULL;
    if (!bad && find_loop_bodies(&f->u, &f->m, min_work, &f->fd, 1)) {
      bad = verify_candidates(&f->u, f->lf.src, f->lf.len, args, nargs, &f->fd) != 0;
      /* the bigger task wins: a loop over batches, each sorted, over the
       * sort's recursion; blur's calls over the loop making the images */
      long long lost = 0, won = 0;
      for (int i = 0; i < f->fd.ns; i++) {
        if (i < had && !was[i] && f->fd.s[i].why && f->fd.s[i].work > lost) lost = f->fd.s[i].work;
        if (i >= had && !f->fd.s[i].why && f->fd.s[i].work > won) won = f->fd.s[i].work;
      }
      const char *fell = NULL;
      for (int i = 0; i < had && !bad && !fell && lost > won; i++)
        if (!was[i] && f->fd.s[i].why) fell = f->fd.s[i].name;
      for (int i = 0; fell && i < f->fd.ns; i++) {
        if (i < had) {
          free(f->fd.s[i].why);
          f->fd.s[i].why = was[i];
          was[i] = NULL;
        } else if (!f->fd.s[i].why) {
          f->fd.s[i].why = fmt("proposed, it would make '%s' stay serial: left out for it", fell);
        }
      }
    }
    for (int i = 0; i < had; i++) free(was[i]);
    free(was);
    if (bad) {
      error("'%s': the annotated text does not parse; nothing is proposed for it (please report this)", f->lf.path);
      for (int i = 0; i < f->fd.ns; i++)
        if (!f->fd.s[i].why) f->fd.s[i].why = xstrdup("the annotated text does not parse");
      rc = EXIT_USAGE;
    }
    free(args);
    /* a loop inside a function proposed itself (its retry after a first
     * verification): the function's calls are the tasks; both would nest one
     * DELAYED inside another, and their edits meet at the function's start
     * (blind round 49a: the DELAYED of one went to the other) */
    for (int i = 0; i < f->fd.ns; i++) {
      Sugg *l = &f->fd.s[i];
      for (int k = 0; k < f->fd.ns && !l->why && l->kind == SK_LOOP; k++) {
        Sugg *g = &f->fd.s[k];
        if (g->kind != SK_LOOP && !g->why && l->off >= g->beg && l->off < g->end)
          l->why = fmt("it is in '%s', which is proposed itself: its calls are the tasks", g->name);
      }
    }
    if (explain) find_big_loops(&f->u, &f->m, &f->fd);
    for (int i = 0; i < f->fd.ns; i++)
      if (!f->fd.s[i].why) {
        rk = xrealloc(rk, (size_t)(nrk + 1) * sizeof *rk);
        /* the time a run of its calls could save: their work, up to RANK_CALLS
         * of them (of two units holding the same work, one inside the other,
         * the coarser: rows before the pixels in them) */
        Sugg *g = &f->fd.s[i];
        long long n = g->calls > g->width ? g->calls : g->width;
        rk[nrk++] = (Ranked){fi, i, g->work * (n < RANK_CALLS ? n : RANK_CALLS)};
      }
  }
  if (nfr > 1) nrk = verify_program(fr, nfr, jobs, job, cflags, ncflags, rk, nrk);
  if (nrk) qsort(rk, (size_t)nrk, sizeof *rk, by_score);   /* qsort(NULL, 0): UB */
  if (max >= 0 && nrk > max) {
    for (int i = (int)max; i < nrk; i++) {
      Sugg *s = &fr[rk[i].file].fd.s[rk[i].idx];
      s->why = fmt("ranked below the first %lld (--max)", max);
    }
    nrk = (int)max;
  }
  /* the findings of each file, in rank order */
  for (int i = 0; i < nfr; i++) {
    FileRun *f = &fr[i];
    LintConfig cfg = {0};
    Lint L = {&f->u, &f->m, &cfg, NULL, NULL, 0, NULL};
    lint_begin_unit(&f->u);
    int *chosen = xcalloc((size_t)nrk + 1, sizeof *chosen), nch = 0;
    for (int k = 0; k < nrk; k++)
      if (rk[k].file == i) chosen[nch++] = rk[k].idx;
    drop_moved_declarations(&f->u, &f->fd, chosen, nch);
    /* the same insertion by two suggestions (`#include <stdlib.h>` for two split loops): once */
    for (int a = 0; a < nch; a++)
      for (int b = a + 1; b < nch; b++) {
        Sugg *x = &f->fd.s[chosen[a]], *y = &f->fd.s[chosen[b]];
        for (int i = 0; i < x->nins; i++)
          for (int j = 0; j < y->nins; j++)
            if (!x->ins[i].len && !y->ins[j].len && x->ins[i].off == y->ins[j].off && *y->ins[j].text &&
                !strcmp(x->ins[i].text, y->ins[j].text)) {
              free(y->ins[j].text);
              y->ins[j].text = xstrdup("");
            }
      }
    free(chosen);
    for (int k = 0; k < nrk; k++)
      if (rk[k].file == i) {
        report(&L, &f->fd.s[rk[k].idx]);
        /* the file's first suggestion brings delayed.h */
        if (L.nf == 1 && f->fd.include_at >= 0) {
          lint_fix(&L.f[0], (unsigned)f->fd.include_at, (unsigned)f->fd.include_at, DELAYED_INCLUDE);
          /* first among the fix-its: an annotation at the same place (a
           * function starting right after the last #include) follows it */
          Finding *x = &L.f[0];
          LFix inc = x->fix[x->nfix - 1];
          memmove(x->fix + 1, x->fix, (size_t)(x->nfix - 1) * sizeof *x->fix);
          x->fix[0] = inc;
        }
      }
    if (explain) {
      for (int k = 0; k < f->fd.ns; k++)
        if (f->fd.s[k].why && strncmp(f->fd.s[k].why, "ranked below", 12)) {
          Sugg *s = &f->fd.s[k];
          Miss m = {s->name, s->off, s->work, s->why, 0, s->end};
          if (s->kind == SK_LOOP) {       /* the new function is not the user's: the loop's body as one */
            L.check = &missed_kind;
            char *w = human_ns(s->work);
            char *per = s->block ? fmt("a block of %lld iterations", s->block) : xstrdup("an iteration");
            lint_report_at(&L, s->off, "the body of this loop (about %s %s) is not proposed as a function of its "
                           "own, '%s': %s", w, per, s->name, s->why);
            free(per);
            free(w);
          } else {
            report_miss(&L, &m);
          }
        }
      for (int k = 0; k < f->fd.nm; k++) {
        /* a loop proposed after all (in blocks, split): its "runs serially" was a first try's */
        int proposed = 0;
        for (int j = 0; j < f->fd.ns && !proposed; j++)
          proposed = !f->fd.s[j].why && f->fd.s[j].kind == SK_LOOP && f->fd.s[j].off == f->fd.m[k].off;
        /* ... or a loop of this file whose calls of another file's function are proposed as tasks */
        for (int r = 0; r < nrk && !proposed && f->fd.m[k].line; r++) {
          Sugg *g = &fr[rk[r].file].fd.s[rk[r].idx];
          for (int x = 0; x < g->nxs && !proposed; x++)
            proposed = g->xs[x].u == &f->u && g->xs[x].off >= f->fd.m[k].off && g->xs[x].off < f->fd.m[k].end;
        }
        if (!proposed) report_miss(&L, &f->fd.m[k]);
      }
    }
    lint_begin_unit(NULL);
    f->lf.f = L.f;
    f->lf.nf = L.nf;
  }
  int nh = 0;
  LintFile *lfs = header_files(fr, rk, nrk, nfr, &nh);
  for (int i = 0; i < nfr; i++) lfs[i] = fr[i].lf;
  int nlf = nfr + nh;
  if (!strcmp(format, "json")) json_out(stdout, fr, nfr, rk, nrk, explain, lfs, nlf);   /* (prototypes inside) */
  else if (!strcmp(format, "sarif")) {
    Check rules[SK_COUNT + 1];
    for (int k = 0; k < SK_COUNT; k++) rules[k] = suggest_kinds[k];
    rules[SK_COUNT] = missed_kind;
    /* findings point into suggest_kinds or at missed_kind: re-point them at rules[] */
    for (int i = 0; i < nlf; i++)
      for (int k = 0; k < lfs[i].nf; k++) {
        const Check *c = lfs[i].f[k].check;
        lfs[i].f[k].check = c == &missed_kind ? &rules[SK_COUNT] : &rules[c - suggest_kinds];
      }
    format_sarif(stdout, lfs, nlf, rules, SK_COUNT + 1);
    for (int i = 0; i < nlf; i++)
      for (int k = 0; k < lfs[i].nf; k++) {
        const Check *c = lfs[i].f[k].check;
        lfs[i].f[k].check = c == &rules[SK_COUNT] ? &missed_kind : &suggest_kinds[c - rules];
      }
  } else {
    format_text(stdout, lfs, nlf, 0);
    fflush(stdout);                   /* before the count on stderr (2>&1 keeps them apart) */
    /* (also none, once the files were read: silence read as "did it run?", blind 72a) */
    if (nrk || explain || rc == EXIT_OK)
      fprintf(stderr, "%d suggestion%s%s\n", nrk, nrk == 1 ? "" : "s",
              fix ? "" : nrk ? "; delayc suggest --fix adds the annotations"
              : explain ? "" : "; delayc suggest --explain says why the largest functions and loops are not proposed");
  }
  fflush(stdout);
  if (export_to && export_fixes(export_to, lfs, nlf) != 0) rc = EXIT_USAGE;
  if (fix)
    for (int i = 0; i < nlf; i++) {
      int nfix = 0;
      for (int k = 0; k < lfs[i].nf; k++) nfix += lfs[i].f[k].check != &missed_kind ? lfs[i].f[k].nfix : 0;
      if (!nfix) continue;
      /* only the suggestions' fix-its, not a missed function's */
      LintFile only = lfs[i];
      only.f = xcalloc((size_t)only.nf + 1, sizeof *only.f);
      only.nf = 0;
      for (int k = 0; k < lfs[i].nf; k++)
        if (lfs[i].f[k].check != &missed_kind) only.f[only.nf++] = lfs[i].f[k];
      if (apply_fixes(&only) != 0) rc = EXIT_USAGE;
      else if (i < nfr)
        fprintf(stderr, "%s: annotated %d function%s in '%s'\n", prog_name, only.nf, only.nf == 1 ? "" : "s",
                lfs[i].path);
      else                            /* a header: prototypes, a struct's counts */
        fprintf(stderr, "%s: annotated '%s' (%d edit%s)\n", prog_name, lfs[i].path, only.nf, only.nf == 1 ? "" : "s");
      free(only.f);
    }
  for (int i = nfr; i < nlf; i++) {   /* the headers' runs */
    for (int k = 0; k < lfs[i].nf; k++) {
      free(lfs[i].f[k].msg);
      free(lfs[i].f[k].srcline);
      for (int j = 0; j < lfs[i].f[k].nfix; j++) free(lfs[i].f[k].fix[j].text);
      free(lfs[i].f[k].fix);
    }
    free(lfs[i].f);
    free(lfs[i].src);
    free((char *)lfs[i].path);
  }
  suggest_program(NULL, 0);
  cost_learn_forget();
  free(pf);
  free(job);
  for (int j = 0; j < n; j++) free(seen[j]);
  free(seen);
  for (int i = 0; i < nfr; i++) {
    model_free(&fr[i].m);
    lint_close(&fr[i].u);
  }
  return rc;
}
