/* depfile.c — the dependency file of `delayc emit --depfile F`: which files the
 * output depends on, in the Make syntax that make, ninja and CMake's DEPFILE
 * read.  It names the input and every file libclang included while parsing it
 * (clang_getInclusions), all as absolute paths, plus an empty rule per header
 * (like gcc -MP) so that a deleted header does not break the next build:
 *
 *   /build/out.c: /src/in.c \
 *    /src/in.h
 *   /src/in.h:
 */
#define _GNU_SOURCE
#include "delayc.h"
#include "cli/buildsys.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Deps { char **path; int n; } Deps;

static char *absolute(const char *p) {
  if (p[0] == '/') return xstrdup(p);
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return xstrdup(p);
  while (p[0] == '.' && p[1] == '/') p += 2;
  return fmt("%s/%s", cwd, p);
}

static void add(Deps *d, const char *p) {
  char *a = absolute(p);
  for (int i = 0; i < d->n; i++)
    if (!strcmp(d->path[i], a)) { free(a); return; }
  d->path = xrealloc(d->path, (size_t)(d->n + 1) * sizeof *d->path);
  d->path[d->n++] = a;
}

static void visit(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data) {
  (void)stack;
  if (depth == 0) return;                   /* the main file: added first */
  CXString s = clang_getFileName(f);
  const char *name = clang_getCString(s);
  if (name && *name) add(data, name);
  clang_disposeString(s);
}

/* A path as Make reads it: blanks and '#' escaped, '$' doubled. */
static void put_path(Buf *b, const char *p) {
  for (; *p; p++) {
    if (*p == ' ' || *p == '\t' || *p == '#') buf_add(b, "\\", 1);
    if (*p == '$') buf_add(b, "$", 1);
    buf_add(b, p, 1);
  }
}

int depfile_write(struct Unit *u, const char *depfile, const char *target) {
  Deps d = {NULL, 0};
  add(&d, u->path);
  clang_getInclusions(u->tu, visit, &d);
  Buf b = {0};
  put_path(&b, target);
  buf_puts(&b, ":");
  for (int i = 0; i < d.n; i++) {
    buf_puts(&b, " \\\n ");
    put_path(&b, d.path[i]);
  }
  buf_puts(&b, "\n");
  for (int i = 1; i < d.n; i++) {
    put_path(&b, d.path[i]);
    buf_puts(&b, ":\n");
  }
  int rc = write_atomic(depfile, b.s, b.len);
  for (int i = 0; i < d.n; i++) free(d.path[i]);
  free(d.path);
  free(b.s);
  return rc;
}
