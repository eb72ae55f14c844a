/* siblings.c — the files of the program beside a source, for delayc-cc.
 *
 * make compiles one file at a time (`gcc -c main.c`): emit of main.c alone
 * sees no body of lib.c's functions, assumes each touches everything, and
 * keeps their calls in order (blind rounds 61a and 63a: a make build of a
 * two-file program ran its tasks on one thread).  The wrapper gives emit the
 * C files of the source's directory, and of its subdirectories two levels
 * deep (blind 67a: src/lib/work.c), that define a function the source calls
 * (emit --with), as the CMake integration gives every file of the target;
 * then the files that define what those call, a few rounds deep.
 * A function defined beside the source is taken from there; one defined only
 * below, from the one file that defines it (two: neither, as the link may
 * use either).  The directories of the command's -I options count as such
 * subdirectories (a library's lib/ beside src/, its header included from
 * there).
 * Which ones is decided on the text, with no parse: a call is a name
 * followed by `(` outside comments, strings and preprocessor lines; a
 * definition, such a name at the file's top level whose `)` is followed by
 * `{`.  A file taken that defines nothing called costs a parse; a file missed
 * leaves its functions unseen, as before: neither changes what the program
 * prints.  The dependency file then names those files too, so that an edit
 * of lib.c rebuilds main.o (what lib.c's functions touch decides main.c's
 * tasks).  DELAYC_CC_SIBLINGS=0 turns it off. */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cc/siblings.h"

typedef struct Names { char **v; int n; } Names;

static void add(Names *s, const char *p, size_t len) {
  for (int i = 0; i < s->n; i++)
    if (strlen(s->v[i]) == len && !memcmp(s->v[i], p, len)) return;
  char **v = realloc(s->v, (size_t)(s->n + 1) * sizeof *v);
  char *c = strndup(p, len);
  if (!v || !c) { free(c); if (v) s->v = v; return; }
  s->v = v;
  s->v[s->n++] = c;
}

static int has(const Names *s, const char *p) {
  for (int i = 0; i < s->n; i++)
    if (!strcmp(s->v[i], p)) return 1;
  return 0;
}

static void names_free(Names *s) {
  for (int i = 0; i < s->n; i++) free(s->v[i]);
  free(s->v);
}

char *cc_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *s = NULL;
  size_t n = 0, cap = 0, k;
  char chunk[65536];
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (n + k + 1 > cap) {
      cap = (n + k + 1) * 2;
      char *t = realloc(s, cap);
      if (!t) { free(s); fclose(f); return NULL; }
      s = t;
    }
    memcpy(s + n, chunk, k);
    n += k;
  }
  fclose(f);
  if (!s) s = calloc(1, 1);
  else s[n] = 0;
  if (s && len) *len = n;
  return s;
}

/* The text with comments, string and character literals and preprocessor
 * lines blanked (newlines kept). */
static void blank(char *s) {
  int bol = 1;
  for (char *p = s; *p;) {
    if (bol) {
      char *q = p;
      while (*q == ' ' || *q == '\t') q++;
      if (*q == '#') {                 /* a directive, with its continuation lines */
        for (; *q && !(*q == '\n' && q[-1] != '\\'); q++) *q = ' ';
        p = q;
        continue;
      }
    }
    bol = 0;
    if (p[0] == '/' && p[1] == '*') {
      char *e = strstr(p + 2, "*/");
      char *end = e ? e + 2 : p + strlen(p);
      for (; p < end; p++)
        if (*p != '\n') *p = ' ';
    } else if (p[0] == '/' && p[1] == '/') {
      for (; *p && *p != '\n'; p++) *p = ' ';
    } else if (*p == '"' || *p == '\'') {
      char q = *p;
      *p++ = ' ';
      for (; *p && *p != q && *p != '\n'; p++) {
        if (*p == '\\' && p[1]) *p++ = ' ';
        *p = ' ';
      }
      if (*p == q) *p++ = ' ';
    } else {
      if (*p == '\n') bol = 1;
      p++;
    }
  }
}

static int ident_start(int c) { return isalpha(c) || c == '_'; }
static int ident_char(int c) { return isalnum(c) || c == '_'; }

/* The names followed by `(`: calls (and definitions, and macro uses: a
 * superset does no harm). */
static void calls_in(const char *s, Names *out) {
  for (const char *p = s; *p;) {
    if (ident_start((unsigned char)*p) && (p == s || !ident_char((unsigned char)p[-1]))) {
      const char *b = p;
      while (ident_char((unsigned char)*p)) p++;
      const char *q = p;
      while (isspace((unsigned char)*q)) q++;
      if (*q == '(') add(out, b, (size_t)(p - b));
    } else {
      p++;
    }
  }
}

/* The functions the text defines at its top level: NAME ( ... ) {. */
static void defined_in(const char *s, Names *out) {
  int depth = 0;
  for (const char *p = s; *p;) {
    if (*p == '{') { depth++; p++; continue; }
    if (*p == '}') { if (depth) depth--; p++; continue; }
    if (depth == 0 && ident_start((unsigned char)*p) && (p == s || !ident_char((unsigned char)p[-1]))) {
      const char *b = p;
      while (ident_char((unsigned char)*p)) p++;
      const char *q = p;
      while (isspace((unsigned char)*q)) q++;
      if (*q != '(') continue;
      int paren = 0;                   /* to its matching ) */
      for (; *q; q++) {
        if (*q == '(') paren++;
        else if (*q == ')' && --paren == 0) break;
      }
      if (!*q) return;
      q++;
      while (isspace((unsigned char)*q)) q++;
      if (*q == '{') add(out, b, (size_t)(p - b));
    } else {
      p++;
    }
  }
}

/* A candidate file: its path as src spells its directory, how deep below
 * that directory it is, and the called functions it defines. */
typedef struct Cand { char *path; int depth; Names defs; } Cand;
typedef struct Cands { Cand *v; int n; } Cands;

#define SUBDIR_DEPTH 2      /* src/lib/x.c, src/lib/fft/y.c below src/ */
#define MAX_FILES 256       /* files read at most: a text scan each */

static int by_path(const void *a, const void *b) { return strcmp(((const Cand *)a)->path, ((const Cand *)b)->path); }

/* The .c files of dir (spelled `prefix`) and of its subdirectories, SUBDIR_DEPTH deep at most. */
static void collect(Cands *cs, const char *dir, const char *prefix, int depth) {
  DIR *d = opendir(dir);
  if (!d) return;
  for (struct dirent *e; (e = readdir(d)) && cs->n < MAX_FILES;) {
    if (e->d_name[0] == '.') continue;          /* ., .., .git, hidden */
    char *path, *shown;
    if (asprintf(&path, "%s/%s", dir, e->d_name) < 0) continue;
    if (asprintf(&shown, "%s%s", prefix, e->d_name) < 0) { free(path); continue; }
    struct stat st;
    size_t n = strlen(e->d_name);
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && depth < SUBDIR_DEPTH) {
      char *sub;
      if (asprintf(&sub, "%s/", shown) >= 0) {
        collect(cs, path, sub, depth + 1);
        free(sub);
      }
    } else if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && n >= 3 && !strcmp(e->d_name + n - 2, ".c")) {
      Cand *v = realloc(cs->v, (size_t)(cs->n + 1) * sizeof *v);
      if (v) {
        cs->v = v;
        cs->v[cs->n++] = (Cand){shown, depth, {0}};
        shown = NULL;
      }
    }
    free(shown);
    free(path);
  }
  closedir(d);
}

/* How many candidates of the given depth (-1: deeper than 0) define name. */
static int defining(const Cands *cs, const char *name, int depth) {
  int n = 0;
  for (int i = 0; i < cs->n; i++)
    if ((depth < 0 ? cs->v[i].depth > 0 : cs->v[i].depth == depth) && has(&cs->v[i].defs, name)) n++;
  return n;
}

int cc_siblings(const char *src, const char *const *given, int ngiven, const char *const *idirs, int nidirs,
                char ***out) {
  *out = NULL;
  const char *slash = strrchr(src, '/');
  char *dir = slash ? strndup(src, slash == src ? 1 : (size_t)(slash - src)) : strdup(".");
  char *text = dir ? cc_read_file(src, NULL) : NULL;
  if (!text) {
    free(dir);
    return 0;
  }
  blank(text);
  Names calls = {0};
  calls_in(text, &calls);
  free(text);
  char *prefix = NULL;
  if (asprintf(&prefix, "%s%s", slash ? dir : "", slash ? "/" : "") < 0) prefix = NULL;
  Cands cs = {0};
  if (prefix) collect(&cs, dir, prefix, 0);
  /* the command's include directories (-Ilib: a library's header beside its
   * .c files, src/ and lib/ side by side, blind 73a), as a subdirectory is:
   * a file there is taken for a function no other file defines */
  for (int k = 0; k < nidirs; k++) {
    size_t m = strlen(idirs[k]);
    while (m > 1 && idirs[k][m - 1] == '/') m--;
    char *d = strndup(idirs[k], m), *pre = NULL;
    if (d && strcmp(d, dir) && strcmp(d, ".") && asprintf(&pre, "%s/", d) >= 0) {
      int seen = 0;                 /* (a directory below src's, collected already) */
      for (int i = 0; i < cs.n && !seen; i++) seen = !strncmp(cs.v[i].path, pre, strlen(pre));
      if (!seen) collect(&cs, d, pre, 1);
    }
    free(pre);
    free(d);
  }
  if (cs.n) qsort(cs.v, (size_t)cs.n, sizeof *cs.v, by_path);   /* the same order every build */
  /* each candidate's text read once: the functions it defines, and those it calls */
  Names *defs = calloc((size_t)cs.n + 1, sizeof *defs), *uses = calloc((size_t)cs.n + 1, sizeof *uses);
  int *self = calloc((size_t)cs.n + 1, sizeof *self), *taken = calloc((size_t)cs.n + 1, sizeof *taken);
  for (int i = 0; defs && uses && self && taken && i < cs.n; i++) {
    int on_command = 0;
    self[i] = !strcmp(cs.v[i].path, src);
    for (int k = 0; k < ngiven && !on_command; k++) on_command = !strcmp(given[k], cs.v[i].path);
    if (on_command) self[i] = 1;      /* (given: its functions resolved, not given again) */
    char *t = cc_read_file(cs.v[i].path, NULL);
    if (!t) continue;
    blank(t);
    defined_in(t, &defs[i]);
    calls_in(t, &uses[i]);
    free(t);
  }
  /* the files that define what the source calls, then what those call in
   * turn (blind 74a: main.c calls work() of lib/work.c, which calls mix() of
   * lib/mix.c: without it work()'s tasks were chained), a few rounds deep */
  int n = 0;
  for (int round = 0; round < 4 && defs && uses && self && taken; round++) {
    Names resolved = {0};          /* defined by the source, a file on the command, or one taken */
    for (int i = 0; i < cs.n; i++) {
      names_free(&cs.v[i].defs);
      memset(&cs.v[i].defs, 0, sizeof cs.v[i].defs);
      for (int k = 0; k < defs[i].n; k++)
        if (has(&calls, defs[i].v[k]) && strcmp(defs[i].v[k], "main"))
          add(self[i] || taken[i] ? &resolved : &cs.v[i].defs, defs[i].v[k], strlen(defs[i].v[k]));
    }
    /* A function defined beside the source is taken from there; one defined
     * only in a subdirectory, from the one file there that defines it (two:
     * another program's, or an old copy; neither is taken). */
    int more = 0;
    for (int i = 0; i < cs.n; i++) {
      if (self[i] || taken[i]) continue;
      int wanted = 0;
      for (int k = 0; k < cs.v[i].defs.n && !wanted; k++) {
        const char *f = cs.v[i].defs.v[k];
        if (has(&resolved, f)) continue;
        wanted = cs.v[i].depth == 0 || (!defining(&cs, f, 0) && defining(&cs, f, -1) == 1);
      }
      if (!wanted) continue;
      taken[i] = 1;
      more = 1;
      for (int k = 0; k < uses[i].n; k++) add(&calls, uses[i].v[k], strlen(uses[i].v[k]));
    }
    names_free(&resolved);
    if (!more) break;
  }
  for (int i = 0; taken && i < cs.n; i++) {
    if (!taken[i]) continue;
    char **v = realloc(*out, (size_t)(n + 1) * sizeof **out);
    if (v) {
      *out = v;
      (*out)[n++] = cs.v[i].path;
      cs.v[i].path = NULL;
    }
  }
  for (int i = 0; defs && uses && i < cs.n; i++) {
    names_free(&defs[i]);
    names_free(&uses[i]);
  }
  free(defs);
  free(uses);
  free(self);
  free(taken);
  for (int i = 0; i < cs.n; i++) {
    free(cs.v[i].path);
    names_free(&cs.v[i].defs);
  }
  free(cs.v);
  names_free(&calls);
  free(prefix);
  free(dir);
  return n;
}
