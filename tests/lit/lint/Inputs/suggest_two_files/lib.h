/* lib.h — a library's API: the work is in lib.c, its loop in main.c */
#ifndef LIB_H
#define LIB_H
#include <stddef.h>
#define LIB_API extern
LIB_API double weigh(const double *v, int n);
LIB_API void scale_into(double *restrict dst, const double *src, size_t count, double by);
int unnamed(const double *, int);
int renamed(const double *values, int len);
#endif
