/* vec.h — Vec.d has no DELAYED_N: emit of main.c cannot follow it */
#ifndef VEC_H
#define VEC_H
#include <stddef.h>
typedef struct { size_t n; double *d; } Vec;
void vec_init(Vec *v, size_t n);
double vec_work(const Vec *v);
#endif
