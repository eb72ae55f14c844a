/* input.c — reading a C source the way every command does (emit, graph, lint,
 * suggest, lint --fix): it must exist and be readable, not be a directory, and
 * hold no NUL byte (a binary file); each refusal is one clear error line. */
#include "delayc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The file's whole text in *data (NUL-terminated, owned) and its length:
 * 0, or -1 after an error message. */
int read_c_source(const char *path, char **data, size_t *len) {
  struct stat st;
  if (stat(path, &st) != 0) {
    error("cannot open '%s': %s", path, strerror(errno));
    return -1;
  }
  if (S_ISDIR(st.st_mode)) {
    error("'%s' is a directory, not a C source file", path);
    return -1;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    error("cannot open '%s': %s", path, strerror(errno));
    return -1;
  }
  Buf b = {0};
  buf_add(&b, "", 0);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
  fclose(f);
  if (memchr(b.s, 0, b.len)) {
    error("'%s' is a binary file, not a C source file", path);
    free(b.s);
    return -1;
  }
  *data = b.s;
  *len = b.len;
  return 0;
}
