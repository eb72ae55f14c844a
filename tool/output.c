/* output.c — write a file atomically: a temporary beside it, then rename.
 * On any failure nothing is left behind and an existing file is untouched. */
#define _GNU_SOURCE
#include "delayc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int write_atomic(const char *path, const char *data, size_t len) {
  if (strcmp(path, "-") == 0) {
    if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
      error("cannot write to standard output: %s", strerror(errno));
      return -1;
    }
    return 0;
  }
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    error("cannot write '%s': is a directory", path);
    return -1;
  }
  char *tmp = fmt("%s.delayc-tmp-XXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    error("cannot write '%s': %s", path, strerror(errno));
    free(tmp);
    return -1;
  }
  size_t off = 0;
  while (off < len) {
    ssize_t n = write(fd, data + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      error("cannot write '%s': %s", path, strerror(errno));
      close(fd);
      unlink(tmp);
      free(tmp);
      return -1;
    }
    off += (size_t)n;
  }
  fchmod(fd, 0644);
  if (close(fd) != 0 || rename(tmp, path) != 0) {
    error("cannot write '%s': %s", path, strerror(errno));
    unlink(tmp);
    free(tmp);
    return -1;
  }
  free(tmp);
  return 0;
}
