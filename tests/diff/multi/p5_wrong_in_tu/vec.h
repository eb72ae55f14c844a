/* vec.h: vector helpers defined in vec.c */
#ifndef P5_VEC_H
#define P5_VEC_H
void vec_normalize(long *v, int n);
long vec_dot(const long *a, const long *b, int n);
#endif
