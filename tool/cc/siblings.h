/* siblings.h — the C files beside a source that define functions it calls
 * (delayc-cc gives them to emit as --with; siblings.c), and reading a file. */
#ifndef DELAYC_CC_SIBLINGS_H
#define DELAYC_CC_SIBLINGS_H

#include <stddef.h>

/* The paths (as src spells its directory) of the .c files in src's directory
 * and its subdirectories (two levels; one below defining a name, or none),
 * and in the include directories idirs (as a subdirectory), other than src
 * and the given ones, that define a function src calls; their number, *out
 * malloc'd (each path too), sorted by name. */
int cc_siblings(const char *src, const char *const *given, int ngiven, const char *const *idirs, int nidirs,
                char ***out);

/* The file's bytes, NUL-terminated (its length in *len when len is given), or NULL. */
char *cc_read_file(const char *path, size_t *len);

#endif
