/* output.c — write a file atomically: a temporary beside it, then rename.
 * On any failure nothing is left behind and an existing file is untouched.
 * A device or pipe (-o /dev/null) is written through; a symbolic link keeps
 * pointing at the file it names; an existing file keeps its mode. */
#define _GNU_SOURCE
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *data, size_t len) {
  size_t off = 0;
  while (off < len) {
    ssize_t n = write(fd, data + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    off += (size_t)n;
  }
  return 0;
}

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
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    /* a device or a pipe (/dev/null, /dev/stdout): write through it; renaming
     * a temporary over it would replace the device with a file */
    int fd = open(path, O_WRONLY | O_TRUNC);
    if (fd < 0) { error("cannot write '%s': %s", path, strerror(errno)); return -1; }
    int rc = write_all(fd, data, len);
    if (close(fd) != 0 || rc != 0) { error("cannot write '%s': %s", path, strerror(errno)); return -1; }
    return 0;
  }
  /* through a symbolic link: replace the file it names, not the link */
  char *real = NULL;
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
    real = realpath(path, NULL);
    if (real) path = real;
  }
  mode_t mode = 0644;
  if (stat(path, &st) == 0) mode = st.st_mode & 07777;
  else {
    mode_t um = umask(0);
    umask(um);
    mode = 0666 & ~um;
  }
  char *tmp = fmt("%s.delayc-tmp-XXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    error("cannot write '%s': %s", path, strerror(errno));
    free(tmp);
    return -1;
  }
  if (write_all(fd, data, len) != 0) {
    error("cannot write '%s': %s", path, strerror(errno));
    close(fd);
    unlink(tmp);
    free(tmp);
    free(real);
    return -1;
  }
  fchmod(fd, mode);
  if (close(fd) != 0 || rename(tmp, path) != 0) {
    error("cannot write '%s': %s", path, strerror(errno));
    unlink(tmp);
    free(tmp);
    free(real);
    return -1;
  }
  free(tmp);
  free(real);
  return 0;
}
