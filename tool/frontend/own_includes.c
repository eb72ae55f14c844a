/* own_includes.c — where delayc's own headers (delayed.h, delayc_rt.h) are, as
 * -I flags for libclang: <exe>/../include when delayc is installed, else the
 * source tree's annotations/ and runtime/ compiled in
 * (DELAYC_BUILD_INCLUDE_DIRS).  Used by emit, graph, lint and suggest. */
#define _GNU_SOURCE
#include "frontend/frontend.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DELAYC_BUILD_INCLUDE_DIRS
#define DELAYC_BUILD_INCLUDE_DIRS ""
#endif

/* Appends the -I flags to *argv. */
void delayc_own_includes(const char ***argv, int *argc) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = 0;
      char *inc = fmt("%s/../include", exe);
      char *hdr = fmt("%s/delayed.h", inc);
      struct stat st;
      if (stat(hdr, &st) == 0) {
        *argv = xrealloc(*argv, (size_t)(*argc + 1) * sizeof **argv);
        (*argv)[(*argc)++] = fmt("-I%s", inc);
        return;
      }
    }
  }
  char *dirs = xstrdup(DELAYC_BUILD_INCLUDE_DIRS);
  for (char *d = strtok(dirs, ":"); d; d = strtok(NULL, ":")) {
    *argv = xrealloc(*argv, (size_t)(*argc + 1) * sizeof **argv);
    (*argv)[(*argc)++] = fmt("-I%s", d);
  }
}
