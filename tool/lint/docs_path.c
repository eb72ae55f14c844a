/* docs_path.c — where the installed documentation of delayc is, for links
 * that must lead somewhere (SARIF's helpUri, `delayc lint --list-checks`):
 * <exe>/../share/doc/delayc/checks/NAME.md when delayc is installed
 * (`cmake --install` puts docs/checks/ there), else the source tree's
 * docs/checks/ for a delayc run from its build tree (found beside the
 * annotations/ directory compiled in, DELAYC_BUILD_INCLUDE_DIRS). */
#define _GNU_SOURCE
#include "lint/lint.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DELAYC_BUILD_INCLUDE_DIRS
#define DELAYC_BUILD_INCLUDE_DIRS ""
#endif

static int is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The directory of the check pages (canonical, malloc'd), or NULL. */
static char *checks_dir(void) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = 0;
      char *d = fmt("%s/../share/doc/delayc/checks", exe);
      char *readme = fmt("%s/README.md", d);
      int ok = is_file(readme);
      free(readme);
      char *r = ok ? realpath(d, NULL) : NULL;
      free(d);
      if (r) return r;
    }
  }
  const char *dirs = DELAYC_BUILD_INCLUDE_DIRS;          /* <src>/annotations:... */
  const char *end = strchr(dirs, ':');
  size_t len = end ? (size_t)(end - dirs) : strlen(dirs);
  static const char tail[] = "/annotations";
  if (len < sizeof tail || strncmp(dirs + len - (sizeof tail - 1), tail, sizeof tail - 1)) return NULL;
  char *d = fmt("%.*s/docs/checks", (int)(len - (sizeof tail - 1)), dirs);
  char *r = realpath(d, NULL);
  free(d);
  return r;
}

/* The absolute path of the page of check `name` (malloc'd), or NULL when the
 * documentation is not there. */
char *check_doc_path(const char *name) {
  static char *dir;
  static int looked;
  if (!looked) { dir = checks_dir(); looked = 1; }
  if (!dir) return NULL;
  char *p = fmt("%s/%s.md", dir, name);
  if (is_file(p)) return p;
  free(p);
  return NULL;
}
