/* siblings.h — the C files beside a source that define functions it calls
 * (delayc-cc gives them to emit as --with; siblings.c). */
#ifndef DELAYC_CC_SIBLINGS_H
#define DELAYC_CC_SIBLINGS_H

/* The paths (as src spells its directory) of the .c files in src's directory,
 * other than src and the given ones, that define a function src calls;
 * their number, *out malloc'd (each path too), sorted by name. */
int cc_siblings(const char *src, const char *const *given, int ngiven, char ***out);

#endif
